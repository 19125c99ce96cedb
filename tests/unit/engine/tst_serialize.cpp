// The binary format of choice sequences (serialize.h) and the bounds of single choices (choice.h).
// Round trips must keep every field bit for bit (floats are compared by their bits, so NaN
// payloads and the sign of zero count); malformed input must be rejected with an error saying
// what is wrong, never accepted and never crash.

#include "engine/choice.h"
#include "engine/serialize.h"

#include <QtTest>
#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

using namespace arcwise::engine;

Q_DECLARE_METATYPE(arcwise::engine::Choice)
Q_DECLARE_METATYPE(arcwise::engine::ChoiceSequence)

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kMax = std::numeric_limits<double>::max();
constexpr double kLowest = std::numeric_limits<double>::lowest();
constexpr double kDenormMin = std::numeric_limits<double>::denorm_min();
constexpr double kMinNormal = std::numeric_limits<double>::min();

template <size_t N> std::string S(const char (&s)[N]) {
    return std::string(s, N - 1);
}

uint64_t bits(double d) {
    return std::bit_cast<uint64_t>(d);
}

QByteArray to_qt(const std::string& s) {
    return QByteArray(s.data(), qsizetype(s.size()));
}

// Every field of a choice, floats as bits, for exact comparison and readable failure messages.
QByteArray describe(const Choice& c) {
    QByteArray out = kind_name(c.kind);
    out += "(k=" + QByteArray::number(int(c.kind));
    out += " signed=" + QByteArray::number(int(c.is_signed));
    out += " nan=" + QByteArray::number(int(c.allow_nan));
    out += " inf=" + QByteArray::number(int(c.allow_infinity));
    out += " value=" + QByteArray::number(qulonglong(c.value));
    out += " min=" + QByteArray::number(qulonglong(c.min));
    out += " max=" + QByteArray::number(qulonglong(c.max));
    out += " real=0x" + QByteArray::number(qulonglong(bits(c.real)), 16);
    out += " real_min=0x" + QByteArray::number(qulonglong(bits(c.real_min)), 16);
    out += " real_max=0x" + QByteArray::number(qulonglong(bits(c.real_max)), 16);
    out += " data=" + to_qt(c.data).toHex() + ")";
    return out;
}

QByteArray describe(const ChoiceSequence& seq) {
    QByteArray out = "choices[";
    for (const Choice& c : seq.choices)
        out += describe(c) + " ";
    out += "] spans[";
    for (const Span& s : seq.spans)
        out += "{" + QByteArray::number(s.begin) + "," + QByteArray::number(s.end) + "," +
               QByteArray::number(s.label) + "," + QByteArray::number(s.depth) + "} ";
    return out + "]";
}

// A tiny independent encoder for hand-made (and deliberately broken) encodings.
std::string varint(uint64_t v) {
    std::string out;
    while (v >= 0x80) {
        out.push_back(char((v & 0x7F) | 0x80));
        v >>= 7;
    }
    out.push_back(char(v));
    return out;
}

std::string header(uint64_t version = kChoiceFormatVersion) {
    return "AWCS" + varint(version);
}

// An encoded Bytes choice with the given payload.
std::string bytes_choice(const std::string& data) {
    return std::string{char(ChoiceKind::Bytes), 0} + varint(0) + varint(100) + varint(data.size()) +
           data;
}

ChoiceSequence every_kind() {
    ChoiceSequence seq;
    seq.choices = {
        Choice::integer(std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::min(),
                        std::numeric_limits<int64_t>::max()),
        Choice::integer(std::numeric_limits<int64_t>::max(), -1,
                        std::numeric_limits<int64_t>::max()),
        Choice::integer(-1, -128, 127),
        Choice::unsigned_integer(std::numeric_limits<uint64_t>::max(), 0,
                                 std::numeric_limits<uint64_t>::max()),
        Choice::unsigned_integer(128, 127, 16384),
        Choice::floating(kNaN, -1, 1, true, false),
        Choice::floating(-kInf, -kInf, kInf, false, true),
        Choice::floating(-0.0, -0.0, 0.0, false, false),
        Choice::floating(kDenormMin, 0, kMinNormal, true, true),
        Choice::boolean(true),
        Choice::boolean(false),
        Choice::bytes(S("\0a\0\0b\xff\0"), 1, 64),
        Choice::string("h\xc3\xa9llo \xe2\x9c\x93 \xf0\x9d\x84\x9e", 0, 10),
    };
    seq.spans = {{0, 13, 0xDEADBEEF, 0}, {0, 5, 1, 1}, {5, 9, 2, 1}, {9, 9, 3, 1}, {11, 13, 4, 2}};
    return seq;
}

} // namespace

