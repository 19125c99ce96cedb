// enrollment_key: a checker for a device enrolment key. The code is "ENR-" followed by 281
// characters from a 32-letter alphabet: a ladder of 280 characters, each tied to the ones before it
// (see ladder.h), then a plan character. Deep: needs sustained time on this target alone. Planted
// bug: a valid code whose plan character is one of the last four symbols selects a plan table entry
// without a counter (null write).
#include "ladder.h"

namespace {

__attribute__((noinline)) void enroll_device(int plan) {
    *ladder::g_plans[plan] += 1; // BUG: only the first four plans have a counter
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const int plan = ladder::check<280, 21, 0x0A, 6>(data, size, "ENR-");
    if (plan >= 0)
        enroll_device(ladder::plan_of(plan));
    return 0;
}
