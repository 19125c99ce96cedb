// Hit-count buckets and feature ids (features.h), and the random generator (rng.h).

#include "engine/features.h"
#include "engine/rng.h"

#include <QtTest>
#include <cstdint>
#include <set>
#include <vector>

using namespace arcwise::engine;

// The bucketing is usable at compile time.
static_assert(hit_bucket(1) == 0 && hit_bucket(255) == 7);
static_assert(counter_feature(2, 3) == 18);

class TestRngFeatures : public QObject {
    Q_OBJECT

private slots:
    void hitBucket_data();
    void hitBucket();
    void everyCountHasABucket();
    void counterFeature_data();
    void counterFeature();
    void counterFeaturesAreDistinct();

    void rngDeterministic();
    void rngSeedsDiffer();
    void between_data();
    void between();
    void below_data();
    void below();
    void belowIsRoughlyUniform();
    void oneInCoinUnit();
};

void TestRngFeatures::hitBucket_data() {
    QTest::addColumn<int>("count");
    QTest::addColumn<uint>("bucket");

    const std::pair<int, uint> rows[] = {{1, 0},   {2, 1},   {3, 2},  {4, 3},  {7, 3},
                                         {8, 4},   {15, 4},  {16, 5}, {31, 5}, {32, 6},
                                         {127, 6}, {128, 7}, {255, 7}};
    for (const auto& [count, bucket] : rows)
        QTest::addRow("%d", count) << count << bucket;
}

void TestRngFeatures::hitBucket() {
    QFETCH(int, count);
    QFETCH(uint, bucket);
    QCOMPARE(hit_bucket(uint8_t(count)), bucket);
}

void TestRngFeatures::everyCountHasABucket() {
    // Buckets are 0..7 and never go down as the count grows.
    unsigned previous = 0;
    for (int count = 1; count <= 255; ++count) {
        const unsigned bucket = hit_bucket(uint8_t(count));
        QVERIFY(bucket <= 7);
        QVERIFY(bucket >= previous);
        QVERIFY(bucket <= previous + 1);
        previous = bucket;
    }
    QCOMPARE(previous, 7u);
}

void TestRngFeatures::counterFeature_data() {
    QTest::addColumn<uint>("index");
    QTest::addColumn<int>("count");
    QTest::addColumn<uint>("feature");

    QTest::newRow("first counter, once") << 0u << 1 << 0u;
    QTest::newRow("first counter, saturated") << 0u << 255 << 7u;
    QTest::newRow("second counter, once") << 1u << 1 << 8u;
    QTest::newRow("counter 5, 4 hits") << 5u << 4 << 43u;
    QTest::newRow("counter 1000, 20 hits") << 1000u << 20 << 8005u;
    QTest::newRow("large index") << 0x1dffffffu << 128 << (0x1dffffffu * 8u + 7u);
}

void TestRngFeatures::counterFeature() {
    QFETCH(uint, index);
    QFETCH(int, count);
    QFETCH(uint, feature);
    QCOMPARE(counter_feature(index, uint8_t(count)), feature);
}

void TestRngFeatures::counterFeaturesAreDistinct() {
    std::set<uint32_t> seen;
    for (uint32_t index = 0; index < 64; ++index) {
        for (int count : {1, 2, 3, 4, 8, 16, 32, 128}) {
            const uint32_t feature = counter_feature(index, uint8_t(count));
            QVERIFY(seen.insert(feature).second);
            QVERIFY(feature < kExtraFeatureBase);
        }
    }
    QCOMPARE(seen.size(), size_t(64 * 8));
    // Counts in the same bucket give the same feature.
    QCOMPARE(counter_feature(9, 4), counter_feature(9, 7));
    QCOMPARE(counter_feature(9, 32), counter_feature(9, 127));
    QVERIFY(counter_feature(0x1dffffff, 255) < kExtraFeatureBase);
}

void TestRngFeatures::rngDeterministic() {
    Rng a(42), b(42);
    std::vector<uint64_t> first;
    for (int i = 0; i < 1000; ++i) {
        const uint64_t x = a.next();
        QCOMPARE(b.next(), x);
        first.push_back(x);
    }
    a.reseed(42);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(a.next(), first[size_t(i)]);

    // Derived draws follow the same stream.
    Rng c(7), d(7);
    for (int i = 0; i < 1000; ++i) {
        QCOMPARE(c.below(1000), d.below(1000));
        QCOMPARE(c.between(5, 50), d.between(5, 50));
        QCOMPARE(c.coin(), d.coin());
        QCOMPARE(c.unit(), d.unit());
    }
}

