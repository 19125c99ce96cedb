// ObservationTally (observation_tally.h): workers' cumulative event() and target() counts turned
// into campaign totals. Deltas per worker process, a restarted process counted from zero, best
// scores as maxima (a first negative one too), stored rows continued, the label cap, what is dirty.

#include "campaign/observation_tally.h"

#include <QtTest>
#include <string>

using namespace arcwise::campaign;
using arcwise::protocol::Stats;

namespace {

Stats stats(uint64_t runs, std::vector<std::pair<std::string, uint64_t>> events,
            std::vector<std::pair<std::string, double>> targets = {},
            std::vector<std::pair<std::string, uint64_t>> target_counts = {}) {
    Stats s;
    s.target = "T";
    s.runs = runs;
    s.events = std::move(events);
    s.targets = std::move(targets);
    s.target_counts = std::move(target_counts);
    return s;
}

ObservationRow find(const std::vector<ObservationRow>& rows, const char* kind, const char* label) {
    for (const auto& r : rows)
        if (r.kind == QLatin1String(kind) && r.label == QLatin1String(label))
            return r;
    return {};
}

qint64 count(const ObservationTally& tally, qint64 target, const char* kind, const char* label) {
    return find(tally.rows(target), kind, label).count;
}

// Two distinct worker objects (only their addresses matter).
int worker1 = 1, worker2 = 2;
const void* const w1 = &worker1;
const void* const w2 = &worker2;

} // namespace

