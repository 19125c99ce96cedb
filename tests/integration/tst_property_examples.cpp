// The property-test examples of examples/ (the binary property_examples): in unit-test mode every
// planted bug that random examples reach is found and shrunk to its minimal example (the exact
// draws of the JSON report), the other properties pass, and the run ends with the summary line and
// exit status 1. The bug that random examples miss is found by --fuzz (fixed seed, bounded runs),
// and a later unit-test run replays every stored failure before generating examples.
// Deterministic: unit-test mode derives its seeds from the target names, --fuzz gets --seed.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kBinary = QStringLiteral(ARCWISE_EXAMPLES_DIR "/property_examples");

struct Result {
    int exit_code = -1;
    QString out;
    QString err;
    QJsonObject report;
};

// Runs property_examples with `args` plus --regressions=<regressions> --report=<a file>.
Result run(const QStringList& args, const QString& regressions) {
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("report.json"));
    QProcess p;
    p.start(kBinary, args + QStringList{QStringLiteral("--regressions=") + regressions,
                                        QStringLiteral("--report=") + report});
    if (!p.waitForFinished(240000)) {
        p.kill();
        p.waitForFinished();
    }
    Result r;
    r.exit_code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    QFile f(report);
    if (f.open(QIODevice::ReadOnly))
        r.report = QJsonDocument::fromJson(f.readAll()).object();
    return r;
}

QJsonObject failureOf(const QJsonObject& report, const QString& target) {
    const auto failures = report.value(QStringLiteral("failures")).toArray();
    for (const auto& f : failures)
        if (f.toObject().value(QStringLiteral("target")).toString() == target)
            return f.toObject();
    return {};
}

// "label = value" for each draw, as the failure report prints them.
QStringList drawsOf(const QJsonObject& failure) {
    QStringList out;
    const auto draws = failure.value(QStringLiteral("draws")).toArray();
    for (const auto& d : draws)
        out << d.toObject().value(QStringLiteral("label")).toString() + QStringLiteral(" = ") +
                   d.toObject().value(QStringLiteral("value")).toString();
    return out;
}

QString lastLine(const QString& out) {
    return out.trimmed().section(QLatin1Char('\n'), -1);
}

// The failing properties and their planted bugs' minimal examples.
struct Planted {
    const char* row;
    const char* target;
    const char* draws; // "label = value", one per draw, "; " between them
    const char* note;  // the first note, or empty
    const char* assertion;
    const char* file;
};

const Planted kUnitModeBugs[] = {
    {"merge skips an equal element", "Sorting.MatchesStdSort", "xs = {0, 0, 0, 0, 0, 0, 0, 0, 1}",
     "", "ARCWISE_ASSERT_EQ(mergesort::sorted(xs), expected)", "props_mergesort.cc"},
    {"run of 256", "Rle.RoundTripRuns", "runs = {{0, 256}}", "encoded to 3 bytes",
     "ARCWISE_ASSERT_EQ(decoded->size(), data.size())", "props_rle90.cc"},
    {"right-associative minus", "Expr.EvaluatesLikeTheTree", "expr = ((0 - 0) + 1)",
     "text: 0 - 0 + 1",
     "ARCWISE_ASSERT_EQ(describe(exprcalc::evaluate(text)), describe(evaluate_tree(e)))",
     "props_exprcalc.cc"},
    {"leap day counted from 1 January", "Dates.WeekdayMatchesReference", "date = 0004-01-01", "",
     "ARCWISE_ASSERT_EQ(std::string(isodate::weekday_name(isodate::weekday(d))), "
     "std::string(reference_weekday(d)))",
     "props_isodate.cc"},
};

const Planted kFuzzOnlyBug = {"doubled marker byte",
                              "Rle.RoundTripBytes",
                              "data = {144, 144}",
                              "",
                              "ARCWISE_ASSERT_EQ(rle90::decode(rle90::encode(data)), "
                              "std::optional(data))",
                              "props_rle90.cc"};

