#include "session.h"

#include "campaign/branch_follower.h"
#include "campaign/database.h"
#include "campaign/focus_reader.h"
#include "campaign/hosts.h"
#include "campaign/project.h"
#include "campaign/stored_report.h"
#include "campaign/target_health.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <deque>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <tuple>
#include <unordered_map>

namespace arcwise::campaign {

namespace {

qint64 now_ms() {
    return QDateTime::currentMSecsSinceEpoch();
}

// Rows other processes store may arrive this late (their batches, clocks a little apart).
constexpr qint64 kStatsOverlapMs = 10000;
// A target whose last statistics are younger than this is being fuzzed (by someone).
constexpr qint64 kLiveMs = 5000;
// Stored history loaded when a project opens.
constexpr qint64 kHistoryMs = 7LL * 24 * 3600 * 1000;
// A host's slices are read again this far before the last one read of it (or its heartbeat
// then): a slice waits up to a second or so to be stored, its clock may have been set back a
// little, and slices ending in the same millisecond may be stored apart.
constexpr qint64 kSliceOverlapMs = 10000;

auto slice_key(const SliceRow& s) {
    return std::make_tuple(s.host_id, s.slot, s.target_id, s.start_ms, s.end_ms, s.executions);
}

} // namespace

void SliceWindow::clear() {
    slices_.clear();
    marks_.clear();
    known_.clear();
    settled_.clear();
    beats_.clear();
    last_read_from_ = 0;
}

bool SliceWindow::update(Database& db, const std::vector<HostRow>& hosts, qint64 now_ms) {
    const qint64 from = now_ms - kTimelineMs;
    std::erase_if(slices_, [from](const SliceRow& s) { return s.end_ms < from; });
    // Where the new slices of each host that can still store any may start ending. No hosts (none
    // yet, or they could not be read): the whole window.
    std::optional<qint64> since;
    if (hosts.empty())
        since = from;
    std::vector<const HostRow*> read;
    for (const HostRow& h : hosts) {
        const bool known = known_.count(h.id) > 0;
        // Silent: its heartbeat has not moved for kLeaseMs of this clock (not of its own, which
        // may be far from this one).
        auto& [beat, moved_ms] = beats_[h.id];
        if (!known || beat != h.heartbeat_ms) {
            beat = h.heartbeat_ms;
            moved_ms = now_ms;
        }
        const bool silent = now_ms - moved_ms > HostLink::kLeaseMs;
        // A stopped host stored its last slices before it said so: read once more, then no
        // more. A silent one stores nothing until it beats again.
        if (known && (h.stopped ? settled_.count(h.id) > 0 : silent))
            continue;
        // A host never read: whatever it stored since it started (by its own clock, as its
        // slices are).
        const auto mark = marks_.find(h.id);
        const qint64 bound =
            known && mark != marks_.end() ? mark->second - kSliceOverlapMs : h.started_ms;
        since = std::min(since.value_or(bound), bound);
        read.push_back(&h);
    }
    last_read_from_ = 0;
    if (!since)
        return true; // nothing new can have come
    const qint64 read_from = std::max(from, *since);
    std::vector<SliceRow> rows = db.slices(-1, read_from);
    if (!db.last_error().isEmpty())
        return false;
    // What was read again is in the window already: counted, so that only the rest is new.
    std::map<decltype(slice_key(SliceRow{})), int> have;
    for (const SliceRow& s : slices_)
        if (s.end_ms >= read_from)
            ++have[slice_key(s)];
    const auto old_end = std::ptrdiff_t(slices_.size());
    for (SliceRow& r : rows) {
        const auto it = have.find(slice_key(r));
        if (it != have.end() && it->second > 0) {
            --it->second;
            continue;
        }
        qint64& mark = marks_[r.host_id];
        mark = std::max(mark, r.end_ms);
        slices_.push_back(std::move(r));
    }
    // Both parts are in the database's order (by start); the older first among equals.
    if (slices_.size() > size_t(old_end)) {
        std::vector<SliceRow> merged;
        merged.reserve(slices_.size());
        const auto middle = slices_.begin() + old_end;
        std::merge(std::make_move_iterator(slices_.begin()), std::make_move_iterator(middle),
                   std::make_move_iterator(middle), std::make_move_iterator(slices_.end()),
                   std::back_inserter(merged),
                   [](const SliceRow& a, const SliceRow& b) { return a.start_ms < b.start_ms; });
        slices_ = std::move(merged);
    }
    for (const HostRow* h : read) {
        // What it stores from now on ends after its last heartbeat before this read (less the
        // second its slices may wait to be stored): a host without new slices (paused, or in a
        // long slice) does not keep the read at the start of the window.
        qint64& mark = marks_[h->id];
        mark = std::max(mark, h->heartbeat_ms);
        known_.insert(h->id);
        if (h->stopped)
            settled_.insert(h->id);
    }
    last_read_from_ = read_from;
    return true;
}

std::vector<CorpusEntry> summarize_corpus(const std::vector<CorpusRow>& rows) {
    std::vector<CorpusEntry> out;
    out.reserve(rows.size());
    // feature -> index of the smallest entry with it (ties: the older one, which comes first)
    std::unordered_map<uint32_t, size_t> best;
    for (size_t i = 0; i < rows.size(); ++i) {
        const CorpusRow& r = rows[i];
        CorpusEntry e;
        e.id = r.id;
        e.size = r.input.size();
        e.features = qint64(r.features.size());
        e.found_at_ms = r.found_at_ms;
        e.input = r.input;
        out.push_back(std::move(e));
        for (uint32_t f : r.features) {
            auto [it, inserted] = best.emplace(f, i);
            if (!inserted && rows[it->second].input.size() > r.input.size())
                it->second = i;
        }
    }
    for (const auto& [feature, index] : best)
        ++out[index].smallest_for;
    return out;
}

// Lives on the session's thread: owns the database connection and the campaign.
class SessionBackend : public QObject {
    Q_OBJECT

public:
    // The timers are children so that they move to the session's thread with the backend.
    explicit SessionBackend(Session* session)
        : session_(session), focus_reader_(this), tick_(this), output_timer_(this) {
        connect(&focus_reader_, &FocusReader::done, this, &SessionBackend::stored_focus_read);
        tick_.setInterval(1000);
        connect(&tick_, &QTimer::timeout, this, &SessionBackend::tick);
        output_timer_.setInterval(250);
        connect(&output_timer_, &QTimer::timeout, this, &SessionBackend::flush_output);
    }
    ~SessionBackend() override { shutdown(); }

