// The modes of a property-test binary (tests/targets/sdk_props.cc), run as users and CI run them:
// unit-test mode with its exact report shape, the summary line and exit status; the regression
// directory replayed first; --report JSON; --fuzz finding what random examples cannot; --shrink on
// a stored input, with --progress lines; --show listing stored inputs; crashes, exceptions and
// hangs shrunk in child processes; bad options.

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

const QString kProps = QStringLiteral(ARCWISE_TARGETS_DIR "/sdk_props");

using Result = arcwise::test::ProcessText;
using arcwise::test::read_json;

Result run(const QStringList& args, const QString& cwd = QString()) {
    return arcwise::test::run_process_text(kProps, args, cwd);
}

QJsonObject failureOf(const QJsonObject& report, const QString& target) {
    const auto failures = report.value(QStringLiteral("failures")).toArray();
    for (const auto& f : failures)
        if (f.toObject().value(QStringLiteral("target")).toString() == target)
            return f.toObject();
    return {};
}

QString drawsOf(const QJsonObject& failure) {
    QStringList out;
    const auto draws = failure.value(QStringLiteral("draws")).toArray();
    for (const auto& d : draws)
        out << d.toObject().value(QStringLiteral("label")).toString() + QStringLiteral(" = ") +
                   d.toObject().value(QStringLiteral("value")).toString();
    return out.join(QStringLiteral("; "));
}

} // namespace

