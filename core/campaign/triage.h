#pragma once
// What happens to a failure a worker reports: reproduce it in a fresh process and shrink it (the
// binary's own --shrink mode, so each attempt runs in a child of that process), deduplicate it by
// signature, store it, and write its minimal example as a regression file next to the binary,
// which the binary's unit-test mode replays. Also checks stored failures against a new build: one
// that no longer reproduces is marked fixed. One job at a time, through the campaign's process
// runner (child_process.h: its own process group, killed as a whole), never blocking.

#include "child_process.h"
#include "types.h"

#include <QObject>
#include <QString>
#include <deque>
#include <memory>
#include <set>

namespace arcwise::campaign {

class Database;

struct TriageJob {
    enum class Kind { Shrink, Check };
    Kind kind = Kind::Shrink;
    qint64 target_id = 0;
    QString target;
    QString binary;
    QString build_id;
    QByteArray input;      // as found (Shrink), or the stored minimal input (Check)
    qint64 failure_id = 0; // Check
    // What the worker said (used as is when the failure does not reproduce).
    FailureRow reported;
};

class Triage : public QObject {
    Q_OBJECT

public:
    Triage(Database& db, double timeout_seconds, QObject* parent = nullptr);
    ~Triage() override;

    void enqueue(TriageJob job);
    // The campaign is ending: queued failures are stored as found (not shrunk), and the one being
    // shrunk gets `grace_ms` more before it is stopped and stored the same way.
    void drain(int grace_ms);
    bool idle() const { return !process_ && queue_.empty(); }
    size_t pending() const { return queue_.size() + (process_ ? 1 : 0); }
    // Signatures seen per target: a failure already stored only has its count raised.
    bool known(qint64 target_id, const QString& signature) const;
    void remember(qint64 target_id, const QString& signature);
    // True while a failure with this signature waits to be, or is being, shrunk.
    bool pending(qint64 target_id, const QString& signature) const;

Q_SIGNALS:
    void recorded(const arcwise::campaign::FailureRow& failure, bool is_new);
    // The database could not store `failure` (its target and binary filled in, id 0); `error`
    // says why. Its regression file was written where it could be.
    void unstored(const arcwise::campaign::FailureRow& failure, const QString& error);
    void checked(qint64 failure_id, bool still_fails);
    // A failure to shrink was queued: `failure` is what the worker reported, with its target,
    // binary, first_input (as found) and first_seen_ms. shrinkEnded() follows with the same
    // target and reported signature, just before it is stored (recorded() or unstored()).
    void shrinking(const arcwise::campaign::FailureRow& failure);
    void shrinkEnded(qint64 target_id, const QString& signature);
    // The shrink of that failure runs: attempts so far, the size of the best input so far (its
    // stored form), seconds spent and the most it may take. Emitted when it starts and then
    // as the binary reports progress (a few times a second at most).
    void shrinkProgress(qint64 target_id, const QString& signature, qint64 calls, qint64 bytes,
                        double elapsed_s, double budget_s);
    void message(const QString& text);
    void becameIdle();

private:
    void start_next();
    void finished(const ChildExit& exit);
    // The current job could not be run (why: translated); the next one starts.
    void could_not_run(const QString& why);
    void store_unshrunk(const TriageJob& job, const QString& why);

    Database& db_;
    double timeout_seconds_;
    std::deque<TriageJob> queue_;
    std::unique_ptr<ChildProcess> process_;
    TriageJob current_;
    QString report_path_;
    std::set<std::pair<qint64, QString>> signatures_;
    bool draining_ = false;
};

// Where the binary's unit-test mode looks for a target's stored failures when run from its
// directory (as CTest runs it): <binary dir>/.arcwise/regressions/<target>/.
QString regression_dir(const QString& binary, const QString& target);
// Writes `input` there as <sha1 of input>, the name the runtime gives its own regression files.
// Returns false with a translated *error saying where, when it cannot.
bool write_regression_file(const QString& binary, const QString& target, const QByteArray& input,
                           QString* path, QString* error);

// Takes what `binary --shrink=FILE --report=JSON` reported into `failure`: kind, message,
// location, signature, stack and minimal input from the first failure of the JSON, and the printed
// example (the "Falsifying example" block of `output`, the binary's stdout, without the
// statistics line). Returns false, leaving `failure` as it was, when the report has no failure.
bool read_shrink_report(const QByteArray& json, const QString& output, FailureRow& failure);

} // namespace arcwise::campaign