    void open(const QString& project, const QString& url);
    void shutdown();
    void start(CampaignOptions options, bool follow_branch);
    void fetch_now() {
        if (follower_)
            follower_->check_now();
    }
    void set_changed_since(const QString& since) {
        if (since.trimmed() == changed_since_)
            return;
        changed_since_ = since.trimmed();
        change_error_.clear();
        read_stored_focus();
    }
    void set_paused(bool paused) {
        if (campaign_)
            campaign_->set_paused(paused);
        tick();
    }
    void stop() {
        if (campaign_ && campaign_->running()) {
            stopping_ = true;
            campaign_->stop();
            tick();
        }
    }
    void set_failure_status(const QList<qint64>& ids, const QString& status,
                            const QString& reason) {
        if (!db_)
            return;
        for (const qint64 id : ids)
            if (!db_->set_failure_status(id, status, reason))
                emit_log(db_->last_error());
        tick();
    }
    void store_failure(FailureRow f) {
        if (!db_)
            return;
        f.count = 0; // the same failure, not another occurrence
        if (db_->record_failure(f).first < 0)
            emit_log(db_->last_error());
        tick();
    }
    void load_target(qint64 id);
    void export_report(const QString& path, const QString& version);
    void load_cfg(qint64 id);

private:
    template <typename Fn> void to_session(Fn&& fn) {
        QMetaObject::invokeMethod(session_, std::forward<Fn>(fn), Qt::QueuedConnection);
    }
    void emit_log(const QString& text) {
        to_session([s = session_, text] { Q_EMIT s->log(text); });
    }
    void tick();
    // The project's binaries, what was found (or why nothing) logged.
    std::vector<BinaryInfo> scan(const QString& dir);
    static int fuzzable(const std::vector<BinaryInfo>& binaries); // targets that can be fuzzed
    void store_targets(const std::vector<BinaryInfo>& binaries);
    std::vector<TargetProgress> followed_targets(qint64 now);
    std::optional<TargetRow> target_row(qint64 id);
    void flush_output();
    // The Changed column and the graphs' marks without a campaign focusing on changes: what the
    // changes since the setting mean for each stored target (stored_focus()), read off this
    // thread; then a tick and changesMarked().
    void read_stored_focus();
    void stored_focus_read(const std::map<qint64, TargetFocus>& focus, const QString& error);

