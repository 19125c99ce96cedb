// serial_number: a checker for a product serial number. The code is "SN-" followed by 13 characters
// from a 32-letter alphabet: 12 characters, each checked against the previous one with a mixing
// rule, then a plan character. The checks form a ladder of 12 rungs that must be solved in order;
// no comparison gives the next value away. A medium-deep target: coverage climbs it one rung at a
// time, which takes sustained time on this target alone.
// Planted bug: a valid code whose plan character is one of the last four symbols selects a plan
// table entry without a counter (null write).
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

__attribute__((noinline)) void register_serial_number(int plan) {
    *g_plans[plan] += 1; // BUG: only the first four plans have a counter
}

bool rung(const char* key, int at, int& prev) {
    const int s = symbol(key[at]);
    if (s < 0 || ((s * 7 + prev * 3 + at) & 31) != ((prev ^ 0x0B) & 31))
        return false;
    prev = s;
    return true;
}

bool check(const char* key, size_t n) {
    if (n != 16 || memcmp(key, "SN-", 3) != 0)
        return false;
    int prev = 3;
    return rung(key, 3, prev) && rung(key, 4, prev) && rung(key, 5, prev) && rung(key, 6, prev) &&
           rung(key, 7, prev) && rung(key, 8, prev) && rung(key, 9, prev) && rung(key, 10, prev) &&
           rung(key, 11, prev) && rung(key, 12, prev) && rung(key, 13, prev) &&
           rung(key, 14, prev) && symbol(key[15]) >= 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const char* key = reinterpret_cast<const char*>(data);
    if (!check(key, size))
        return 0;
    const int last = symbol(key[15]);
    register_serial_number(last >= 28 ? last : last & 3);
    return 0;
}
