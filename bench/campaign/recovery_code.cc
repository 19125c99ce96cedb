// recovery_code: a checker for an account recovery code. The code is "RC-" followed by 201
// characters from a 32-letter alphabet: a ladder of 200 characters, each tied to the ones before it
// (see ladder.h), then a plan character. Deep: needs sustained time on this target alone. Planted
// bug: a valid code whose plan character is one of the last four symbols selects a plan table entry
// without a counter (null write).
#include "ladder.h"

namespace {

__attribute__((noinline)) void restore_recovery_code(int plan) {
    *ladder::g_plans[plan] += 1; // BUG: only the first four plans have a counter
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const int plan = ladder::check<200, 13, 0x19, 1>(data, size, "RC-");
    if (plan >= 0)
        restore_recovery_code(ladder::plan_of(plan));
    return 0;
}
