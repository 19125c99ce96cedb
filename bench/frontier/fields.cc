// Nested conditions on parsed header fields. The record bug needs the magic, version 7, kind 'R',
// a consistent length, then byte relations a comparison operand does not give away (xor, sum),
// each its own branch. Versions 1 and 2 and kind 'E' are easy side doors into large regions
// that lead nowhere.
#include "common.h"

using namespace bench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* d, size_t n) {
    if (n < 28 || rd16(d) != 0xF00D)
        return 0;
    const uint8_t version = d[2];
    if (version == 1) { // the legacy decoder: big, and a dead end
        region<0, 12>(d + 3, n - 3);
        return 0;
    }
    if (version == 2) {
        region<12, 8>(d + 3, n - 3);
        return 0;
    }
    if (version != 7)
        return 0;
    region<20, 2>(d + 3, n - 3);
    const uint8_t kind = d[3];
    if (kind == 'E') { // error records: another dead end
        region<22, 10>(d + 4, n - 4);
        return 0;
    }
    if (kind != 'R' || rd16(d + 4) != n - 6)
        return 0;
    region<32, 2>(d + 6, n - 6);
    if ((d[6] ^ d[7]) != 0x5A)
        return 0;
    region<34, 2>(d + 8, n - 8);
    if (uint8_t(d[8] + d[9]) != 0x33)
        return 0;
    if ((d[10] & 0xF0) != 0xA0)
        return 0;
    region<36, 2>(d + 11, n - 11);
    if (uint8_t(d[11] - d[10]) != 0x17)
        return 0;
    if (uint8_t(d[20] ^ d[6]) != 0x21 || uint8_t(d[21] + d[8]) != 0x7E)
        return 0;
    region<42, 2>(d + 20, n - 20);
    if ((d[22] & 0x3C) != 0x14 || uint8_t(d[23] - d[22]) != 0x05)
        return 0;
    if (uint8_t(d[24] * 5) != 0x37)
        return 0;
    bug(1);
    if ((d[12] ^ d[13] ^ d[14]) != 0xC3)
        return 0;
    region<38, 2>(d + 15, n - 15);
    if (uint8_t(d[15] * 3) != 0x81)
        return 0;
    if (uint8_t(d[16] + d[17]) != uint8_t(d[12] + 1))
        return 0;
    region<40, 2>(d + 18, n - 18);
    if ((d[18] | 0x0F) != 0x7F || d[19] != uint8_t(d[18] ^ 0x99))
        return 0;
    region<44, 2>(d + 25, n - 25);
    if (uint8_t(d[25] + d[26] + d[27]) != 0xE1 || (d[26] ^ d[27]) != 0x0F)
        return 0;
    bug(2);
    return 0;
}
