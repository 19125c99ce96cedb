#include "hosts.h"

#include "database.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <algorithm>

namespace arcwise::campaign {

bool HostLink::join(QString name, int cores, const QString& version, qint64 now_ms) {
    if (name.isEmpty())
        name = QSysInfo::machineHostName();
    if (name.isEmpty())
        name = QStringLiteral("localhost");
    const std::vector<HostRow> hosts = db_.hosts();
    if (!db_.last_error().isEmpty())
        return false;
    for (const HostRow& h : hosts)
        if (h.name == name && !h.stopped && !stale(h, now_ms)) {
            name += QStringLiteral(" (pid %1)").arg(QCoreApplication::applicationPid());
            break;
        }
    HostRow me;
    me.name = name;
    me.cores = cores;
    me.version = version;
    me.started_ms = now_ms;
    me.heartbeat_ms = now_ms;
    const qint64 id = db_.add_host(me);
    if (id <= 0)
        return false;
    // What is stored already was read with the project; from here on, what others add.
    const qint64 corpus = db_.last_corpus_id();
    if (corpus < 0)
        return false;
    const qint64 failures = db_.last_failure_id();
    if (failures < 0)
        return false;
    std::map<qint64, qint64> peers = db_.slice_executions(id);
    if (!db_.last_error().isEmpty())
        return false;
    id_ = id;
    name_ = name;
    corpus_after_ = corpus;
    failures_after_ = failures;
    peer_executions_at_join_ = std::move(peers);
    read_leases(db_.leases(now_ms));
    return true;
}

void HostLink::read_leases(const std::vector<LeaseRow>& leases) {
    remote_.clear();
    taken_.clear();
    for (const LeaseRow& l : leases) {
        if (l.host_id == id_)
            continue;
        ++remote_[l.target_id];
        taken_.insert({l.target_id, l.slot});
    }
}

bool HostLink::beat(qint64 now_ms, qint64 executions, bool renew_leases) {
    if (!joined() || left_)
        return false;
    if (!db_.beat_host(id_, now_ms, executions, renew_leases ? now_ms + kLeaseMs : 0))
        return false;
    const std::vector<LeaseRow> leases = db_.leases(now_ms);
    if (!db_.last_error().isEmpty())
        return false;
    read_leases(leases);
    return true;
}

bool HostLink::leave() {
    if (!joined() || left_)
        return true;
    left_ = true;
    mine_.clear();
    return db_.stop_host(id_);
}

std::optional<int> HostLink::take(qint64 target, qint64 now_ms, bool* error) {
    *error = false;
    int slot = 0;
    while (taken_.count({target, slot}) || mine_.count({target, slot}))
        ++slot;
    const std::optional<bool> got = db_.take_lease(target, slot, id_, now_ms, now_ms + kLeaseMs);
    if (!got) {
        *error = true;
        return std::nullopt;
    }
    if (!*got) { // another host was quicker: count it until the next beat says more
        ++remote_[target];
        taken_.insert({target, slot});
        return std::nullopt;
    }
    mine_.insert({target, slot});
    return slot;
}

void HostLink::drop(qint64 target, int slot) {
    mine_.erase({target, slot});
    db_.drop_lease(target, slot, id_); // an expired lease frees itself
}

std::vector<CorpusRow> HostLink::new_corpus(int limit, bool* error) {
    // Ids are given out when a row is inserted and seen when its transaction commits, so a row
    // may appear below the highest id already read: the last kOverlap ids are read again, and
    // what was returned before is left out.
    constexpr qint64 kOverlap = 256;
    const qint64 from = std::max<qint64>(0, corpus_after_ - kOverlap);
    std::vector<CorpusRow> rows = db_.corpus_after(from, id_, limit + int(recent_.size()));
    *error = !db_.last_error().isEmpty();
    std::vector<CorpusRow> out;
    for (CorpusRow& r : rows) {
        if (r.id <= corpus_after_ && !recent_.insert(r.id).second)
            continue;
        recent_.insert(r.id);
        corpus_after_ = std::max(corpus_after_, r.id);
        out.push_back(std::move(r));
    }
    recent_.erase(recent_.begin(), recent_.lower_bound(corpus_after_ - kOverlap));
    return out;
}

std::vector<FailureRow> HostLink::new_failures(bool* error) {
    std::vector<FailureRow> rows = db_.failures_after(failures_after_);
    *error = !db_.last_error().isEmpty();
    if (!rows.empty())
        failures_after_ = rows.back().id;
    return rows;
}

std::map<qint64, qint64> HostLink::peer_executions(bool* error) {
    std::map<qint64, qint64> now = db_.slice_executions(id_);
    *error = !db_.last_error().isEmpty();
    if (*error)
        return {};
    for (auto& [target, runs] : now) {
        const auto at_join = peer_executions_at_join_.find(target);
        if (at_join != peer_executions_at_join_.end())
            runs -= at_join->second;
    }
    return now;
}

} // namespace arcwise::campaign
