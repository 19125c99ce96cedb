// Hostile targets against the real campaign, with real worker processes (tests/targets/hostile.cc,
// stall_start.cc): a target that kills its parent or its group ends only its own worker; a flood
// on stdout keeps the supervisor's memory bounded; a target that blocks every signal leaves
// nothing behind; bytes written into inherited descriptors stop nothing; a worker that never says
// hello delays nobody; a worker that dribbles bytes is hung; floods of statistics and corpus
// entries are throttled; a SIGKILL of arcwise-cli leaves no process behind. After every test no
// process of the fixture is left running. A worker that prints a line on every execution is
// drained, throttled on its way to the log, and its crash report still arrives whole.

#include "campaign/campaign.h"
#include "campaign/database.h"
#include "campaign/worker_process.h"
#include "common/processes.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <set>
#include <string>

using namespace arcwise;
using namespace arcwise::campaign;
using arcwise::test::processes_of;
using arcwise::test::runs_with;

namespace {

const QString kTargets = QStringLiteral(ARCWISE_TARGETS_DIR);
const QString kCli = QStringLiteral(ARCWISE_BIN_DIR "/arcwise-cli");

bool copy_binary(const QString& name, const QString& dir) {
    const QString to = dir + QLatin1Char('/') + name;
    QFile::remove(to);
    return QFile::copy(kTargets + QLatin1Char('/') + name, to) &&
           QFile::setPermissions(to, QFile::permissions(to) | QFile::ExeOwner | QFile::ExeUser);
}

qint64 rss_kb() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

CampaignOptions options_for(const QString& project, const QStringList& targets, int seconds) {
    CampaignOptions o;
    o.project = project;
    o.database_url = project + QStringLiteral("/db.sqlite");
    o.targets = targets;
    o.cores = 2;
    o.duration_ms = seconds * 1000;
    o.slice_ms = 1000;
    o.timeout_seconds = 1;
    o.seed = 3;
    return o;
}

const TargetRow* find_target(const std::vector<TargetRow>& rows, const QString& name) {
    for (const auto& r : rows)
        if (r.name == name)
            return &r;
    return nullptr;
}

protocol::Fuzz fuzz_request(const char* target, int ms) {
    protocol::Fuzz f;
    f.target = target;
    f.seed = 1;
    f.max_time_ms = uint64_t(ms);
    return f;
}

} // namespace

