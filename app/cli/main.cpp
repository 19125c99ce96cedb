// arcwise-cli: the headless front end of the campaign (core/campaign), for CI jobs, servers and
// scripts. Options and wiring only; the work is in core/campaign.

#include "campaign/branch_follower.h"
#include "campaign/campaign.h"
#include "campaign/campaign_report.h"
#include "campaign/campaign_settings.h"
#include "campaign/cfg_model.h"
#include "campaign/cfg_report.h"
#include "campaign/change_focus.h"
#include "campaign/corpus_transfer.h"
#include "campaign/database.h"
#include "campaign/printable.h"
#include "campaign/project.h"
#include "campaign/report_formats.h"
#include "campaign/stored_report.h"
#include "campaign/target_job.h"
#include "engine/serialize.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSocketNotifier>
#include <QTextStream>
#include <QTranslator>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sys/socket.h>
#include <unistd.h>

using namespace arcwise::campaign;

namespace {

// Exit statuses of every command (kUsage says them too): 0 clean, then these.
constexpr int kExitFailures = 1;      // failures found (fuzz, report, replay, minimize)
constexpr int kExitError = 2;         // usage or configuration error
constexpr int kExitCampaignFault = 3; // the campaign could not do its work

QTextStream& out() {
    static QTextStream s(stdout);
    return s;
}
QTextStream& err() {
    static QTextStream s(stderr);
    return s;
}

int usage_error(const QString& message) {
    err() << "arcwise-cli: " << message << "\n"
          << "Run arcwise-cli --help for usage.\n";
    err().flush();
    return kExitError;
}

const char* kUsage =
    "Usage: arcwise-cli COMMAND PROJECT [options]\n"
    "\n"
    "Commands:\n"
    "  list PROJECT                      the fuzz binaries and targets found in PROJECT\n"
    "  fuzz PROJECT                      run a campaign: fuzz every target, store what is found\n"
    "  report PROJECT                    what the campaigns found (--format "
    "text|json|junit|sarif|html;\n"
    "                                    html: a self-contained page to hand over)\n"
    "  replay PROJECT FAILURE-ID         run a stored failure once in a fresh process\n"
    "  minimize PROJECT FAILURE-ID       shrink a stored failure further and store the result\n"
    "  cfg PROJECT --target T            a target's control-flow graph with its coverage and\n"
    "      [--function F] [--format json|dot|html]  under-explored arcs (ranked); html: a\n"
    "      [--all-code]                  self-contained coverage report with the graphs;\n"
    "                                    the user's code only unless --all-code\n"
    "  export PROJECT DIR                write corpora and failures as libFuzzer-style files\n"
    "  import PROJECT DIR                read corpora back (DIR/corpus/<target>/*: regular\n"
    "                                    files of at most 1 MiB; others are skipped, one line\n"
    "                                    each)\n"
    "\n"
    "A project is a directory, usually a build tree: every executable in it built with\n"
    "arcwise_add_fuzz_target() or arcwise-c++ is found without configuration.\n"
    "\n"
    "Exit status: 0 clean, 1 failures found, 2 usage or configuration error, 3 the campaign\n"
    "could not do its work.\n";

QString format_count(qint64 n) {
    if (n >= 10000000)
        return QString::number(n / 1000000) + QLatin1Char('M');
    if (n >= 10000)
        return QString::number(n / 1000) + QLatin1Char('k');
    return QString::number(n);
}

QString format_eta(double seconds) {
    if (!std::isfinite(seconds))
        return QStringLiteral("-");
    if (seconds < 60)
        return QString::number(seconds, 'f', seconds < 10 ? 1 : 0) + QLatin1Char('s');
    if (seconds < 3600)
        return QString::number(seconds / 60, 'f', 0) + QLatin1Char('m');
    return QString::number(seconds / 3600, 'f', 1) + QLatin1Char('h');
}

QString database_url(const QCommandLineParser& p, const QString& project) {
    return p.isSet(QStringLiteral("db"))
               ? p.value(QStringLiteral("db"))
               : Database::default_url(QFileInfo(project).absoluteFilePath());
}

// Opens the campaign's database for a command other than fuzz: OpenMode::Read for the commands
// that only read, so that a database in a read-only place can still be reported on.
std::unique_ptr<Database> open_existing(const QCommandLineParser& p, const QString& project,
                                        QString* error, StorageProblem* problem,
                                        OpenMode mode = OpenMode::Read) {
    const QString url = database_url(p, project);
    *problem = StorageProblem::Refused;
    if (!p.isSet(QStringLiteral("db")) && !QFileInfo::exists(url)) {
        *error = QStringLiteral("no campaign database at %1: run arcwise-cli fuzz %2 first")
                     .arg(url, project);
        return nullptr;
    }
    return Database::open(url, error, mode, problem);
}

// A database that cannot be opened or read: a usage or configuration error, unless the storage
// itself is in trouble (full, read-only, damaged, unreachable): then the command could not do
// its work.
int database_error(const QString& message, StorageProblem problem) {
    if (!is_storage_fault(problem))
        return usage_error(message);
    err() << "arcwise-cli: " << message << "\n";
    err().flush();
    return kExitCampaignFault;
}

int cmd_list(const QCommandLineParser& p, const QString& project) {
    QString error;
    const QStringList globs = p.values(QStringLiteral("targets"));
    const auto binaries = Project::scan(project, globs, &error);
    if (!error.isEmpty())
        return usage_error(error);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const auto& b : binaries) {
            QJsonArray targets;
            for (const auto& t : b.targets)
                targets.append(QJsonObject{{QStringLiteral("name"), t.name},
                                           {QStringLiteral("kind"), t.kind},
                                           {QStringLiteral("file"), t.file},
                                           {QStringLiteral("line"), t.line}});
            QJsonObject o{{QStringLiteral("binary"), b.path},
                          {QStringLiteral("build_id"), b.build_id},
                          {QStringLiteral("targets"), targets}};
            if (!b.error.isEmpty())
                o.insert(QStringLiteral("error"), b.error);
            list.append(o);
        }
        out() << QJsonDocument(QJsonObject{{QStringLiteral("binaries"), list}}).toJson();
        return 0;
    }
    int count = 0;
    for (const auto& b : binaries) {
        // Names, kinds and errors come from the binary: printed with control characters escaped.
        out() << printable(QDir(project).relativeFilePath(b.path)) << "\n";
        if (!b.error.isEmpty())
            out() << "    (cannot list its targets: " << printable(b.error) << ")\n";
        for (const auto& t : b.targets) {
            out() << "    " << printable(t.name).leftJustified(40) << " "
                  << printable(t.kind).leftJustified(10) << " "
                  << (t.file.isEmpty()
                          ? QString()
                          : printable(t.file) + QLatin1Char(':') + QString::number(t.line))
                  << "\n";
            ++count;
        }
    }
    out() << count << " target" << (count == 1 ? "" : "s") << " in " << binaries.size() << " binar"
          << (binaries.size() == 1 ? "y" : "ies") << "\n";
    return 0;
}

