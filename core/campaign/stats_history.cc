#include "stats_history.h"

#include <algorithm>

namespace arcwise::campaign {

namespace {

// Rounds towards minus infinity, so that buckets stay aligned for any timestamp.
qint64 floor_div(qint64 a, qint64 b) {
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Keeps the first and last points and, of each bucket of neighbours in between, the lowest and
// the highest: spikes and steps survive, unlike plain decimation.
QList<QPointF> downsample(QList<QPointF> in, int max_points) {
    max_points = std::max(4, max_points);
    if (in.size() <= max_points)
        return in;
    const qsizetype interior = in.size() - 2;
    const qsizetype buckets = (max_points - 2) / 2;
    QList<QPointF> out;
    out.reserve(max_points);
    out.append(in.first());
    for (qsizetype b = 0; b < buckets; ++b) {
        const qsizetype lo = 1 + b * interior / buckets;
        const qsizetype hi = 1 + (b + 1) * interior / buckets;
        if (lo >= hi)
            continue;
        qsizetype low = lo;
        qsizetype high = lo;
        for (qsizetype i = lo + 1; i < hi; ++i) {
            if (in[i].y() < in[low].y())
                low = i;
            if (in[i].y() > in[high].y())
                high = i;
        }
        out.append(in[std::min(low, high)]);
        if (low != high)
            out.append(in[std::max(low, high)]);
    }
    out.append(in.last());
    return out;
}

} // namespace

void StatsHistory::Track::merge(Point& into, const Point& later) {
    // Cumulative values are the later sample's; a rate is the mean over the merged samples.
    const double weight = double(into.weight) + double(later.weight);
    into.eps = (into.eps * into.weight + later.eps * later.weight) / weight;
    into.weight += later.weight;
    into.at_ms = later.at_ms;
    into.executions = later.executions;
    into.features = later.features;
    into.corpus = later.corpus;
}

void StatsHistory::Track::append(const Point& p, size_t cap) {
    if (!points.empty() &&
        floor_div(points.back().at_ms, resolution_ms) == floor_div(p.at_ms, resolution_ms)) {
        merge(points.back(), p);
        return;
    }
    points.push_back(p);
    // Sparse series (a target fuzzed in short slices) may not shrink at the first doubling.
    while (points.size() > cap) {
        resolution_ms *= 2;
        thin();
    }
}

void StatsHistory::Track::thin() {
    size_t out = 0;
    for (size_t i = 0; i < points.size(); ++i) {
        if (out > 0 && floor_div(points[out - 1].at_ms, resolution_ms) ==
                           floor_div(points[i].at_ms, resolution_ms)) {
            merge(points[out - 1], points[i]);
        } else {
            points[out++] = points[i];
        }
    }
    points.resize(out);
}

StatsHistory::StatsHistory(int max_stored_points) : cap_(size_t(std::max(8, max_stored_points))) {}

void StatsHistory::add(const std::vector<StatsRow>& rows) {
    const quint64 before = revision_;
    for (const StatsRow& row : rows)
        add_row(row);
    // One revision per call is enough for a view, and keeps the number small.
    if (revision_ != before)
        revision_ = before + 1;
}

void StatsHistory::add_row(const StatsRow& row) {
    const bool first_row = targets_.empty();
    Target& target = targets_[row.target_id];
    const Point* last = target.track.points.empty() ? nullptr : &target.track.points.back();
    if (last && row.at_ms <= last->at_ms)
        return;

    const qint64 second = floor_div(row.at_ms, 1000);
    if (!has_pending_ || second > pending_second_)
        start_second(second, row.at_ms);

    sum_executions_ += row.executions - (last ? last->executions : 0);
    sum_features_ += row.features - (last ? last->features : 0);
    sum_corpus_ += row.corpus_size - (last ? last->corpus : 0);
    eps_sum_ += row.execs_per_second - (target.live ? target.last_eps : 0.0);
    target.live = true;
    target.last_eps = row.execs_per_second;
    target.track.append(
        Point{row.at_ms, row.executions, row.features, row.corpus_size, row.execs_per_second, 1},
        cap_);

    pending_ = Point{std::max(pending_.at_ms, row.at_ms),
                     sum_executions_,
                     sum_features_,
                     sum_corpus_,
                     eps_sum_,
                     1};
    first_ms_ = first_row ? row.at_ms : std::min(first_ms_, row.at_ms);
    last_ms_ = first_row ? row.at_ms : std::max(last_ms_, row.at_ms);
    ++revision_;
}

void StatsHistory::start_second(qint64 second, qint64 now_ms) {
    if (has_pending_)
        all_.append(pending_, cap_);
    has_pending_ = true;
    pending_second_ = second;
    // Once a second: drop targets that went quiet from execs/s, and sum the rest afresh so that
    // rounding does not pile up over hours of incremental updates.
    eps_sum_ = 0;
    for (auto& [id, target] : targets_) {
        if (!target.live)
            continue;
        if (target.track.points.back().at_ms < now_ms - kLiveWindowMs)
            target.live = false;
        else
            eps_sum_ += target.last_eps;
    }
    pending_ = Point{now_ms, sum_executions_, sum_features_, sum_corpus_, eps_sum_, 1};
}

void StatsHistory::set_failures(const std::vector<FailureRow>& failures) {
    // (id, failure): a failure listed twice counts once.
    std::vector<std::pair<qint64, Failure>> by_id;
    by_id.reserve(failures.size());
    for (const FailureRow& f : failures)
        by_id.push_back({f.id, Failure{f.first_seen_ms, f.target_id}});
    std::sort(by_id.begin(), by_id.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    by_id.erase(std::unique(by_id.begin(), by_id.end(),
                            [](const auto& a, const auto& b) { return a.first == b.first; }),
                by_id.end());
    std::sort(by_id.begin(), by_id.end(), [](const auto& a, const auto& b) {
        return std::pair(a.second.first_seen_ms, a.first) <
               std::pair(b.second.first_seen_ms, b.first);
    });
    std::vector<Failure> fresh;
    fresh.reserve(by_id.size());
    for (const auto& [id, f] : by_id)
        fresh.push_back(f);
    const auto same_failure = [](const Failure& a, const Failure& b) {
        return a.first_seen_ms == b.first_seen_ms && a.target_id == b.target_id;
    };
    if (fresh.size() == failures_.size() &&
        std::equal(fresh.begin(), fresh.end(), failures_.begin(), same_failure))
        return;
    failures_ = std::move(fresh);
    ++revision_;
}

void StatsHistory::clear() {
    targets_.clear();
    all_ = Track();
    pending_ = Point();
    has_pending_ = false;
    pending_second_ = 0;
    sum_executions_ = sum_features_ = sum_corpus_ = 0;
    eps_sum_ = 0;
    failures_.clear();
    first_ms_ = last_ms_ = 0;
    ++revision_;
}

int StatsHistory::stored_points(qint64 target_id) const {
    if (target_id == kAllTargets)
        return int(all_.points.size()) + (has_pending_ ? 1 : 0);
    const auto it = targets_.find(target_id);
    return it == targets_.end() ? 0 : int(it->second.track.points.size());
}

qint64 StatsHistory::executions_at(const std::vector<Point>& points, const Point* extra,
                                   qint64 at_ms) {
    if (extra && extra->at_ms <= at_ms)
        return extra->executions;
    const auto after = std::upper_bound(points.begin(), points.end(), at_ms,
                                        [](qint64 t, const Point& p) { return t < p.at_ms; });
    if (after != points.begin())
        return std::prev(after)->executions;
    // Before the first point: the series' start.
    return points.empty() ? (extra ? extra->executions : 0) : points.front().executions;
}

QList<QPointF> StatsHistory::series(qint64 target_id, Metric metric, Axis axis,
                                    int max_points) const {
    const std::vector<Point>* points = nullptr;
    const Point* extra = nullptr;
    qint64 resolution_ms = 1000;
    if (target_id == kAllTargets) {
        if (!has_pending_)
            return {};
        points = &all_.points;
        extra = &pending_;
        resolution_ms = all_.resolution_ms;
    } else {
        const auto it = targets_.find(target_id);
        if (it == targets_.end())
            return {};
        points = &it->second.track.points;
        resolution_ms = it->second.track.resolution_ms;
    }
    if (metric == Metric::Failures)
        return downsample(failures_series(target_id, axis, *points, extra), max_points);

    const size_t n = points->size() + (extra ? 1 : 0);
    const auto at = [&](size_t i) -> const Point& {
        return i < points->size() ? (*points)[i] : *extra;
    };
    const auto value = [metric](const Point& p) -> double {
        switch (metric) {
        case Metric::Features:
            return double(p.features);
        case Metric::ExecsPerSecond:
            return p.eps;
        case Metric::Corpus:
            return double(p.corpus);
        case Metric::Executions:
        case Metric::Failures:
            break;
        }
        return double(p.executions);
    };
    const auto x_at = [&](qint64 at_ms) { return double(at_ms - first_ms_) / 1000.0; };
    // A gap: the target was not scheduled (or nothing ran). Rows come once a second, so a
    // thinned point stands for resolution_ms of fuzzing.
    const qint64 gap_ms = 2 * resolution_ms + 1000;

    QList<QPointF> out;
    out.reserve(qsizetype(n + 16));
    for (size_t i = 0; i < n; ++i) {
        const Point& p = at(i);
        if (axis == Axis::Executions) {
            out.append(QPointF(double(p.executions), value(p)));
            continue;
        }
        if (i > 0 && p.at_ms - at(i - 1).at_ms > gap_ms) {
            const Point& prev = at(i - 1);
            if (metric == Metric::ExecsPerSecond) {
                out.append(QPointF(x_at(prev.at_ms + resolution_ms), 0));
                out.append(QPointF(x_at(p.at_ms - resolution_ms), 0));
            } else {
                out.append(QPointF(x_at(p.at_ms - resolution_ms), value(prev)));
            }
        }
        out.append(QPointF(x_at(p.at_ms), value(p)));
    }
    return downsample(std::move(out), max_points);
}

QList<QPointF> StatsHistory::failures_series(qint64 target_id, Axis axis,
                                             const std::vector<Point>& points,
                                             const Point* extra) const {
    const Point& first = points.empty() ? *extra : points.front();
    const Point& last = extra ? *extra : points.back();
    const auto x_at = [&](qint64 at_ms) {
        if (axis == Axis::Executions)
            return double(executions_at(points, extra, at_ms));
        // A failure found before the series' first row is drawn at its start.
        return double(std::max(at_ms, first.at_ms) - first_ms_) / 1000.0;
    };
    QList<QPointF> out;
    out.append(QPointF(x_at(first.at_ms), 0));
    qint64 count = 0;
    qint64 end_ms = last.at_ms;
    for (const Failure& f : failures_) {
        if (target_id != kAllTargets && f.target_id != target_id)
            continue;
        const double x = x_at(f.first_seen_ms);
        out.append(QPointF(x, double(count)));
        out.append(QPointF(x, double(++count)));
        end_ms = std::max(end_ms, f.first_seen_ms);
    }
    out.append(QPointF(x_at(end_ms), double(count)));
    return out;
}

} // namespace arcwise::campaign
