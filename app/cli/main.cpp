// arcwise-cli: the headless front end of the campaign (core/campaign), for CI jobs, servers and
// scripts. Options and wiring only; the work is in core/campaign.

#include "campaign/campaign.h"
#include "campaign/campaign_settings.h"
#include "campaign/cfg_model.h"
#include "campaign/cfg_report.h"
#include "campaign/database.h"
#include "campaign/project.h"
#include "campaign/report_formats.h"
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
#include <cmath>
#include <csignal>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <sys/socket.h>
#include <unistd.h>

using namespace arcwise::campaign;

namespace {

constexpr int kExitFailures = 1;
constexpr int kExitError = 2;

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
    "text|json|junit|sarif)\n"
    "  replay PROJECT FAILURE-ID         run a stored failure once in a fresh process\n"
    "  minimize PROJECT FAILURE-ID       shrink a stored failure further and store the result\n"
    "  cfg PROJECT --target T            a target's control-flow graph with its coverage and\n"
    "      [--function F] [--format json|dot|html]  under-explored arcs (ranked); html: a\n"
    "                                    self-contained coverage report with the graphs\n"
    "  export PROJECT DIR                write corpora and failures as libFuzzer-style files\n"
    "  import PROJECT DIR                read corpora back (DIR/corpus/<target>/*)\n"
    "\n"
    "A project is a directory, usually a build tree: every executable in it built with\n"
    "arcwise_add_fuzz_target() or arcwise-c++ is found without configuration.\n";

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

std::unique_ptr<Database> open_existing(const QCommandLineParser& p, const QString& project,
                                        QString* error) {
    const QString url = database_url(p, project);
    if (!p.isSet(QStringLiteral("db")) && !QFileInfo::exists(url)) {
        *error = QStringLiteral("no campaign database at %1: run arcwise-cli fuzz %2 first")
                     .arg(url, project);
        return nullptr;
    }
    return Database::open(url, error);
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
        out() << QDir(project).relativeFilePath(b.path) << "\n";
        if (!b.error.isEmpty())
            out() << "    (cannot list its targets: " << b.error << ")\n";
        for (const auto& t : b.targets) {
            out() << "    " << t.name.leftJustified(40) << " " << t.kind.leftJustified(10) << " "
                  << (t.file.isEmpty() ? QString()
                                       : t.file + QLatin1Char(':') + QString::number(t.line))
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
                line(QStringLiteral("arcwise: ") + text);
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
                         .arg(f.kind, f.message, f.example));
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
        err() << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8\n")
                     .arg(QStringLiteral("TARGET"), -32)
                     .arg(QStringLiteral("STATUS"), -8)
                     .arg(QStringLiteral("EXECS"), 8)
                     .arg(QStringLiteral("EXEC/S"), 8)
                     .arg(QStringLiteral("FEAT"), 6)
                     .arg(QStringLiteral("CORPUS"), 6)
                     .arg(QStringLiteral("NEW/MIN"), 8)
                     .arg(QStringLiteral("NEXT"), 6);
        for (const auto& r : rows)
            err() << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8\n")
                         .arg(r.row.name.left(32), -32)
                         .arg(r.row.status, -8)
                         .arg(format_count(r.row.executions), 8)
                         .arg(format_count(qint64(r.row.execs_per_second)), 8)
                         .arg(r.row.features, 6)
                         .arg(r.row.corpus_size, 6)
                         .arg(QString::number(r.features_per_minute, 'f', 1), 8)
                         .arg(format_eta(r.seconds_to_next), 6);
        err().flush();
    }