const char* const kPassing[] = {
    "Sorting.KeepsLength",
    "Rle.RoundTripBytes", // passes in unit-test mode; --fuzz finds its bug
    "Rle.EncodingIsCompact",
    "Expr.FullyParenthesisedEvaluatesLikeTheTree",
    "Expr.DivisionByZeroIsAnError",
    "Dates.FormatParseRoundTrip",
    "Dates.ParseRejectsDaysPastTheMonth",
};

void addPlantedColumns() {
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("draws");
    QTest::addColumn<QString>("note");
    QTest::addColumn<QString>("assertion");
    QTest::addColumn<QString>("file");
}

void addPlantedRow(const Planted& p) {
    QTest::newRow(p.row) << QString::fromUtf8(p.target) << QString::fromUtf8(p.draws)
                         << QString::fromUtf8(p.note) << QString::fromUtf8(p.assertion)
                         << QString::fromUtf8(p.file);
}

// The failure of `target` in `r`, printed and reported as expected.
void checkFailure(const Result& r, const QString& target, const QString& draws, const QString& note,
                  const QString& assertion, const QString& file) {
    const QJsonObject failure = failureOf(r.report, target);
    QVERIFY2(!failure.isEmpty(), qPrintable(target + QStringLiteral(" did not fail:\n") + r.out));
    QCOMPARE(drawsOf(failure).join(QStringLiteral("; ")), draws);
    QCOMPARE(failure.value(QStringLiteral("kind")).toString(), QStringLiteral("assertion"));
    const QString message = failure.value(QStringLiteral("message")).toString();
    QVERIFY2(message.startsWith(assertion + QStringLiteral(" at ") + file + QLatin1Char(':')),
             qPrintable(message));
    QVERIFY2(failure.value(QStringLiteral("location")).toString().contains(file + QLatin1Char(':')),
             qPrintable(failure.value(QStringLiteral("location")).toString()));
    const auto notes = failure.value(QStringLiteral("notes")).toArray();
    if (!note.isEmpty())
        QCOMPARE(notes.isEmpty() ? QString() : notes.first().toString(), note);
    // The printed report says the same.
    QString block = QStringLiteral("Falsifying example: ") + target + QLatin1Char('\n');
    for (const QString& d : draws.split(QStringLiteral("; ")))
        block += QStringLiteral("  ") + d + QLatin1Char('\n');
    QVERIFY2(r.out.contains(block), qPrintable(block + QStringLiteral("\nnot in:\n") + r.out));
}

} // namespace

