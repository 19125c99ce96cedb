// serial_number: a checker for a product serial number. The code is "SN-" followed by 13 characters
// from a 32-letter alphabet: a ladder of 12 characters, each tied to the ones before it (see
// ladder.h), then a plan character. Medium-deep: the shortest ladder. Planted bug: a valid code
// whose plan character is one of the last four symbols selects a plan table entry without a counter
// (null write).
#include "ladder.h"

namespace {

__attribute__((noinline)) void register_serial_number(int plan) {
    *ladder::g_plans[plan] += 1; // BUG: only the first four plans have a counter
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const int plan = ladder::check<12, 7, 0x0B, 3>(data, size, "SN-");
    if (plan >= 0)
        register_serial_number(ladder::plan_of(plan));
    return 0;
}
