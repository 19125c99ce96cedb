#pragma once
// libFuzzer's value profile (-use_value_profile=1): while an input runs, the comparison hooks set
// bits in a 64 Ki-bit map from the distance between the operands (for integers, the Hamming
// distance and the magnitude of the difference; for memcmp and friends, the length of the common
// prefix and the Hamming distance of the first differing byte; for indirect calls, the caller and
// callee), each mixed with the call site. Every bit is a feature, so an input that brings a
// comparison closer to passing is kept even before it flips a branch: that is how checksums and
// magic numbers are approached a few bits at a time.

#include <cstdint>
#include <vector>

namespace arcwise::runtime {

// Turns the value profile on for the rest of the process (hooks().value_profile).
void enable_value_profile();
// Appends the value-profile features of the last execution, in increasing order, and clears the
// map. Does nothing when the value profile is off.
void collect_value_profile(std::vector<uint32_t>& features);

} // namespace arcwise::runtime
