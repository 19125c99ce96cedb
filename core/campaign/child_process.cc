#include "child_process.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>
#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace arcwise::campaign {

namespace {

QString tr_child(const char* text) {
    return QCoreApplication::translate("ChildProcess", text);
}

QString signal_name(int signal) {
    return QString::fromLocal8Bit(::strsignal(signal));
}

// Everything the child needs, prepared before fork(): after it, only async-signal-safe calls.
struct Plan {
    std::vector<QByteArray> argv_storage, env_storage;
    std::vector<char*> argv, envp;
    QByteArray program, directory;
    int devnull = -1, out_w = -1, err_w = -1, exec_err_w = -1, status_w = -1;
    std::vector<int> fds;
    pid_t supervisor = 0;
    bool intermediate = false;
    rlim_t core = 0, address_space = 0;
};

void close_from(int first, int keep_a, int keep_b) {
    // Closes every descriptor >= first except the two kept ones.
    int keep[2] = {std::min(keep_a, keep_b), std::max(keep_a, keep_b)};
    int from = first;
    for (int k : keep) {
        if (k < from)
            continue;
        if (k > from && ::syscall(SYS_close_range, from, k - 1, 0) != 0)
            for (int fd = from; fd < k; ++fd)
                ::close(fd);
        from = k + 1;
    }
    if (::syscall(SYS_close_range, from, ~0u, 0) != 0)
        for (int fd = from; fd < 65536; ++fd)
            ::close(fd);
}

[[noreturn]] void report_errno_and_exit(int fd) {
    const int e = errno;
    [[maybe_unused]] ssize_t n = ::write(fd, &e, sizeof e);
    ::_exit(127);
}

void reset_signals() {
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    for (int s = 1; s < NSIG; ++s)
        ::sigaction(s, &dfl, nullptr);
    sigset_t none;
    ::sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
}

[[noreturn]] void exec_program(const Plan& p, int exec_err) {
    ::execve(p.program.constData(), p.argv.data(), p.envp.data());
    report_errno_and_exit(exec_err);
    ::_exit(127);
}

// The intermediate's signal that its supervisor is gone: everything in its group goes, the
// program's own children included (they have no PDEATHSIG of their own).
void end_group(int) {
    ::kill(0, SIGKILL);
}

// The child, between fork() and exec(): async-signal-safe calls only.
[[noreturn]] void child_main(const Plan& p) {
    ::setsid();
    reset_signals();
    if (p.intermediate) {
        struct sigaction gone {};
        gone.sa_handler = end_group;
        ::sigaction(SIGHUP, &gone, nullptr);
    }
    ::prctl(PR_SET_PDEATHSIG, p.intermediate ? SIGHUP : SIGKILL);
    if (::getppid() != p.supervisor) // the supervisor died before the line above
        ::_exit(127);
    // Lift every source above the targets first, so that no dup2 overwrites a later source.
    const int n = int(p.fds.size());
    int base = 3 + n;
    for (int fd : {p.devnull, p.out_w, p.err_w, p.exec_err_w, p.status_w})
        base = std::max(base, fd + 1);
    for (int fd : p.fds)
        base = std::max(base, fd + 1);
    auto lift = [&](int fd) { return fd < 0 ? -1 : ::fcntl(fd, F_DUPFD_CLOEXEC, base); };
    const int devnull = lift(p.devnull), out_w = lift(p.out_w), err_w = lift(p.err_w);
    const int exec_err = lift(p.exec_err_w), status_w = lift(p.status_w);
    int lifted[64];
    for (int i = 0; i < n && i < 64; ++i)
        lifted[i] = lift(p.fds[size_t(i)]);
    if (devnull < 0 || out_w < 0 || err_w < 0 || exec_err < 0)
        ::_exit(127);
    ::dup2(devnull, 0);
    ::dup2(out_w, 1);
    ::dup2(err_w, 2);
    for (int i = 0; i < n && i < 64; ++i)
        ::dup2(lifted[i], 3 + i);
    close_from(3 + n, exec_err, status_w);
    rlimit core{p.core, p.core};
    ::setrlimit(RLIMIT_CORE, &core);
    if (p.address_space > 0) {
        rlimit as{p.address_space, p.address_space};
        ::setrlimit(RLIMIT_AS, &as);
    }
    if (!p.directory.isEmpty() && ::chdir(p.directory.constData()) != 0)
        report_errno_and_exit(exec_err);
    if (!p.intermediate)
        exec_program(p, exec_err);
    // The intermediate: it forks the program and reports how it ended. It ignores the polite
    // signals the program might send its parent; SIGKILL still ends it, and then the program
    // (PR_SET_PDEATHSIG) and, through the campaign, the whole group. SIGHUP (its supervisor
    // died, or the program sent it) ends the whole group at once.
    const pid_t self = ::getpid();
    const pid_t program = ::fork();
    if (program < 0)
        report_errno_and_exit(exec_err);
    if (program == 0) {
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        if (::getppid() != self)
            ::_exit(127);
        ::close(status_w);
        exec_program(p, exec_err);
    }
    for (int s : {SIGINT, SIGTERM, SIGQUIT, SIGPIPE, SIGUSR1, SIGUSR2, SIGALRM})
        ::signal(s, SIG_IGN);
    close_from(0, status_w, status_w);
    int status = 0;
    while (::waitpid(program, &status, 0) < 0 && errno == EINTR) {
    }
    [[maybe_unused]] ssize_t w = ::write(status_w, &status, sizeof status);
    ::_exit(0);
}

void set_nonblocking(int fd) {
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
}

void close_pair(int (&pair)[2]) {
    for (int& fd : pair)
        if (fd >= 0) {
            ::close(fd);
            fd = -1;
        }
}

// How long the output of a busy stream collects in its pipe between two reads at most (sooner
// when it comes faster), and how much the pipe holds meanwhile; a target logging every execution
// writes a MB or two a second.
constexpr int kCollectMs = 20;
constexpr int kPipeBytes = 256 << 10;

qint64 now_ms() {
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

} // namespace

QString ChildExit::describe() const {
    switch (how) {
    case How::Exited:
        return tr_child("exited with status %1").arg(code);
    case How::Signalled:
        return tr_child("killed by signal %1 (%2)").arg(signal).arg(signal_name(signal));
    case How::SupervisorKilled:
        return tr_child("ended with its supervising process, killed by signal %1 (%2): the target "
                        "signalled its parent, its process group or its session")
            .arg(signal)
            .arg(signal_name(signal));
    case How::TimedOut:
        return tr_child("did not finish in time and was killed");
    case How::OutputLimit:
        return tr_child("printed more than its output limit and was killed");
    case How::Stopped:
        return tr_child("stopped");
    case How::FailedToStart:
        return error;
    }
    return {};
}

ChildProcess::ChildProcess(QObject* parent) : QObject(parent) {
    out_.from_stderr = false;
    err_.from_stderr = true;
}

ChildProcess::~ChildProcess() {
    if (pid_ > 0 && !reaped_) {
        kill_group(SIGKILL);
        reap(/*block=*/true);
    }
    close_fds();
    if (!temp_dir_.isEmpty())
        QDir(temp_dir_).removeRecursively();
}

int ChildProcess::remove_orphaned_temp_dirs(const QString& directory) {
    int removed = 0;
    const QDateTime hour_ago = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const auto dirs =
        QDir(directory).entryInfoList({QStringLiteral("arcwise-child-*-*")},
                                      QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo& d : dirs) {
        bool ok = false;
        const qint64 pid = d.fileName().section(QLatin1Char('-'), 2, 2).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == ::getpid() || d.lastModified().toUTC() > hour_ago)
            continue;
        if (::kill(pid_t(pid), 0) == -1 && errno == ESRCH &&
            QDir(d.absoluteFilePath()).removeRecursively())
            ++removed;
    }
    return removed;
}