// Live progress: one status line on a terminal, a table every so often otherwise; JSON lines
// with --json.
class Progress : public QObject {
public:
    Progress(Campaign& campaign, bool json, bool tty)
        : campaign_(campaign), json_(json), tty_(tty) {
        started_.start();
        connect(&campaign, &Campaign::progressed, this, &Progress::tick);
        connect(&campaign, &Campaign::log, this, [this](const QString& text) {
            if (json_)
                emit_json(QJsonObject{{QStringLiteral("event"), QStringLiteral("log")},
                                      {QStringLiteral("message"), text}});
            else
                line(QStringLiteral("arcwise: ") + printable(text, /*keep_newlines=*/true));
        });
        connect(&campaign, &Campaign::failureFound, this, [this](const FailureRow& f, bool is_new) {
            if (json_) {
                emit_json(QJsonObject{{QStringLiteral("event"), QStringLiteral("failure")},
                                      {QStringLiteral("id"), f.id},
                                      {QStringLiteral("new"), is_new},
                                      {QStringLiteral("target_id"), f.target_id},
                                      {QStringLiteral("kind"), f.kind},
                                      {QStringLiteral("message"), f.message},
                                      {QStringLiteral("signature"), f.signature},
                                      {QStringLiteral("example"), f.example}});
            } else if (is_new) {
                line(QStringLiteral("NEW FAILURE #%1 (%2): %3\n%4")
                         .arg(f.id)
                         .arg(printable(f.kind), printable(f.message),
                              printable(f.example, /*keep_newlines=*/true)));
            }
        });
    }

