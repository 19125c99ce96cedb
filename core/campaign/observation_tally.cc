#include "observation_tally.h"

#include <algorithm>
#include <cmath>

namespace arcwise::campaign {

void ObservationTally::load(qint64 target_id, const std::vector<ObservationRow>& rows) {
    auto& target = rows_[target_id];
    target.clear();
    for (const ObservationRow& r : rows)
        target[{r.kind, r.label}] = r;
}

ObservationRow* ObservationTally::row(qint64 target_id, const char* kind, const std::string& label,
                                      qint64 now_ms) {
    auto& target = rows_[target_id];
    Key key{QString::fromLatin1(kind), QString::fromStdString(label)};
    auto it = target.find(key);
    if (it == target.end()) {
        const QString k = key.first;
        const auto same_kind = std::count_if(target.begin(), target.end(),
                                             [&k](const auto& e) { return e.first.first == k; });
        if (size_t(same_kind) >= kMaxLabels)
            return nullptr;
        ObservationRow r;
        r.target_id = target_id;
        r.kind = key.first;
        r.label = key.second;
        it = target.emplace(key, std::move(r)).first;
    }
    it->second.updated_ms = now_ms;
    dirty_.insert({target_id, it->first});
    return &it->second;
}

void ObservationTally::add(qint64 target_id, const char* kind, const std::string& label,
                           uint64_t count, uint64_t& last, qint64 now_ms) {
    // Within one process a count only grows; less than before means the process is not the one
    // that reported before.
    const uint64_t delta = count >= last ? count - last : count;
    last = count;
    if (delta == 0)
        return;
    if (ObservationRow* r = row(target_id, kind, label, now_ms))
        r->count += qint64(delta);
}

void ObservationTally::merge(const void* worker, qint64 pid, qint64 target_id,
                             const protocol::Stats& stats, qint64 now_ms) {
    Last& last = last_[{worker, target_id}];
    // A worker object is one process; the pid check guards against a new object at the address
    // of one that was deleted. Runs going down means a process that started counting again.
    if (last.pid != pid || stats.runs < last.runs) {
        last = Last{};
        last.pid = pid;
    }
    last.runs = stats.runs;
    for (const auto& [label, count] : stats.events)
        add(target_id, kObservationEvent, label, count, last.events[label], now_ms);
    // Scores before counts: a target() row is created by its first score.
    for (const auto& [label, best] : stats.targets) {
        if (!std::isfinite(best))
            continue;
        const auto& kept = rows_[target_id];
        const auto it =
            kept.find({QString::fromLatin1(kObservationTarget), QString::fromStdString(label)});
        if (it != kept.end() && best <= it->second.best)
            continue; // a first score is kept whatever its sign
        if (ObservationRow* r = row(target_id, kObservationTarget, label, now_ms))
            r->best = best;
    }
    for (const auto& [label, count] : stats.target_counts)
        add(target_id, kObservationTarget, label, count, last.targets[label], now_ms);
}

void ObservationTally::keep_workers(const std::set<const void*>& live) {
    for (auto it = last_.begin(); it != last_.end();)
        it = live.count(it->first.first) ? std::next(it) : last_.erase(it);
}

std::vector<ObservationRow> ObservationTally::rows(qint64 target_id) const {
    std::vector<ObservationRow> out;
    const auto it = rows_.find(target_id);
    if (it == rows_.end())
        return out;
    out.reserve(it->second.size());
    for (const auto& [key, r] : it->second)
        out.push_back(r);
    return out;
}

std::vector<ObservationRow> ObservationTally::dirty() const {
    std::vector<ObservationRow> out;
    out.reserve(dirty_.size());
    for (const auto& [target_id, key] : dirty_)
        out.push_back(rows_.at(target_id).at(key));
    return out;
}

void ObservationTally::clear_dirty() {
    dirty_.clear();
}

} // namespace arcwise::campaign