class TestSerialize : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void encodingIsStable();
    void emptySequence();
    void layout();

    void malformed_data();
    void malformed();
    void newerVersionNamesTheVersion();
    void everyTruncationIsRejected();
    void everyCorruptionIsHandled();

    void looksSerialized_data();
    void looksSerialized();

    void bounds_data();
    void bounds();
    void clampIsIdempotent();
    void payloadSize();
};

void TestSerialize::roundTrip_data() {
    QTest::addColumn<ChoiceSequence>("seq");

    using I = std::numeric_limits<int64_t>;
    using U = std::numeric_limits<uint64_t>;

    QTest::newRow("empty") << ChoiceSequence{};

    ChoiceSequence ints;
    ints.choices = {Choice::integer(I::min(), I::min(), I::max()),
                    Choice::integer(I::max(), I::min(), I::max()),
                    Choice::integer(-1, I::min(), -1), Choice::integer(0, 0, 0),
                    Choice::integer(-5, -10, -3)};
    QTest::newRow("signed integers") << ints;

    ChoiceSequence uints;
    // Values around every LEB128 length boundary.
    for (uint64_t v : {uint64_t(0), uint64_t(1), uint64_t(127), uint64_t(128), uint64_t(16383),
                       uint64_t(16384), uint64_t(1) << 63, U::max() - 1, U::max()})
        uints.choices.push_back(Choice::unsigned_integer(v, 0, U::max()));
    uints.choices.push_back(Choice::unsigned_integer(U::max(), U::max(), U::max()));
    QTest::newRow("unsigned integers") << uints;

    ChoiceSequence floats;
    for (double v :
         {0.0, -0.0, 1.0, -1.5, kNaN, -kNaN, std::bit_cast<double>(0x7FF0000000000123ULL),
          std::bit_cast<double>(0xFFF8000000000abcULL), kInf, -kInf, kDenormMin, -kDenormMin,
          kMinNormal / 2, kMax, kLowest})
        floats.choices.push_back(Choice::floating(v, -kInf, kInf, true, true));
    floats.choices.push_back(Choice::floating(0.5, -0.0, kDenormMin, false, false));
    floats.choices.push_back(Choice::floating(0.5, kNaN, -kNaN, true, false));
    floats.choices.push_back(Choice::floating(0.5, kLowest, kMax, false, true));
    QTest::newRow("floats") << floats;

    ChoiceSequence bools;
    bools.choices = {Choice::boolean(true), Choice::boolean(false), Choice::boolean(true)};
    QTest::newRow("booleans") << bools;

    ChoiceSequence bytes;
    std::string all;
    for (int i = 0; i < 256; ++i)
        all.push_back(char(i));
    bytes.choices = {Choice::bytes(S("\0")), Choice::bytes(""), Choice::bytes(S("a\0b\0\0")),
                     Choice::bytes(all + all, 3, 1u << 20),
                     Choice::bytes("x", 0, std::numeric_limits<uint64_t>::max())};
    QTest::newRow("bytes with NULs") << bytes;

    ChoiceSequence strings;
    strings.choices = {Choice::string(""), Choice::string("plain ascii"),
                       Choice::string("gr\xc3\xbc\xc3\x9f \xe6\x97\xa5\xe6\x9c\xac "
                                      "\xf0\x9f\x98\x80",
                                      2, 40),
                       Choice::string(std::string(1000, 'z'), 1000, 1000)};
    QTest::newRow("UTF-8 strings") << strings;

    ChoiceSequence flagged;
    Choice odd = Choice::unsigned_integer(3, 1, 9);
    odd.allow_nan = true; // flags are stored whatever the kind
    odd.allow_infinity = true;
    Choice stray = Choice::boolean(true);
    stray.value = 7; // an out-of-bounds value is data too: stored as is
    flagged.choices = {odd, stray};
    QTest::newRow("flags and stray values") << flagged;

    ChoiceSequence spans = every_kind();
    spans.spans.push_back(
        {13, 13, std::numeric_limits<uint32_t>::max(), std::numeric_limits<uint32_t>::max()});
    QTest::newRow("every kind with nested spans") << spans;

    ChoiceSequence only_spans;
    only_spans.spans = {{0, 0, 1, 0}, {0, 0, 2, 1}};
    QTest::newRow("empty spans, no choices") << only_spans;

    ChoiceSequence many;
    for (uint32_t i = 0; i < 300; ++i) {
        many.choices.push_back(Choice::integer(int64_t(i) - 150, -150, 150));
        many.spans.push_back({i, i + 1, i * 2654435761u, i % 7});
    }
    QTest::newRow("300 choices and spans") << many;

    QTest::newRow("libFuzzer input") << ChoiceSequence::from_bytes(S("\x01\x02\0FUZZ"));
}

