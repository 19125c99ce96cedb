#pragma once
// The property-test modes (unit-test mode, --fuzz, --shrink, --show) and the shrink-and-report
// step they share with -minimize_crash. See docs/sdk.md.

#include "options.h"
#include "outcome.h"
#include "registry.h"
#include "report.h"

namespace arcwise::runtime {

int run_unit_tests(const Options& options);
int run_property_fuzz(const Options& options);
int run_shrink_mode(const Options& options);
int run_show_mode(const Options& options); // show.cc

// Unit-test mode for one target: its stored regressions, then `examples` generated examples, each
// in a child process; a failure is shrunk and stored (run_unit_tests and a test framework's host,
// test_host.h, print it each in their own way).
struct ExampleRun {
    enum Result { Passed, Failed, Unsatisfiable } result = Passed;
    FailureSummary failure; // Failed: the shrunk failure; Unsatisfiable: kind and message only
    uint64_t valid = 0;     // examples that ran to the end
    uint64_t discarded = 0; // rejected by assume() or filter()
    size_t replayed = 0;    // stored regression examples run first
    double seconds = 0;     // before shrinking
};
ExampleRun run_examples(const Options& options, const Target& target);

// Shrinks `failing` (which failed as `first` says), each attempt in a child process, and runs the
// minimal example once more to print it.
FailureSummary shrink_and_report(const Options& options, const Target& target,
                                 const engine::ChoiceSequence& failing, const Outcome& first);
// Writes the minimal example under the regression directory; returns its path (empty on error).
std::string store_regression(const Options& options, const FailureSummary& failure);

} // namespace arcwise::runtime
