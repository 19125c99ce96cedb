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

// Shrinks `failing` (which failed as `first` says), each attempt in a child process, and runs the
// minimal example once more to print it.
FailureSummary shrink_and_report(const Options& options, const Target& target,
                                 const engine::ChoiceSequence& failing, const Outcome& first);
// Writes the minimal example under the regression directory; returns its path (empty on error).
std::string store_regression(const Options& options, const FailureSummary& failure);

} // namespace arcwise::runtime
