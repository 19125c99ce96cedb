// The campaign's process runner with real processes: typed exit statuses, the whole group killed,
// death with the supervisor, only the descriptors meant for the child, a private temporary
// directory that goes away, bounded output, time and output limits, and the intermediate that
// keeps a child that signals its parent from reaching the supervisor.

#include "campaign/child_process.h"
#include "common/processes.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace arcwise::campaign;
using arcwise::test::alive;
using arcwise::test::group_members;

namespace {

ChildSpec shell(const QString& script) {
    ChildSpec spec;
    spec.program = QStringLiteral("/bin/sh");
    spec.arguments = {QStringLiteral("-c"), script};
    return spec;
}

ChildExit run_watched(ChildProcess& child, const ChildSpec& spec) {
    QString error;
    if (!child.start(spec, &error)) {
        ChildExit e;
        e.error = error;
        return e;
    }
    QSignalSpy finished(&child, &ChildProcess::finished);
    if (!finished.wait(20000))
        return {};
    return finished.first().first().value<ChildExit>();
}

} // namespace

class TestChildProcess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ChildExit>(); }

    void exitStatusIsTyped_data() {
        QTest::addColumn<QString>("script");
        QTest::addColumn<bool>("intermediate");
        QTest::addColumn<int>("how");
        QTest::addColumn<int>("value");
        for (bool intermediate : {false, true}) {
            const QByteArray suffix = intermediate ? " (intermediate)" : "";
            QTest::newRow(QByteArray("exit 0" + suffix).constData())
                << QStringLiteral("exit 0") << intermediate << int(ChildExit::How::Exited) << 0;
            QTest::newRow(QByteArray("exit 3" + suffix).constData())
                << QStringLiteral("exit 3") << intermediate << int(ChildExit::How::Exited) << 3;
            QTest::newRow(QByteArray("SIGSEGV" + suffix).constData())
                << QStringLiteral("kill -SEGV $$") << intermediate << int(ChildExit::How::Signalled)
                << int(SIGSEGV);
        }
        // The program kills its parent: without the intermediate, that would be us.
        QTest::newRow("kills its parent") << QStringLiteral("kill -KILL $PPID; sleep 30") << true
                                          << int(ChildExit::How::SupervisorKilled) << int(SIGKILL);
        QTest::newRow("kills its group") << QStringLiteral("kill -KILL 0; sleep 30") << true
                                         << int(ChildExit::How::SupervisorKilled) << int(SIGKILL);
        // Polite signals to its parent do not even end it.
        QTest::newRow("SIGTERM to its parent")
            << QStringLiteral("kill -TERM $PPID; sleep 0.2; exit 5") << true
            << int(ChildExit::How::Exited) << 5;
    }
    void exitStatusIsTyped() {
        QFETCH(QString, script);
        QFETCH(bool, intermediate);
        QFETCH(int, how);
        QFETCH(int, value);
        ChildSpec spec = shell(script);
        spec.intermediate = intermediate;
        ChildProcess child;
        const ChildExit e = run_watched(child, spec);
        QCOMPARE(int(e.how), how);
        QCOMPARE(e.how == ChildExit::How::Exited ? e.code : e.signal, value);
        QVERIFY(!e.describe().isEmpty());
        QVERIFY(!alive(child.pid()));
        QTRY_VERIFY(group_members(child.pid()).isEmpty());
    }

    // A supervisor killed with SIGKILL leaves its temporary directories behind; the next one
    // removes those of supervisors that are gone, once they are an hour old, and nothing else.
    void orphanedTempDirsAreRemoved() {
        QTemporaryDir tmp;
        const pid_t gone = ::fork();
        if (gone == 0)
            ::_exit(0);
        QVERIFY(gone > 0);
        QCOMPARE(::waitpid(gone, nullptr, 0), gone);
        const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600);
        auto make = [&](const QString& name, bool aged) {
            const QString path = tmp.filePath(name);
            QDir().mkpath(path);
            QFile f(path + QStringLiteral("/input"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.close();
            if (aged) {
                const struct timespec times[2] = {{old.toSecsSinceEpoch(), 0},
                                                  {old.toSecsSinceEpoch(), 0}};
                QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
            }
        };
        const QString orphan = QStringLiteral("arcwise-child-%1-aaaaaa").arg(gone);
        const QString recent = QStringLiteral("arcwise-child-%1-bbbbbb").arg(gone);
        const QString alive = QStringLiteral("arcwise-child-%1-cccccc").arg(::getppid());
        const QString mine = QStringLiteral("arcwise-child-%1-dddddd").arg(::getpid());
        const QString other = QStringLiteral("arcwise-child-XyZ123");
        for (const QString& name : {orphan, alive, mine, other})
            make(name, true);
        make(recent, false);
        QCOMPARE(ChildProcess::remove_orphaned_temp_dirs(tmp.path()), 1);
        QVERIFY(!QFileInfo::exists(tmp.filePath(orphan)));
        for (const QString& name : {recent, alive, mine, other})
            QVERIFY2(QFileInfo::exists(tmp.filePath(name)), qPrintable(name));
        // A child's own directory is named after its supervisor.
        ChildProcess child;
        QString error;
        QVERIFY2(child.prepare(&error), qPrintable(error));
        QVERIFY(QFileInfo(child.temp_dir())
                    .fileName()
                    .startsWith(QStringLiteral("arcwise-child-%1-").arg(::getpid())));
    }

    void missingProgramIsAClearError() {
        ChildProcess child;
        ChildSpec spec;
        spec.program = QStringLiteral("/nonexistent/fuzzer");
        QString error;
        QVERIFY(!child.start(spec, &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent/fuzzer")), qPrintable(error));
        spec.program = QDir::tempPath();
        QVERIFY(!child.start(spec, &error));
        QVERIFY2(error.contains(QStringLiteral("not an executable")), qPrintable(error));
    }

    void killEndsTheWholeGroup() {
        // Children in the background, and one that ignores SIGTERM.
        ChildSpec spec = shell(QStringLiteral("trap '' TERM; sleep 300 & sleep 300 & echo up; "
                                              "wait"));
        ChildProcess child;
        QSignalSpy lines(&child, &ChildProcess::outputLine);
        QString error;
        QVERIFY2(child.start(spec, &error), qPrintable(error));
        QVERIFY(lines.wait(10000));
        QTRY_VERIFY(group_members(child.pid()).size() >= 3); // (intermediate,) shell, sleeps
        QSignalSpy finished(&child, &ChildProcess::finished);
        child.terminate(/*grace_ms=*/300);
        QVERIFY(finished.wait(10000));
        QCOMPARE(int(child.exit_status().how), int(ChildExit::How::Stopped));
        QTRY_VERIFY(group_members(child.pid()).isEmpty());
    }

    void leftoversGoWhenTheLeaderExits() {
        ChildSpec spec = shell(QStringLiteral("sleep 300 & echo $!"));
        ChildProcess child;
        const ChildExit e = run_watched(child, spec);
        QVERIFY(e.exited(0));
        const qint64 background = child.recent_lines(false).value(0).toLongLong();
        QVERIFY(background > 0);
        QTRY_VERIFY(!alive(background));
    }

    void onlyTheDescriptorsMeantForIt() {
        // Descriptors this process holds, one without close-on-exec.
        int leaked[2];
        QVERIFY(::pipe(leaked) == 0);
        int meant[2];
        QVERIFY(::pipe2(meant, O_CLOEXEC) == 0);
        ChildSpec spec = shell(QStringLiteral("echo to-three >&3; ls /proc/self/fd"));
        spec.fds = {meant[1]};
        ChildProcess child;
        const ChildExit e = run_watched(child, spec);
        ::close(meant[1]);
        QVERIFY(e.exited(0));
        char buffer[64] = {};
        QVERIFY(::read(meant[0], buffer, sizeof buffer - 1) > 0);
        QCOMPARE(QByteArray(buffer), QByteArray("to-three\n"));
        // ls sees 0, 1, 2, 3 and the directory it reads.
        QStringList fds = child.recent_lines(false);
        fds.sort();
        QVERIFY2(fds.size() <= 5, qPrintable(fds.join(QLatin1Char(' '))));
        for (const QString& fd : fds)
            QVERIFY2(fd.toInt() <= 4, qPrintable(fds.join(QLatin1Char(' '))));
        for (int fd : {leaked[0], leaked[1], meant[0]})
            ::close(fd);
    }

    void privateTemporaryDirectoryIsRemoved() {
        ChildSpec spec = shell(QStringLiteral("echo \"$TMPDIR\"; touch \"$TMPDIR/left-behind\"; "
                                              "mkdir \"$TMPDIR/sub\""));
        ChildProcess child;
        const ChildExit e = run_watched(child, spec);
        QVERIFY(e.exited(0));
        const QString dir = child.recent_lines(false).value(0);
        QVERIFY(dir.startsWith(QDir::tempPath()));
        QTRY_VERIFY(!QFileInfo::exists(dir));
    }

    void environmentIsItsOwn() {
        qputenv("ARCWISE_CONTROL_FD", "7");
        ChildSpec spec = shell(QStringLiteral("echo \"[$ARCWISE_CONTROL_FD][$MINE]\""));
        spec.environment = {{"MINE", "yes"}};
        ChildProcess child;
        const ChildExit e = run_watched(child, spec);
        qunsetenv("ARCWISE_CONTROL_FD");
        QVERIFY(e.exited(0));
        QCOMPARE(child.recent_lines(false).value(0), QStringLiteral("[][yes]"));
    }

    void longLinesAreCut() {
        // 20 MB without a newline, then a short line.
        ChildSpec spec = shell(QStringLiteral("head -c 20000000 /dev/zero | tr '\\0' a; echo; "
                                              "echo short"));
        spec.max_line_bytes = 1000;
        spec.kept_lines = 5;
        ChildProcess child;
        const ChildExit e = run_watched(child, spec);
        QVERIFY(e.exited(0));
        const QStringList lines = child.recent_lines(false);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(QString(1000, QLatin1Char('a'))));
        QVERIFY2(lines[0].size() < 1100, qPrintable(lines[0].right(80)));
        QCOMPARE(lines[1], QStringLiteral("short"));
    }

    void onlyTheLastLinesAreKept() {
        ChildSpec spec = shell(QStringLiteral("seq 1 100000"));
        spec.kept_lines = 10;
        ChildProcess child;
        QSignalSpy lines(&child, &ChildProcess::outputLine);
        const ChildExit e = run_watched(child, spec);
        QVERIFY(e.exited(0));
        QCOMPARE(lines.size(), 100000);
        const QStringList kept = child.recent_lines(false);
        QCOMPARE(kept.size(), 10);
        QCOMPARE(kept.last(), QStringLiteral("100000"));
    }

    void floodIsDrainedAndItsEndKeptWhole() {
        // 300,000 lines on stderr as fast as the shell writes them (many times what the pipe
        // holds: a child that waited for a full pipe would not get through them), then a
        // report of 42 lines right before it dies.
        ChildSpec spec = shell(QStringLiteral(
            "seq 1 300000 | sed 's/^/chatter /' >&2; "
            "{ echo '==1==ERROR: planted report'; for i in $(seq 0 39); do echo \"    #$i frame\"; "
            "done; echo 'SUMMARY: planted report'; } >&2; kill -SEGV $$"));
        spec.kept_lines = 50;
        ChildProcess child;
        QSignalSpy lines(&child, &ChildProcess::outputLine);
        const ChildExit e = run_watched(child, spec);
        QCOMPARE(int(e.how), int(ChildExit::How::Signalled));
        QCOMPARE(lines.size(), 300000 + 42);
        QCOMPARE(lines.at(299999).first().toString(), QStringLiteral("chatter 300000"));
        const QStringList kept = child.recent_lines(/*from_stderr=*/true);
        QCOMPARE(kept.size(), 50);
        QCOMPARE(kept.at(8), QStringLiteral("==1==ERROR: planted report"));
        QCOMPARE(kept.at(9), QStringLiteral("    #0 frame"));
        QCOMPARE(kept.at(48), QStringLiteral("    #39 frame"));
        QCOMPARE(kept.last(), QStringLiteral("SUMMARY: planted report"));
    }

    void quietOutputArrivesWhileTheChildRuns() {
        // Reading a busy stream in collected chunks must not hold back a child's occasional line.
        ChildSpec spec = shell(QStringLiteral("echo one >&2; sleep 0.3; echo two; sleep 30"));
        ChildProcess child;
        QSignalSpy lines(&child, &ChildProcess::outputLine);
        QString error;
        QVERIFY2(child.start(spec, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(lines.size(), 2, 5000);
        QVERIFY(child.running());
        QCOMPARE(lines.at(0).first().toString(), QStringLiteral("one"));
        QCOMPARE(lines.at(1).first().toString(), QStringLiteral("two"));
        child.kill();
    }

    void throttlePassesItsRateAndKeepsTheEnd() {
        OutputThrottle t(/*per_second=*/10, /*kept=*/5);
        int shown = 0;
        for (int i = 0; i < 30; ++i)
            shown += t.pass(QString::number(i), /*now_ms=*/1000) ? 1 : 0;
        QCOMPARE(shown, 10); // a burst of one second's worth
        QCOMPARE(t.take_dropped(), qint64(20));
        QCOMPARE(t.take_dropped(), qint64(0));
        QVERIFY(!t.pass(QStringLiteral("too soon"), 1050));
        QVERIFY(t.pass(QStringLiteral("a tenth of a second later"), 1150));
        // The end, dropped lines included, when some were dropped.
        QCOMPARE(t.take_tail(), (QStringList{QStringLiteral("27"), QStringLiteral("28"),
                                             QStringLiteral("29"), QStringLiteral("too soon"),
                                             QStringLiteral("a tenth of a second later")}));
        QVERIFY(t.take_tail().isEmpty());
        // Nothing dropped: nothing to show again.
        QVERIFY(t.pass(QStringLiteral("later"), 5000));
        QVERIFY(t.take_tail().isEmpty());
    }

    void runChildBoundsOutputAndTime() {
        ChildSpec endless = shell(QStringLiteral("cat /dev/zero"));
        endless.max_capture_bytes = 1 << 20;
        const ChildRun flood = run_child(endless);
        QCOMPARE(int(flood.exit.how), int(ChildExit::How::OutputLimit));
        QVERIFY(flood.stdout_bytes.size() <= (1 << 20));

        ChildSpec slow = shell(QStringLiteral("sleep 300"));
        slow.timeout_ms = 300;
        const ChildRun hung = run_child(slow);
        QCOMPARE(int(hung.exit.how), int(ChildExit::How::TimedOut));

        ChildSpec fine = shell(QStringLiteral("echo '{\"ok\": 1}'; echo said >&2; exit 0"));
        const ChildRun ok = run_child(fine);
        QVERIFY(ok.exit.exited(0));
        QCOMPARE(ok.stdout_bytes, QByteArray("{\"ok\": 1}\n"));
        QCOMPARE(ok.stderr_lines, QStringList{QStringLiteral("said")});
    }

    // A caller that gives up (a dropped reader) ends the child at once, whatever it blocks, and
    // not only at its time limit; run_child() returns from another thread's request.
    void runChildEndsWhenCancelled() {
        QTemporaryDir dir;
        const QString pid_file = dir.filePath(QStringLiteral("pid"));
        ChildSpec hang = shell(QStringLiteral("trap '' TERM INT HUP; echo $$ > '%1'; "
                                              "while :; do sleep 1; done")
                                   .arg(pid_file));
        hang.timeout_ms = 120000;
        std::atomic<bool> cancel{false};
        hang.cancel = &cancel;
        ChildRun run;
        std::unique_ptr<QThread> thread(QThread::create([&] { run = run_child(hang); }));
        thread->start();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(pid_file).size() > 0, 20000);
        QFile f(pid_file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qint64 pid = f.readAll().trimmed().toLongLong();
        QVERIFY(pid > 0 && alive(pid));
        QVERIFY(!thread->wait(300)); // still running: nothing ends it but the request
        cancel = true;
        // Far below the 120 s time limit: the request ended it, not the limit.
        QVERIFY(thread->wait(30000));
        QCOMPARE(int(run.exit.how), int(ChildExit::How::Stopped));
        QTRY_VERIFY(!alive(pid));
    }

    void diesWithItsSupervisor() {
        // A supervisor process (forked from this one) starts a child behind an intermediate and
        // is then killed: the child must not outlive it.
        int report[2];
        QVERIFY(::pipe(report) == 0);
        const pid_t supervisor = ::fork();
        if (supervisor == 0) {
            ::close(report[0]);
            ChildProcess child;
            ChildSpec spec = shell(QStringLiteral("trap '' TERM INT HUP; sleep 300"));
            spec.intermediate = true;
            QString error;
            qint64 pid = child.start(spec, &error, /*watch=*/false) ? child.pid() : -1;
            [[maybe_unused]] ssize_t n = ::write(report[1], &pid, sizeof pid);
            ::pause();
            ::_exit(0);
        }
        ::close(report[1]);
        qint64 pgid = 0;
        QCOMPARE(::read(report[0], &pgid, sizeof pgid), ssize_t(sizeof pgid));
        ::close(report[0]);
        QVERIFY(pgid > 0);
        QTRY_VERIFY(group_members(pgid).size() >= 2); // intermediate, shell (and its sleep)
        ::kill(supervisor, SIGKILL);
        ::waitpid(supervisor, nullptr, 0);
        QTRY_VERIFY_WITH_TIMEOUT(group_members(pgid).isEmpty(), 5000);
    }
};

QTEST_GUILESS_MAIN(TestChildProcess)
#include "tst_child_process.moc"
