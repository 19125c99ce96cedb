// -arcwise_frontier on a real fuzz binary (tests/targets/ladder): the flag is listed and parsed,
// both settings run the same command line to completion, the weighting computes a frontier from
// the binary's own control-flow table, and a seed still gives the same run with it on.

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kLadder = QStringLiteral(ARCWISE_TARGETS_DIR "/ladder");

struct Result {
    int exit_code = -1;
    QString output;
};

Result run(const QStringList& args) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(kLadder, args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromLocal8Bit(p.readAll())};
}

// The NEW lines without the fields that depend on timing.
QStringList newLines(const QString& output) {
    static const QRegularExpression timing(QStringLiteral(" exec/s: \\d+ rss: \\d+Mb"));
    QStringList lines;
    const auto all = output.split(QLatin1Char('\n'));
    for (QString line : all)
        if (line.contains(QStringLiteral("\tNEW ")))
            lines << line.remove(timing);
    return lines;
}

} // namespace

class TestFrontierFlag : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void helpListsTheFlag() {
        const Result r = run({QStringLiteral("-help=1")});
        QCOMPARE(r.exit_code, 0);
        QVERIFY2(r.output.contains(QStringLiteral("arcwise_frontier")), qPrintable(r.output));
    }

    void badValueIsAnError() {
        const Result r = run({QStringLiteral("-arcwise_frontier=on"), QStringLiteral("-runs=10")});
        QCOMPARE(r.exit_code, 1);
        QVERIFY2(r.output.contains(QStringLiteral("-arcwise_frontier")), qPrintable(r.output));
    }

    void bothSettingsRunToCompletion_data() {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<bool>("on");
        QTest::addRow("off") << QStringLiteral("0") << false;
        QTest::addRow("max") << QStringLiteral("1") << true;
        QTest::addRow("share") << QStringLiteral("2") << true;
        QTest::addRow("max, up to 3x") << QStringLiteral("3") << true;
    }

    void bothSettingsRunToCompletion() {
        QFETCH(QString, setting);
        QFETCH(bool, on);
        QTemporaryDir dir;
        const Result r = run({QStringLiteral("-seed=3"), QStringLiteral("-runs=30000"),
                              QStringLiteral("-verbosity=2"),
                              QStringLiteral("-artifact_prefix=") + dir.path() + QLatin1Char('/'),
                              QStringLiteral("-arcwise_frontier=") + setting});
        QVERIFY2(r.exit_code == 0, qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("Done 30000 runs")), qPrintable(r.output));
        QCOMPARE(r.output.contains(QStringLiteral("INFO: Frontier guidance on")), on);
        // With it on, the frontier is the ladder's next rung: one block, something behind it.
        static const QRegularExpression frontier(
            QStringLiteral("FRONTIER: run \\d+: \\d+ of \\d+ blocks covered, ([1-9]\\d*) on the "
                           "frontier, largest region ([1-9]\\d*)"));
        QCOMPARE(frontier.match(r.output).hasMatch(), on);
    }

    void deterministicWithTheFrontier() {
        QTemporaryDir dir;
        const QStringList args{QStringLiteral("-seed=9"), QStringLiteral("-runs=60000"),
                               QStringLiteral("-artifact_prefix=") + dir.path() + QLatin1Char('/'),
                               QStringLiteral("-arcwise_frontier=1")};
        const Result a = run(args);
        const Result b = run(args);
        QVERIFY(!newLines(a.output).isEmpty());
        QCOMPARE(newLines(a.output), newLines(b.output));
    }
};

QTEST_GUILESS_MAIN(TestFrontierFlag)
#include "tst_frontier_flag.moc"
