// Worker mode over the real protocol: the test plays the supervisor. It listens on a local socket,
// starts real instrumented binaries with --worker, and checks the conversation, failures reported
// from a dying worker, and the input recovered from shared memory after a SIGKILL.

#include "engine/serialize.h"
#include "protocol/codec.h"

#include <QElapsedTimer>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <optional>
#include <set>

using namespace arcwise;

namespace {

std::string serialized_bytes(const std::string& bytes) {
    return engine::serialize(engine::ChoiceSequence::from_bytes(bytes));
}

} // namespace

class TestWorker : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    QLocalServer server_;
    QProcess worker_;
    QLocalSocket* socket_ = nullptr;
    protocol::FrameDecoder decoder_;

    QString shmPath() const { return dir_.filePath(QStringLiteral("input.shm")); }

    bool start(const QString& binary) {
        decoder_ = protocol::FrameDecoder();
        const QString socketPath = dir_.filePath(QStringLiteral("control.sock"));
        QFile::remove(socketPath);
        server_.close();
        if (!server_.listen(socketPath))
            return false;
        QFile shm(shmPath());
        if (!shm.open(QIODevice::WriteOnly | QIODevice::Truncate) || !shm.resize(1 << 20))
            return false;
        shm.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ARCWISE_CONTROL_SOCKET"), socketPath);
        env.insert(QStringLiteral("ARCWISE_INPUT_SHM"), shmPath());
        worker_.setProcessEnvironment(env);
        worker_.setProcessChannelMode(QProcess::SeparateChannels);
        worker_.start(binary, {QStringLiteral("--worker")});
        if (!worker_.waitForStarted(10000) || !server_.waitForNewConnection(10000))
            return false;
        socket_ = server_.nextPendingConnection();
        return socket_ != nullptr;
    }

    std::optional<protocol::Message> next(int timeoutMs = 30000) {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            if (auto m = decoder_.next())
                return m;
            if (!decoder_.error().empty() || timer.elapsed() > timeoutMs)
                return std::nullopt;
            if (socket_->bytesAvailable() == 0 && !socket_->waitForReadyRead(200) &&
                socket_->state() != QLocalSocket::ConnectedState && socket_->bytesAvailable() == 0)
                return std::nullopt;
            const QByteArray bytes = socket_->readAll();
            decoder_.feed(std::string_view(bytes.constData(), size_t(bytes.size())));
        }
    }

    void send(const protocol::Message& m) {
        const std::string frame = protocol::encode(m);
        socket_->write(frame.data(), qint64(frame.size()));
        socket_->flush();
    }

    // The next Failure on the channel, skipping stats and new entries.
    std::optional<protocol::Failure> nextFailure() {
        while (auto m = next())
            if (auto* f = std::get_if<protocol::Failure>(&*m))
                return *f;
        return std::nullopt;
    }

    // Starts the ladder as a worker and has it fuzz; true once its first message after Hello
    // (statistics or a new entry) says it is fuzzing.
    bool fuzzLadder(uint32_t max_len, uint64_t max_time_ms) {
        if (!start(QStringLiteral(ARCWISE_TARGETS_DIR "/ladder")))
            return false;
        auto hello = next();
        if (!hello || !std::holds_alternative<protocol::Hello>(*hello))
            return false;
        protocol::Fuzz fuzz;
        fuzz.target = "ladder";
        fuzz.seed = 3;
        fuzz.max_len = max_len;
        fuzz.max_time_ms = max_time_ms;
        send(fuzz);
        return next().has_value();
    }

    void finish() {
        if (worker_.state() != QProcess::NotRunning) {
            worker_.kill();
            worker_.waitForFinished();
        }
    }

