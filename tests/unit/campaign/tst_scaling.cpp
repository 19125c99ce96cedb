// The scaling hint (core/campaign/scaling.h): what more or fewer cores would find, and the check
// of its estimates against what happened.

#include "campaign/scaling.h"

#include <QtTest>
#include <cmath>
#include <random>

using namespace arcwise::campaign;

namespace {

// Stats rows of one target, one a second, whose coverage grows as a Poisson process of `rate`
// new features per second (or, with a `half_life`, a rate that halves every that many seconds).
std::vector<StatsRow> poisson_rows(double rate, int seconds, double half_life = 0,
                                   unsigned seed = 1) {
    std::mt19937_64 rng(seed);
    std::vector<StatsRow> rows;
    qint64 features = 0;
    for (int s = 0; s < seconds; ++s) {
        const double r = half_life > 0 ? rate * std::pow(0.5, s / half_life) : rate;
        std::poisson_distribution<int> found(r);
        features += found(rng);
        StatsRow row;
        row.target_id = 7;
        row.at_ms = 1'000'000 + qint64(s) * 1000;
        row.features = features;
        row.workers = 1;
        rows.push_back(row);
    }
    return rows;
}

} // namespace

class TestScaling : public QObject {
    Q_OBJECT

private slots:
    // A steady rate: the predictions match what happens, as an exponential wait's do.
    void calibrated_when_steady() {
        CalibrationTally tally;
        tally.add(poisson_rows(0.05, 6000));
        const Calibration c = tally.result();
        QVERIFY2(c.observations > 100, qPrintable(QString::number(c.observations)));
        QVERIFY2(c.median_ratio > 0.5 && c.median_ratio < 1.0,
                 qPrintable(QString::number(c.median_ratio)));
        QVERIFY(c.supports());
        QVERIFY(std::abs(tally.rate_per_worker(7) - 0.05) < 0.04);
    }

    // A rate that falls fast: every prediction is too hopeful, and the hint says so.
    void not_calibrated_when_slowing() {
        CalibrationTally tally;
        tally.add(poisson_rows(20.0, 400, /*half_life=*/20));
        const Calibration c = tally.result();
        QVERIFY(c.observations >= 10);
        QVERIFY2(c.median_ratio > 1.4, qPrintable(QString::number(c.median_ratio)));
        QVERIFY(!c.supports());
    }

    void too_few_observations_are_not_a_calibration() {
        CalibrationTally tally;
        tally.add(poisson_rows(0.05, 100));
        QVERIFY(!tally.result().supports());
    }

    // 36 and 3.6 new behaviours an hour for one worker: the workers worth at least one an hour
    // are 36, 18, 9, 4.5, 2.25, 1.125 and 3.6, 1.8: eight of them.
    void recommends_the_cores_worth_having() {
        ScalingInput in;
        in.targets = {TargetRate{1, 0.01, 1}, TargetRate{2, 0.001, 0}};
        in.cores = 2;
        in.core_hour_cost = 0.5;
        const ScalingHint h = scaling_hint(in);
        QCOMPARE(h.recommended, 8);
        QCOMPARE(h.cores, 2);
        QVERIFY(std::abs(h.per_minute - (0.01 + 0.005) * 60) < 1e-9);
        QVERIFY(std::abs(h.per_core_minute - h.per_minute / 2) < 1e-9);
        QVERIFY(std::abs(h.last_core_per_hour - 18) < 1e-9);
        QVERIFY(std::abs(h.next_core_per_hour - 9) < 1e-9);
        QVERIFY(std::abs(h.cost_per_behaviour - 0.5 / 18) < 1e-9);
        QVERIFY2(h.reason.startsWith(QStringLiteral("Add 6 core")), qPrintable(h.reason));
        QVERIFY(std::abs(h.per_hour.at(1) - 36) < 1e-9);
        QVERIFY(!h.reliable); // no calibration given
    }

    void caps_per_target_hold() {
        ScalingInput in;
        in.targets = {TargetRate{1, 0.01, 1}};
        in.cores = 1;
        in.max_per_target = 2;
        QCOMPARE(scaling_hint(in).recommended, 2);
    }

    void recommends_fewer_cores_at_a_plateau() {
        ScalingInput in;
        in.targets = {TargetRate{1, 1e-5, 2}, TargetRate{2, 1e-6, 2}};
        in.cores = 4;
        ScalingHint h = scaling_hint(in);
        QCOMPARE(h.recommended, 1);
        QVERIFY2(h.reason.startsWith(QStringLiteral("Remove 3 core")), qPrintable(h.reason));
        // Code that changes every day keeps a core; the reason says why.
        in.changes_per_day = 3;
        h = scaling_hint(in);
        QCOMPARE(h.recommended, 1);
        QVERIFY2(h.reason.contains(QStringLiteral("changes every day")), qPrintable(h.reason));
    }

    void no_estimate_yet() {
        ScalingInput in;
        in.targets = {TargetRate{1, 0, 0}};
        in.cores = 3;
        const ScalingHint h = scaling_hint(in);
        QCOMPARE(h.recommended, 3);
        QVERIFY(h.reason.startsWith(QStringLiteral("No estimate yet")));
    }

    void reliable_only_with_a_supporting_calibration() {
        ScalingInput in;
        in.targets = {TargetRate{1, 0.01, 1}};
        in.cores = 1;
        in.calibration = Calibration{50, 0.5, 0.6, 0.7};
        QVERIFY(scaling_hint(in).reliable);
        in.calibration.median_ratio = 3;
        const ScalingHint h = scaling_hint(in);
        QVERIFY(!h.reliable);
        QVERIFY2(h.reason.contains(QStringLiteral("rough guess")), qPrintable(h.reason));
    }
};

QTEST_GUILESS_MAIN(TestScaling)
#include "tst_scaling.moc"