bool ChildProcess::prepare(QString* error) {
    if (!temp_dir_.isEmpty())
        return true;
    static std::once_flag swept;
    std::call_once(swept, [] { remove_orphaned_temp_dirs(QDir::tempPath()); });
    QByteArray tmpl = QFile::encodeName(QDir::tempPath()) + "/arcwise-child-" +
                      QByteArray::number(qint64(::getpid())) + "-XXXXXX";
    if (!::mkdtemp(tmpl.data())) {
        if (error)
            *error = tr("cannot create a temporary directory in %1: %2")
                         .arg(QDir::toNativeSeparators(QDir::tempPath()),
                              QString::fromLocal8Bit(::strerror(errno)));
        return false;
    }
    temp_dir_ = QFile::decodeName(tmpl);
    return true;
}

bool ChildProcess::start(const ChildSpec& spec, QString* error, bool watch) {
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (pid_ > 0)
        return fail(tr("a process was already started"));
    spec_ = spec;
    watch_ = watch;
    const QFileInfo info(spec.program);
    if (!info.exists())
        return fail(tr("%1 does not exist").arg(QDir::toNativeSeparators(spec.program)));
    if (!info.isFile() || !info.isExecutable())
        return fail(tr("%1 is not an executable file").arg(QDir::toNativeSeparators(spec.program)));
    if (spec.fds.size() > 64)
        return fail(tr("too many descriptors for one child"));

    Plan plan;
    plan.program = QFile::encodeName(info.absoluteFilePath());
    plan.directory = QFile::encodeName(spec.working_directory.isEmpty() ? info.absolutePath()
                                                                        : spec.working_directory);
    plan.argv_storage.push_back(plan.program);
    for (const QString& a : spec.arguments)
        plan.argv_storage.push_back(a.toLocal8Bit());
    for (QByteArray& a : plan.argv_storage)
        plan.argv.push_back(a.data());
    plan.argv.push_back(nullptr);

    if (spec.private_tmp && !prepare(error))
        return false;
    auto overridden = [&](const char* entry) {
        const char* eq = std::strchr(entry, '=');
        const QByteArray name(entry, eq ? qsizetype(eq - entry) : qsizetype(std::strlen(entry)));
        if (name.startsWith("ARCWISE_"))
            return true; // what this process was given is not meant for its children
        if (spec.private_tmp && name == "TMPDIR")
            return true;
        return std::any_of(spec.environment.begin(), spec.environment.end(),
                           [&](const auto& kv) { return kv.first == name; });
    };
    for (char** e = environ; e && *e; ++e)
        if (!overridden(*e))
            plan.env_storage.emplace_back(*e);
    for (const auto& [name, value] : spec.environment)
        plan.env_storage.push_back(name + '=' + value);
    if (spec.private_tmp)
        plan.env_storage.push_back("TMPDIR=" + QFile::encodeName(temp_dir_));
    for (QByteArray& e : plan.env_storage)
        plan.envp.push_back(e.data());
    plan.envp.push_back(nullptr);

    int out[2] = {-1, -1}, err[2] = {-1, -1}, exec_err[2] = {-1, -1}, status[2] = {-1, -1};
    auto cleanup = [&] {
        for (int(*pair)[2] : {&out, &err, &exec_err, &status})
            close_pair(*pair);
        if (plan.devnull >= 0)
            ::close(plan.devnull);
    };
    plan.devnull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    if (plan.devnull < 0 || ::pipe2(out, O_CLOEXEC) != 0 || ::pipe2(err, O_CLOEXEC) != 0 ||
        ::pipe2(exec_err, O_CLOEXEC) != 0 ||
        (spec.intermediate && ::pipe2(status, O_CLOEXEC) != 0)) {
        const QString why = QString::fromLocal8Bit(::strerror(errno));
        cleanup();
        return fail(tr("cannot start %1: %2").arg(spec.program, why));
    }
    plan.out_w = out[1];
    plan.err_w = err[1];
    plan.exec_err_w = exec_err[1];
    plan.status_w = status[1];
    plan.fds = spec.fds;
    plan.supervisor = ::getpid();
    plan.intermediate = spec.intermediate;
    plan.core = rlim_t(std::max(spec.core_dump_bytes, 0));
    plan.address_space = spec.address_space_mb > 0 ? rlim_t(spec.address_space_mb) << 20 : 0;

    // No signal handler of this process may run in the child before it resets them.
    sigset_t all, old;
    ::sigfillset(&all);
    ::pthread_sigmask(SIG_SETMASK, &all, &old);
    const pid_t pid = ::fork();
    if (pid == 0)
        child_main(plan);
    const int fork_errno = errno;
    ::pthread_sigmask(SIG_SETMASK, &old, nullptr);
    if (pid < 0) {
        cleanup();
        return fail(tr("cannot start %1: %2")
                        .arg(spec.program, QString::fromLocal8Bit(::strerror(fork_errno))));
    }
    pid_ = pid;
    ::close(plan.devnull);
    plan.devnull = -1;
    for (int* fd : {&out[1], &err[1], &exec_err[1], &status[1]})
        if (*fd >= 0) {
            ::close(*fd);
            *fd = -1;
        }
    // The exec-error pipe closes when the program has been executed (close-on-exec) or says
    // why it could not be.
    int child_errno = 0;
    ssize_t got;
    while ((got = ::read(exec_err[0], &child_errno, sizeof child_errno)) < 0 && errno == EINTR) {
    }
    close_pair(exec_err);
    out_.fd = out[0];
    err_.fd = err[0];
    status_fd_ = status[0];
    if (got == ssize_t(sizeof child_errno)) {
        kill_group(SIGKILL);
        int ignored = 0;
        while (::waitpid(pid_t(pid_), &ignored, 0) < 0 && errno == EINTR) {
        }
        reaped_ = true;
        close_fds();
        return fail(tr("cannot run %1: %2")
                        .arg(QDir::toNativeSeparators(spec.program),
                             QString::fromLocal8Bit(::strerror(child_errno))));
    }
    for (int fd : {out_.fd, err_.fd, status_fd_})
        if (fd >= 0)
            set_nonblocking(fd);
    // Best effort: a system short of pipe memory keeps the default size (64 KiB).
    for (Stream* s : {&out_, &err_}) {
        ::fcntl(s->fd, F_SETPIPE_SZ, kPipeBytes);
        s->pipe_bytes = std::max(::fcntl(s->fd, F_GETPIPE_SZ), 4096);
        s->read_at_ms = now_ms();
    }
    pidfd_ = int(::syscall(SYS_pidfd_open, pid_t(pid_), 0));
    if (pidfd_ >= 0)
        ::fcntl(pidfd_, F_SETFD, FD_CLOEXEC);
    if (watch_) {
        for (Stream* s : {&out_, &err_}) {
            s->notifier = new QSocketNotifier(qintptr(s->fd), QSocketNotifier::Read, this);
            connect(s->notifier, &QSocketNotifier::activated, this, [this, s] { read_stream(*s); });
            s->collect = new QTimer(this);
            s->collect->setSingleShot(true);
            connect(s->collect, &QTimer::timeout, this, [this, s] { read_stream(*s); });
        }
        if (pidfd_ >= 0) {
            exit_notifier_ = new QSocketNotifier(qintptr(pidfd_), QSocketNotifier::Read, this);
            connect(exit_notifier_, &QSocketNotifier::activated, this,
                    &ChildProcess::on_exit_ready);
        } else { // a kernel without pidfd: look every 50 ms
            auto* poll_timer = new QTimer(this);
            connect(poll_timer, &QTimer::timeout, this, [this] { reap(/*block=*/false); });
            poll_timer->start(50);
        }
        if (spec_.timeout_ms > 0) {
            timeout_ = new QTimer(this);
            timeout_->setSingleShot(true);
            connect(timeout_, &QTimer::timeout, this, [this] {
                if (ending_ == Ending::None)
                    ending_ = Ending::Timeout;
                kill_group(SIGKILL);
            });
            timeout_->start(spec_.timeout_ms);
        }
    }
    return true;
}

