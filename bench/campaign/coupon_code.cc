// coupon_code: a checker for a coupon code. The code is "CPN-" followed by 241 characters
// from a 32-letter alphabet: a ladder of 240 characters, each tied to the ones before it (see
// ladder.h), then a plan character. Deep: needs sustained time on this target alone. Planted bug: a
// valid code whose plan character is one of the last four symbols selects a plan table entry
// without a counter (null write).
#include "ladder.h"

namespace {

__attribute__((noinline)) void apply_coupon(int plan) {
    *ladder::g_plans[plan] += 1; // BUG: only the first four plans have a counter
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const int plan = ladder::check<240, 15, 0x13, 2>(data, size, "CPN-");
    if (plan >= 0)
        apply_coupon(ladder::plan_of(plan));
    return 0;
}
