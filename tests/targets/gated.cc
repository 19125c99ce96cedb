// A property that fails only once a file exists: the file named by GATED_FAILURE_FILE (not an
// ARCWISE_ variable: the campaign does not pass those on). Lets a test decide when a running
// campaign finds its failure; tst_storage_faults fills the disk first.
#include <arcwise/arcwise.hpp>
#include <cstdlib>
#include <unistd.h>

namespace aw = arcwise;

namespace {

bool gate_open() {
    const char* gate = std::getenv("GATED_FAILURE_FILE");
    return gate && ::access(gate, F_OK) == 0;
}

} // namespace

// Fails for x >= 50 once the gate is open: minimal x = 50.
ARCWISE_TEST(Gated, FailsOnceOpen) {
    const int x = aw::draw(aw::integers<int>(0, 100), "x");
    if (x >= 50 && gate_open())
        ARCWISE_ASSERT(x < 50);
}
