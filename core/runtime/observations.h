#pragma once
// What one target's examples reported through the SDK while a worker fuzzed it: each event()
// label with the number of examples that made it, each target() label with the highest score and
// the number of examples that reported it. The worker sends the tally in every Stats message; the
// campaign adds them up over workers and keeps them in its database.
//
// Cheap enough for the fuzzing loop: a label seen before costs a hash lookup and no allocation.
// At most kMaxLabels distinct labels of each kind are kept (later ones are not counted), and a
// label is cut to kMaxLabelBytes, so a test that puts data into its labels cannot make the tally,
// or the Stats message, grow without bound.

#include "protocol/messages.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace arcwise::runtime {

class Observations {
public:
    static constexpr size_t kMaxLabels = 256;
    static constexpr size_t kMaxLabelBytes = 200;

    // A new example starts: an event counts once per example, however often the example makes it.
    void begin_example() { ++example_; }
    void event(std::string_view label);
    // Non-finite scores are not kept: there is no highest NaN, and an infinity says nothing.
    void target(std::string_view label, double score);

    // Copies the tally into `stats` (events, targets, target_counts). Safe to call from the crash
    // handler: a tally interrupted in the middle of an update is left out rather than read.
    void fill(protocol::Stats& stats) const;

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    template <class V> using Table = std::unordered_map<std::string, V, Hash, std::equal_to<>>;
    struct Event {
        uint64_t count = 0;
        uint64_t last_example = 0; // the example that counted last
    };
    struct Score {
        double best = 0;
        uint64_t count = 0;
        uint64_t last_example = 0;
    };

    Table<Event> events_;
    Table<Score> targets_;
    uint64_t example_ = 1; // never 0, the last_example of a label not counted yet
    // Set while a table changes: a fatal signal may arrive in the middle (a timeout, the malloc
    // limit), and the crash handler's last Stats must not walk a table being rehashed.
    volatile bool updating_ = false;
};

// The tally the SDK's event() and target() go to, and that run_property() starts an example on;
// null (nothing is tallied) outside worker mode.
void set_observations(Observations* observations);
Observations* observations();

} // namespace arcwise::runtime
