#include "target_job.h"

#include "engine/serialize.h"
#include "engine/shrinker.h"
#include "triage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTimer>
#include <csignal>
#include <unistd.h>

namespace arcwise::campaign {

namespace {

// The binary's exit statuses in --shrink mode (docs/sdk.md).
constexpr int kStillFails = 1;
constexpr int kDoesNotFail = 3;

const QLatin1String kProgressPrefix("arcwise-progress ");

QByteArray stored_input(const FailureRow& f) {
    return f.minimal_input.isEmpty() ? f.first_input : f.minimal_input;
}

bool write_file(const QString& path, const QByteArray& data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// The last lines of the output, for an error message that says what the binary said.
QString tail(const QString& output) {
    QStringList lines = output.trimmed().split(QLatin1Char('\n'));
    if (lines.size() > 8)
        lines = lines.mid(lines.size() - 8);
    return lines.join(QLatin1Char('\n'));
}

QString shell_quote(const QString& s) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(s).hasMatch())
        return s;
    QString out = s;
    out.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

// An input as the engine orders it: a stored choice sequence, or a harness's raw bytes.
engine::ChoiceSequence as_sequence(const QByteArray& input) {
    const std::string_view data(input.constData(), size_t(input.size()));
    if (engine::looks_serialized(data))
        if (auto seq = engine::deserialize(data))
            return std::move(*seq);
    return engine::ChoiceSequence::from_bytes(std::string(data));
}

// Smaller in the shrinker's order (fewer choices, then simpler ones), not merely in bytes: a
// choice sequence of fixed-width integers keeps its size while its values get simpler.
bool shortlex_less(const QByteArray& a, const QByteArray& b) {
    return engine::compare_sequences(as_sequence(a), as_sequence(b)) < 0;
}

ShownExample shown_example(const QJsonObject& o) {
    ShownExample e;
    e.outcome = o.value(QStringLiteral("outcome")).toString();
    e.kind = o.value(QStringLiteral("kind")).toString();
    e.message = o.value(QStringLiteral("message")).toString();
    e.location = o.value(QStringLiteral("location")).toString();
    e.signature = o.value(QStringLiteral("signature")).toString();
    e.size = o.value(QStringLiteral("size")).toInteger();
    const auto strings = [&o](const char* key) {
        QStringList out;
        const QJsonArray items = o.value(QLatin1String(key)).toArray();
        for (const auto& item : items)
            out << item.toString();
        return out;
    };
    e.stack = strings("stack");
    e.notes = strings("notes");
    e.events = strings("events");
    const QJsonArray draws = o.value(QStringLiteral("draws")).toArray();
    for (const auto& d : draws)
        e.draws.emplace_back(d.toObject().value(QStringLiteral("label")).toString(),
                             d.toObject().value(QStringLiteral("value")).toString());
    const QJsonArray targets = o.value(QStringLiteral("targets")).toArray();
    for (const auto& t : targets) {
        const QJsonValue score = t.toObject().value(QStringLiteral("score"));
        // Infinite and NaN scores are written as strings ("inf", "-inf", "nan").
        e.targets.emplace_back(t.toObject().value(QStringLiteral("label")).toString(),
                               score.isString() ? score.toString().toDouble() : score.toDouble());
    }
    return e;
}

} // namespace

TargetJob::TargetJob(QObject* parent) : QObject(parent) {}

TargetJob::~TargetJob() {
    if (process_) {
        process_->disconnect(this);
        kill_group();
        process_->waitForFinished(2000);
    }
}

qint64 TargetJob::processId() const {
    return process_ ? pid_ : 0;
}

void TargetJob::kill_group() {
    // The whole group: the binary runs every attempt in a forked child of its own.
    if (pid_ > 0)
        ::kill(-pid_t(pid_), SIGKILL);
    else if (process_)
        process_->kill();
}

bool TargetJob::reproduce(const FailureRow& failure) {
    if (process_)
        return false;
    failure_ = failure;
    return start(TargetJobResult::Job::Reproduce, failure.binary,
                 {QStringLiteral("--target=") + failure.target, QStringLiteral("--shrink-calls=0")},
                 {stored_input(failure)});
}

bool TargetJob::minimize(const FailureRow& failure, int seconds) {
    if (process_)
        return false;
    failure_ = failure;
    return start(TargetJobResult::Job::Minimize, failure.binary,
                 {QStringLiteral("--target=") + failure.target, QStringLiteral("--progress"),
                  QStringLiteral("--shrink-time=%1").arg(std::max(seconds, 0))},
                 {stored_input(failure)});
}

bool TargetJob::show(const QString& binary, const QString& target,
                     const std::vector<QByteArray>& inputs) {
    if (process_)
        return false;
    failure_ = FailureRow{};
    return start(TargetJobResult::Job::Show, binary, {QStringLiteral("--target=") + target},
                 inputs);
}

void TargetJob::cancel() {
    if (!process_ || cancelled_)
        return;
    cancelled_ = true;
    kill_group();
}

void TargetJob::fail_later(TargetJobResult::Job job, const QString& error) {
    // Queued, so that a caller connecting after the call still hears of it, and results always
    // arrive from the event loop.
    TargetJobResult result;
    result.job = job;
    result.error = error;
    QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
}

bool TargetJob::start(TargetJobResult::Job job, const QString& binary, const QStringList& args,
                      const std::vector<QByteArray>& inputs) {
    const QFileInfo info(binary);
    if (binary.isEmpty() || !info.exists()) {
        fail_later(job, tr("The fuzz binary %1 does not exist (was it moved or not built?)")
                            .arg(QDir::toNativeSeparators(binary)));
        return true;
    }
    if (!info.isFile() || !info.isExecutable()) {
        fail_later(job, tr("%1 is not an executable file").arg(QDir::toNativeSeparators(binary)));
        return true;
    }
    auto dir =
        std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/arcwise-job-XXXXXX"));
    if (!dir->isValid()) {
        fail_later(job, tr("Cannot create a temporary directory in %1: %2")
                            .arg(QDir::tempPath(), dir->errorString()));
        return true;
    }
    QStringList arguments = args;
    const QString report = dir->filePath(QStringLiteral("report.json"));
    if (job == TargetJobResult::Job::Show) {
        // Named by position: --show runs a directory's files sorted by name.
        const QString inputs_dir = dir->filePath(QStringLiteral("inputs"));
        QDir().mkpath(inputs_dir);
        for (size_t i = 0; i < inputs.size(); ++i) {
            const QString path =
                inputs_dir + QStringLiteral("/%1").arg(qulonglong(i), 8, 10, QLatin1Char('0'));
            if (!write_file(path, inputs[i])) {
                fail_later(job, tr("Cannot write the input file %1").arg(path));
                return true;
            }
        }
        arguments.prepend(QStringLiteral("--show=") + inputs_dir);
    } else {
        const QString input = dir->filePath(QStringLiteral("input"));
        if (inputs.empty() || !write_file(input, inputs.front())) {
            fail_later(job, tr("Cannot write the input file %1").arg(input));
            return true;
        }
        arguments.prepend(QStringLiteral("--shrink=") + input);
    }
    arguments << QStringLiteral("--report=") + report;
    if (timeout_seconds_ > 0)
        arguments << QStringLiteral("--timeout=%1").arg(timeout_seconds_);

    job_ = job;
    binary_ = info.absoluteFilePath();
    input_count_ = inputs.size();
    cancelled_ = false;
    partial_out_.clear();
    partial_err_.clear();
    output_.clear();
    stdout_.clear();
    dir_ = std::move(dir);
    process_ = std::make_unique<QProcess>();
    // Its own process group, so that cancel() reaches the attempt children too, and a Ctrl-C
    // meant for the workbench does not reach the job.
    process_->setChildProcessModifier([] { ::setpgid(0, 0); });
    process_->setProgram(binary_);
    process_->setArguments(arguments);
    process_->setWorkingDirectory(info.absolutePath());
    connect(process_.get(), &QProcess::readyReadStandardOutput, this,
            [this] { read_channel(QProcess::StandardOutput); });
    connect(process_.get(), &QProcess::readyReadStandardError, this,
            [this] { read_channel(QProcess::StandardError); });
    connect(process_.get(), &QProcess::finished, this, &TargetJob::process_finished);
    connect(process_.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart || !process_)
            return;
        TargetJobResult result;
        result.job = job_;
        result.error = tr("Cannot start %1: %2")
                           .arg(QDir::toNativeSeparators(binary_), process_->errorString());
        end(std::move(result));
    });
    connect(process_.get(), &QProcess::started, this, [this] { pid_ = process_->processId(); });
    pid_ = 0;
    process_->start();
    if (process_ && process_->processId() > 0)
        pid_ = process_->processId();
    return true;
}

