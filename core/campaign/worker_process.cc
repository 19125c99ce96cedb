#include "worker_process.h"

#include "protocol/runtime_contract.h"

#include <QLocalSocket>
#include <cmath>
#include <cstring>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

namespace arcwise::campaign {

namespace {

namespace contract = protocol::contract;

constexpr qint64 kInputCapacity = 64 << 20; // as the runtime's default mapping
constexpr int kHeaderSize = 32;

} // namespace

bool WorkerProcess::Bucket::take(double n) {
    if (!clock.isValid()) {
        clock.start();
        tokens = burst;
    }
    tokens = std::min(burst, tokens + rate * double(clock.restart()) / 1000.0);
    if (tokens < n)
        return false;
    tokens -= n;
    return true;
}

WorkerProcess::WorkerProcess(QString binary, int slot, WorkerOptions options, QObject* parent)
    : QObject(parent), binary_(std::move(binary)), slot_(slot), options_(options) {
    heartbeat_.setInterval(250);
    connect(&heartbeat_, &QTimer::timeout, this, &WorkerProcess::check_heartbeat);
    stats_bucket_.rate = options_.stats_per_second;
    stats_bucket_.burst = std::max(1.0, options_.stats_per_second * 2);
    entry_bucket_.rate = options_.entries_per_second;
    entry_bucket_.burst = options_.entry_burst;
    entry_bytes_bucket_.rate = options_.entry_bytes_per_second;
    entry_bytes_bucket_.burst = options_.entry_bytes_burst;
}

WorkerProcess::~WorkerProcess() {
    stopping_ = true;
    child_.disconnect(this);
    if (input_fd_ >= 0)
        ::close(input_fd_);
    // child_'s destructor kills the whole group and reaps it.
}

bool WorkerProcess::running() const {
    return child_.running() && !gone_;
}

bool WorkerProcess::start(QString* error) {
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0)
        return fail(tr("cannot create the control channel of %1: %2")
                        .arg(binary_, QString::fromLocal8Bit(::strerror(errno))));
    input_fd_ = ::memfd_create("arcwise-input", MFD_CLOEXEC);
    if (input_fd_ < 0 || ::ftruncate(input_fd_, kHeaderSize + kInputCapacity) != 0) {
        const QString why = QString::fromLocal8Bit(::strerror(errno));
        ::close(pair[0]);
        ::close(pair[1]);
        return fail(tr("cannot create the input mapping of %1: %2").arg(binary_, why));
    }
    ChildSpec spec;
    spec.program = binary_;
    spec.arguments = QStringList{QString::fromLatin1(contract::kModeWorker)} + options_.arguments;
    spec.fds = {pair[1], input_fd_};
    spec.environment = {{contract::kEnvControlFd, "3"}, {contract::kEnvInputFd, "4"}};
    spec.intermediate = true;
    spec.core_dump_bytes = options_.core_dump;
    spec.address_space_mb = options_.address_space_mb;
    spec.kept_lines = options_.kept_output_lines;
    // A full temporary directory must not stop the fuzzing: the worker's own channels are not
    // files, and without a private directory its TMPDIR is simply the usual one.
    QString no_tmp;
    spec.private_tmp = child_.prepare(&no_tmp);
    if (!spec.private_tmp)
        drop("tmp", tr("no private temporary directory: %1").arg(no_tmp));
    connect(&child_, &ChildProcess::outputLine, this, &WorkerProcess::outputLine);
    connect(&child_, &ChildProcess::finished, this, &WorkerProcess::process_gone);
    QString why;
    const bool ok = child_.start(spec, &why);
    ::close(pair[1]);
    if (!ok) {
        ::close(pair[0]);
        return fail(why);
    }
    socket_ = new QLocalSocket(this);
    if (!socket_->setSocketDescriptor(pair[0])) {
        ::close(pair[0]);
        child_.kill();
        return fail(tr("cannot use the control channel of %1").arg(binary_));
    }
    connect(socket_, &QLocalSocket::readyRead, this, &WorkerProcess::read_control);
    since_start_.start();
    last_message_.start();
    heartbeat_.start();
    return true;
}

