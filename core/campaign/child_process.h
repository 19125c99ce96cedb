#pragma once
// The one way the campaign runs a program: workers, shrink and check runs, the workbench's target
// jobs, `--list` and `--cfg` all start here. Every child gets the same guarantees, whatever it
// does:
// - its own session and process group, and termination of the whole group (terminate, wait,
//   kill), so nothing it forks outlives it;
// - death with its supervisor (PR_SET_PDEATHSIG), so a SIGKILL of the workbench leaves nothing
//   running;
// - only the descriptors meant for it (stdin from /dev/null, stdout, stderr, then `fds` as 3, 4,
//   ...): everything else the supervisor holds is closed in the child, close-on-exec or not;
// - a private temporary directory (TMPDIR), removed when the child ends;
// - bounded capture of stdout and stderr: lines are cut at `max_line_bytes`, only the last
//   `kept_lines` are kept, and a captured stdout (`capture_stdout`) past `max_capture_bytes`
//   ends the child;
// - cheap reading of a flood: a stream that keeps writing is read in large chunks every few
//   milliseconds rather than woken up for every write, from a pipe large enough that the child
//   never waits for it at the rates a logging target writes (OutputThrottle bounds what is
//   then shown);
// - an optional time limit, and a typed exit status.
// With `intermediate` (the default), a small supervising process sits between this process and
// the program: a program that signals its parent, its process group or its session ends only
// itself and that intermediate, and the exit status says so (How::SupervisorKilled). When this
// process dies, the intermediate ends the whole group, the program's own children included.
//
// A ChildProcess runs on the thread that started it. With `watch` (the default), it reports
// through signals from that thread's event loop; without it, wait_finished() drives it (for
// threads without an event loop, such as a thread pool's).

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <deque>
#include <memory>
#include <utility>
#include <vector>

class QSocketNotifier;
class QTimer;

namespace arcwise::campaign {

struct ChildSpec {
    QString program;
    QStringList arguments;
    QString working_directory; // empty: the program's directory
    // Set in the child's environment (on top of this process's, without its ARCWISE_ variables).
    std::vector<std::pair<QByteArray, QByteArray>> environment;
    // Descriptors the child gets as 3, 4, ... in this order. They stay owned by the caller.
    std::vector<int> fds;
    bool intermediate = true;
    bool private_tmp = true;
    int timeout_ms = 0;          // 0: none
    qint64 address_space_mb = 0; // RLIMIT_AS; 0: none (sanitizers reserve terabytes)
    int core_dump_bytes = 0;     // RLIMIT_CORE
    bool capture_stdout = false; // keep stdout whole (up to max_capture_bytes) instead of lines
    qint64 max_capture_bytes = 64 << 20;
    int max_line_bytes = 4096;
    int kept_lines = 200; // per stream
    // run_child(): when this turns true, the child is ended at once (How::Stopped). Borrowed.
    const std::atomic<bool>* cancel = nullptr;
};

// How a child ended.
struct ChildExit {
    enum class How {
        Exited,           // exit(code)
        Signalled,        // killed by `signal` (not by us)
        SupervisorKilled, // the intermediate was killed by `signal`: the program signalled its
                          // parent, group or session (or something else killed it)
        TimedOut,         // the time limit passed; the group was killed
        OutputLimit,      // captured stdout passed its limit; the group was killed
        Stopped,          // terminate() or kill() ended it
        FailedToStart,    // see `error`
    };
    How how = How::FailedToStart;
    int code = -1;  // Exited
    int signal = 0; // Signalled, SupervisorKilled
    QString error;  // FailedToStart: what and where

    bool exited(int with_code) const { return how == How::Exited && code == with_code; }
    bool exited_normally() const { return how == How::Exited; }
    // "exited with status 3", "killed by signal 11 (Segmentation fault)", ...
    QString describe() const;
};

class ChildProcess : public QObject {
    Q_OBJECT

public:
    explicit ChildProcess(QObject* parent = nullptr);
    // Kills the whole group and removes the temporary directory; emits nothing.
    ~ChildProcess() override;

    // Starts the child. False, with *error saying what and where, when it could not be started
    // (the program is missing or not executable, no temporary directory, fork failed); nothing
    // is emitted then. Only one child per object.
    bool start(const ChildSpec& spec, QString* error, bool watch = true);
    // Creates the private temporary directory before start(), for files the child is to read
    // (their paths go into its arguments). False with *error when it cannot be created.
    bool prepare(QString* error);
    // Temporary directories are named arcwise-child-PID-*, PID the supervisor's. Removes those in
    // `directory` whose supervisor is gone (killed with SIGKILL, it could not remove them) and
    // that have not changed for an hour (a process of another PID namespace may share the
    // directory); returns how many. The first prepare() of a process does it for the system's
    // temporary directory.
    static int remove_orphaned_temp_dirs(const QString& directory);

