#include "campaign.h"

#include "database.h"
#include "engine/serialize.h"
#include "triage.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QThread>
#include <algorithm>
#include <climits>
#include <cstdlib>

namespace arcwise::campaign {

namespace {

qint64 now_ms() {
    return QDateTime::currentMSecsSinceEpoch();
}

constexpr qint64 kProbeMs = 2000;
// The stats rows (about one a second of fuzzing) a resumed target's recent rate is read from.
constexpr int kResumeRows = 64;
// A worker keeps one fuzzer per target it fuzzed (about 20 MiB of feature tables each); past this
// many it is ended and a fresh one takes the next target (park()).
constexpr size_t kMaxFuzzersPerWorker = 8;

// A worker's output on its way to the log: a target that prints on every execution writes
// thousands of lines a second, more than anyone reads, and every window showing the log would
// pay for each. Lines beyond the throttle's rate are dropped and counted, and the count is said
// a second after the first drop, then at most once a minute, and when the worker ends; a worker
// that ends after dropping some has its last lines shown again whole (a sanitizer's report comes
// right before the end).
constexpr double kOutputLinesPerSecond = 200;
constexpr int kOutputTailLines = 200;

void watch_output(Campaign* c, WorkerProcess* w, const QString& binary) {
    struct Output {
        OutputThrottle throttle{kOutputLinesPerSecond, kOutputTailLines};
        bool notice_due = false; // a notice of dropped lines is on its way
        bool noticed = false;
    };
    auto output = std::make_shared<Output>();
    auto say_dropped = [c, binary, output] {
        const qint64 dropped = output->throttle.take_dropped();
        if (dropped > 0)
            Q_EMIT c->log(Campaign::tr("%1: %2").arg(
                binary, Campaign::tr("worker output: %n line(s) dropped (more than %1 a second)",
                                     nullptr, int(std::min<qint64>(dropped, INT_MAX)))
                            .arg(output->throttle.per_second())));
    };
    QObject::connect(w, &WorkerProcess::outputLine, c,
                     [c, binary, output, say_dropped](const QString& line, bool) {
                         if (output->throttle.pass(line)) {
                             Q_EMIT c->workerOutput(binary, line);
                         } else if (!output->notice_due) {
                             output->notice_due = true;
                             QTimer::singleShot(output->noticed ? 60000 : 1000, c,
                                                [output, say_dropped] {
                                                    output->notice_due = false;
                                                    output->noticed = true;
                                                    say_dropped();
                                                });
                         }
                     });
    // Before the campaign handles the end (the worker's output is all read by then).
    QObject::connect(w, &WorkerProcess::exited, c, [c, binary, output, say_dropped] {
        say_dropped();
        const QStringList tail = output->throttle.take_tail();
        if (tail.isEmpty())
            return;
        // Marked as the output's own cut lines are (child_process.cc), among the lines.
        Q_EMIT c->workerOutput(binary,
                               Campaign::tr("[the last %n line(s) before the worker ended, whole]",
                                            nullptr, int(tail.size())));
        for (const QString& line : tail)
            Q_EMIT c->workerOutput(binary, line);
    });
}

} // namespace

Campaign::Campaign(CampaignOptions options, QObject* parent)
    : QObject(parent), options_(std::move(options)) {
    flush_timer_.setInterval(1000);
    connect(&flush_timer_, &QTimer::timeout, this, [this] {
        flush();
        exchange();
        Q_EMIT progressed();
    });
    rebuild_timer_.setInterval(3000);
    connect(&rebuild_timer_, &QTimer::timeout, this, &Campaign::check_rebuilds);
    deadline_.setSingleShot(true);
    connect(&deadline_, &QTimer::timeout, this, &Campaign::stop);
}

Campaign::~Campaign() {
    stopping_ = true;
    wait_for_change_reading();
    for (auto& slot : slots_)
        if (slot->worker) {
            slot->worker->disconnect(this);
            delete slot->worker;
        }
    for (WorkerProcess* w : idle_) {
        w->disconnect(this);
        delete w;
    }
    if (db_) {
        flush();
        leave_hosts(); // not left behind as a host that vanished
    }
    triage_.reset();
}

bool Campaign::start(QString* error) {
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    clock_.start();
    const QFileInfo project(options_.project);
    if (!project.isDir())
        return fail(project.exists() ? tr("%1 is not a directory").arg(options_.project)
                                     : tr("the project %1 does not exist").arg(options_.project));
    options_.project = project.absoluteFilePath();
    if (options_.cores <= 0)
        options_.cores = std::max(1, QThread::idealThreadCount());
    const QString url = options_.database_url.isEmpty() ? Database::default_url(options_.project)
                                                        : options_.database_url;
    QString db_error;
    StorageProblem problem = StorageProblem::None;
    db_ = Database::open(url, &db_error, OpenMode::ReadWrite, &problem);
    if (!db_) {
        // A full disk or a damaged file is the campaign failing; a bad URL is a usage error.
        if (is_storage_fault(problem))
            add_fault(QStringLiteral("database"), db_error);
        return fail(db_error);
    }
    spill_ = std::make_unique<Spill>(Spill::default_dir(options_.project));
    scheduler_ = std::make_unique<Scheduler>(options_.policy, options_.seed);
    triage_ = std::make_unique<Triage>(*db_, options_.timeout_seconds);
    connect(triage_.get(), &Triage::recorded, this, [this](const FailureRow& f, bool is_new) {
        ++failures_found_;
        note_recorded(f, is_new);
    });
    connect(triage_.get(), &Triage::unstored, this, &Campaign::keep_unstored);
    connect(triage_.get(), &Triage::checked, this, [this](qint64 id, bool still_fails) {
        if (still_fails)
            return;
        if (!db_->set_failure_status(id, QString::fromLatin1(kFailureFixed)))
            storage_trouble(QStringLiteral("status"),
                            tr("statuses could not be stored: %1").arg(db_->last_error()));
        Q_EMIT log(tr("failure %1 no longer reproduces on the new build: marked fixed").arg(id));
        Q_EMIT failureFixed(id);
    });
    connect(triage_.get(), &Triage::message, this, &Campaign::log);
    connect(triage_.get(), &Triage::becameIdle, this, &Campaign::maybe_finish);
    connect(triage_.get(), &Triage::shrinking, this, &Campaign::failureShrinking);
    connect(triage_.get(), &Triage::shrinkEnded, this, &Campaign::shrinkEnded);
    connect(triage_.get(), &Triage::shrinkProgress, this, &Campaign::shrinkProgress);
    if (!discover(error))
        return false;
    load_spilled();
    if (!join_hosts(error))
        return false;
    running_ = true;
    for (int i = 0; i < options_.cores; ++i) {
        auto slot = std::make_unique<Slot>();
        slot->index = i;
        slots_.push_back(std::move(slot));
    }
    // With change focus the slots wait for the changes to be read: the first slices go to the
    // targets they weigh.
    if (options_.focus_changes) {
        reading_at_start_ = true;
        read_changes(options_.changed_since, /*then_schedule=*/true);
    } else
        for (auto& slot : slots_)
            schedule(*slot);
    flush_timer_.start();
    rebuild_timer_.start();
    if (options_.duration_ms > 0)
        deadline_.start(int(std::min<qint64>(options_.duration_ms, INT32_MAX)));
    return true;
}

bool Campaign::discover(QString* error) {
    QString scan_error;
    binaries_ = Project::scan(options_.project, options_.targets, &scan_error);
    if (!scan_error.isEmpty()) {
        if (error)
            *error = scan_error;
        return false;
    }
    // Every read and write checked: a campaign must not start on half a corpus, nor on targets
    // it could not store (a full disk gave "FOREIGN KEY constraint failed").
    const auto database_failed = [&] {
        if (db_->last_error().isEmpty())
            return false;
        if (is_storage_fault(db_->problem()))
            add_fault(QStringLiteral("database"), db_->last_error());
        if (error)
            *error = db_->last_error();
        return true;
    };
    std::map<qint64, TargetRow> stored;
    int resumed = 0;
    for (TargetRow& row : db_->targets())
        stored[row.id] = row;
    if (database_failed())
        return false;
    for (const BinaryInfo& b : binaries_) {
        binary_stamp_[b.path] = {b.mtime_ms, b.size};
        if (!b.error.isEmpty()) {
            Q_EMIT log(tr("skipping %1: %2").arg(b.path, b.error));
            continue;
        }
        const qint64 binary_id = db_->upsert_binary(b.path, b.build_id, b.mtime_ms);
        if (binary_id <= 0 && database_failed())
            return false;
        for (const TargetInfo& info : b.targets) {
            const qint64 id = db_->upsert_target(binary_id, info);
            if (id <= 0) {
                if (error)
                    *error = db_->last_error();
                database_failed();
                return false;
            }
            Target& t = targets_[id];
            t.known = stored.count(id) > 0;
            t.row = t.known ? stored[id] : TargetRow{};
            const bool same_build =
                t.known && !b.build_id.isEmpty() && t.row.build_id == b.build_id;
            set_identity(t.row, id, binary_id, b, info);
            t.runs_base = t.row.executions;
            for (const CorpusRow& c : db_->corpus(id)) {
                t.corpus_sha1.insert(c.sha1);
                t.features.insert(c.features.begin(), c.features.end());
            }
            if (database_failed())
                return false;
            t.row.corpus_size = qint64(t.corpus_sha1.size());
            t.row.features = std::max(t.row.features, qint64(t.features.size()));
            observations_.load(id, db_->observations(id)); // counts go on from what is stored
            if (database_failed())
                return false;
            if (t.row.status != QLatin1String(kStatusFailing))
                t.row.status = QString::fromLatin1(kStatusIdle);
            scheduler_->add_target(id, b.path);
            // The same build as the stored campaign's: no probe, its estimate still holds.
            if (same_build && resume_stored(t))
                ++resumed;
        }
    }
    if (resumed > 0)
        Q_EMIT log(tr("%n target(s) not rebuilt since the last campaign go on from its estimates",
                      nullptr, resumed));
    for (const FailureRow& f : db_->failures()) {
        triage_->remember(f.target_id, f.signature);
        if (f.status != QLatin1String(kFailureFixed))
            scheduler_->set_failing(f.target_id, true);
    }
    if (database_failed())
        return false;
    if (targets_.empty()) {
        if (error)
            *error = options_.targets.isEmpty()
                         ? tr("no fuzz targets in %1: build them with arcwise_add_fuzz_target() "
                              "or arcwise-c++ first")
                               .arg(options_.project)
                         : tr("no fuzz target in %1 matches %2")
                               .arg(options_.project, options_.targets.join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

bool Campaign::resume_stored(Target& t) {
    if (options_.policy != SchedulePolicy::Adaptive || !t.known || t.resumed || t.fuzz_ms > 0 ||
        uint64_t(std::max<qint64>(0, t.row.executions)) < kTrustedRuns ||
        t.row.execs_per_second <= 0)
        return false;
    // Its recent rate from its last stored rows (one host's: each host counts on its own).
    std::vector<StoredCounts> counts;
    const std::vector<StatsRow> rows = db_->latest_stats(t.row.id, kResumeRows);
    for (const StatsRow& r : rows)
        if (r.host_id == rows.front().host_id)
            counts.push_back({r.executions, r.features, r.execs_per_second});
    std::optional<double> rate = stored_rate(counts);
    // A failing target may have stopped after a probe or two, too few rows for a rate. Fuzzed
    // enough to trust, with its failure known, it goes on as a target that found nothing lately:
    // a probe would only fail the known way again (the scheduler charges that as a slice
    // without new features).
    if (!rate && t.row.status == QLatin1String(kStatusFailing))
        rate = 0.0;
    if (!rate)
        return false;
    scheduler_->resume(t.row.id, t.row.executions, t.row.features, t.row.estimate,
                       t.row.execs_per_second, *rate);
    t.resumed = true;
    t.estimate_trusted = true;
    return true;
}

void Campaign::set_identity(TargetRow& row, qint64 id, qint64 binary_id, const BinaryInfo& binary,
                            const TargetInfo& info) {
    row.id = id;
    row.binary_id = binary_id;
    row.binary = binary.path;
    row.build_id = binary.build_id;
    row.name = info.name;
    row.kind = info.kind;
    row.file = info.file;
    row.line = info.line;
}

Campaign::Target* Campaign::find_target(const QString& binary, const std::string& name) {
    const QString n = QString::fromStdString(name);
    for (auto& [id, t] : targets_)
        if (t.row.binary == binary && t.row.name == n)
            return &t;
    return nullptr;
}

void Campaign::schedule(Slot& slot) {
    if (stopping_ || slot.target)
        return;
    slot.waiting = false;
    std::map<qint64, int> busy; // workers per target
    for (const auto& s : slots_)
        if (s->target)
            ++busy[s->target];
    // While the changes are read at the start, only the targets found focused so far are
    // fuzzed; the others wait for the reading (binary_read(), apply_changes()).
    const auto next = assign_leased(slot, busy, reading_at_start_ ? &early_focus_ : nullptr);
    if (!next) {
        slot.waiting = true;
        if (reading_at_start_)
            return;
        if (slot.worker && !busy.empty())
            return; // more slots than targets can take: this one waits
        // Other hosts' workers hold what is left: wait for them (exchange() asks again).
        bool any_busy = !busy.empty() || (host_ && !host_->remote_workers().empty());
        if (!any_busy) {
            Q_EMIT log(tr("no target left that can be fuzzed"));
            stop();
        }
        return;
    }
    Target& t = targets_.at(*next);
    const bool full = slot.worker && loaded_[slot.worker].size() >= kMaxFuzzersPerWorker &&
                      !loaded_[slot.worker].count(*next);
    if (!slot.worker || !slot.worker->running() || slot.worker->binary() != t.row.binary || full) {
        park(slot);
        slot.worker = take_idle(t.row.binary);
        if (!slot.worker)
            start_worker(slot, t.row.binary);
        if (!slot.worker) {
            release_lease(slot, *next);
            QTimer::singleShot(0, this, [this, &slot] { schedule(slot); });
            return;
        }
    }
    protocol::Fuzz request;
    request.target = t.row.name.toStdString();
    request.seed = options_.seed * 1000003u + uint64_t(slot.index) * 7919u + uint64_t(t.fuzz_ms);
    // Adaptive: a target's first slice is a short probe, so the first estimates of all targets
    // are in after seconds rather than after a full round of slices. A resumed one has its
    // estimate already (resume_stored).
    const bool probe = options_.policy == SchedulePolicy::Adaptive && t.fuzz_ms == 0 && !t.resumed;
    request.max_time_ms =
        uint64_t(probe ? std::min<qint64>(options_.slice_ms, kProbeMs) : options_.slice_ms);
    request.timeout_ms = uint32_t(options_.timeout_seconds * 1000);
    request.rss_limit_mb = uint32_t(options_.rss_limit_mb);
    std::vector<QByteArray> corpus;
    if (loaded_[slot.worker].insert(*next).second) {
        for (const CorpusRow& c : db_->corpus(*next))
            corpus.push_back(c.input);
        if (!db_->last_error().isEmpty())
            storage_trouble(QStringLiteral("read"),
                            tr("the stored corpus could not be read: %1").arg(db_->last_error()));
        missed_.erase({slot.worker, *next}); // the stored corpus has them
    } else if (auto it = missed_.find({slot.worker, *next}); it != missed_.end()) {
        // What other workers of the target found while this one was elsewhere.
        corpus = std::move(it->second.inputs);
        missed_.erase(it);
    }
    slot.target = *next;
    slot.slice_start = clock_.elapsed();
    slot.slice_start_ms = now_ms();
    slot.slice_runs = 0;
    ++t.workers;
    if (t.row.status != QLatin1String(kStatusFailing))
        t.row.status = QString::fromLatin1(kStatusFuzzing);
    slot.worker->fuzz(request, corpus);
}

Campaign::Slot* Campaign::owner(const WorkerProcess* w) {
    for (auto& slot : slots_)
        if (slot->worker == w)
            return slot.get();
    return nullptr;
}

void Campaign::park(Slot& slot) {
    WorkerProcess* w = slot.worker;
    slot.worker = nullptr;
    if (!w)
        return;
    if (!w->running()) {
        retire(w);
        return;
    }
    // Idle workers keep their fuzzers (corpus, schedule, dictionary) for the next slice of their
    // binary; the least recently used go when there are more than slots. A fuzzer holds about
    // 20 MiB of feature tables, so a worker that has fuzzed many targets of its binary is ended
    // rather than kept: its targets' corpora are in the database, and the next slice starts a
    // fresh worker from them. Memory stays bounded by the cores, not by the targets.
    if (loaded_[w].size() >= kMaxFuzzersPerWorker) {
        w->disconnect(this);
        w->stop();
        retire(w);
        return;
    }
    idle_.push_back(w);
    const size_t max_idle = size_t(std::max(2, options_.cores));
    while (idle_.size() > max_idle) {
        WorkerProcess* oldest = idle_.front();
        idle_.erase(idle_.begin());
        oldest->disconnect(this);
        oldest->stop();
        retire(oldest);
    }
}

WorkerProcess* Campaign::take_idle(const QString& binary) {
    for (auto it = idle_.begin(); it != idle_.end(); ++it) {
        if ((*it)->binary() == binary && (*it)->running()) {
            WorkerProcess* w = *it;
            idle_.erase(it);
            return w;
        }
    }
    return nullptr;
}

void Campaign::retire(WorkerProcess* w) {
    idle_.erase(std::remove(idle_.begin(), idle_.end(), w), idle_.end());
    loaded_.erase(w);
    for (auto it = reports_.begin(); it != reports_.end();)
        it = it->first.first == w ? reports_.erase(it) : std::next(it);
    for (auto it = missed_.begin(); it != missed_.end();)
        it = it->first.first == w ? missed_.erase(it) : std::next(it);
    w->deleteLater();
}

void Campaign::start_worker(Slot& slot, const QString& binary) {
    WorkerOptions wo;
    wo.heartbeat_timeout_ms = int(std::max(30.0, options_.timeout_seconds * 3) * 1000);
    wo.arguments = worker_arguments(binary);
    auto* w = new WorkerProcess(binary, slot.index, wo, this);
    // The slot a worker serves changes as it is parked and taken again: look it up each time.
    connect(w, &WorkerProcess::started, this, [this] { any_worker_started_ = true; });
    connect(w, &WorkerProcess::startFailed, this, [this, w, binary](const QString& message) {
        start_failure_ = message;
        w->disconnect(this);
        mark_broken(binary, message);
        Slot* slot = owner(w);
        if (slot) {
            end_slice(*slot);
            slot->worker = nullptr;
        }
        retire(w);
        if (slot)
            QTimer::singleShot(0, this, [this, slot] { schedule(*slot); });
    });
    connect(w, &WorkerProcess::throttled, this, [this, binary](const QString& message) {
        Q_EMIT log(tr("%1: %2").arg(binary, message));
    });
    connect(w, &WorkerProcess::newEntry, this, [this, w](const protocol::NewEntry& e) {
        if (Slot* s = owner(w))
            on_new_entry(*s, e);
    });
    connect(w, &WorkerProcess::stats, this, [this, w](const protocol::Stats& st) {
        if (Slot* s = owner(w))
            on_stats(*s, st);
    });
    connect(w, &WorkerProcess::done, this, [this, w](const protocol::Done&) {
        if (Slot* s = owner(w))
            on_done(*s);
    });
    connect(w, &WorkerProcess::failure, this, [this, w](const protocol::Failure& f) {
        if (Slot* s = owner(w))
            on_failure(*s, f);
    });
    connect(w, &WorkerProcess::workerError, this, [this, w](const QString& message) {
        Slot* slot = owner(w);
        if (!slot)
            return;
        if (slot->target)
            mark_broken(targets_.at(slot->target).row.binary, message);
        end_slice(*slot);
        QTimer::singleShot(0, this, [this, slot] { schedule(*slot); });
    });
    watch_output(this, w, binary);
    connect(w, &WorkerProcess::exited, this,
            [this, w](const QString& how, const QByteArray& input, bool serialized) {
                if (Slot* s = owner(w)) {
                    on_exited(*s, how, input, serialized);
                } else {
                    w->disconnect(this);
                    retire(w); // an idle worker went away
                }
            });
    // Start is asynchronous: requests wait in the control channel until the worker says hello,
    // and a worker that never does delays nobody but its own slot.
    QString error;
    if (!w->start(&error)) {
        delete w;
        start_failure_ = error;
        mark_broken(binary, error);
        return;
    }
    slot.worker = w;
}

void Campaign::mark_broken(const QString& binary, const QString& message) {
    Q_EMIT log(tr("%1 cannot be fuzzed: %2").arg(binary, message));
    for (auto& [id, t] : targets_) {
        if (t.row.binary != binary)
            continue;
        t.row.status = QString::fromLatin1(kStatusBroken);
        t.row.status_message = message;
        scheduler_->set_runnable(id, false);
        if (!db_->set_target_status(id, t.row.status, message))
            storage_trouble(QStringLiteral("status"),
                            tr("statuses could not be stored: %1").arg(db_->last_error()));
    }
}

void Campaign::on_new_entry(Slot& slot, const protocol::NewEntry& e) {
    if (!slot.worker)
        return;
    Target* t = find_target(slot.worker->binary(), e.target);
    if (!t)
        return;
    CorpusRow row;
    row.target_id = t->row.id;
    row.input = QByteArray::fromStdString(e.input);
    row.sha1 = QCryptographicHash::hash(row.input, QCryptographicHash::Sha1).toHex();
    if (!t->corpus_sha1.insert(row.sha1).second)
        return;
    row.features = e.features;
    row.found_at_ms = now_ms();
    row.host_id = host_ ? host_->id() : 0;
    t->row.corpus_size = qint64(t->corpus_sha1.size());
    t->features.insert(e.features.begin(), e.features.end());
    t->row.features = std::max(t->row.features, qint64(t->features.size()));
    share(slot.worker, t->row, row.input);
    pending_corpus_.push_back(std::move(row));
}

void Campaign::share(const WorkerProcess* from, const TargetRow& target, const QByteArray& input) {
    // Workers fuzzing the target now get the entry at once (they run it into their corpus within
    // about a second); those that have its fuzzer but are elsewhere, or do not read what they
    // were sent, get it with their next slice of it, unless they missed so much that the stored
    // corpus is sent again instead.
    constexpr qint64 kMaxMissedBytes = 16 << 20;
    auto deliver = [&](WorkerProcess* w, bool fuzzing_it) {
        if (w == from || !w->running() || !loaded_[w].count(target.id))
            return;
        if (fuzzing_it && w->share(target.name.toStdString(), input))
            return;
        Missed& m = missed_[{w, target.id}];
        m.bytes += input.size();
        m.inputs.push_back(input);
        if (m.bytes > kMaxMissedBytes) {
            missed_.erase({w, target.id});
            loaded_[w].erase(target.id);
        }
    };
    for (const auto& s : slots_)
        if (s->worker)
            deliver(s->worker, s->target == target.id);
    for (WorkerProcess* w : idle_)
        deliver(w, /*fuzzing_it=*/false);
}

void Campaign::on_stats(Slot& slot, const protocol::Stats& s) {
    if (!slot.worker)
        return;
    Target* t = find_target(slot.worker->binary(), s.target);
    if (!t)
        return;
    // Executions: what this worker's fuzzer counted since its last report, on top of what
    // earlier workers counted.
    WorkerReport& mine = reports_[{slot.worker, t->row.id}];
    const uint64_t before = s.runs < mine.runs ? 0 : mine.runs; // a new process counts from 0
    t->row.executions += qint64(s.runs - before);
    slot.slice_runs += qint64(s.runs - before);
    own_runs_ += qint64(s.runs - before);
    t->row.features = std::max(t->row.features, qint64(t->features.size()));
    // With several workers on the target: their speeds add up, and the Good-Turing estimate is
    // pooled over them (singletons over runs, each worker's singletons being its estimate times
    // its runs), so that it speaks of the target, not of whichever worker reported last.
    mine = {s.runs, s.discovery_estimate, s.execs_per_second};
    double speed = 0, singletons = 0;
    uint64_t runs = 0;
    for (const auto& other : slots_) {
        if (other->target != t->row.id || !other->worker)
            continue;
        const auto it = reports_.find({other->worker, t->row.id});
        if (it == reports_.end())
            continue;
        speed += it->second.execs_per_second;
        singletons += it->second.estimate * double(it->second.runs);
        runs += it->second.runs;
    }
    if (runs == 0) { // reported by a worker no longer in a slot of it
        speed = s.execs_per_second;
        singletons = s.discovery_estimate * double(s.runs);
        runs = s.runs;
    }
    t->row.execs_per_second = speed;
    // Good-Turing needs executions: a worker that just started (after a crash, say) has run
    // little more than its corpus, and every feature it has is a singleton.
    const GoodTuring estimate = updated_estimate({t->row.estimate, t->estimate_trusted}, runs,
                                                 runs ? singletons / double(runs) : 1.0);
    t->row.estimate = estimate.value;
    t->estimate_trusted = estimate.trusted;
    t->edges = std::max(t->edges, qint64(s.edges));
    if (s.reruns > 0)
        t->stability = double(s.stable_reruns) / double(s.reruns);
    if (s.runs > 0)
        t->discard_share = double(std::min(s.discards, s.runs)) / double(s.runs);
    const qint64 fuzz_ms = fuzz_time(*t);
    scheduler_->update(t->row.id, t->row.executions, t->row.features, t->row.estimate,
                       t->row.execs_per_second, fuzz_ms);
    StatsRow row;
    row.target_id = t->row.id;
    row.at_ms = now_ms();
    row.executions = t->row.executions;
    row.features = t->row.features;
    row.corpus_size = t->row.corpus_size;
    row.execs_per_second = t->row.execs_per_second;
    row.estimate = t->row.estimate;
    row.host_id = host_ ? host_->id() : 0;
    row.workers = t->workers;
    calibration_.add(row);
    // One row per target and flush (about a second), whatever its workers send: the history
    // is about the target, and a worker flooding statistics must not flood the database.
    const auto same = std::find_if(pending_stats_.begin(), pending_stats_.end(),
                                   [&](const StatsRow& r) { return r.target_id == row.target_id; });
    if (same != pending_stats_.end())
        *same = row;
    else
        pending_stats_.push_back(row);
    dirty_coverage_.insert(t->row.id);
    // Events and target() scores: cumulative per worker process too, so merged as deltas.
    if (!observations_.loaded(t->row.id)) { // a target that joined with a rebuild
        std::vector<ObservationRow> stored = db_->observations(t->row.id);
        if (!db_->last_error().isEmpty()) {
            // Counting from zero would overwrite the stored totals: wait for a read that works
            // (the workers' counts are cumulative, so nothing is lost by waiting).
            storage_trouble(QStringLiteral("read"),
                            tr("stored events and target() scores could not be read: %1")
                                .arg(db_->last_error()));
            return;
        }
        observations_.load(t->row.id, std::move(stored));
    }
    observations_.merge(slot.worker, slot.worker->pid(), t->row.id, s, row.at_ms);
}

qint64 Campaign::fuzz_time(const Target& t) const {
    // Worker time: two workers for a second are two seconds of fuzzing.
    qint64 ms = t.fuzz_ms;
    for (const auto& s : slots_)
        if (s->target == t.row.id && s->slice_start)
            ms += clock_.elapsed() - s->slice_start;
    return ms;
}

void Campaign::end_slice(Slot& slot) {
    if (!slot.target)
        return;
    Target& t = targets_.at(slot.target);
    if (slot.slice_start)
        t.fuzz_ms += clock_.elapsed() - slot.slice_start;
    slot.slice_start = 0;
    end_host_slice(slot);
    t.workers = std::max(0, t.workers - 1);
    if (t.workers == 0 && t.row.status == QLatin1String(kStatusFuzzing))
        t.row.status = QString::fromLatin1(kStatusIdle);
    slot.target = 0;
}

void Campaign::on_done(Slot& slot) {
    slot.restarts = 0;
    end_slice(slot);
    QTimer::singleShot(0, this, [this, &slot] { schedule(slot); });
}

void Campaign::on_failure(Slot& slot, const protocol::Failure& f) {
    if (!slot.worker)
        return;
    Target* t = find_target(slot.worker->binary(), f.target);
    if (!t)
        return;
    FailureRow reported;
    reported.target_id = t->row.id;
    reported.kind = QString::fromStdString(f.kind);
    reported.message = QString::fromStdString(f.message);
    reported.signature = QString::fromStdString(f.signature);
    reported.location = QString::fromStdString(f.location);
    for (const auto& frame : f.stack)
        reported.stack << QString::fromStdString(frame);
    const QByteArray input = QByteArray::fromStdString(f.input);
    // The slice ends here (a crash ends the process; a property's failure ends the slice): count
    // it as a slice without new features, so a target that keeps failing the same way loses its
    // rate rather than being chosen again and again.
    slot.failed = true;
    scheduler_->set_failing(t->row.id, true);
    scheduler_->charge(t->row.id, options_.slice_ms);
    if (triage_->pending(t->row.id, reported.signature))
        return; // the first one is being shrunk
    if (triage_->known(t->row.id, reported.signature)) {
        // Seen before: count it, keep the stored minimal example.
        reported.first_input = reported.minimal_input = input;
        reported.build_id = t->row.build_id;
        reported.first_seen_ms = reported.last_seen_ms = now_ms();
        const auto [id, is_new] = db_->record_failure(reported);
        if (id > 0) {
            ++failures_found_;
            reported.id = id;
            Q_EMIT failureFound(reported, is_new);
        } else {
            // Known already (stored, or kept in the spill directory): only this sighting is lost.
            storage_trouble(
                QStringLiteral("sightings"),
                tr("failures seen again could not be counted: %1").arg(db_->last_error()));
        }
        return;
    }
    triage_->remember(t->row.id, reported.signature);
    Q_EMIT log(tr("%1: %2 (%3): reproducing and shrinking")
                   .arg(t->row.name, reported.kind, reported.message));
    TriageJob job;
    job.target_id = t->row.id;
    job.target = t->row.name;
    job.binary = t->row.binary;
    job.build_id = t->row.build_id;
    job.input = input;
    job.reported = reported;
    triage_->enqueue(std::move(job));
}

QByteArray Campaign::serialized_input(const QByteArray& input, bool serialized) const {
    if (serialized)
        return input;
    return QByteArray::fromStdString(
        engine::serialize(engine::ChoiceSequence::from_bytes(input.toStdString())));
}

void Campaign::on_exited(Slot& slot, const QString& how, const QByteArray& input, bool serialized) {
    const qint64 target = slot.target;
    end_slice(slot);
    WorkerProcess* w = slot.worker;
    slot.worker = nullptr;
    if (w) {
        w->disconnect(this);
        retire(w);
    }
    if (stopping_)
        return;
    if (target && !input.isEmpty()) {
        // Died without a report (killed, out of memory, hung): the input is still in the mapping.
        const Target& t = targets_.at(target);
        FailureRow reported;
        reported.target_id = target;
        reported.kind = how.startsWith(QLatin1String("hang")) ? QStringLiteral("timeout")
                                                              : QStringLiteral("killed");
        reported.message = how;
        reported.signature = reported.kind + QLatin1Char('|') + t.row.name;
        if (!triage_->known(target, reported.signature)) {
            triage_->remember(target, reported.signature);
            TriageJob job;
            job.target_id = target;
            job.target = t.row.name;
            job.binary = t.row.binary;
            job.build_id = t.row.build_id;
            job.input = serialized_input(input, serialized);
            job.reported = reported;
            triage_->enqueue(std::move(job));
        }
    }
    // Restart with back-off: 0.1 s, 0.2 s, ... at most 10 s while it keeps dying without saying
    // why; a crash it reported is a finding, not a worker in trouble.
    if (slot.failed)
        slot.restarts = 0;
    slot.failed = false;
    const int delay = std::min(10000, 100 << std::min(slot.restarts, 7));
    ++slot.restarts;
    QTimer::singleShot(delay, this, [this, &slot] { schedule(slot); });
}

void Campaign::set_paused(bool paused) {
    if (paused == paused_ || !running_ || stopping_)
        return;
    paused_ = paused;
    std::vector<WorkerProcess*> workers(idle_);
    for (auto& slot : slots_)
        if (slot->worker)
            workers.push_back(slot->worker);
    for (WorkerProcess* w : workers)
        w->suspend(paused);
    if (paused) {
        paused_at_ = clock_.elapsed();
        deadline_left_ms_ = deadline_.isActive() ? deadline_.remainingTime() : 0;
        deadline_.stop();
        rebuild_timer_.stop();
        Q_EMIT log(tr("campaign paused"));
    } else {
        // The paused time is nobody's fuzzing time.
        const qint64 paused_for = clock_.elapsed() - paused_at_;
        for (auto& slot : slots_)
            if (slot->slice_start)
                slot->slice_start += paused_for;
        if (deadline_left_ms_ > 0)
            deadline_.start(int(deadline_left_ms_));
        rebuild_timer_.start();
        last_beat_ms_ = 0; // the next exchange renews the leases at once
        Q_EMIT log(tr("campaign resumed"));
    }
    Q_EMIT progressed();
}

void Campaign::stop() {
    if (stopping_)
        return;
    if (paused_) {
        // Stopped workers cannot hear the stop request.
        set_paused(false);
    }
    stopping_ = true;
    deadline_.stop();
    rebuild_timer_.stop();
    for (auto& slot : slots_) {
        end_slice(*slot);
        if (slot->worker) {
            slot->worker->disconnect(this);
            slot->worker->stop();
        }
    }
    for (WorkerProcess* w : idle_) {
        w->disconnect(this);
        w->stop();
    }
    flush();
    triage_->drain(/*grace_ms=*/20000);
    maybe_finish();
}

void Campaign::maybe_finish() {
    if (!stopping_ || !running_ || !triage_ || !triage_->idle())
        return;
    running_ = false;
    flush_timer_.stop();
    flush();
    leave_hosts();
    for (auto& slot : slots_) {
        if (slot->worker) {
            slot->worker->kill();
            slot->worker->deleteLater();
            slot->worker = nullptr;
        }
    }
    for (WorkerProcess* w : idle_) {
        w->kill();
        w->deleteLater();
    }
    idle_.clear();
    // Targets that cannot start are the user's to fix, but a campaign in which no worker could
    // start at all (a full temporary directory, no binary that runs here) did no work.
    if (!any_worker_started_ && !start_failure_.isEmpty())
        add_fault(QStringLiteral("workers"),
                  tr("no worker could start, so nothing was fuzzed: %1").arg(start_failure_));
    Q_EMIT progressed();
    Q_EMIT finished();
}

std::vector<TargetProgress> Campaign::progress() const {
    std::vector<TargetProgress> out;
    for (const auto& [id, t] : targets_) {
        TargetProgress p;
        p.row = t.row;
        p.features_per_minute = scheduler_ ? scheduler_->features_per_minute(id) : 0;
        p.seconds_to_next = scheduler_ ? scheduler_->seconds_to_next(id) : 0;
        p.running = t.workers > 0;
        p.workers = t.workers;
        if (host_)
            if (auto it = host_->remote_workers().find(id); it != host_->remote_workers().end())
                p.remote_workers = it->second;
        p.stability = t.stability;
        p.discard_share = t.discard_share;
        if (const auto f = focus_.find(id); f != focus_.end())
            p.focus = f->second;
        out.push_back(std::move(p));
    }
    return out;
}

std::vector<ObservationRow> Campaign::observations(qint64 target_id) const {
    return observations_.rows(target_id);
}

qint64 Campaign::total_executions() const {
    qint64 total = 0;
    for (const auto& [id, t] : targets_)
        total += t.row.executions;
    return total;
}

} // namespace arcwise::campaign
