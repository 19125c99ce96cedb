// The campaign as one host among several (hosts.h): it registers, leases the worker slots it
// fuzzes, records its slices, hands the entries other hosts found to its workers, and does not
// shrink again what another host found.

#include "campaign.h"
#include "database.h"
#include "triage.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace arcwise::campaign {

namespace {

qint64 wall_ms() {
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

bool Campaign::join_hosts(QString* error) {
    host_ = std::make_unique<HostLink>(*db_);
    if (host_->join(options_.host_name, options_.cores, options_.version, wall_ms())) {
        last_beat_ms_ = wall_ms();
        return true;
    }
    const QString why =
        tr("this campaign could not be registered as a host: %1").arg(db_->last_error());
    if (is_storage_fault(db_->problem()))
        add_fault(QStringLiteral("database"), why);
    host_.reset();
    if (error)
        *error = why;
    return false;
}

void Campaign::leave_hosts() {
    if (!host_)
        return;
    if (!pending_slices_.empty() && db_->add_slices(pending_slices_))
        pending_slices_.clear();
    if (host_->left())
        return;
    host_->beat(wall_ms(), own_runs_);
    host_->leave();
}

std::optional<qint64> Campaign::assign_leased(Slot& slot, const std::map<qint64, int>& busy,
                                              const std::set<qint64>* only) {
    slot.lease = -1;
    if (!host_)
        return scheduler_->assign(busy, options_.workers_per_target, only);
    // Workers of the other hosts count as this host's do: a target they fuzz is worth less to
    // one more worker here, and a cap per target holds over the whole campaign.
    std::map<qint64, int> workers = busy;
    for (const auto& [target, n] : host_->remote_workers())
        workers[target] += n;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const std::optional<qint64> next =
            scheduler_->assign(workers, options_.workers_per_target, only);
        if (!next)
            return std::nullopt;
        bool error = false;
        if (const std::optional<int> lease = host_->take(*next, wall_ms(), &error)) {
            slot.lease = *lease;
            storage_works(QStringLiteral("lease"), tr("leases are stored again"));
            return next;
        }
        if (error) {
            // Fuzzing goes on without a lease: the others may double up on the target.
            storage_trouble(QStringLiteral("lease"),
                            tr("worker slots could not be leased (other hosts may fuzz the same "
                               "targets): %1")
                                .arg(db_->last_error()));
            return next;
        }
        ++workers[*next]; // another host took the slot just before
    }
    return std::nullopt;
}

void Campaign::release_lease(Slot& slot, qint64 target) {
    if (host_ && slot.lease >= 0)
        host_->drop(target, slot.lease);
    slot.lease = -1;
}

void Campaign::end_host_slice(Slot& slot) {
    if (!slot.target)
        return;
    release_lease(slot, slot.target);
    if (host_ && slot.slice_start_ms)
        pending_slices_.push_back(SliceRow{host_->id(), slot.index, slot.target,
                                           slot.slice_start_ms, wall_ms(), slot.slice_runs});
    slot.slice_start_ms = 0;
    slot.slice_runs = 0;
}

void Campaign::exchange() {
    if (!host_ || !db_ || stopping_)
        return;
    const qint64 now = wall_ms();
    if (!pending_slices_.empty()) {
        if (db_->add_slices(pending_slices_))
            storage_works(QStringLiteral("slices"), tr("slices are stored again"));
        else
            storage_trouble(QStringLiteral("slices"),
                            tr("which target each worker fuzzed could not be stored: %1")
                                .arg(db_->last_error()));
        pending_slices_.clear();
    }
    // What the other hosts found: to this host's workers of the target, as their own finds are.
    bool error = false;
    constexpr int kBatch = 2000;
    for (CorpusRow& c : host_->new_corpus(kBatch, &error)) {
        const auto it = targets_.find(c.target_id);
        if (it == targets_.end())
            continue;
        Target& t = it->second;
        if (!t.corpus_sha1.insert(c.sha1).second)
            continue;
        t.features.insert(c.features.begin(), c.features.end());
        t.row.corpus_size = qint64(t.corpus_sha1.size());
        t.row.features = std::max(t.row.features, qint64(t.features.size()));
        share(/*from=*/nullptr, t.row, c.input);
        receive_delays_s_.push_back(double(std::max<qint64>(0, now - c.found_at_ms)) / 1000.0);
    }
    for (const FailureRow& f : host_->new_failures(&error)) {
        const auto it = targets_.find(f.target_id);
        if (it == targets_.end() || triage_->known(f.target_id, f.signature))
            continue;
        // Stored by another host: shrunk there, only counted here when seen again.
        triage_->remember(f.target_id, f.signature);
        if (f.status != QLatin1String(kFailureFixed))
            scheduler_->set_failing(f.target_id, true);
        ++failures_received_;
        Q_EMIT log(tr("%1: a failure found by another host: %2")
                       .arg(it->second.row.name, f.message.isEmpty() ? f.kind : f.message));
    }
    if (error)
        storage_trouble(QStringLiteral("read"),
                        tr("what other hosts stored could not be read: %1").arg(db_->last_error()));
    if (now - last_beat_ms_ < HostLink::kBeatMs)
        return;
    last_beat_ms_ = now;
    // A paused host stays alive, but its stopped workers fuzz nothing: its leases run out and the
    // other hosts take its worker slots over. Resumed, it renews those still its own; a slot taken
    // meanwhile is fuzzed twice until the slice ends.
    if (!host_->beat(now, own_runs_, /*renew_leases=*/!paused_)) {
        storage_trouble(QStringLiteral("host"),
                        tr("the heartbeat of this host could not be stored (other hosts will "
                           "take its targets over): %1")
                            .arg(db_->last_error()));
        return;
    }
    storage_works(QStringLiteral("host"), tr("the heartbeat of this host is stored again"));
    // The other hosts' executions count in the targets' totals.
    const std::map<qint64, qint64> peers = host_->peer_executions(&error);
    for (const auto& [id, runs] : peers) {
        const auto it = targets_.find(id);
        if (it == targets_.end())
            continue;
        qint64& counted = peer_runs_[id];
        it->second.row.executions += runs - counted;
        counted = runs;
    }
    // Slots that waited for the other hosts' workers: the leases may have changed.
    if (running_ && !paused_)
        for (auto& slot : slots_)
            if (slot->waiting)
                schedule(*slot);
}

ScalingHint Campaign::scaling(double core_hour_cost, double changes_per_day) const {
    ScalingInput in;
    in.cores = options_.cores;
    in.max_per_target = options_.workers_per_target;
    in.core_hour_cost = core_hour_cost;
    in.changes_per_day = changes_per_day;
    in.calibration = calibration_.result();
    for (const auto& [id, t] : targets_)
        in.targets.push_back(TargetRate{id, calibration_.rate_per_worker(id), t.workers});
    return scaling_hint(in);
}

HostExchange Campaign::host_exchange() const {
    HostExchange x;
    if (!host_)
        return x;
    x.host_id = host_->id();
    x.host_name = host_->name();
    x.entries_received = qint64(receive_delays_s_.size());
    if (!receive_delays_s_.empty()) {
        std::vector<double> sorted = receive_delays_s_;
        std::sort(sorted.begin(), sorted.end());
        x.median_delay_s = sorted[sorted.size() / 2];
        x.max_delay_s = sorted.back();
    }
    x.failures_received = failures_received_;
    for (const auto& [target, n] : host_->remote_workers())
        x.remote_workers += n;
    return x;
}

} // namespace arcwise::campaign
