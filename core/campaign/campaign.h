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

#include "change_focus.h"
#include "hosts.h"
#include "observation_tally.h"
#include "project.h"
#include "scaling.h"
#include "scheduler.h"
#include "spill.h"
#include "types.h"
#include "worker_process.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <atomic>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <unordered_set>
#include <vector>

class QThread;

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
    // Focus on what changed in the sources' git checkout (docs/changes.md): since this base (a
    // ref, a duration, or empty for the merge-base with the upstream branch or the last days).
    bool focus_changes = false;
    QString changed_since;
    // With focus_changes, also steer each focused target's inputs toward its changed blocks not
    // yet reached (the runtime's --changed, directed fuzzing). Off by default: bench/changes.sh
    // measured it no faster to a planted bug, with a longer tail (docs/changes.md).
    bool direct_changes = false;
    // Following a branch (branch_follower.h; arcwise-cli fuzz --follow).
    QString build_command;              // empty: cmake --build on a CMake build tree
    qint64 follow_interval_ms = 300000; // between fetches
    // This process's name among the hosts of the campaign (hosts.h); empty: the machine's.
    QString host_name;
    QString version; // Arcwise's, recorded with the host
};

// What this process exchanged with the other hosts of its campaign.
struct HostExchange {
    qint64 host_id = 0;
    QString host_name;
    qint64 entries_received = 0; // corpus entries other hosts found, handed to the workers
    double median_delay_s = 0;   // from when another host found one to when it was handed over
    double max_delay_s = 0;
    qint64 failures_received = 0; // failures other hosts found (not shrunk again here)
    int remote_workers = 0;       // workers of other live hosts at the last heartbeat
};

// Progress of one target, about once a second.
struct TargetProgress {
    TargetRow row;
    double features_per_minute = 0;
    double seconds_to_next = 0; // expected fuzzing time to the next new feature
    bool running = false;
    int workers = 0;        // fuzzing it now
    int remote_workers = 0; // of other live hosts of the campaign
    // Health, as AFL++'s status screen and HypoFuzz's table tell it. Stability and discards are
    // measured by the workers of a campaign run here (negative: not measured); the times come
    // from the stored statistics and failures (0: never), filled by the Session.
    double stability = -1;     // share of re-run corpus entries that reached the same features
    double discard_share = -1; // share of executions discarded by assume() or filter()
    qint64 fuzz_ms = 0;        // time it was fuzzed, over the stored history
    qint64 last_coverage_ms = 0;
    qint64 last_failure_ms = 0;
    QStringList warnings; // what is wrong with it and what to do, one sentence each (translated)
    TargetFocus focus;    // what the changes mean for it (with focus_changes)
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
    // This process as a host of the campaign, and what it received from the others.
    HostExchange host_exchange() const;
    // What the campaign is worth per core now and how many cores are worth having (scaling.h),
    // `core_hour_cost` (0: not given) and `changes_per_day` (-1: unknown) as the user tells them.
    ScalingHint scaling(double core_hour_cost = 0, double changes_per_day = -1) const;
    // What kept the campaign from doing all its work, one translated sentence per kind of
    // trouble saying what is full, unwritable or damaged and where (the database, the spill
    // directory). Empty for a campaign that could do its work. Filled by start() too, when the
    // database cannot be opened or written.
    const QStringList& faults() const { return faults_; }
    // A target's events and target() scores, cumulative over this and earlier campaigns (what
    // the database holds plus what the workers reported since), ordered by kind, then label.
    // Empty for a libFuzzer harness and for an unknown id.
    std::vector<ObservationRow> observations(qint64 target_id) const;
    // With focus_changes: the changed code's coverage by the targets' stored corpus, once the
    // changes are read (nullopt before, or when they could not be read).
    std::optional<ChangeCoverage> change_coverage() const;
    // With focus_changes: what changed, once read (nullopt before, or when it could not be read).
    const std::optional<Changes>& changes() const { return changes_; }
    // Reads the changes again, since `since` (follow mode: the commit before a pull), on the
    // binaries as they are now, and focuses on them. Off the event loop; changesRead() follows.
    void refocus(const QString& since);

Q_SIGNALS:
    void progressed(); // about once a second
    void failureFound(const arcwise::campaign::FailureRow& failure, bool is_new);
    void failureFixed(qint64 failure_id);
    // A new failure (not seen before) is being reproduced and shrunk: `failure` is what the
    // worker reported, its first_input the input as found. Ended by shrinkEnded() with the same
    // target and signature, just before failureFound() of the shrunk failure (or after it was
    // kept unstored).
    void failureShrinking(const arcwise::campaign::FailureRow& failure);
    void shrinkEnded(qint64 target_id, const QString& signature);
    void shrinkProgress(qint64 target_id, const QString& signature, qint64 calls, qint64 bytes,
                        double elapsed_s, double budget_s); // Triage::shrinkProgress()
    void log(const QString& text);                          // Arcwise's own messages
    void faulted(const QString& fault);                     // a sentence added to faults()
    void workerOutput(const QString& binary, const QString& line);
    // The changes were read (focus_changes) and the targets weighed; `error` says why not.
    void changesRead(const QString& error);
    void finished();

private:
    struct Target {
        TargetRow row;
        qint64 fuzz_ms = 0; // total fuzzing time
        int workers = 0;    // slots fuzzing it now
        std::set<QByteArray> corpus_sha1;
        qint64 runs_base = 0; // executions stored before this campaign
        qint64 edges = 0;
        double stability = -1;         // the latest worker's measure, see TargetProgress
        double discard_share = -1;     // the latest worker's measure
        bool estimate_trusted = false; // row.estimate came from a worker that ran enough
        // Every feature of every stored corpus entry: the target's coverage, however often its
        // workers restart (a live fuzzer's count starts again from its corpus).
        std::unordered_set<uint32_t> features;
        bool known = false;   // stored before this campaign
        bool resumed = false; // started from its stored estimate, without a probe
    };
    struct Slot {
        int index = 0;
        WorkerProcess* worker = nullptr;
        qint64 target = 0;       // being fuzzed, 0 when none
        std::set<qint64> loaded; // targets whose corpus this worker has been sent
        qint64 slice_start = 0;  // when its slice began (ms on clock_), 0 when idle
        int restarts = 0;
        bool waiting = false;      // no target for it now: asked again at the next heartbeat
        int lease = -1;            // the worker slot of the target it holds a lease on (hosts.h)
        qint64 slice_runs = 0;     // executions in the current slice
        qint64 slice_start_ms = 0; // when the slice began, ms since the epoch
        bool failed = false;       // its worker reported a failure in the current slice
    };

