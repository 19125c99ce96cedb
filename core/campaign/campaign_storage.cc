// What the campaign keeps, and what it does when it cannot: flush() writes what the workers
// found to the database about once a second; a failure that cannot be stored goes to the spill
// directory and is stored by a later flush or campaign; storage trouble is a fault of the
// campaign (faults()), said once per kind; a damaged database stops the campaign.

#include "campaign.h"
#include "database.h"
#include "triage.h"

#include <QTimer>

namespace arcwise::campaign {

void Campaign::flush() {
    if (!db_)
        return;
    store_spilled();
    // Corpus entries and statistics that cannot be stored are dropped (the workers keep their
    // corpus; the next campaign starts from what was stored), with one line, not one per batch.
    if (!pending_corpus_.empty()) {
        if (db_->add_corpus(pending_corpus_))
            storage_works(QStringLiteral("corpus"), tr("corpus entries are stored again"));
        else
            storage_trouble(QStringLiteral("corpus"),
                            tr("corpus entries could not be stored and are dropped until they "
                               "can be: %1")
                                .arg(db_->last_error()));
        pending_corpus_.clear();
    }
    if (!pending_stats_.empty()) {
        bool stored = db_->add_stats(pending_stats_);
        for (qint64 id : dirty_coverage_) {
            const Target& t = targets_.at(id);
            stored = stored && db_->set_coverage(id, t.edges, t.row.features);
        }
        if (stored)
            storage_works(QStringLiteral("stats"), tr("statistics are stored again"));
        else
            storage_trouble(QStringLiteral("stats"),
                            tr("statistics could not be stored and are dropped until they can "
                               "be: %1")
                                .arg(db_->last_error()));
        pending_stats_.clear();
    }
    dirty_coverage_.clear();
    // Rows hold totals, so a batch that could not be written is simply written next time.
    if (const auto rows = observations_.dirty(); !rows.empty()) {
        if (db_->set_observations(rows)) {
            observations_.clear_dirty();
            storage_works(QStringLiteral("observations"),
                          tr("events and target() scores are stored again"));
        } else {
            storage_trouble(QStringLiteral("observations"),
                            tr("events and target() scores could not be stored (they are kept "
                               "and stored when they can be): %1")
                                .arg(db_->last_error()));
        }
    }
    std::set<const void*> live(idle_.begin(), idle_.end());
    for (const auto& slot : slots_)
        live.insert(slot->worker);
    observations_.keep_workers(live);
}

void Campaign::note_recorded(const FailureRow& f, bool is_new) {
    scheduler_->set_failing(f.target_id, true);
    if (auto it = targets_.find(f.target_id); it != targets_.end()) {
        it->second.row.status = QString::fromLatin1(kStatusFailing);
        it->second.row.failures += is_new ? 1 : 0;
        if (!db_->set_target_status(f.target_id, it->second.row.status))
            storage_trouble(QStringLiteral("status"),
                            tr("statuses could not be stored: %1").arg(db_->last_error()));
    }
    Q_EMIT failureFound(f, is_new);
    if (options_.stop_on_failure && running_ && !stopping_) {
        Q_EMIT log(tr("stopping at the first failure, as asked"));
        QTimer::singleShot(0, this, &Campaign::stop);
    }
}

void Campaign::keep_unstored(FailureRow f, const QString& error) {
    ++failures_found_;
    scheduler_->set_failing(f.target_id, true);
    if (auto it = targets_.find(f.target_id); it != targets_.end())
        it->second.row.status = QString::fromLatin1(kStatusFailing);
    const QString what = tr("%1: %2 (%3) could not be stored in the database: %4")
                             .arg(f.target, f.kind, f.message, error);
    QString spill_error;
    const QString file = spill_->keep(f, error, &spill_error);
    if (!file.isEmpty()) {
        Q_EMIT log(tr("%1\n%2\nIt is kept in %3 until the database can store it.")
                       .arg(what, f.example, file));
        spilled_.push_back({file, std::move(f)});
        add_fault(QStringLiteral("failures"),
                  tr("failures could not be stored in the database (%1); they are kept in %2 "
                     "and stored by the next campaign that can")
                      .arg(error, spill_->dir()));
    } else {
        // Nowhere to keep it: this line is the last place the failure exists.
        Q_EMIT log(tr("%1\n%2\nIt could not be kept in %3 either (%4); its input, in base64: %5")
                       .arg(what, f.example, spill_->dir(), spill_error,
                            QString::fromLatin1(f.minimal_input.toBase64())));
        add_fault(QStringLiteral("failures lost"),
                  tr("failures could be neither stored in the database (%1) nor kept in %2 (%3); "
                     "they were printed with their inputs")
                      .arg(error, spill_->dir(), spill_error));
    }
    stop_if_damaged();
}

void Campaign::load_spilled() {
    QStringList errors;
    int elsewhere = 0;
    for (SpilledFailure& s : spill_->load(&errors)) {
        Target* t = find_target(s.failure.binary, s.failure.target.toStdString());
        if (!t) {
            ++elsewhere;
            continue;
        }
        s.failure.target_id = t->row.id;
        triage_->remember(t->row.id, s.failure.signature);
        ++failures_found_; // found by an earlier campaign, stored by this one
        spilled_.push_back(std::move(s));
    }
    for (const QString& e : errors)
        Q_EMIT log(e);
    if (elsewhere > 0)
        Q_EMIT log(tr("%n failure(s) kept in %1 belong to targets this campaign does not fuzz; "
                      "they stay there",
                      nullptr, elsewhere)
                       .arg(spill_->dir()));
    if (!spilled_.empty())
        Q_EMIT log(tr("%n failure(s) kept in %1 while the database could not store them: "
                      "storing them now",
                      nullptr, int(spilled_.size()))
                       .arg(spill_->dir()));
    store_spilled();
}

void Campaign::store_spilled() {
    while (!spilled_.empty() && !db_->damaged() && !db_->read_only()) {
        const SpilledFailure& s = spilled_.front();
        FailureRow f = s.failure;
        const auto [id, is_new] = db_->record_failure(f);
        if (id <= 0)
            return; // still cannot: tried again at the next flush
        if (!spill_->forget(s.file))
            Q_EMIT log(
                tr("cannot remove %1 (its failure is stored now as #%2)").arg(s.file).arg(id));
        f.id = id;
        Q_EMIT log(
            tr("%1: the failure kept in %2 is stored now as #%3").arg(f.target, s.file).arg(id));
        spilled_.erase(spilled_.begin());
        note_recorded(f, is_new);
    }
}

void Campaign::storage_trouble(const QString& key, const QString& sentence) {
    if (troubled_.insert(key).second) {
        Q_EMIT log(sentence);
        add_fault(key, sentence);
    }
    stop_if_damaged();
}

void Campaign::stop_if_damaged() {
    if (!db_->damaged())
        return;
    // Nothing more can be read or written: go no further, keeping what is found meanwhile.
    add_fault(QStringLiteral("damaged"), db_->last_error());
    if (running_ && !stopping_ && !damage_stop_) {
        damage_stop_ = true;
        Q_EMIT log(tr("stopping: %1").arg(db_->last_error()));
        QTimer::singleShot(0, this, &Campaign::stop);
    }
}

void Campaign::storage_works(const QString& key, const QString& sentence) {
    if (troubled_.erase(key) > 0)
        Q_EMIT log(sentence);
}

void Campaign::add_fault(const QString& key, const QString& sentence) {
    if (!fault_keys_.insert(key).second)
        return;
    faults_ << sentence;
    Q_EMIT faulted(sentence);
}

} // namespace arcwise::campaign
