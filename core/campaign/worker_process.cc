#include "worker_process.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSocketNotifier>
#include <QThread>
#include <boost/process.hpp>
#include <boost/process/extend.hpp>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace bp = boost::process;

namespace arcwise::campaign {

namespace {

constexpr qint64 kInputCapacity = 64 << 20; // as the runtime's default mapping
constexpr int kHeaderSize = 32;

int next_serial() {
    static int serial = 0;
    return ++serial;
}

} // namespace

struct WorkerProcess::Child {
    bp::child process;
};

WorkerProcess::WorkerProcess(QString binary, QString run_dir, int slot, WorkerOptions options,
                             QObject* parent)
    : QObject(parent), binary_(std::move(binary)), run_dir_(std::move(run_dir)), slot_(slot),
      options_(options) {
    heartbeat_.setInterval(1000);
    connect(&heartbeat_, &QTimer::timeout, this, &WorkerProcess::check_heartbeat);
}

WorkerProcess::~WorkerProcess() {
    stopping_ = true;
    kill();
    reap();
    if (out_fd_ >= 0)
        ::close(out_fd_);
    if (err_fd_ >= 0)
        ::close(err_fd_);
    if (!shm_path_.isEmpty())
        QFile::remove(shm_path_);
}

bool WorkerProcess::running() const {
    return pid_ > 0 && !gone_;
}

QStringList WorkerProcess::recent_output() const {
    return QStringList(output_.begin(), output_.end());
}

bool WorkerProcess::start(QString* error, int timeout_ms) {
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        kill();
        reap();
        return false;
    };
    if (!QDir().mkpath(run_dir_))
        return fail(tr("cannot create the run directory %1").arg(run_dir_));
    const int serial = next_serial();
    const QString socket_path =
        QStringLiteral("%1/w%2-%3.sock").arg(run_dir_).arg(slot_).arg(serial);
    shm_path_ = QStringLiteral("%1/w%2-%3.input").arg(run_dir_).arg(slot_).arg(serial);
    server_ = new QLocalServer(this);
    server_->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(socket_path);
    if (!server_->listen(socket_path))
        return fail(tr("cannot listen on %1: %2").arg(socket_path, server_->errorString()));
    {
        QFile shm(shm_path_);
        if (!shm.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            !shm.resize(kHeaderSize + kInputCapacity))
            return fail(
                tr("cannot create the input mapping %1: %2").arg(shm_path_, shm.errorString()));
    }

    bp::pipe out, err;
    auto env = boost::this_process::environment();
    env["ARCWISE_CONTROL_SOCKET"] = socket_path.toStdString();
    env["ARCWISE_INPUT_SHM"] = shm_path_.toStdString();
    const int core = options_.core_dump;
    const qint64 as_mb = options_.address_space_mb;
    std::error_code ec;
    child_ = std::make_unique<Child>();
    child_->process = bp::child(
        bp::exe = binary_.toStdString(), bp::args = std::vector<std::string>{"--worker"}, env,
        bp::start_dir = QFileInfo(binary_).absolutePath().toStdString(),
        bp::std_in<bp::null, bp::std_out> out, bp::std_err > err,
        bp::extend::on_exec_setup =
            [core, as_mb](auto&) {
                // Its own process group: a kill reaches whatever the target started too.
                ::setpgid(0, 0);
                rlimit lim{rlim_t(core), rlim_t(core)};
                ::setrlimit(RLIMIT_CORE, &lim);
                if (as_mb > 0) {
                    rlimit as{rlim_t(as_mb) << 20, rlim_t(as_mb) << 20};
                    ::setrlimit(RLIMIT_AS, &as);
                }
            },
        ec);
    if (ec)
        return fail(tr("cannot start %1: %2").arg(binary_, QString::fromStdString(ec.message())));
    pid_ = child_->process.id();
    out_fd_ = ::dup(out.native_source());
    err_fd_ = ::dup(err.native_source());
    out.close();
    err.close();
    for (int fd : {out_fd_, err_fd_})
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    out_notifier_ = new QSocketNotifier(qintptr(out_fd_), QSocketNotifier::Read, this);
    err_notifier_ = new QSocketNotifier(qintptr(err_fd_), QSocketNotifier::Read, this);
    connect(out_notifier_, &QSocketNotifier::activated, this,
            [this] { read_pipe(out_fd_, /*is_stderr=*/false); });
    connect(err_notifier_, &QSocketNotifier::activated, this,
            [this] { read_pipe(err_fd_, /*is_stderr=*/true); });

