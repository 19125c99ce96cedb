#pragma once
// What the workbench talks to: one open project and its database, and the campaign that fuzzes
// it, all on a thread of their own so that nothing the GUI thread does waits for a process, a
// query or a discovery. Whether a campaign runs in this process or arcwise-cli processes (here or
// on other hosts) are filling the same database, the session reports the same thing about once a
// second: a Snapshot of every target, the statistics rows new since the last one, and the failures
// when they changed.
//
// Promises:
// - Every call returns at once; results arrive as signals on the thread that owns the Session.
// - Errors a user can cause (a missing project, an unreachable or newer database, no targets) are
//   reported through openFailed() / campaignFailed() as translated messages saying what and where.
// - What keeps a running campaign from doing its work (a full disk, a damaged database, no worker
//   that could start: Campaign::faults()) is reported by faulted() the moment the campaign finds
//   it, once per kind of trouble, before campaignFinished() (or campaignFailed() when start()
//   itself met it).
// - Destroying the Session stops its campaign and its workers before it returns.

#include "campaign.h"
#include "cfg_model.h"
#include "types.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <map>
#include <memory>
#include <set>
#include <vector>

class QThread;

namespace arcwise::campaign {

class Database;
class SessionBackend;

// A failure a campaign here found and is reproducing and shrinking: listed from the moment it
// is found, with its input as found, until the shrunk failure is stored.
struct ShrinkingFailure {
    FailureRow failure;   // as the worker reported it; id < 0 (not stored), status "shrinking"
    bool started = false; // false: waiting for the failures found before it
    qint64 calls = 0;     // attempts so far
    qint64 bytes = 0;     // size of the best input so far (stored form)
    double elapsed_s = 0;
    double budget_s = 0; // the most the shrink may take
};

// The status of a ShrinkingFailure's row.
inline constexpr const char* kFailureShrinking = "shrinking";

struct Snapshot {
    qint64 at_ms = 0;
    bool running = false;   // a campaign runs in this process
    bool paused = false;    // ... and is paused
    bool stopping = false;  // ... and is finishing what it found
    bool following = false; // no campaign here: the database is read as others fill it
    std::vector<TargetProgress> targets;
    std::vector<StatsRow> new_stats;  // rows stored since the previous snapshot, oldest first
    bool failures_changed = false;    // failures holds them all when true
    std::vector<FailureRow> failures; // newest last
    qint64 total_executions = 0;
    double execs_per_second = 0; // 0 unless a target is being fuzzed now
    std::vector<ShrinkingFailure> shrinking;
    // The campaign at a glance: how long the campaign here has fuzzed (pauses not counted), and
    // when any target last found new coverage and last failed (0: never).
    qint64 campaign_fuzz_ms = 0;
    qint64 last_coverage_ms = 0;
    qint64 last_failure_ms = 0;
    // Every host that fuzzed the database (hosts.h), and their workers' slices that ended in the
    // last kTimelineMs, oldest first: the Hosts view.
    std::vector<HostRow> hosts;
    std::vector<SliceRow> slices;
    // What the campaign is worth per core now, and what more or fewer cores would do.
    ScalingHint scaling;
};

// How far back the Hosts view's timeline reaches.
inline constexpr qint64 kTimelineMs = 10 * 60 * 1000;

// One corpus entry as the target page lists it.
struct CorpusEntry {
    qint64 id = 0;
    qint64 size = 0; // bytes of the stored input
    qint64 features = 0;
    // Behaviours (features) for which this is the smallest entry that has them: an entry with
    // any is one of the "smallest examples" that explain what the fuzzer reached.
    qint64 smallest_for = 0;
    qint64 found_at_ms = 0;
    QByteArray input;
};

struct TargetDetails {
    TargetRow row;
    std::vector<CorpusEntry> corpus; // in the order found
    std::vector<ObservationRow> observations;
};

// For each feature, the smallest entry (fewest bytes, then oldest) that has it; returns the
// entries with their smallest_for counts filled in, in the order given.
std::vector<CorpusEntry> summarize_corpus(const std::vector<CorpusRow>& rows);

// The Hosts view's timeline: every host's slices that ended in the last kTimelineMs, kept in
// memory and brought up to date with what the database holds that is new, instead of the whole
// window read again each second.
//
// Promises: after update(), slices() holds exactly what Database::slices(-1, now - kTimelineMs)
// would return (in its order, by start then as stored, save ties between hosts), whichever host
// stored them and however far its clock is from ours. What is new is found per host, by its own
// clock: a host stores its slices about a second after they end, in that order, so only those
// ending after the last one read of it, or after its heartbeat at that read (less an overlap),
// can be new. A host never read before is read from its start (at most the whole window); a
// stopped host once more after it stopped; a silent one (its heartbeat still for kLeaseMs of
// this clock) not at all until it beats again.
class SliceWindow {
public:
    // Reads what is new since the last update; `hosts` as the database has them now (read just
    // before). False when the read failed (the database's last_error): the window keeps what it
    // had, less what left it, and the next update reads that part again.
    bool update(Database& db, const std::vector<HostRow>& hosts, qint64 now_ms);
    const std::vector<SliceRow>& slices() const { return slices_; }
    // Where the last read started (the slices ending from there on were read), for the tests:
    // the window's start at the earliest; 0 when nothing was read.
    qint64 last_read_from() const { return last_read_from_; }
    // Forgets everything: the next update reads the whole window (another database).
    void clear();

private:
    std::vector<SliceRow> slices_;   // ended within the window; by start, then as read
    std::map<qint64, qint64> marks_; // host -> its latest slice end or heartbeat read
    std::set<qint64> known_;         // hosts read at least once
    std::set<qint64> settled_;       // stopped hosts read once since they stopped
    // host -> its heartbeat as last read, and when (this clock) it last moved
    std::map<qint64, std::pair<qint64, qint64>> beats_;
    qint64 last_read_from_ = 0;
};

class Session : public QObject {
    Q_OBJECT

public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    // Opens a project directory (its targets are discovered and listed at once, before any
    // fuzzing) and a database: `database_url` empty means <project>/.arcwise/arcwise.sqlite,
    // which a project without targets gets only when a campaign starts there.
    // An empty project with a database URL attaches to that database only (following it).
    void open(const QString& project, const QString& database_url);
    void close();
    QString project() const { return project_; }
    QString database_url() const { return database_url_; }
    bool is_open() const { return open_; }