void WorkerProcess::send(const protocol::Message& m) {
    if (!socket_ || gone_)
        return;
    const std::string frame = protocol::encode(m);
    socket_->write(frame.data(), qint64(frame.size()));
}

void WorkerProcess::fuzz(const protocol::Fuzz& request, const std::vector<QByteArray>& corpus) {
    for (const QByteArray& entry : corpus)
        send(protocol::CorpusEntryIn{entry.toStdString(), request.target});
    busy_ = true;
    last_message_.restart();
    send(request);
}

bool WorkerProcess::share(const std::string& target, const QByteArray& input) {
    // A worker that does not read (stuck in a long input, or hostile) must not make this
    // process buffer without bound what its siblings find.
    constexpr qint64 kMaxUnread = 8 << 20;
    if (!socket_ || gone_ || socket_->bytesToWrite() + input.size() > kMaxUnread)
        return false;
    send(protocol::CorpusEntryIn{input.toStdString(), target});
    return true;
}

void WorkerProcess::stop() {
    if (!running())
        return;
    stopping_ = true;
    send(protocol::Stop{});
    if (socket_)
        socket_->flush();
    if (suspended_)
        suspend(false); // a stopped worker cannot hear the request
    QTimer::singleShot(3000, this, [this] {
        if (running())
            child_.kill();
    });
}

void WorkerProcess::kill() {
    child_.kill();
}

void WorkerProcess::suspend(bool suspended) {
    if (suspended == suspended_ || !running())
        return;
    suspended_ = suspended;
    child_.suspend(suspended);
    if (!suspended) {
        last_message_.restart();
        if (!has_hello_)
            since_start_.restart();
    }
}

void WorkerProcess::read_control() {
    if (!socket_)
        return;
    const QByteArray bytes = socket_->readAll();
    if (!bytes.isEmpty())
        decoder_.feed(std::string_view(bytes.constData(), size_t(bytes.size())));
    // Only complete frames are signs of life: a worker dribbling bytes is still hung.
    while (!gone_) {
        auto m = decoder_.next();
        if (!m)
            break;
        last_message_.restart();
        handle(*m);
    }
    if (decoder_.invalid_numbers() > 0)
        drop("numbers", tr("this worker sends invalid numbers (NaN, infinite or out of range): "
                           "those fields are ignored, the rest of its messages is used"));
    if (!decoder_.error().empty() && !gone_) {
        const QString why = tr("malformed message from the worker: %1")
                                .arg(QString::fromStdString(decoder_.error()));
        if (!has_hello_) {
            fail_start(why);
            return;
        }
        Q_EMIT workerError(why);
        child_.kill();
    }
}

void WorkerProcess::drop(const char* kind, const QString& message) {
    const QString k = QString::fromLatin1(kind);
    if (dropped_kinds_.contains(k))
        return;
    dropped_kinds_ << k;
    Q_EMIT throttled(message);
}

void WorkerProcess::handle(protocol::Message& m) {
    if (auto* h = std::get_if<protocol::Hello>(&m)) {
        if (has_hello_)
            return;
        if (h->protocol_version != protocol::kProtocolVersion) {
            fail_start(tr("%1 speaks protocol %2, this Arcwise speaks %3: rebuild it against this "
                          "Arcwise")
                           .arg(binary_)
                           .arg(h->protocol_version)
                           .arg(protocol::kProtocolVersion));
            return;
        }
        hello_ = std::move(*h);
        has_hello_ = true;
        Q_EMIT started();
        return;
    }
    if (!has_hello_) {
        if (auto* err = std::get_if<protocol::Error>(&m))
            fail_start(QString::fromStdString(err->message));
        else
            fail_start(tr("%1 sent %2 before saying hello")
                           .arg(binary_, QString::fromLatin1(protocol::type_name(m))));
        return;
    }
    if (auto* e = std::get_if<protocol::NewEntry>(&m)) {
        const qint64 size = qint64(e->input.size());
        if (size > options_.max_entry_bytes) {
            drop("entry-size", tr("dropping corpus entries larger than %1 bytes from this worker "
                                  "(one of %2 bytes)")
                                   .arg(options_.max_entry_bytes)
                                   .arg(size));
            return;
        }
        if (!entry_bucket_.take(1) || !entry_bytes_bucket_.take(double(size))) {
            drop("entries", tr("this worker sends more new corpus entries than the campaign "
                               "takes (%1 a second, %2 MiB a second): dropping the excess")
                                .arg(options_.entries_per_second)
                                .arg(options_.entry_bytes_per_second / (1 << 20)));
            return;
        }
        Q_EMIT newEntry(*e);
    } else if (auto* f = std::get_if<protocol::Failure>(&m)) {
        busy_ = false; // the process exits after a fatal failure; a property's does not
        Q_EMIT failure(*f);
    } else if (auto* s = std::get_if<protocol::Stats>(&m)) {
        if (!stats_bucket_.take(1)) {
            drop("stats", tr("this worker sends statistics more often than %1 times a second: "
                             "dropping the excess")
                              .arg(options_.stats_per_second));
            return;
        }
        Q_EMIT stats(*s);
    } else if (auto* d = std::get_if<protocol::Done>(&m)) {
        busy_ = false;
        Q_EMIT done(*d);
    } else if (auto* err = std::get_if<protocol::Error>(&m)) {
        busy_ = false;
        Q_EMIT workerError(QString::fromStdString(err->message));
    }
}