void TestSerialize::roundTrip() {
    QFETCH(ChoiceSequence, seq);

    const std::string encoded = serialize(seq);
    QVERIFY(looks_serialized(encoded));
    std::string error = "untouched";
    const auto decoded = deserialize(encoded, &error);
    QVERIFY2(decoded.has_value(), error.c_str());
    QCOMPARE(describe(*decoded), describe(seq));
    // Encoding the decoded sequence gives the same bytes: nothing is lost or normalised.
    QCOMPARE(to_qt(serialize(*decoded)), to_qt(encoded));
    // Also without an error pointer.
    QVERIFY(deserialize(encoded).has_value());
}

void TestSerialize::encodingIsStable() {
    // A regression file written today must read back the same tomorrow: pin the exact bytes of a
    // small sequence of each kind.
    ChoiceSequence seq;
    seq.choices = {Choice::integer(-2, -3, 300), Choice::boolean(true),
                   Choice::floating(1.0, 0, 2, false, true), Choice::bytes(S("A\0"), 1, 3),
                   Choice::string("\xc3\xa9", 0, 1)};
    seq.spans = {{0, 2, 129, 1}};
    const std::string expected =
        S("AWCS\x01\x05"
          "\x01\x01\xfe\xff\xff\xff\xff\xff\xff\xff\xff\x01\xfd\xff\xff\xff\xff\xff\xff\xff\xff"
          "\x01\xac\x02"
          "\x03\x00\x01\x00\x01"
          "\x02\x04"
          "\x00\x00\x00\x00\x00\x00\xf0\x3f"
          "\x00\x00\x00\x00\x00\x00\x00\x00"
          "\x00\x00\x00\x00\x00\x00\x00\x40"
          "\x04\x00\x01\x03\x02\x41\x00"
          "\x05\x00\x00\x01\x02\xc3\xa9"
          "\x01\x00\x02\x81\x01\x01");
    QCOMPARE(to_qt(serialize(seq)).toHex(' '), to_qt(expected).toHex(' '));
}

void TestSerialize::emptySequence() {
    const std::string encoded = serialize(ChoiceSequence{});
    QCOMPARE(to_qt(encoded), to_qt(S("AWCS\x01\x00\x00")));
    std::string error;
    const auto decoded = deserialize(encoded, &error);
    QVERIFY2(decoded.has_value(), error.c_str());
    QVERIFY(decoded->choices.empty());
    QVERIFY(decoded->spans.empty());
    QCOMPARE(decoded->payload_size(), size_t(0));
}

void TestSerialize::layout() {
    // The layout documented in serialize.h, built by hand, decodes to what it says.
    const std::string bytes = header() + varint(2) + bytes_choice(S("x\0y")) +
                              std::string{char(ChoiceKind::Integer), 1} + varint(uint64_t(-7)) +
                              varint(uint64_t(-10)) + varint(10) + varint(1) + varint(0) +
                              varint(2) + varint(77) + varint(3);
    std::string error;
    const auto seq = deserialize(bytes, &error);
    QVERIFY2(seq.has_value(), error.c_str());
    QCOMPARE(seq->choices.size(), size_t(2));
    QCOMPARE(to_qt(seq->choices[0].data), to_qt(S("x\0y")));
    QCOMPARE(seq->choices[0].max, uint64_t(100));
    QCOMPARE(seq->choices[1].as_signed(), int64_t(-7));
    QVERIFY(seq->choices[1].is_signed);
    QVERIFY(seq->choices[1].in_bounds());
    QCOMPARE(seq->spans.size(), size_t(1));
    QCOMPARE(seq->spans[0], (Span{0, 2, 77, 3}));
}

