#pragma once
// Runs a target in this process for the engine: publishes the input to the shared-memory slot,
// brackets the call for the crash handler, and turns the coverage counters into features.

#include "coverage.h"
#include "current_input.h"
#include "engine/fuzzer.h"
#include "registry.h"

namespace arcwise::runtime {

class InProcessExecutor final : public engine::Executor {
public:
    InProcessExecutor(const Target& target, CurrentInput& input) : target_(target), input_(input) {}

    engine::ExecResult execute(const engine::ChoiceSequence& input,
                               std::vector<uint32_t>& features) override;
    size_t covered_edges() const override { return Coverage::instance().covered_edges(); }

private:
    const Target& target_;
    CurrentInput& input_;
    uint64_t runs_ = 0;
    std::string scratch_;
};

} // namespace arcwise::runtime
