#pragma once
// The runtime side of the SDK (arcwise.hpp): property tests registered by ARCWISE_TEST become
// targets whose run() executes the test body on a DataSource that replays the input and records
// what was drawn. How values past the input are made is set per mode through run_config().

#include "engine/data_source.h"
#include "engine/fuzzer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace arcwise::runtime {

struct RunConfig {
    engine::Extend extend = engine::Extend::Random;
    // Seed of the generator for values past the input: a hash of the input, so that any input
    // replays exactly from itself alone; or `seed` (unit-test examples are generated from nothing).
    bool seed_from_input = true;
    uint64_t seed = 0;
    // Record printed draws (the final replay of a failure, for its report).
    bool printing = false;
};
RunConfig& run_config();

// What the last property test case printed, noted and where it failed. Events and target()
// scores are kept only while printing (--show), so fuzzing does not pay for the strings.
struct CaseRecord {
    std::vector<std::string> draws; // "label" U+001F "printed value", in draw order
    std::vector<std::string> notes;
    std::string location;             // "file:line" of the failed check
    std::vector<std::string> events;  // event() labels, each once, in first-seen order
    std::vector<std::string> targets; // "label" U+001F score: target() labels, highest score
    bool overrun = false;             // discarded for drawing past the limits, not by assume()
};
const CaseRecord& last_case();

// Installs the crash handler's context hook (the running case's choices, draws and notes).
void install_property_context_hook();

uint64_t input_hash(const engine::ChoiceSequence& input);

} // namespace arcwise::runtime