class TestObservationTally : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void deltasPerWorker() {
        ObservationTally tally;
        tally.merge(w1, 100, 1, stats(10, {{"always", 10}, {"odd", 4}}), 1000);
        tally.merge(w1, 100, 1, stats(25, {{"always", 25}, {"odd", 4}}), 2000);
        // Rows change only when their count does.
        QCOMPARE(find(tally.rows(1), kObservationEvent, "odd").updated_ms, qint64(1000));
        QCOMPARE(find(tally.rows(1), kObservationEvent, "always").updated_ms, qint64(2000));
        tally.merge(w2, 200, 1, stats(5, {{"always", 5}, {"even", 2}}), 3000);
        QCOMPARE(count(tally, 1, kObservationEvent, "always"), qint64(30));
        QCOMPARE(count(tally, 1, kObservationEvent, "odd"), qint64(4));
        QCOMPARE(count(tally, 1, kObservationEvent, "even"), qint64(2));
        // Another target of the same worker is counted apart.
        tally.merge(w1, 100, 2, stats(3, {{"always", 3}}), 4000);
        QCOMPARE(count(tally, 2, kObservationEvent, "always"), qint64(3));
        QCOMPARE(count(tally, 1, kObservationEvent, "always"), qint64(30));
        QVERIFY(tally.rows(3).empty());
    }

    void restartedProcessCountsFromZero() {
        ObservationTally tally;
        tally.merge(w1, 100, 1, stats(50, {{"a", 50}}), 1);
        // The same worker object with another pid (a new object at a reused address).
        tally.merge(w1, 101, 1, stats(60, {{"a", 7}}), 2);
        QCOMPARE(count(tally, 1, kObservationEvent, "a"), qint64(57));
        // The same pid, but runs went down: a process that started counting again.
        tally.merge(w1, 101, 1, stats(3, {{"a", 3}}), 3);
        QCOMPARE(count(tally, 1, kObservationEvent, "a"), qint64(60));
        // A worker forgotten by keep_workers() starts again from zero as well.
        tally.keep_workers({w1});
        tally.merge(w1, 101, 1, stats(4, {{"a", 4}}), 4);
        QCOMPARE(count(tally, 1, kObservationEvent, "a"), qint64(61));
        tally.keep_workers({w2});
        tally.merge(w1, 101, 1, stats(5, {{"a", 5}}), 5);
        QCOMPARE(count(tally, 1, kObservationEvent, "a"), qint64(66));
    }

    void bestScores() {
        ObservationTally tally;
        tally.merge(w1, 1, 1, stats(1, {}, {{"loss", -5.0}, {"", 2.0}}, {{"loss", 1}, {"", 1}}), 1);
        ObservationRow loss = find(tally.rows(1), kObservationTarget, "loss");
        QCOMPARE(loss.best, -5.0); // a first score, even below zero
        QCOMPARE(loss.count, qint64(1));
        tally.merge(w2, 2, 1, stats(1, {}, {{"loss", -7.0}}, {{"loss", 3}}), 2);
        loss = find(tally.rows(1), kObservationTarget, "loss");
        QCOMPARE(loss.best, -5.0);
        QCOMPARE(loss.count, qint64(4));
        tally.merge(w2, 2, 1, stats(2, {}, {{"loss", -1.0}, {"nan", std::nan("")}}, {}), 3);
        QCOMPARE(find(tally.rows(1), kObservationTarget, "loss").best, -1.0);
        QCOMPARE(find(tally.rows(1), kObservationTarget, "").best, 2.0);
        QCOMPARE(tally.rows(1).size(), size_t(2)); // NaN is no score
        // The same label as an event and as a target() label: two rows.
        tally.merge(w1, 1, 1, stats(2, {{"loss", 1}}), 4);
        QCOMPARE(tally.rows(1).size(), size_t(3));
    }

    void continuesFromStoredRows() {
        ObservationTally tally;
        QVERIFY(!tally.loaded(1));
        tally.load(1, {ObservationRow{1, QString::fromLatin1(kObservationEvent),
                                      QStringLiteral("a"), 100, 0, 10},
                       ObservationRow{1, QString::fromLatin1(kObservationTarget),
                                      QStringLiteral("s"), 9, 8.5, 10}});
        QVERIFY(tally.loaded(1));
        QVERIFY(tally.dirty().empty());
        tally.merge(w1, 1, 1, stats(10, {{"a", 10}}, {{"s", 8.0}}, {{"s", 10}}), 20);
        QCOMPARE(count(tally, 1, kObservationEvent, "a"), qint64(110));
        const ObservationRow s = find(tally.rows(1), kObservationTarget, "s");
        QCOMPARE(s.count, qint64(19));
        QCOMPARE(s.best, 8.5);
    }

    void rowsOrderedByKindThenLabel() {
        ObservationTally tally;
        tally.merge(w1, 1, 1, stats(1, {{"b", 1}, {"a", 1}}, {{"z", 1}, {"c", 1}}), 1);
        const auto rows = tally.rows(1);
        QCOMPARE(rows.size(), size_t(4));
        QStringList order;
        for (const auto& r : rows)
            order << r.kind + QLatin1Char(':') + r.label;
        QCOMPARE(order, QStringList({QStringLiteral("event:a"), QStringLiteral("event:b"),
                                     QStringLiteral("target:c"), QStringLiteral("target:z")}));
    }

    void labelCap() {
        ObservationTally tally;
        std::vector<std::pair<std::string, uint64_t>> many;
        for (size_t i = 0; i < ObservationTally::kMaxLabels + 10; ++i)
            many.emplace_back("label " + std::to_string(i), 1);
        tally.merge(w1, 1, 1, stats(1, many, {{"s", 1.0}}, {{"s", 1}}), 1);
        const auto rows = tally.rows(1);
        QCOMPARE(rows.size(), ObservationTally::kMaxLabels + 1); // the target() label still fits
        // A label that got in goes on counting.
        many[0].second = 5;
        tally.merge(w1, 1, 1, stats(2, many), 2);
        QCOMPARE(count(tally, 1, kObservationEvent, "label 0"), qint64(5));
    }

    void dirtyRows() {
        ObservationTally tally;
        tally.merge(w1, 1, 1, stats(1, {{"a", 1}, {"b", 1}}), 1);
        QCOMPARE(tally.dirty().size(), size_t(2));
        QCOMPARE(tally.dirty().size(), size_t(2)); // kept until cleared: a failed write retries
        tally.clear_dirty();
        QVERIFY(tally.dirty().empty());
        // Nothing new: nothing to write.
        tally.merge(w1, 1, 1, stats(2, {{"a", 1}, {"b", 1}}), 2);
        QVERIFY(tally.dirty().empty());
        tally.merge(w1, 1, 1, stats(3, {{"a", 2}, {"b", 1}}), 3);
        const auto dirty = tally.dirty();
        QCOMPARE(dirty.size(), size_t(1));
        QCOMPARE(dirty[0].label, QStringLiteral("a"));
        QCOMPARE(dirty[0].count, qint64(2));
        QCOMPARE(dirty[0].target_id, qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestObservationTally)
#include "tst_observation_tally.moc"
