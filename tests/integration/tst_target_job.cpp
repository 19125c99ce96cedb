// TargetJob against real instrumented binaries (tests/targets): reproduce a stored failure,
// shrink one further with progress, cancel a long shrink and see its whole process group gone,
// show several inputs (one crashing) with their draws, events and scores, and the errors a user
// can cause. Also the helpers: exported input, reproducer command line, regression file.

#include "campaign/target_job.h"
#include "campaign/triage.h"
#include "engine/serialize.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <cerrno>
#include <csignal>

using namespace arcwise::campaign;
namespace engine = arcwise::engine;

namespace {

const QString kTargets = QStringLiteral(ARCWISE_TARGETS_DIR);
const QString kProps = kTargets + QStringLiteral("/sdk_props");
const QString kCrashKinds = kTargets + QStringLiteral("/crash_kinds");
const QString kExamples = QStringLiteral(ARCWISE_EXAMPLES_DIR "/property_examples");

QByteArray serialized(std::vector<engine::Choice> choices) {
    engine::ChoiceSequence seq;
    seq.choices = std::move(choices);
    return QByteArray::fromStdString(engine::serialize(seq));
}

// Modes.AssertEq fails when a + b >= 1000; its minimal example is a = 0, b = 1000.
QByteArray assertEqInput(int a, int b) {
    return serialized(
        {engine::Choice::integer(a, 0, 100000), engine::Choice::integer(b, 0, 100000)});
}

// Modes.Crash crashes for x > 1000.
QByteArray crashInput(int x) {
    return serialized({engine::Choice::integer(x, -5000, 5000)});
}

FailureRow failureOf(const QString& binary, const QString& target, const QByteArray& input,
                     const QString& signature = QString()) {
    FailureRow f;
    f.id = 7;
    f.binary = binary;
    f.target = target;
    f.first_input = f.minimal_input = input;
    f.signature = signature;
    return f;
}

TargetJobResult waitForResult(QSignalSpy& spy, int ms = 120000) {
    if (spy.isEmpty() && !spy.wait(ms))
        return {};
    return spy.takeFirst().first().value<TargetJobResult>();
}

// Processes of a group that are still alive (zombies waiting for their parent do not count).
int liveMembers(qint64 group) {
    int alive = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& pid : pids) {
        QFile stat(QStringLiteral("/proc/") + pid + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // pid (comm) state ppid pgrp ...: comm may hold spaces, so split after its ')'.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 2 && fields[2].toLongLong() == group && fields[0] != "Z")
            ++alive;
    }
    return alive;
}

} // namespace