    void tick() {
        const auto rows = campaign_.progress();
        qint64 execs = 0, features = 0, running = 0;
        double eps = 0;
        for (const auto& r : rows) {
            execs += r.row.executions;
            features += r.row.features;
            if (r.running) {
                ++running;
                eps += r.row.execs_per_second;
            }
        }
        const qint64 seconds = started_.elapsed() / 1000;
        if (json_) {
            QJsonArray targets;
            for (const auto& r : rows)
                targets.append(
                    QJsonObject{{QStringLiteral("id"), r.row.id},
                                {QStringLiteral("name"), r.row.name},
                                {QStringLiteral("status"), r.row.status},
                                {QStringLiteral("executions"), r.row.executions},
                                {QStringLiteral("features"), r.row.features},
                                {QStringLiteral("corpus"), r.row.corpus_size},
                                {QStringLiteral("execs_per_second"), r.row.execs_per_second},
                                {QStringLiteral("features_per_minute"), r.features_per_minute},
                                {QStringLiteral("seconds_to_next"),
                                 std::isfinite(r.seconds_to_next) ? QJsonValue(r.seconds_to_next)
                                                                  : QJsonValue()}});
            emit_json(QJsonObject{{QStringLiteral("event"), QStringLiteral("progress")},
                                  {QStringLiteral("seconds"), seconds},
                                  {QStringLiteral("executions"), execs},
                                  {QStringLiteral("features"), features},
                                  {QStringLiteral("failures"), campaign_.failures_found()},
                                  {QStringLiteral("scaling"), scaling_json(scaling())},
                                  {QStringLiteral("targets"), targets}});
            return;
        }
        const QString status =
            QStringLiteral(
                "[%1s] %2 targets (%3 running)  %4 execs  %5/s  %6 features  %7 failures")
                .arg(seconds)
                .arg(rows.size())
                .arg(running)
                .arg(format_count(execs), format_count(qint64(eps)))
                .arg(features)
                .arg(campaign_.failures_found());
        if (tty_) {
            err() << "\r\033[K" << status;
            err().flush();
            status_shown_ = true;
        } else if (seconds - last_table_ >= 10 || seconds == 0) {
            last_table_ = seconds;
            table(rows, status);
        }
    }

    void table(const std::vector<TargetProgress>& rows, const QString& status) {
        err() << status << "\n";
        err() << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                     .arg(QStringLiteral("TARGET"), -32)
                     .arg(QStringLiteral("STATUS"), -8)
                     .arg(QStringLiteral("W"), 2)
                     .arg(QStringLiteral("EXECS"), 8)
                     .arg(QStringLiteral("EXEC/S"), 8)
                     .arg(QStringLiteral("FEAT"), 6)
                     .arg(QStringLiteral("CORPUS"), 6)
                     .arg(QStringLiteral("NEW/MIN"), 8)
                     .arg(QStringLiteral("NEXT"), 6);
        for (const auto& r : rows)
            err() << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                         .arg(printable(r.row.name).left(32), -32)
                         .arg(r.row.status, -8)
                         .arg(r.workers ? QString::number(r.workers) : QString(), 2)
                         .arg(format_count(r.row.executions), 8)
                         .arg(format_count(qint64(r.row.execs_per_second)), 8)
                         .arg(r.row.features, 6)
                         .arg(r.row.corpus_size, 6)
                         .arg(QString::number(r.features_per_minute, 'f', 1), 8)
                         .arg(format_eta(r.seconds_to_next), 6);
        const ScalingHint hint = scaling();
        err() << QStringLiteral("  Scaling: %1 new behaviours a minute (%2 per core-minute). %3\n")
                     .arg(QString::number(hint.per_minute, 'f', 1),
                          QString::number(hint.per_core_minute, 'f', 2), hint.reason);
        err().flush();
    }

    // What the scaling hint is told: a core-hour's cost and the code's commits a day.
    void set_scaling_inputs(double core_hour_cost, double changes_per_day) {
        core_hour_cost_ = core_hour_cost;
        changes_per_day_ = changes_per_day;
    }
    ScalingHint scaling() const { return campaign_.scaling(core_hour_cost_, changes_per_day_); }

    void finish() {
        if (status_shown_)
            err() << "\n";
        if (!json_)
            table(campaign_.progress(),
                  QStringLiteral("Finished after %1 s:").arg(started_.elapsed() / 1000));
        const HostExchange x = campaign_.host_exchange();
        if (!json_ && (x.entries_received > 0 || x.failures_received > 0))
            line(QStringLiteral("From other hosts: %1 corpus entries (median delay %2 s, at most "
                                "%3 s), %4 failures")
                     .arg(x.entries_received)
                     .arg(x.median_delay_s, 0, 'f', 1)
                     .arg(x.max_delay_s, 0, 'f', 1)
                     .arg(x.failures_received));
    }

private:
    void line(const QString& text) {
        if (status_shown_)
            err() << "\r\033[K";
        err() << text << "\n";
        err().flush();
    }
    void emit_json(const QJsonObject& o) {
        out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
        out().flush();
    }

    Campaign& campaign_;
    bool json_;
    bool tty_;
    bool status_shown_ = false;
    qint64 last_table_ = -100;
    QElapsedTimer started_;
    double core_hour_cost_ = 0;
    double changes_per_day_ = -1;
};

int signal_pipe[2] = {-1, -1};

void on_signal(int) {
    const char c = 1;
    [[maybe_unused]] ssize_t n = ::write(signal_pipe[1], &c, 1);
}

// --core-hour-cost: a number >= 0 (0 when not given).
bool core_hour_cost(const QCommandLineParser& p, double* cost, QString* error) {
    *cost = 0;
    if (!p.isSet(QStringLiteral("core-hour-cost")))
        return true;
    const QString value = p.value(QStringLiteral("core-hour-cost"));
    bool ok = false;
    *cost = value.toDouble(&ok);
    if (ok && std::isfinite(*cost) && *cost >= 0)
        return true;
    *error = QStringLiteral("--core-hour-cost must be a number of 0 or more, not '%1'").arg(value);
    return false;
}