    void finish() {
        if (status_shown_)
            err() << "\n";
        if (!json_)
            table(campaign_.progress(),
                  QStringLiteral("Finished after %1 s:").arg(started_.elapsed() / 1000));
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
};

int signal_pipe[2] = {-1, -1};

void on_signal(int) {
    const char c = 1;
    [[maybe_unused]] ssize_t n = ::write(signal_pipe[1], &c, 1);
}

int cmd_fuzz(QCoreApplication& app, const QCommandLineParser& p, const QString& project) {
    CampaignOptions o;
    o.project = project;
    o.database_url = p.value(QStringLiteral("db"));
    o.targets = p.values(QStringLiteral("targets"));
    bool ok = true;
    if (p.isSet(QStringLiteral("cores"))) {
        o.cores = p.value(QStringLiteral("cores")).toInt(&ok);
        if (!ok || o.cores < 1)
            return usage_error(QStringLiteral("--cores needs a positive number, not '%1'")
                                   .arg(p.value(QStringLiteral("cores"))));
    }
    if (p.isSet(QStringLiteral("time"))) {
        const auto d = parse_duration(p.value(QStringLiteral("time")));
        if (!d)
            return usage_error(
                QStringLiteral("--time needs a duration like 90s, 15m or 2h, not '%1'")
                    .arg(p.value(QStringLiteral("time"))));
        o.duration_ms = *d;
    }
    if (p.isSet(QStringLiteral("slice"))) {
        const auto d = parse_duration(p.value(QStringLiteral("slice")));
        if (!d || *d < 100)
            return usage_error(QStringLiteral("--slice needs a duration of at least 0.1s"));
        o.slice_ms = *d;
    }
    if (p.isSet(QStringLiteral("timeout"))) {
        o.timeout_seconds = p.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || o.timeout_seconds <= 0)
            return usage_error(QStringLiteral("--timeout needs a number of seconds"));
    }
    if (p.isSet(QStringLiteral("seed"))) {
        o.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usage_error(QStringLiteral("--seed needs a number"));
    }
    const QString schedule = p.value(QStringLiteral("schedule"));
    if (schedule == QLatin1String("round-robin"))
        o.policy = SchedulePolicy::RoundRobin;
    else if (schedule != QLatin1String("adaptive"))
        return usage_error(
            QStringLiteral("--schedule is adaptive or round-robin, not '%1'").arg(schedule));

    Campaign campaign(o);
    const bool json = p.isSet(QStringLiteral("json"));
    Progress progress(campaign, json, ::isatty(2) != 0);
    QString error;
    if (!campaign.start(&error)) {
        err() << "arcwise-cli: " << error << "\n";
        return kExitError;
    }
    // SIGINT/SIGTERM: stop cleanly (store what is pending); a second one quits at once.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signal_pipe) == 0) {
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
    progress.finish();
    const qint64 failures = campaign.failures_found();
    if (json)
        out() << QJsonDocument(
                     QJsonObject{{QStringLiteral("event"), QStringLiteral("finished")},
                                 {QStringLiteral("executions"), campaign.total_executions()},
                                 {QStringLiteral("failures"), failures}})
                     .toJson(QJsonDocument::Compact)
              << "\n";
    return failures > 0 ? kExitFailures : 0;
}

ReportData report_data(Database& db, const QString& project) {
    ReportData data;
    data.project = QFileInfo(project).absoluteFilePath();
    data.arcwise_version = QStringLiteral(ARCWISE_VERSION);
    data.generated = QDateTime::currentDateTimeUtc();
    data.targets = db.targets();
    data.failures = db.failures();
    return data;
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
    auto db = open_existing(p, project, &error);
    if (!db)
        return usage_error(error);
    const QString format = p.value(QStringLiteral("format"));
    const ReportData data = report_data(*db, project);
    QByteArray text;
    if (format == QLatin1String("text"))
        text = report_text(data);
    else if (format == QLatin1String("json"))
        text = report_json(data);
    else if (format == QLatin1String("junit"))
        text = report_junit(data);
    else if (format == QLatin1String("sarif"))
        text = report_sarif(data);
    else
        return usage_error(
            QStringLiteral("--format is text, json, junit or sarif, not '%1'").arg(format));
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
    auto db = open_existing(p, project, &error);
    if (!db)
        return usage_error(error);
    std::optional<TargetRow> row;
    for (TargetRow& t : db->targets())
        if (t.name == target || QFileInfo(t.binary).fileName() == target)
            row = t;
    if (!row)
        return usage_error(
            QStringLiteral("no target '%1' in %2 (see arcwise-cli list)").arg(target, project));
    auto model = CfgModel::load(row->binary, &error);
    if (!model)
        return usage_error(error);
    model->set_coverage(db->corpus(row->id));
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
        *error = QStringLiteral("no failure %1 in the database").arg(id);
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
        out() << line << '\n';
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
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signal_pipe) == 0) {
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
        err() << "arcwise-cli: " << r.error << '\n';
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
    auto db = open_existing(p, project, &error);
    if (!db)
        return usage_error(error);
    const auto f = failure_arg(*db, id, &error);
    if (!f)
        return usage_error(error);
    out() << "Replaying failure " << f->id << " of " << f->target << " (" << f->binary << ")\n";
    out().flush();
    const TargetJobResult r = run_job([&](TargetJob& job) { return job.reproduce(*f); });
    if (const auto rc = unless_still_failing(r))
        return *rc;
    if (!r.same_signature)
        out() << "It fails differently now: " << r.kind << ", " << r.message << '\n';
    return kExitFailures;
}

