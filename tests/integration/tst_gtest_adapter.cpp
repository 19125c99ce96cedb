// Property tests inside GoogleTest (arcwise/gtest.hpp), with tests/targets/gtest_props.cc: its
// ARCWISE_TESTs are GoogleTest tests beside its TEST()s (listed, filtered, run with the stored
// regressions first and N examples, failing with the shrunk example in GoogleTest's failure
// message, a crash failing only its test), and the same binary still answers Arcwise's modes
// (--fuzz, --list) and is discovered and fuzzed by arcwise-cli.

#include "common/run_process.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kProps = QStringLiteral(ARCWISE_TARGETS_DIR "/gtest_props");
const QString kCli = QStringLiteral(ARCWISE_BIN_DIR "/arcwise-cli");

using Result = arcwise::test::ProcessText;
using arcwise::test::read_json;

Result run(const QString& program, const QStringList& args, const QString& cwd) {
    return arcwise::test::run_process_text(program, args, cwd, /*timeout_ms=*/120000);
}

// The test `suite.name` of a --gtest_output=json report.
QJsonObject gtestCase(const QJsonObject& report, const QString& suite, const QString& name) {
    for (const auto& s : report.value(QStringLiteral("testsuites")).toArray()) {
        if (s.toObject().value(QStringLiteral("name")).toString() != suite)
            continue;
        for (const auto& t : s.toObject().value(QStringLiteral("testsuite")).toArray())
            if (t.toObject().value(QStringLiteral("name")).toString() == name)
                return t.toObject();
    }
    return {};
}

} // namespace

