#pragma once
// The scaling hint: what the campaign is worth per core now, and how many cores are worth adding
// or removing, from the statistics the campaign already has. Each target's expected new
// behaviours per second for one worker is its rate of new features over its last minute of
// fuzzing (the last half of its fuzzing time, when younger), divided among its workers; one more
// worker on a target is worth half of the one before (the scheduler's diminishing returns,
// scheduler.h), so the best use of C cores is the C largest of those values, and the next core is
// worth the next one. A core is worth having while it finds at least kWorthPerCoreHour new
// behaviours an hour.
//
// Whether the estimates can be trusted is measured, not assumed (as Pythia does): at every stats
// row where a target's coverage grew, the prediction made just before (the expected fuzzing time
// to the next new behaviour, 1 / rate) is set against the fuzzing time that passed since the
// growth before, divided by the new behaviours the row brought (rows come about once a second). For
// a calibrated predictor of an exponential waiting time, the median of observed / predicted is ln 2
// (0.69); the hint calls itself reliable only when the measured median is within 2x of that, over
// enough observations. (The Good-Turing estimate the scheduler ranks by was tried first: on the
// examples it predicted waits 5-12x too short.)
//
// Pure functions and a tally (no clock, no database): tested deterministically.

#include "types.h"

#include <QCoreApplication>
#include <QString>
#include <deque>
#include <map>
#include <vector>

namespace arcwise::campaign {

// A core that finds fewer new behaviours than this per hour is idle capacity.
inline constexpr double kWorthPerCoreHour = 1.0;

struct Calibration {
    int observations = 0;    // growths that had a prediction before them
    double within_2x = 0;    // share with observed within 2x of predicted
    double not_later = 0;    // share with observed <= predicted (0.63 when calibrated)
    double median_ratio = 0; // observed / predicted (0.69 when calibrated)
    // Enough observations, and a median within 2x of a calibrated predictor's.
    bool supports() const {
        return observations >= 10 && median_ratio >= 0.35 && median_ratio <= 1.4;
    }
};

// Feeds on stats rows as they come (each target's in time order); keeps the last kKept
// observations.
class CalibrationTally {
public:
    static constexpr size_t kKept = 2000;
    void add(const StatsRow& row);
    void add(const std::vector<StatsRow>& rows) {
        for (const StatsRow& r : rows)
            add(r);
    }
    // Over every target (-1) or one.
    Calibration result(qint64 target_id = -1) const;
    std::vector<qint64> targets() const;
    // A target's new features per second of fuzzing over its last kWindowS seconds of fuzzing,
    // for one worker (its last row's workers share it with diminishing returns); 0 when unknown.
    double rate_per_worker(qint64 target_id) const;
    static constexpr double kWindowS = 60;
    static constexpr double kMinWindowS = 5;
    struct Pair {
        qint64 target_id;
        double predicted_s;
        double observed_s;
    };
    // Every pair kept, oldest first.
    const std::deque<Pair>& pairs() const { return pairs_; }

private:
    struct Point {
        double fuzz_s; // cumulative fuzzing time of the target
        qint64 features;
    };
    struct Target {
        qint64 last_at = 0;
        qint64 features = -1;
        double fuzz_s = 0;
        double waited_s = 0; // fuzzing time since the last growth
        int workers = 1;
        std::deque<Point> window; // the last kWindowS of fuzzing time
    };
    static double rate(const Target& t); // new features per second of fuzzing, all workers
    std::map<qint64, Target> targets_;
    std::deque<Pair> pairs_;
};

struct TargetRate {
    qint64 id = 0;
    double per_second = 0; // expected new behaviours per second, one worker
    int workers = 0;       // now
};

struct ScalingInput {
    std::vector<TargetRate> targets;
    int cores = 0;               // now
    int max_per_target = 0;      // --workers-per-target (0: no cap)
    double core_hour_cost = 0;   // what a core-hour costs the user (0: not given)
    double changes_per_day = -1; // commits a day to the code under test (-1: unknown)
    Calibration calibration;
    std::map<qint64, Calibration> calibration_by_target;
};

struct ScalingHint {
    double per_minute = 0;      // expected new behaviours per minute with the cores now
    double per_core_minute = 0; // ... per core
    int cores = 0;
    int recommended = 0;           // cores worth having
    double next_core_per_hour = 0; // what one more core would find per hour
    double last_core_per_hour = 0; // what the last of the cores now finds per hour
    double cost_per_behaviour = 0; // at the margin (the last core), when a cost is given
    bool reliable = false;         // the calibration supports the estimates
    Calibration calibration;
    std::map<qint64, Calibration> calibration_by_target;
    QString reason;                    // one sentence (translated): the recommendation and why
    std::map<qint64, double> per_hour; // per target, with its workers now
};

ScalingHint scaling_hint(const ScalingInput& input);

// Commits a day to the git checkout that holds `dir`, over the last `days` (the `git` program);
// -1 when `dir` is not in a git checkout or git is not there.
double git_changes_per_day(const QString& dir, int days = 7);

} // namespace arcwise::campaign