    QElapsedTimer waited;
    waited.start();
    while (!server_->hasPendingConnections()) {
        if (!child_->process.running()) {
            read_pipe(out_fd_, false);
            read_pipe(err_fd_, true);
            QStringList said = recent_output();
            for (const QByteArray* partial : {&out_partial_, &err_partial_})
                if (!partial->isEmpty())
                    said << QString::fromLocal8Bit(*partial);
            return fail(tr("%1 exited before connecting (%2): %3")
                            .arg(binary_, reap(), said.join(QLatin1Char('\n'))));
        }
        if (waited.elapsed() > timeout_ms)
            return fail(tr("%1 did not connect within %2 s").arg(binary_).arg(timeout_ms / 1000));
        server_->waitForNewConnection(50);
        read_pipe(out_fd_, false);
        read_pipe(err_fd_, true);
    }
    socket_ = server_->nextPendingConnection();
    while (!has_hello_) {
        if (waited.elapsed() > timeout_ms || socket_->state() != QLocalSocket::ConnectedState)
            return fail(tr("%1 did not say hello: %2")
                            .arg(binary_, recent_output().join(QLatin1Char('\n'))));
        socket_->waitForReadyRead(50);
        const QByteArray bytes = socket_->readAll();
        decoder_.feed(std::string_view(bytes.constData(), size_t(bytes.size())));
        while (auto m = decoder_.next()) {
            if (auto* h = std::get_if<protocol::Hello>(&*m)) {
                hello_ = *h;
                has_hello_ = true;
            } else if (auto* e = std::get_if<protocol::Error>(&*m)) {
                return fail(QString::fromStdString(e->message));
            }
        }
        if (!decoder_.error().empty())
            return fail(tr("%1: malformed message: %2")
                            .arg(binary_, QString::fromStdString(decoder_.error())));
    }
    if (hello_.protocol_version != protocol::kProtocolVersion)
        return fail(tr("%1 speaks protocol %2, this Arcwise speaks %3: rebuild it against this "
                       "Arcwise")
                        .arg(binary_)
                        .arg(hello_.protocol_version)
                        .arg(protocol::kProtocolVersion));
    connect(socket_, &QLocalSocket::readyRead, this, &WorkerProcess::read_control);
    connect(socket_, &QLocalSocket::disconnected, this, [this] { process_gone(QString()); });
    last_message_.start();
    heartbeat_.start();
    if (socket_->bytesAvailable() || decoder_.buffered())
        QTimer::singleShot(0, this, &WorkerProcess::read_control);
    return true;
}

void WorkerProcess::send(const protocol::Message& m) {
    if (!socket_ || gone_)
        return;
    const std::string frame = protocol::encode(m);
    socket_->write(frame.data(), qint64(frame.size()));
    socket_->flush();
}

void WorkerProcess::fuzz(const protocol::Fuzz& request, const std::vector<QByteArray>& corpus) {
    for (const QByteArray& entry : corpus)
        send(protocol::CorpusEntryIn{entry.toStdString()});
    busy_ = true;
    last_message_.restart();
    send(request);
}

void WorkerProcess::stop() {
    if (!running())
        return;
    stopping_ = true;
    send(protocol::Stop{});
    QTimer::singleShot(3000, this, [this] {
        if (running())
            kill();
    });
}

void WorkerProcess::kill() {
    if (pid_ > 0 && !gone_) {
        ::kill(-pid_, SIGKILL); // the process group
        ::kill(pid_, SIGKILL);
    }
}

void WorkerProcess::suspend(bool suspended) {
    if (suspended == suspended_ || pid_ <= 0 || gone_)
        return;
    suspended_ = suspended;
    ::kill(-pid_, suspended ? SIGSTOP : SIGCONT);
    if (!suspended)
        last_message_.restart();
}