    Session* session_;
    std::unique_ptr<Database> db_;
    std::unique_ptr<Campaign> campaign_;
    std::unique_ptr<BranchFollower> follower_;   // follow mode, beside the campaign
    QString changed_since_;                      // the setting, for graphs loaded without one
    QString change_error_;                       // why the changes could not be read (said once)
    std::map<qint64, TargetFocus> stored_focus_; // read_stored_focus(): by target id
    FocusReader focus_reader_;
    QString project_;
    // The database a project without targets gets when a campaign starts there (db_ is null
    // until then); empty when db_ is open.
    QString deferred_url_;
    QTimer tick_;
    QTimer output_timer_;
    bool stopping_ = false;
    // Statistics already reported: rows are read again over an overlap window, these are skipped.
    qint64 stats_from_ms_ = 0;
    std::set<std::pair<qint64, qint64>> seen_stats_;                          // (at_ms, target_id)
    std::map<qint64, std::deque<std::pair<qint64, qint64>>> recent_features_; // target -> (at, n)
    std::map<qint64, StatsRow> last_stats_;
    TargetHealth health_;
    SliceWindow slices_;           // the Hosts view's timeline
    CalibrationTally calibration_; // the scaling hint's rates and their check
    double changes_per_day_ = -1;  // of the project's git checkout
    ScalingHint scaling(const Snapshot& snap) const;
    // Statistics up to here are of a campaign of this window that has ended: not live.
    qint64 own_finished_ms_ = 0;
    qint64 campaign_fuzz_ms_ = 0; // the campaign here, pauses not counted
    qint64 last_tick_ms_ = 0;
    // Failures being shrunk by the campaign here, by (target, reported signature); `ended` ones
    // stay until the failures are read again (the stored one replaces them).
    struct Shrinking {
        ShrinkingFailure row;
        bool ended = false;
    };
    std::map<std::pair<qint64, QString>, Shrinking> shrinking_;
    qint64 next_shrinking_id_ = -1;
    QString failures_digest_; // of the failures last sent; empty: none sent yet
    std::map<QString, QStringList> pending_output_;
    int dropped_output_ = 0;
};

void SessionBackend::open(const QString& project, const QString& url) {
    shutdown();
    auto fail = [this](const QString& why) {
        to_session([s = session_, why] { Q_EMIT s->openFailed(why); });
    };
    QString dir;
    if (!project.isEmpty()) {
        const QFileInfo info(project);
        if (!info.exists())
            return fail(Session::tr("The project %1 does not exist.").arg(project));
        if (!info.isDir())
            return fail(Session::tr("%1 is not a directory: open a build tree that contains "
                                    "fuzz targets.")
                            .arg(project));
        dir = info.absoluteFilePath();
    } else if (url.isEmpty()) {
        return fail(Session::tr("Open a project directory or give a database URL."));
    }
    const QString db_url = url.isEmpty() ? Database::default_url(dir) : url;
    std::vector<BinaryInfo> binaries;
    if (!dir.isEmpty())
        binaries = scan(dir);
    // A directory without fuzz targets gets no database of its own until something is stored
    // (a campaign started once targets are built): opening a wrong folder leaves nothing behind.
    if (url.isEmpty() && !QFileInfo::exists(db_url) && fuzzable(binaries) == 0) {
        project_ = dir;
        deferred_url_ = db_url;
        to_session([s = session_, dir, db_url] {
            Q_EMIT s->opened(dir, db_url, std::vector<StatsRow>());
        });
        tick_.start();
        tick();
        return;
    }
    QString error;
    db_ = Database::open(db_url, &error);
    if (!db_)
        return fail(error);
    project_ = dir;
    if (!dir.isEmpty())
        store_targets(binaries);
    const qint64 now = now_ms();
    std::vector<StatsRow> history = db_->stats(-1, now - kHistoryMs);
    stats_from_ms_ = history.empty() ? now : history.back().at_ms;
    for (const StatsRow& r : history) {
        if (r.at_ms + kStatsOverlapMs >= stats_from_ms_)
            seen_stats_.insert({r.at_ms, r.target_id});
        last_stats_[r.target_id] = r;
        auto& recent = recent_features_[r.target_id];
        recent.emplace_back(r.at_ms, r.features);
        while (recent.size() > 1 && recent.front().first < r.at_ms - 120000)
            recent.pop_front();
    }
    health_.add(history);
    calibration_.add(history);
    changes_per_day_ = dir.isEmpty() ? -1 : git_changes_per_day(dir);
    to_session([s = session_, dir, db_url, history = std::move(history)] {
        Q_EMIT s->opened(dir, db_url, history);
    });
    tick_.start();
    tick();
    read_stored_focus();
}

std::vector<BinaryInfo> SessionBackend::scan(const QString& dir) {
    QString error;
    std::vector<BinaryInfo> binaries = Project::scan(dir, {}, &error);
    if (!error.isEmpty())
        emit_log(error);
    for (const BinaryInfo& b : binaries)
        if (!b.error.isEmpty())
            emit_log(Session::tr("%1 cannot be fuzzed: %2").arg(b.path, b.error));
    const int targets = fuzzable(binaries);
    if (targets == 0)
        emit_log(Session::tr("No fuzz targets in %1: build them with arcwise_add_fuzz_target() or "
                             "arcwise-c++ first.")
                     .arg(dir));
    else
        emit_log(Session::tr("%n fuzz target(s) in %1", nullptr, targets).arg(dir));
    return binaries;
}

int SessionBackend::fuzzable(const std::vector<BinaryInfo>& binaries) {
    int targets = 0;
    for (const BinaryInfo& b : binaries)
        if (b.error.isEmpty())
            targets += int(b.targets.size());
    return targets;
}

void SessionBackend::store_targets(const std::vector<BinaryInfo>& binaries) {
    for (const BinaryInfo& b : binaries) {
        if (!b.error.isEmpty())
            continue;
        const qint64 binary_id = db_->upsert_binary(b.path, b.build_id, b.mtime_ms);
        for (const TargetInfo& info : b.targets)
            db_->upsert_target(binary_id, info);
    }
}

void SessionBackend::shutdown() {
    tick_.stop();
    output_timer_.stop();
    focus_reader_.cancel();
    stored_focus_.clear();
    follower_.reset();
    campaign_.reset();
    db_.reset();
    deferred_url_.clear();
    stopping_ = false;
    stats_from_ms_ = 0;
    seen_stats_.clear();
    recent_features_.clear();
    last_stats_.clear();
    health_.clear();
    calibration_ = CalibrationTally();
    slices_.clear();
    own_finished_ms_ = 0;
    campaign_fuzz_ms_ = 0;
    last_tick_ms_ = 0;
    shrinking_.clear();
    failures_digest_.clear();
    pending_output_.clear();
}

void SessionBackend::start(CampaignOptions options, bool follow_branch) {
    auto fail = [this](const QString& why) {
        to_session([s = session_, why] { Q_EMIT s->campaignFailed(why); });
    };
    if (options.version.isEmpty()) // the host's version, as the other hosts see it
        options.version = QCoreApplication::applicationVersion();
    if (!db_ && !deferred_url_.isEmpty()) {
        // Targets may have been built since the project was opened: look again, and create
        // the database only when there is something to fuzz and store.
        const std::vector<BinaryInfo> binaries = scan(project_);
        if (fuzzable(binaries) == 0)
            return fail(Session::tr("No fuzz targets in %1: build them with "
                                    "arcwise_add_fuzz_target() or arcwise-c++ first.")
                            .arg(project_));
        QString error;
        db_ = Database::open(deferred_url_, &error);
        if (!db_)
            return fail(error);
        deferred_url_.clear();
        store_targets(binaries);
        stats_from_ms_ = now_ms();
        changes_per_day_ = git_changes_per_day(project_);
    }
    if (!db_)
        return fail(Session::tr("Open a project first."));
    if (campaign_ && campaign_->running())
        return fail(Session::tr("A campaign is running already."));
    if (project_.isEmpty())
        return fail(Session::tr("This window follows a database; open a project directory to "
                                "fuzz its targets here."));
    options.project = project_;
    options.database_url = db_->url();
    follower_.reset();
    if (follow_branch) {
        // As arcwise-cli fuzz --follow: checked before anything runs.
        FollowOptions fo;
        fo.source_directory = GitChanges::source_directory(project_);
        fo.build_directory = project_;
        fo.build_command = options.build_command;
        fo.interval_ms = options.follow_interval_ms;
        if (fo.build_command.isEmpty() &&
            !QFileInfo::exists(QDir(project_).filePath(QStringLiteral("CMakeCache.txt"))))
            return fail(Session::tr("%1 is not a CMake build tree: set the build command in the "
                                    "preferences to follow its branch.")
                            .arg(project_));
        follower_ = std::make_unique<BranchFollower>(fo);
        BranchFollower* f = follower_.get();
        connect(f, &BranchFollower::log, this, &SessionBackend::emit_log);
        connect(f, &BranchFollower::statusChanged, this, [this](const QString& status) {
            to_session([s = session_, status] { Q_EMIT s->followStatusChanged(status); });
        });
        connect(f, &BranchFollower::checked, this, [this] {
            to_session([s = session_, at = now_ms()] { Q_EMIT s->followChecked(at); });
        });
        connect(f, &BranchFollower::buildFailed, this,
                [this](const QString& head, const QString& output) {
                    to_session(
                        [s = session_, head, output] { Q_EMIT s->buildFailed(head, output); });
                });
        // The rebuild detection restarts the workers on the new binaries and checks the open
        // failures; the focus moves to what the new commits changed.
        connect(f, &BranchFollower::built, this,
                [this](const QString& old_head, const QString& new_head) {
                    if (campaign_ && campaign_->running())
                        campaign_->refocus(old_head);
                    to_session([s = session_, old_head, new_head] {
                        Q_EMIT s->branchBuilt(old_head, new_head);
                    });
                });
        QString error;
        if (!f->start(&error)) {
            follower_.reset();
            return fail(error);
        }
    }
    campaign_fuzz_ms_ = 0;
    campaign_ = std::make_unique<Campaign>(options);
    Campaign* c = campaign_.get();
    connect(c, &Campaign::failureFound, this, [this](FailureRow f, bool is_new) {
        if (f.target.isEmpty() && campaign_)
            for (const TargetProgress& p : campaign_->progress())
                if (p.row.id == f.target_id) {
                    f.target = p.row.name;
                    f.binary = p.row.binary;
                }
        to_session([s = session_, f, is_new] { Q_EMIT s->failureFound(f, is_new); });
    });
    connect(c, &Campaign::log, this, &SessionBackend::emit_log);
    connect(c, &Campaign::failureShrinking, this, [this](FailureRow f) {
        Shrinking& s = shrinking_[{f.target_id, f.signature}];
        f.id = next_shrinking_id_--;
        f.status = QString::fromLatin1(kFailureShrinking);
        s.row.failure = std::move(f);
        s.row.bytes = s.row.failure.first_input.size();
        s.ended = false;
    });
    connect(c, &Campaign::shrinkProgress, this,
            [this](qint64 target_id, const QString& signature, qint64 calls, qint64 bytes,
                   double elapsed, double budget) {
                const auto it = shrinking_.find({target_id, signature});
                if (it == shrinking_.end())
                    return;
                ShrinkingFailure& r = it->second.row;
                r.started = true;
                r.calls = calls;
                r.bytes = bytes;
                r.elapsed_s = elapsed;
                r.budget_s = budget;
            });
    connect(c, &Campaign::shrinkEnded, this, [this](qint64 target_id, const QString& signature) {
        const auto it = shrinking_.find({target_id, signature});
        if (it != shrinking_.end())
            it->second.ended = true;
    });
    // Graphs shown mark what the campaign focuses on now (at its start, after each pull).
    connect(c, &Campaign::changesRead, this, [this](const QString& error) {
        if (error.isEmpty())
            to_session([s = session_] { Q_EMIT s->changesMarked(); });
    });
    connect(c, &Campaign::faulted, this, [this](const QString& fault) {
        to_session([s = session_, fault] { Q_EMIT s->campaignFaulted(fault); });
    });
    connect(c, &Campaign::workerOutput, this, [this](const QString& binary, const QString& line) {
        QStringList& lines = pending_output_[binary];
        // A target that prints on every execution must not flood the GUI: keep the newest.
        constexpr int kMaxPending = 400;
        if (lines.size() >= kMaxPending) {
            lines.removeFirst();
            ++dropped_output_;
        }
        lines.append(line);
    });
    connect(c, &Campaign::finished, this, [this] {
        if (follower_) {
            follower_.reset();
            to_session([s = session_] { Q_EMIT s->followStatusChanged({}); });
        }
        flush_output();
        stopping_ = false;
        own_finished_ms_ = now_ms();
        for (auto& [key, s] : shrinking_)
            s.ended = true;
        tick();
        to_session([s = session_] { Q_EMIT s->campaignFinished(); });
        // Its corpus grew: the Changed column goes back to what is stored, read again.
        read_stored_focus();
        // Not from inside its own signal.
        QTimer::singleShot(0, this, [this] {
            if (campaign_ && !campaign_->running())
                campaign_.reset();
        });
    });
    QString error;
    if (!c->start(&error)) {
        campaign_.reset();
        if (follower_) {
            follower_.reset();
            to_session([s = session_] { Q_EMIT s->followStatusChanged({}); });
        }
        return fail(error);
    }
    output_timer_.start();
    to_session([s = session_] { Q_EMIT s->campaignStarted(); });
    tick();
}

void SessionBackend::flush_output() {
    if (dropped_output_ > 0) {
        emit_log(Session::tr("%n line(s) of worker output skipped (too fast to show)", nullptr,
                             dropped_output_));
        dropped_output_ = 0;
    }
    for (auto& [binary, lines] : pending_output_) {
        if (lines.isEmpty())
            continue;
        for (const QString& line : lines)
            to_session([s = session_, binary, line] { Q_EMIT s->workerOutput(binary, line); });
        lines.clear();
    }
}

std::vector<TargetProgress> SessionBackend::followed_targets(qint64 now) {
    std::vector<TargetProgress> out;
    for (TargetRow& row : db_->targets()) {
        TargetProgress p;
        const auto last = last_stats_.find(row.id);
        // Live: statistics younger than kLiveMs, and not of a campaign here that has ended.
        p.running = last != last_stats_.end() && now - last->second.at_ms < kLiveMs &&
                    last->second.at_ms > own_finished_ms_;
        if (p.running && row.status == QLatin1String(kStatusIdle))
            row.status = QString::fromLatin1(kStatusFuzzing);
        if (!p.running && row.status == QLatin1String(kStatusFuzzing))
            row.status = QString::fromLatin1(kStatusIdle);
        if (p.running)
            row.execs_per_second = last->second.execs_per_second;
        else
            row.execs_per_second = 0;
        const auto recent = recent_features_.find(row.id);
        if (p.running && recent != recent_features_.end() && recent->second.size() >= 2) {
            // New features per minute over the last minute of statistics.
            const auto& q = recent->second;
            auto from = std::lower_bound(q.begin(), q.end(),
                                         std::make_pair(q.back().first - 60000, qint64(0)));
            if (from == q.end() || from == q.end() - 1)
                from = q.end() - 2;
            const qint64 dt = q.back().first - from->first;
            if (dt >= 5000)
                p.features_per_minute = double(q.back().second - from->second) * 60000.0 / dt;
        }
        const double rate = row.estimate * row.execs_per_second;
        p.seconds_to_next = rate > 0 ? 1.0 / rate : 0;
        p.row = std::move(row);
        out.push_back(std::move(p));
    }
    return out;
}

ScalingHint SessionBackend::scaling(const Snapshot& snap) const {
    ScalingInput in;
    in.changes_per_day = changes_per_day_;
    in.calibration = calibration_.result();
    for (const TargetProgress& p : snap.targets)
        in.targets.push_back(TargetRate{p.row.id, calibration_.rate_per_worker(p.row.id),
                                        p.workers + p.remote_workers});
    // The cores of the hosts fuzzing now (this workbench's campaign is one of them).
    for (const HostRow& h : snap.hosts)
        if (!h.stopped && !HostLink::stale(h, snap.at_ms))
            in.cores += h.cores;
    if (in.cores == 0)
        in.cores = std::max(1, QThread::idealThreadCount());
    return scaling_hint(in);
}

void SessionBackend::tick() {
    if (!db_) {
        // A project without targets (and so without a database): nothing but that to show.
        if (!deferred_url_.isEmpty()) {
            Snapshot snap;
            snap.at_ms = now_ms();
            snap.following = true;
            to_session([s = session_, snap = std::move(snap)] { Q_EMIT s->snapshot(snap); });
        }
        return;
    }
    const qint64 now = now_ms();
    Snapshot snap;
    snap.at_ms = now;
    // New statistics, whoever stored them.
    const qint64 from = stats_from_ms_ - kStatsOverlapMs;
    for (StatsRow& r : db_->stats(-1, from)) {
        if (!seen_stats_.insert({r.at_ms, r.target_id}).second)
            continue;
        stats_from_ms_ = std::max(stats_from_ms_, r.at_ms);
        last_stats_[r.target_id] = r;
        auto& recent = recent_features_[r.target_id];
        recent.emplace_back(r.at_ms, r.features);
        while (recent.size() > 1 && recent.front().first < r.at_ms - 120000)
            recent.pop_front();
        snap.new_stats.push_back(r);
    }
    health_.add(snap.new_stats);
    calibration_.add(snap.new_stats);
    while (!seen_stats_.empty() &&
           seen_stats_.begin()->first < stats_from_ms_ - 2 * kStatsOverlapMs)
        seen_stats_.erase(seen_stats_.begin());

    if (campaign_ && campaign_->running()) {
        snap.running = true;
        snap.paused = campaign_->paused();
        snap.stopping = stopping_;
        // The campaign's targets as it sees them, the others (not in this campaign) as stored.
        snap.targets = followed_targets(now);
        std::map<qint64, TargetProgress> live;
        for (TargetProgress& p : campaign_->progress())
            live[p.row.id] = std::move(p);
        for (TargetProgress& p : snap.targets)
            if (auto it = live.find(p.row.id); it != live.end())
                p = std::move(it->second);
    } else {
        snap.following = true;
        snap.targets = followed_targets(now);
    }
    // Without a campaign focusing on the changes, the Changed column says what the setting's
    // changes mean for the stored targets.
    if (!(snap.running && campaign_->changes()))
        for (TargetProgress& p : snap.targets)
            if (const auto f = stored_focus_.find(p.row.id); f != stored_focus_.end())
                p.focus = f->second;
    // The digest is one aggregate row; the failures themselves, inputs included, are read only
    // when it changed.
    const QString digest = db_->failures_digest();
    if (digest.isEmpty() || digest != failures_digest_) {
        failures_digest_ = digest;
        snap.failures_changed = true;
        snap.failures = db_->failures();
        health_.set_failures(snap.failures);
        // The stored failures replace the rows of the shrinks that have ended.
        for (auto it = shrinking_.begin(); it != shrinking_.end();)
            it = it->second.ended ? shrinking_.erase(it) : std::next(it);
    }
    for (const auto& [key, s] : shrinking_)
        snap.shrinking.push_back(s.row);
    snap.hosts = db_->hosts();
    slices_.update(*db_, snap.hosts, now);
    snap.slices = slices_.slices();
    snap.scaling = scaling(snap);
    if (snap.running && !snap.paused && last_tick_ms_ > 0)
        campaign_fuzz_ms_ += now - last_tick_ms_;
    last_tick_ms_ = now;
    snap.campaign_fuzz_ms = campaign_fuzz_ms_;
    for (TargetProgress& p : snap.targets) {
        // Every number is live or clearly not: a target that is idle, paused or stopped has no
        // speed and no rate of new features.
        if (!p.running || snap.paused) {
            p.running = false; // paused: its workers are stopped where they are
            p.row.execs_per_second = 0;
            p.features_per_minute = 0;
            p.seconds_to_next = 0;
        }
        health_.fill(p, now);
        snap.total_executions += p.row.executions;
        snap.execs_per_second += p.row.execs_per_second;
        snap.last_coverage_ms = std::max(snap.last_coverage_ms, p.last_coverage_ms);
        snap.last_failure_ms = std::max(snap.last_failure_ms, p.last_failure_ms);
    }
    to_session([s = session_, snap = std::move(snap)] { Q_EMIT s->snapshot(snap); });
}

void SessionBackend::read_stored_focus() {
    if (!db_ || project_.isEmpty() || changed_since_.isEmpty()) {
        focus_reader_.cancel();
        if (!stored_focus_.empty()) {
            stored_focus_.clear();
            tick();
            to_session([s = session_] { Q_EMIT s->changesMarked(); });
        }
        return;
    }
    std::vector<StoredTarget> targets;
    for (TargetRow& row : db_->targets()) {
        StoredTarget t;
        for (const CorpusRow& c : db_->corpus(row.id))
            t.features.insert(c.features.begin(), c.features.end());
        t.row = std::move(row);
        targets.push_back(std::move(t));
    }
    focus_reader_.read(project_,
                       changed_since_ == QLatin1String("auto") ? QString() : changed_since_,
                       std::move(targets));
}

void SessionBackend::stored_focus_read(const std::map<qint64, TargetFocus>& focus,
                                       const QString& error) {
    stored_focus_ = focus;
    if (!error.isEmpty() && error != change_error_) {
        change_error_ = error;
        emit_log(Session::tr("The changed code cannot be marked: %1").arg(error));
    }
    tick();
    to_session([s = session_] { Q_EMIT s->changesMarked(); });
}

std::optional<TargetRow> SessionBackend::target_row(qint64 id) {
    for (TargetRow& row : db_->targets())
        if (row.id == id)
            return std::move(row);
    return std::nullopt;
}

void SessionBackend::export_report(const QString& path, const QString& version) {
    QString error;
    if (!db_) {
        error = Session::tr("no project is open");
    } else {
        // Never a report of part of what is stored as if it were all of it.
        const ReportData data = stored_report_data(*db_, project_, version);
        const QByteArray html = db_->last_error().isEmpty()
                                    ? campaign_html(stored_campaign_report(*db_, data))
                                    : QByteArray();
        QFile f(path);
        if (!db_->last_error().isEmpty())
            error = db_->last_error();
        else if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                 f.write(html) != html.size())
            error = Session::tr("cannot write %1: %2").arg(path, f.errorString());
    }
    to_session([s = session_, path, error] { Q_EMIT s->reportExported(path, error); });
}

