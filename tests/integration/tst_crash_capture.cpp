// Failure capture, end to end: a real instrumented binary (tests/targets/crash_kinds) replays a
// one-byte input that fails in a chosen way; the test checks the exit code, the libFuzzer-shaped
// report, the failure kind, the signature and that the artifact holds the exact input.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestCrashCapture : public QObject {
    Q_OBJECT

private:
    struct Run {
        int exit_code = -1;
        QString output;
        QStringList artifacts;
    };

    Run replay(const QString& binary, const QByteArray& input, const QStringList& flags) {
        Run run;
        QTemporaryDir dir;
        const QString inputPath = dir.filePath(QStringLiteral("input"));
        QFile f(inputPath);
        if (!f.open(QIODevice::WriteOnly))
            return run;
        f.write(input);
        f.close();
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        QStringList args = flags;
        args << QStringLiteral("-artifact_prefix=") + dir.path() + QLatin1Char('/') << inputPath;
        p.start(binary, args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
        }
        run.exit_code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.output = QString::fromLocal8Bit(p.readAll());
        const auto entries = QDir(dir.path()).entryList(QDir::Files);
        for (const QString& name : entries) {
            if (name == QLatin1String("input"))
                continue;
            QFile a(dir.filePath(name));
            if (a.open(QIODevice::ReadOnly) && a.readAll() == input)
                run.artifacts << name;
        }
        return run;
    }

private Q_SLOTS:
    void failureKinds_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("artifact");
        QTest::addColumn<QString>("frame");

        const QStringList none;
        const QString segv = QStringLiteral("crash");
        const QString noFrame = QStringLiteral("write_through_null");
        QTest::newRow("segv") << QByteArray("S") << none << 77 << segv << "deadly signal"
                              << "crash-" << noFrame;
        QTest::newRow("abort") << QByteArray("A") << none << 77 << "abort"
                               << "deadly signal"
                               << "crash-"
                               << "LLVMFuzzerTestOneInput";
        QTest::newRow("assert") << QByteArray("X") << none << 77 << "assertion"
                                << "deadly signal"
                                << "crash-"
                                << "LLVMFuzzerTestOneInput";
        QTest::newRow("exception") << QByteArray("E") << none << 77 << "exception"
                                   << "deadly signal"
                                   << "crash-"
                                   << "LLVMFuzzerTestOneInput";
        QTest::newRow("fpe") << QByteArray("F") << none << 77 << segv << "deadly signal"
                             << "crash-" << QString();
        QTest::newRow("stack-overflow") << QByteArray("O") << none << 77 << "stack-overflow"
                                        << "deadly signal"
                                        << "crash-"
                                        << "recurse";
        QTest::newRow("timeout") << QByteArray("H") << QStringList{QStringLiteral("-timeout=1")}
                                 << 70 << "timeout"
                                 << "timeout"
                                 << "timeout-"
                                 << "LLVMFuzzerTestOneInput";
        QTest::newRow("malloc-limit") << QByteArray("M") << none << 77 << "oom"
                                      << "out-of-memory"
                                      << "oom-"
                                      << "LLVMFuzzerTestOneInput";
        QTest::newRow("rss-limit") << QByteArray("R")
                                   << QStringList{QStringLiteral("-rss_limit_mb=300"),
                                                  QStringLiteral("-malloc_limit_mb=1000")}
                                   << 77 << "oom"
                                   << "out-of-memory"
                                   << "oom-" << QString();
        QTest::newRow("exit") << QByteArray("Q") << none << 77 << "exit"
                              << "fuzz target exited"
                              << "crash-"
                              << "LLVMFuzzerTestOneInput";
    }

    void failureKinds() {
        QFETCH(QByteArray, input);
        QFETCH(QStringList, flags);
        QFETCH(int, exitCode);
        QFETCH(QString, kind);
        QFETCH(QString, summary);
        QFETCH(QString, artifact);
        QFETCH(QString, frame);
        const Run run = replay(QStringLiteral(ARCWISE_TARGETS_DIR "/crash_kinds"), input, flags);
        QVERIFY2(run.exit_code == exitCode, qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("SUMMARY: libFuzzer: ") + summary),
                 qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("Arcwise: ") + kind + QLatin1Char(':')),
                 qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("Arcwise signature: ") + kind),
                 qPrintable(run.output));
        if (!frame.isEmpty()) {
            const QString signature = run.output.section(QStringLiteral("Arcwise signature: "), 1)
                                          .section(QLatin1Char('\n'), 0, 0);
            QVERIFY2(signature.contains(frame), qPrintable(signature));
        }
        QCOMPARE(run.artifacts.size(), 1);
        QVERIFY2(run.artifacts.first().startsWith(artifact), qPrintable(run.artifacts.first()));
    }

    void sanitizerReport() {
        const Run run =
            replay(QStringLiteral(ARCWISE_TARGETS_DIR "/crash_kinds_asan"), QByteArray("B"), {});
        QVERIFY2(run.exit_code != 0, qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("AddressSanitizer")), qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("Arcwise: sanitizer: AddressSanitizer")),
                 qPrintable(run.output));
        QCOMPARE(run.artifacts.size(), 1);
    }

    void passingInputLeavesNoArtifact() {
        const Run run =
            replay(QStringLiteral(ARCWISE_TARGETS_DIR "/crash_kinds"), QByteArray("ok"), {});
        QCOMPARE(run.exit_code, 0);
        QVERIFY(run.artifacts.isEmpty());
        QVERIFY(run.output.contains(QStringLiteral("Executed ")));
    }
};

QTEST_GUILESS_MAIN(TestCrashCapture)
#include "tst_crash_capture.moc"
