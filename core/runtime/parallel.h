#pragma once
// libFuzzer's -fork=N, -jobs=N and -workers=N: N workers of the campaign on this binary's target
// (arcwise-cli fuzz), seeded from the corpus directories, with what they find written back in
// libFuzzer's layout. See parallel.cc.

#include "options.h"
#include "registry.h"

namespace arcwise::runtime {

// The workers the flags ask for; 0 when they ask for none in parallel.
int parallel_workers(const Options& options);

// Fuzzes `target` on parallel_workers(options) campaign workers. *ran is false when it could not
// (no arcwise-cli to run: set ARCWISE_CLI or put it on PATH), after one line saying why; the
// caller then fuzzes in this process. Otherwise returns the exit status: -error_exitcode when a
// failure was found, 0 when not, 1 when the campaign could not run.
int fuzz_in_parallel(const Options& options, const Target& target, bool* ran);

} // namespace arcwise::runtime
