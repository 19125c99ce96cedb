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
    s.recent.push_back({s.fuzz_ms, s.features});
    while (s.recent.size() > 2 && s.recent.back().fuzz_ms - s.recent[1].fuzz_ms >= kWindowMs)
        s.recent.pop_front();
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
    s.recent.push_back({s.fuzz_ms, s.features});
    while (s.recent.size() > 2 && s.recent.back().fuzz_ms - s.recent[1].fuzz_ms >= kWindowMs)
        s.recent.pop_front();
}

void Scheduler::set_runnable(qint64 id, bool runnable) {
    if (auto it = targets_.find(id); it != targets_.end())
        it->second.runnable = runnable;
}

double Scheduler::recent_rate(const State& s) const {
    if (s.recent.size() < 2)
        return 0;
    const Sample& a = s.recent.front();
    const Sample& b = s.recent.back();
    const qint64 ms = b.fuzz_ms - a.fuzz_ms;
    return ms > 0 ? double(b.features - a.features) * 1000.0 / double(ms) : 0;
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
        return kFailingFactor * recent_rate(s);
    // Good-Turing: the chance that the next execution finds something new, per second.
    const double good_turing = s.estimate * s.execs_per_second;
    return 0.5 * good_turing + 0.5 * recent_rate(s);
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
    std::vector<qint64> candidates;
    for (const auto& [id, s] : targets_)
        if (s.runnable && !busy.count(id))
            candidates.push_back(id);
    if (candidates.empty())
        return std::nullopt;
    ++choices_;
    qint64 chosen = candidates.front();
    if (policy_ == SchedulePolicy::RoundRobin) {
        // The first candidate after the last one chosen, in id order.
        auto after = std::upper_bound(candidates.begin(), candidates.end(), round_robin_last_);
        chosen = after == candidates.end() ? candidates.front() : *after;
        round_robin_last_ = chosen;
    } else {
        // Never-fuzzed targets first, in order; then mostly the best rate, sometimes a random one.
        auto fresh = std::find_if(candidates.begin(), candidates.end(),
                                  [this](qint64 id) { return !targets_.at(id).started; });
        if (fresh != candidates.end()) {
            chosen = *fresh;
        } else if (rng_.below(kExploreOneIn) == 0) {
            chosen = candidates[size_t(rng_.below(candidates.size()))];
        } else {
            double best = -1;
            for (qint64 id : candidates) {
                const double p = priority(id);
                // Ties (all stalled): the one that waited longest.
                if (p > best ||
                    (p == best && targets_.at(id).last_chosen < targets_.at(chosen).last_chosen)) {
                    best = p;
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
