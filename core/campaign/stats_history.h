#pragma once
// A campaign's statistics over time, held for charts: one series per target and the sum over all
// targets, as x/y points ready to plot.

#include "types.h"

#include <QList>
#include <QPointF>
#include <unordered_map>
#include <vector>

namespace arcwise::campaign {

// Per-target time series of stats rows and their all-targets aggregate, fed about once a second
// with hundreds of targets over hours.
//
// Promises:
// - Bounded memory: each series (every target's and the aggregate) keeps at most
//   `max_stored_points` points. When a series fills up, its resolution doubles and neighbouring
//   points merge (cumulative values keep the later sample, execs/s is averaged), so a series
//   always covers its whole history at an even resolution. Samples in the same second merge.
// - Cheap updates: add() costs O(1) per row amortised, plus O(targets) once per new second of
//   data; the aggregate is maintained as rows arrive, never recomputed from every row.
// - Cheap queries: series() costs O(points stored for that series), never O(rows added).
//
// Not thread-safe: use it from one thread (the GUI's).
class StatsHistory {
public:
    enum class Metric { Features, ExecsPerSecond, Corpus, Executions, Failures };
    enum class Axis {
        Time,      // seconds since the first row held (first_ms())
        Executions // cumulative executions of the same target (or of all targets)
    };

    static constexpr qint64 kAllTargets = -1;
    static constexpr int kDefaultMaxStoredPoints = 4096;
    // A target counts towards the all-targets execs/s while its last row is this recent.
    static constexpr qint64 kLiveWindowMs = 5000;

    explicit StatsHistory(int max_stored_points = kDefaultMaxStoredPoints);

    // Appends rows (in time order, any mix of targets). A row not newer than the last one held
    // for its target is ignored (a repeated or late delivery). A row older than the aggregate's
    // current second counts towards that second: the aggregate never rewrites its past.
    void add(const std::vector<StatsRow>& rows);
    // Replaces the failures (distinct by id); Metric::Failures counts them by first_seen_ms.
    void set_failures(const std::vector<FailureRow>& failures);
    void clear();

    bool empty() const { return targets_.empty(); }
    // The earliest and latest row held (epoch ms), 0 when empty.
    qint64 first_ms() const { return first_ms_; }
    qint64 last_ms() const { return last_ms_; }
    int target_count() const { return int(targets_.size()); }
    // Points stored for a target (kAllTargets: the aggregate), after thinning.
    int stored_points(qint64 target_id) const;
    // Changes whenever add(), set_failures() or clear() changed what series() returns, so a view
    // can skip a refresh that would draw the same thing.
    quint64 revision() const { return revision_; }

    // The metric of one target (kAllTargets: the aggregate) against the axis, oldest first.
    // For the aggregate, features, corpus and executions are the sum of every target's last known
    // value (a step function: a target that stopped still counts with its last value) and execs/s
    // is the sum over targets that reported in the last kLiveWindowMs. Failures is the cumulative
    // count of distinct failures (of the target, or all) as a step function up to the latest row.
    // On the time axis a gap in a series (a target not scheduled) is drawn as a flat step, with
    // execs/s at zero. At most max_points points (values below 4 are taken as 4), downsampled by
    // keeping each bucket's minimum and maximum, and always the first and last point. Empty for
    // an unknown target.
    QList<QPointF> series(qint64 target_id, Metric metric, Axis axis, int max_points) const;

private:
    struct Point {
        qint64 at_ms = 0;
        qint64 executions = 0;
        qint64 features = 0;
        qint64 corpus = 0;
        double eps = 0;
        qint32 weight = 1; // samples merged into this point, to average eps
    };
    // One thinned series: points at least resolution_ms apart (by bucket), at most `cap`.
    struct Track {
        std::vector<Point> points;
        qint64 resolution_ms = 1000;
        void append(const Point& p, size_t cap);
        void thin();
        static void merge(Point& into, const Point& later);
    };
    struct Target {
        Track track;
        double last_eps = 0; // the latest row's, unaveraged
        bool live = false;   // counted in eps_sum_
    };
    struct Failure {
        qint64 first_seen_ms = 0;
        qint64 target_id = 0;
    };

    void add_row(const StatsRow& row);
    void start_second(qint64 second, qint64 now_ms);
    // The executions held for a series at a time (the last point at or before it), for failures
    // on the executions axis.
    static qint64 executions_at(const std::vector<Point>& points, const Point* extra, qint64 at_ms);
    QList<QPointF> failures_series(qint64 target_id, Axis axis, const std::vector<Point>& points,
                                   const Point* extra) const;

    size_t cap_;
    std::unordered_map<qint64, Target> targets_;
    // The aggregate: committed seconds in all_, the current second in pending_.
    Track all_;
    Point pending_;
    bool has_pending_ = false;
    qint64 pending_second_ = 0;
    qint64 sum_executions_ = 0;
    qint64 sum_features_ = 0;
    qint64 sum_corpus_ = 0;
    double eps_sum_ = 0;
    std::vector<Failure> failures_; // by first_seen_ms
    qint64 first_ms_ = 0;
    qint64 last_ms_ = 0;
    quint64 revision_ = 0;
};

} // namespace arcwise::campaign
