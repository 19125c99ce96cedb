#pragma once
// One worker: the user's fuzz binary started with --worker through the campaign's process runner
// (child_process.h), behind an intermediate process, so that a target that signals its parent or
// its group ends only this worker. Its control channel is a socket pair and the input under test
// lives in a memfd, both passed as descriptors (no file on a disk that may fill). Speaks the
// worker protocol (core/protocol) and turns its messages into signals.
//
// Start is asynchronous: start() returns at once, ready() follows the worker's Hello, and a worker
// that does not say Hello in time, or ends before, gives startFailed(). Requests sent before the
// Hello wait in the socket. The worker is hung when no complete message arrived for the heartbeat
// time while it fuzzes (bytes that never form a frame do not count). What a worker may send is
// bounded: stats and new corpus entries beyond a rate, and entries beyond a size, are dropped
// with one log line per worker. When the process ends for any reason other than a requested stop,
// exited() hands over the input it was running, read from the shared mapping, so that the failure
// can be reproduced.

#include "child_process.h"
#include "protocol/codec.h"
#include "protocol/messages.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <memory>

class QLocalSocket;

namespace arcwise::campaign {

struct WorkerOptions {
    int hello_timeout_ms = 20000;     // from start to the worker's Hello
    int heartbeat_timeout_ms = 30000; // no complete message for this long while fuzzing: hung
    int core_dump = 0;                // RLIMIT_CORE
    qint64 address_space_mb = 0;      // RLIMIT_AS; 0 = none (sanitizers reserve terabytes)
    int kept_output_lines = 200;
    // What one worker may send. The runtime sends stats about once a second, and new entries as
    // fast as its fuzzer finds them, which is bursty at the start: hence buckets, not fixed rates.
    double stats_per_second = 10;
    double entries_per_second = 500;
    double entry_burst = 5000;
    qint64 max_entry_bytes = 1 << 20;
    double entry_bytes_per_second = 16 << 20;
    double entry_bytes_burst = 64 << 20;
    QStringList arguments; // after --worker (the runtime's options, runtime_contract.def)
};

class WorkerProcess : public QObject {
    Q_OBJECT

public:
    WorkerProcess(QString binary, int slot, WorkerOptions options, QObject* parent = nullptr);
    ~WorkerProcess() override;

    // Starts the process. False with *error when it cannot be started at all; otherwise ready()
    // or startFailed() follows.
    bool start(QString* error);
    bool running() const;
    bool ready() const { return has_hello_; }
    // Sends corpus entries, then a Fuzz request. The worker keeps one fuzzer per target.
    void fuzz(const protocol::Fuzz& request, const std::vector<QByteArray>& corpus);
    // An entry another worker of `target` found: a worker fuzzing it runs it into its corpus
    // within about a second; otherwise it waits for the next Fuzz of that target. False, and
    // nothing sent, while more than 8 MiB wait unread in its channel.
    bool share(const std::string& target, const QByteArray& input);
    // Asks the worker to finish and exit; kills its process group if it does not within 3 s.
    void stop();
    void kill();
    // Stops (SIGSTOP) or continues (SIGCONT) the worker's process group. A suspended worker is
    // not taken for hung: its heartbeat clock starts again when it continues.
    void suspend(bool suspended);
    bool suspended() const { return suspended_; }

    const QString& binary() const { return binary_; }
    int slot() const { return slot_; }
    qint64 pid() const { return child_.pid(); }
    const protocol::Hello& hello() const { return hello_; }
    bool busy() const { return busy_; }
    QStringList recent_output() const { return child_.recent_output(); }

Q_SIGNALS:
    void started();
    void startFailed(const QString& message);
    void newEntry(const arcwise::protocol::NewEntry& entry);
    void failure(const arcwise::protocol::Failure& failure);
    void stats(const arcwise::protocol::Stats& stats);
    void done(const arcwise::protocol::Done& done);
    void workerError(const QString& message);
    // The process ended without being asked to, after its Hello. `input` is what it was running
    // (serialised choices or raw bytes, see `serialized`), empty when nothing was running.
    void exited(const QString& how, const QByteArray& input, bool serialized);
    void outputLine(const QString& line, bool is_stderr);
    // Messages dropped for exceeding a limit: once per worker and kind.
    void throttled(const QString& message);

private:
    struct Bucket {
        double tokens = 0, rate = 0, burst = 0;
        QElapsedTimer clock;
        bool take(double n);
    };
    void read_control();
    void handle(protocol::Message& m);
    void process_gone(const ChildExit& exit);
    void check_heartbeat();
    void send(const protocol::Message& m);
    void fail_start(const QString& why);
    QByteArray running_input(bool* serialized) const;
    void drop(const char* kind, const QString& message);

    QString binary_;
    int slot_;
    WorkerOptions options_;
    ChildProcess child_;
    QLocalSocket* socket_ = nullptr;
    int input_fd_ = -1; // the memfd holding the input under test
    protocol::FrameDecoder decoder_;
    protocol::Hello hello_;
    bool has_hello_ = false;
    bool busy_ = false;
    bool stopping_ = false;
    bool gone_ = false;
    bool suspended_ = false;
    QString hang_;
    QElapsedTimer last_message_;
    QElapsedTimer since_start_;
    QTimer heartbeat_;
    Bucket stats_bucket_, entry_bucket_, entry_bytes_bucket_;
    QStringList dropped_kinds_;
};

} // namespace arcwise::campaign
