#include "scaling.h"

#include "child_process.h"

#include <QLocale>
#include <QStandardPaths>
#include <algorithm>
#include <cmath>
#include <functional>

namespace arcwise::campaign {

namespace {

// Rows further apart than this are not fuzzing time of the target (it was elsewhere).
constexpr qint64 kMaxGapMs = 5000;
constexpr double kExtraWorkerShare = 0.5; // as the scheduler's

// The hint's sentences are in the context arcwise::campaign::Scaling, spelled out at each call so
// that lupdate finds them (with their plurals).

QString rate_text(double per_hour) {
    return QLocale().toString(per_hour, 'f', per_hour < 10 ? 1 : 0);
}

} // namespace

double CalibrationTally::rate(const Target& t) {
    if (t.window.size() < 2)
        return 0;
    const double dt = t.window.back().fuzz_s - t.window.front().fuzz_s;
    // A few seconds say too little.
    if (dt < kMinWindowS)
        return 0;
    return double(t.window.back().features - t.window.front().features) / dt;
}

void CalibrationTally::add(const StatsRow& row) {
    Target& t = targets_[row.target_id];
    if (t.features < 0) {
        t.features = row.features;
        t.last_at = row.at_ms;
        t.window.push_back({0, row.features});
        return;
    }
    const qint64 gap = row.at_ms - t.last_at;
    const double fuzzed = gap <= 0 ? 0 : gap <= kMaxGapMs ? double(gap) / 1000.0 : 1.0;
    t.last_at = std::max(t.last_at, row.at_ms);
    if (fuzzed <= 0)
        return;
    if (row.features > t.features) {
        // The prediction made just before this growth, against the wait since the last one.
        // Rows come about once a second: k new features in one row are k waits of a k-th of
        // the time each.
        const double before = rate(t);
        t.waited_s += fuzzed;
        if (before > 0) {
            pairs_.push_back(
                {row.target_id, 1.0 / before, t.waited_s / double(row.features - t.features)});
            while (pairs_.size() > kKept)
                pairs_.pop_front();
        }
        t.waited_s = 0;
    } else {
        t.waited_s += fuzzed;
    }
    t.fuzz_s += fuzzed;
    t.features = std::max(t.features, row.features);
    t.workers = std::max(1, row.workers);
    t.window.push_back({t.fuzz_s, t.features});
    // The last minute of fuzzing, or the last half of it for a younger target: discovery slows
    // down as a target ages, and its first seconds would make the rate far too hopeful.
    const double window = std::min(kWindowS, t.fuzz_s / 2);
    while (t.window.size() > 2 && t.window[1].fuzz_s <= t.fuzz_s - window)
        t.window.pop_front();
}

double CalibrationTally::rate_per_worker(qint64 target_id) const {
    const auto it = targets_.find(target_id);
    if (it == targets_.end())
        return 0;
    // Workers share what they find: w of them are worth 1 + 1/2 + ... of one.
    const double share = 2.0 * (1.0 - std::pow(kExtraWorkerShare, it->second.workers));
    return rate(it->second) / share;
}

std::vector<qint64> CalibrationTally::targets() const {
    std::vector<qint64> out;
    for (const auto& [id, t] : targets_)
        out.push_back(id);
    return out;
}

Calibration CalibrationTally::result(qint64 target_id) const {
    Calibration c;
    std::vector<double> ratios;
    int within = 0, not_later = 0;
    for (const Pair& p : pairs_) {
        if (target_id >= 0 && p.target_id != target_id)
            continue;
        const double r = p.observed_s / p.predicted_s;
        ratios.push_back(r);
        within += r >= 0.5 && r <= 2.0;
        not_later += p.observed_s <= p.predicted_s;
    }
    c.observations = int(ratios.size());
    if (ratios.empty())
        return c;
    std::nth_element(ratios.begin(), ratios.begin() + ratios.size() / 2, ratios.end());
    c.median_ratio = ratios[ratios.size() / 2];
    c.within_2x = double(within) / double(ratios.size());
    c.not_later = double(not_later) / double(ratios.size());
    return c;
}

ScalingHint scaling_hint(const ScalingInput& in) {
    ScalingHint h;
    h.cores = std::max(1, in.cores);
    h.calibration = in.calibration;
    h.calibration_by_target = in.calibration_by_target;
    h.reliable = in.calibration.supports();
    // Every worker's value, best first: worker k of a target is worth rate * share^k.
    std::vector<double> values;
    constexpr int kMaxWorkers = 256;
    for (const TargetRate& t : in.targets) {
        if (!(t.per_second > 0) || !std::isfinite(t.per_second))
            continue;
        const int cap = in.max_per_target > 0 ? in.max_per_target : kMaxWorkers;
        double v = t.per_second;
        double with_workers = 0;
        for (int k = 0; k < cap; ++k, v *= kExtraWorkerShare) {
            values.push_back(v);
            if (k < std::max(1, t.workers))
                with_workers += v;
        }
        h.per_hour[t.id] = with_workers * 3600.0;
    }
    std::sort(values.begin(), values.end(), std::greater<>());
    double per_second = 0;
    for (int i = 0; i < h.cores && i < int(values.size()); ++i)
        per_second += values[size_t(i)];
    h.per_minute = per_second * 60.0;
    h.per_core_minute = h.per_minute / h.cores;
    const auto value_of = [&](int i) {
        return i >= 0 && i < int(values.size()) ? values[size_t(i)] * 3600.0 : 0.0;
    };
    h.last_core_per_hour = value_of(h.cores - 1);
    h.next_core_per_hour = value_of(h.cores);
    int worth = 0;
    while (worth < int(values.size()) && value_of(worth) >= kWorthPerCoreHour)
        ++worth;
    // Code that changes keeps bringing new behaviour: at least one core stays on it.
    const bool changing = in.changes_per_day >= 1;
    h.recommended = std::max(worth, changing || worth == 0 ? 1 : worth);
    if (in.core_hour_cost > 0 && h.last_core_per_hour > 0)
        h.cost_per_behaviour = in.core_hour_cost / h.last_core_per_hour;

    const int delta = h.recommended - h.cores;
    const QLocale locale;
    if (values.empty()) {
        h.recommended = h.cores;
        h.reason = QCoreApplication::translate(
            "arcwise::campaign::Scaling",
            "No estimate yet: the targets have not run long enough to tell what more "
            "cores would find.");
    } else if (delta > 0) {
        h.reason = QCoreApplication::translate(
                       "arcwise::campaign::Scaling",
                       "Add %n core(s): one more would still find about %1 new behaviours an hour.",
                       nullptr, delta)
                       .arg(rate_text(h.next_core_per_hour));
    } else if (delta < 0) {
        h.reason = (changing ? QCoreApplication::translate(
                                   "arcwise::campaign::Scaling",
                                   "Remove %n core(s): the last ones find less than one new "
                                   "behaviour an hour; one core is kept because the code changes "
                                   "every day.",
                                   nullptr, -delta)
                             : QCoreApplication::translate(
                                   "arcwise::campaign::Scaling",
                                   "Remove %n core(s): the last ones find less than one new "
                                   "behaviour an hour (the targets are near their plateau).",
                                   nullptr, -delta));
    } else {
        h.reason = QCoreApplication::translate(
                       "arcwise::campaign::Scaling",
                       "Keep %n core(s): the last one finds about %1 new behaviours an hour, one "
                       "more would find %2.",
                       nullptr, h.cores)
                       .arg(rate_text(h.last_core_per_hour), rate_text(h.next_core_per_hour));
    }
    if (h.cost_per_behaviour > 0)
        h.reason += QLatin1Char(' ') + QCoreApplication::translate(
                                           "arcwise::campaign::Scaling",
                                           "At %1 a core-hour, the last core's new behaviours cost "
                                           "%2 each.")
                                           .arg(locale.toString(in.core_hour_cost, 'g', 4),
                                                locale.toString(h.cost_per_behaviour, 'g', 3));
    if (!values.empty() && !h.reliable)
        h.reason += QLatin1Char(' ') +
                    (h.calibration.observations < 10
                         ? QCoreApplication::translate(
                               "arcwise::campaign::Scaling",
                               "A first guess: too few new behaviours yet (%n) to check the "
                               "estimates against.",
                               nullptr, h.calibration.observations)
                         : QCoreApplication::translate(
                               "arcwise::campaign::Scaling",
                               "A rough guess: the estimates have not matched what happened "
                               "(median %1x the predicted time, where 0.69x is calibrated).")
                               .arg(locale.toString(h.calibration.median_ratio, 'f', 2)));
    return h;
}

double git_changes_per_day(const QString& dir, int days) {
    ChildSpec spec;
    spec.program = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (spec.program.isEmpty())
        return -1;
    spec.arguments = {QStringLiteral("-C"),
                      dir,
                      QStringLiteral("rev-list"),
                      QStringLiteral("--count"),
                      QStringLiteral("--since=%1.days").arg(days),
                      QStringLiteral("HEAD")};
    spec.intermediate = false;
    spec.timeout_ms = 10000;
    spec.capture_stdout = true;
    spec.max_capture_bytes = 1024;
    const ChildRun run = run_child(spec);
    bool ok = false;
    const qint64 commits = run.stdout_bytes.trimmed().toLongLong(&ok);
    if (!run.exit.exited(0) || !ok || days <= 0)
        return -1;
    return double(commits) / days;
}

} // namespace arcwise::campaign
