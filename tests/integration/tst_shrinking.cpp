// Shrink quality on the shrinking challenges (github.com/jlink/shrinking-challenge): each
// Challenge.* property of tests/targets/shrinking_challenges.cc is run in unit-test mode with
// seeds 1, 2 and 3, and the example reported (the printed draws of --report) must be the known
// minimum. bench/shrinking.sh measures the same over ten seeds.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kBinary = QStringLiteral(ARCWISE_TARGETS_DIR "/shrinking_challenges");

struct Challenge {
    const char* name;    // Challenge.<name>
    const char* minimum; // printed draws, "label=value; label=value"
};

const Challenge kChallenges[] = {
    {"Reverse", "ls={0, 1}"},
    {"LengthList", "ls={900}"},
    {"Bound5", "p={{}, {}, {}, {-1}, {-32768}}"},
    {"LargeUnionList", "ls={{0, 1, -1, 2, -2}}"},
    {"DifferenceMustNotBeZero", "first=10; second=10"},
    {"DifferenceMustNotBeSmall", "first=10; second=6"},
    {"DifferenceMustNotBeOne", "first=10; second=9"},
    {"Coupling", "ls={1, 0}"},
    {"Deletion", "ls={0, 0}; i=0"},
    {"Distinct", "ls={0, 1, -1}"},
    {"NestedLists", "ls={{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}}"},
    {"Calculator", "e=('/', 0, ('+', 0, 0))"},
    {"Binheap", "h=(0, None, (0, (0, None, None), (1, None, None)))"},
};

} // namespace

class TestShrinking : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFileInfo(kBinary).isExecutable(), qPrintable(kBinary)); }

    void reachesKnownMinimum_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("seed");
        QTest::addColumn<QString>("minimum");
        for (const Challenge& c : kChallenges)
            for (int seed = 1; seed <= 3; ++seed)
                QTest::addRow("%s seed %d", c.name, seed)
                    << QString::fromLatin1(c.name) << seed << QString::fromLatin1(c.minimum);
    }

    void reachesKnownMinimum() {
        QFETCH(QString, name);
        QFETCH(int, seed);
        QFETCH(QString, minimum);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString target = QStringLiteral("Challenge.") + name;
        const QString reportPath = dir.filePath(QStringLiteral("report.json"));
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(kBinary, {QStringLiteral("--target=") + target,
                          QStringLiteral("--seed=%1").arg(seed), QStringLiteral("--examples=1000"),
                          QStringLiteral("--regressions=") + dir.filePath(QStringLiteral("reg")),
                          QStringLiteral("--report=") + reportPath});
        QVERIFY(p.waitForStarted());
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            QFAIL("the property binary did not finish within 60 s");
        }
        const QString output = QString::fromLocal8Bit(p.readAll());
        // Exit status 1: the property failed, which every challenge must.
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 1, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("0 passed, 1 failed")), qPrintable(output));

        QFile file(reportPath);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(reportPath));
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray failures = doc.object().value(QStringLiteral("failures")).toArray();
        QCOMPARE(failures.size(), 1);
        const QJsonObject failure = failures.at(0).toObject();
        QCOMPARE(failure.value(QStringLiteral("target")).toString(), target);
        QVERIFY2(!failure.contains(QStringLiteral("warning")),
                 qPrintable(failure.value(QStringLiteral("warning")).toString()));

        QStringList draws;
        const QJsonArray drawArray = failure.value(QStringLiteral("draws")).toArray();
        for (const QJsonValue& d : drawArray) {
            const QJsonObject draw = d.toObject();
            draws << draw.value(QStringLiteral("label")).toString() + QLatin1Char('=') +
                         draw.value(QStringLiteral("value")).toString();
        }
        const QString reached = draws.join(QStringLiteral("; "));
        const QJsonObject shrink = failure.value(QStringLiteral("shrink")).toObject();
        qInfo("%s seed %d: %s (%lld calls)", qPrintable(target), seed, qPrintable(reached),
              qint64(shrink.value(QStringLiteral("calls")).toDouble()));
        QVERIFY2(!shrink.value(QStringLiteral("budget_exhausted")).toBool(),
                 "the shrink budget ran out");
        QCOMPARE(reached, minimum);
    }
};

QTEST_GUILESS_MAIN(TestShrinking)
#include "tst_shrinking.moc"