void SessionBackend::load_target(qint64 id) {
    if (!db_)
        return;
    std::optional<TargetRow> row = target_row(id);
    if (!row)
        return;
    TargetDetails d;
    d.row = std::move(*row);
    d.corpus = summarize_corpus(db_->corpus(id));
    d.observations = db_->observations(id);
    to_session([s = session_, d = std::move(d)] { Q_EMIT s->targetLoaded(d); });
}

void SessionBackend::load_cfg(qint64 id) {
    if (!db_)
        return;
    const std::optional<TargetRow> row = target_row(id);
    auto fail = [this, id](const QString& why) {
        to_session([s = session_, id, why] { Q_EMIT s->cfgFailed(id, why); });
    };
    if (!row)
        return fail(Session::tr("no target %1 in the database").arg(id));
    QString error;
    const QString cache = CfgModel::cache_dir(row->binary);
    auto model = CfgModel::load(row->binary, &error, cache);
    if (!model)
        return fail(error);
    model->set_coverage(db_->corpus(id));
    // The changed code, marked: what the campaign here focuses on, else what the setting says.
    std::optional<Changes> changes;
    if (campaign_ && campaign_->running() && campaign_->changes()) {
        changes = campaign_->changes();
    } else if (!changed_since_.isEmpty() && !project_.isEmpty()) {
        const QString since = changed_since_ == QLatin1String("auto") ? QString() : changed_since_;
        changes = GitChanges::read(GitChanges::source_directory(project_), since, &error);
        if (!changes && error != change_error_) {
            change_error_ = error;
            emit_log(Session::tr("The changed code cannot be marked: %1").arg(error));
        }
    }
    if (changes)
        model->set_change_marks(change_marks(*model, *changes));
    auto shared = std::make_shared<const CfgModel>(std::move(*model));
    to_session([s = session_, id, shared] { Q_EMIT s->cfgLoaded(id, shared); });
}