QJsonObject host_json(const HostExchange& x) {
    return QJsonObject{{QStringLiteral("name"), x.host_name},
                       {QStringLiteral("entries_received"), x.entries_received},
                       {QStringLiteral("median_delay_s"), x.median_delay_s},
                       {QStringLiteral("max_delay_s"), x.max_delay_s},
                       {QStringLiteral("failures_received"), x.failures_received}};
}

int cmd_fuzz(QCoreApplication& app, const QCommandLineParser& p, const QString& project) {
    CampaignOptions o;
    o.project = project;
    o.targets = p.values(QStringLiteral("targets"));
    // The settings table checks every setting option (name, range, parsing), as the GUI's.
    QString error;
    if (!apply_settings(settings_given(p), o, &error, SettingNames::Options))
        return usage_error(error);
    o.stop_on_failure = p.isSet(QStringLiteral("stop-on-failure"));
    o.host_name = p.value(QStringLiteral("host-name"));
    o.version = QStringLiteral(ARCWISE_VERSION);
    QString warning;
    o.cores = cores_to_use(o.cores, p.isSet(QStringLiteral("oversubscribe")), &warning);
    if (!warning.isEmpty())
        err() << "arcwise-cli: " << warning << "\n";

    double cost = 0;
    if (!core_hour_cost(p, &cost, &error))
        return usage_error(error);
    const QString fail_on = p.value(QStringLiteral("fail-on"));
    if (fail_on != QLatin1String("any") && fail_on != QLatin1String("new"))
        return usage_error(QStringLiteral("--fail-on is any or new, not '%1'").arg(fail_on));
    // What changed is read before anything runs: a base that does not exist is a usage error.
    if (o.focus_changes) {
        const auto changes =
            GitChanges::read(GitChanges::source_directory(project), o.changed_since, &error);
        if (!changes)
            return usage_error(QStringLiteral("--changed-since: %1").arg(error));
    }

    Campaign campaign(o);
    const bool json = p.isSet(QStringLiteral("json"));
    // --fail-on new: only failures not already known (stored in the database before, as on the
    // base branch) count for the exit status. A failure the database holds as fixed that comes
    // back is new too: the base did not have it.
    std::set<std::pair<qint64, QString>> fixed;
    if (fail_on == QLatin1String("new")) {
        QString ignored;
        StorageProblem problem{};
        const QString url = database_url(p, project);
        if (p.isSet(QStringLiteral("db")) || QFileInfo::exists(url))
            if (auto db = Database::open(url, &ignored, OpenMode::Read, &problem))
                for (const FailureRow& f : db->failures())
                    if (f.status == QLatin1String(kFailureFixed))
                        fixed.insert({f.target_id, f.signature});
    }
    qint64 new_failures = 0;
    QObject::connect(&campaign, &Campaign::failureFound, &app,
                     [&new_failures, &fixed](const FailureRow& f, bool is_new) {
                         new_failures += is_new || fixed.erase({f.target_id, f.signature}) > 0;
                     });
    std::unique_ptr<BranchFollower> follower;
    if (p.isSet(QStringLiteral("follow"))) {
        FollowOptions fo;
        fo.source_directory = GitChanges::source_directory(project);
        fo.build_directory = QFileInfo(project).absoluteFilePath();
        fo.build_command = o.build_command;
        fo.interval_ms = o.follow_interval_ms;
        follower = std::make_unique<BranchFollower>(fo);
        if (!follower->start(&error))
            return usage_error(error);
        auto say = [json](const QString& kind, const QString& text) {
            if (json)
                out() << QJsonDocument(QJsonObject{{QStringLiteral("event"), kind},
                                                   {QStringLiteral("text"), text}})
                             .toJson(QJsonDocument::Compact)
                      << "\n";
            else
                err() << "arcwise-cli: " << printable(text, /*keep_newlines=*/true) << "\n";
            out().flush();
            err().flush();
        };
        QObject::connect(follower.get(), &BranchFollower::log, &app,
                         [say](const QString& text) { say(QStringLiteral("log"), text); });
        QObject::connect(follower.get(), &BranchFollower::buildFailed, &app,
                         [say](const QString& head, const QString& output) {
                             say(QStringLiteral("build_failed"),
                                 QStringLiteral("build of %1 failed:\n%2").arg(head, output));
                         });
        // The rebuild detection restarts the workers on the new binaries and checks the open
        // failures; the focus moves to what the new commits changed.
        QObject::connect(
            follower.get(), &BranchFollower::built, &campaign,
            [&campaign](const QString& old_head, const QString&) { campaign.refocus(old_head); });
    }
    Progress progress(campaign, json, ::isatty(2) != 0);
    progress.set_scaling_inputs(cost, git_changes_per_day(QFileInfo(project).absoluteFilePath()));
    if (!campaign.start(&error)) {
        err() << "arcwise-cli: " << error << "\n";
        // A full, read-only or damaged database is the campaign failing, not a usage error.
        return campaign.faults().isEmpty() ? kExitError : kExitCampaignFault;
    }
    // SIGINT/SIGTERM: stop cleanly (store what is pending); a second one quits at once.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signal_pipe) == 0) {
        auto* notifier = new QSocketNotifier(signal_pipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&] {
            char c;
            [[maybe_unused]] ssize_t n = ::read(signal_pipe[0], &c, 1);
            if (campaign.running()) {
                err() << "\narcwise-cli: stopping (again to quit at once)\n";
                campaign.stop();
            }
            std::signal(SIGINT, SIG_DFL);
            std::signal(SIGTERM, SIG_DFL);
        });
        std::signal(SIGINT, on_signal);
        std::signal(SIGTERM, on_signal);
    }
    QObject::connect(&campaign, &Campaign::finished, &app, &QCoreApplication::quit);
    app.exec();
    follower.reset();
    progress.finish();
    const qint64 failures = campaign.failures_found();
    const QStringList& faults = campaign.faults();
    const auto changes = campaign.change_coverage();
    if (json) {
        QJsonObject finished{{QStringLiteral("event"), QStringLiteral("finished")},
                             {QStringLiteral("executions"), campaign.total_executions()},
                             {QStringLiteral("failures"), failures},
                             {QStringLiteral("new_failures"), new_failures},
                             {QStringLiteral("host"), host_json(campaign.host_exchange())},
                             {QStringLiteral("scaling"), scaling_json(progress.scaling())},
                             {QStringLiteral("faults"), QJsonArray::fromStringList(faults)}};
        if (changes)
            finished.insert(QStringLiteral("changes"),
                            QJsonObject{{QStringLiteral("lines_changed"), changes->lines_changed},
                                        {QStringLiteral("lines_reached"), changes->lines_reached}});
        out() << QJsonDocument(finished).toJson(QJsonDocument::Compact) << "\n";
    } else if (changes) {
        err() << QStringLiteral("Changed code since %1: %2 of %3 lines reached\n")
                     .arg(changes->description)
                     .arg(changes->lines_reached)
                     .arg(changes->lines_changed);
    }
    // Storage trouble: the campaign could not do its work, whatever it found (what it found is
    // stored, or kept in the spill directory, and was printed).
    if (!faults.isEmpty()) {
        err() << "arcwise-cli: the campaign could not do all its work:\n";
        for (const QString& fault : faults)
            err() << "  - " << fault << "\n";
        err().flush();
        return kExitCampaignFault;
    }
    if (fail_on == QLatin1String("new"))
        return new_failures > 0 ? kExitFailures : 0;
    return failures > 0 ? kExitFailures : 0;
}

