#pragma once
// The fuzz targets a binary contains: its libFuzzer harness (LLVMFuzzerTestOneInput, named after
// the binary) and, through the SDK, property tests. The driver runs one of them at a time.

#include "engine/fuzzer.h"

#include <functional>
#include <string>
#include <vector>

namespace arcwise::runtime {

struct Target {
    std::string name;
    std::string kind; // "libfuzzer" or "property"
    std::string file;
    unsigned line = 0;
    // Runs one input in-process. Coverage is collected by the caller.
    std::function<engine::ExecResult(const engine::ChoiceSequence&)> run;
    // True when the target consumes a single Bytes choice (stored and replayed as raw bytes).
    bool takes_bytes = true;
};

std::vector<Target>& registered_targets();
// Examples kept in the source (ARCWISE_EXAMPLE), by target name: serialised choice sequences,
// replayed first by the unit-test mode.
struct SourceExample {
    std::string input;
    std::string where; // "file:line"
};
std::vector<SourceExample> source_examples(const std::string& target);
void register_source_example(const std::string& target, SourceExample example);
void register_target(Target target);
// The target called `name`, or the only one when `name` is empty and there is just one.
const Target* find_target(const std::string& name);

} // namespace arcwise::runtime