Session::Session(QObject* parent) : QObject(parent) {
    qRegisterMetaType<Snapshot>();
    qRegisterMetaType<TargetDetails>();
    qRegisterMetaType<FailureRow>();
    thread_ = new QThread(this);
    thread_->setObjectName(QStringLiteral("arcwise-session"));
    backend_ = new SessionBackend(this);
    backend_->moveToThread(thread_);
    thread_->start();
    connect(this, &Session::opened, this, [this](const QString& dir, const QString& url) {
        project_ = dir;
        database_url_ = url;
        open_ = true;
    });
}

Session::~Session() {
    // The campaign's workers, timers and sockets belong to the backend's thread: end them there.
    QMetaObject::invokeMethod(
        backend_, [b = backend_] { delete b; }, Qt::BlockingQueuedConnection);
    backend_ = nullptr;
    thread_->quit();
    thread_->wait();
}

template <typename Fn> void Session::post(Fn&& fn) {
    QMetaObject::invokeMethod(backend_, std::forward<Fn>(fn), Qt::QueuedConnection);
}

void Session::open(const QString& project, const QString& database_url) {
    open_ = false;
    post([b = backend_, project, database_url] { b->open(project, database_url); });
}

void Session::close() {
    open_ = false;
    project_.clear();
    database_url_.clear();
    post([b = backend_] { b->shutdown(); });
}