// Writes `text` to --output, or to standard output.
int emit_output(const QCommandLineParser& p, const QByteArray& text) {
    if (p.isSet(QStringLiteral("output"))) {
        QFile f(p.value(QStringLiteral("output")));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
            return usage_error(
                QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString()));
    } else {
        out().flush();
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    }
    return 0;
}

int cmd_report(const QCommandLineParser& p, const QString& project) {
    QString error;
    StorageProblem problem;
    auto db = open_existing(p, project, &error, &problem);
    if (!db)
        return database_error(error, problem);
    const QString format = p.value(QStringLiteral("format"));
    double cost = 0;
    if (!core_hour_cost(p, &cost, &error))
        return usage_error(error);
    ReportData data = stored_report_data(*db, project, QStringLiteral(ARCWISE_VERSION), cost);
    // Never a report of part of what is stored as if it were all of it.
    if (!db->last_error().isEmpty())
        return database_error(db->last_error(), db->problem());
    if (p.isSet(QStringLiteral("changed-since"))) {
        const QString since = p.value(QStringLiteral("changed-since"));
        data.changes = stored_change_coverage(
            project, since == QLatin1String("auto") ? QString() : since, *db, &error);
        if (!data.changes)
            return usage_error(QStringLiteral("--changed-since: %1").arg(error));
    }
    QByteArray text;
    if (format == QLatin1String("html"))
        text = campaign_html(stored_campaign_report(*db, data));
    else if (format == QLatin1String("text"))
        text = report_text(data);
    else if (format == QLatin1String("json"))
        text = report_json(data);
    else if (format == QLatin1String("junit"))
        text = report_junit(data);
    else if (format == QLatin1String("sarif"))
        text = report_sarif(data);
    else
        return usage_error(
            QStringLiteral("--format is text, json, junit, sarif or html, not '%1'").arg(format));
    if (const int rc = emit_output(p, text); rc != 0)
        return rc;
    for (const auto& f : data.failures)
        if (f.status != QLatin1String(kFailureFixed))
            return kExitFailures;
    return 0;
}

