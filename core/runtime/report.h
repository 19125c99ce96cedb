#pragma once
// Failure reports of property tests and harnesses after shrinking: the text every mode prints
//
//   Falsifying example: Sorting.KeepsElements
//     xs = {0, 1}
//     note: <text>
//   Failure: ARCWISE_ASSERT(...) at sort_test.cc:12
//
// and the JSON that --report=FILE writes. Also the listing of --show=PATH (every input run once).

#include "engine/shrinker.h"
#include "outcome.h"

#include <string>
#include <vector>

namespace arcwise::runtime {

struct FailureSummary {
    std::string target;
    bool takes_bytes = false;
    Outcome outcome;     // the final run of the minimal example (printed draws, stack)
    std::string minimal; // the minimal input: serialised choices, or raw bytes for a harness
    size_t original_choices = 0;
    size_t minimal_choices = 0;
    size_t original_bytes = 0;
    engine::ShrinkStats shrink;
    double shrink_seconds = 0;
    std::string warning; // e.g. flaky: the failure did not reproduce
    std::string regression_path;
};

std::string format_failure(const FailureSummary& failure);

struct RunSummary {
    size_t passed = 0;
    size_t failed = 0;
    std::vector<FailureSummary> failures;
};
std::string json_report(const RunSummary& summary);

// One input run by --show: what it drew and how it ended.
struct ShownInput {
    std::string file;
    size_t size = 0;     // bytes in the file
    std::string outcome; // "pass", "fail", "invalid" or "overrun"
    Outcome result;      // kind and message of a failure, notes, events, target() scores, stack
    std::vector<std::pair<std::string, std::string>> draws; // label, printed value
};
//   Input: corpus/0a1b (14 bytes)
//     xs = {0, 1}
//     note: <text>
//     event: <label>
//     target: <label> = <score>
//   Outcome: failed: <the failure line as reports print it>
std::string format_shown(const ShownInput& input);
// {"target": ..., "inputs": [{"file", "size", "outcome", "kind", "message", "location",
//  "signature", "stack", "draws": [{"label", "value"}], "notes", "events",
//  "targets": [{"label", "score"}]}]}
std::string json_show_report(const std::string& target, const std::vector<ShownInput>& inputs);

// "label" U+001F "value" -> {label, value}.
std::pair<std::string, std::string> split_draw(const std::string& draw);
std::string quote_bytes(std::string_view data); // C++ string literal, octal escapes
std::string json_string(std::string_view s);
std::string base64(std::string_view data);

} // namespace arcwise::runtime
