// The shrinker (shrinker.h) on properties with a known minimal failing example, run in-process on
// the data source. Each property is first falsified by random generation from a fixed seed, then
// shrunk; the result must be the known minimum. Also: the shortlex order, determinism, budgets.

#include "engine/data_source.h"
#include "engine/shrinker.h"

#include <QtTest>
#include <functional>
#include <limits>
#include <numeric>

using namespace arcwise::engine;

namespace {

// A property over drawn values: returns true when it fails.
using Property = std::function<bool(DataSource&)>;

class FunctionOracle final : public ShrinkOracle {
public:
    explicit FunctionOracle(Property p) : property_(std::move(p)) {}
    bool still_fails(const ChoiceSequence& candidate, ChoiceSequence* realised) override {
        DataSource d(&candidate, Extend::Simplest, 0);
        bool failed = false;
        try {
            failed = property_(d);
        } catch (const Overrun&) {
            return false;
        }
        *realised = d.take_realised();
        return failed;
    }

private:
    Property property_;
};

std::vector<int64_t> draw_list(DataSource& d, int64_t lo, int64_t hi, double more = 0.85) {
    d.start_span(label_hash("list"));
    std::vector<int64_t> out;
    for (;;) {
        d.start_span(label_hash("element"));
        if (!d.draw_boolean(more)) {
            d.stop_span();
            break;
        }
        out.push_back(d.draw_signed(lo, hi));
        d.stop_span();
    }
    d.stop_span();
    return out;
}

struct Tree {
    int64_t leaf = 0;
    std::vector<Tree> children;
};

Tree draw_tree(DataSource& d, int depth = 0) {
    d.start_span(label_hash("tree"));
    Tree t;
    if (depth < 6 && d.draw_boolean(0.6)) {
        t.children.push_back(draw_tree(d, depth + 1));
        t.children.push_back(draw_tree(d, depth + 1));
    } else {
        t.leaf = d.draw_signed(0, 100);
    }
    d.stop_span();
    return t;
}

int64_t max_leaf(const Tree& t) {
    int64_t m = t.children.empty() ? t.leaf : 0;
    for (const auto& c : t.children)
        m = std::max(m, max_leaf(c));
    return m;
}

// Generates until the property fails; the failing realised sequence.
ChoiceSequence falsify(const Property& p) {
    for (uint64_t seed = 1; seed < 100000; ++seed) {
        DataSource d(nullptr, Extend::Random, seed);
        bool failed = false;
        try {
            failed = p(d);
        } catch (const Overrun&) {
            continue;
        }
        if (failed)
            return d.take_realised();
    }
    return {};
}

// The values the property draws from the shrunk sequence, one string per choice.
QString describe(const ChoiceSequence& seq) {
    QStringList parts;
    for (const auto& c : seq.choices) {
        switch (c.kind) {
        case ChoiceKind::Integer:
            parts << (c.is_signed ? QString::number(c.as_signed()) : QString::number(c.value));
            break;
        case ChoiceKind::Boolean:
            parts << (c.value ? QStringLiteral("true") : QStringLiteral("false"));
            break;
        case ChoiceKind::Float:
            parts << QString::number(c.real);
            break;
        case ChoiceKind::Bytes:
            parts << QString::fromLatin1(
                QByteArray(c.data.data(), qsizetype(c.data.size())).toHex(' '));
            break;
        default:
            parts << QLatin1Char('"') + QString::fromUtf8(c.data.data(), qsizetype(c.data.size())) +
                         QLatin1Char('"');
        }
    }
    return parts.join(QLatin1Char(' '));
}

QString shrink(const Property& p, ShrinkOptions options = {}) {
    const ChoiceSequence failing = falsify(p);
    if (failing.choices.empty())
        return QStringLiteral("<not falsified>");
    FunctionOracle oracle(p);
    Shrinker s(oracle, failing, options);
    return describe(s.shrink());
}

} // namespace

