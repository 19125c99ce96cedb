// Checksum-guarded frames: [type][length][payload][0x1000 + sum of the payload bytes, 16 bits].
// Only frames with a correct sum are processed; inside, nested conditions on the payload lead to
// bug 1 (type 'C') and, after a 'C' frame, bug 2 (type 'D'). Type 'L' (log) and 'M' (metadata)
// frames open large regions that lead nowhere.
#include "common.h"

using namespace bench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* d, size_t n) {
    bool configured = false;
    size_t i = 0;
    while (i + 4 <= n) {
        const uint8_t type = d[i], len = d[i + 1];
        if (len > 32 || i + 2 + len + 2 > n)
            return 0;
        const uint8_t* p = d + i + 2;
        uint16_t sum = 0x1000;
        for (size_t k = 0; k < len; ++k)
            sum = uint16_t(sum + p[k]);
        i += 2 + len + 2;
        if (sum != rd16(p + len)) // the checksum guard
            return 0;
        switch (type) {
        case 'L':
            region<0, 12>(p, len);
            break;
        case 'M':
            region<12, 8>(p, len);
            break;
        case 'C':
            if (len >= 8 && p[0] == 0x01) {
                region<20, 2>(p, len);
                if ((p[1] ^ p[2]) == 0x3C && uint8_t(p[3] + p[4]) == 0x90) {
                    region<22, 2>(p, len);
                    configured = true;
                    bug(1);
                }
            }
            break;
        case 'D':
            if (configured && len >= 6 && uint8_t(p[0] * 7) == 0x15)
                bug(2);
            break;
        default:
            break;
        }
    }
    return 0;
}
