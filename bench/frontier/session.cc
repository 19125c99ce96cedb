// A state machine with magic transitions: HELO, then AUTH with a key whose bytes must satisfy
// relations (sum and xor) rather than equal a constant, then MODE with a 32-bit magic, then DATA
// records; bug 1 in the second DATA record with a particular tag and bytes, bug 2 after QUIT with
// a matching count of at least three records. HELP and STAT are side doors into large regions that
// lead nowhere.
#include "common.h"

using namespace bench;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* d, size_t n) {
    enum { Start, Greeted, Authed, Moded } state = Start;
    int records = 0;
    size_t i = 0;
    while (i + 8 <= n) {
        const uint32_t cmd = rd32(d + i);
        const uint8_t* a = d + i + 4;
        i += 8;
        if (cmd == 0x504C4548) { // "HELP": big, any time
            region<0, 12>(a, 4);
            continue;
        }
        if (cmd == 0x54415453) { // "STAT"
            region<12, 8>(a, 4);
            continue;
        }
        switch (state) {
        case Start:
            if (cmd == 0x4F4C4548) // "HELO"
                state = Greeted;
            break;
        case Greeted:
            if (cmd == 0x48545541 && uint8_t(a[0] + a[1]) == 0x9C && (a[2] ^ a[3]) == 0x11 &&
                a[1] > a[0]) { // "AUTH"
                region<20, 2>(a, 4);
                state = Authed;
            }
            break;
        case Authed:
            if (cmd == 0x45444F4D && rd32(a) == 0x0BADF00D) { // "MODE"
                region<22, 2>(a, 4);
                state = Moded;
            }
            break;
        case Moded:
            if (cmd == 0x41544144) { // "DATA"
                if (a[0] == 'T' && (a[1] & 0x0F) == 0x07) {
                    region<24, 2>(a, 4);
                    ++records;
                    if (records >= 2 && uint8_t(a[2] * 5) == 0x2D && a[3] == uint8_t(a[2] + a[1]))
                        bug(1);
                }
            } else if (cmd == 0x54495551) { // "QUIT"
                if (records >= 3 && a[0] == records && (a[1] ^ a[2]) == 0x77)
                    bug(2);
                return 0;
            }
            break;
        }
    }
    return 0;
}
