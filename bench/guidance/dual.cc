// dual: an old deep ladder (unchanged code) and, where the markers are, what dual.patch adds in
// the second commit: a new short ladder with a planted bug (bench/guidance.sh).
#include "ladder.h"

#include <utility>

namespace {

__attribute__((noinline)) void old_done(int plan) {
    *ladder::g_plans[plan & 3] += 1;
}

// NEW

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > 4 && data[0] == 'O') {
        const int plan = ladder::check<100, 5, 0x13, 7>(data, size, "OLD-");
        if (plan >= 0)
            old_done(plan);
    }
    // CALL
    return 0;
}
