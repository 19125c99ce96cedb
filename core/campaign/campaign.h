#pragma once
// A campaign: fuzzes every target of a project for as long as it is let, on N worker slots,
// giving each slot's next time slice to the target most likely to find new behaviour
// (scheduler.h), and keeps everything in the database: corpus entries as they are found, stats
// about once a second, failures after they are reproduced, shrunk and deduplicated (triage.h).
// A restarted campaign resumes from the stored corpus. A binary rebuilt while it runs is noticed:
// its workers restart on the new build and its stored failures are checked again (fixed or not).
// Storage trouble (a full disk, a read-only or damaged database) is a fault of the campaign, not
// a reason to lose what it finds: a failure the database cannot store is kept in a spill file
// (spill.h), printed with its example and stored by the next flush or campaign that can; corpus
// entries and stats that cannot be stored are dropped with one log line; a damaged database
// stops the campaign.
// Runs on the thread that owns it, on that thread's event loop; never blocks it for long.

#include "observation_tally.h"
#include "project.h"
#include "scheduler.h"
#include "spill.h"
#include "types.h"
#include "worker_process.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <map>
#include <memory>
#include <set>
#include <unordered_set>
#include <vector>

namespace arcwise::campaign {

class Database;
class Triage;

struct CampaignOptions {
    QString project;        // directory to discover targets in
    QString database_url;   // empty: <project>/.arcwise/arcwise.sqlite
    int cores = 0;          // worker slots; 0: the machine's cores
    qint64 duration_ms = 0; // 0: until stop()
    QStringList targets;    // globs on "Suite.Name" or binary names; empty: all
    SchedulePolicy policy = SchedulePolicy::Adaptive;
    qint64 slice_ms = 10000; // one slot's time on one target
    uint64_t seed = 1;
    double timeout_seconds = 10; // one input
    int rss_limit_mb = 2048;
    // Most workers on one target at once; 0: as many as the scheduler finds worth it (a target
    // far more promising than the rest, or fewer targets than cores); 1: one each.
    int workers_per_target = 0;
    bool stop_on_failure = false; // end at the first failure found (libFuzzer's way)
};

// Progress of one target, about once a second.
struct TargetProgress {
    TargetRow row;
    double features_per_minute = 0;
    double seconds_to_next = 0; // expected fuzzing time to the next new feature
    bool running = false;
    int workers = 0; // fuzzing it now
};

class Campaign : public QObject {
    Q_OBJECT

public:
    explicit Campaign(CampaignOptions options, QObject* parent = nullptr);
    ~Campaign() override;

    // Opens the database, discovers the targets and starts the workers. False with *error (what
    // and where: a missing project, an unreadable database, no targets).
    bool start(QString* error);
    // Stops the workers, stores what is pending and waits for the failures being shrunk; then
    // finished() is emitted.
    void stop();
    bool running() const { return running_; }
    // Pauses the campaign: every worker's process group is stopped (SIGSTOP) where it is, and
    // the deadline waits; failures already being shrunk go on. Resuming continues them.
    void set_paused(bool paused);
    bool paused() const { return paused_; }

    Database& database() { return *db_; }
    std::vector<TargetProgress> progress() const;
    const std::vector<BinaryInfo>& binaries() const { return binaries_; }
    qint64 total_executions() const;
    qint64 failures_found() const { return failures_found_; }
    // What kept the campaign from doing all its work, one translated sentence per kind of
    // trouble saying what is full, unwritable or damaged and where (the database, the spill
    // directory). Empty for a campaign that could do its work. Filled by start() too, when the
    // database cannot be opened or written.
    const QStringList& faults() const { return faults_; }
    // A target's events and target() scores, cumulative over this and earlier campaigns (what
    // the database holds plus what the workers reported since), ordered by kind, then label.
    // Empty for a libFuzzer harness and for an unknown id.
    std::vector<ObservationRow> observations(qint64 target_id) const;

Q_SIGNALS:
    void progressed(); // about once a second
    void failureFound(const arcwise::campaign::FailureRow& failure, bool is_new);
    void failureFixed(qint64 failure_id);
    void log(const QString& text);      // Arcwise's own messages
    void faulted(const QString& fault); // a sentence added to faults()
    void workerOutput(const QString& binary, const QString& line);
    void finished();

private:
    struct Target {
        TargetRow row;
        qint64 fuzz_ms = 0; // total fuzzing time
        int workers = 0;    // slots fuzzing it now
        std::set<QByteArray> corpus_sha1;
        qint64 runs_base = 0; // executions stored before this campaign
        qint64 edges = 0;
        bool estimate_trusted = false; // row.estimate came from a worker that ran enough
        // Every feature of every stored corpus entry: the target's coverage, however often its
        // workers restart (a live fuzzer's count starts again from its corpus).
        std::unordered_set<uint32_t> features;
    };
    struct Slot {
        int index = 0;
        WorkerProcess* worker = nullptr;
        qint64 target = 0;       // being fuzzed, 0 when none
        std::set<qint64> loaded; // targets whose corpus this worker has been sent
        qint64 slice_start = 0;  // when its slice began (ms on clock_), 0 when idle
        int restarts = 0;
        bool failed = false; // its worker reported a failure in the current slice
    };

