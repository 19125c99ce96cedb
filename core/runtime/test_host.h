#pragma once
// The runtime's side of a test-framework host (arcwise/test_host.hpp): main() hands the command
// line to it first, and unit-test mode hands it the run.

#include "options.h"

namespace arcwise::runtime {

// main(): with a host installed, lets it take its flags out of argv, then runs Arcwise's modes
// (run_main). A plain run of a binary without property tests goes to the host directly, where
// run_main would fuzz the harness or stop for want of a target.
int run_main_with_test_host(int argc, char** argv);

bool has_test_host();
// Unit-test mode under the host: registers the property tests chosen by --target with it and
// returns what its run() returns. Writes --report=FILE afterwards.
int run_test_host(const Options& options);

} // namespace arcwise::runtime
