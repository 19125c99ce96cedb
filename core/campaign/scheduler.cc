#include "scheduler.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace arcwise::campaign {

namespace {
constexpr qint64 kWindowMs = 10000;   // about one slice of fuzzing time: a plateau shows at once
constexpr uint64_t kExploreOneIn = 8; // one slice in eight explores
constexpr double kFailingFactor = 0.1;
// What one more worker on a target is worth, relative to the one before it: a second worker
// goes to a target only while it is worth twice as much as any other target's first.
constexpr double kExtraWorkerShare = 0.5;
} // namespace

GoodTuring updated_estimate(GoodTuring kept, uint64_t runs, double worker_estimate) {
    if (runs >= kTrustedRuns)
        return {worker_estimate, true};
    if (kept.trusted)
        return kept;
    return {std::min(worker_estimate, 0.01), false};
}

Scheduler::Scheduler(SchedulePolicy policy, uint64_t seed) : policy_(policy), rng_(seed) {}

void Scheduler::add_target(qint64 id, const QString& binary) {
    targets_[id].binary = binary;
}

void Scheduler::remove_target(qint64 id) {
    targets_.erase(id);
}

void Scheduler::update(qint64 id, qint64 executions, qint64 features, double estimate,
                       double execs_per_second, qint64 fuzz_ms) {
    auto it = targets_.find(id);
    if (it == targets_.end())
        return;
    State& s = it->second;
    s.started = true;
    s.executions = executions;
    s.features = std::max(s.features, features);
    s.estimate = estimate;
    s.execs_per_second = execs_per_second;
    s.fuzz_ms = std::max(s.fuzz_ms, fuzz_ms);
    note_sample(s);
}

std::optional<double> stored_rate(const std::vector<StoredCounts>& newest_first) {
    double seconds = 0;
    double found = 0;
    for (size_t i = 0; i + 1 < newest_first.size() && seconds * 1000 < kWindowMs; ++i) {
        const StoredCounts& a = newest_first[i];
        const StoredCounts& b = newest_first[i + 1];
        if (a.executions < b.executions || a.features < b.features)
            break; // counts that went back: another campaign's
        if (a.execs_per_second > 0)
            seconds += double(a.executions - b.executions) / a.execs_per_second;
        found += double(a.features - b.features);
    }
    if (seconds < 1)
        return std::nullopt;
    return found / seconds;
}

void Scheduler::resume(qint64 id, qint64 executions, qint64 features, double estimate,
                       double execs_per_second, double recent_rate) {
    auto it = targets_.find(id);
    if (it == targets_.end() || it->second.started)
        return;
    State& s = it->second;
    s.started = true;
    s.executions = executions;
    s.features = features;
    s.estimate = estimate;
    s.execs_per_second = execs_per_second;
    const double f = double(features);
    s.recent = {{-kWindowMs, f - std::max(0.0, recent_rate) * double(kWindowMs) / 1000.0}, {0, f}};
}

void Scheduler::set_failing(qint64 id, bool failing) {
    if (auto it = targets_.find(id); it != targets_.end())
        it->second.failing = failing;
}

void Scheduler::charge(qint64 id, qint64 ms) {
    auto it = targets_.find(id);
    if (it == targets_.end())
        return;
    State& s = it->second;
    s.fuzz_ms += ms;
    note_sample(s);
}

void Scheduler::set_runnable(qint64 id, bool runnable) {
    if (auto it = targets_.find(id); it != targets_.end())
        it->second.runnable = runnable;
}

void Scheduler::set_focus(qint64 id, double weight) {
    if (auto it = targets_.find(id); it != targets_.end())
        it->second.focus = std::max(0.0, weight);
}

double Scheduler::focus(qint64 id) const {
    const auto it = targets_.find(id);
    return it == targets_.end() ? 1 : it->second.focus;
}

void Scheduler::note_sample(State& s) {
    s.recent.push_back({s.fuzz_ms, double(s.features)});
    while (s.recent.size() > 2 && s.recent.back().fuzz_ms - s.recent[1].fuzz_ms >= kWindowMs)
        s.recent.pop_front();
}