void WorkerProcess::fail_start(const QString& why) {
    if (gone_ || stopping_)
        return;
    stopping_ = true; // what follows is not an exit to report
    heartbeat_.stop();
    child_.kill();
    Q_EMIT startFailed(why);
}

void WorkerProcess::check_heartbeat() {
    if (gone_ || suspended_)
        return;
    if (!has_hello_) {
        if (since_start_.elapsed() > options_.hello_timeout_ms) {
            QStringList said = child_.recent_output();
            fail_start(tr("%1 did not say hello within %2 s%3")
                           .arg(binary_)
                           .arg(options_.hello_timeout_ms / 1000.0)
                           .arg(said.isEmpty()
                                    ? QString()
                                    : QStringLiteral(": ") + said.join(QLatin1Char('\n'))));
        }
        return;
    }
    if (busy_ && last_message_.elapsed() > options_.heartbeat_timeout_ms && hang_.isEmpty()) {
        hang_ = tr("hang: no message for %1 s").arg(last_message_.elapsed() / 1000);
        child_.kill();
    }
}

QByteArray WorkerProcess::running_input(bool* serialized) const {
    *serialized = false;
    if (input_fd_ < 0)
        return {};
    char header[kHeaderSize];
    if (::pread(input_fd_, header, kHeaderSize, 0) != kHeaderSize ||
        std::memcmp(header, "AWINPUT1", 8) != 0)
        return {};
    quint32 flags = 0;
    quint64 size = 0;
    std::memcpy(&flags, header + 12, 4);
    std::memcpy(&size, header + 24, 8);
    if (size > quint64(kInputCapacity))
        return {};
    QByteArray input(qsizetype(size), Qt::Uninitialized);
    if (::pread(input_fd_, input.data(), size_t(size), kHeaderSize) != ssize_t(size))
        return {};
    *serialized = flags & 1;
    return input;
}

void WorkerProcess::process_gone(const ChildExit& exit) {
    if (gone_)
        return;
    // The exit may be noticed before the last messages were read (a failure report, then the
    // exit): whatever is still in the channel comes first.
    for (int i = 0; socket_ && i < 1000 && socket_->waitForReadyRead(0); ++i) {
    }
    read_control();
    gone_ = true;
    heartbeat_.stop();
    const bool was_busy = busy_;
    busy_ = false;
    if (stopping_)
        return;
    if (!has_hello_) {
        const QStringList said = child_.recent_output();
        Q_EMIT startFailed(tr("%1 exited before it said hello (%2)%3")
                               .arg(binary_, exit.describe(),
                                    said.isEmpty()
                                        ? QString()
                                        : QStringLiteral(": ") + said.join(QLatin1Char('\n'))));
        return;
    }
    const QString how = hang_.isEmpty()
                            ? exit.describe()
                            : hang_ + QStringLiteral(" (") + exit.describe() + QLatin1Char(')');
    bool serialized = false;
    const QByteArray input = was_busy ? running_input(&serialized) : QByteArray();
    Q_EMIT exited(how, input, serialized);
}

} // namespace arcwise::campaign