void Session::start(CampaignOptions options, bool follow_branch) {
    post([b = backend_, options = std::move(options), follow_branch] {
        b->start(options, follow_branch);
    });
}

void Session::fetch_now() {
    post([b = backend_] { b->fetch_now(); });
}

void Session::set_changed_since(const QString& since) {
    post([b = backend_, since] { b->set_changed_since(since); });
}

void Session::set_paused(bool paused) {
    post([b = backend_, paused] { b->set_paused(paused); });
}

void Session::stop() {
    post([b = backend_] { b->stop(); });
}

void Session::set_failure_status(qint64 failure_id, const QString& status) {
    set_failure_status(QList<qint64>{failure_id}, status, QString());
}

void Session::set_failure_status(const QList<qint64>& failure_ids, const QString& status,
                                 const QString& reason) {
    post([b = backend_, failure_ids, status, reason] {
        b->set_failure_status(failure_ids, status, reason);
    });
}

void Session::store_failure(const FailureRow& failure) {
    post([b = backend_, failure] { b->store_failure(failure); });
}

void Session::load_cfg(qint64 target_id) {
    post([b = backend_, target_id] { b->load_cfg(target_id); });
}

void Session::load_target(qint64 target_id) {
    post([b = backend_, target_id] { b->load_target(target_id); });
}

void Session::export_report(const QString& path, const QString& version) {
    post([b = backend_, path, version] { b->export_report(path, version); });
}

} // namespace arcwise::campaign

#include "session.moc"