int cmd_minimize(const QCommandLineParser& p, const QString& project, const QString& id) {
    QString error;
    auto db = open_existing(p, project, &error);
    if (!db)
        return usage_error(error);
    auto f = failure_arg(*db, id, &error);
    if (!f)
        return usage_error(error);
    const QByteArray before = f->minimal_input.isEmpty() ? f->first_input : f->minimal_input;
    const TargetJobResult r = run_job([&](TargetJob& job) { return job.minimize(*f, 300); });
    if (const auto rc = unless_still_failing(r))
        return *rc;
    if (!r.same_signature) {
        out() << "The shrunk example fails differently (" << r.message
              << "); the stored one is kept.\n";
    } else if (!r.smaller) {
        out() << "No smaller example found: the stored one is minimal for the shrinker.\n";
    } else {
        // The same failure, not another occurrence; the shrinker's order decides what is kept.
        FailureRow smaller = r.failure;
        smaller.id = f->id;
        smaller.target_id = f->target_id;
        smaller.count = 0;
        if (db->record_failure(smaller).first < 0) {
            err() << "arcwise-cli: " << db->last_error() << '\n';
            return kExitError;
        }
        out() << "Stored the simpler example (" << smaller.minimal_input.size() << " bytes, was "
              << before.size() << ").\n";
    }
    return kExitFailures;
}

int cmd_export(const QCommandLineParser& p, const QString& project, const QString& dir) {
    QString error;
    auto db = open_existing(p, project, &error);
    if (!db)
        return usage_error(error);
    qint64 files = 0;
    auto write = [&](const QString& path, const QByteArray& data) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
            err() << "arcwise-cli: cannot write " << path << ": " << f.errorString() << "\n";
            return false;
        }
        ++files;
        return true;
    };
    std::map<qint64, TargetRow> targets;
    for (const auto& t : db->targets())
        targets[t.id] = t;
    for (const auto& [id, t] : targets)
        for (const auto& c : db->corpus(id)) {
            const QByteArray data = exported_input(c.input, t.kind);
            const QString name = QString::fromLatin1(
                QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex());
            if (!write(dir + QStringLiteral("/corpus/") + t.name + QLatin1Char('/') + name, data))
                return kExitError;
        }
    for (const auto& f : db->failures()) {
        const QString kind = targets.count(f.target_id) ? targets[f.target_id].kind : QString();
        const QString base = dir + QStringLiteral("/failures/") + f.target + QLatin1Char('/') +
                             QStringLiteral("%1-%2").arg(f.id).arg(f.kind);
        if (!write(base + QStringLiteral("-minimal"),
                   f.minimal_input.isEmpty() ? f.first_input : f.minimal_input) ||
            !write(base + QStringLiteral("-first"), exported_input(f.first_input, kind)) ||
            !write(base + QStringLiteral(".txt"),
                   (f.example + QLatin1Char('\n') + f.stack.join(QLatin1Char('\n'))).toUtf8()))
            return kExitError;
    }
    out() << "Wrote " << files << " files to " << dir << "\n";
    return 0;
}

