#pragma once
// A target's health over time, from what every campaign stores (statistics rows and failures),
// so that a workbench running the campaign and one following it from elsewhere tell the same:
// how long a target was fuzzed, how long ago it last found new coverage and last failed, and
// warnings in words, each saying what to do (AFL++'s status screen and HypoFuzz's test table
// tell these at a glance). No clock of its own: `now_ms` is given.

#include "campaign.h"
#include "types.h"

#include <QCoreApplication>
#include <deque>
#include <map>
#include <vector>

namespace arcwise::campaign {

class TargetHealth {
    Q_DECLARE_TR_FUNCTIONS(TargetHealth)

public:
    // Statistics rows more than this apart are a pause in fuzzing, not fuzzing time.
    static constexpr qint64 kGapMs = 5000;

    // Rows of any targets, each target's in time order (as Database::stats() returns them).
    void add(const std::vector<StatsRow>& rows);
    // Every stored failure: the latest sighting per target, and its timeouts.
    void set_failures(const std::vector<FailureRow>& failures);
    // Fills fuzz_ms, last_coverage_ms, last_failure_ms and warnings of `p` (its speed, stability
    // and discards as given). A target that is not running gets no warning about its speed.
    void fill(TargetProgress& p, qint64 now_ms) const;
    void clear();

    // The warnings of a target, one sentence each with what to do, translated.
    static QStringList warnings(const TargetProgress& p, double peak_speed, qint64 last_timeout_ms,
                                qint64 now_ms);

private:
    struct Target {
        qint64 last_at_ms = 0;
        qint64 features = -1;
        qint64 fuzz_ms = 0;
        qint64 last_coverage_ms = 0;
        std::deque<std::pair<qint64, double>> speeds; // (at, exec/s) over the last minutes
    };
    std::map<qint64, Target> targets_;
    std::map<qint64, qint64> last_failure_ms_;
    std::map<qint64, qint64> last_timeout_ms_;
};

} // namespace arcwise::campaign
