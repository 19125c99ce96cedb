// license_key: an offline licence-key checker. A key is "AWK-" followed by 21 characters from a
// 32-letter alphabet: twenty characters, each checked against the previous one with a mixing rule,
// then an edition character. The checks form a ladder of twenty rungs that must be solved in
// order, and no comparison gives the next value away (the compared values are mixed, not input
// bytes).
// Planted bug: a valid key whose edition character is one of '6'..'9' selects an edition table
// entry without a seat counter (null write).
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace {

const char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

int symbol(char c) {
    const char* p = strchr(kAlphabet, c);
    return c && p ? int(p - kAlphabet) : -1;
}

struct Edition {
    const char* name;
    int* seats;
};

int g_seats[4];
Edition g_editions[32] = {
    {"basic", &g_seats[0]}, {"pro", &g_seats[1]}, {"team", &g_seats[2]}, {"site", &g_seats[3]}};

__attribute__((noinline)) void activate(int edition) {
    *g_editions[edition].seats += 1; // BUG: only the first four editions have a seat counter
}

// One rung of the ladder: the symbol at `at` must satisfy a mixing rule with the previous one.
// Exactly one of the 32 symbols does.
bool rung(const char* key, int at, int& prev) {
    const int s = symbol(key[at]);
    if (s < 0 || ((s * 5 + prev * 3 + at) & 31) != ((prev ^ 0x15) & 31))
        return false;
    prev = s;
    return true;
}

// Written out rung by rung, as the generated checker is: every rung is its own branch.
bool check(const char* key, size_t n) {
    if (n != 25 || memcmp(key, "AWK-", 4) != 0)
        return false;
    int prev = 11;
    return rung(key, 4, prev) && rung(key, 5, prev) && rung(key, 6, prev) && rung(key, 7, prev) &&
           rung(key, 8, prev) && rung(key, 9, prev) && rung(key, 10, prev) && rung(key, 11, prev) &&
           rung(key, 12, prev) && rung(key, 13, prev) && rung(key, 14, prev) &&
           rung(key, 15, prev) && rung(key, 16, prev) && rung(key, 17, prev) &&
           rung(key, 18, prev) && rung(key, 19, prev) && rung(key, 20, prev) &&
           rung(key, 21, prev) && rung(key, 22, prev) && rung(key, 23, prev) &&
           symbol(key[24]) >= 0;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const char* key = reinterpret_cast<const char*>(data);
    if (!check(key, size))
        return 0;
    const int last = symbol(key[24]);
    const int edition = last >= 28 ? last : last & 3;
    activate(edition);
    return 0;
}
