// activation_token: a checker for an activation token. The code is "ACT-" followed by 121
// characters from a 32-letter alphabet: a ladder of 120 characters, each tied to the ones before it
// (see ladder.h), then a plan character. Deep: needs sustained time on this target alone. Planted
// bug: a valid code whose plan character is one of the last four symbols selects a plan table entry
// without a counter (null write).
#include "ladder.h"

namespace {

__attribute__((noinline)) void enable_activation_token(int plan) {
    *ladder::g_plans[plan] += 1; // BUG: only the first four plans have a counter
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const int plan = ladder::check<120, 11, 0x07, 7>(data, size, "ACT-");
    if (plan >= 0)
        enable_activation_token(ladder::plan_of(plan));
    return 0;
}