class TestTargetJob : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<TargetJobResult>();
        QVERIFY2(QFileInfo(kProps).isExecutable(), qPrintable(kProps));
    }

    void reproducesAStoredFailure() {
        TargetJob job;
        QSignalSpy lines(&job, &TargetJob::outputLine);
        QSignalSpy done(&job, &TargetJob::finished);
        QVERIFY(job.reproduce(failureOf(kProps, QStringLiteral("Modes.Crash"), crashInput(1001))));
        QVERIFY(job.isRunning());
        // One job at a time.
        QVERIFY(!job.reproduce(failureOf(kProps, QStringLiteral("Modes.Crash"), crashInput(1))));
        const TargetJobResult r = waitForResult(done);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.job, TargetJobResult::Job::Reproduce);
        QCOMPARE(r.exit_code, 1);
        QVERIFY(r.still_fails);
        QCOMPARE(r.kind, QStringLiteral("crash"));
        QVERIFY2(r.message.contains(QStringLiteral("SIGSEGV")), qPrintable(r.message));
        QVERIFY(r.output.contains(QStringLiteral("Falsifying example: Modes.Crash\n  x = 1001\n")));
        QVERIFY(!lines.isEmpty());
        QVERIFY(!job.isRunning());
        QCOMPARE(done.size(), 0); // exactly once

        // An input that passes on this build.
        QVERIFY(job.reproduce(failureOf(kProps, QStringLiteral("Modes.Crash"), crashInput(5))));
        const TargetJobResult pass = waitForResult(done);
        QVERIFY2(pass.ok(), qPrintable(pass.error));
        QCOMPARE(pass.exit_code, 3);
        QVERIFY(!pass.still_fails);
    }

    void minimizesWithProgress() {
        TargetJob job;
        QSignalSpy progress(&job, &TargetJob::progress);
        QSignalSpy done(&job, &TargetJob::finished);
        // The input as the campaign stores it: what the test drew, spans included, which a
        // reproduction reports.
        QVERIFY(job.reproduce(
            failureOf(kProps, QStringLiteral("Modes.AssertEq"), assertEqInput(40000, 77777))));
        const TargetJobResult reproduced = waitForResult(done);
        QVERIFY2(reproduced.still_fails, qPrintable(reproduced.error + reproduced.output));
        QCOMPARE(reproduced.failure.example.split(QLatin1Char('\n')).mid(1, 2),
                 (QStringList{QStringLiteral("  a = 40000"), QStringLiteral("  draw 2 = 77777")}));
        const QByteArray start = reproduced.failure.minimal_input;
        QVERIFY(progress.isEmpty()); // only minimising reports progress

        QVERIFY(job.minimize(failureOf(kProps, QStringLiteral("Modes.AssertEq"), start,
                                       reproduced.failure.signature),
                             30));
        const TargetJobResult r = waitForResult(done);
        QVERIFY2(r.ok(), qPrintable(r.error + r.output));
        QVERIFY(r.still_fails);
        // A start and an end line at least; the end one counts every attempt.
        QVERIFY(progress.size() >= 2);
        QCOMPARE(progress.first().at(0).toLongLong(), 0);
        QVERIFY(progress.last().at(0).toLongLong() > 0);
        QCOMPARE(progress.last().at(1).toLongLong(), 2);
        QCOMPARE(progress.last().at(2).toLongLong(), r.failure.minimal_input.size());
        QVERIFY(!r.output.contains(QStringLiteral("arcwise-progress")));
        QVERIFY(r.smaller);
        QVERIFY(r.failure.minimal_input.size() <= start.size());
        QVERIFY2(r.same_signature, qPrintable(r.failure.signature));
        QCOMPARE(r.failure.kind, QStringLiteral("assertion"));
        QCOMPARE(r.failure.example.split(QLatin1Char('\n')).mid(0, 3),
                 (QStringList{QStringLiteral("Falsifying example: Modes.AssertEq"),
                              QStringLiteral("  a = 0"), QStringLiteral("  draw 2 = 1000")}));
        QVERIFY(r.failure.location.contains(QStringLiteral("sdk_props.cc:")));
        QVERIFY(r.failure.minimal_input != start);
    }

    void cancelKillsTheProcessGroup() {
        // Modes.Hang: every run of x = 7 costs a full attempt timeout, so the job runs for
        // minutes unless cancelled.
        TargetJob job;
        job.setAttemptTimeout(60);
        QSignalSpy done(&job, &TargetJob::finished);
        QVERIFY(job.minimize(failureOf(kProps, QStringLiteral("Modes.Hang"),
                                       serialized({engine::Choice::integer(7, 0, 20)})),
                             600));
        QTRY_VERIFY(job.processId() > 0);
        const qint64 group = job.processId();
        // The binary and the attempt child it forked, both in the job's group.
        QTRY_VERIFY_WITH_TIMEOUT(liveMembers(group) >= 2, 10000);
        job.cancel();
        const TargetJobResult r = waitForResult(done, 10000);
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
        QTRY_COMPARE_WITH_TIMEOUT(liveMembers(group), 0, 10000);
    }

    void showsInputs() {
        TargetJob job;
        QSignalSpy done(&job, &TargetJob::finished);
        const std::vector<QByteArray> inputs{crashInput(5), crashInput(2000), crashInput(-3),
                                             QByteArray("AWCS\x7f not a sequence")};
        QVERIFY(job.show(kProps, QStringLiteral("Modes.Crash"), inputs));
        const TargetJobResult r = waitForResult(done);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.job, TargetJobResult::Job::Show);
        QCOMPARE(r.examples.size(), inputs.size());
        QCOMPARE(r.examples[0].outcome, QStringLiteral("pass"));
        QCOMPARE(r.examples[0].draws.size(), size_t(1));
        QCOMPARE(r.examples[0].draws[0].first, QStringLiteral("x"));
        QCOMPARE(r.examples[0].draws[0].second, QStringLiteral("5"));
        QCOMPARE(r.examples[0].size, inputs[0].size());
        // The crash ended only its attempt child: the inputs after it still ran.
        QCOMPARE(r.examples[1].outcome, QStringLiteral("fail"));
        QCOMPARE(r.examples[1].kind, QStringLiteral("crash"));
        QCOMPARE(r.examples[1].draws[0].second, QStringLiteral("2000"));
        QVERIFY(!r.examples[1].stack.isEmpty());
        QCOMPARE(r.examples[2].outcome, QStringLiteral("pass"));
        QCOMPARE(r.examples[2].draws[0].second, QStringLiteral("-3"));
        QCOMPARE(r.examples[3].outcome, QStringLiteral("invalid"));
        QVERIFY(r.output.contains(QStringLiteral("4 inputs: 2 passed, 1 failed, 1 invalid")));
    }

    void showsHarnessInputsAsBytes() {
        TargetJob job;
        QSignalSpy done(&job, &TargetJob::finished);
        QVERIFY(job.show(kCrashKinds, QStringLiteral("crash_kinds"),
                         {QByteArray("hello\n\x01"), QByteArray("A")}));
        const TargetJobResult r = waitForResult(done);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.examples.size(), size_t(2));
        QCOMPARE(r.examples[0].outcome, QStringLiteral("pass"));
        QCOMPARE(r.examples[0].draws[0].first, QStringLiteral("data"));
        QCOMPARE(r.examples[0].draws[0].second, QStringLiteral("\"hello\\n\\001\""));
        QCOMPARE(r.examples[1].outcome, QStringLiteral("fail"));
        QCOMPARE(r.examples[1].kind, QStringLiteral("abort"));
    }

    void showsEventsAndScores() {
        if (!QFileInfo(kExamples).isExecutable())
            QSKIP("the examples are not built (ARCWISE_BUILD_EXAMPLES=OFF)");
        TargetJob job;
        QSignalSpy done(&job, &TargetJob::finished);
        // Sorting.KeepsLength: xs = {} (one "no more elements" boolean).
        QVERIFY(job.show(kExamples, QStringLiteral("Sorting.KeepsLength"),
                         {serialized({engine::Choice::boolean(false)})}));
        const TargetJobResult r = waitForResult(done);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.examples.size(), size_t(1));
        QCOMPARE(r.examples[0].draws[0].second, QStringLiteral("{}"));
        QCOMPARE(r.examples[0].events, QStringList{QStringLiteral("insertion sort only")});

        // Rle.EncodingIsCompact reports target(saved bytes): empty data saves nothing.
        QVERIFY(job.show(kExamples, QStringLiteral("Rle.EncodingIsCompact"), {QByteArray()}));
        const TargetJobResult scored = waitForResult(done);
        QVERIFY2(scored.ok(), qPrintable(scored.error));
        QCOMPARE(scored.examples.size(), size_t(1));
        QCOMPARE(scored.examples[0].targets.size(), size_t(1));
        QCOMPARE(scored.examples[0].targets[0].first, QStringLiteral("bytes saved"));
    }

    void userErrors_data() {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/fuzz_me")
                                 << QStringLiteral("/nonexistent/fuzz_me does not exist");
        QTest::newRow("not executable") << QStringLiteral(ARCWISE_SOURCE_DIR "/README.md")
                                        << QStringLiteral("README.md is not an executable file");
    }
    void userErrors() {
        QFETCH(QString, binary);
        QFETCH(QString, message);
        TargetJob job;
        QSignalSpy done(&job, &TargetJob::finished);
        QVERIFY(job.reproduce(failureOf(binary, QStringLiteral("Modes.Crash"), crashInput(1001))));
        QCOMPARE(done.size(), 0); // results come from the event loop, never from the call
        const TargetJobResult r = waitForResult(done, 5000);
        QVERIFY(!r.ok());
        QVERIFY(!r.cancelled);
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
    }

    void unknownTargetIsAnError() {
        TargetJob job;
        QSignalSpy done(&job, &TargetJob::finished);
        QVERIFY(job.show(kProps, QStringLiteral("Modes.Nope"), {crashInput(1)}));
        const TargetJobResult r = waitForResult(done);
        QVERIFY(!r.ok());
        QCOMPARE(r.exit_code, 2);
        QVERIFY2(r.error.contains(QStringLiteral("sdk_props")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("--target=NAME")), qPrintable(r.error));
    }

    void exportedInput() {
        const QByteArray bytes("\x00\x01raw", 5);
        const QByteArray stored =
            QByteArray::fromStdString(engine::serialize(engine::ChoiceSequence::from_bytes(
                std::string(bytes.constData(), size_t(bytes.size())))));
        FailureRow f = failureOf(kCrashKinds, QStringLiteral("crash_kinds"), stored);
        QCOMPARE(exported_input(f, QStringLiteral("libfuzzer")), bytes);
        QCOMPARE(exported_input(f, QStringLiteral("property")), stored);
        // Raw bytes, as triage stores a harness's minimal input, stay as they are.
        f.minimal_input = bytes;
        QCOMPARE(exported_input(f, QStringLiteral("libfuzzer")), bytes);
        const QByteArray choices = crashInput(1001);
        QCOMPARE(exported_input(choices, QStringLiteral("property")), choices);
    }

    void reproducerCommandRuns() {
        QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/arcwise job's XXXXXX"));
        QVERIFY(dir.isValid());
        const QString input = dir.filePath(QStringLiteral("crash input"));
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(crashInput(1001));
        file.close();
        const QString command =
            reproducer_command(failureOf(kProps, QStringLiteral("Modes.Crash"), {}), input);
        QVERIFY2(command.contains(QStringLiteral("--target=Modes.Crash")), qPrintable(command));
        QProcess sh;
        sh.setWorkingDirectory(QDir::rootPath());
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
        QVERIFY(sh.waitForFinished(60000));
        QCOMPARE(sh.exitCode(), 1);
        QVERIFY(
            sh.readAllStandardOutput().contains("Falsifying example: Modes.Crash\n  x = 1001\n"));
    }

    void writesARegressionFile() {
        // A copy of the binary in a directory of our own, so its regression directory is too.
        QTemporaryDir dir;
        const QString binary = dir.filePath(QStringLiteral("sdk_props"));
        QVERIFY(QFile::copy(kProps, binary));
        const FailureRow f =
            failureOf(binary, QStringLiteral("Modes.AssertEq"), assertEqInput(0, 1000));
        QString path, error;
        QVERIFY2(write_regression(f, &path, &error), qPrintable(error));
        QVERIFY(path.startsWith(regression_dir(binary, QStringLiteral("Modes.AssertEq"))));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), f.minimal_input);
        // The binary's unit-test mode, run from its directory, replays it first.
        QProcess p;
        p.setWorkingDirectory(dir.path());
        p.start(binary,
                {QStringLiteral("--target=Modes.AssertEq"), QStringLiteral("--examples=0")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardOutput().contains("  a = 0\n  draw 2 = 1000\n"));

        FailureRow empty = f;
        empty.first_input.clear();
        empty.minimal_input.clear();
        QVERIFY(!write_regression(empty, &path, &error));
        QVERIFY(error.contains(QStringLiteral("no stored input")));
    }
};

QTEST_GUILESS_MAIN(TestTargetJob)
#include "tst_target_job.moc"