int cmd_cfg(const QCommandLineParser& p, const QString& project) {
    const QString target = p.value(QStringLiteral("target"));
    if (target.isEmpty())
        return usage_error(QStringLiteral("cfg needs --target NAME (see arcwise-cli list)"));
    QString format = p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format"))
                                                       : QStringLiteral("json");
    if (format != QLatin1String("json") && format != QLatin1String("dot") &&
        format != QLatin1String("html"))
        return usage_error(
            QStringLiteral("cfg: --format is json, dot or html, not '%1'").arg(format));
    QString error;
    StorageProblem problem;
    auto db = open_existing(p, project, &error, &problem);
    if (!db)
        return database_error(error, problem);
    std::optional<TargetRow> row;
    for (TargetRow& t : db->targets())
        if (t.name == target || QFileInfo(t.binary).fileName() == target)
            row = t;
    if (!db->last_error().isEmpty())
        return database_error(db->last_error(), db->problem());
    if (!row)
        return usage_error(
            QStringLiteral("no target '%1' in %2 (see arcwise-cli list)").arg(target, project));
    auto model = CfgModel::load(row->binary, &error);
    if (!model)
        return usage_error(error);
    const std::vector<CorpusRow> corpus = db->corpus(row->id);
    if (!db->last_error().isEmpty())
        return database_error(db->last_error(), db->problem());
    model->set_coverage(corpus);
    model->set_all_code(p.isSet(QStringLiteral("all-code")));
    const QString function = p.value(QStringLiteral("function"));
    if (!function.isEmpty() && model->find_function(function) < 0)
        return usage_error(QStringLiteral("no function '%1' in %2").arg(function, row->binary));
    // html: the whole coverage as one self-contained page (--function does not narrow it).
    if (format == QLatin1String("html"))
        return emit_output(p, coverage_html(*model, row->name, &*row));
    return emit_output(p, format == QLatin1String("dot") ? model->to_dot(function)
                                                         : model->to_json(function));
}

std::optional<FailureRow> failure_arg(Database& db, const QString& text, QString* error) {
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok) {
        *error = QStringLiteral("'%1' is not a failure id (see arcwise-cli report)").arg(text);
        return std::nullopt;
    }
    auto f = db.failure(id);
    if (!f)
        *error = is_storage_fault(db.problem())
                     ? db.last_error()
                     : QStringLiteral("no failure %1 in the database").arg(id);
    return f;
}

// Runs one job of `TargetJob` (reproduce or minimise, in a fresh process group of its own) to
// its end, printing the binary's output as it comes. SIGINT/SIGTERM cancel it, killing the
// binary's whole group, so nothing is left running.
TargetJobResult run_job(const std::function<bool(TargetJob&)>& start) {
    TargetJob job;
    TargetJobResult result;
    QEventLoop loop;
    QObject::connect(&job, &TargetJob::outputLine, [](const QString& line) {
        out() << printable(line, /*keep_newlines=*/true) << '\n';
        out().flush();
    });
    // Shrinking progress, on one line of a terminal only (logs get the binary's own report).
    const bool tty = ::isatty(STDERR_FILENO) == 1;
    bool progress_shown = false;
    QObject::connect(&job, &TargetJob::progress,
                     [&](qint64 calls, qint64 choices, qint64 bytes, double seconds) {
                         if (!tty)
                             return;
                         err() << QStringLiteral("\rshrinking: %1 attempts, %2 choices, %3 bytes, "
                                                 "%4 s   ")
                                      .arg(calls)
                                      .arg(choices)
                                      .arg(bytes)
                                      .arg(seconds, 0, 'f', 1);
                         err().flush();
                         progress_shown = true;
                     });
    QObject::connect(&job, &TargetJob::finished, [&](const TargetJobResult& r) {
        if (progress_shown)
            err() << '\n';
        result = r;
        loop.quit();
    });
    std::unique_ptr<QSocketNotifier> notifier;
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signal_pipe) == 0) {
        notifier = std::make_unique<QSocketNotifier>(signal_pipe[0], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, [&job] {
            char c;
            [[maybe_unused]] ssize_t n = ::read(signal_pipe[0], &c, 1);
            err() << "arcwise-cli: cancelled\n";
            job.cancel();
        });
        std::signal(SIGINT, on_signal);
        std::signal(SIGTERM, on_signal);
    }
    if (start(job))
        loop.exec(); // `finished` comes exactly once, also for an error found before starting
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return result;
}

// The exit status of a job that gave no failure to look at (cancelled, could not run, or the
// input passes now), after saying why; nullopt when it still fails.
std::optional<int> unless_still_failing(const TargetJobResult& r) {
    if (r.cancelled)
        return kExitError;
    if (!r.error.isEmpty()) {
        err() << "arcwise-cli: " << printable(r.error, /*keep_newlines=*/true) << '\n';
        return kExitError;
    }
    if (!r.still_fails) {
        out() << "It does not fail any more.\n";
        return 0;
    }
    return std::nullopt;
}

