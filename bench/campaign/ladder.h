// ladder.h: the checker shared by the ladder targets (serial_number, voucher_code, license_key,
// activation_token, warranty_code, recovery_code, coupon_code, enrollment_key). A code is a prefix,
// then `Rungs` characters from a 32-letter alphabet, each tied to all the previous ones by a mixing
// rule (a running hash, so the solution has no pattern a mutation could copy), then a plan
// character. The rungs must be solved in order, exactly one of the 32 symbols satisfies each, and
// no comparison gives the next value away (the compared values are mixed, not input bytes). Every
// rung is its own branch, so coverage climbs the ladder one rung at a time: the time a ladder takes
// grows with its length, which is what the targets vary.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <utility>

namespace ladder {

inline const char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

inline int symbol(char c) {
    const char* p = strchr(kAlphabet, c);
    return c && p ? int(p - kAlphabet) : -1;
}

// One rung: the symbol at `at` must satisfy the rule with the hash of the ones before it. `Mul` is
// odd, so exactly one symbol does. Always inlined, so that every rung of the fold below is its own
// branch.
template <int Mul, int Xor>
__attribute__((always_inline)) inline bool rung(const char* key, size_t at, uint32_t& state) {
    const int s = symbol(key[at]);
    if (s < 0 || ((uint32_t(s) * Mul + state) & 31) != (((state >> 11) ^ Xor) & 31))
        return false;
    state = (state ^ uint32_t(s)) * 0x9E3779B1u + uint32_t(at);
    return true;
}

template <int Mul, int Xor, size_t... I>
__attribute__((always_inline)) inline bool climb(const char* key, size_t start, uint32_t& state,
                                                 std::index_sequence<I...>) {
    return (rung<Mul, Xor>(key, start + I, state) && ...);
}

// In folds of at most 128 rungs (compilers limit how deep an expression nests), each inlined into
// a function of its own, so no two rungs share a branch.
template <int Mul, int Xor, size_t Rungs>
bool climb_all(const char* key, size_t start, uint32_t& state) {
    if constexpr (Rungs > 128)
        return climb<Mul, Xor>(key, start, state, std::make_index_sequence<128>()) &&
               climb_all<Mul, Xor, Rungs - 128>(key, start + 128, state);
    else
        return climb<Mul, Xor>(key, start, state, std::make_index_sequence<Rungs>());
}

// The plan symbol (0..31) of a valid code, or -1.
template <size_t Rungs, int Mul, int Xor, int First>
int check(const uint8_t* data, size_t size, const char* prefix) {
    static_assert(Mul % 2 == 1, "an even multiplier leaves some rungs without a solution");
    const char* key = reinterpret_cast<const char*>(data);
    const size_t p = strlen(prefix);
    if (size != p + Rungs + 1 || memcmp(key, prefix, p) != 0)
        return -1;
    uint32_t state = First;
    if (!climb_all<Mul, Xor, Rungs>(key, p, state))
        return -1;
    return symbol(key[p + Rungs]);
}

// The plan table: only the first four plans have a counter. The targets map the plan symbol so
// that the last four symbols select an entry without one (the planted bug).
inline int g_counters[4];
inline int* g_plans[32] = {&g_counters[0], &g_counters[1], &g_counters[2], &g_counters[3]};

inline int plan_of(int symbol) {
    return symbol >= 28 ? symbol : symbol & 3;
}

} // namespace ladder