    bool discover(QString* error);
    void schedule(Slot& slot);
    void start_worker(Slot& slot, const QString& binary);
    Slot* owner(const WorkerProcess* worker);
    void park(Slot& slot);                           // its worker goes idle, fuzzers kept
    WorkerProcess* take_idle(const QString& binary); // an idle worker of the binary, or null
    void retire(WorkerProcess* worker);              // forget it (deleted later)
    void on_new_entry(Slot& slot, const protocol::NewEntry& e);
    void on_stats(Slot& slot, const protocol::Stats& s);
    void on_done(Slot& slot);
    void on_failure(Slot& slot, const protocol::Failure& f);
    void on_exited(Slot& slot, const QString& how, const QByteArray& input, bool serialized);
    void end_slice(Slot& slot);
    qint64 fuzz_time(const Target& t) const; // worker time, running slices included
    // Hands a new corpus entry of `target` found by `from` to the target's other workers.
    void share(const WorkerProcess* from, const TargetRow& target, const QByteArray& input);
    void flush();
    void check_rebuilds();
    void mark_broken(const QString& binary, const QString& message);
    void maybe_finish();
    // A failure the database could not store, and one it did (counted as found already).
    void keep_unstored(FailureRow failure, const QString& error);
    void note_recorded(const FailureRow& failure, bool is_new);
    void load_spilled();
    void store_spilled();
    // `sentence` is logged once per kind of data (`key`) until storing it works again, and is a
    // fault; a damaged database stops the campaign.
    void storage_trouble(const QString& key, const QString& sentence);
    void storage_works(const QString& key, const QString& sentence);
    void add_fault(const QString& key, const QString& sentence);
    void stop_if_damaged();
    Target* find_target(const QString& binary, const std::string& name);
    // What a target is (ids, binary, build, name, kind, source), as discovery or a rebuild found
    // it.
    static void set_identity(TargetRow& row, qint64 id, qint64 binary_id, const BinaryInfo& binary,
                             const TargetInfo& info);
    QByteArray serialized_input(const QByteArray& input, bool serialized) const;

    CampaignOptions options_;
    std::unique_ptr<Database> db_;
    std::unique_ptr<Triage> triage_;
    std::unique_ptr<Scheduler> scheduler_;
    std::vector<BinaryInfo> binaries_;
    std::map<qint64, Target> targets_;
    std::vector<std::unique_ptr<Slot>> slots_;
    std::vector<CorpusRow> pending_corpus_;
    std::vector<StatsRow> pending_stats_;
    QTimer flush_timer_;
    QTimer rebuild_timer_;
    QTimer deadline_;
    QElapsedTimer clock_;
    bool running_ = false;
    bool stopping_ = false;
    bool paused_ = false;
    qint64 paused_at_ = 0;        // clock_ when paused
    qint64 deadline_left_ms_ = 0; // what was left of the deadline when paused
    qint64 failures_found_ = 0;
    std::map<QString, std::pair<qint64, qint64>> binary_stamp_;  // path -> (mtime, size)
    std::map<QString, std::pair<qint64, qint64>> pending_stamp_; // a change seen once
    std::map<const WorkerProcess*, std::set<qint64>> loaded_;    // targets whose corpus it was sent
    std::vector<WorkerProcess*> idle_;                           // running, between slices
    // A worker's last statistics of a target: its runs are where its next report's executions
    // count from, and the figures are pooled over the target's workers.
    struct WorkerReport {
        uint64_t runs = 0;
        double estimate = 0;
        double execs_per_second = 0;
    };
    std::map<std::pair<const WorkerProcess*, qint64>, WorkerReport> reports_;
    // Entries of a target its other workers found while a worker that has its fuzzer was
    // elsewhere: sent with that worker's next slice of the target.
    struct Missed {
        std::vector<QByteArray> inputs;
        qint64 bytes = 0;
    };
    std::map<std::pair<const WorkerProcess*, qint64>, Missed> missed_;
    std::set<qint64> dirty_coverage_;
    ObservationTally observations_; // events and target() scores, written by flush()
    std::unique_ptr<Spill> spill_;
    std::vector<SpilledFailure> spilled_; // kept, of a target of this campaign, not yet stored
    QStringList faults_;
    std::set<QString> fault_keys_;
    std::set<QString> troubled_;      // kinds of data that cannot be stored now
    bool damage_stop_ = false;        // stopping because the database is damaged
    bool any_worker_started_ = false; // a worker said hello
    QString start_failure_;           // why the last worker that could not start did not
};

} // namespace arcwise::campaign