class TestShrinker : public QObject {
    Q_OBJECT

private slots:
    void knownMinima_data() {
        QTest::addColumn<Property>("property");
        QTest::addColumn<QString>("minimum");
        QTest::newRow("integer toward zero, positive first")
            << Property([](DataSource& d) { return std::abs(d.draw_signed(-1000, 1000)) > 10; })
            << QStringLiteral("11");
        QTest::newRow("negative only")
            << Property([](DataSource& d) { return d.draw_signed(-1000, 1000) < -10; })
            << QStringLiteral("-11");
        QTest::newRow("bounds away from zero")
            << Property([](DataSource& d) { return d.draw_signed(50, 1000) > 70; })
            << QStringLiteral("71");
        QTest::newRow("list sum: one element") << Property([](DataSource& d) {
            const auto xs = draw_list(d, 0, 100);
            return std::accumulate(xs.begin(), xs.end(), int64_t(0)) > 100;
        }) << QStringLiteral("true 1 true 100 false");
        QTest::newRow("lower duplicates together") << Property([](DataSource& d) {
            const int64_t x = d.draw_signed(0, 1000), y = d.draw_signed(0, 1000);
            return x == y && x > 5;
        }) << QStringLiteral("6 6");
        QTest::newRow("redistribute a pair") << Property([](DataSource& d) {
            const int64_t a = d.draw_signed(0, 1000), b = d.draw_signed(0, 1000);
            return a + b > 500;
        }) << QStringLiteral("0 501");
        QTest::newRow("reorder elements") << Property([](DataSource& d) {
            const auto xs = draw_list(d, 0, 100);
            return xs.size() >= 2 && *std::max_element(xs.begin(), xs.end()) >= 5;
        }) << QStringLiteral("true 0 true 5 false");
        QTest::newRow("branch retried from scratch") << Property([](DataSource& d) {
            d.start_span(label_hash("one_of"));
            const uint64_t branch = d.draw_unsigned(0, 2);
            bool failed = false;
            if (branch == 1)
                failed = d.draw_signed(0, 100) > 3;
            else if (branch == 2)
                failed = d.draw_boolean(0.5);
            d.stop_span();
            return failed;
        }) << QStringLiteral("1 4");
        QTest::newRow("tree to a single leaf")
            << Property([](DataSource& d) { return max_leaf(draw_tree(d)) >= 10; })
            << QStringLiteral("false 10");
        QTest::newRow("bytes: delta debugging") << Property([](DataSource& d) {
            const std::string b = d.draw_bytes(0, 200);
            return std::count(b.begin(), b.end(), '\xff') >= 3;
        }) << QStringLiteral("ff ff ff");
        QTest::newRow("text: shortest, simplest characters") << Property([](DataSource& d) {
            return utf8_code_points(d.draw_string(0, 50, 0x10FFFF)).size() >= 3;
        }) << QStringLiteral("\"000\"");
        QTest::newRow("float toward an integer") << Property([](DataSource& d) {
            const double x = d.draw_float(-1e9, 1e9, false, false);
            return x > 1.5;
        }) << QStringLiteral("2");
    }
    void knownMinima() {
        QFETCH(Property, property);
        QFETCH(QString, minimum);
        QCOMPARE(shrink(property), minimum);
    }

    void shortlexOrder() {
        auto seq = [](std::vector<Choice> c) {
            ChoiceSequence s;
            s.choices = std::move(c);
            return s;
        };
        // Fewer choices first.
        QVERIFY(compare_sequences(seq({Choice::integer(99, -100, 100)}),
                                  seq({Choice::integer(0, -100, 100), Choice::boolean(false)})) <
                0);
        // Integers by distance from zero, positive before negative.
        QVERIFY(compare_choices(Choice::integer(1, -9, 9), Choice::integer(-1, -9, 9)) < 0);
        QVERIFY(compare_choices(Choice::integer(-1, -9, 9), Choice::integer(2, -9, 9)) < 0);
        // Text: shorter first, '0' simplest.
        QVERIFY(compare_choices(Choice::string("0"), Choice::string("a")) < 0);
        QVERIFY(compare_choices(Choice::string("z"), Choice::string("00")) < 0);
        QVERIFY(compare_choices(Choice::string("a"), Choice::string(" ")) < 0);
        // Floats: integral before fractional.
        QVERIFY(compare_choices(Choice::floating(100, -1e9, 1e9, false, false),
                                Choice::floating(0.5, -1e9, 1e9, false, false)) < 0);
    }

    void deterministic() {
        const Property p = [](DataSource& d) {
            const auto xs = draw_list(d, -1000, 1000);
            return xs.size() > 3 && xs[1] > xs[2];
        };
        const ChoiceSequence failing = falsify(p);
        FunctionOracle a(p), b(p);
        Shrinker first(a, failing, {}), second(b, failing, {});
        QCOMPARE(first.shrink(), second.shrink());
        QCOMPARE(first.stats().calls, second.stats().calls);
        QVERIFY(first.stats().calls > 0);
        QVERIFY(!first.stats().by_pass.empty());
    }

    void stopsOnTheCallBudget() {
        const Property p = [](DataSource& d) {
            const auto xs = draw_list(d, 0, 1000, 0.95);
            return xs.size() > 10;
        };
        const ChoiceSequence failing = falsify(p);
        FunctionOracle oracle(p);
        ShrinkOptions options;
        options.max_calls = 5;
        Shrinker s(oracle, failing, options);
        s.shrink();
        QVERIFY(s.stats().budget_exhausted);
        QCOMPARE(s.stats().calls, uint64_t(5));
        // What it has is still a failing input.
        ChoiceSequence realised;
        QVERIFY(oracle.still_fails(s.best(), &realised));
    }
};

QTEST_GUILESS_MAIN(TestShrinker)
#include "tst_shrinker.moc"