void ChildProcess::read_stream(Stream& s) {
    if (s.fd < 0)
        return;
    char buffer[65536];
    qint64 got = 0;
    bool drained = false;
    // At most a few MiB per call: a flooding child must not starve the event loop.
    for (int round = 0; round < 64 && !drained; ++round) {
        const ssize_t n = ::read(s.fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 0) { // end of file: every writer closed it
            if (s.notifier)
                s.notifier->setEnabled(false);
            return;
        }
        if (n < 0) {
            drained = true;
            break;
        }
        got += n;
        if (spec_.capture_stdout && !s.from_stderr) {
            if (captured_.size() + n > spec_.max_capture_bytes) {
                if (ending_ == Ending::None)
                    ending_ = Ending::OutputLimit;
                kill_group(SIGKILL);
                return;
            }
            captured_.append(buffer, qsizetype(n));
            continue;
        }
        const char* p = buffer;
        const char* end = buffer + n;
        while (p < end) {
            const char* newline = static_cast<const char*>(std::memchr(p, '\n', size_t(end - p)));
            const char* stop = newline ? newline : end;
            if (!s.skipping) {
                const qsizetype room = spec_.max_line_bytes - s.partial.size();
                const qsizetype take = std::min<qsizetype>(room, stop - p);
                s.partial.append(p, take);
                if (take < stop - p) { // the line is too long: keep its start, skip the rest
                    take_line(s, std::exchange(s.partial, {}), /*cut=*/true);
                    s.skipping = true;
                }
            }
            if (!newline)
                break;
            if (s.skipping)
                s.skipping = false;
            else
                take_line(s, std::exchange(s.partial, {}), /*cut=*/false);
            p = newline + 1;
        }
    }
    if (!s.notifier)
        return;
    if (!drained) { // more is waiting: come back from the event loop
        s.notifier->setEnabled(false);
        s.collect->start(0);
    } else if (got > 0) {
        // A child that writes line by line (stderr is unbuffered) would wake this process for
        // every line: let what follows collect in the pipe and read it in one go, before the
        // pipe is half full at the rate it came (the child never waits for a full pipe).
        const qint64 now = now_ms();
        const qint64 waited = std::max<qint64>(now - std::exchange(s.read_at_ms, now), 1);
        const qint64 half_full_ms = qint64(s.pipe_bytes) / 2 * waited / got;
        s.notifier->setEnabled(false);
        s.collect->start(int(std::clamp<qint64>(half_full_ms, 1, kCollectMs)));
    } else {
        s.notifier->setEnabled(true); // quiet again: woken by its next write
        s.read_at_ms = now_ms();
    }
}