void TargetJob::read_channel(QProcess::ProcessChannel channel) {
    if (!process_)
        return;
    const bool from_stderr = channel == QProcess::StandardError;
    QByteArray& partial = from_stderr ? partial_err_ : partial_out_;
    partial += from_stderr ? process_->readAllStandardError() : process_->readAllStandardOutput();
    qsizetype newline;
    while ((newline = partial.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(partial.left(newline));
        partial.remove(0, newline + 1);
        take_line(line, from_stderr);
    }
}

void TargetJob::take_line(const QString& line, bool from_stderr) {
    if (from_stderr && line.startsWith(kProgressPrefix)) {
        const QJsonObject p =
            QJsonDocument::fromJson(line.mid(kProgressPrefix.size()).toUtf8()).object();
        Q_EMIT progress(p.value(QStringLiteral("calls")).toInteger(),
                        p.value(QStringLiteral("choices")).toInteger(),
                        p.value(QStringLiteral("bytes")).toInteger(),
                        p.value(QStringLiteral("elapsed")).toDouble());
        return;
    }
    output_ += line + QLatin1Char('\n');
    if (!from_stderr)
        stdout_ += line + QLatin1Char('\n');
    Q_EMIT outputLine(line);
}

void TargetJob::process_finished(int exit_code, QProcess::ExitStatus status) {
    if (!process_)
        return;
    read_channel(QProcess::StandardOutput);
    read_channel(QProcess::StandardError);
    // A last line without its newline.
    if (!partial_out_.isEmpty())
        take_line(QString::fromUtf8(std::exchange(partial_out_, {})), /*from_stderr=*/false);
    if (!partial_err_.isEmpty())
        take_line(QString::fromUtf8(std::exchange(partial_err_, {})), /*from_stderr=*/true);
    // Whatever the binary left behind in its group (it kills its attempt children itself,
    // unless it was killed first).
    kill_group();

    TargetJobResult result;
    result.job = job_;
    result.cancelled = cancelled_;
    result.exit_code = status == QProcess::NormalExit ? exit_code : -1;
    result.output = output_;
    if (!cancelled_) {
        switch (job_) {
        case TargetJobResult::Job::Reproduce:
            finish_reproduce(result);
            break;
        case TargetJobResult::Job::Minimize:
            finish_minimize(result);
            break;
        case TargetJobResult::Job::Show:
            finish_show(result);
            break;
        }
    }
    end(std::move(result));
}

namespace {

QByteArray read_report(const QTemporaryDir& dir) {
    QFile f(dir.filePath(QStringLiteral("report.json")));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

void TargetJob::finish_reproduce(TargetJobResult& result) {
    if (result.exit_code == kDoesNotFail) {
        result.still_fails = false;
        return;
    }
    FailureRow f = failure_;
    if (result.exit_code != kStillFails || !read_shrink_report(read_report(*dir_), stdout_, f)) {
        result.error = result.exit_code < 0
                           ? tr("%1 was killed before it gave a result:\n%2")
                                 .arg(QDir::toNativeSeparators(binary_), tail(result.output))
                           : tr("%1 ended with status %2 without a readable report:\n%3")
                                 .arg(QDir::toNativeSeparators(binary_))
                                 .arg(result.exit_code)
                                 .arg(tail(result.output));
        return;
    }
    result.still_fails = true;
    result.kind = f.kind;
    result.message = f.message;
    result.failure = std::move(f);
    result.same_signature = result.failure.signature == failure_.signature;
}

void TargetJob::finish_minimize(TargetJobResult& result) {
    finish_reproduce(result);
    if (!result.still_fails || !result.error.isEmpty())
        return;
    const QByteArray before = stored_input(failure_);
    const QByteArray after = result.failure.minimal_input;
    result.smaller = !after.isEmpty() && shortlex_less(after, before);
    if (after.isEmpty())
        result.failure.minimal_input = before;
}

void TargetJob::finish_show(TargetJobResult& result) {
    const QByteArray json = read_report(*dir_);
    const QJsonObject report = QJsonDocument::fromJson(json).object();
    const QJsonArray inputs = report.value(QStringLiteral("inputs")).toArray();
    if (result.exit_code != 0 || size_t(inputs.size()) != input_count_) {
        result.error = tr("%1 ended with status %2 without a readable report:\n%3")
                           .arg(QDir::toNativeSeparators(binary_))
                           .arg(result.exit_code)
                           .arg(tail(result.output));
        return;
    }
    result.examples.reserve(input_count_);
    for (const auto& input : inputs)
        result.examples.push_back(shown_example(input.toObject()));
}

void TargetJob::end(TargetJobResult result) {
    // Released first: a slot connected to finished may start the next job.
    std::unique_ptr<QProcess> process = std::move(process_);
    process->disconnect(this);
    process.release()->deleteLater();
    dir_.reset();
    Q_EMIT finished(result);
}

QByteArray exported_input(const QByteArray& input, const QString& kind) {
    if (kind != QLatin1String("libfuzzer"))
        return input;
    const auto seq = engine::deserialize(std::string_view(input.constData(), size_t(input.size())));
    if (seq && seq->is_single_bytes())
        return QByteArray::fromStdString(seq->choices[0].data);
    return input;
}

QByteArray exported_input(const FailureRow& failure, const QString& kind) {
    return exported_input(stored_input(failure), kind);
}

QString reproducer_command(const FailureRow& failure, const QString& input_path) {
    const QFileInfo binary(failure.binary);
    return QStringLiteral("cd ") + shell_quote(binary.absolutePath()) + QStringLiteral(" && ") +
           shell_quote(QStringLiteral("./") + binary.fileName()) + QStringLiteral(" --shrink=") +
           shell_quote(QFileInfo(input_path).absoluteFilePath()) + QStringLiteral(" --target=") +
           shell_quote(failure.target) + QStringLiteral(" --shrink-calls=0");
}

bool write_regression(const FailureRow& failure, QString* path, QString* error) {
    const QByteArray input = stored_input(failure);
    if (input.isEmpty()) {
        if (error)
            *error = TargetJob::tr("Failure %1 of %2 has no stored input to write")
                         .arg(failure.id)
                         .arg(failure.target);
        return false;
    }
    return write_regression_file(failure.binary, failure.target, input, path, error);
}

} // namespace arcwise::campaign