int cmd_replay(const QCommandLineParser& p, const QString& project, const QString& id) {
    QString error;
    StorageProblem problem;
    auto db = open_existing(p, project, &error, &problem);
    if (!db)
        return database_error(error, problem);
    const auto f = failure_arg(*db, id, &error);
    if (!f)
        return database_error(error, db->problem());
    out() << "Replaying failure " << f->id << " of " << printable(f->target) << " ("
          << printable(f->binary) << ")\n";
    out().flush();
    const TargetJobResult r = run_job([&](TargetJob& job) { return job.reproduce(*f); });
    if (const auto rc = unless_still_failing(r))
        return *rc;
    if (!r.same_signature)
        out() << "It fails differently now: " << printable(r.kind) << ", " << printable(r.message)
              << '\n';
    return kExitFailures;
}

int cmd_minimize(const QCommandLineParser& p, const QString& project, const QString& id) {
    QString error;
    StorageProblem problem;
    auto db = open_existing(p, project, &error, &problem, OpenMode::ReadWrite);
    if (!db)
        return database_error(error, problem);
    auto f = failure_arg(*db, id, &error);
    if (!f)
        return database_error(error, db->problem());
    const QByteArray before = f->minimal_input.isEmpty() ? f->first_input : f->minimal_input;
    const TargetJobResult r = run_job([&](TargetJob& job) { return job.minimize(*f, 300); });
    if (const auto rc = unless_still_failing(r))
        return *rc;
    if (!r.same_signature) {
        out() << "The shrunk example fails differently (" << printable(r.message)
              << "); the stored one is kept.\n";
    } else if (!r.smaller) {
        out() << "No smaller example found: the stored one is minimal for the shrinker.\n";
    } else {
        // The same failure, not another occurrence; the shrinker's order decides what is kept.
        FailureRow smaller = r.failure;
        smaller.id = f->id;
        smaller.target_id = f->target_id;
        smaller.count = 0;
        if (db->record_failure(smaller).first < 0)
            return database_error(db->last_error(), db->problem());
        out() << "Stored the simpler example (" << smaller.minimal_input.size() << " bytes, was "
              << before.size() << ").\n";
    }
    return kExitFailures;
}

int cmd_export(const QCommandLineParser& p, const QString& project, const QString& dir) {
    QString error;
    StorageProblem problem;
    auto db = open_existing(p, project, &error, &problem);
    if (!db)
        return database_error(error, problem);
    const CorpusExport result = export_corpus(*db, dir);
    if (!result.error.isEmpty()) {
        err() << "arcwise-cli: " << result.error << "\n";
        return kExitCampaignFault;
    }
    out() << "Wrote " << result.files << " files to " << dir << "\n";
    return 0;
}

