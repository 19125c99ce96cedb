// The campaign's item models, GUI-less: consistent under QAbstractItemModelTester through inserts,
// updates and removals; updates in place keyed by id (a refresh keeps rows and emits no resets);
// raw values for sorting; the failure status editable only to a valid status, as a request.

#include "campaign/models.h"
#include "campaign/regression_test.h"
#include "campaign/target_health.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QtTest>
#include <limits>

using namespace arcwise::campaign;

namespace {

TargetProgress target(qint64 id, const QString& name, qint64 executions, double eta = 2.5) {
    TargetProgress p;
    p.row.id = id;
    p.row.name = name;
    p.row.binary = QStringLiteral("/build/") + name.section(QLatin1Char('.'), 0, 0);
    p.row.executions = executions;
    p.row.features = executions / 10;
    p.seconds_to_next = eta;
    p.running = true;
    return p;
}

FailureRow failure(qint64 id, const QString& target,
                   const QString& status = QStringLiteral("new")) {
    FailureRow f;
    f.id = id;
    f.target = target;
    f.kind = QStringLiteral("crash");
    f.status = status;
    f.message = QStringLiteral("deadly signal SIGSEGV\nsecond line");
    f.count = id * 3;
    f.first_seen_ms = 1700000000000 + id;
    return f;
}

} // namespace

class TestModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void targetsUpdateInPlace() {
        TargetsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.set_rows(
            {target(1, QStringLiteral("A.x"), 100), target(2, QStringLiteral("B.y"), 50)});
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // A refresh: 1 changes, 2 goes away, 3 is new.
        model.set_rows(
            {target(3, QStringLiteral("C.z"), 7), target(1, QStringLiteral("A.x"), 200)});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 1);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, TargetsModel::Name)).toString(), QStringLiteral("A.x"));
        QCOMPARE(model.data(model.index(0, TargetsModel::Executions), SortRole).toLongLong(), 200);
        QCOMPARE(model.data(model.index(1, TargetsModel::Name)).toString(), QStringLiteral("C.z"));
        QCOMPARE(model.data(model.index(1, 0), IdRole).toLongLong(), 3);
        QCOMPARE(model.data(model.index(1, TargetsModel::Binary)).toString(), QStringLiteral("C"));
        model.set_rows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void targetsSortByRawValues() {
        TargetsModel model;
        model.set_rows(
            {target(1, QStringLiteral("A.x"), 9), target(2, QStringLiteral("B.y"), 10000),
             target(3, QStringLiteral("C.z"), 100, std::numeric_limits<double>::infinity())});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SortRole);
        proxy.sort(TargetsModel::Executions, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, TargetsModel::Name).data().toString(), QStringLiteral("B.y"));
        QCOMPARE(proxy.index(2, TargetsModel::Name).data().toString(), QStringLiteral("A.x"));
        // "Never" sorts after any finite time.
        proxy.sort(TargetsModel::NextFeature, Qt::AscendingOrder);
        QCOMPARE(proxy.index(2, TargetsModel::Name).data().toString(), QStringLiteral("C.z"));
        QCOMPARE(model.data(model.index(2, TargetsModel::NextFeature)).toString(),
                 QStringLiteral("–"));
        QVERIFY(!model.headerData(TargetsModel::FeaturesPerMinute, Qt::Horizontal)
                     .toString()
                     .isEmpty());
    }

    void failuresStatusEdits() {
        FailuresModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.set_rows({failure(1, QStringLiteral("A.x")),
                        failure(2, QStringLiteral("B.y"), QStringLiteral("fixed"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0, FailuresModel::Message)).toString(),
                 QStringLiteral("deadly signal SIGSEGV")); // first line only
        QVERIFY(model.flags(model.index(0, FailuresModel::Status)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, FailuresModel::Kind)) & Qt::ItemIsEditable));
        QSignalSpy requested(&model, &FailuresModel::statusChangeRequested);
        QVERIFY(!model.setData(model.index(0, FailuresModel::Status), QStringLiteral("gone")));
        QVERIFY(!model.setData(model.index(0, FailuresModel::Kind), QStringLiteral("confirmed")));
        QVERIFY(model.setData(model.index(0, FailuresModel::Status), QStringLiteral("confirmed")));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(0).toLongLong(), 1);
        QCOMPARE(requested.first().at(1).toString(), QStringLiteral("confirmed"));
        // The model changes when the owner stores it and refreshes.
        QCOMPARE(model.data(model.index(0, FailuresModel::Status)).toString(),
                 QStringLiteral("new"));
        model.set_rows({failure(1, QStringLiteral("A.x"), QStringLiteral("confirmed")),
                        failure(2, QStringLiteral("B.y"), QStringLiteral("fixed"))});
        QCOMPARE(model.data(model.index(0, FailuresModel::Status)).toString(),
                 QStringLiteral("confirmed"));
        QCOMPARE(model.data(model.index(1, FailuresModel::Count), SortRole).toLongLong(), 6);
    }

    void idleTargetsShowNoSpeed() {
        // Live or clearly not: a target that is not being fuzzed keeps its counts, not a speed
        // or a rate of new features from when it was.
        TargetsModel model;
        TargetProgress idle = target(1, QStringLiteral("A.x"), 1000);
        idle.running = false;
        idle.row.execs_per_second = 374262;
        idle.features_per_minute = 12;
        TargetProgress live = target(2, QStringLiteral("B.y"), 1000);
        live.row.execs_per_second = 1234;
        live.features_per_minute = 3;
        model.set_rows({idle, live});
        for (int column : {int(TargetsModel::ExecsPerSecond), int(TargetsModel::FeaturesPerMinute),
                           int(TargetsModel::NextFeature)})
            QCOMPARE(model.data(model.index(0, column)).toString(), QString());
        QCOMPARE(model.data(model.index(0, TargetsModel::Executions)).toString(),
                 QLocale().toString(1000));
        QCOMPARE(model.data(model.index(1, TargetsModel::ExecsPerSecond)).toString(),
                 QLocale().toString(1234));
        QVERIFY(!model.data(model.index(1, TargetsModel::FeaturesPerMinute)).toString().isEmpty());
    }

    void healthColumns() {
        TargetsModel model;
        TargetProgress p = target(1, QStringLiteral("A.x"), 10);
        const qint64 now = 1700000000000;
        p.fuzz_ms = 90 * 60 * 1000;
        p.last_coverage_ms = now - 45 * 1000;
        p.last_failure_ms = 0; // never
        p.stability = 0.5;
        p.warnings = {QStringLiteral("one"), QStringLiteral("two")};
        model.set_rows({p}, now);
        QCOMPARE(model.data(model.index(0, TargetsModel::FuzzTime)).toString(),
                 duration_text(90 * 60 * 1000));
        QCOMPARE(model.data(model.index(0, TargetsModel::SinceCoverage)).toString(),
                 duration_text(45 * 1000));
        QCOMPARE(model.data(model.index(0, TargetsModel::SinceFailure)).toString(), QString());
        QVERIFY(model.data(model.index(0, TargetsModel::Stability))
                    .toString()
                    .startsWith(QLocale().toString(50)));
        QVERIFY(model.data(model.index(0, TargetsModel::Health), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("two")));
        for (int c = 0; c < TargetsModel::ColumnCount; ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
        QCOMPARE(duration_text(30 * 1000), QObject::tr("%1 s").arg(30));
        QCOMPARE(duration_text(3 * 3600 * 1000 + 1800 * 1000),
                 QObject::tr("%1 h").arg(QLocale().toString(3.5, 'f', 1)));
    }

    void healthWarnings() {
        // Statistics as stored: a target that ran at 10000 exec/s and now runs at 1000.
        TargetHealth health;
        const qint64 t0 = 1700000000000;
        std::vector<StatsRow> rows;
        for (int i = 0; i < 10; ++i) {
            StatsRow r;
            r.target_id = 1;
            r.at_ms = t0 + i * 1000;
            r.features = i < 5 ? 10 + i : 14; // new coverage until the fifth second
            r.execs_per_second = i < 8 ? 10000 : 1000;
            rows.push_back(r);
        }
        health.add(rows);
        TargetProgress p = target(1, QStringLiteral("A.x"), 100);
        p.row.execs_per_second = 1000;
        p.stability = 0.6;
        p.discard_share = 0.8;
        health.fill(p, t0 + 10000);
        QCOMPARE(p.fuzz_ms, 9000);
        QCOMPARE(p.last_coverage_ms, t0 + 4000);
        QCOMPARE(p.warnings.size(), 3);
        QVERIFY(p.warnings[0].contains(QLocale().toString(10000)));
        QVERIFY(p.warnings[1].contains(QStringLiteral("assume()")));
        QVERIFY(p.warnings[2].contains(QStringLiteral("unstable")));
        // A gap in the statistics is not fuzzing time; a target not running has no speed warning.
        StatsRow later = rows.back();
        later.at_ms = t0 + 60000;
        health.add({later});
        p.running = false;
        p.stability = -1;
        p.discard_share = 0.1;
        health.fill(p, t0 + 61000);
        QCOMPARE(p.fuzz_ms, 9000);
        QVERIFY(p.warnings.isEmpty());
        // Mostly timing out: a recent timeout, and hardly any speed.
        FailureRow timeout = failure(7, QStringLiteral("A.x"));
        timeout.target_id = 1;
        timeout.kind = QStringLiteral("timeout");
        timeout.last_seen_ms = t0 + 60000;
        health.set_failures({timeout});
        p.running = true;
        p.row.execs_per_second = 0.5;
        health.fill(p, t0 + 61000);
        QCOMPARE(p.last_failure_ms, t0 + 60000);
        QCOMPARE(p.warnings.size(), 1);
        QVERIFY(p.warnings[0].contains(QStringLiteral("timing out")));
    }

    void failuresWhileShrinking() {
        FailuresModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.set_rows({failure(1, QStringLiteral("A.x"))});
        ShrinkingFailure s;
        s.failure = failure(-1, QStringLiteral("B.y"), QString::fromLatin1(kFailureShrinking));
        s.failure.first_input = QByteArray("raw");
        s.started = true;
        s.calls = 120;
        s.bytes = 38;
        s.elapsed_s = 4;
        s.budget_s = 60;
        model.set_shrinking({s});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1, FailuresModel::Status), SortRole).toString(),
                 QStringLiteral("shrinking"));
        QVERIFY(!(model.flags(model.index(1, FailuresModel::Status)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(model.index(1, FailuresModel::Status), QStringLiteral("fixed")));
        QVERIFY(model.shrinking_at(1));
        QVERIFY(!model.shrinking_at(0));
        QVERIFY(model.data(model.index(1, FailuresModel::Id), Qt::ToolTipRole)
                    .toString()
                    .contains(QLocale().toString(120)));
        // The shrink ends: the stored failure takes its place.
        model.set_rows({failure(1, QStringLiteral("A.x")), failure(2, QStringLiteral("B.y"))});
        model.set_shrinking({});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.row_at(1)->id, 2);
        QVERIFY(!model.shrinking_at(1));
    }

    void regressionTestInSource() {
        FailureRow f = failure(3, QStringLiteral("Modes.AssertEq"));
        f.binary = QStringLiteral("/build/tests/sdk_props");
        f.kind = QStringLiteral("assertion");
        f.message = QStringLiteral("ARCWISE_ASSERT_EQ(a + b < 1000, true)");
        f.example = QStringLiteral("Falsifying example: Modes.AssertEq\n  a = 0\n  draw 2 = 1000");
        f.minimal_input = QByteArray("\x01\x02\x00", 3);
        const QString source = QStringLiteral("#include <arcwise/arcwise.hpp>\n"
                                              "\n"
                                              "ARCWISE_TEST(Modes, Passes) {}\n"
                                              "\n"
                                              "ARCWISE_TEST(Modes, AssertEq) {\n"
                                              "    ARCWISE_ASSERT(false);\n"
                                              "}\n");
        const SourcePatch patch =
            regression_test_patch(f, QStringLiteral("/src/sdk_props.cc"), source, 5);
        QVERIFY2(patch.ok(), qPrintable(patch.error));
        const QString example = QStringLiteral("ARCWISE_EXAMPLE(Modes, AssertEq, \"%1\");")
                                    .arg(QString::fromLatin1(f.minimal_input.toBase64()));
        QVERIFY2(
            patch.patched.contains(example + QStringLiteral("\nARCWISE_TEST(Modes, AssertEq)")),
            qPrintable(patch.patched));
        QVERIFY(patch.patched.contains(QStringLiteral("//    a = 0")));
        QVERIFY(patch.diff.startsWith(QStringLiteral("--- a/sdk_props.cc\n+++ b/sdk_props.cc\n")));
        QVERIFY2(patch.diff.contains(QStringLiteral("\n+") + example + QStringLiteral("\n")),
                 qPrintable(patch.diff));
        // One hunk: three lines of context either side, four lines added.
        QVERIFY2(patch.diff.contains(QStringLiteral("@@ -2,6 +2,10 @@")), qPrintable(patch.diff));
        // Applied once only; a harness has none.
        QVERIFY(
            !regression_test_patch(f, QStringLiteral("/src/sdk_props.cc"), patch.patched, 9).ok());
        f.target = QStringLiteral("fuzz_png");
        QVERIFY(!regression_test_patch(f, QStringLiteral("/src/p.cc"), source, 1).ok());
        QCOMPARE(plain_replay_command(f, QStringLiteral("/tmp/in put")),
                 QStringLiteral("cd /build/tests && ./sdk_props '/tmp/in put'"));
        QVERIFY(ctest_line(f, QStringLiteral("/r/x"))
                    .startsWith(QStringLiteral(
                        "add_test(NAME fuzz_png.regression-3 COMMAND sdk_props /r/x)")));
        QCOMPARE(ctest_line(f, QStringLiteral("/r/a b$c")),
                 QStringLiteral("add_test(NAME fuzz_png.regression-3 COMMAND sdk_props "
                                "\"/r/a b\\$c\")"));
    }

    void manyTargets() {
        TargetsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        std::vector<TargetProgress> rows;
        for (int i = 1; i <= 200; ++i)
            rows.push_back(target(i, QStringLiteral("S.t%1").arg(i), i));
        model.set_rows(rows);
        for (auto& r : rows)
            r.row.executions *= 2;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.set_rows(rows);
        QCOMPARE(changed.count(), 1); // one signal for the whole refresh
        QCOMPARE(model.data(model.index(199, TargetsModel::Executions), SortRole).toLongLong(),
                 400);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