void TestSerialize::malformed_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected"); // a part of the error message

    const auto row = [](const char* name, const std::string& input, const char* expected) {
        QTest::newRow(name) << to_qt(input) << QByteArray(expected);
    };
    const std::string one_int =
        std::string{char(ChoiceKind::Integer), 0} + varint(1) + varint(0) + varint(2);

    row("empty", "", "magic");
    row("magic only partly", "AWC", "magic");
    row("bad magic", "AWCX" + varint(1) + varint(0) + varint(0), "magic");
    row("lower-case magic", "awcs" + varint(1) + varint(0) + varint(0), "magic");
    row("raw libFuzzer input", "GET / HTTP/1.1\r\n", "magic");
    row("version 0", header(0) + varint(0) + varint(0), "version 0");
    row("newer version", header(2) + varint(0) + varint(0), "version 2");
    row("much newer version", header(300) + varint(0) + varint(0), "version 300");
    row("version longer than 64 bits", "AWCS" + std::string(10, '\xff') + '\x01', "64 bits");
    row("unknown kind 0", header() + varint(1) + std::string{0, 0} + varint(0),
        "unknown choice kind");
    row("unknown kind 6", header() + varint(1) + std::string{6, 0} + varint(0),
        "unknown choice kind");
    row("unknown kind 255", header() + varint(1) + std::string{'\xff', 0}, "unknown choice kind");
    row("unknown kind after a good one",
        header() + varint(2) + one_int + std::string{9, 0} + varint(0) + varint(0),
        "unknown choice kind");
    row("span ends past the choices",
        header() + varint(1) + one_int + varint(1) + varint(0) + varint(2) + varint(0) + varint(0),
        "span outside");
    row("span starts past the choices",
        header() + varint(1) + one_int + varint(1) + varint(5) + varint(5) + varint(0) + varint(0),
        "span outside");
    row("span begins after it ends",
        header() + varint(1) + one_int + varint(1) + varint(1) + varint(0) + varint(0) + varint(0),
        "span outside");
    row("span with no choices",
        header() + varint(0) + varint(1) + varint(0) + varint(1) + varint(0) + varint(0),
        "span outside");
    row("span index wider than 32 bits",
        header() + varint(1) + one_int + varint(1) + varint(uint64_t(1) << 32) + varint(1) +
            varint(0) + varint(0),
        "span outside");
    row("trailing byte", header() + varint(0) + varint(0) + "x", "trailing");
    row("trailing bytes after spans",
        header() + varint(1) + one_int + varint(1) + varint(0) + varint(1) + varint(0) + varint(0) +
            S("\0\0"),
        "trailing");
    row("byte string past the end",
        header() + varint(1) + std::string{char(ChoiceKind::Bytes), 0} + varint(0) + varint(9) +
            varint(50) + "abc",
        "past the end");
    row("byte string length near 2^64",
        header() + varint(1) + std::string{char(ChoiceKind::String), 0} + varint(0) + varint(9) +
            varint(std::numeric_limits<uint64_t>::max()) + "abc",
        "past the end");
    row("float cut short",
        header() + varint(1) + std::string{char(ChoiceKind::Float), 0} + std::string(20, '\0'),
        "truncated");
    row("integer longer than 64 bits",
        header() + varint(1) + std::string{char(ChoiceKind::Integer), 0} + std::string(12, '\x80'),
        "64 bits");
    row("implausible choice count", header() + varint((uint64_t(1) << 24) + 1), "choice count");
    row("implausible span count", header() + varint(0) + varint(uint64_t(1) << 40), "span count");
    // A count within the limit that the input cannot hold: each choice takes at least two bytes.
    // (Rejected before anything is allocated for it.)
    row("choice count larger than the input", header() + varint(uint64_t(1) << 24) + "abc",
        "implausible choice count");
}