private Q_SLOTS:
    void init() { QVERIFY(dir_.isValid()); }
    void cleanup() { finish(); }

    // A worker whose supervisor closed the channel (or died) stops within about a second, not at
    // the end of its slice.
    void endsWhenTheChannelCloses() {
        QVERIFY(fuzzLadder(/*max_len=*/0, /*max_time_ms=*/120000));
        socket_->abort();
        QVERIFY(worker_.waitForFinished(5000));
        QCOMPARE(worker_.exitStatus(), QProcess::NormalExit);
    }

    // An entry sent while the worker fuzzes (another worker of the target found it) is run into
    // its corpus within about a second, not at the end of the slice. With inputs of one byte at
    // most, only the entry can reach the ladder's sixth rung.
    void takesEntriesWhileFuzzing() {
        QVERIFY(fuzzLadder(/*max_len=*/1, /*max_time_ms=*/30000));
        QElapsedTimer sent;
        sent.start();
        send(protocol::CorpusEntryIn{serialized_bytes("LADDER"), "ladder"});
        bool taken = false;
        while (auto m = next(5000)) {
            if (auto* e = std::get_if<protocol::NewEntry>(&*m)) {
                auto seq = engine::deserialize(e->input);
                if (seq && seq->is_single_bytes() && seq->choices[0].data == "LADDER") {
                    taken = true;
                    break;
                }
            }
            QVERIFY2(!std::holds_alternative<protocol::Done>(*m), "taken only after the slice");
            if (sent.elapsed() > 5000)
                break;
        }
        QVERIFY(taken);
    }

    void helloFuzzDone() {
        QVERIFY(start(QStringLiteral(ARCWISE_TARGETS_DIR "/ladder")));
        auto hello = next();
        QVERIFY(hello && std::holds_alternative<protocol::Hello>(*hello));
        const auto& h = std::get<protocol::Hello>(*hello);
        QCOMPARE(h.protocol_version, protocol::kProtocolVersion);
        QCOMPARE(qint64(h.pid), worker_.processId());
        QCOMPARE(h.targets.size(), size_t(1));
        QCOMPARE(h.targets[0].name, std::string("ladder"));
        QCOMPARE(h.targets[0].kind, std::string("libfuzzer"));

        send(protocol::CorpusEntryIn{serialized_bytes("LA"), {}});
        send(
            protocol::CorpusEntryIn{std::string("LAD"), {}}); // raw bytes, as in a libFuzzer corpus
        protocol::Fuzz fuzz;
        fuzz.target = "ladder";
        fuzz.seed = 3;
        fuzz.max_runs = 3000;
        fuzz.max_len = 4;
        send(fuzz);

        int newEntries = 0;
        std::set<std::string> entries;
        std::optional<protocol::Done> done;
        while (auto m = next()) {
            if (auto* e = std::get_if<protocol::NewEntry>(&*m)) {
                auto seq = engine::deserialize(e->input);
                QVERIFY(seq && seq->is_single_bytes());
                QVERIFY(seq->choices[0].data.size() <= 4);
                entries.insert(seq->choices[0].data);
                QVERIFY(!e->features.empty());
                ++newEntries;
            } else if (auto* d = std::get_if<protocol::Done>(&*m)) {
                done = *d;
                break;
            } else if (std::holds_alternative<protocol::Failure>(*m)) {
                QFAIL("the ladder cannot fail within 4 bytes");
            }
        }
        QVERIFY(done.has_value());
        QCOMPARE(done->reason, std::string("runs"));
        QCOMPARE(done->runs, uint64_t(3000));
        QVERIFY(newEntries >= 2);
        QVERIFY(entries.count("LA") && entries.count("LAD")); // both corpus forms were loaded
        send(protocol::Stop{});
        QVERIFY(worker_.waitForFinished(10000));
        QCOMPARE(worker_.exitCode(), 0);
    }

    void failureFromDyingWorker() {
        QVERIFY(start(QStringLiteral(ARCWISE_TARGETS_DIR "/crash_kinds")));
        QVERIFY(next().has_value()); // Hello
        send(protocol::CorpusEntryIn{serialized_bytes("S"), {}});
        protocol::Fuzz fuzz;
        fuzz.target = "crash_kinds";
        fuzz.max_runs = 10;
        send(fuzz);
        std::optional<protocol::Failure> failure = nextFailure();
        QVERIFY(failure.has_value());
        QCOMPARE(failure->kind, std::string("crash"));
        QVERIFY2(failure->signature.find("write_through_null") != std::string::npos,
                 failure->signature.c_str());
        QVERIFY(!failure->stack.empty());
        auto seq = engine::deserialize(failure->input);
        QVERIFY(seq && seq->is_single_bytes());
        QCOMPARE(seq->choices[0].data, std::string("S"));
        QVERIFY(worker_.waitForFinished(10000));
        QCOMPARE(worker_.exitCode(), 77);
    }

    // Property tests: a failed assertion comes back with its check and location; a crash with the
    // choices the test had drawn, which replay it exactly.
    void propertyFailures() {
        QVERIFY(start(QStringLiteral(ARCWISE_TARGETS_DIR "/sdk_props")));
        auto hello = next();
        QVERIFY(hello && std::holds_alternative<protocol::Hello>(*hello));
        const auto& h = std::get<protocol::Hello>(*hello);
        QCOMPARE(h.targets.size(), size_t(7));
        QCOMPARE(h.targets[0].kind, std::string("property"));
        protocol::Fuzz fuzz;
        fuzz.target = "Modes.NeedsGuidance";
        fuzz.seed = 1;
        fuzz.max_runs = 500000;
        send(fuzz);
        std::optional<protocol::Failure> failure = nextFailure();
        QVERIFY(failure.has_value());
        QCOMPARE(failure->kind, std::string("assertion"));
        QVERIFY2(failure->message.find("ARCWISE_ASSERT(word.size() != 3) at sdk_props.cc:") == 0,
                 failure->message.c_str());
        QVERIFY(failure->signature.find("assertion|sdk_props.cc:") == 0);
        QVERIFY(failure->location.find("sdk_props.cc:") != std::string::npos);
        auto seq = engine::deserialize(failure->input);
        QVERIFY(seq && seq->choices.size() == 2);
        QCOMPARE(seq->choices[0].value, uint64_t(0xC0FFEE42u));
        // A failure the process survives ends the slice (after its stats); the worker stays up.
        std::optional<protocol::Done> done;
        while (auto m = next())
            if (auto* d = std::get_if<protocol::Done>(&*m)) {
                done = *d;
                break;
            }
        QVERIFY(done.has_value());
        QCOMPARE(done->reason, std::string("failure"));
        finish();

        QVERIFY(start(QStringLiteral(ARCWISE_TARGETS_DIR "/sdk_props")));
        QVERIFY(next().has_value()); // Hello
        fuzz.target = "Modes.Crash";
        send(fuzz);
        failure = nextFailure();
        QVERIFY(failure.has_value());
        QCOMPARE(failure->kind, std::string("crash"));
        seq = engine::deserialize(failure->input);
        QVERIFY(seq && seq->choices.size() == 1);
        QVERIFY(seq->choices[0].as_signed() > 1000);
        QVERIFY(worker_.waitForFinished(10000));
    }

    void inputSurvivesSigkill() {
        QVERIFY(start(QStringLiteral(ARCWISE_TARGETS_DIR "/crash_kinds")));
        QVERIFY(next().has_value()); // Hello
        send(protocol::CorpusEntryIn{serialized_bytes("Hang on"), {}});
        protocol::Fuzz fuzz;
        fuzz.target = "crash_kinds";
        fuzz.timeout_ms = 600000; // the supervisor, not the worker, decides it is stuck
        send(fuzz);
        // The worker is now spinning inside the target; no heartbeat will come. Kill it hard.
        QTest::qWait(500);
        ::kill(pid_t(worker_.processId()), SIGKILL);
        QVERIFY(worker_.waitForFinished(10000));
        QCOMPARE(worker_.exitStatus(), QProcess::CrashExit);
        QFile shm(shmPath());
        QVERIFY(shm.open(QIODevice::ReadOnly));
        const QByteArray mapped = shm.readAll();
        QCOMPARE(mapped.left(8), QByteArray("AWINPUT1"));
        quint64 size = 0;
        memcpy(&size, mapped.constData() + 24, 8);
        QCOMPARE(mapped.mid(32, int(size)), QByteArray("Hang on"));
    }

    void unknownTargetIsAnError() {
        QVERIFY(start(QStringLiteral(ARCWISE_TARGETS_DIR "/ladder")));
        QVERIFY(next().has_value());
        protocol::Fuzz fuzz;
        fuzz.target = "no.such.target";
        send(fuzz);
        auto m = next();
        QVERIFY(m && std::holds_alternative<protocol::Error>(*m));
        QVERIFY(std::get<protocol::Error>(*m).message.find("no.such.target") != std::string::npos);
        QVERIFY(worker_.waitForFinished(10000));
        QVERIFY(worker_.exitCode() != 0);
    }
};

QTEST_GUILESS_MAIN(TestWorker)
#include "tst_worker.moc"