void TestRngFeatures::rngSeedsDiffer() {
    // Seed 0 is a valid seed (the state is never all zero) and nearby seeds give unrelated
    // streams.
    std::set<uint64_t> firsts;
    for (uint64_t seed = 0; seed < 100; ++seed) {
        Rng rng(seed);
        const uint64_t x = rng.next();
        QVERIFY(x != 0 || rng.next() != 0);
        firsts.insert(x);
    }
    QCOMPARE(firsts.size(), size_t(100));

    Rng zero;
    std::set<uint64_t> values;
    for (int i = 0; i < 100; ++i)
        values.insert(zero.next());
    QCOMPARE(values.size(), size_t(100));
}

void TestRngFeatures::between_data() {
    QTest::addColumn<quint64>("lo");
    QTest::addColumn<quint64>("hi");

    QTest::newRow("single value 0") << quint64(0) << quint64(0);
    QTest::newRow("single value 10") << quint64(10) << quint64(10);
    QTest::newRow("0..1") << quint64(0) << quint64(1);
    QTest::newRow("5..9") << quint64(5) << quint64(9);
    QTest::newRow("1..16") << quint64(1) << quint64(16);
    QTest::newRow("top of the range") << quint64(UINT64_MAX - 3) << quint64(UINT64_MAX);
    QTest::newRow("everything") << quint64(0) << quint64(UINT64_MAX);
    QTest::newRow("all but zero") << quint64(1) << quint64(UINT64_MAX);
    QTest::newRow("wide") << quint64(1000) << quint64(1000) + (quint64(1) << 40);
}

void TestRngFeatures::between() {
    QFETCH(quint64, lo);
    QFETCH(quint64, hi);
    Rng rng(lo ^ hi);
    std::set<quint64> seen;
    for (int i = 0; i < 20000; ++i) {
        const quint64 x = rng.between(lo, hi);
        QVERIFY(x >= lo);
        QVERIFY(x <= hi);
        if (seen.size() < 64)
            seen.insert(x);
    }
    // Small ranges are covered completely.
    if (hi - lo < 16)
        QCOMPARE(seen.size(), size_t(hi - lo + 1));
    else
        QVERIFY(seen.size() >= 16);
}

void TestRngFeatures::below_data() {
    QTest::addColumn<quint64>("n");
    for (quint64 n : {quint64(1), quint64(2), quint64(3), quint64(10), quint64(256),
                      quint64(1) << 32, (quint64(1) << 63) + 1, quint64(UINT64_MAX)})
        QTest::addRow("%llu", static_cast<unsigned long long>(n)) << n;
}

void TestRngFeatures::below() {
    QFETCH(quint64, n);
    Rng rng(n);
    std::set<quint64> seen;
    for (int i = 0; i < 20000; ++i) {
        const quint64 x = rng.below(n);
        QVERIFY(x < n);
        if (seen.size() < 300)
            seen.insert(x);
    }
    if (n <= 256)
        QCOMPARE(seen.size(), size_t(n));
    else
        QVERIFY(seen.size() >= 256);
}

void TestRngFeatures::belowIsRoughlyUniform() {
    Rng rng(99);
    int counts[10] = {};
    constexpr int kDraws = 100000;
    for (int i = 0; i < kDraws; ++i)
        ++counts[rng.below(10)];
    for (int count : counts) {
        QVERIFY2(count > kDraws / 10 * 9 / 10 && count < kDraws / 10 * 11 / 10,
                 QByteArray::number(count).constData());
    }
}

void TestRngFeatures::oneInCoinUnit() {
    Rng rng(5);
    int heads = 0, ones = 0;
    double min = 1, max = 0;
    for (int i = 0; i < 10000; ++i) {
        QVERIFY(rng.one_in(1));
        heads += rng.coin();
        ones += rng.one_in(4);
        const double u = rng.unit();
        QVERIFY(u >= 0.0);
        QVERIFY(u < 1.0);
        min = std::min(min, u);
        max = std::max(max, u);
    }
    QVERIFY2(heads > 4500 && heads < 5500, QByteArray::number(heads).constData());
    QVERIFY2(ones > 2200 && ones < 2800, QByteArray::number(ones).constData());
    QVERIFY(min < 0.01);
    QVERIFY(max > 0.99);
}

QTEST_APPLESS_MAIN(TestRngFeatures)
#include "tst_rng_features.moc"
