#pragma once
// The versioned binary format of choice sequences, used for storage, the worker protocol and
// regression files. Layout (all integers unsigned LEB128 unless noted):
//   "AWCS" version(=1) choice-count { kind flags fields... } span-count { begin end label depth }
// Floats are stored as their IEEE-754 bits (8 bytes, little-endian).

#include "choice.h"

#include <optional>
#include <string>
#include <string_view>

namespace arcwise::engine {

inline constexpr unsigned kChoiceFormatVersion = 1;

std::string serialize(const ChoiceSequence& seq);
// Returns nullopt and sets *error (what is wrong and at which byte offset) on malformed input or
// a newer format version.
std::optional<ChoiceSequence> deserialize(std::string_view bytes, std::string* error = nullptr);
// True when `bytes` starts with the choice-sequence magic (as opposed to a raw libFuzzer input).
bool looks_serialized(std::string_view bytes);

} // namespace arcwise::engine
