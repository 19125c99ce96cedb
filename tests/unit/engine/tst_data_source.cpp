// The data source (data_source.h): replaying a prefix gives back exactly its values and records
// them; past the prefix it generates randomly (reproducibly per seed) or with the simplest values;
// a prefix choice of another kind is not reused; bounds always hold; spans nest; limits overrun.

#include "engine/data_source.h"

#include <QtTest>
#include <cmath>
#include <limits>
#include <set>

using namespace arcwise::engine;

class TestDataSource : public QObject {
    Q_OBJECT

private slots:
    void replaysPrefixExactly() {
        ChoiceSequence prefix;
        prefix.choices = {Choice::integer(-7, -100, 100), Choice::boolean(true),
                          Choice::floating(2.5, -10, 10, false, false), Choice::bytes("ab", 0, 10),
                          Choice::string("hé", 0, 10)};
        DataSource d(&prefix, Extend::Random, 1);
        QCOMPARE(d.draw_signed(-100, 100), -7);
        QCOMPARE(d.draw_boolean(0.5), true);
        QCOMPARE(d.draw_float(-10, 10, false, false), 2.5);
        QCOMPARE(d.draw_bytes(0, 10), std::string("ab"));
        QCOMPARE(d.draw_string(0, 10, 0x10FFFF), std::string("hé"));
        QCOMPARE(d.realised().choices, prefix.choices);
        QVERIFY(!d.misaligned());
    }

    void clampsPrefixValuesIntoNewBounds() {
        ChoiceSequence prefix;
        prefix.choices = {Choice::integer(500, -1000, 1000), Choice::string("héllo", 0, 10)};
        DataSource d(&prefix, Extend::Random, 1);
        QCOMPARE(d.draw_signed(0, 10), 10);
        QCOMPARE(d.draw_string(0, 3, 0x7F), std::string("h?l"));
    }

    void simplestPastThePrefix() {
        DataSource d(nullptr, Extend::Simplest, 1);
        QCOMPARE(d.draw_signed(-5, 5), 0);
        QCOMPARE(d.draw_signed(3, 9), 3);
        QCOMPARE(d.draw_signed(-9, -3), -3);
        QCOMPARE(d.draw_unsigned(4, 8), uint64_t(4));
        QCOMPARE(d.draw_boolean(0.99), false);
        QCOMPARE(d.draw_float(-1, 1, true, true), 0.0);
        QCOMPARE(d.draw_float(2, 3, false, false), 2.0);
        QCOMPARE(d.draw_bytes(2, 5), std::string(2, '\0'));
        QCOMPARE(d.draw_string(3, 5, 0x10FFFF), std::string("000"));
        QCOMPARE(d.realised().choices.size(), size_t(9));
    }

    void otherKindIsNotReused() {
        ChoiceSequence prefix;
        prefix.choices = {Choice::boolean(true), Choice::integer(42, 0, 100)};
        DataSource d(&prefix, Extend::Simplest, 1);
        QCOMPARE(d.draw_signed(0, 100), 0); // a boolean where an integer is drawn
        QVERIFY(d.misaligned());
        QCOMPARE(d.draw_signed(0, 100), 42); // position 1 still lines up
    }

    void generationIsReproduciblePerSeed() {
        auto run = [](uint64_t seed) {
            DataSource d(nullptr, Extend::Random, seed);
            for (int i = 0; i < 50; ++i) {
                d.draw_signed(-1000, 1000);
                d.draw_float(-std::numeric_limits<double>::infinity(),
                             std::numeric_limits<double>::infinity(), true, true);
                d.draw_string(0, 20, 0x10FFFF);
            }
            return d.take_realised();
        };
        QCOMPARE(run(7), run(7));
        QVERIFY(!(run(7) == run(8)));
    }

    void generatedValuesStayInBoundsAndReachEdges() {
        std::set<int64_t> ints;
        bool nan = false, inf = false, negzero = false, subnormal = false;
        for (uint64_t seed = 0; seed < 3000; ++seed) {
            DataSource d(nullptr, Extend::Random, seed);
            const int64_t v = d.draw_signed(-50, 50);
            QVERIFY(v >= -50 && v <= 50);
            ints.insert(v);
            const double f = d.draw_float(-std::numeric_limits<double>::infinity(),
                                          std::numeric_limits<double>::infinity(), true, true);
            nan |= std::isnan(f);
            inf |= std::isinf(f);
            negzero |= f == 0 && std::signbit(f);
            subnormal |= std::fpclassify(f) == FP_SUBNORMAL;
            const double g = d.draw_float(1, 2, false, false);
            QVERIFY(g >= 1 && g <= 2);
            const std::string s = d.draw_string(2, 4, 0x7F);
            QVERIFY(s.size() >= 2 && s.size() <= 4);
            for (char c : s)
                QVERIFY(static_cast<unsigned char>(c) < 0x80);
            const uint64_t u = d.draw_unsigned(10, 12);
            QVERIFY(u >= 10 && u <= 12);
        }
        QVERIFY(ints.count(-50) && ints.count(50) && ints.count(0));
        QVERIFY(ints.size() > 90);
        QVERIFY(nan && inf && negzero && subnormal);
    }

    void spansNestAndCloseOnTake() {
        DataSource d(nullptr, Extend::Simplest, 1);
        d.start_span(label_hash("list"));
        d.start_span(label_hash("element"));
        d.draw_boolean(0.5);
        d.draw_signed(0, 9);
        d.stop_span();
        d.start_span(label_hash("element"));
        d.draw_boolean(0.5);
        const ChoiceSequence seq = d.take_realised(); // the outer and last spans still open
        QCOMPARE(seq.spans.size(), size_t(3));
        QCOMPARE(seq.spans[0], (Span{0, 3, label_hash("list"), 0}));
        QCOMPARE(seq.spans[1], (Span{0, 2, label_hash("element"), 1}));
        QCOMPARE(seq.spans[2], (Span{2, 3, label_hash("element"), 1}));
    }

    void overrunsPastTheLimit() {
        DataSource d(nullptr, Extend::Random, 1, DataSource::Limits{10, 1000});
        bool overrun = false;
        try {
            for (int i = 0; i < 11; ++i)
                d.draw_boolean(0.5);
        } catch (const Overrun&) {
            overrun = true;
        }
        QVERIFY(overrun);
        QCOMPARE(d.realised().choices.size(), size_t(10));
    }
};

QTEST_GUILESS_MAIN(TestDataSource)
#include "tst_data_source.moc"
