#pragma once
// One-shot runs of a fuzz binary for the workbench's failure and target pages: reproduce a stored
// failure, shrink it further, or show what stored inputs draw. Each runs the binary's own mode
// (--shrink, --show; docs/sdk.md) in a fresh process, so the workbench never runs target code.
// Also the small helpers those pages need: the exported input, a reproducer command line and a
// regression file.

#include "child_process.h"
#include "types.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>
#include <utility>
#include <vector>

namespace arcwise::campaign {

// One input as `--show` ran it: what the test drew (label = printed value, as failures print
// them), noted and reported, and how it ended.
struct ShownExample {
    QString outcome; // "pass", "fail", "invalid" (assume(), filter(), unreadable) or "overrun"
    QString kind;    // of a failure: "assertion", "crash", "exception", "timeout", ...
    QString message; // of a failure, or why an input is invalid
    QString location;
    QString signature;
    QStringList stack;
    std::vector<std::pair<QString, QString>> draws; // label, printed value
    QStringList notes;
    QStringList events;                              // event() labels
    std::vector<std::pair<QString, double>> targets; // target() label, highest score
    qint64 size = 0;                                 // bytes of the input
};

// How a job ended. Fields below the first group belong to one kind of job.
struct TargetJobResult {
    enum class Job { Reproduce, Minimize, Show };
    Job job = Job::Reproduce;
    bool cancelled = false; // cancel() ended it; nothing below is meaningful
    QString error;          // translated: why the job could not run or gave no result
    int exit_code = -1;     // the binary's exit status; -1 when it did not exit normally
    QString output;         // everything it printed (stdout and stderr), without progress lines
    bool ok() const { return !cancelled && error.isEmpty(); }

    // Reproduce and Minimize: whether the input still fails, and how.
    bool still_fails = false;
    QString kind;
    QString message;

    // Reproduce and Minimize, when it still fails: the failure with what the binary reported
    // (minimal_input, example, kind, message, stack, signature, location).
    // Minimize: `smaller`: its minimal input comes before the one it started from in the
    // shrinker's order (fewer choices, then simpler values; docs/sdk.md), which may keep its size
    // in bytes; `same_signature`: it still fails the way the stored failure does. Worth storing
    // when both hold (Database::record_failure replaces the stored input only when it is also
    // smaller in bytes).
    FailureRow failure;
    bool smaller = false;
    bool same_signature = false;

    // Show: one entry per input, in the order given.
    std::vector<ShownExample> examples;
};

// Runs one job at a time in a fresh process of the fuzz binary, in its own process group, with
// the binary's directory as working directory and the inputs in a private temporary directory
// that is removed when the job ends. Never blocks the caller's thread: every result, including
// an error found before starting, arrives through `finished`, exactly once per started job.
// Output lines and progress arrive while the job runs. Destroying the object kills a running job
// without emitting anything.
class TargetJob : public QObject {
    Q_OBJECT

public:
    explicit TargetJob(QObject* parent = nullptr);
    ~TargetJob() override;

    // Seconds each attempt may run before it counts as a hang (the binary's --timeout); 0 keeps
    // the binary's default (10 s in these modes).
    void setAttemptTimeout(double seconds) { timeout_seconds_ = seconds; }

    // Each returns false, and does nothing, while another job of this object runs.
    // Runs the stored minimal input (the first input when there is none) once, unshrunk.
    bool reproduce(const FailureRow& failure);
    // Shrinks the stored minimal input further for at most `seconds`, with progress. Does not
    // store anything.
    bool minimize(const FailureRow& failure, int seconds);
    // Runs each input of `target` once and reports what it drew. Inputs are stored choice
    // sequences or, for a libFuzzer harness, raw bytes (what the corpus and failures hold).
    bool show(const QString& binary, const QString& target, const std::vector<QByteArray>& inputs);
    // Kills the job's whole process group; the job finishes with `cancelled` set.
    void cancel();

    bool isRunning() const { return process_ != nullptr; }
    // The running process (also its process group), or 0.
    qint64 processId() const;

Q_SIGNALS:
    // A line the binary printed, stdout or stderr, as it came.
    void outputLine(const QString& line);
    // Minimize: attempts run, and the best input so far (choices, stored size in bytes).
    void progress(qint64 calls, qint64 choices, qint64 bytes, double elapsed_seconds);
    void finished(const arcwise::campaign::TargetJobResult& result);

private:
    bool start(TargetJobResult::Job job, const QString& binary, const QStringList& args,
               const std::vector<QByteArray>& inputs);
    void fail_later(TargetJobResult::Job job, const QString& error);
    void take_line(const QString& line, bool from_stderr);
    void process_finished(const ChildExit& exit);
    void finish_reproduce(TargetJobResult& result);
    void finish_minimize(TargetJobResult& result);
    void finish_show(TargetJobResult& result);
    void end(TargetJobResult result);

    std::unique_ptr<ChildProcess> process_;
    QByteArray report_; // read when the process ends, before its directory goes
    TargetJobResult::Job job_ = TargetJobResult::Job::Reproduce;
    FailureRow failure_;
    QString binary_;
    size_t input_count_ = 0;
    QString output_, stdout_;
    double timeout_seconds_ = 0;
    bool cancelled_ = false;
};

// The input as a file for other tools: raw bytes for a libFuzzer harness's single bytes choice
// (what libFuzzer, AFL++ and the harness itself read), the serialised choice sequence otherwise.
// `kind` is the target's kind ("libfuzzer" or "property").
QByteArray exported_input(const QByteArray& input, const QString& kind);
// The failure's minimal input (the first when there is none) in that form.
QByteArray exported_input(const FailureRow& failure, const QString& kind);

// A shell command line, quoted for sh, that reproduces the failure from `input_path` (a file
// holding its input, as exported_input writes or as stored), run from the binary's directory.
QString reproducer_command(const FailureRow& failure, const QString& input_path);

// Writes the failure's minimal input as a regression file (regression_dir() in triage.h), where
// the binary's unit-test mode replays it. On success *path is the file; otherwise *error says
// what and where (translated).
bool write_regression(const FailureRow& failure, QString* path, QString* error);

} // namespace arcwise::campaign

Q_DECLARE_METATYPE(arcwise::campaign::ShownExample)
Q_DECLARE_METATYPE(arcwise::campaign::TargetJobResult)
