#pragma once
// One worker: the user's fuzz binary started with --worker through Boost.Process, in its own
// process group, with its own control socket, input mapping, working directory, environment and
// resource limits. Speaks the worker protocol (core/protocol) and turns its messages into signals.
// Watches stdout and stderr separately and keeps their last lines. When the process ends for any
// reason other than a requested stop, exited() hands over the input it was running, read from the
// shared mapping, so that the failure can be reproduced.

#include "protocol/codec.h"
#include "protocol/messages.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <deque>
#include <memory>

class QLocalServer;
class QLocalSocket;
class QSocketNotifier;

namespace arcwise::campaign {

struct WorkerOptions {
    int heartbeat_timeout_ms = 30000; // no message for this long while fuzzing: the worker hangs
    int core_dump = 0;                // RLIMIT_CORE
    qint64 address_space_mb = 0;      // RLIMIT_AS; 0 = none (sanitizers reserve terabytes)
    int kept_output_lines = 200;
};

class WorkerProcess : public QObject {
    Q_OBJECT

public:
    WorkerProcess(QString binary, QString run_dir, int slot, WorkerOptions options,
                  QObject* parent = nullptr);
    ~WorkerProcess() override;

    // Starts the process and waits for its Hello (up to `timeout_ms`). False with *error when it
    // cannot start or does not say Hello (its last output is in the message).
    bool start(QString* error, int timeout_ms = 20000);
    bool running() const;
    // Sends corpus entries, then a Fuzz request. The worker keeps one fuzzer per target.
    void fuzz(const protocol::Fuzz& request, const std::vector<QByteArray>& corpus);
    // Asks the worker to finish and exit; kills its process group if it does not within 3 s.
    void stop();
    void kill();
    // Stops (SIGSTOP) or continues (SIGCONT) the worker's process group. A suspended worker is
    // not taken for hung: its heartbeat clock starts again when it continues.
    void suspend(bool suspended);
    bool suspended() const { return suspended_; }

    const QString& binary() const { return binary_; }
    int slot() const { return slot_; }
    qint64 pid() const { return pid_; }
    const protocol::Hello& hello() const { return hello_; }
    bool busy() const { return busy_; }
    QStringList recent_output() const;

Q_SIGNALS:
    void newEntry(const arcwise::protocol::NewEntry& entry);
    void failure(const arcwise::protocol::Failure& failure);
    void stats(const arcwise::protocol::Stats& stats);
    void done(const arcwise::protocol::Done& done);
    void workerError(const QString& message);
    // The process ended without being asked to. `input` is what it was running (serialised choices
    // or raw bytes, see `serialized`), empty when nothing was running.
    void exited(const QString& how, const QByteArray& input, bool serialized);
    void outputLine(const QString& line, bool is_stderr);

private:
    void read_control();
    void read_pipe(int fd, bool is_stderr);
    void process_gone(const QString& how);
    void check_heartbeat();
    void send(const protocol::Message& m);
    QString reap();

    struct Child;
    QString binary_;
    QString run_dir_;
    int slot_;
    WorkerOptions options_;
    std::unique_ptr<Child> child_;
    QLocalServer* server_ = nullptr;
    QLocalSocket* socket_ = nullptr;
    QSocketNotifier* out_notifier_ = nullptr;
    QSocketNotifier* err_notifier_ = nullptr;
    int out_fd_ = -1, err_fd_ = -1;
    QByteArray out_partial_, err_partial_;
    std::deque<QString> output_;
    protocol::FrameDecoder decoder_;
    protocol::Hello hello_;
    bool has_hello_ = false;
    bool busy_ = false;
    bool stopping_ = false;
    bool gone_ = false;
    bool suspended_ = false;
    qint64 pid_ = 0;
    QString shm_path_;
    QElapsedTimer last_message_;
    QTimer heartbeat_;
};

} // namespace arcwise::campaign
