#include "triage.h"

#include "database.h"
#include "project.h"
#include "runtime_command.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <algorithm>
#include <set>
#include <unistd.h>

namespace arcwise::campaign {

namespace {

bool write_file(const QString& path, const QByteArray& data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray read_file(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

QString regression_dir(const QString& binary, const QString& target) {
    return QFileInfo(binary).absolutePath() + QStringLiteral("/.arcwise/regressions/") + target;
}

bool write_regression_file(const QString& binary, const QString& target, const QByteArray& input,
                           QString* path, QString* error) {
    const QString dir = regression_dir(binary, target);
    const QString name =
        QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha1).toHex());
    const QString file = dir + QLatin1Char('/') + name;
    if (!QDir().mkpath(dir) || !write_file(file, input)) {
        if (error)
            *error = Triage::tr("cannot write the regression file in %1").arg(dir);
        return false;
    }
    if (path)
        *path = file;
    return true;
}

bool read_shrink_report(const QByteArray& json, const QString& output, FailureRow& f) {
    const QJsonArray failures =
        QJsonDocument::fromJson(json).object().value(QStringLiteral("failures")).toArray();
    if (failures.isEmpty())
        return false;
    const QJsonObject r = failures.first().toObject();
    f.kind = r.value(QStringLiteral("kind")).toString();
    f.message = r.value(QStringLiteral("message")).toString();
    f.location = r.value(QStringLiteral("location")).toString();
    const QString signature = r.value(QStringLiteral("signature")).toString();
    if (!signature.isEmpty())
        f.signature = signature;
    f.stack.clear();
    const QJsonArray stack = r.value(QStringLiteral("stack")).toArray();
    for (const auto& frame : stack)
        f.stack << frame.toString();
    f.minimal_input =
        QByteArray::fromBase64(r.value(QStringLiteral("input_base64")).toString().toLatin1());
    // The printed example: the report block, without the trailing statistics line. The
    // target's own output, printed before it, is not part of it.
    QStringList lines = output.split(QLatin1Char('\n'));
    qsizetype begin = lines.size();
    while (begin > 0 && !lines[begin - 1].startsWith(QLatin1String("Falsifying example: ")))
        --begin;
    if (begin > 0)
        lines.remove(0, begin - 1);
    while (!lines.isEmpty() &&
           (lines.last().isEmpty() || lines.last().startsWith(QLatin1Char('('))))
        lines.removeLast();
    f.example = lines.join(QLatin1Char('\n'));
    return true;
}

Triage::Triage(Database& db, double timeout_seconds, QObject* parent)
    : QObject(parent), db_(db), timeout_seconds_(timeout_seconds) {}

Triage::~Triage() {
    if (process_)
        process_->disconnect(this); // its destructor kills the whole group
}

bool Triage::known(qint64 target_id, const QString& signature) const {
    return signatures_.count({target_id, signature}) > 0;
}

void Triage::remember(qint64 target_id, const QString& signature) {
    signatures_.insert({target_id, signature});
}

namespace {

// Hangs and memory blow-ups cost a full timeout per attempt: the others go first.
bool expensive(const TriageJob& job) {
    const QString& kind = job.reported.kind;
    return kind == QLatin1String("timeout") || kind == QLatin1String("killed") ||
           kind == QLatin1String("oom");
}

} // namespace

bool Triage::pending(qint64 target_id, const QString& signature) const {
    auto same = [&](const TriageJob& job) {
        return job.kind == TriageJob::Kind::Shrink && job.target_id == target_id &&
               job.reported.signature == signature;
    };
    if (process_ && same(current_))
        return true;
    return std::any_of(queue_.begin(), queue_.end(), same);
}

void Triage::enqueue(TriageJob job) {
    if (job.kind == TriageJob::Kind::Shrink) {
        FailureRow f = job.reported;
        f.target_id = job.target_id;
        f.target = job.target;
        f.binary = job.binary;
        f.first_input = job.input;
        f.build_id = job.build_id;
        f.first_seen_ms = f.last_seen_ms = QDateTime::currentMSecsSinceEpoch();
        Q_EMIT shrinking(f);
    }
    if (expensive(job))
        queue_.push_back(std::move(job));
    else
        queue_.insert(std::find_if(queue_.begin(), queue_.end(), expensive), std::move(job));
    if (!process_)
        start_next();
}

void Triage::drain(int grace_ms) {
    draining_ = true;
    while (!queue_.empty()) {
        const TriageJob job = std::move(queue_.front());
        queue_.pop_front();
        if (job.kind == TriageJob::Kind::Shrink)
            store_unshrunk(job, tr("not shrunk: the campaign ended first"));
    }
    if (process_) {
        ChildProcess* running = process_.get();
        QTimer::singleShot(grace_ms, running, [running] { running->kill(); });
    } else {
        Q_EMIT becameIdle();
    }
}

void Triage::store_unshrunk(const TriageJob& job, const QString& why) {
    Q_EMIT shrinkEnded(job.target_id, job.reported.signature);
    FailureRow f = job.reported;
    f.target_id = job.target_id;
    f.first_input = f.minimal_input = job.input;
    f.build_id = job.build_id;
    f.first_seen_ms = f.last_seen_ms = QDateTime::currentMSecsSinceEpoch();
    f.example = QStringLiteral("(") + why + QLatin1Char(')');
    const auto [id, is_new] = db_.record_failure(f);
    if (id <= 0) {
        // Not lost: the campaign keeps it where the database can take it later.
        f.target = job.target;
        f.binary = job.binary;
        Q_EMIT unstored(f, db_.last_error());
        return;
    }
    f.id = id;
    Q_EMIT recorded(f, is_new);
}

void Triage::start_next() {
    if (queue_.empty() || draining_) {
        if (draining_) {
            while (!queue_.empty()) {
                const TriageJob job = std::move(queue_.front());
                queue_.pop_front();
                if (job.kind == TriageJob::Kind::Shrink)
                    store_unshrunk(job, tr("not shrunk: the campaign ended first"));
            }
        }
        Q_EMIT becameIdle();
        return;
    }
    current_ = std::move(queue_.front());
    queue_.pop_front();
    namespace contract = protocol::contract;
    auto child = std::make_unique<ChildProcess>();
    QString error;
    if (!child->prepare(&error) ||
        !write_file(child->temp_dir() + QStringLiteral("/input"), current_.input)) {
        could_not_run(error.isEmpty()
                          ? tr("cannot write the input to shrink in %1").arg(child->temp_dir())
                          : error);
        return;
    }
    const QString dir = child->temp_dir();
    report_path_ = dir + QStringLiteral("/report.json");
    ChildSpec spec;
    spec.program = current_.binary;
    spec.arguments = {runtime_option(contract::kOptionShrink, dir + QStringLiteral("/input")),
                      runtime_option(contract::kOptionTarget, current_.target),
                      runtime_option(contract::kOptionReport, report_path_),
                      QStringLiteral("-exact_artifact_path=") + dir + QStringLiteral("/minimal"),
                      runtime_option(contract::kOptionTimeout, QString::number(timeout_seconds_))};
    if (current_.kind == TriageJob::Kind::Check)
        spec.arguments << runtime_option(contract::kOptionShrinkCalls, QStringLiteral("0"));
    else
        spec.arguments << runtime_option(contract::kOptionShrinkTime, expensive(current_)
                                                                          ? QStringLiteral("30")
                                                                          : QStringLiteral("60"))
                       << QStringLiteral("--progress");
    // The printed example is the end of its output: keep enough of it, in long enough lines.
    spec.kept_lines = 1000;
    spec.max_line_bytes = 64 << 10;
    connect(child.get(), &ChildProcess::finished, this, &Triage::finished);
    if (current_.kind == TriageJob::Kind::Shrink) {
        const qint64 target_id = current_.target_id;
        const QString signature = current_.reported.signature;
        const double budget = expensive(current_) ? 30 : 60;
        connect(child.get(), &ChildProcess::outputLine, this,
                [this, target_id, signature, budget](const QString& line, bool from_stderr) {
                    static const QLatin1String prefix("arcwise-progress ");
                    if (!from_stderr || !line.startsWith(prefix))
                        return;
                    const QJsonObject p =
                        QJsonDocument::fromJson(line.mid(prefix.size()).toUtf8()).object();
                    Q_EMIT shrinkProgress(target_id, signature,
                                          p.value(QStringLiteral("calls")).toInteger(),
                                          p.value(QStringLiteral("bytes")).toInteger(),
                                          p.value(QStringLiteral("elapsed")).toDouble(), budget);
                });
    }
    if (!child->start(spec, &error)) {
        could_not_run(error);
        return;
    }
    process_ = std::move(child);
    if (current_.kind == TriageJob::Kind::Shrink)
        Q_EMIT shrinkProgress(current_.target_id, current_.reported.signature, 0,
                              current_.input.size(), 0, expensive(current_) ? 30 : 60);
}

void Triage::could_not_run(const QString& why) {
    // Nothing found is lost: a failure that cannot be shrunk is stored as found.
    Q_EMIT message(why);
    const TriageJob job = std::move(current_);
    if (job.kind == TriageJob::Kind::Shrink)
        store_unshrunk(job, tr("not shrunk: %1").arg(why));
    start_next();
}

void Triage::finished(const ChildExit& exit) {
    if (!process_)
        return;
    const QString out = process_->recent_lines(/*from_stderr=*/false).join(QLatin1Char('\n'));
    QStringList err_lines = process_->recent_lines(/*from_stderr=*/true);
    err_lines.removeIf(
        [](const QString& line) { return line.startsWith(QLatin1String("arcwise-progress ")); });
    const QString err = err_lines.join(QLatin1Char('\n'));
    const QByteArray report = read_file(report_path_); // before the directory goes
    process_.release()->deleteLater();
    const TriageJob job = std::move(current_);
    const bool reproduced = exit.exited(protocol::contract::kExitFailed);
    const bool passes = exit.exited(protocol::contract::kExitDoesNotFail);

    if (job.kind == TriageJob::Kind::Check) {
        if (reproduced || passes)
            Q_EMIT checked(job.failure_id, reproduced);
        else
            Q_EMIT message(tr("could not check failure %1 on the new build of %2: %3")
                               .arg(job.failure_id)
                               .arg(job.binary, err.trimmed().right(500)));
        start_next();
        return;
    }

    FailureRow f = job.reported;
    f.target_id = job.target_id;
    f.first_input = job.input;
    f.build_id = job.build_id;
    f.first_seen_ms = f.last_seen_ms = QDateTime::currentMSecsSinceEpoch();
    if (reproduced) {
        read_shrink_report(report, out, f);
        if (f.signature.isEmpty())
            f.signature = job.reported.signature;
    } else if (!exit.exited_normally() && draining_) {
        store_unshrunk(job, tr("not shrunk: the campaign ended first"));
        start_next();
        return;
    } else {
        // It did not fail again in a fresh process: flaky, unless the binary was rebuilt since
        // (then the new build fixed it).
        f.minimal_input = job.input;
        const QString build_now = Project::read_build_id(job.binary);
        const bool rebuilt =
            passes && !build_now.isEmpty() && !job.build_id.isEmpty() && build_now != job.build_id;
        f.status = rebuilt  ? QString::fromLatin1(kFailureFixed)
                   : passes ? QString::fromLatin1(kFailureFlaky)
                            : f.status;
        f.example = rebuilt  ? tr("(found on an earlier build; the current build does not fail)")
                    : passes ? tr("(did not fail again when reproduced in a fresh process)")
                             : tr("(could not be reproduced: %1; %2)")
                                   .arg(exit.describe(), err.trimmed().right(300));
    }
    // The regression file needs no database: written first, also when storing fails.
    QString error;
    if (reproduced && !f.minimal_input.isEmpty() &&
        !write_regression_file(job.binary, job.target, f.minimal_input, nullptr, &error))
        Q_EMIT message(error);
    remember(job.target_id, f.signature);
    remember(job.target_id, job.reported.signature);
    Q_EMIT shrinkEnded(job.target_id, job.reported.signature);
    const auto [id, is_new] = db_.record_failure(f);
    if (id <= 0) {
        f.target = job.target;
        f.binary = job.binary;
        Q_EMIT unstored(f, db_.last_error());
    } else {
        f.id = id;
        Q_EMIT recorded(f, is_new);
    }
    start_next();
}

} // namespace arcwise::campaign