    bool running() const { return pid_ > 0 && !reaped_; }
    qint64 pid() const { return pid_; } // also its process group and session
    const QString& temp_dir() const { return temp_dir_; }

    // SIGTERM to the group, SIGKILL after `grace_ms` if it is still there.
    void terminate(int grace_ms = 2000);
    void kill();
    // SIGSTOP / SIGCONT to the group (the workbench's pause).
    void suspend(bool suspended);

    // Drives the child without an event loop: reads its output and reaps it. True once it ended
    // (then finished() has been emitted and exit_status() is set); false after `timeout_ms`
    // (-1: no limit).
    bool wait_finished(int timeout_ms = -1);
    const ChildExit& exit_status() const { return exit_; }

    // What it printed: the last kept lines per stream (an unfinished last line included once it
    // ended), and the captured stdout.
    QStringList recent_lines(bool from_stderr) const;
    QStringList recent_output() const; // both streams, stderr last
    const QByteArray& captured_stdout() const { return captured_; }

Q_SIGNALS:
    void outputLine(const QString& line, bool from_stderr);
    // Once. The temporary directory is still there for its receivers, and removed after them.
    // Receivers must not delete the object (deleteLater() is fine).
    void finished(const arcwise::campaign::ChildExit& exit);

private:
    struct Stream {
        int fd = -1;
        QSocketNotifier* notifier = nullptr;
        QTimer* collect = nullptr; // a busy stream: the next read, once more has collected
        int pipe_bytes = 65536;
        qint64 read_at_ms = 0; // when it was last read empty or collected from
        QByteArray partial;
        bool skipping = false; // the rest of an over-long line, already cut
        std::deque<QString> lines;
        bool from_stderr = false;
    };
    void read_stream(Stream& s);
    void take_line(Stream& s, const QByteArray& bytes, bool cut);
    void read_status();
    void on_exit_ready();
    void reap(bool block);
    void kill_group(int signal);
    void close_fds();

    ChildSpec spec_;
    qint64 pid_ = 0;
    int pidfd_ = -1;
    int status_fd_ = -1; // the intermediate's report of the program's wait status
    Stream out_, err_;
    QSocketNotifier* exit_notifier_ = nullptr;
    QTimer* timeout_ = nullptr;
    QTimer* kill_timer_ = nullptr;
    QByteArray status_bytes_;
    QByteArray captured_;
    QString temp_dir_;
    ChildExit exit_;
    enum class Ending { None, Stop, Timeout, OutputLimit } ending_ = Ending::None;
    bool reaped_ = false;
    bool watch_ = true;
};

// A child's output on its way to a log: a target that prints on every execution writes thousands
// of lines a second, more than anyone reads and more than a log should cost. At most `per_second`
// lines a second pass (bursts of as many), the rest are counted. The last `kept` lines are
// remembered whether they passed or not, so that when the child ends after some were dropped,
// its end (a sanitizer's report comes right before it) can still be shown whole.
class OutputThrottle {
public:
    explicit OutputThrottle(double per_second = 200, int kept = 200);

    // True: show `line` now. False: it is dropped (counted, and kept in the tail).
    bool pass(const QString& line) { return pass(line, clock_.elapsed()); }
    // The same at `now_ms` of a clock of the caller's that does not go back (the tests').
    bool pass(const QString& line, qint64 now_ms);
    double per_second() const { return per_second_; }
    // Lines dropped since the last call.
    qint64 take_dropped() { return std::exchange(dropped_, 0); }
    // The last lines, oldest first, when any of them was dropped; empty when all were shown.
    // Forgets them.
    QStringList take_tail();

private:
    double per_second_;
    int kept_;
    double tokens_;
    QElapsedTimer clock_;
    qint64 last_ms_ = -1;
    qint64 dropped_ = 0;
    std::deque<std::pair<QString, bool>> tail_; // (line, shown)
    int unshown_ = 0;                           // in tail_
};

// Runs a child to completion on the calling thread (no event loop needed): --list and --cfg.
// `spec.timeout_ms` and `spec.max_capture_bytes` bound it, `spec.cancel` ends it early (a
// reader that is dropped need not wait for a target that hangs); stdout is captured.
struct ChildRun {
    ChildExit exit;
    QByteArray stdout_bytes;
    QStringList stderr_lines; // the last kept lines
};
ChildRun run_child(ChildSpec spec);

} // namespace arcwise::campaign

Q_DECLARE_METATYPE(arcwise::campaign::ChildExit)