class TestSdkModes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void unitTestMode() {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("report.json"));
        const Result r =
            run({QStringLiteral("--timeout=1"), QStringLiteral("--report=") + report}, dir.path());
        QCOMPARE(r.exit_code, 1);
        QVERIFY2(r.out.endsWith(QStringLiteral("2 passed, 5 failed\n")), qPrintable(r.out));
        // The report's exact shape: draws in order (unlabelled as "draw N"), notes, failure.
        static const QRegularExpression block(QStringLiteral(
            "Falsifying example: Modes\\.AssertEq\n"
            "  a = 0\n"
            "  draw 2 = 1000\n"
            "  note: sum 1000\n"
            "Failure: ARCWISE_ASSERT_EQ\\(a \\+ b < 1000, true\\) at sdk_props\\.cc:\\d+\n"
            "  left:  false\n"
            "  right: true\n"));
        QVERIFY2(block.match(r.out).hasMatch(), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Falsifying example: Modes.Crash\n  x = 1001\n"
                                              "Failure: crash: deadly signal SIGSEGV")));
        QVERIFY(r.out.contains(QStringLiteral("Falsifying example: Modes.Exception\n"
                                              "  xs = {0, 0, 0}\nFailure: exception: uncaught C++ "
                                              "exception std::runtime_error: three or more\n")));
        QVERIFY(r.out.contains(QStringLiteral("Falsifying example: Modes.Hang\n  x = 7\n"
                                              "Failure: timeout: ")));
        QVERIFY(r.out.contains(QStringLiteral("Unsatisfiable: Modes.Unsatisfiable")));
        QVERIFY(r.out.contains(QStringLiteral("passed  Modes.Passes (100 examples")));

        // The JSON report.
        const QJsonObject json = read_json(report);
        QCOMPARE(json.value(QStringLiteral("passed")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("failed")).toInt(), 5);
        const QJsonObject crash = failureOf(json, QStringLiteral("Modes.Crash"));
        QCOMPARE(crash.value(QStringLiteral("kind")).toString(), QStringLiteral("crash"));
        QCOMPARE(drawsOf(crash), QStringLiteral("x = 1001"));
        const auto stack = crash.value(QStringLiteral("stack")).toArray();
        QVERIFY(!stack.isEmpty());
        QVERIFY2(stack.first().toString().contains(QStringLiteral("sdk_props.cc")),
                 qPrintable(stack.first().toString()));
        const QJsonObject eq = failureOf(json, QStringLiteral("Modes.AssertEq"));
        QCOMPARE(eq.value(QStringLiteral("kind")).toString(), QStringLiteral("assertion"));
        QVERIFY(eq.value(QStringLiteral("location"))
                    .toString()
                    .contains(QStringLiteral("sdk_props.cc:")));
        QCOMPARE(eq.value(QStringLiteral("notes")).toArray().first().toString(),
                 QStringLiteral("sum 1000"));
        const QByteArray choices =
            QByteArray::fromBase64(eq.value(QStringLiteral("input_base64")).toString().toLatin1());
        QVERIFY(choices.startsWith("AWCS"));
        QVERIFY(
            eq.value(QStringLiteral("shrink")).toObject().value(QStringLiteral("calls")).toInt() >
            0);

        // Failures are stored, and a plain run replays them before generating anything.
        const QDir stored(dir.filePath(QStringLiteral(".arcwise/regressions/Modes.AssertEq")));
        QCOMPARE(stored.entryList(QDir::Files).size(), 1);
        const Result again = run(
            {QStringLiteral("--examples=0"), QStringLiteral("--target=Modes.[AC]*")}, dir.path());
        QCOMPARE(again.exit_code, 1);
        QVERIFY2(again.out.endsWith(QStringLiteral("0 passed, 2 failed\n")), qPrintable(again.out));
        QVERIFY(
            again.out.contains(QStringLiteral("Falsifying example: Modes.Crash\n  x = 1001\n")));
    }

    void passingRunExitsZero() {
        QTemporaryDir dir;
        const Result r =
            run({QStringLiteral("--target=Modes.Passes"), QStringLiteral("--examples=300"),
                 QStringLiteral("--regressions=") + dir.path()});
        QCOMPARE(r.exit_code, 0);
        QVERIFY(r.out.contains(QStringLiteral("passed  Modes.Passes (300 examples")));
        QVERIFY(r.out.endsWith(QStringLiteral("1 passed, 0 failed\n")));
    }

    void fuzzFindsWhatExamplesMiss() {
        QTemporaryDir dir;
        const QString report = dir.filePath(QStringLiteral("fuzz.json"));
        // 10,000 random examples do not draw the magic key...
        const Result examples =
            run({QStringLiteral("--target=Modes.NeedsGuidance"), QStringLiteral("--examples=10000"),
                 QStringLiteral("--regressions=") + dir.path()});
        QCOMPARE(examples.exit_code, 0);
        // ...comparison feedback finds it within a bounded number of runs.
        const Result r =
            run({QStringLiteral("--fuzz=Modes.NeedsGuidance"), QStringLiteral("--seed=1"),
                 QStringLiteral("--runs=500000"), QStringLiteral("--report=") + report,
                 QStringLiteral("--regressions=") + dir.path()});
        QCOMPARE(r.exit_code, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Falsifying example: Modes.NeedsGuidance\n"
                                               "  key = 3237998146\n  word = \"000\"\n")),
                 qPrintable(r.out + r.err));
        QCOMPARE(drawsOf(failureOf(read_json(report), QStringLiteral("Modes.NeedsGuidance"))),
                 QStringLiteral("key = 3237998146; word = \"000\""));
        QVERIFY(r.err.contains(QStringLiteral("INITED")));
    }

    void shrinkModeOnAStoredInput() {
        QTemporaryDir dir;
        run({QStringLiteral("--target=Modes.Exception"),
             QStringLiteral("--regressions=") + dir.path()});
        const QDir stored(dir.filePath(QStringLiteral("Modes.Exception")));
        const QStringList files = stored.entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        const Result r = run({QStringLiteral("--shrink=") + stored.filePath(files.first()),
                              QStringLiteral("--target=Modes.Exception")});
        QCOMPARE(r.exit_code, 1);
        QVERIFY(r.out.contains(QStringLiteral("  xs = {0, 0, 0}\n")));
        // An input that passes is not a failure.
        const Result pass = run({QStringLiteral("--shrink=") + stored.filePath(files.first()),
                                 QStringLiteral("--target=Modes.Passes")});
        QCOMPARE(pass.exit_code, 3);
        QVERIFY(pass.out.contains(QStringLiteral("does not fail")));
    }

    void shrinkProgressLines() {
        QTemporaryDir dir;
        run({QStringLiteral("--target=Modes.AssertEq"),
             QStringLiteral("--regressions=") + dir.path()});
        const QDir stored(dir.filePath(QStringLiteral("Modes.AssertEq")));
        const QStringList files = stored.entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        const QString input = stored.filePath(files.first());
        const Result r =
            run({QStringLiteral("--shrink=") + input, QStringLiteral("--target=Modes.AssertEq"),
                 QStringLiteral("--progress")});
        QCOMPARE(r.exit_code, 1);
        QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeIf(
            [](const QString& l) { return !l.startsWith(QStringLiteral("arcwise-progress ")); });
        QVERIFY2(lines.size() >= 2, qPrintable(r.err));
        std::vector<QJsonObject> progress;
        for (const QString& line : lines) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line.mid(17).toUtf8(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
            progress.push_back(doc.object());
        }
        for (const auto& p : progress) {
            QCOMPARE(p.value(QStringLiteral("phase")).toString(), QStringLiteral("shrink"));
            QCOMPARE(p.value(QStringLiteral("choices")).toInt(), 2);
            QCOMPARE(p.value(QStringLiteral("bytes")).toInt(), QFileInfo(input).size());
            QVERIFY(p.value(QStringLiteral("elapsed")).toDouble() >= 0);
        }
        QCOMPARE(progress.front().value(QStringLiteral("calls")).toInt(), 0);
        QVERIFY(progress.back().value(QStringLiteral("calls")).toInt() > 0);
        // Without the flag, nothing of the kind.
        const Result quiet =
            run({QStringLiteral("--shrink=") + input, QStringLiteral("--target=Modes.AssertEq")});
        QVERIFY(!quiet.err.contains(QStringLiteral("arcwise-progress")));
    }

    void showListsStoredInputs() {
        QTemporaryDir dir;
        run({QStringLiteral("--target=Modes.Crash"),
             QStringLiteral("--regressions=") + dir.path()});
        const QString crashes = dir.filePath(QStringLiteral("Modes.Crash"));
        const QStringList files = QDir(crashes).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        const QString report = dir.filePath(QStringLiteral("show.json"));
        const Result r =
            run({QStringLiteral("--show=") + crashes, QStringLiteral("--target=Modes.Crash"),
                 QStringLiteral("--report=") + report});
        QCOMPARE(r.exit_code, 0); // it ran, whatever its outcome
        static const QRegularExpression listing(
            QStringLiteral("^Input: .*/Modes\\.Crash/[0-9a-f]{40} \\(\\d+ bytes\\)\n"
                           "  x = 1001\n"
                           "Outcome: failed: crash: deadly signal SIGSEGV.*\n"
                           "    #0 .*sdk_props\\.cc:\\d+\n"));
        QVERIFY2(listing.match(r.out).hasMatch(), qPrintable(r.out));
        QVERIFY2(r.out.endsWith(QStringLiteral("1 input: 0 passed, 1 failed, 0 invalid\n")),
                 qPrintable(r.out));
        const QJsonObject json = read_json(report);
        QCOMPARE(json.value(QStringLiteral("target")).toString(), QStringLiteral("Modes.Crash"));
        const QJsonArray inputs = json.value(QStringLiteral("inputs")).toArray();
        QCOMPARE(inputs.size(), 1);
        const QJsonObject crash = inputs.first().toObject();
        QCOMPARE(crash.value(QStringLiteral("file")).toString(),
                 crashes + QLatin1Char('/') + files.first());
        QCOMPARE(crash.value(QStringLiteral("size")).toInt(),
                 QFileInfo(crash.value(QStringLiteral("file")).toString()).size());
        QCOMPARE(crash.value(QStringLiteral("outcome")).toString(), QStringLiteral("fail"));
        QCOMPARE(crash.value(QStringLiteral("kind")).toString(), QStringLiteral("crash"));
        QCOMPARE(drawsOf(crash), QStringLiteral("x = 1001"));
        QVERIFY(crash.value(QStringLiteral("events")).toArray().isEmpty());
        QVERIFY(crash.value(QStringLiteral("targets")).toArray().isEmpty());

        // One file, against tests it passes or does not fit.
        const QString file = crashes + QLatin1Char('/') + files.first();
        const Result pass =
            run({QStringLiteral("--show=") + file, QStringLiteral("--target=Modes.Passes")});
        QCOMPARE(pass.exit_code, 0);
        QVERIFY2(pass.out.contains(QStringLiteral("\nOutcome: passed\n")), qPrintable(pass.out));
        const Result invalid =
            run({QStringLiteral("--show=") + file, QStringLiteral("--target=Modes.Unsatisfiable"),
                 QStringLiteral("--report=") + report});
        QCOMPARE(invalid.exit_code, 0);
        QVERIFY2(invalid.out.contains(
                     QStringLiteral("Outcome: invalid (rejected by assume() or filter())\n")),
                 qPrintable(invalid.out));
        QCOMPARE(read_json(report)
                     .value(QStringLiteral("inputs"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("outcome"))
                     .toString(),
                 QStringLiteral("invalid"));
    }

    void showUsageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no target") << QStringList{QStringLiteral("--show=/tmp")}
                                   << QStringLiteral("--show needs --target=NAME");
        QTest::newRow("missing path") << QStringList{QStringLiteral("--show=/nonexistent/corpus"),
                                                     QStringLiteral("--target=Modes.Crash")}
                                      << QStringLiteral("cannot open /nonexistent/corpus");
    }
    void showUsageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = run(args);
        QCOMPARE(r.exit_code, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void badCommandLines_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad number") << QStringList{QStringLiteral("--examples=many")}
                                    << QStringLiteral("invalid value 'many' for --examples");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--exampels=5")}
                                        << QStringLiteral("unknown option '--exampels=5'");
        QTest::newRow("unknown target")
            << QStringList{QStringLiteral("--fuzz=Modes.Nope")}
            << QStringLiteral("no target named 'Modes.Nope'; this binary has: Modes.Passes");
        QTest::newRow("no match") << QStringList{QStringLiteral("--target=Nothing*")}
                                  << QStringLiteral("no target matches --target=Nothing*");
        QTest::newRow("missing input") << QStringList{QStringLiteral("--shrink=/nonexistent/input"),
                                                      QStringLiteral("--target=Modes.Crash")}
                                       << QStringLiteral("cannot open /nonexistent/input");
    }
    void badCommandLines() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Result r = run(args + QStringList{QStringLiteral("--regressions=") + dir.path()});
        QVERIFY(r.exit_code != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void listsPropertyTargets() {
        const Result r = run({QStringLiteral("--list")});
        QCOMPARE(r.exit_code, 0);
        const auto targets = QJsonDocument::fromJson(r.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("targets"))
                                 .toArray();
        QCOMPARE(targets.size(), 7);
        QCOMPARE(targets.first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Modes.Passes"));
        QCOMPARE(targets.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("property"));
    }
};

QTEST_GUILESS_MAIN(TestSdkModes)
#include "tst_sdk_modes.moc"
