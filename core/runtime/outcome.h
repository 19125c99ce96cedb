#pragma once
// The outcome of running one input, as an attempt process reports it to the process that shrinks
// or checks (unit-test mode, --fuzz, --shrink, -minimize_crash). Written by the attempt process
// itself, or by its crash handler just before it dies. Encoded as u32-length-prefixed fields.

#include "engine/fuzzer.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace arcwise::runtime {

struct Outcome {
    engine::ExecStatus status = engine::ExecStatus::Ok;
    // For a failure its kind ("assertion", "crash", ...); for a discarded input "invalid"
    // (assume() or filter()) or "overrun" (it drew past the limits).
    bool crashed = false; // the process died (the failure came from the crash handler)
    std::string kind;
    std::string message;
    std::string signature;
    std::string location;
    std::vector<std::string> stack;
    std::vector<std::string> draws;
    std::vector<std::string> notes;
    std::vector<std::string> events;  // event() labels (recorded when printing)
    std::vector<std::string> targets; // "label" U+001F score (recorded when printing)
    std::string realised;             // serialised choice sequence actually drawn (may be empty)
};

std::string encode_outcome(const Outcome& outcome);
// A complete frame ([u32 size][payload]) at the start of `bytes`, or nullopt.
std::optional<Outcome> decode_outcome(std::string_view bytes, std::string* error);

} // namespace arcwise::runtime