class TestGtestAdapter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFileInfo(kProps).isExecutable(), qPrintable(kProps)); }

    void listsPropertiesBesideTests() {
        QTemporaryDir dir;
        const Result r = run(kProps, {QStringLiteral("--gtest_list_tests")}, dir.path());
        QCOMPARE(r.exit_code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Plain.\n  Arithmetic\n")), qPrintable(r.out));
        // TEST()s first (static registration), then the ARCWISE_TESTs in the order of the source.
        QVERIFY2(r.out.contains(QStringLiteral("GtestProps.\n  PlainBeside\n  ReverseTwice\n"
                                               "  SumBelow1000\n  Crash\n")),
                 qPrintable(r.out));
        // Nothing ran: no regressions directory.
        QVERIFY(!QDir(dir.filePath(QStringLiteral(".arcwise"))).exists());
    }

    void passingPropertyRunsItsExamples() {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("gtest.json"));
        const Result r =
            run(kProps,
                {QStringLiteral("--gtest_filter=GtestProps.ReverseTwice:Plain.*"),
                 QStringLiteral("--gtest_output=json:") + json, QStringLiteral("--examples=37")},
                dir.path());
        QCOMPARE(r.exit_code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("[       OK ] GtestProps.ReverseTwice")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("[       OK ] Plain.Arithmetic")));
        QVERIFY(r.out.contains(QStringLiteral("[  PASSED  ] 2 tests.")));
        const QJsonObject t = gtestCase(read_json(json), QStringLiteral("GtestProps"),
                                        QStringLiteral("ReverseTwice"));
        QCOMPARE(t.value(QStringLiteral("arcwise_examples")).toString(), QStringLiteral("37"));
        QCOMPARE(t.value(QStringLiteral("arcwise_stored_regressions")).toString(),
                 QStringLiteral("0"));
    }

    void failingPropertyReportsTheShrunkExample() {
        QTemporaryDir dir;
        const QStringList args{QStringLiteral("--gtest_filter=GtestProps.SumBelow1000")};
        const Result r = run(kProps, args, dir.path());
        QCOMPARE(r.exit_code, 1);
        // GoogleTest's failure message, at the ARCWISE_TEST, is the shrunk example's report.
        static const QRegularExpression failure(
            QStringLiteral("gtest_props\\.cc:\\d+: Failure\n"
                           "Failed\n"
                           "Falsifying example: GtestProps\\.SumBelow1000\n"
                           "  a = 0\n"
                           "  b = 1000\n"
                           "Failure: ARCWISE_ASSERT_EQ\\(a \\+ b < 1000, true\\) at "
                           "gtest_props\\.cc:\\d+\n"
                           "  left:  false\n"
                           "  right: true\n"
                           "\\(shrunk from \\d+ to 2 choices in \\d+ calls, [0-9.]+ s; saved as "
                           "\\.arcwise/regressions/GtestProps\\.SumBelow1000/[0-9a-f]{40}\\)\n"));
        QVERIFY2(failure.match(r.out).hasMatch(), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("[  FAILED  ] GtestProps.SumBelow1000")));
        const QDir stored(
            dir.filePath(QStringLiteral(".arcwise/regressions/GtestProps.SumBelow1000")));
        QCOMPARE(stored.entryList(QDir::Files).size(), 1);

        // The next run replays the stored example first and fails on it again.
        const QString json = dir.filePath(QStringLiteral("gtest.json"));
        const Result again = run(
            kProps, args + QStringList{QStringLiteral("--gtest_output=json:") + json}, dir.path());
        QCOMPARE(again.exit_code, 1);
        QVERIFY2(again.out.contains(QStringLiteral("  a = 0\n  b = 1000\n")),
                 qPrintable(again.out));
        const QJsonObject t = gtestCase(read_json(json), QStringLiteral("GtestProps"),
                                        QStringLiteral("SumBelow1000"));
        QCOMPARE(t.value(QStringLiteral("arcwise_stored_regressions")).toString(),
                 QStringLiteral("1"));
        QCOMPARE(t.value(QStringLiteral("arcwise_examples")).toString(), QStringLiteral("0"));
        QCOMPARE(t.value(QStringLiteral("failures")).toArray().size(), 1);
    }

    void crashFailsOnlyItsTest() {
        QTemporaryDir dir;
        const Result r =
            run(kProps, {QStringLiteral("--gtest_filter=GtestProps.Crash:Plain.Arithmetic")},
                dir.path());
        QCOMPARE(r.exit_code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Falsifying example: GtestProps.Crash\n  x = 1001\n"
                                               "Failure: crash: deadly signal SIGSEGV")),
                 qPrintable(r.out));
        // The stack is the property's, not GoogleTest's, which the attempt child was forked in.
        static const QRegularExpression frames(QStringLiteral("\n    #\\d+ [^\n]*"));
        auto it = frames.globalMatch(r.out);
        int count = 0;
        while (it.hasNext()) {
            const QString frame = it.next().captured();
            QVERIFY2(!frame.contains(QStringLiteral("testing::")), qPrintable(frame));
            ++count;
        }
        QVERIFY(count > 0);
        // The binary lived on: the other test ran and the summary counts both.
        QVERIFY(r.out.contains(QStringLiteral("[       OK ] Plain.Arithmetic")));
        QVERIFY(r.out.contains(QStringLiteral("[  PASSED  ] 1 test.")));
        QVERIFY(r.out.contains(QStringLiteral("[  FAILED  ] GtestProps.Crash")));
    }

    void arcwiseModesStillAnswer() {
        QTemporaryDir dir;
        const Result list = run(kProps, {QStringLiteral("--list")}, dir.path());
        QCOMPARE(list.exit_code, 0);
        const auto targets = QJsonDocument::fromJson(list.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("targets"))
                                 .toArray();
        QStringList names;
        for (const auto& t : targets) {
            QCOMPARE(t.toObject().value(QStringLiteral("kind")).toString(),
                     QStringLiteral("property"));
            names << t.toObject().value(QStringLiteral("name")).toString();
        }
        QCOMPARE(names, (QStringList{QStringLiteral("GtestProps.ReverseTwice"),
                                     QStringLiteral("GtestProps.SumBelow1000"),
                                     QStringLiteral("GtestProps.Crash")}));

        const Result fuzz = run(kProps,
                                {QStringLiteral("--fuzz=GtestProps.SumBelow1000"),
                                 QStringLiteral("--runs=200000"), QStringLiteral("--seed=1")},
                                dir.path());
        QCOMPARE(fuzz.exit_code, 1);
        QVERIFY2(fuzz.out.contains(QStringLiteral("Falsifying example: GtestProps.SumBelow1000\n"
                                                  "  a = 0\n  b = 1000\n")),
                 qPrintable(fuzz.out));
        QVERIFY(fuzz.out.endsWith(QStringLiteral("0 passed, 1 failed\n")));
        QVERIFY2(!fuzz.out.contains(QStringLiteral("[==========]")), qPrintable(fuzz.out));

        // A passing target fuzzed for a bounded number of runs.
        const Result passes =
            run(kProps,
                {QStringLiteral("--fuzz=GtestProps.ReverseTwice"), QStringLiteral("--runs=2000")},
                dir.path());
        QCOMPARE(passes.exit_code, 0);
        QVERIFY2(passes.out.contains(QStringLiteral("passed  GtestProps.ReverseTwice")),
                 qPrintable(passes.out + passes.err));
    }

    void campaignDiscoversAndFuzzesIt() {
        if (!QFileInfo(kCli).isExecutable())
            QSKIP("arcwise-cli is not built");
        QTemporaryDir project;
        const QString binary = project.filePath(QStringLiteral("gtest_props"));
        QVERIFY(QFile::copy(kProps, binary));
        QVERIFY(QFile::setPermissions(binary, QFile::permissions(binary) | QFile::ExeOwner));
        const Result list = run(kCli, {QStringLiteral("list"), project.path()}, project.path());
        QCOMPARE(list.exit_code, 0);
        QVERIFY2(list.out.contains(QStringLiteral("3 targets in 1 binar")), qPrintable(list.out));

        const QString db = project.filePath(QStringLiteral("campaign.sqlite"));
        const Result fuzz =
            run(kCli,
                {QStringLiteral("fuzz"), project.path(), QStringLiteral("--db"), db,
                 QStringLiteral("--time"), QStringLiteral("4s"), QStringLiteral("--cores"),
                 QStringLiteral("2"), QStringLiteral("--slice"), QStringLiteral("1s"),
                 QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("--json")},
                project.path());
        QCOMPARE(fuzz.exit_code, 1); // failures were found

        const Result report = run(kCli,
                                  {QStringLiteral("report"), project.path(), QStringLiteral("--db"),
                                   db, QStringLiteral("--format"), QStringLiteral("json")},
                                  project.path());
        const auto targets = QJsonDocument::fromJson(report.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("targets"))
                                 .toArray();
        QCOMPARE(targets.size(), 3);
        QStringList examples;
        double executions = 0;
        for (const auto& t : targets) {
            executions += t.toObject().value(QStringLiteral("executions")).toDouble();
            for (const auto& f : t.toObject().value(QStringLiteral("failures")).toArray())
                examples << f.toObject().value(QStringLiteral("example")).toString();
        }
        QVERIFY(executions > 0);
        const QString found = examples.join(QStringLiteral("\n"));
        QVERIFY2(found.contains(QStringLiteral("b = 1000")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("x = 1001")), qPrintable(found));
    }
};

QTEST_GUILESS_MAIN(TestGtestAdapter)
#include "tst_gtest_adapter.moc"