void TestSerialize::malformed() {
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);

    std::string error;
    const auto seq = deserialize(std::string_view(input.constData(), size_t(input.size())), &error);
    QVERIFY2(!seq.has_value(), (seq ? describe(*seq) : QByteArray()).constData());
    QVERIFY(!error.empty());
    QVERIFY2(to_qt(error).contains(expected), error.c_str());
    // Errors about the content say where the problem is; version errors say which versions.
    QVERIFY2(to_qt(error).contains("at byte ") || to_qt(error).contains("version"), error.c_str());
    // Without an error pointer it fails the same way.
    QVERIFY(!deserialize(std::string_view(input.constData(), size_t(input.size()))).has_value());
}

void TestSerialize::newerVersionNamesTheVersion() {
    for (uint64_t version : {uint64_t(kChoiceFormatVersion) + 1, uint64_t(1000),
                             std::numeric_limits<uint64_t>::max()}) {
        // A valid body after the version: only the version is wrong.
        std::string encoded = serialize(every_kind());
        encoded = header(version) + encoded.substr(5);
        std::string error;
        QVERIFY(!deserialize(encoded, &error).has_value());
        const QByteArray message = to_qt(error);
        QVERIFY2(message.contains(QByteArray("version " + QByteArray::number(qulonglong(version)))),
                 error.c_str());
        QVERIFY2(message.contains(QByteArray::number(kChoiceFormatVersion)), error.c_str());
    }
}

void TestSerialize::everyTruncationIsRejected() {
    ChoiceSequence seq = every_kind();
    seq.choices.push_back(Choice::bytes(std::string(200, 'q'))); // a two-byte length
    const std::string encoded = serialize(seq);
    QVERIFY(deserialize(encoded).has_value());
    for (size_t length = 0; length < encoded.size(); ++length) {
        std::string error;
        const auto decoded = deserialize(std::string_view(encoded).substr(0, length), &error);
        const QByteArray what = "prefix of " + QByteArray::number(qulonglong(length)) + " bytes";
        QVERIFY2(!decoded.has_value(), QByteArray(what + " accepted").constData());
        QVERIFY2(!error.empty(), QByteArray(what + " rejected without an error").constData());
    }
    // A prefix in a buffer that goes on (the reader must not look past the view it was given).
    const std::string padded = encoded + std::string(64, '\x01');
    for (size_t length = 0; length < encoded.size(); ++length)
        QVERIFY(!deserialize(std::string_view(padded).substr(0, length)).has_value());
}

void TestSerialize::everyCorruptionIsHandled() {
    // Every single-byte change of a valid encoding either decodes (to a sequence that survives
    // another round trip unchanged) or is rejected with an error. Never a crash.
    const std::string encoded = serialize(every_kind());
    int rejected = 0;
    for (size_t at = 0; at < encoded.size(); ++at) {
        for (int delta : {1, 0x40, 0x80, 0xFF}) {
            std::string corrupt = encoded;
            corrupt[at] = char(uint8_t(corrupt[at]) ^ uint8_t(delta));
            std::string error;
            const auto decoded = deserialize(corrupt, &error);
            if (decoded) {
                const auto again = deserialize(serialize(*decoded), &error);
                QVERIFY2(again.has_value(), error.c_str());
                QCOMPARE(describe(*again), describe(*decoded));
            } else {
                QVERIFY(!error.empty());
                ++rejected;
            }
        }
    }
    QVERIFY(rejected > 0);
}

void TestSerialize::looksSerialized_data() {
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("expected");

    QTest::newRow("empty sequence") << to_qt(serialize({})) << true;
    QTest::newRow("every kind") << to_qt(serialize(every_kind())) << true;
    QTest::newRow("magic and a byte") << QByteArray("AWCS\x01") << true;
    QTest::newRow("magic, newer version") << QByteArray("AWCS\x07") << true;
    QTest::newRow("magic only") << QByteArray("AWCS") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("short") << QByteArray("AWC") << false;
    QTest::newRow("lower case") << QByteArray("awcs\x01") << false;
    QTest::newRow("raw input") << QByteArray("hello world") << false;
    QTest::newRow("NUL bytes") << QByteArray(16, '\0') << false;
    QTest::newRow("magic later") << QByteArray("xAWCS\x01") << false;
}

void TestSerialize::looksSerialized() {
    QFETCH(QByteArray, input);
    QFETCH(bool, expected);
    QCOMPARE(looks_serialized(std::string_view(input.constData(), size_t(input.size()))), expected);
}

