#pragma once
// Which target gets the next time slice of a worker slot, and how many slots a target gets.
// Adaptive (as HypoFuzz and ClusterFuzz do): each target's expected rate of new behaviour is
// estimated from its Good-Turing estimate (features seen exactly once / executions) times its
// executions per second, blended with the rate of new features it showed over its recent fuzzing
// time; the slot goes to the highest rate, except for a share of slices spent exploring at random.
// Targets never fuzzed come first (resume(): those whose stored estimate still holds need no
// probe); a target with a failure counts a tenth of its recent rate alone
// (its estimate is stale: its workers end at the known failure before they run enough to renew it).
// Round-robin exists to measure the gain. Plain logic (no processes, no clock of its own): tested
// deterministically.

#include "engine/rng.h"

#include <QString>
#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace arcwise::campaign {

enum class SchedulePolicy { Adaptive, RoundRobin };

// A target's Good-Turing estimate (features seen exactly once / executions) as the campaign keeps
// it across worker processes.
struct GoodTuring {
    double value = 0;
    bool trusted = false; // from a worker that had run at least kTrustedRuns
};
constexpr uint64_t kTrustedRuns = 20000;
// The estimate after a worker reported `worker_estimate` over its `runs`. A worker that has run
// little (just started, or ending at once on a known failure) has seen nearly every feature once,
// so its estimate means nothing: it replaces a trusted one only from kTrustedRuns on. Until a
// target has a trusted estimate it gets a provisional one, capped at 0.01.
GoodTuring updated_estimate(GoodTuring kept, uint64_t runs, double worker_estimate);

// A target's counts as a campaign stored them (a stats row), for stored_rate().
struct StoredCounts {
    qint64 executions = 0;
    qint64 features = 0;
    double execs_per_second = 0;
};
// New features per second of fuzzing over the last ten seconds or so of fuzzing that `newest_first`
// (one host's rows of a target) cover, each step's fuzzing time being its executions over its
// speed: the recent rate a resumed target starts with. nullopt when they cover less than a second
// of fuzzing (too little to rank the target by; it gets a probe instead).
std::optional<double> stored_rate(const std::vector<StoredCounts>& newest_first);

class Scheduler {
public:
    explicit Scheduler(SchedulePolicy policy, uint64_t seed = 1);

    void add_target(qint64 id, const QString& binary);
    void remove_target(qint64 id);
    // What a worker reported for the target, `fuzz_ms` being its total fuzzing time so far.
    void update(qint64 id, qint64 executions, qint64 features, double estimate,
                double execs_per_second, qint64 fuzz_ms);
    // Starts a target from what an earlier campaign stored (its executions, features, trusted
    // Good-Turing estimate, speed and recent rate of new features per second, stored_rate())
    // instead of a probe: for a target whose code is what that campaign fuzzed, they still hold.
    // The stored rate counts as its last ten seconds of fuzzing, and fades as it is fuzzed here.
    void resume(qint64 id, qint64 executions, qint64 features, double estimate,
                double execs_per_second, double recent_rate);
    void set_failing(qint64 id, bool failing);
    // Counts `ms` of fuzzing without new features: a slice cut short by a failure already known
    // (a crash loop) must lower the target's rate, not leave it where the last good slice left it.
    void charge(qint64 id, qint64 ms);
    void set_runnable(qint64 id, bool runnable); // broken targets are not scheduled
    // A multiplier (>= 0; 1: none) on the target's value for the adaptive policy: a target that
    // reaches changed code, is new or whose test changed weighs more (change_focus.h). Among
    // targets never fuzzed, the heaviest go first. Not an override: a focused target that stopped
    // finding anything still yields to one that finds more than `weight` times as much.
    void set_focus(qint64 id, double weight);
    double focus(qint64 id) const;
    // The target for one more worker, given how many workers each target has now (`workers`;
    // missing: none). A target's value for one more worker is its priority halved for every
    // worker it already has: workers of one target share their finds, so each extra one mostly
    // covers what the others would have found (diminishing returns). Targets never fuzzed come
    // first, and a target with `max_per_target` workers (0: no cap) takes no more. Round-robin
    // gives the least-served targets their turn. `only`: the targets to choose from (null: all).
    // nullopt when no target can take a worker.
    std::optional<qint64> assign(const std::map<qint64, int>& workers, int max_per_target,
                                 const std::set<qint64>* only = nullptr);
    // One worker per target: the target for the next slice, not one of `busy`.
    std::optional<qint64> next(const std::set<qint64>& busy);

    // New features per minute of fuzzing, over the recent window.
    double features_per_minute(qint64 id) const;
    // Expected seconds of fuzzing until the next new feature (infinity when none is expected).
    double seconds_to_next(qint64 id) const;
    // The value the adaptive policy ranks by: expected new features per second.
    double priority(qint64 id) const;
    SchedulePolicy policy() const { return policy_; }

private:
    struct Sample {
        qint64 fuzz_ms;
        double features;
    };
    struct State {
        QString binary;
        bool runnable = true;
        bool failing = false;
        bool started = false;
        qint64 executions = 0;
        qint64 features = 0;
        double estimate = 0;
        double execs_per_second = 0;
        qint64 fuzz_ms = 0;
        std::deque<Sample> recent; // the last minute of fuzzing time
        uint64_t last_chosen = 0;
        double focus = 1; // set_focus()
    };
    double recent_rate(const State& s) const; // features per second of fuzzing
    // Adds the state's fuzzing time and features now to its recent window, dropping what fell
    // out of it.
    static void note_sample(State& s);

    SchedulePolicy policy_;
    engine::Rng rng_;
    std::map<qint64, State> targets_;
    uint64_t choices_ = 0;
    qint64 round_robin_last_ = -1;
};

} // namespace arcwise::campaign