double Scheduler::recent_rate(const State& s) const {
    if (s.recent.size() < 2)
        return 0;
    const Sample& a = s.recent.front();
    const Sample& b = s.recent.back();
    const qint64 ms = b.fuzz_ms - a.fuzz_ms;
    return ms > 0 ? (b.features - a.features) * 1000.0 / double(ms) : 0;
}

double Scheduler::features_per_minute(qint64 id) const {
    auto it = targets_.find(id);
    return it == targets_.end() ? 0 : recent_rate(it->second) * 60;
}

double Scheduler::priority(qint64 id) const {
    auto it = targets_.find(id);
    if (it == targets_.end())
        return 0;
    const State& s = it->second;
    if (!s.started)
        return std::numeric_limits<double>::infinity();
    // A failing target's workers end at the known failure, so its estimate is never renewed and
    // only its recent rate (which charge() lowers slice by slice) counts.
    if (s.failing)
        return s.focus * kFailingFactor * recent_rate(s);
    // Good-Turing: the chance that the next execution finds something new, per second.
    const double good_turing = s.estimate * s.execs_per_second;
    return s.focus * (0.5 * good_turing + 0.5 * recent_rate(s));
}

double Scheduler::seconds_to_next(qint64 id) const {
    auto it = targets_.find(id);
    if (it == targets_.end())
        return std::numeric_limits<double>::infinity();
    const double rate =
        std::max(it->second.estimate * it->second.execs_per_second, recent_rate(it->second));
    return rate > 0 ? 1.0 / rate : std::numeric_limits<double>::infinity();
}

std::optional<qint64> Scheduler::next(const std::set<qint64>& busy) {
    std::map<qint64, int> workers;
    for (qint64 id : busy)
        workers[id] = 1;
    return assign(workers, /*max_per_target=*/1);
}

std::optional<qint64> Scheduler::assign(const std::map<qint64, int>& workers, int max_per_target,
                                        const std::set<qint64>* only) {
    auto count = [&workers](qint64 id) {
        const auto it = workers.find(id);
        return it == workers.end() ? 0 : it->second;
    };
    std::vector<qint64> candidates;
    int fewest = std::numeric_limits<int>::max();
    for (const auto& [id, s] : targets_)
        if (s.runnable && (max_per_target <= 0 || count(id) < max_per_target) &&
            (!only || only->count(id))) {
            candidates.push_back(id);
            fewest = std::min(fewest, count(id));
        }
    if (candidates.empty())
        return std::nullopt;
    // The least-served targets: the only ones round-robin and exploration consider.
    std::vector<qint64> least;
    for (qint64 id : candidates)
        if (count(id) == fewest)
            least.push_back(id);
    ++choices_;
    qint64 chosen = least.front();
    if (policy_ == SchedulePolicy::RoundRobin) {
        // The first of them after the last one chosen, in id order.
        auto after = std::upper_bound(least.begin(), least.end(), round_robin_last_);
        chosen = after == least.end() ? least.front() : *after;
        round_robin_last_ = chosen;
    } else {
        // Never-fuzzed targets first, the heaviest focus first, then in order; then mostly the
        // best value for one more worker, sometimes a random least-served one.
        auto fresh = candidates.end();
        for (auto it = candidates.begin(); it != candidates.end(); ++it)
            if (!targets_.at(*it).started && count(*it) == 0 &&
                (fresh == candidates.end() || targets_.at(*it).focus > targets_.at(*fresh).focus))
                fresh = it;
        if (fresh != candidates.end()) {
            chosen = *fresh;
        } else if (rng_.below(kExploreOneIn) == 0) {
            chosen = least[size_t(rng_.below(least.size()))];
        } else {
            double best = -1;
            for (qint64 id : candidates) {
                const double value = priority(id) * std::pow(kExtraWorkerShare, count(id));
                const State& s = targets_.at(id);
                const State& c = targets_.at(chosen);
                // Ties (all stalled): fewer workers, then the one that waited longest.
                if (value > best || (value == best && (count(id) < count(chosen) ||
                                                       (count(id) == count(chosen) &&
                                                        s.last_chosen < c.last_chosen)))) {
                    best = value;
                    chosen = id;
                }
            }
        }
    }
    State& s = targets_.at(chosen);
    s.last_chosen = choices_;
    s.started = true;
    return chosen;
}

} // namespace arcwise::campaign