class TestHostile : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        for (const char* name : {"hostile", "stall_start", "ladder", "broken_start"})
            QVERIFY2(QFileInfo(kTargets + QLatin1Char('/') + QLatin1String(name)).isExecutable(),
                     name);
    }

    void killingItsParentEndsOnlyItsWorker_data() {
        QTest::addColumn<QString>("target");
        QTest::newRow("parent") << QStringLiteral("Hostile.KillsParent");
        QTest::newRow("group") << QStringLiteral("Hostile.KillsGroup");
    }
    void killingItsParentEndsOnlyItsWorker() {
        QFETCH(QString, target);
        QTemporaryDir project;
        QVERIFY(copy_binary(QStringLiteral("hostile"), project.path()));
        QVERIFY(copy_binary(QStringLiteral("ladder"), project.path()));
        const QString hostile = project.filePath(QStringLiteral("hostile"));
        {
            Campaign c(options_for(project.path(), {target, QStringLiteral("ladder")}, 4));
            QString error;
            QVERIFY2(c.start(&error), qPrintable(error));
            QSignalSpy finished(&c, &Campaign::finished);
            QVERIFY(finished.wait(60000)); // and this process, the supervisor, is still here
            qint64 ladder_runs = 0;
            for (const auto& r : c.database().targets())
                if (r.binary.endsWith(QLatin1String("/ladder")))
                    ladder_runs += r.executions;
            QVERIFY(ladder_runs > 0);
            bool found = false;
            for (const FailureRow& f : c.database().failures())
                if (f.target == target) {
                    found = true;
                    QVERIFY2(f.message.contains(QStringLiteral("signal 9")), qPrintable(f.message));
                }
            QVERIFY2(found, "the worker's end is a failure of its target");
        }
        QTRY_VERIFY(processes_of(hostile).isEmpty());
    }

    void floodingStdoutKeepsMemoryBounded() {
        QTemporaryDir project;
        QVERIFY(copy_binary(QStringLiteral("hostile"), project.path()));
        const QString hostile = project.filePath(QStringLiteral("hostile"));
        const qint64 before = rss_kb();
        qint64 peak = before;
        qint64 lines = 0, longest = 0;
        {
            Campaign c(options_for(project.path(), {QStringLiteral("Hostile.FloodsStdout")}, 4));
            connect(&c, &Campaign::workerOutput, this, [&](const QString&, const QString& line) {
                ++lines;
                longest = std::max<qint64>(longest, line.size());
            });
            QTimer sample;
            connect(&sample, &QTimer::timeout, this, [&] { peak = std::max(peak, rss_kb()); });
            sample.start(100);
            QString error;
            QVERIFY2(c.start(&error), qPrintable(error));
            QSignalSpy finished(&c, &Campaign::finished);
            QVERIFY(finished.wait(60000));
            QVERIFY(c.total_executions() > 0);
        }
        QVERIFY(lines > 0);
        QVERIFY2(longest < 8192, qPrintable(QString::number(longest)));
        // Hundreds of MB went through; what stays is the cut lines and buffers.
        QVERIFY2(peak - before < 100 * 1024,
                 qPrintable(QStringLiteral("grew by %1 kB").arg(peak - before)));
        QTRY_VERIFY(processes_of(hostile).isEmpty());
    }

    void chatteringWorkerIsThrottledAndItsEndKept() {
        // A line on stderr for every example, 20,000 in a worker's life (many times what its pipe
        // holds), then a crash report and death.
        QTemporaryDir project;
        QVERIFY(copy_binary(QStringLiteral("hostile"), project.path()));
        const QString hostile = project.filePath(QStringLiteral("hostile"));
        QStringList output, notices, tails;
        {
            CampaignOptions o =
                options_for(project.path(), {QStringLiteral("Hostile.ChattersThenDies")}, 4);
            o.cores = 1;
            Campaign c(o);
            connect(&c, &Campaign::workerOutput, this, [&](const QString&, const QString& line) {
                output << line;
                if (line.contains(QStringLiteral("before the worker ended, whole]")))
                    tails << line;
            });
            connect(&c, &Campaign::log, this, [&](const QString& text) {
                if (text.contains(QStringLiteral(" dropped (more than 200 a second)")))
                    notices << text;
            });
            QString error;
            QVERIFY2(c.start(&error), qPrintable(error));
            QSignalSpy finished(&c, &Campaign::finished);
            QVERIFY(finished.wait(60000));
        }
        // The report reached the log whole, so the worker got through its 20,000 lines.
        int reports = 0;
        for (qsizetype i = 0; i + 41 < output.size(); ++i) {
            if (!output[i].contains(QStringLiteral("ERROR: HostileSanitizer")))
                continue;
            bool whole = output[i + 41].startsWith(QStringLiteral("SUMMARY: HostileSanitizer"));
            for (int frame = 0; frame < 40 && whole; ++frame)
                whole = output[i + 1 + frame].startsWith(QStringLiteral("    #%1 ").arg(frame));
            reports += whole ? 1 : 0;
        }
        QVERIFY2(reports >= 1, qPrintable(output.mid(output.size() - 50).join(QLatin1Char('\n'))));
        QVERIFY2(!tails.isEmpty() && tails.size() <= reports, qPrintable(tails.join(u'\n')));
        // The chatter was dropped, and said so once per worker.
        QVERIFY2(!notices.isEmpty() && notices.size() <= reports + 1,
                 qPrintable(notices.join(u'\n')));
        QVERIFY2(output.size() < 20000, qPrintable(QString::number(output.size())));
        QTRY_VERIFY(processes_of(hostile).isEmpty());
    }

    void blockedSignalsLeaveNothingBehind() {
        QTemporaryDir project;
        QVERIFY(copy_binary(QStringLiteral("hostile"), project.path()));
        const QString hostile = project.filePath(QStringLiteral("hostile"));
        {
            CampaignOptions o =
                options_for(project.path(), {QStringLiteral("Hostile.BlocksSignals")}, 60);
            o.cores = 1;
            Campaign c(o);
            QString error;
            QVERIFY2(c.start(&error), qPrintable(error));
            // The timeout is being shrunk: the shrink process and its attempt child sleep with
            // every signal blocked.
            QTRY_VERIFY_WITH_TIMEOUT(runs_with(hostile, "--shrink="), 30000);
            QVERIFY(processes_of(hostile).size() >= 2);
        } // the campaign ends as a workbench that quits does
        QTRY_VERIFY_WITH_TIMEOUT(processes_of(hostile).isEmpty(), 5000);
    }

    void stallingWorkerDelaysNobody() {
        QTemporaryDir project;
        QVERIFY(copy_binary(QStringLiteral("stall_start"), project.path()));
        QVERIFY(copy_binary(QStringLiteral("ladder"), project.path()));
        const QString stall = project.filePath(QStringLiteral("stall_start"));
        {
            Campaign c(options_for(project.path(), {}, 4));
            QString error;
            QElapsedTimer started;
            started.start();
            QVERIFY2(c.start(&error), qPrintable(error));
            QVERIFY2(started.elapsed() < 3000, "start() does not wait for a worker's hello");
            QSignalSpy finished(&c, &Campaign::finished);
            QVERIFY(finished.wait(60000));
            const auto rows = c.database().targets();
            qint64 ladder_runs = 0;
            for (const auto& r : rows)
                if (r.binary.endsWith(QLatin1String("/ladder")))
                    ladder_runs += r.executions;
            QVERIFY(ladder_runs > 0);
        }
        QTRY_VERIFY(processes_of(stall).isEmpty());
    }

    void silentWorkerFailsToStart() {
        WorkerOptions o;
        o.hello_timeout_ms = 1000;
        WorkerProcess w(kTargets + QStringLiteral("/stall_start"), 0, o);
        QSignalSpy failed(&w, &WorkerProcess::startFailed);
        QString error;
        QVERIFY2(w.start(&error), qPrintable(error));
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("hello")),
                 qPrintable(failed.first().first().toString()));
        QTRY_VERIFY(processes_of(kTargets + QStringLiteral("/stall_start")).isEmpty());
    }

    // A worker that does not read its channel (this one never gets past its initialisation) is
    // sent no more than 8 MiB of its siblings' entries: the rest waits in the campaign's bounded
    // list for its next slice, not in this process's socket buffer.
    void unreadSharedEntriesAreBounded() {
        WorkerProcess w(kTargets + QStringLiteral("/stall_start"), 0, WorkerOptions{});
        QString error;
        QVERIFY2(w.start(&error), qPrintable(error));
        const QByteArray entry(1 << 20, 'e');
        int accepted = 0;
        for (int i = 0; i < 100; ++i) {
            accepted += w.share("stall_start", entry) ? 1 : 0;
            QCoreApplication::processEvents();
        }
        // 8 MiB waiting here, plus what the kernel's socket buffer took.
        QVERIFY2(accepted >= 1 && accepted <= 10, qPrintable(QString::number(accepted)));
    }

    void dribblingWorkerIsHung() {
        WorkerOptions o;
        o.heartbeat_timeout_ms = 1500;
        WorkerProcess w(kTargets + QStringLiteral("/hostile"), 0, o);
        QSignalSpy exited(&w, &WorkerProcess::exited);
        QString error;
        QVERIFY2(w.start(&error), qPrintable(error));
        w.fuzz(fuzz_request("Hostile.Dribbles", 60000), {});
        QVERIFY(exited.wait(20000));
        const QString how = exited.first().first().toString();
        QVERIFY2(how.startsWith(QStringLiteral("hang")), qPrintable(how));
        // It was running an input: handed over for reproduction.
        QVERIFY(!exited.first().at(1).toByteArray().isEmpty());
    }

    void floodsAreThrottled_data() {
        QTest::addColumn<QString>("target");
        QTest::newRow("stats") << QStringLiteral("Hostile.FloodsStats");
        QTest::newRow("entries") << QStringLiteral("Hostile.FloodsEntries");
    }
    void floodsAreThrottled() {
        QFETCH(QString, target);
        WorkerOptions o;
        o.stats_per_second = 10;
        o.entries_per_second = 50;
        o.entry_burst = 100;
        o.entry_bytes_per_second = 1 << 20;
        o.entry_bytes_burst = 4 << 20;
        WorkerProcess w(kTargets + QStringLiteral("/hostile"), 0, o);
        qint64 stats = 0, entries = 0, entry_bytes = 0;
        connect(&w, &WorkerProcess::stats, this, [&](const protocol::Stats&) { ++stats; });
        connect(&w, &WorkerProcess::newEntry, this, [&](const protocol::NewEntry& e) {
            ++entries;
            entry_bytes += qint64(e.input.size());
        });
        QSignalSpy throttled(&w, &WorkerProcess::throttled);
        QSignalSpy done(&w, &WorkerProcess::done);
        QString error;
        QVERIFY2(w.start(&error), qPrintable(error));
        QElapsedTimer clock;
        clock.start();
        w.fuzz(fuzz_request(target.toLatin1().constData(), 2000), {});
        QVERIFY(done.wait(30000));
        const double seconds = double(clock.elapsed()) / 1000.0 + 1;
        QVERIFY(throttled.size() >= 1);
        QVERIFY2(throttled.size() <= 3, "one line per worker and kind, not one per message");
        if (target.endsWith(QLatin1String("Stats"))) {
            QVERIFY2(double(stats) <= 20 + 10 * seconds, qPrintable(QString::number(stats)));
        } else {
            QVERIFY2(double(entries) <= 100 + 50 * seconds, qPrintable(QString::number(entries)));
            QVERIFY2(double(entry_bytes) <= double(4 << 20) + double(1 << 20) * seconds,
                     qPrintable(QString::number(entry_bytes)));
        }
        w.stop();
    }

    // A user's event() and target() labels with control characters are escaped by the runtime:
    // the worker is not ended for a malformed name, and the labels arrive readable.
    void controlCharactersInLabelsAreEscaped() {
        WorkerProcess w(kTargets + QStringLiteral("/hostile"), 0, WorkerOptions{});
        std::set<std::string> events, targets;
        connect(&w, &WorkerProcess::stats, this, [&](const protocol::Stats& s) {
            for (const auto& e : s.events)
                events.insert(e.first);
            for (const auto& t : s.targets)
                targets.insert(t.first);
        });
        QSignalSpy errors(&w, &WorkerProcess::workerError);
        QSignalSpy done(&w, &WorkerProcess::done);
        QString error;
        QVERIFY2(w.start(&error), qPrintable(error));
        w.fuzz(fuzz_request("Hostile.ControlLabels", 1000), {});
        QVERIFY(done.wait(30000));
        QCOMPARE(errors.size(), 0);
        QVERIFY(events.count("line\\x0abreak\\x1b[31m"));
        QVERIFY(targets.count("score\\x01"));
        w.stop();
    }

    void statsFloodWritesOneRowPerSecond() {
        QTemporaryDir project;
        QVERIFY(copy_binary(QStringLiteral("hostile"), project.path()));
        Campaign c(options_for(project.path(), {QStringLiteral("Hostile.FloodsStats")}, 3));
        QString error;
        QVERIFY2(c.start(&error), qPrintable(error));
        QSignalSpy finished(&c, &Campaign::finished);
        QVERIFY(finished.wait(60000));
        const auto rows = c.database().targets();
        const TargetRow* t = find_target(rows, QStringLiteral("Hostile.FloodsStats"));
        QVERIFY(t);
        const auto stats = c.database().stats(t->id);
        QVERIFY(!stats.empty());
        QVERIFY2(stats.size() <= 10, qPrintable(QString::number(stats.size())));
    }

    void bytesIntoInheritedDescriptorsStopNothing() {
        QTemporaryDir project;
        QVERIFY(copy_binary(QStringLiteral("hostile"), project.path()));
        QVERIFY(copy_binary(QStringLiteral("ladder"), project.path()));
        QProcess cli;
        cli.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer clock;
        clock.start();
        cli.start(kCli, {QStringLiteral("fuzz"), project.path(), QStringLiteral("--targets"),
                         QStringLiteral("Hostile.WritesInheritedFds"), QStringLiteral("--targets"),
                         QStringLiteral("ladder"), QStringLiteral("--time"), QStringLiteral("5s"),
                         QStringLiteral("--cores"), QStringLiteral("2")});
        QVERIFY(cli.waitForFinished(60000));
        const QString said = QString::fromUtf8(cli.readAll());
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        // It ran its whole time: nothing the target wrote reached the CLI's own descriptors.
        QVERIFY2(clock.elapsed() >= 4500, qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("stopping")), qPrintable(said));
        QTRY_VERIFY(processes_of(project.filePath(QStringLiteral("hostile"))).isEmpty());
    }

    // A campaign in which no worker could start did no work: exit 3, not a clean 0.
    void noWorkerStartingIsAFault() {
        QTemporaryDir project;
        QVERIFY(copy_binary(QStringLiteral("broken_start"), project.path()));
        QProcess cli;
        cli.start(kCli, {QStringLiteral("fuzz"), project.path(), QStringLiteral("--time"),
                         QStringLiteral("3s")});
        QVERIFY(cli.waitForFinished(60000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QVERIFY2(cli.exitCode() == 3, qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("no worker could start")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("cannot find its configuration file")),
                 qPrintable(err));
    }

    void sigkillOfTheCliLeavesNothingRunning() {
        QTemporaryDir project;
        QVERIFY(copy_binary(QStringLiteral("hostile"), project.path()));
        QVERIFY(copy_binary(QStringLiteral("ladder"), project.path()));
        const QString hostile = project.filePath(QStringLiteral("hostile"));
        const QString ladder = project.filePath(QStringLiteral("ladder"));
        QProcess cli;
        cli.start(kCli,
                  {QStringLiteral("fuzz"), project.path(), QStringLiteral("--targets"),
                   QStringLiteral("Hostile.BlocksSignals"), QStringLiteral("--targets"),
                   QStringLiteral("ladder"), QStringLiteral("--time"), QStringLiteral("60s"),
                   QStringLiteral("--slice"), QStringLiteral("60s"), QStringLiteral("--timeout"),
                   QStringLiteral("1"), QStringLiteral("--cores"), QStringLiteral("2")});
        QVERIFY(cli.waitForStarted());
        // Both workers up, and the blocked target's failure being shrunk.
        QTRY_VERIFY_WITH_TIMEOUT(!processes_of(ladder).isEmpty(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(runs_with(hostile, "--shrink="), 30000);
        ::kill(pid_t(cli.processId()), SIGKILL);
        QVERIFY(cli.waitForFinished(10000));
        QTRY_VERIFY_WITH_TIMEOUT(processes_of(hostile).isEmpty() && processes_of(ladder).isEmpty(),
                                 3000);
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
