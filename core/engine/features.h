#pragma once
// Features are what the engine counts as "new behaviour": an edge counter in a hit-count bucket,
// a comparison seen, an event label, a target() score band. Each is a 32-bit id.

#include <cstdint>

namespace arcwise::engine {

// Hit counts are bucketed as AFL and libFuzzer do: 1, 2, 3, 4-7, 8-15, 16-31, 32-127, 128+.
// Returns the bucket index 0..7 for a non-zero counter.
constexpr unsigned hit_bucket(uint8_t count) {
    if (count <= 3)
        return count - 1u;
    if (count < 8)
        return 3;
    if (count < 16)
        return 4;
    if (count < 32)
        return 5;
    if (count < 128)
        return 6;
    return 7;
}

constexpr uint32_t counter_feature(uint32_t counter_index, uint8_t count) {
    return counter_index * 8u + hit_bucket(count);
}

// Features outside the edge-counter space live above this line so they never collide with one.
constexpr uint32_t kExtraFeatureBase = 0xF0000000u;

// Value-profile features (-use_value_profile=1, as libFuzzer's): one per bit of a 64 Ki-bit map
// of comparison distances, between the edge features (which would need 469 million counters to
// reach this far) and the extra ones. Everything that reads edge counters from features skips
// them, as it skips counters past the end of its tables.
constexpr uint32_t kValueProfileBase = 0xE0000000u;
constexpr uint32_t kValueProfileBits = 1u << 16;

} // namespace arcwise::engine
