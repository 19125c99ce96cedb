// StatsHistory, GUI-less: all-targets sums as step functions, execs/s of live targets only, the
// executions axis, cumulative failures, downsampling and thinning bounds, late rows ignored.

#include "campaign/stats_history.h"

#include <QtTest>
#include <algorithm>

using namespace arcwise::campaign;
using Metric = StatsHistory::Metric;
using Axis = StatsHistory::Axis;

Q_DECLARE_METATYPE(StatsHistory::Metric)
Q_DECLARE_METATYPE(StatsHistory::Axis)

namespace {

constexpr qint64 kT0 = 1700000000000; // epoch ms of the first row
constexpr qint64 kAll = StatsHistory::kAllTargets;

// Target `id` at `second`: a simple, distinct shape per target so that sums are checkable.
StatsRow row(qint64 id, qint64 second, double eps = 100) {
    StatsRow r;
    r.target_id = id;
    r.at_ms = kT0 + second * 1000 + id; // targets report at slightly different moments
    r.executions = 1000 * id * (second + 1);
    r.features = 10 * id + second;
    r.corpus_size = id + second / 2;
    r.execs_per_second = eps * double(id);
    return r;
}

std::vector<StatsRow> seconds(qint64 id, qint64 from, qint64 to, double eps = 100) {
    std::vector<StatsRow> rows;
    for (qint64 s = from; s <= to; ++s)
        rows.push_back(row(id, s, eps));
    return rows;
}

// Rows of several targets, interleaved second by second as workers report them.
std::vector<StatsRow> interleaved(const QList<qint64>& ids, qint64 from, qint64 to) {
    std::vector<StatsRow> rows;
    for (qint64 s = from; s <= to; ++s)
        for (qint64 id : ids)
            rows.push_back(row(id, s));
    return rows;
}

double value_of(const StatsRow& r, Metric metric) {
    switch (metric) {
    case Metric::Features:
        return double(r.features);
    case Metric::ExecsPerSecond:
        return r.execs_per_second;
    case Metric::Corpus:
        return double(r.corpus_size);
    case Metric::Executions:
    case Metric::Failures:
        break;
    }
    return double(r.executions);
}

FailureRow failure(qint64 id, qint64 target, qint64 second) {
    FailureRow f;
    f.id = id;
    f.target_id = target;
    f.first_seen_ms = kT0 + second * 1000 + 500;
    return f;
}

} // namespace