class TestPropertyExamples : public QObject {
    Q_OBJECT

private:
    QTemporaryDir regressions_;
    Result first_;  // unit-test mode, empty regression directory
    Result fuzz_;   // --fuzz=Rle.RoundTripBytes, same directory
    Result replay_; // unit-test mode again, --examples=0: stored failures only
    Result second_; // unit-test mode again, 100 examples

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(QFileInfo(kBinary).isExecutable(), qPrintable(kBinary));
        QVERIFY(regressions_.isValid());
        first_ = run({}, regressions_.path());
        QVERIFY2(first_.exit_code >= 0, qPrintable(first_.err));
    }

    // ---- Unit-test mode, fresh regression directory ----

    void unitModeFindsAndShrinks_data() {
        addPlantedColumns();
        for (const Planted& p : kUnitModeBugs)
            addPlantedRow(p);
    }
    void unitModeFindsAndShrinks() {
        QFETCH(QString, target);
        QFETCH(QString, draws);
        QFETCH(QString, note);
        QFETCH(QString, assertion);
        QFETCH(QString, file);
        checkFailure(first_, target, draws, note, assertion, file);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(first_.out.contains(QStringLiteral("FAILED  ") + target + QLatin1Char('\n')));
    }

    void unitModePasses_data() {
        QTest::addColumn<QString>("target");
        for (const char* target : kPassing)
            QTest::newRow(target) << QString::fromUtf8(target);
    }
    void unitModePasses() {
        QFETCH(QString, target);
        QVERIFY2(first_.out.contains(QStringLiteral("passed  ") + target +
                                     QStringLiteral(" (100 examples")),
                 qPrintable(first_.out));
        QVERIFY(failureOf(first_.report, target).isEmpty());
    }

    void unitModeSummary() {
        QCOMPARE(first_.exit_code, 1);
        QCOMPARE(lastLine(first_.out), QStringLiteral("7 passed, 4 failed"));
        QCOMPARE(first_.report.value(QStringLiteral("passed")).toInt(), 7);
        QCOMPARE(first_.report.value(QStringLiteral("failed")).toInt(), 4);
        // One stored failure per failing target.
        for (const Planted& p : kUnitModeBugs) {
            const QDir dir(regressions_.filePath(QString::fromUtf8(p.target)));
            QCOMPARE(dir.entryList(QDir::Files).size(), 1);
        }
    }

    // ---- --fuzz finds what 100 random examples miss ----

    void fuzzFindsWhatExamplesMiss_data() {
        addPlantedColumns();
        addPlantedRow(kFuzzOnlyBug);
    }
    void fuzzFindsWhatExamplesMiss() {
        QFETCH(QString, target);
        QFETCH(QString, draws);
        QFETCH(QString, note);
        QFETCH(QString, assertion);
        QFETCH(QString, file);
        fuzz_ = run({QStringLiteral("--fuzz=") + target, QStringLiteral("--seed=1"),
                     QStringLiteral("--runs=100000")},
                    regressions_.path());
        QCOMPARE(fuzz_.exit_code, 1);
        checkFailure(fuzz_, target, draws, note, assertion, file);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(QDir(regressions_.filePath(target)).entryList(QDir::Files).size(), 1);
    }

    // ---- Stored failures are replayed first ----

    void replayStoredFailures() {
        // With no examples to generate, only the stored failures can fail.
        replay_ = run({QStringLiteral("--examples=0")}, regressions_.path());
        QCOMPARE(replay_.exit_code, 1);
        QCOMPARE(lastLine(replay_.out), QStringLiteral("6 passed, 5 failed"));
        // And with examples, the stored failures come first: the same minimal examples.
        second_ = run({}, regressions_.path());
        QCOMPARE(second_.exit_code, 1);
        QCOMPARE(lastLine(second_.out), QStringLiteral("6 passed, 5 failed"));
        QCOMPARE(second_.report.value(QStringLiteral("failed")).toInt(), 5);
    }

    void replayedFailuresAreTheStoredOnes_data() {
        QTest::addColumn<QString>("target");
        for (const Planted& p : kUnitModeBugs)
            QTest::newRow(p.row) << QString::fromUtf8(p.target);
        QTest::newRow(kFuzzOnlyBug.row) << QString::fromUtf8(kFuzzOnlyBug.target);
    }
    void replayedFailuresAreTheStoredOnes() {
        QFETCH(QString, target);
        const Result& found = target == QString::fromUtf8(kFuzzOnlyBug.target) ? fuzz_ : first_;
        const QStringList expected = drawsOf(failureOf(found.report, target));
        QVERIFY(!expected.isEmpty());
        for (const Result* r : {&replay_, &second_}) {
            const QJsonObject failure = failureOf(r->report, target);
            QVERIFY2(!failure.isEmpty(), qPrintable(r->out));
            QCOMPARE(drawsOf(failure), expected);
            // Replayed from the stored file, which is already minimal.
            QCOMPARE(failure.value(QStringLiteral("regression_file")).toString(),
                     failureOf(found.report, target)
                         .value(QStringLiteral("regression_file"))
                         .toString());
        }
    }
};

QTEST_GUILESS_MAIN(TestPropertyExamples)
#include "tst_property_examples.moc"