void TestSerialize::bounds_data() {
    QTest::addColumn<Choice>("choice");
    QTest::addColumn<bool>("inBounds");
    QTest::addColumn<Choice>("clamped");

    using I = std::numeric_limits<int64_t>;
    using U = std::numeric_limits<uint64_t>;
    const auto row = [](const char* name, const Choice& c, bool in, const Choice& clamped) {
        QTest::newRow(name) << c << in << clamped;
    };
    const auto with_value = [](Choice c, uint64_t value) {
        c.value = value;
        return c;
    };
    const auto with_real = [](Choice c, double real) {
        c.real = real;
        return c;
    };

    // Signed integers compare as two's complement.
    row("signed inside", Choice::integer(5, -10, 10), true, Choice::integer(5, -10, 10));
    row("signed at min", Choice::integer(-10, -10, 10), true, Choice::integer(-10, -10, 10));
    row("signed at max", Choice::integer(10, -10, 10), true, Choice::integer(10, -10, 10));
    row("signed below", Choice::integer(-11, -10, 10), false, Choice::integer(-10, -10, 10));
    row("signed above", Choice::integer(11, -10, 10), false, Choice::integer(10, -10, 10));
    row("signed INT64_MIN below", Choice::integer(I::min(), -10, 10), false,
        Choice::integer(-10, -10, 10));
    row("signed INT64_MAX above", Choice::integer(I::max(), -10, 10), false,
        Choice::integer(10, -10, 10));
    row("signed full range min", Choice::integer(I::min(), I::min(), I::max()), true,
        Choice::integer(I::min(), I::min(), I::max()));
    row("signed full range max", Choice::integer(I::max(), I::min(), I::max()), true,
        Choice::integer(I::max(), I::min(), I::max()));
    row("signed negative range, zero above", Choice::integer(0, -100, -5), false,
        Choice::integer(-5, -100, -5));
    row("signed -1 is not UINT64_MAX", Choice::integer(-1, 0, 10), false,
        Choice::integer(0, 0, 10));
    row("signed single value", Choice::integer(3, 7, 7), false, Choice::integer(7, 7, 7));

    // Unsigned integers compare as unsigned.
    row("unsigned inside", Choice::unsigned_integer(5, 0, 10), true,
        Choice::unsigned_integer(5, 0, 10));
    row("unsigned below", Choice::unsigned_integer(3, 5, 10), false,
        Choice::unsigned_integer(5, 5, 10));
    row("unsigned UINT64_MAX above", Choice::unsigned_integer(U::max(), 0, 100), false,
        Choice::unsigned_integer(100, 0, 100));
    row("unsigned full range", Choice::unsigned_integer(U::max(), 0, U::max()), true,
        Choice::unsigned_integer(U::max(), 0, U::max()));
    row("unsigned high range, zero below", Choice::unsigned_integer(0, U::max() - 10, U::max()),
        false, Choice::unsigned_integer(U::max() - 10, U::max() - 10, U::max()));

    row("boolean false", Choice::boolean(false), true, Choice::boolean(false));
    row("boolean true", Choice::boolean(true), true, Choice::boolean(true));
    row("boolean 2", with_value(Choice::boolean(false), 2), false, Choice::boolean(false));
    row("boolean 3", with_value(Choice::boolean(false), 3), false, Choice::boolean(true));

    const Choice unit = Choice::floating(0.5, 0.0, 1.0, false, false);
    row("float inside", unit, true, unit);
    row("float at min", with_real(unit, 0.0), true, with_real(unit, 0.0));
    row("float at max", with_real(unit, 1.0), true, with_real(unit, 1.0));
    row("float -0.0 at min 0.0", with_real(unit, -0.0), true, with_real(unit, -0.0));
    row("float subnormal", with_real(unit, kDenormMin), true, with_real(unit, kDenormMin));
    row("float below", with_real(unit, -kDenormMin), false, with_real(unit, 0.0));
    row("float above", with_real(unit, 1.5), false, with_real(unit, 1.0));
    row("float huge", with_real(unit, kMax), false, with_real(unit, 1.0));
    row("float NaN disallowed", with_real(unit, kNaN), false, with_real(unit, 0.0));
    row("float +inf disallowed", with_real(unit, kInf), false, with_real(unit, 1.0));
    row("float -inf disallowed", with_real(unit, -kInf), false, with_real(unit, 0.0));
    const Choice specials = Choice::floating(0.5, 0.0, 1.0, true, true);
    row("float NaN allowed", with_real(specials, kNaN), true, with_real(specials, kNaN));
    row("float -NaN allowed", with_real(specials, -kNaN), true, with_real(specials, -kNaN));
    row("float +inf allowed", with_real(specials, kInf), true, with_real(specials, kInf));
    row("float above, specials allowed", with_real(specials, 2.0), false, with_real(specials, 1.0));
    // Unbounded floats without infinities: the bounds are infinite, the values must not be.
    const Choice finite = Choice::floating(0.0, -kInf, kInf, false, false);
    row("unbounded finite inside", with_real(finite, kLowest), true, with_real(finite, kLowest));
    row("unbounded finite, NaN", with_real(finite, kNaN), false, with_real(finite, kLowest));
    row("unbounded finite, +inf", with_real(finite, kInf), false, with_real(finite, kMax));
    row("unbounded finite, -inf", with_real(finite, -kInf), false, with_real(finite, kLowest));
    const Choice half = Choice::floating(0.0, 0.0, kInf, false, false);
    row("half-bounded, +inf", with_real(half, kInf), false, with_real(half, kMax));
    row("half-bounded, NaN", with_real(half, kNaN), false, with_real(half, 0.0));

    row("bytes inside", Choice::bytes(S("a\0c"), 1, 3), true, Choice::bytes(S("a\0c"), 1, 3));
    row("bytes too long", Choice::bytes(S("abcdef"), 1, 3), false, Choice::bytes("abc", 1, 3));
    row("bytes too short", Choice::bytes("a", 4, 8), false, Choice::bytes(S("a\0\0\0"), 4, 8));
    row("bytes empty, min 0", Choice::bytes("", 0, 0), true, Choice::bytes("", 0, 0));

    // Strings count code points, not bytes: "héllo" is 5 code points in 6 bytes.
    const std::string hello = "h\xc3\xa9llo";
    row("string inside", Choice::string(hello, 5, 5), true, Choice::string(hello, 5, 5));
    row("string too long", Choice::string(hello, 0, 2), false, Choice::string("h\xc3\xa9", 0, 2));
    row("string cut before a multi-byte character", Choice::string(hello, 0, 1), false,
        Choice::string("h", 0, 1));
    row("string too short", Choice::string(hello, 7, 9), false, Choice::string(hello + "00", 7, 9));
    row("string of 4-byte characters", Choice::string("\xf0\x9d\x84\x9e\xf0\x9d\x84\x9e", 0, 1),
        false, Choice::string("\xf0\x9d\x84\x9e", 0, 1));
    row("string empty", Choice::string("", 0, 3), true, Choice::string("", 0, 3));
}

