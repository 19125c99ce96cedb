// main() of every Arcwise fuzz binary. In its own object file so that a binary with a main() of
// its own can still link the runtime (the archive member is only pulled in when main is missing).

#include "test_host.h"

int main(int argc, char** argv) {
    // Without a test framework's host (arcwise/test_host.hpp) this is run_main(argc, argv).
    return arcwise::runtime::run_main_with_test_host(argc, argv);
}
