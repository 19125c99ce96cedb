#include "target_health.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace arcwise::campaign {

namespace {

// The speed a target reached in this window is what a fall is measured against.
constexpr qint64 kSpeedWindowMs = 5 * 60 * 1000;
// A speed below this share of the window's best is a sharp fall ...
constexpr double kFallShare = 0.25;
// ... once the best was worth speaking of.
constexpr double kFallFloor = 100;
// A timeout this recent, and a speed this low: the target is mostly timing out.
constexpr qint64 kTimeoutRecentMs = 60 * 1000;
constexpr double kTimingOutSpeed = 10;
constexpr double kDiscardShare = 0.5;
constexpr double kUnstableShare = 0.9;

QString percent(double share) {
    return QLocale().toString(share * 100, 'f', 0);
}

} // namespace

void TargetHealth::add(const std::vector<StatsRow>& rows) {
    for (const StatsRow& r : rows) {
        Target& t = targets_[r.target_id];
        if (r.at_ms < t.last_at_ms)
            continue; // older than what is known: counted already
        if (t.last_at_ms > 0 && r.at_ms - t.last_at_ms <= kGapMs)
            t.fuzz_ms += r.at_ms - t.last_at_ms;
        // The first row known says the coverage was there by then, not when it was found.
        if (r.features > t.features && (t.features >= 0 || r.features > 0))
            t.last_coverage_ms = r.at_ms;
        t.features = std::max(t.features, r.features);
        t.last_at_ms = r.at_ms;
        t.speeds.emplace_back(r.at_ms, r.execs_per_second);
        while (!t.speeds.empty() && t.speeds.front().first < r.at_ms - kSpeedWindowMs)
            t.speeds.pop_front();
    }
}

void TargetHealth::set_failures(const std::vector<FailureRow>& failures) {
    last_failure_ms_.clear();
    last_timeout_ms_.clear();
    for (const FailureRow& f : failures) {
        qint64& last = last_failure_ms_[f.target_id];
        last = std::max(last, f.last_seen_ms);
        if (f.kind == QLatin1String("timeout")) {
            qint64& timeout = last_timeout_ms_[f.target_id];
            timeout = std::max(timeout, f.last_seen_ms);
        }
    }
}

void TargetHealth::fill(TargetProgress& p, qint64 now_ms) const {
    double peak = 0;
    if (const auto it = targets_.find(p.row.id); it != targets_.end()) {
        p.fuzz_ms = it->second.fuzz_ms;
        p.last_coverage_ms = it->second.last_coverage_ms;
        for (const auto& [at, speed] : it->second.speeds)
            if (at >= now_ms - kSpeedWindowMs)
                peak = std::max(peak, speed);
    }
    qint64 last_timeout = 0;
    if (const auto it = last_failure_ms_.find(p.row.id); it != last_failure_ms_.end())
        p.last_failure_ms = it->second;
    if (const auto it = last_timeout_ms_.find(p.row.id); it != last_timeout_ms_.end())
        last_timeout = it->second;
    p.warnings = warnings(p, peak, last_timeout, now_ms);
}

void TargetHealth::clear() {
    targets_.clear();
    last_failure_ms_.clear();
    last_timeout_ms_.clear();
}

QStringList TargetHealth::warnings(const TargetProgress& p, double peak_speed,
                                   qint64 last_timeout_ms, qint64 now_ms) {
    QStringList out;
    const double speed = p.row.execs_per_second;
    if (p.running && last_timeout_ms > 0 && now_ms - last_timeout_ms < kTimeoutRecentMs &&
        speed < kTimingOutSpeed) {
        out << tr("It is mostly timing out: open its timeout failure to see the slow input, "
                  "or raise the time limit per input (Settings ▸ Preferences).");
    } else if (p.running && peak_speed >= kFallFloor && speed > 0 &&
               speed < kFallShare * peak_speed) {
        out << tr("Its speed fell sharply, from %1 to %2 exec/s: look at its newest corpus "
                  "entries and its output for a slow path, a growing input or a leak.")
                   .arg(QLocale().toString(qint64(peak_speed)), QLocale().toString(qint64(speed)));
    }
    if (p.discard_share > kDiscardShare)
        out << tr("%1% of its inputs are discarded by assume() or filter(): draw values that "
                  "meet them directly (narrower strategies) instead of rejecting them.")
                   .arg(percent(p.discard_share));
    if (p.stability >= 0 && p.stability < kUnstableShare)
        out << tr("Its coverage is unstable: only %1% of inputs run again reach the same code. "
                  "Global state, time, randomness or threads change what it does; reset them at "
                  "the start of each example.")
                   .arg(percent(p.stability));
    return out;
}

} // namespace arcwise::campaign
