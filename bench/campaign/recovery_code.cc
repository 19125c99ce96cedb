// recovery_code: a checker for an account recovery code. The code is "RC-" followed by 29
// characters from a 32-letter alphabet: 28 characters, each checked against the previous one with a
// mixing rule, then a plan character. The checks form a ladder of 28 rungs that must be solved in
// order; no comparison gives the next value away. A medium-deep target: coverage climbs it one rung
// at a time, which takes sustained time on this target alone. Planted bug: a valid code whose plan
// character is one of the last four symbols selects a plan table entry without a counter (null
// write).
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace {

const char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

int symbol(char c) {
    const char* p = strchr(kAlphabet, c);
    return c && p ? int(p - kAlphabet) : -1;
}

int g_counters[4];
int* g_plans[32] = {&g_counters[0], &g_counters[1], &g_counters[2], &g_counters[3]};

__attribute__((noinline)) void restore_recovery_code(int plan) {
    *g_plans[plan] += 1; // BUG: only the first four plans have a counter
}

bool rung(const char* key, int at, int& prev) {
    const int s = symbol(key[at]);
    if (s < 0 || ((s * 13 + prev * 3 + at) & 31) != ((prev ^ 0x19) & 31))
        return false;
    prev = s;
    return true;
}

bool check(const char* key, size_t n) {
    if (n != 32 || memcmp(key, "RC-", 3) != 0)
        return false;
    int prev = 1;
    return rung(key, 3, prev) && rung(key, 4, prev) && rung(key, 5, prev) && rung(key, 6, prev) &&
           rung(key, 7, prev) && rung(key, 8, prev) && rung(key, 9, prev) && rung(key, 10, prev) &&
           rung(key, 11, prev) && rung(key, 12, prev) && rung(key, 13, prev) &&
           rung(key, 14, prev) && rung(key, 15, prev) && rung(key, 16, prev) &&
           rung(key, 17, prev) && rung(key, 18, prev) && rung(key, 19, prev) &&
           rung(key, 20, prev) && rung(key, 21, prev) && rung(key, 22, prev) &&
           rung(key, 23, prev) && rung(key, 24, prev) && rung(key, 25, prev) &&
           rung(key, 26, prev) && rung(key, 27, prev) && rung(key, 28, prev) &&
           rung(key, 29, prev) && rung(key, 30, prev) && symbol(key[31]) >= 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const char* key = reinterpret_cast<const char*>(data);
    if (!check(key, size))
        return 0;
    const int last = symbol(key[31]);
    restore_recovery_code(last >= 28 ? last : last & 3);
    return 0;
}