int cmd_import(const QCommandLineParser& p, const QString& project, const QString& dir) {
    // Not a project, no database: a mistyped path must not become a new campaign.
    QString error;
    if (!QFileInfo(project).isDir())
        return usage_error(QStringLiteral("%1 is not a directory").arg(project));
    if (Project::find_binaries(project, &error).empty())
        return usage_error(error.isEmpty() ? QStringLiteral("%1 is not a project: no fuzz "
                                                            "binaries in it (see arcwise-cli list)")
                                                 .arg(project)
                                           : error);
    StorageProblem problem;
    auto db = Database::open(database_url(p, project), &error, OpenMode::ReadWrite, &problem);
    if (!db)
        return database_error(error, problem);
    // The project's targets, as a campaign would register them: a corpus can be imported before
    // the project was ever fuzzed (libFuzzer's -fork=N seeds a campaign this way).
    for (const BinaryInfo& b : Project::scan(project, {}, &error)) {
        if (!b.error.isEmpty())
            continue;
        const qint64 binary_id = db->upsert_binary(b.path, b.build_id, b.mtime_ms);
        for (const TargetInfo& t : b.targets)
            if (binary_id <= 0 || db->upsert_target(binary_id, t) <= 0) {
                err() << "arcwise-cli: " << db->last_error() << "\n";
                return kExitCampaignFault;
            }
    }
    const CorpusImport result = import_corpus(*db, dir);
    for (const QString& line : result.skips)
        err() << "arcwise-cli: " << line << "\n";
    if (result.bad_directory)
        return usage_error(result.error);
    if (!result.error.isEmpty()) {
        err() << "arcwise-cli: " << result.error << "\n";
        return kExitCampaignFault;
    }
    out() << "Imported " << result.imported << " corpus files";
    if (result.failures)
        out() << " and " << result.failures << " known failures";
    if (result.skipped)
        out() << " (" << result.skipped << " skipped)";
    out() << "\n";
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("arcwise-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARCWISE_VERSION));
    // English only, with its plural forms ("%n core(s)": "1 core", "2 cores"); built in.
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/arcwise_en.qm")))
        QCoreApplication::installTranslator(&english);
    QCommandLineParser p;
    p.setApplicationDescription(QString::fromLatin1(kUsage));
    const QCommandLineOption help = p.addHelpOption();
    const QCommandLineOption version = p.addVersionOption();
    p.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("list, fuzz, report, replay, minimize, cfg, export, import"));
    // fuzz: the campaign's settings (--cores, --time, --slice, --timeout, --memory, --schedule,
    // --seed, --db), from the table the workbench's settings page is made of.
    p.addOptions(setting_options());
    p.addOptions({
        {QStringLiteral("targets"),
         QStringLiteral("Only targets whose Suite.Name or binary name matches (repeatable)."),
         QStringLiteral("glob")},
        {QStringLiteral("oversubscribe"),
         QStringLiteral("fuzz: run --cores workers even when that is more than this machine's "
                        "cores (otherwise they are clamped to them, with a warning).")},
        {QStringLiteral("stop-on-failure"),
         QStringLiteral("fuzz: end the campaign at the first failure found (as libFuzzer does).")},
        {QStringLiteral("fail-on"),
         QStringLiteral("fuzz: which failures make the exit status 1: any, or only new ones "
                        "(not already in the database, as from the base branch)."),
         QStringLiteral("any|new"), QStringLiteral("any")},
        {QStringLiteral("follow"),
         QStringLiteral("fuzz: follow the checkout's branch: fetch it every --follow-interval; "
                        "when it moved, pull, build (--build-command), restart on the new "
                        "binaries and focus on what the new commits changed.")},
        {QStringLiteral("core-hour-cost"),
         QStringLiteral("fuzz, report: what one core-hour costs you, for the scaling hint's cost "
                        "of each new behaviour (any currency)."),
         QStringLiteral("amount")},
        {QStringLiteral("host-name"),
         QStringLiteral("fuzz: this process's name among the hosts sharing the campaign's "
                        "database (default: the machine's host name)."),
         QStringLiteral("name")},
        {QStringLiteral("json"),
         QStringLiteral("Machine-readable output: one JSON object per line.")},
        {QStringLiteral("target"), QStringLiteral("cfg: the target (Suite.Name or binary name)."),
         QStringLiteral("name")},
        {QStringLiteral("function"), QStringLiteral("cfg: only this function."),
         QStringLiteral("name")},
        {QStringLiteral("all-code"),
         QStringLiteral("cfg: show and rank all code (system headers, the C++ library, "
                        "compiler-generated cleanup), not only the project's own.")},
        {QStringLiteral("format"),
         QStringLiteral("report: text, json, junit, sarif or html; cfg: json, dot or html."),
         QStringLiteral("format"), QStringLiteral("text")},
        {QStringLiteral("output"),
         QStringLiteral("report: write to this file instead of standard output."),
         QStringLiteral("file")},
    });
    // parse(), not process(): process() exits with 1, the status of "failures found".
    if (!p.parse(QCoreApplication::arguments()))
        return usage_error(p.errorText());
    if (p.isSet(help) || p.optionNames().contains(QStringLiteral("help-all")))
        p.showHelp(0);
    if (p.isSet(version))
        p.showVersion();
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        return usage_error(QStringLiteral("no command given"));
    const QString command = args.first();
    auto need = [&](int n, const char* what) {
        if (args.size() < n + 1) {
            usage_error(QStringLiteral("%1 needs %2").arg(command, QString::fromLatin1(what)));
            return false;
        }
        return true;
    };
    if (command == QLatin1String("list"))
        return need(1, "a project directory") ? cmd_list(p, args[1]) : kExitError;
    if (command == QLatin1String("fuzz"))
        return need(1, "a project directory") ? cmd_fuzz(app, p, args[1]) : kExitError;
    if (command == QLatin1String("report"))
        return need(1, "a project directory") ? cmd_report(p, args[1]) : kExitError;
    if (command == QLatin1String("replay"))
        return need(2, "a project directory and a failure id") ? cmd_replay(p, args[1], args[2])
                                                               : kExitError;
    if (command == QLatin1String("minimize"))
        return need(2, "a project directory and a failure id") ? cmd_minimize(p, args[1], args[2])
                                                               : kExitError;
    if (command == QLatin1String("cfg"))
        return need(1, "a project directory") ? cmd_cfg(p, args[1]) : kExitError;
    if (command == QLatin1String("export"))
        return need(2, "a project directory and an output directory")
                   ? cmd_export(p, args[1], args[2])
                   : kExitError;
    if (command == QLatin1String("import"))
        return need(2, "a project directory and a directory to import")
                   ? cmd_import(p, args[1], args[2])
                   : kExitError;
    return usage_error(QStringLiteral("unknown command '%1'").arg(command));
}
