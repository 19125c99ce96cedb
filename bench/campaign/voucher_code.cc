// voucher_code: a checker for a voucher code. The code is "VC-" followed by 17 characters from a
// 32-letter alphabet: a ladder of 16 characters, each tied to the ones before it (see ladder.h),
// then a plan character. Medium-deep. Planted bug: a valid code whose plan character is one of the
// last four symbols selects a plan table entry without a counter (null write).
#include "ladder.h"

namespace {

__attribute__((noinline)) void redeem_voucher_code(int plan) {
    *ladder::g_plans[plan] += 1; // BUG: only the first four plans have a counter
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const int plan = ladder::check<16, 9, 0x1D, 5>(data, size, "VC-");
    if (plan >= 0)
        redeem_voucher_code(ladder::plan_of(plan));
    return 0;
}
