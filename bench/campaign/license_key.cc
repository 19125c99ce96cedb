// license_key: an offline licence-key checker. A key is "AWK-" followed by 21 characters from a
// 32-letter alphabet: a ladder of twenty characters, each tied to the ones before it (see
// ladder.h), then an edition character. Medium-deep.
// Planted bug: a valid key whose edition character is one of '6'..'9' selects an edition table
// entry without a seat counter (null write).
#include "ladder.h"

namespace {

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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const int edition = ladder::check<20, 5, 0x15, 11>(data, size, "AWK-");
    if (edition >= 0)
        activate(ladder::plan_of(edition)); // '6'..'9' are the last four symbols
    return 0;
}
