#include "target_job.h"

#include "engine/serialize.h"
#include "engine/shrinker.h"
#include "runtime_command.h"
#include "triage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimer>
#include <csignal>
#include <unistd.h>

namespace arcwise::campaign {

namespace {

namespace contract = protocol::contract;

// The binary's exit statuses in --shrink mode (docs/sdk.md).
constexpr int kStillFails = contract::kExitFailed;
constexpr int kDoesNotFail = contract::kExitDoesNotFail;

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
    if (process_)
        process_->disconnect(this); // its destructor kills the whole group
}

qint64 TargetJob::processId() const {
    return process_ ? process_->pid() : 0;
}

bool TargetJob::reproduce(const FailureRow& failure) {
    if (process_)
        return false;
    failure_ = failure;
    return start(TargetJobResult::Job::Reproduce, failure.binary,
                 {runtime_option(contract::kOptionTarget, failure.target),
                  runtime_option(contract::kOptionShrinkCalls, QStringLiteral("0"))},
                 {stored_input(failure)});
}

bool TargetJob::minimize(const FailureRow& failure, int seconds) {
    if (process_)
        return false;
    failure_ = failure;
    return start(
        TargetJobResult::Job::Minimize, failure.binary,
        {runtime_option(contract::kOptionTarget, failure.target),
         QString::fromLatin1(contract::kModeProgress),
         runtime_option(contract::kOptionShrinkTime, QString::number(std::max(seconds, 0)))},
        {stored_input(failure)});
}

bool TargetJob::show(const QString& binary, const QString& target,
                     const std::vector<QByteArray>& inputs) {
    if (process_)
        return false;
    failure_ = FailureRow{};
    return start(TargetJobResult::Job::Show, binary,
                 {runtime_option(contract::kOptionTarget, target)}, inputs);
}

void TargetJob::cancel() {
    if (!process_ || cancelled_)
        return;
    cancelled_ = true;
    process_->kill(); // the whole group: the binary runs every attempt in a child of its own
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
    auto child = std::make_unique<ChildProcess>();
    QString error;
    if (!child->prepare(&error)) {
        fail_later(job, error);
        return true;
    }
    const QString dir = child->temp_dir();
    QStringList arguments = args;
    const QString report = dir + QStringLiteral("/report.json");
    if (job == TargetJobResult::Job::Show) {
        // Named by position: --show runs a directory's files sorted by name.
        const QString inputs_dir = dir + QStringLiteral("/inputs");
        QDir().mkpath(inputs_dir);
        for (size_t i = 0; i < inputs.size(); ++i) {
            const QString path =
                inputs_dir + QStringLiteral("/%1").arg(qulonglong(i), 8, 10, QLatin1Char('0'));
            if (!write_file(path, inputs[i])) {
                fail_later(job, tr("Cannot write the input file %1").arg(path));
                return true;
            }
        }
        arguments.prepend(runtime_option(contract::kOptionShow, inputs_dir));
    } else {
        const QString input = dir + QStringLiteral("/input");
        if (inputs.empty() || !write_file(input, inputs.front())) {
            fail_later(job, tr("Cannot write the input file %1").arg(input));
            return true;
        }
        arguments.prepend(runtime_option(contract::kOptionShrink, input));
    }
    arguments << runtime_option(contract::kOptionReport, report);
    if (timeout_seconds_ > 0)
        arguments << runtime_option(contract::kOptionTimeout, QString::number(timeout_seconds_));

    job_ = job;
    binary_ = info.absoluteFilePath();
    input_count_ = inputs.size();
    cancelled_ = false;
    output_.clear();
    stdout_.clear();
    report_.clear();
    ChildSpec spec;
    spec.program = binary_;
    spec.arguments = arguments;
    spec.kept_lines = 1000;
    spec.max_line_bytes = 64 << 10;
    connect(child.get(), &ChildProcess::outputLine, this, &TargetJob::take_line);
    connect(child.get(), &ChildProcess::finished, this, &TargetJob::process_finished);
    if (!child->start(spec, &error)) {
        fail_later(job, tr("Cannot start %1: %2").arg(QDir::toNativeSeparators(binary_), error));
        return true;
    }
    process_ = std::move(child);
    return true;
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

void TargetJob::process_finished(const ChildExit& exit) {
    if (!process_)
        return;
    QFile report(process_->temp_dir() + QStringLiteral("/report.json"));
    report_ = report.open(QIODevice::ReadOnly) ? report.read(256 << 20) : QByteArray();
    const int exit_code = exit.exited_normally() ? exit.code : -1;

    TargetJobResult result;
    result.job = job_;
    result.cancelled = cancelled_;
    result.exit_code = exit_code;
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

void TargetJob::finish_reproduce(TargetJobResult& result) {
    if (result.exit_code == kDoesNotFail) {
        result.still_fails = false;
        return;
    }
    FailureRow f = failure_;
    if (result.exit_code != kStillFails || !read_shrink_report(report_, stdout_, f)) {
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
    const QJsonObject report = QJsonDocument::fromJson(report_).object();
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
    std::unique_ptr<ChildProcess> process = std::move(process_);
    process->disconnect(this);
    process.release()->deleteLater(); // its directory goes with it
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
