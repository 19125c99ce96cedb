// A switch ladder: the input is a stream of (opcode, operand) pairs run by a tiny machine whose
// level rises by one when the opcode and operand expected at that level come in order. The
// expected pairs are written out per level (one branch each) and the operand test is an xor, so
// comparison operands do not give them away. Wrong opcodes run large instruction bodies that
// never raise the level. Level 12 is bug 1, level 20 bug 2.
#include "common.h"

using namespace bench;

namespace {

template <int L> bool expected(uint8_t op, uint8_t arg) {
    if ((op & 15) != ((L * 7 + 3) & 15))
        return false;
    sink(L);
    return uint8_t(arg ^ (L * 29)) == 0x42;
}

template <int... L>
bool advance(int level, uint8_t op, uint8_t arg, std::integer_sequence<int, L...>) {
    bool up = false;
    (void)((level == L ? (up = expected<L>(op, arg), true) : false) || ...);
    return up;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* d, size_t n) {
    int level = 0;
    for (size_t i = 0; i + 1 < n && i < 64; i += 2) {
        const uint8_t op = d[i], arg = d[i + 1];
        if (advance(level, op, arg, std::make_integer_sequence<int, 21>{})) {
            ++level;
            if (level == 12)
                bug(1);
            if (level == 20)
                bug(2);
            continue;
        }
        switch (op >> 4) { // instruction bodies: big, explorable, useless for the level
        case 1:
            region<0, 6>(d + i, n - i);
            break;
        case 2:
            region<6, 6>(d + i, n - i);
            break;
        case 3:
            region<12, 4>(d + i, n - i);
            break;
        case 9:
            region<16, 8>(d + i, n - i);
            break;
        default:
            break;
        }
        if (op == 0xFF)
            return 0;
    }
    return 0;
}