void WorkerProcess::read_control() {
    if (!socket_)
        return;
    const QByteArray bytes = socket_->readAll();
    if (bytes.isEmpty() && !decoder_.buffered())
        return;
    last_message_.restart();
    decoder_.feed(std::string_view(bytes.constData(), size_t(bytes.size())));
    while (auto m = decoder_.next()) {
        if (auto* e = std::get_if<protocol::NewEntry>(&*m)) {
            Q_EMIT newEntry(*e);
        } else if (auto* f = std::get_if<protocol::Failure>(&*m)) {
            busy_ = false; // the process exits after a fatal failure; a property's does not
            Q_EMIT failure(*f);
        } else if (auto* s = std::get_if<protocol::Stats>(&*m)) {
            Q_EMIT stats(*s);
        } else if (auto* d = std::get_if<protocol::Done>(&*m)) {
            busy_ = false;
            Q_EMIT done(*d);
        } else if (auto* err = std::get_if<protocol::Error>(&*m)) {
            busy_ = false;
            Q_EMIT workerError(QString::fromStdString(err->message));
        }
    }
    if (!decoder_.error().empty()) {
        Q_EMIT workerError(tr("malformed message from the worker: %1")
                               .arg(QString::fromStdString(decoder_.error())));
        kill();
    }
}

void WorkerProcess::read_pipe(int fd, bool is_stderr) {
    if (fd < 0)
        return;
    QByteArray& partial = is_stderr ? err_partial_ : out_partial_;
    char buffer[8192];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0) { // end of file: the process closed it (exited)
                (is_stderr ? err_notifier_ : out_notifier_)->setEnabled(false);
            }
            break;
        }
        partial.append(buffer, qsizetype(n));
    }
    qsizetype newline;
    while ((newline = partial.indexOf('\n')) >= 0) {
        const QString line = QString::fromLocal8Bit(partial.left(newline));
        partial.remove(0, newline + 1);
        output_.push_back(line);
        while (int(output_.size()) > options_.kept_output_lines)
            output_.pop_front();
        Q_EMIT outputLine(line, is_stderr);
    }
}

void WorkerProcess::check_heartbeat() {
    if (gone_)
        return;
    if (child_ && !child_->process.running()) {
        process_gone(QString());
        return;
    }
    if (busy_ && !suspended_ && last_message_.elapsed() > options_.heartbeat_timeout_ms) {
        const QString how = tr("hang: no heartbeat for %1 s").arg(last_message_.elapsed() / 1000);
        kill();
        process_gone(how);
    }
}

QString WorkerProcess::reap() {
    if (!child_ || pid_ <= 0)
        return {};
    std::error_code ec;
    child_->process.wait(ec);
    const int status = child_->process.native_exit_code();
    child_.reset();
    gone_ = true; // its pid may be reused from now on: never signal it again
    if (WIFSIGNALED(status))
        return tr("killed by signal %1 (%2)")
            .arg(WTERMSIG(status))
            .arg(QString::fromLatin1(::strsignal(WTERMSIG(status))));
    if (WIFEXITED(status))
        return tr("exited with status %1").arg(WEXITSTATUS(status));
    return tr("ended");
}

void WorkerProcess::process_gone(const QString& how_given) {
    if (gone_)
        return;
    read_control();
    read_pipe(out_fd_, false);
    read_pipe(err_fd_, true);
    gone_ = true;
    heartbeat_.stop();
    const bool was_busy = busy_;
    busy_ = false;
    const QString status = reap();
    const QString how =
        how_given.isEmpty() ? status : how_given + QStringLiteral(" (") + status + QLatin1Char(')');
    if (stopping_)
        return;
    // The input it was running: the header says whether it is a choice sequence.
    QByteArray input;
    bool serialized = false;
    QFile shm(shm_path_);
    if (was_busy && shm.open(QIODevice::ReadOnly)) {
        const QByteArray header = shm.read(kHeaderSize);
        if (header.size() == kHeaderSize && header.startsWith("AWINPUT1")) {
            quint32 flags = 0;
            quint64 size = 0;
            std::memcpy(&flags, header.constData() + 12, 4);
            std::memcpy(&size, header.constData() + 24, 8);
            serialized = flags & 1;
            if (size <= quint64(kInputCapacity))
                input = shm.read(qint64(size));
        }
    }
    Q_EMIT exited(how, input, serialized);
}

} // namespace arcwise::campaign