void TestSerialize::bounds() {
    QFETCH(Choice, choice);
    QFETCH(bool, inBounds);
    QFETCH(Choice, clamped);

    QCOMPARE(choice.in_bounds(), inBounds);
    QVERIFY(clamped.in_bounds());
    Choice c = choice;
    c.clamp();
    QCOMPARE(describe(c), describe(clamped));
    QVERIFY2(c.in_bounds(), describe(c).constData());
}

void TestSerialize::clampIsIdempotent() {
    // Clamping changes nothing about a choice that is already in bounds.
    ChoiceSequence seq = every_kind();
    for (Choice c : seq.choices) {
        if (!c.in_bounds())
            continue;
        const QByteArray before = describe(c);
        c.clamp();
        QCOMPARE(describe(c), before);
    }
}

void TestSerialize::payloadSize() {
    ChoiceSequence seq;
    QCOMPARE(seq.payload_size(), size_t(0));
    seq.choices = {Choice::integer(1, 0, 2), Choice::floating(0, 0, 1, false, false),
                   Choice::boolean(true), Choice::bytes(S("ab\0")), Choice::string("\xc3\xa9")};
    QCOMPARE(seq.payload_size(), size_t(8 + 8 + 1 + 3 + 2));
    QVERIFY(!seq.is_single_bytes());
    QVERIFY(ChoiceSequence::from_bytes("xyz").is_single_bytes());
    QCOMPARE(ChoiceSequence::from_bytes("xyz").payload_size(), size_t(3));
}

QTEST_APPLESS_MAIN(TestSerialize)
#include "tst_serialize.moc"
