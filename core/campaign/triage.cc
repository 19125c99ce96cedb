#include "triage.h"

#include "database.h"
#include "project.h"

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

Triage::Triage(Database& db, QString run_dir, double timeout_seconds, QObject* parent)
    : QObject(parent), db_(db), run_dir_(std::move(run_dir)), timeout_seconds_(timeout_seconds) {}

Triage::~Triage() {
    if (process_) {
        process_->disconnect(this);
        process_->kill();
        process_->waitForFinished(2000);
    }
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
        QProcess* running = process_.get();
        QTimer::singleShot(grace_ms, running, [running] { running->kill(); });
    } else {
        Q_EMIT becameIdle();
    }
}

void Triage::store_unshrunk(const TriageJob& job, const QString& why) {
    FailureRow f = job.reported;
    f.target_id = job.target_id;
    f.first_input = f.minimal_input = job.input;
    f.build_id = job.build_id;
    f.first_seen_ms = f.last_seen_ms = QDateTime::currentMSecsSinceEpoch();
    f.example = QStringLiteral("(") + why + QLatin1Char(')');
    const auto [id, is_new] = db_.record_failure(f);
    if (id <= 0) {
        Q_EMIT message(tr("cannot store a failure of %1: %2").arg(job.target, db_.last_error()));
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
    QDir().mkpath(run_dir_);
    input_path_ = run_dir_ + QStringLiteral("/triage.input");
    report_path_ = run_dir_ + QStringLiteral("/triage.json");
    minimal_path_ = run_dir_ + QStringLiteral("/triage.minimal");
    QFile::remove(report_path_);
    QFile::remove(minimal_path_);
    if (!write_file(input_path_, current_.input)) {
        Q_EMIT message(tr("cannot write %1").arg(input_path_));
        start_next();
        return;
    }
    QStringList args{QStringLiteral("--shrink=") + input_path_,
                     QStringLiteral("--target=") + current_.target,
                     QStringLiteral("--report=") + report_path_,
                     QStringLiteral("-exact_artifact_path=") + minimal_path_,
                     QStringLiteral("--timeout=%1").arg(timeout_seconds_)};
    if (current_.kind == TriageJob::Kind::Check)
        args << QStringLiteral("--shrink-calls=0");
    else
        args << (expensive(current_) ? QStringLiteral("--shrink-time=30")
                                     : QStringLiteral("--shrink-time=60"));
    process_ = std::make_unique<QProcess>();
    // Its own process group: a Ctrl-C meant for the campaign must not kill the shrinking run.
    process_->setChildProcessModifier([] { ::setpgid(0, 0); });
    process_->setProgram(current_.binary);
    process_->setArguments(args);
    process_->setWorkingDirectory(QFileInfo(current_.binary).absolutePath());
    connect(process_.get(), &QProcess::finished, this, &Triage::finished);
    connect(process_.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            finished(-1, QProcess::CrashExit);
    });
    process_->start();
}

void Triage::finished(int exit_code, QProcess::ExitStatus status) {
    if (!process_)
        return;
    const QString out = QString::fromUtf8(process_->readAllStandardOutput());
    const QString err = QString::fromLocal8Bit(process_->readAllStandardError());
    process_.release()->deleteLater();
    const TriageJob job = std::move(current_);
    const bool reproduced = status == QProcess::NormalExit && exit_code == 1;
    const bool passes = status == QProcess::NormalExit && exit_code == 3;

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
        read_shrink_report(read_file(report_path_), out, f);
        if (f.signature.isEmpty())
            f.signature = job.reported.signature;
    } else if (status != QProcess::NormalExit && draining_) {
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
                             : tr("(could not be reproduced: %1)").arg(err.trimmed().right(300));
    }
    const auto [id, is_new] = db_.record_failure(f);
    if (id <= 0) {
        Q_EMIT message(tr("cannot store a failure of %1: %2").arg(job.target, db_.last_error()));
    } else {
        f.id = id;
        remember(job.target_id, f.signature);
        remember(job.target_id, job.reported.signature);
        QString error;
        if (reproduced && !f.minimal_input.isEmpty() &&
            !write_regression_file(job.binary, job.target, f.minimal_input, nullptr, &error))
            Q_EMIT message(error);
        Q_EMIT recorded(f, is_new);
    }
    start_next();
}

} // namespace arcwise::campaign
