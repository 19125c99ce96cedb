// The planted bugs of examples/ are found within a bounded number of runs: each example binary
// fuzzes from an empty corpus with fixed seeds, and at least one of three seeds must reach the bug
// (same failure kind, the example's code among the signature's frames) within the run budget.
// Deterministic: same seeds, same runs.

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestExamples : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plantedBugIsFound_data() {
        QTest::addColumn<QString>("binary");
        QTest::addColumn<qint64>("runs");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("frame");
        QTest::addColumn<QString>("artifact");

        QTest::newRow("magic header") << "fuzz_image_header" << qint64(3000000) << "abort"
                                      << "imgparse::"
                                      << "crash-";
        QTest::newRow("nested conditions") << "fuzz_nested" << qint64(10000000) << "crash"
                                           << "pktdecode::"
                                           << "crash-";
        QTest::newRow("checksum-guarded record") << "fuzz_checksum" << qint64(10000000) << "abort"
                                                 << "recordio::"
                                                 << "crash-";
        QTest::newRow("parser state") << "fuzz_state_parser" << qint64(10000000) << "crash"
                                      << "confparse::"
                                      << "crash-";
        QTest::newRow("stack overflow") << "fuzz_json_depth" << qint64(8000000) << "stack-overflow"
                                        << "jsonlite::"
                                        << "crash-";
        QTest::newRow("hang") << "fuzz_hang" << qint64(2000000) << "timeout"
                              << "lzdec::"
                              << "timeout-";
        QTest::newRow("over-large allocation") << "fuzz_huge_alloc" << qint64(2000000) << "oom"
                                               << "chunkfile::"
                                               << "oom-";
    }

    void plantedBugIsFound() {
        QFETCH(QString, binary);
        QFETCH(qint64, runs);
        QFETCH(QString, kind);
        QFETCH(QString, frame);
        QFETCH(QString, artifact);
#ifdef ARCWISE_SANITIZED
        if (runs > 3000000)
            QSKIP("run budgets above 3M are sized for optimised builds, not sanitizer builds");
#endif
        const QString program = QStringLiteral(ARCWISE_EXAMPLES_DIR "/") + binary;
        QVERIFY2(QFileInfo(program).isExecutable(), qPrintable(program));
        QString tried;
        for (int seed = 1; seed <= 3; ++seed) {
            QTemporaryDir dir;
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(program, {QStringLiteral("-seed=%1").arg(seed),
                              QStringLiteral("-runs=%1").arg(runs), QStringLiteral("-timeout=1"),
                              QStringLiteral("-artifact_prefix=") + dir.path() + QLatin1Char('/')});
            QVERIFY(p.waitForStarted());
            if (!p.waitForFinished(300000)) {
                p.kill();
                p.waitForFinished();
            }
            const QString output = QString::fromLocal8Bit(p.readAll());
            const QString signature = output.section(QStringLiteral("Arcwise signature: "), 1)
                                          .section(QLatin1Char('\n'), 0, 0);
            const QStringList artifacts = QDir(dir.path()).entryList({artifact + QLatin1Char('*')});
            if (p.exitCode() != 0 && signature.startsWith(kind + QLatin1Char('|')) &&
                signature.contains(frame) && artifacts.size() == 1) {
                qInfo("%s: found with seed %d: %s", qPrintable(binary), seed,
                      qPrintable(signature));
                return;
            }
            tried += QStringLiteral("seed %1: exit %2, signature '%3'\n")
                         .arg(seed)
                         .arg(p.exitCode())
                         .arg(signature);
        }
        QFAIL(qPrintable(QStringLiteral("%1 did not find its planted bug:\n").arg(binary) + tried));
    }
};

QTEST_GUILESS_MAIN(TestExamples)
#include "tst_examples.moc"