    // Starts a campaign on the open project; options.project and database_url are filled in.
    // `follow_branch`: a BranchFollower (branch_follower.h) follows the sources' checkout beside
    // it, as `arcwise-cli fuzz --follow` does, with options.build_command and
    // options.follow_interval_ms; a checkout it cannot follow fails the start (campaignFailed).
    void start(CampaignOptions options, bool follow_branch = false);
    // Fetches the followed branch now (the follower's next check), when one is followed.
    void fetch_now();
    // The base the graphs loaded without a campaign focusing on changes mark the changes from
    // (the "changed-since" setting: a ref, a duration, "auto"; empty: none). A campaign focusing
    // on changes marks those it read.
    void set_changed_since(const QString& since);
    void set_paused(bool paused);
    void stop();

    void set_failure_status(qint64 failure_id, const QString& status);
    // Several at once, each with the reason given (kept with the status).
    void set_failure_status(const QList<qint64>& failure_ids, const QString& status,
                            const QString& reason);
    // Stores a failure again (a smaller minimal example after minimising): record_failure().
    void store_failure(const FailureRow& failure);
    // Loads a target's corpus and observations: targetLoaded().
    void load_target(qint64 target_id);
    // Writes the campaign report (one self-contained HTML file, as arcwise-cli report --format
    // html writes it) to `path`: reportExported().
    void export_report(const QString& path, const QString& version);
    // Loads the control-flow graph of a target's binary (cached per build next to the binary,
    // in .arcwise/cfg/) joined with the target's corpus: cfgLoaded() or cfgFailed().
    void load_cfg(qint64 target_id);

Q_SIGNALS:
    void opened(const QString& project, const QString& database_url,
                const std::vector<arcwise::campaign::StatsRow>& history);
    void openFailed(const QString& error);
    void snapshot(const arcwise::campaign::Snapshot& snapshot);
    void campaignStarted();
    void campaignFailed(const QString& error);
    void campaignFinished();
    // A sentence of Campaign::faults(), translated, saying what is wrong and where.
    void campaignFaulted(const QString& fault);
    void failureFound(const arcwise::campaign::FailureRow& failure, bool is_new);
    void targetLoaded(const arcwise::campaign::TargetDetails& details);
    // `error` is empty when the report was written.
    void reportExported(const QString& path, const QString& error);
    void cfgLoaded(qint64 target_id, std::shared_ptr<const arcwise::campaign::CfgModel> model);
    void cfgFailed(qint64 target_id, const QString& error);
    void log(const QString& text);
    void workerOutput(const QString& binary, const QString& line);
    // The followed branch (start() with follow_branch): what the follower did last, as a user
    // reads it ("up to date at 1a2b3c4", "the build of ... failed ..."); empty when the campaign
    // that followed it ended. followChecked() at the end of each fetch.
    void followStatusChanged(const QString& status);
    void followChecked(qint64 at_ms);
    // The followed branch moved from `old_head` to `new_head`, was pulled and built.
    void branchBuilt(const QString& old_head, const QString& new_head);
    // A pull or build of the followed branch failed; `output` holds the command's last lines.
    void buildFailed(const QString& head, const QString& output);
    // The changed code a graph marks moved (a campaign read what it focuses on, after each pull
    // in follow mode too, or the changed-since setting was read anew): a graph shown is loaded
    // again to mark it.
    void changesMarked();

private:
    // Runs `fn` on the backend's thread.
    template <typename Fn> void post(Fn&& fn);

    QThread* thread_ = nullptr;
    SessionBackend* backend_ = nullptr; // lives on thread_
    QString project_;
    QString database_url_;
    bool open_ = false;
};

} // namespace arcwise::campaign

Q_DECLARE_METATYPE(arcwise::campaign::Snapshot)
Q_DECLARE_METATYPE(arcwise::campaign::TargetDetails)
