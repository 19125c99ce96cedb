// Mutation of choice sequences (choice_mutator.h). Typed mutations must keep every choice within
// its bounds while reaching the values that matter (bounds, zero, special floats, comparison
// operands); span edits must leave the spans describing the choices; a libFuzzer input (one Bytes
// choice) must mutate exactly as the byte mutators alone would mutate it. All runs use fixed seeds.

#include "engine/byte_mutator.h"
#include "engine/choice_mutator.h"
#include "engine/cmp_log.h"
#include "engine/rng.h"
#include "engine/serialize.h"

#include <QtTest>
#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <set>
#include <string>
#include <vector>

using namespace arcwise::engine;

// QVERIFY2 builds its message even when the check passes; in loops of thousands of mutations that
// dominates the run time. CHECK builds it only on failure.
#define CHECK(condition, message)                                                                  \
    do {                                                                                           \
        if (!(condition))                                                                          \
            QFAIL(QByteArray(QByteArray(#condition) + ": " + (message)).constData());              \
    } while (false)

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kMax = std::numeric_limits<double>::max();
constexpr double kLowest = std::numeric_limits<double>::lowest();

QByteArray to_qt(const std::string& s) {
    return QByteArray(s.data(), qsizetype(s.size()));
}

QByteArray describe(const Choice& c) {
    QByteArray out = kind_name(c.kind);
    out += " value=" + QByteArray::number(qulonglong(c.value));
    out += " bounds=[" + QByteArray::number(qulonglong(c.min)) + "," +
           QByteArray::number(qulonglong(c.max)) + "]";
    out += " real=" + QByteArray::number(c.real, 'g', 17);
    out += " real bounds=[" + QByteArray::number(c.real_min, 'g', 17) + "," +
           QByteArray::number(c.real_max, 'g', 17) + "]";
    out += " data=" + to_qt(c.data).toHex();
    return out;
}

// A mutator with its context; a comparison log only when asked for.
struct Harness {
    Rng rng;
    CmpLog cmp;
    ByteMutator bytes;
    ChoiceMutator mutator;

    explicit Harness(uint64_t seed, bool with_cmp = false)
        : rng(seed), bytes(rng, nullptr, nullptr, with_cmp ? &cmp : nullptr),
          mutator(rng, bytes, with_cmp ? &cmp : nullptr) {}
};

// The names of the typed mutations of single choices (everything but span edits).
bool is_span_edit(const char* name) {
    return std::strcmp(name, "SpliceSpan") == 0 || std::strcmp(name, "DeleteSpan") == 0 ||
           std::strcmp(name, "DuplicateSpan") == 0;
}

// Spans lie within the choices, begin <= end, and two spans are either disjoint or nested.
QByteArray span_violation(const ChoiceSequence& seq) {
    for (const Span& s : seq.spans) {
        if (s.begin > s.end || s.end > seq.choices.size())
            return "span [" + QByteArray::number(s.begin) + "," + QByteArray::number(s.end) +
                   ") with " + QByteArray::number(qulonglong(seq.choices.size())) + " choices";
    }
    for (const Span& a : seq.spans) {
        for (const Span& b : seq.spans) {
            const bool disjoint = a.end <= b.begin || b.end <= a.begin;
            const bool nested =
                (a.begin >= b.begin && a.end <= b.end) || (b.begin >= a.begin && b.end <= a.end);
            if (!disjoint && !nested)
                return "spans [" + QByteArray::number(a.begin) + "," + QByteArray::number(a.end) +
                       ") and [" + QByteArray::number(b.begin) + "," + QByteArray::number(b.end) +
                       ") overlap without nesting";
        }
    }
    return {};
}

// Valid UTF-8 (shortest forms, no surrogates, at most U+10FFFF).
bool valid_utf8(const std::string& s) {
    size_t i = 0;
    while (i < s.size()) {
        const auto lead = static_cast<uint8_t>(s[i]);
        size_t n = 0;
        uint32_t cp = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            n = 1;
            cp = lead & 0x1F;
        } else if ((lead & 0xF0) == 0xE0) {
            n = 2;
            cp = lead & 0x0F;
        } else if ((lead & 0xF8) == 0xF0) {
            n = 3;
            cp = lead & 0x07;
        } else {
            return false;
        }
        if (i + n >= s.size())
            return false;
        for (size_t k = 1; k <= n; ++k) {
            const auto byte = static_cast<uint8_t>(s[i + k]);
            if ((byte & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (byte & 0x3F);
        }
        const uint32_t smallest[] = {0, 0x80, 0x800, 0x10000};
        if (cp < smallest[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += n + 1;
    }
    return true;
}

// A sequence as a property test records it: a top-level span over everything, nested spans for
// the values drawn inside it, and one empty span (a value that drew nothing).
ChoiceSequence nested_sequence() {
    ChoiceSequence seq;
    seq.choices = {
        Choice::integer(3, -10, 10),                  // 0
        Choice::boolean(true),                        // 1
        Choice::bytes("abc", 0, 16),                  // 2
        Choice::unsigned_integer(7, 0, 1000),         // 3
        Choice::floating(0.5, -1, 1, false, false),   // 4
        Choice::string("h\xc3\xa9llo", 1, 8),         // 5
        Choice::integer(-4, -100, 100),               // 6
        Choice::boolean(false),                       // 7
        Choice::bytes(std::string("\0x\0", 3), 1, 8), // 8
    };
    seq.spans = {
        {0, 9, 1, 0}, // the whole test case
        {0, 3, 2, 1}, // a tuple
        {1, 3, 3, 2}, //   its second half
        {3, 6, 2, 1}, // another tuple, same label
        {3, 4, 4, 2}, //   a single integer
        {5, 6, 5, 2}, //   a string
        {6, 9, 6, 1}, // a list
        {6, 7, 7, 2}, //   element
        {7, 9, 7, 2}, //   element
        {9, 9, 8, 1}, // a value that drew nothing
    };
    return seq;
}

ChoiceSequence partner_sequence() {
    ChoiceSequence seq;
    seq.choices = {Choice::integer(-9, -10, 10), Choice::boolean(false), Choice::bytes("zz", 0, 16),
                   Choice::unsigned_integer(999, 0, 1000), Choice::string("\xe2\x9c\x93", 1, 8)};
    seq.spans = {{0, 5, 1, 0}, {0, 3, 2, 1}, {3, 4, 4, 1}, {4, 5, 5, 1}, {1, 2, 3, 2}};
    return seq;
}

} // namespace

class TestChoiceMutator : public QObject {
    Q_OBJECT

private slots:
    void integers_data();
    void integers();
    void integersUseComparisonOperands();
    void booleansFlip();
    void floats_data();
    void floats();
    void bytesAndStrings_data();
    void bytesAndStrings();
    void stringsStayUtf8();
    void stringBoundsCountCodePoints();

    void spansStayConsistent_data();
    void spansStayConsistent();
    void nothingMutatedAfterDeletingEverything();
    void emptySequence();

    void singleBytes_data();
    void singleBytes();
    void singleBytesIsLibFuzzerMutation();

    void deterministic();
};

void TestChoiceMutator::integers_data() {
    QTest::addColumn<bool>("isSigned");
    QTest::addColumn<qulonglong>("value");
    QTest::addColumn<qulonglong>("min");
    QTest::addColumn<qulonglong>("max");
    QTest::addColumn<qulonglong>("seed");

    using I = std::numeric_limits<int64_t>;
    using U = std::numeric_limits<uint64_t>;
    const auto s = [](const char* name, int64_t value, int64_t min, int64_t max, uint64_t seed) {
        QTest::newRow(name) << true << qulonglong(value) << qulonglong(min) << qulonglong(max)
                            << qulonglong(seed);
    };
    const auto u = [](const char* name, uint64_t value, uint64_t min, uint64_t max, uint64_t seed) {
        QTest::newRow(name) << false << qulonglong(value) << qulonglong(min) << qulonglong(max)
                            << qulonglong(seed);
    };
    s("signed small", 3, -10, 10, 1);
    s("signed small, other seed", 3, -10, 10, 77);
    s("signed full range", 0, I::min(), I::max(), 2);
    s("signed lower half", -1, I::min(), 0, 3);
    s("signed upper half", 1, 0, I::max(), 4);
    s("signed negative only", -7, -1000, -5, 5);
    s("signed positive only", 15, 10, 20, 6);
    s("signed single value", 7, 7, 7, 7);
    s("signed near INT64_MIN", I::min() + 2, I::min(), I::min() + 5, 8);
    s("signed near INT64_MAX", I::max() - 2, I::max() - 5, I::max(), 9);
    u("unsigned full range", 12345, 0, U::max(), 10);
    u("unsigned byte", 200, 0, 255, 11);
    u("unsigned small", 6, 5, 9, 12);
    u("unsigned near UINT64_MAX", U::max() - 1, U::max() - 10, U::max(), 13);
    u("unsigned above 2^63", uint64_t(1) << 63, uint64_t(1) << 63, (uint64_t(1) << 63) + 100, 14);
}

void TestChoiceMutator::integers() {
    QFETCH(bool, isSigned);
    QFETCH(qulonglong, value);
    QFETCH(qulonglong, min);
    QFETCH(qulonglong, max);
    QFETCH(qulonglong, seed);

    Harness h(seed);
    Choice c = isSigned ? Choice::integer(int64_t(value), int64_t(min), int64_t(max))
                        : Choice::unsigned_integer(value, min, max);
    QVERIFY(c.in_bounds());
    const bool zero_in_range = isSigned ? int64_t(min) <= 0 && int64_t(max) >= 0 : min == 0;
    bool reached_min = false, reached_max = false, reached_zero = false;
    std::set<uint64_t> distinct;
    for (int i = 0; i < 10000; ++i) {
        const uint64_t before = c.value;
        const bool changed = h.mutator.mutate_choice(c, 4096);
        CHECK(c.in_bounds(), describe(c));
        CHECK(c.kind == ChoiceKind::Integer && c.is_signed == isSigned && c.min == min &&
                  c.max == max,
              describe(c));
        CHECK(changed == (c.value != before), describe(c));
        reached_min |= c.value == min;
        reached_max |= c.value == max;
        reached_zero |= c.value == 0;
        distinct.insert(c.value);
    }
    QVERIFY(reached_min);
    QVERIFY(reached_max);
    QCOMPARE(reached_zero, zero_in_range);
    // Not stuck on the boundaries: a wide range sees many values.
    const uint64_t width = max - min;
    const uint64_t expected = width >= 999 ? 1000 : width + 1;
    QVERIFY2(distinct.size() * 4 >= expected * 3,
             QByteArray::number(qulonglong(distinct.size())).constData());
}

void TestChoiceMutator::integersUseComparisonOperands() {
    // The target compared the value with 98765 (and 1234 with 4321): those operands are tried.
    Harness h(21, true);
    h.cmp.add_int(0x10, 1234, 98765, 4);
    h.cmp.add_int(0x20, 4321, 1234, 2);
    Choice c = Choice::unsigned_integer(0, 0, 1000000);
    std::set<uint64_t> seen;
    for (int i = 0; i < 20000; ++i) {
        h.mutator.mutate_choice(c, 64);
        CHECK(c.in_bounds(), describe(c));
        seen.insert(c.value);
    }
    QVERIFY(seen.count(98765));
    QVERIFY(seen.count(4321));

    // An operand outside the bounds is clamped, never kept.
    Harness out(22, true);
    out.cmp.add_int(0x30, 5, uint64_t(-1), 8);
    Choice small = Choice::integer(0, -3, 3);
    for (int i = 0; i < 5000; ++i) {
        out.mutator.mutate_choice(small, 64);
        CHECK(small.in_bounds(), describe(small));
    }
}

void TestChoiceMutator::booleansFlip() {
    Harness h(3);
    Choice c = Choice::boolean(false);
    for (int i = 0; i < 100; ++i) {
        const bool before = c.value != 0;
        QVERIFY(h.mutator.mutate_choice(c, 16));
        QCOMPARE(c.value != 0, !before);
        QVERIFY(c.in_bounds());
        QCOMPARE(h.mutator.applied().back(), "FlipBoolean");
    }
}

void TestChoiceMutator::floats_data() {
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<bool>("allowNan");
    QTest::addColumn<bool>("allowInfinity");
    QTest::addColumn<double>("start");

    QTest::newRow("[-1,1]") << -1.0 << 1.0 << false << false << 0.25;
    QTest::newRow("[-1,1], NaN and infinities") << -1.0 << 1.0 << true << true << 0.25;
    QTest::newRow("[-1,1], NaN only") << -1.0 << 1.0 << true << false << 0.25;
    QTest::newRow("[-1,1], infinities only") << -1.0 << 1.0 << false << true << 0.25;
    QTest::newRow("[0,1e300]") << 0.0 << 1e300 << false << false << 1.0;
    QTest::newRow("[1e-300,2e-300]") << 1e-300 << 2e-300 << false << false << 1.5e-300;
    QTest::newRow("single value") << 2.5 << 2.5 << false << false << 2.5;
    QTest::newRow("unbounded, everything allowed") << -kInf << kInf << true << true << 0.0;
    QTest::newRow("unbounded, finite only") << -kInf << kInf << false << false << 0.0;
    QTest::newRow("half-bounded, finite only") << 0.0 << kInf << false << false << 1.0;
    QTest::newRow("all finite doubles") << kLowest << kMax << false << false << 0.0;
    QTest::newRow("all finite doubles, infinities") << kLowest << kMax << false << true << 0.0;
}

void TestChoiceMutator::floats() {
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(bool, allowNan);
    QFETCH(bool, allowInfinity);
    QFETCH(double, start);

    for (uint64_t seed : {1, 2}) {
        Harness h(seed);
        Choice c = Choice::floating(start, min, max, allowNan, allowInfinity);
        QVERIFY(c.in_bounds());
        bool nan = false, pos_inf = false, neg_inf = false;
        std::set<uint64_t> distinct;
        for (int i = 0; i < 10000; ++i) {
            const uint64_t before = std::bit_cast<uint64_t>(c.real);
            const bool changed = h.mutator.mutate_choice(c, 64);
            CHECK(changed == (std::bit_cast<uint64_t>(c.real) != before), describe(c));
            CHECK(c.in_bounds(), describe(c));
            if (std::isnan(c.real)) {
                CHECK(allowNan, describe(c));
                nan = true;
            } else if (std::isinf(c.real)) {
                CHECK(allowInfinity, describe(c));
                (c.real > 0 ? pos_inf : neg_inf) = true;
            } else {
                CHECK(c.real >= min && c.real <= max, describe(c));
            }
            CHECK(c.real_min == min && c.real_max == max, describe(c));
            distinct.insert(std::bit_cast<uint64_t>(c.real));
            // Start over now and then so that NaN or an infinity does not stick.
            if (i % 50 == 49)
                c.real = start;
        }
        QCOMPARE(nan, allowNan);
        QCOMPARE(pos_inf, allowInfinity);
        QCOMPARE(neg_inf, allowInfinity);
        if (min < max)
            QVERIFY2(distinct.size() >= 50,
                     QByteArray::number(qulonglong(distinct.size())).constData());
    }
}

void TestChoiceMutator::bytesAndStrings_data() {
    QTest::addColumn<bool>("isString");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qulonglong>("min");
    QTest::addColumn<qulonglong>("max");
    QTest::addColumn<qulonglong>("maxSize");

    QTest::newRow("bytes [0,16]") << false << QByteArray("abc") << 0ull << 16ull << 64ull;
    QTest::newRow("bytes [2,5]") << false << QByteArray("abcd") << 2ull << 5ull << 64ull;
    QTest::newRow("bytes max_size below max")
        << false << QByteArray("ab") << 0ull << 100ull << 6ull;
    QTest::newRow("bytes with NULs") << false << QByteArray(4, '\0') << 4ull << 4ull << 64ull;
    QTest::newRow("string [1,8]") << true << QByteArray("hello") << 1ull << 8ull << 64ull;
    QTest::newRow("string of multi-byte characters")
        << true << QByteArray("\xc3\xa9\xc3\xa9\xc3\xa9") << 0ull << 3ull << 64ull;
    QTest::newRow("string of 4-byte characters")
        << true << QByteArray("\xf0\x9d\x84\x9e\xf0\x9d\x84\x9e") << 2ull << 4ull << 64ull;
}

void TestChoiceMutator::bytesAndStrings() {
    QFETCH(bool, isString);
    QFETCH(QByteArray, data);
    QFETCH(qulonglong, min);
    QFETCH(qulonglong, max);
    QFETCH(qulonglong, maxSize);

    const std::string original(data.constData(), size_t(data.size()));
    Harness h(5);
    Choice c = isString ? Choice::string(original, min, max) : Choice::bytes(original, min, max);
    QVERIFY(c.in_bounds());
    std::set<std::string> distinct;
    for (int i = 0; i < 5000; ++i) {
        const std::string before = c.data;
        const bool changed = h.mutator.mutate_choice(c, maxSize);
        CHECK(changed == (c.data != before), describe(c));
        CHECK(c.in_bounds(), describe(c));
        if (!isString)
            CHECK(c.data.size() <= std::max<size_t>(maxSize, min), describe(c));
        QVERIFY(!h.mutator.applied().empty());
        distinct.insert(c.data);
        if (i % 20 == 19)
            c.data = original;
    }
    QVERIFY(distinct.size() >= 20);
}

void TestChoiceMutator::stringsStayUtf8() {
    // A String choice holds UTF-8 (choice.h): mutated strings must still be UTF-8 with their
    // code-point count within bounds, and a bound in code points must not cut multi-byte text.
    Harness h(8);
    const std::string original = "\xc3\xa9t\xc3\xa9 \xe2\x9c\x93 \xf0\x9d\x84\x9e";
    Choice c = Choice::string(original, 1, 8);
    QVERIFY(c.in_bounds());
    QVERIFY(valid_utf8(c.data));
    int invalid = 0;
    QByteArray example;
    for (int i = 0; i < 2000; ++i) {
        h.mutator.mutate_choice(c, 64);
        CHECK(c.in_bounds(), describe(c));
        if (!valid_utf8(c.data)) {
            ++invalid;
            example = to_qt(c.data).toHex(' ');
        }
        c.data = original;
    }
    QVERIFY2(invalid == 0, QByteArray(QByteArray::number(invalid) +
                                      " of 2000 mutants are not UTF-8, e.g. " + example)
                               .constData());
}

void TestChoiceMutator::stringBoundsCountCodePoints() {
    // "ééé" is 3 code points in 6 bytes: with a bound of 3 code points, mutants that keep the
    // length (changing a byte, a bit, shuffling) keep all 6 bytes. A bound in code points is not a
    // bound in bytes.
    Harness h(12);
    const std::string original = "\xc3\xa9\xc3\xa9\xc3\xa9";
    int longer = 0;
    for (int i = 0; i < 2000; ++i) {
        Choice c = Choice::string(original, 0, 3);
        h.mutator.mutate_choice(c, 64);
        CHECK(c.in_bounds(), describe(c));
        longer += c.data.size() > 3;
    }
    QVERIFY2(longer > 100, QByteArray::number(longer).constData());
}

void TestChoiceMutator::spansStayConsistent_data() {
    QTest::addColumn<qulonglong>("seed");
    QTest::addColumn<bool>("withPartner");

    for (uint64_t seed : {1, 2, 3, 4})
        QTest::addRow("seed %llu with partner", qulonglong(seed)) << qulonglong(seed) << true;
    for (uint64_t seed : {5, 6})
        QTest::addRow("seed %llu alone", qulonglong(seed)) << qulonglong(seed) << false;
}

void TestChoiceMutator::spansStayConsistent() {
    QFETCH(qulonglong, seed);
    QFETCH(bool, withPartner);

    Harness h(seed);
    const ChoiceSequence original = nested_sequence();
    const ChoiceSequence partner = partner_sequence();
    QCOMPARE(span_violation(original), QByteArray());
    QCOMPARE(span_violation(partner), QByteArray());
    ChoiceSequence seq = original;
    std::set<const char*> kinds;
    std::set<size_t> sizes;
    for (int i = 0; i < 10000; ++i) {
        h.mutator.mutate(seq, withPartner ? &partner : nullptr, 64);
        for (const char* name : h.mutator.applied())
            kinds.insert(name);
        const QByteArray violation = span_violation(seq);
        CHECK(violation.isEmpty(), violation);
        for (const Choice& c : seq.choices)
            CHECK(c.in_bounds(), describe(c));
        // Mutated sequences still round-trip through the storage format.
        if (i % 100 == 0) {
            std::string error;
            const auto back = deserialize(serialize(seq), &error);
            QVERIFY2(back.has_value(), error.c_str());
            QCOMPARE(back->spans.size(), seq.spans.size());
        }
        sizes.insert(seq.choices.size());
        // Keep the sequence from growing without end (or staying empty).
        if (seq.choices.size() > 64 || seq.choices.empty() || i % 500 == 499)
            seq = original;
    }
    // All the span edits happened, and they changed the shape of the sequence.
    for (const char* edit : {"DeleteSpan", "DuplicateSpan", "SpliceSpan"}) {
        if (!withPartner && std::strcmp(edit, "SpliceSpan") == 0)
            continue;
        QVERIFY2(std::any_of(kinds.begin(), kinds.end(),
                             [edit](const char* name) { return std::strcmp(name, edit) == 0; }),
                 edit);
    }
    if (!withPartner)
        QVERIFY(std::none_of(kinds.begin(), kinds.end(), [](const char* name) {
            return std::strcmp(name, "SpliceSpan") == 0;
        }));
    QVERIFY(sizes.size() > 5);
}

void TestChoiceMutator::nothingMutatedAfterDeletingEverything() {
    // One choice under one span. Once DeleteSpan removed it, the sequence has no choices: no later
    // round of the same mutate() call may mutate "a choice" (there is none to mutate).
    int deleted = 0;
    for (uint64_t seed = 1; seed <= 20; ++seed) {
        Harness h(seed);
        for (int i = 0; i < 200; ++i) {
            ChoiceSequence seq;
            seq.choices = {Choice::integer(1, -5, 5)};
            seq.spans = {{0, 1, 1, 0}};
            h.mutator.mutate(seq, nullptr, 64);
            const auto& applied = h.mutator.applied();
            const auto del = std::find_if(applied.begin(), applied.end(), [](const char* name) {
                return std::strcmp(name, "DeleteSpan") == 0;
            });
            if (del == applied.end())
                continue;
            ++deleted;
            QVERIFY(seq.choices.empty());
            QCOMPARE(span_violation(seq), QByteArray());
            for (auto it = del + 1; it != applied.end(); ++it) {
                const QByteArray what = "seed " + QByteArray::number(qulonglong(seed)) + ": " +
                                        *it + " applied to a sequence without choices";
                QVERIFY2(is_span_edit(*it), what.constData());
            }
        }
    }
    QVERIFY(deleted > 50);
}

void TestChoiceMutator::emptySequence() {
    Harness h(4);
    ChoiceSequence seq;
    QVERIFY(!h.mutator.mutate(seq, nullptr, 64));
    QVERIFY(seq.choices.empty());
    ChoiceSequence partner = partner_sequence();
    QVERIFY(!h.mutator.mutate(seq, &partner, 64));
    QVERIFY(seq.choices.empty());
}

void TestChoiceMutator::singleBytes_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qulonglong>("maxSize");
    QTest::addColumn<bool>("withPartner");

    QTest::newRow("empty, max 1") << QByteArray() << 1ull << false;
    QTest::newRow("empty, max 8") << QByteArray() << 8ull << true;
    QTest::newRow("hello, max 5") << QByteArray("hello") << 5ull << false;
    QTest::newRow("hello, max 8") << QByteArray("hello") << 8ull << true;
    QTest::newRow("longer than max") << QByteArray(100, 'x') << 10ull << true;
    QTest::newRow("NULs, max 64") << QByteArray(16, '\0') << 64ull << false;
}

void TestChoiceMutator::singleBytes() {
    QFETCH(QByteArray, input);
    QFETCH(qulonglong, maxSize);
    QFETCH(bool, withPartner);

    std::set<std::string> names;
    for (const auto& entry : ByteMutator::table())
        names.insert(entry.name);
    const ChoiceSequence partner = ChoiceSequence::from_bytes("the partner input");
    Harness h(9);
    ChoiceSequence seq =
        ChoiceSequence::from_bytes(std::string(input.constData(), size_t(input.size())));
    std::set<std::string> outputs;
    for (int i = 0; i < 5000; ++i) {
        const std::string before = seq.choices[0].data;
        const bool changed = h.mutator.mutate(seq, withPartner ? &partner : nullptr, maxSize);
        QVERIFY(seq.is_single_bytes());
        QVERIFY(seq.spans.empty());
        CHECK(seq.choices[0].data.size() <= maxSize, to_qt(seq.choices[0].data).toHex());
        QVERIFY(changed == !h.mutator.applied().empty());
        for (const char* name : h.mutator.applied())
            CHECK(names.count(name), name);
        if (!changed)
            CHECK(seq.choices[0].data == before.substr(0, maxSize), to_qt(before).toHex());
        outputs.insert(seq.choices[0].data);
        if (i % 10 == 9)
            seq = ChoiceSequence::from_bytes(std::string(input.constData(), size_t(input.size())));
    }
    QVERIFY(outputs.size() > std::min<size_t>(maxSize * 50, 200));
}

void TestChoiceMutator::singleBytesIsLibFuzzerMutation() {
    // Mutating a single-Bytes sequence is exactly ByteMutator::mutate on its data, step for step.
    Rng rng_a(31), rng_b(31);
    ByteMutator bytes_a(rng_a, nullptr, nullptr, nullptr),
        bytes_b(rng_b, nullptr, nullptr, nullptr);
    ChoiceMutator mutator(rng_a, bytes_a, nullptr);
    ChoiceSequence seq = ChoiceSequence::from_bytes("libFuzzer input");
    std::string data = "libFuzzer input";
    for (int i = 0; i < 2000; ++i) {
        const bool a = mutator.mutate(seq, nullptr, 32);
        const bool b = bytes_b.mutate(data, 32);
        QVERIFY(a == b);
        CHECK(seq.choices[0].data == data, to_qt(seq.choices[0].data).toHex());
        QVERIFY(mutator.applied() == bytes_b.applied());
    }
}

void TestChoiceMutator::deterministic() {
    const auto trace = [](uint64_t seed) {
        Harness h(seed, true);
        h.cmp.add_int(1, 17, 4242, 4);
        const ChoiceSequence partner = partner_sequence();
        ChoiceSequence seq = nested_sequence();
        ChoiceSequence bytes = ChoiceSequence::from_bytes("seed input");
        std::vector<std::string> steps;
        for (int i = 0; i < 3000; ++i) {
            h.mutator.mutate(seq, &partner, 64);
            std::string step = serialize(seq);
            for (const char* name : h.mutator.applied())
                step += std::string("|") + name;
            steps.push_back(step);
            h.mutator.mutate(bytes, &partner, 64);
            steps.push_back(bytes.choices[0].data);
            if (seq.choices.size() > 100 || seq.choices.empty())
                seq = nested_sequence();
        }
        return steps;
    };
    const auto first = trace(2024);
    QVERIFY(first == trace(2024));
    QVERIFY(first != trace(2025));
}

QTEST_APPLESS_MAIN(TestChoiceMutator)
#include "tst_choice_mutator.moc"