int cmd_import(const QCommandLineParser& p, const QString& project, const QString& dir) {
    QString error;
    auto db = Database::open(database_url(p, project), &error);
    if (!db)
        return usage_error(error);
    const QDir corpus(dir + QStringLiteral("/corpus"));
    if (!corpus.exists())
        return usage_error(
            QStringLiteral("%1 has no corpus/ directory (expected %1/corpus/<target>/<files>)")
                .arg(dir));
    std::map<QString, qint64> by_name;
    for (const auto& t : db->targets())
        by_name[t.name] = t.id;
    qint64 imported = 0, skipped_files = 0;
    const QStringList target_dirs = corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& name : target_dirs) {
        auto it = by_name.find(name);
        const QDir d(corpus.filePath(name));
        const QStringList names = d.entryList(QDir::Files);
        if (it == by_name.end()) {
            err() << "arcwise-cli: no target named " << name
                  << " in the database (run arcwise-cli fuzz or list first); skipped "
                  << names.size() << " files\n";
            skipped_files += names.size();
            continue;
        }
        std::vector<CorpusRow> rows;
        for (const QString& file : names) {
            QFile f(d.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            CorpusRow row;
            row.target_id = it->second;
            QByteArray data = f.readAll();
            if (!arcwise::engine::looks_serialized(
                    std::string_view(data.constData(), size_t(data.size()))))
                data = QByteArray::fromStdString(arcwise::engine::serialize(
                    arcwise::engine::ChoiceSequence::from_bytes(data.toStdString())));
            row.input = data;
            row.sha1 = QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex();
            row.found_at_ms = QDateTime::currentMSecsSinceEpoch();
            rows.push_back(std::move(row));
        }
        if (!db->add_corpus(rows))
            return usage_error(db->last_error());
        imported += qint64(rows.size());
    }
    out() << "Imported " << imported << " corpus files";
    if (skipped_files)
        out() << " (" << skipped_files << " skipped)";
    out() << "\n";
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("arcwise-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARCWISE_VERSION));
    QCommandLineParser p;
    p.setApplicationDescription(QString::fromLatin1(kUsage));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral("list, fuzz, report, replay, minimize, cfg, export, import"));
    p.addOptions({
        {QStringLiteral("db"),
         QStringLiteral("Database URL: a SQLite file (default PROJECT/.arcwise/arcwise.sqlite) or "
                        "postgresql://user@host/db."),
         QStringLiteral("url")},
        {QStringLiteral("targets"),
         QStringLiteral("Only targets whose Suite.Name or binary name matches (repeatable)."),
         QStringLiteral("glob")},
        {QStringLiteral("cores"),
         QStringLiteral("Worker processes (default: the machine's cores)."), QStringLiteral("n")},
        {QStringLiteral("time"),
         QStringLiteral("Stop after this long (90s, 15m, 2h; default: until interrupted)."),
         QStringLiteral("duration")},
        {QStringLiteral("schedule"), QStringLiteral("adaptive (default) or round-robin."),
         QStringLiteral("policy"), QStringLiteral("adaptive")},
        {QStringLiteral("slice"),
         QStringLiteral("Time slice of one target on one worker (default 10s)."),
         QStringLiteral("duration")},
        {QStringLiteral("timeout"), QStringLiteral("Seconds one input may run (default 10)."),
         QStringLiteral("seconds")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the campaign (default 1)."),
         QStringLiteral("n")},
        {QStringLiteral("json"),
         QStringLiteral("Machine-readable output: one JSON object per line.")},
        {QStringLiteral("target"), QStringLiteral("cfg: the target (Suite.Name or binary name)."),
         QStringLiteral("name")},
        {QStringLiteral("function"), QStringLiteral("cfg: only this function."),
         QStringLiteral("name")},
        {QStringLiteral("format"),
         QStringLiteral("report: text, json, junit or sarif; cfg: json, dot or html."),
         QStringLiteral("format"), QStringLiteral("text")},
        {QStringLiteral("output"),
         QStringLiteral("report: write to this file instead of standard output."),
         QStringLiteral("file")},
    });
    p.process(app);
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