    bool discover(QString* error);
    // Starts a known target from its stored estimate (Scheduler::resume) when it has a trusted
    // one; the caller knows its code is what the stored campaign fuzzed. False when it cannot.
    bool resume_stored(Target& t);
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
    // About once a second: what the other hosts stored (corpus entries to hand to the workers,
    // failures not to shrink again); every HostLink::kBeatMs, the heartbeat.
    void exchange();
    // Registers this process as a host of the campaign (hosts.h); false with *error when the
    // database cannot record it.
    bool join_hosts(QString* error);
    void leave_hosts();
    // The target for `slot`, given this host's workers per target (`busy`) and the other hosts':
    // the scheduler's choice whose worker slot this host could lease. nullopt when none.
    std::optional<qint64> assign_leased(Slot& slot, const std::map<qint64, int>& busy,
                                        const std::set<qint64>* only = nullptr);
    void release_lease(Slot& slot, qint64 target);
    // The slot's slice ends: its lease is released and the slice recorded.
    void end_host_slice(Slot& slot);
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
    // Change focus (campaign_changes.cc).
    struct ChangeAnalysis;
    void read_changes(const QString& since, bool then_schedule);
    void apply_changes(const ChangeAnalysis& analysis, bool then_schedule);
    // One binary of the reading at the start: its focused targets need not wait for the others.
    void binary_read(const Changes& changes, const BinaryChanges& b, int generation);
    // Keeps what changed in a binary and writes its changed counters for its workers; true when
    // they are not what its workers had.
    bool store_binary_changes(const BinaryChanges& b);
    // Whether the database held any of the targets before this campaign: when it held none, only
    // git tells which targets are new (target_focus's `unknown`).
    bool any_target_known() const;
    void wait_for_change_reading();
    QStringList worker_arguments(const QString& binary) const;

    CampaignOptions options_;
    std::unique_ptr<Database> db_;
    std::unique_ptr<Triage> triage_;
    std::unique_ptr<Scheduler> scheduler_;
    std::unique_ptr<HostLink> host_;
    qint64 last_beat_ms_ = 0;
    qint64 own_runs_ = 0;                // executions by this host's workers
    std::map<qint64, qint64> peer_runs_; // per target, by other hosts since this one joined
    std::vector<SliceRow> pending_slices_;
    std::vector<double> receive_delays_s_;
    CalibrationTally calibration_; // the estimates against what happened   // of the corpus entries
                                   // received from other hosts
    qint64 failures_received_ = 0;
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
    std::optional<Changes> changes_;  // focus_changes: what changed, once read
    std::map<QString, BinaryChanges> binary_changes_;  // by binary path
    std::map<QString, QString> changed_counters_file_; // binary path -> --changed=FILE
    std::map<qint64, TargetFocus> focus_;
    std::vector<QThread*> change_readers_; // reading changes, off the event loop
    int change_generation_ = 0;            // only the latest reading is applied
    std::set<qint64> early_focus_;         // focused by binary_read() before the reading ended
    bool reading_at_start_ = false;        // the slots wait for the first reading of changes
    // Set to end the readings' processes at once (wait_for_change_reading).
    std::shared_ptr<std::atomic<bool>> change_cancel_ = std::make_shared<std::atomic<bool>>(false);
};

} // namespace arcwise::campaign