class TestStatsHistory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyAndUnknown() {
        StatsHistory h;
        QVERIFY(h.empty());
        QVERIFY(h.series(kAll, Metric::Features, Axis::Time, 100).isEmpty());
        h.add(seconds(1, 0, 3));
        QVERIFY(!h.empty());
        QCOMPARE(h.first_ms(), row(1, 0).at_ms);
        QCOMPARE(h.last_ms(), row(1, 3).at_ms);
        QVERIFY(h.series(42, Metric::Features, Axis::Time, 100).isEmpty());
        const quint64 before = h.revision();
        h.clear();
        QVERIFY(h.empty());
        QVERIFY(h.revision() != before);
        QVERIFY(h.series(1, Metric::Features, Axis::Time, 100).isEmpty());
        QVERIFY(h.series(kAll, Metric::Features, Axis::Time, 100).isEmpty());
    }

    void targetSeries_data() {
        QTest::addColumn<Metric>("metric");
        QTest::newRow("features") << Metric::Features;
        QTest::newRow("execs/s") << Metric::ExecsPerSecond;
        QTest::newRow("corpus") << Metric::Corpus;
        QTest::newRow("executions") << Metric::Executions;
    }
    void targetSeries() {
        QFETCH(Metric, metric);
        StatsHistory h;
        h.add(interleaved({1, 2}, 0, 9));
        const QList<QPointF> s = h.series(2, metric, Axis::Time, 100);
        QCOMPARE(s.size(), 10);
        for (qint64 i = 0; i < 10; ++i) {
            // Time: seconds since the first row of the history (target 1's, 1 ms earlier).
            QCOMPARE(s[i].x(), double(row(2, i).at_ms - row(1, 0).at_ms) / 1000.0);
            QCOMPARE(s[i].y(), value_of(row(2, i), metric));
        }
    }

    void aggregateSums_data() {
        QTest::addColumn<Metric>("metric");
        QTest::newRow("features") << Metric::Features;
        QTest::newRow("execs/s") << Metric::ExecsPerSecond;
        QTest::newRow("corpus") << Metric::Corpus;
        QTest::newRow("executions") << Metric::Executions;
    }
    void aggregateSums() {
        QFETCH(Metric, metric);
        StatsHistory h;
        h.add(interleaved({1, 2, 3}, 0, 19));
        const QList<QPointF> s = h.series(kAll, metric, Axis::Time, 1000);
        QCOMPARE(s.size(), 20); // one point a second
        for (qint64 i = 0; i < 20; ++i) {
            const double sum = value_of(row(1, i), metric) + value_of(row(2, i), metric) +
                               value_of(row(3, i), metric);
            QCOMPARE(s[i].y(), sum);
        }
        QVERIFY(s.first().x() < 0.01);
    }

    // A target that stopped reporting keeps counting with its last value in the sums (a step
    // function), but its execs/s leaves the sum once it is older than the live window.
    void aggregateSteps() {
        StatsHistory h;
        std::vector<StatsRow> rows;
        for (qint64 s = 0; s <= 20; ++s) {
            rows.push_back(row(1, s));
            if (s <= 3)
                rows.push_back(row(2, s));
        }
        h.add(rows);
        const QList<QPointF> features = h.series(kAll, Metric::Features, Axis::Time, 1000);
        QCOMPARE(features.size(), 21);
        QCOMPARE(features.last().y(), double(row(1, 20).features + row(2, 3).features));
        QCOMPARE(features[10].y(), double(row(1, 10).features + row(2, 3).features));
        const QList<QPointF> eps = h.series(kAll, Metric::ExecsPerSecond, Axis::Time, 1000);
        QCOMPARE(eps[3].y(), row(1, 3).execs_per_second + row(2, 3).execs_per_second);
        QCOMPARE(eps.last().y(), row(1, 20).execs_per_second);
        // Still live two seconds after its last row.
        QCOMPARE(eps[5].y(), row(1, 5).execs_per_second + row(2, 3).execs_per_second);
    }

    // A target not scheduled for a while: its line stays flat through the gap (not a ramp), and
    // its execs/s drops to zero.
    void gapIsFlatStep() {
        StatsHistory h;
        std::vector<StatsRow> rows = seconds(1, 0, 4);
        const std::vector<StatsRow> later = seconds(1, 30, 34);
        rows.insert(rows.end(), later.begin(), later.end());
        h.add(rows);
        const QList<QPointF> features = h.series(1, Metric::Features, Axis::Time, 1000);
        QCOMPARE(features.size(), 11);
        QCOMPARE(features[5], QPointF(29.0, double(row(1, 4).features)));
        QCOMPARE(features[6], QPointF(30.0, double(row(1, 30).features)));
        const QList<QPointF> eps = h.series(1, Metric::ExecsPerSecond, Axis::Time, 1000);
        QCOMPARE(eps.size(), 12);
        QCOMPARE(eps[5], QPointF(5.0, 0.0));
        QCOMPARE(eps[6], QPointF(29.0, 0.0));
    }

    void executionsAxis_data() {
        QTest::addColumn<qint64>("target");
        QTest::newRow("one target") << qint64(2);
        QTest::newRow("all targets") << kAll;
    }
    void executionsAxis() {
        QFETCH(qint64, target);
        StatsHistory h;
        h.add(interleaved({1, 2}, 0, 9));
        const QList<QPointF> features = h.series(target, Metric::Features, Axis::Executions, 1000);
        const QList<QPointF> executions = h.series(target, Metric::Executions, Axis::Time, 1000);
        QCOMPARE(features.size(), executions.size());
        for (qsizetype i = 0; i < features.size(); ++i)
            QCOMPARE(features[i].x(), executions[i].y());
        QCOMPARE(features.last().x(),
                 double(target == kAll ? row(1, 9).executions + row(2, 9).executions
                                       : row(2, 9).executions));
    }

    void failuresCumulative_data() {
        QTest::addColumn<qint64>("target");
        QTest::addColumn<Axis>("axis");
        QTest::addColumn<QList<QPointF>>("expected");
        // Time runs from the history's first row (target 1's, at kT0 + 1 ms); the aggregate's
        // points carry the latest row of their second (target 2's, 1 ms later).
        const auto at = [](qint64 second) { return double(second * 1000 + 500 - 1) / 1000.0; };
        QTest::newRow("all, time")
            << kAll << Axis::Time << QList<QPointF>{{0.001, 0}, {at(2), 0}, {at(2), 1}, {at(5), 1},
                                                    {at(5), 2}, {at(7), 2}, {at(7), 3}, {9.001, 3}};
        QTest::newRow("target 1, time")
            << qint64(1) << Axis::Time
            << QList<QPointF>{{0, 0}, {at(2), 0}, {at(2), 1}, {at(7), 1}, {at(7), 2}, {9.0, 2}};
        // On the executions axis a failure sits at the executions held when it was found.
        QTest::newRow("target 1, executions")
            << qint64(1) << Axis::Executions
            << QList<QPointF>{{1000, 0}, {3000, 0}, {3000, 1}, {8000, 1}, {8000, 2}, {10000, 2}};
        QTest::newRow("target 2, executions")
            << qint64(2) << Axis::Executions
            << QList<QPointF>{{2000, 0}, {12000, 0}, {12000, 1}, {20000, 1}};
    }
    void failuresCumulative() {
        QFETCH(qint64, target);
        QFETCH(Axis, axis);
        QFETCH(QList<QPointF>, expected);
        StatsHistory h;
        h.add(interleaved({1, 2}, 0, 9));
        // Failure 3 is listed twice (one failure, seen again): counted once.
        h.set_failures({failure(3, 1, 7), failure(1, 1, 2), failure(2, 2, 5), failure(3, 1, 7)});
        const QList<QPointF> s = h.series(target, Metric::Failures, axis, 1000);
        QCOMPARE(s.size(), expected.size());
        for (qsizetype i = 0; i < s.size(); ++i) {
            QVERIFY2(qFuzzyCompare(s[i].x() + 1, expected[i].x() + 1),
                     qPrintable(QStringLiteral("x[%1] = %2, expected %3")
                                    .arg(i)
                                    .arg(s[i].x())
                                    .arg(expected[i].x())));
            QCOMPARE(s[i].y(), expected[i].y());
        }
        const quint64 before = h.revision();
        h.set_failures({failure(1, 1, 2), failure(2, 2, 5), failure(3, 1, 7)});
        QCOMPARE(h.revision(), before); // the same failures: nothing to redraw
    }

    void downsamplingBounds_data() {
        QTest::addColumn<int>("max_points");
        QTest::addColumn<Metric>("metric");
        QTest::newRow("4, execs/s") << 4 << Metric::ExecsPerSecond;
        QTest::newRow("10, execs/s") << 10 << Metric::ExecsPerSecond;
        QTest::newRow("300, execs/s") << 300 << Metric::ExecsPerSecond;
        QTest::newRow("300, features") << 300 << Metric::Features;
        QTest::newRow("2999, features") << 2999 << Metric::Features;
        QTest::newRow("all, corpus") << 5000 << Metric::Corpus;
    }
    void downsamplingBounds() {
        QFETCH(int, max_points);
        QFETCH(Metric, metric);
        StatsHistory h;
        std::vector<StatsRow> rows = seconds(1, 0, 2999);
        rows[1234].execs_per_second = 1e6; // a spike that must survive
        rows[2345].execs_per_second = 1;   // and a dip
        h.add(rows);
        const QList<QPointF> full = h.series(1, metric, Axis::Time, 1 << 20);
        QCOMPARE(full.size(), 3000);
        const QList<QPointF> s = h.series(1, metric, Axis::Time, max_points);
        QVERIFY(s.size() <= std::max(max_points, 4));
        QCOMPARE(s.first(), full.first());
        QCOMPARE(s.last(), full.last());
        QVERIFY(std::is_sorted(s.begin(), s.end(),
                               [](const QPointF& a, const QPointF& b) { return a.x() < b.x(); }));
        const auto by_y = [](const QPointF& a, const QPointF& b) { return a.y() < b.y(); };
        if (max_points >= 10) {
            QCOMPARE(std::max_element(s.begin(), s.end(), by_y)->y(),
                     std::max_element(full.begin(), full.end(), by_y)->y());
            QCOMPARE(std::min_element(s.begin(), s.end(), by_y)->y(),
                     std::min_element(full.begin(), full.end(), by_y)->y());
        }
    }

    void thinningBounds_data() {
        QTest::addColumn<int>("cap");
        QTest::addColumn<int>("seconds");
        QTest::newRow("64 of 10000") << 64 << 10000;
        QTest::newRow("100 of 101") << 100 << 101;
        QTest::newRow("4096 of 20000") << 4096 << 20000;
    }
    void thinningBounds() {
        QFETCH(int, cap);
        QFETCH(int, seconds);
        StatsHistory h(cap);
        // Added in small batches, as the live campaign does.
        for (int s = 0; s < seconds; s += 7)
            h.add(interleaved({1, 2, 3}, s, std::min(s + 6, seconds - 1)));
        for (qint64 id : {qint64(1), qint64(2), qint64(3)}) {
            QVERIFY(h.stored_points(id) <= cap);
            QVERIFY(h.stored_points(id) >= std::min(cap / 2, seconds));
        }
        QVERIFY(h.stored_points(kAll) <= cap + 1); // plus the current second
        for (qint64 id : {qint64(1), kAll}) {
            const QList<QPointF> f = h.series(id, Metric::Features, Axis::Time, 1 << 20);
            // The whole span is still covered, and the latest values are exact.
            QVERIFY(f.first().x() <= 2.0 * seconds / cap + 1);
            QCOMPARE(f.last().y(), id == kAll ? double(row(1, seconds - 1).features +
                                                       row(2, seconds - 1).features +
                                                       row(3, seconds - 1).features)
                                              : double(row(1, seconds - 1).features));
            // A steady rate stays the same rate when points merge.
            const QList<QPointF> eps = h.series(id, Metric::ExecsPerSecond, Axis::Time, 1 << 20);
            for (const QPointF& p : eps)
                QCOMPARE(p.y(), id == kAll ? 600.0 : 100.0);
        }
    }

    void lateRowsIgnored() {
        StatsHistory h;
        h.add(seconds(1, 0, 9));
        const QList<QPointF> before = h.series(1, Metric::Features, Axis::Time, 1000);
        const QList<QPointF> all_before = h.series(kAll, Metric::Features, Axis::Time, 1000);
        const quint64 revision = h.revision();
        StatsRow late = row(1, 5);
        late.features = 999999;
        StatsRow repeated = row(1, 9);
        repeated.features = 999999;
        h.add({late, repeated});
        QCOMPARE(h.revision(), revision);
        QCOMPARE(h.series(1, Metric::Features, Axis::Time, 1000), before);
        QCOMPARE(h.series(kAll, Metric::Features, Axis::Time, 1000), all_before);
        h.add({row(1, 10)});
        QVERIFY(h.revision() != revision);
        QCOMPARE(h.series(1, Metric::Features, Axis::Time, 1000).size(), 11);
    }

    // Hours of 200 targets at 1 Hz stay within the per-series bound.
    void manyTargetsStayBounded() {
        StatsHistory h;
        QList<qint64> ids;
        for (qint64 id = 1; id <= 200; ++id)
            ids.append(id);
        for (qint64 s = 0; s < 3 * 3600; s += 600)
            h.add(interleaved(ids, s, s + 599));
        QCOMPARE(h.target_count(), 200);
        for (qint64 id : {qint64(1), qint64(200), kAll})
            QVERIFY(h.stored_points(id) <= StatsHistory::kDefaultMaxStoredPoints + 1);
        const QList<QPointF> s = h.series(kAll, Metric::Features, Axis::Time, 300);
        QVERIFY(s.size() <= 300);
        double sum = 0;
        for (qint64 id : ids)
            sum += double(row(id, 3 * 3600 - 1).features);
        QCOMPARE(s.last().y(), sum);
    }
};

QTEST_GUILESS_MAIN(TestStatsHistory)
#include "tst_stats_history.moc"
