#pragma once
// The hand-over between the runtime and a test framework that runs the property tests in its own
// way: arcwise/gtest.hpp uses it to make every ARCWISE_TEST a GoogleTest test. Knows nothing of
// any framework, so the runtime can implement it without depending on one.
//
// The runtime provides main(). With a host installed (while the program starts), main() gives the
// host the command line first, so the framework takes its own flags out; then Arcwise's modes run
// as usual (--fuzz, --list, --worker, --shrink, --show, libFuzzer's command line), and a plain run,
// which would be unit-test mode, is the host's instead: its run() registers the property tests with
// the framework and runs them, each through run_property_examples().

#include <cstdint>
#include <string>
#include <vector>

namespace arcwise::detail {

// One ARCWISE_TEST(Suite, Name).
struct PropertyTestInfo {
    std::string suite;
    std::string name;
    std::string file;
    int line = 0;
};

struct TestHost {
    // Called first with main()'s arguments; removes the framework's own flags from them.
    void (*init)(int* argc, char** argv) = nullptr;
    // Runs the framework in place of unit-test mode; returns main()'s exit status. `tests` are the
    // property tests chosen by --target (all of them by default), in registration order.
    int (*run)(const std::vector<PropertyTestInfo>& tests) = nullptr;
};

// Installs the host (the first one installed wins; later calls change nothing). Returns 0, so
// that a static variable's initialiser can call it.
int install_test_host(const TestHost& host);

// True once the runtime's main() has handed a plain run to the installed host's run().
bool test_host_running();

// The result of unit-test mode for one property test.
struct PropertyRun {
    bool passed = false;
    // When it failed: the report unit-test mode prints (the "Falsifying example: ..." block with
    // the shrunk example and where it is stored), or why it is unsatisfiable.
    std::string report;
    uint64_t examples = 0;  // valid examples run
    uint64_t discarded = 0; // examples rejected by assume() or filter()
    uint64_t stored = 0;    // stored regression examples replayed first
};

// Runs the test "suite.name" as unit-test mode does: its stored regressions first, then
// --examples=N generated examples (with the seed and limits of the command line), each in a child
// process, so a crash or hang becomes a failure; a failure is shrunk, stored and reported. Only
// valid inside the host's run().
PropertyRun run_property_examples(const std::string& suite, const std::string& name);

} // namespace arcwise::detail