void ChildProcess::take_line(Stream& s, const QByteArray& bytes, bool cut) {
    QString line = QString::fromUtf8(bytes);
    if (cut)
        line += QLatin1Char(' ') + tr("[line cut at %1 bytes]").arg(spec_.max_line_bytes);
    s.lines.push_back(line);
    while (int(s.lines.size()) > std::max(spec_.kept_lines, 1))
        s.lines.pop_front();
    Q_EMIT outputLine(line, s.from_stderr);
}

void ChildProcess::read_status() {
    if (status_fd_ < 0)
        return;
    char buffer[16];
    ssize_t n;
    while ((n = ::read(status_fd_, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR))
        if (n > 0 && status_bytes_.size() < 16)
            status_bytes_.append(buffer, qsizetype(n));
}

void ChildProcess::on_exit_ready() {
    reap(/*block=*/false);
}

void ChildProcess::reap(bool block) {
    if (pid_ <= 0 || reaped_)
        return;
    // The leader has ended (or is about to, when blocking): whatever else is left in its group
    // goes too. The leader's pid stays reserved until it is reaped, so the group id is still ours.
    int status = 0;
    siginfo_t info{};
    if (!block) {
        if (::waitid(P_PID, id_t(pid_), &info, WEXITED | WNOHANG | WNOWAIT) != 0 ||
            info.si_pid == 0)
            return; // still running
    }
    kill_group(SIGKILL);
    pid_t r;
    while ((r = ::waitpid(pid_t(pid_), &status, 0)) < 0 && errno == EINTR) {
    }
    reaped_ = true;
    read_stream(out_);
    read_stream(err_);
    read_status();
    for (Stream* s : {&out_, &err_})
        if (!s->partial.isEmpty())
            take_line(*s, std::exchange(s->partial, {}), /*cut=*/false);

    ChildExit e;
    const bool killed = r == pid_t(pid_) && WIFSIGNALED(status);
    int inner = 0;
    const bool has_inner =
        spec_.intermediate && status_bytes_.size() >= qsizetype(sizeof inner) && WIFEXITED(status);
    if (has_inner)
        std::memcpy(&inner, status_bytes_.constData(), sizeof inner);
    if (ending_ == Ending::Timeout) {
        e.how = ChildExit::How::TimedOut;
    } else if (ending_ == Ending::OutputLimit) {
        e.how = ChildExit::How::OutputLimit;
    } else if (ending_ == Ending::Stop && (killed || (has_inner && WIFSIGNALED(inner)))) {
        e.how = ChildExit::How::Stopped;
    } else if (has_inner) {
        if (WIFSIGNALED(inner)) {
            e.how = ChildExit::How::Signalled;
            e.signal = WTERMSIG(inner);
        } else {
            e.how = ChildExit::How::Exited;
            e.code = WEXITSTATUS(inner);
        }
    } else if (killed) {
        e.how = spec_.intermediate ? ChildExit::How::SupervisorKilled : ChildExit::How::Signalled;
        e.signal = WTERMSIG(status);
    } else if (r == pid_t(pid_) && WIFEXITED(status)) {
        e.how = ChildExit::How::Exited;
        e.code = WEXITSTATUS(status);
    } else {
        e.how = ChildExit::How::FailedToStart;
        e.error = tr("%1 ended in an unknown way").arg(spec_.program);
    }
    exit_ = e;
    close_fds();
    Q_EMIT finished(exit_);
    // After the signal: its receivers may still read what the child left there.
    if (!temp_dir_.isEmpty()) {
        QDir(temp_dir_).removeRecursively();
        temp_dir_.clear();
    }
}

void ChildProcess::kill_group(int signal) {
    if (pid_ <= 0 || reaped_)
        return;
    ::kill(-pid_t(pid_), signal);
    ::kill(pid_t(pid_), signal); // before its setsid(), the group is not its own yet
    if (signal == SIGTERM) {     // a stopped group would not see it
        ::kill(-pid_t(pid_), SIGCONT);
        ::kill(pid_t(pid_), SIGCONT);
    }
}

void ChildProcess::terminate(int grace_ms) {
    if (!running())
        return;
    if (ending_ == Ending::None)
        ending_ = Ending::Stop;
    kill_group(SIGTERM);
    if (!watch_)
        return;
    if (!kill_timer_) {
        kill_timer_ = new QTimer(this);
        kill_timer_->setSingleShot(true);
        connect(kill_timer_, &QTimer::timeout, this, [this] { kill_group(SIGKILL); });
    }
    kill_timer_->start(std::max(grace_ms, 0));
}

void ChildProcess::kill() {
    if (!running())
        return;
    if (ending_ == Ending::None)
        ending_ = Ending::Stop;
    kill_group(SIGKILL);
}

void ChildProcess::suspend(bool suspended) {
    kill_group(suspended ? SIGSTOP : SIGCONT);
}

bool ChildProcess::wait_finished(int timeout_ms) {
    const qint64 started = now_ms();
    while (!reaped_) {
        if (pid_ <= 0)
            return false;
        const qint64 waited = now_ms() - started;
        if (timeout_ms >= 0 && waited >= timeout_ms)
            return false;
        if (!watch_ && spec_.timeout_ms > 0 && waited >= spec_.timeout_ms &&
            ending_ == Ending::None) {
            ending_ = Ending::Timeout;
            kill_group(SIGKILL);
        }
        pollfd fds[3];
        nfds_t n = 0;
        for (int fd : {out_.fd, err_.fd, pidfd_})
            if (fd >= 0)
                fds[n++] = pollfd{fd, POLLIN, 0};
        ::poll(fds, n, pidfd_ >= 0 ? 50 : 10);
        read_stream(out_);
        read_stream(err_);
        reap(/*block=*/false);
    }
    return true;
}

QStringList ChildProcess::recent_lines(bool from_stderr) const {
    const Stream& s = from_stderr ? err_ : out_;
    QStringList lines(s.lines.begin(), s.lines.end());
    if (!s.partial.isEmpty())
        lines << QString::fromUtf8(s.partial);
    return lines;
}

QStringList ChildProcess::recent_output() const {
    return recent_lines(false) + recent_lines(true);
}

void ChildProcess::close_fds() {
    for (Stream* s : {&out_, &err_}) {
        delete s->notifier;
        s->notifier = nullptr;
        delete s->collect;
        s->collect = nullptr;
        if (s->fd >= 0)
            ::close(s->fd);
        s->fd = -1;
    }
    delete exit_notifier_;
    exit_notifier_ = nullptr;
    for (int* fd : {&status_fd_, &pidfd_})
        if (*fd >= 0) {
            ::close(*fd);
            *fd = -1;
        }
    if (timeout_)
        timeout_->stop();
    if (kill_timer_)
        kill_timer_->stop();
}

OutputThrottle::OutputThrottle(double per_second, int kept)
    : per_second_(std::max(per_second, 1.0)), kept_(std::max(kept, 1)), tokens_(per_second_) {
    clock_.start();
}

bool OutputThrottle::pass(const QString& line, qint64 now_ms) {
    if (last_ms_ >= 0 && now_ms > last_ms_)
        tokens_ = std::min(per_second_, tokens_ + double(now_ms - last_ms_) * per_second_ / 1000);
    last_ms_ = std::max(last_ms_, now_ms);
    const bool shown = tokens_ >= 1;
    if (shown)
        tokens_ -= 1;
    else
        ++dropped_;
    tail_.emplace_back(line, shown);
    unshown_ += shown ? 0 : 1;
    if (int(tail_.size()) > kept_) {
        unshown_ -= tail_.front().second ? 0 : 1;
        tail_.pop_front();
    }
    return shown;
}

QStringList OutputThrottle::take_tail() {
    QStringList lines;
    if (unshown_ > 0)
        for (auto& [line, shown] : tail_)
            lines << std::move(line);
    tail_.clear();
    unshown_ = 0;
    return lines;
}

ChildRun run_child(ChildSpec spec) {
    spec.capture_stdout = true;
    ChildRun run;
    ChildProcess child;
    QString error;
    if (!child.start(spec, &error, /*watch=*/false)) {
        run.exit.how = ChildExit::How::FailedToStart;
        run.exit.error = error;
        return run;
    }
    if (!spec.cancel) {
        child.wait_finished(-1);
    } else {
        while (!child.wait_finished(50))
            if (spec.cancel->load()) {
                child.kill();
                child.wait_finished(-1);
                break;
            }
    }
    run.exit = child.exit_status();
    run.stdout_bytes = child.captured_stdout();
    run.stderr_lines = child.recent_lines(/*from_stderr=*/true);
    return run;
}

} // namespace arcwise::campaign
