// A binary rebuilt while the campaign runs: its workers restart on the new build, targets it
// gained join, and its stored failures are checked again on it (triage.h), so that a failure it
// fixed is marked fixed.

#include "campaign.h"
#include "database.h"
#include "triage.h"

#include <QFileInfo>

namespace arcwise::campaign {

void Campaign::check_rebuilds() {
    for (auto& [path, stamp] : binary_stamp_) {
        const QFileInfo fi(path);
        if (!fi.exists())
            continue;
        const std::pair<qint64, qint64> now{fi.lastModified().toMSecsSinceEpoch(), fi.size()};
        if (now == stamp)
            continue;
        // Wait until the linker is done: the same size and time on two checks in a row.
        if (pending_stamp_[path] != now) {
            pending_stamp_[path] = now;
            continue;
        }
        stamp = now;
        const BinaryInfo info = Project::inspect(path);
        if (!info.error.isEmpty()) {
            mark_broken(path, info.error);
            continue;
        }
        Q_EMIT log(tr("%1 was rebuilt: restarting its workers on the new build").arg(path));
        const qint64 binary_id = db_->upsert_binary(path, info.build_id, info.mtime_ms);
        for (const TargetInfo& ti : info.targets) {
            if (!Project::matches(options_.targets, path, ti.name))
                continue;
            const qint64 id = binary_id > 0 ? db_->upsert_target(binary_id, ti) : -1;
            if (id <= 0) {
                // Its old workers go on below; the new target waits for a database that works.
                storage_trouble(QStringLiteral("targets"),
                                tr("the targets of a rebuilt binary could not be stored: %1")
                                    .arg(db_->last_error()));
                continue;
            }
            Target& t = targets_[id];
            const bool is_new = t.row.id == 0;
            set_identity(t.row, id, binary_id, info, ti);
            if (t.row.status == QLatin1String(kStatusBroken)) {
                t.row.status = QString::fromLatin1(kStatusIdle);
                t.row.status_message.clear();
                if (!db_->set_target_status(id, t.row.status))
                    storage_trouble(QStringLiteral("status"),
                                    tr("statuses could not be stored: %1").arg(db_->last_error()));
            }
            if (is_new)
                scheduler_->add_target(id, path);
            scheduler_->set_runnable(id, true);
            for (const FailureRow& f : db_->failures(id)) {
                if (f.status == QLatin1String(kFailureFixed) || f.minimal_input.isEmpty())
                    continue;
                TriageJob job;
                job.kind = TriageJob::Kind::Check;
                job.failure_id = f.id;
                job.target_id = id;
                job.target = ti.name;
                job.binary = path;
                job.build_id = info.build_id;
                job.input = f.minimal_input;
                triage_->enqueue(std::move(job));
            }
            if (!db_->last_error().isEmpty())
                storage_trouble(
                    QStringLiteral("read"),
                    tr("the stored failures could not be read: %1").arg(db_->last_error()));
        }
        for (WorkerProcess* w : std::vector<WorkerProcess*>(idle_)) {
            if (w->binary() == path) {
                w->disconnect(this);
                w->stop();
                retire(w);
            }
        }
        for (auto& slot : slots_) {
            if (slot->worker && slot->worker->binary() == path) {
                end_slice(*slot);
                WorkerProcess* w = slot->worker;
                slot->worker = nullptr;
                w->disconnect(this);
                w->stop();
                retire(w);
                Slot* s = slot.get();
                QTimer::singleShot(0, this, [this, s] { schedule(*s); });
            }
        }
    }
}

} // namespace arcwise::campaign
