// The byte mutators, one by one and stacked by mutate(). Each mutator is run many times with a
// fixed seed on a fixed input, and every output it is expected to reach must show up (for small
// cases the exact set of outputs is checked). Every run also checks the contracts: the result
// never exceeds max_size, true means the data changed, false means it did not.

#include "engine/byte_mutator.h"

#include <QtTest>
#include <cstring>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

using namespace arcwise::engine;

namespace {

// The context a mutator runs with. Empty lists mean no dictionary / no comparison log (null
// pointers) unless `empty_context` asks for present-but-empty ones.
struct Setup {
    QByteArrayList manual;
    QByteArrayList automatic;
    QByteArray other;
    std::vector<std::pair<QByteArray, QByteArray>> cmp_words;
    std::vector<CmpLog::IntPair> cmp_ints;
    bool empty_context = false;
};

} // namespace

Q_DECLARE_METATYPE(Setup)

namespace {

template <size_t N> QByteArray B(const char (&s)[N]) {
    return QByteArray(s, N - 1);
}

std::string to_std(const QByteArray& a) {
    return std::string(a.constData(), size_t(a.size()));
}
QByteArray to_qt(const std::string& s) {
    return QByteArray(s.data(), qsizetype(s.size()));
}

// A readable form of arbitrary bytes for failure messages.
QByteArray shown(const QByteArray& bytes) {
    QByteArray out = "\"";
    for (char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7f && c != '\\' && c != '"')
            out += c;
        else
            out += "\\x" + QByteArray::number(byte, 16).rightJustified(2, '0');
    }
    return out + "\"";
}

QByteArray shown(const std::set<QByteArray>& set) {
    QByteArrayList items;
    for (const QByteArray& bytes : set)
        items += shown(bytes);
    return "{" + items.join(", ") + "}";
}

struct Harness {
    Rng rng;
    Dictionary manual;
    Dictionary automatic;
    CmpLog cmp;
    std::string other;
    ByteMutator mutator;

    explicit Harness(const Setup& setup, uint64_t seed = 1)
        : rng(seed),
          mutator(rng, setup.manual.isEmpty() && !setup.empty_context ? nullptr : &manual,
                  setup.automatic.isEmpty() && !setup.empty_context ? nullptr : &automatic,
                  setup.cmp_words.empty() && setup.cmp_ints.empty() && !setup.empty_context
                      ? nullptr
                      : &cmp) {
        for (const QByteArray& word : setup.manual)
            manual.add(to_std(word));
        for (const QByteArray& word : setup.automatic)
            automatic.add(to_std(word));
        uint64_t pc = 0x1000;
        for (const auto& [a, b] : setup.cmp_words)
            cmp.add_bytes(pc++, a.constData(), b.constData(), size_t(a.size()));
        for (const CmpLog::IntPair& pair : setup.cmp_ints)
            cmp.add_int(pc++, pair.a, pair.b, pair.width);
        other = to_std(setup.other);
        mutator.set_crossover_source(other);
    }
};

struct Outcome {
    std::set<QByteArray> outputs;
    int applied = 0;
    QByteArray violation;
};

// Applies the named mutator `runs` times to fresh copies of `input`.
Outcome run_mutator(Harness& harness, const char* name, const QByteArray& input, size_t max_size,
                    int runs = 10000) {
    Outcome outcome;
    const std::string original = to_std(input);
    std::string data;
    for (int i = 0; i < runs; ++i) {
        data = original;
        const bool applied = harness.mutator.apply(name, data, max_size);
        if (applied && data.size() > max_size)
            outcome.violation = "output " + shown(to_qt(data)) + " exceeds max_size " +
                                QByteArray::number(qulonglong(max_size));
        else if (applied && data == original)
            outcome.violation = "returned true without changing the data";
        else if (!applied && data != original)
            outcome.violation = "returned false but changed the data to " + shown(to_qt(data));
        if (!outcome.violation.isEmpty())
            return outcome;
        if (applied) {
            ++outcome.applied;
            outcome.outputs.insert(to_qt(data));
        }
    }
    return outcome;
}

// Every way of overwriting part of `input` with another part of it, or (when there is room)
// inserting a part of it anywhere: CopyPart's exact output set.
QByteArrayList copy_part_outputs(const QByteArray& input, qsizetype max_size) {
    std::set<QByteArray> outputs;
    const qsizetype size = input.size();
    for (qsizetype to = 0; to < size; ++to) {
        for (qsizetype count = 1; to + count <= size; ++count) {
            for (qsizetype from = 0; from + count <= size; ++from) {
                QByteArray result = input;
                result.replace(to, count, input.mid(from, count));
                if (result != input)
                    outputs.insert(result);
            }
        }
    }
    for (qsizetype count = 1; count <= std::min(max_size - size, size); ++count) {
        for (qsizetype from = 0; from + count <= size; ++from) {
            for (qsizetype at = 0; at <= size; ++at)
                outputs.insert(QByteArray(input).insert(at, input.mid(from, count)));
        }
    }
    return QByteArrayList(outputs.begin(), outputs.end());
}

QByteArray le32(uint32_t v) {
    QByteArray out(4, '\0');
    for (int i = 0; i < 4; ++i)
        out[i] = char(v >> (8 * i));
    return out;
}

QByteArray be32(uint32_t v) {
    QByteArray out(4, '\0');
    for (int i = 0; i < 4; ++i)
        out[3 - i] = char(v >> (8 * i));
    return out;
}

const char* const kNames[] = {
    "EraseBytes",     "InsertByte",    "InsertRepeatedBytes",         "ChangeByte",
    "ChangeBit",      "ShuffleBytes",  "ChangeASCIIInteger",          "ChangeBinaryInteger",
    "CopyPart",       "CrossOver",     "AddWordFromManualDictionary", "AddWordFromAutoDictionary",
    "AddWordFromCmp", "AddIntFromCmp",
};

Setup full_setup() {
    Setup setup;
    setup.manual = {"GET", "Content-Length: ", B("\x89PNG")};
    setup.automatic = {"magic", "\xff\xfe"};
    setup.other = "the quick brown fox";
    setup.cmp_words = {{"abcd", "wxyz"}, {"PNG", "JPG"}};
    setup.cmp_ints = {{0x11223344, 0x55667788, 4}, {7, 300, 2}, {'A', 'Z', 1}};
    return setup;
}

} // namespace

class TestByteMutator : public QObject {
    Q_OBJECT

private slots:
    void table();
    void applyUnknownName();

    void outputs_data();
    void outputs();
    void notApplicable_data();
    void notApplicable();
    void oversizedInputIsLeftAlone_data();
    void oversizedInputIsLeftAlone();
    void neverExceedsMaxSize_data();
    void neverExceedsMaxSize();

    void mutateRecordsApplied();
    void mutateStacks();
    void mutateUsesEveryMutator();
    void mutateFailsOnlyWhenNothingApplies();
    void mutateCutsOversizedInput();
    void deterministic();
    void hotByteStaysAtThePlace();
};

void TestByteMutator::table() {
    const auto& table = ByteMutator::table();
    QCOMPARE(table.size(), std::size(kNames));
    for (size_t i = 0; i < table.size(); ++i) {
        QCOMPARE(QByteArray(table[i].name), QByteArray(kNames[i]));
        QVERIFY(table[i].fn != nullptr);
    }
}

void TestByteMutator::applyUnknownName() {
    Harness harness(full_setup());
    std::string data = "ABCD";
    QVERIFY(!harness.mutator.apply("NoSuchMutator", data, 100));
    QVERIFY(!harness.mutator.apply("", data, 100));
    QVERIFY(!harness.mutator.apply("erasebytes", data, 100));
    QCOMPARE(to_qt(data), QByteArray("ABCD"));
}

void TestByteMutator::outputs_data() {
    QTest::addColumn<QByteArray>("mutator");
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("maxSize");
    QTest::addColumn<QByteArrayList>("expected");
    QTest::addColumn<bool>("exact");

    QTest::newRow("EraseBytes") << QByteArray("EraseBytes") << Setup{} << QByteArray("ABCD") << 10
                                << QByteArrayList{"BCD", "ACD", "ABD", "ABC", "CD", "AD", "AB"}
                                << true;
    QTest::newRow("EraseBytes/two") << QByteArray("EraseBytes") << Setup{} << QByteArray("AB") << 2
                                    << QByteArrayList{"A", "B"} << true;

    QTest::newRow("InsertByte/every position")
        << QByteArray("InsertByte") << Setup{} << QByteArray("AB") << 3
        << QByteArrayList{B("\0AB"),
                          B("A\0B"),
                          B("AB\0"),
                          B("\xff"
                            "AB"),
                          B("A\xff"
                            "B"),
                          B("AB\xff"),
                          "!AB",
                          "A!B",
                          "AB!"}
        << false;
    QTest::newRow("InsertByte/empty") << QByteArray("InsertByte") << Setup{} << QByteArray() << 1
                                      << QByteArrayList{B("\0"), B("\xff"), "A", "0"} << false;

    QTest::newRow("InsertRepeatedBytes/three")
        << QByteArray("InsertRepeatedBytes") << Setup{} << QByteArray("AB") << 5
        << QByteArrayList{B("\0\0\0AB"),
                          B("A\0\0\0B"),
                          B("AB\0\0\0"),
                          B("\xff\xff\xff"
                            "AB"),
                          B("A\xff\xff\xff"
                            "B"),
                          B("AB\xff\xff\xff"),
                          "AB!!!",
                          "AAAAB"}
        << false;
    QTest::newRow("InsertRepeatedBytes/four")
        << QByteArray("InsertRepeatedBytes") << Setup{} << QByteArray("AB") << 6
        << QByteArrayList{B("\0\0\0AB"), B("\0\0\0\0AB"), B("A\0\0\0\0B"), B("AB\xff\xff\xff\xff")}
        << false;

    QByteArrayList all_but_a;
    for (int byte = 0; byte < 256; ++byte) {
        if (byte != 'A')
            all_but_a += QByteArray(1, char(byte));
    }
    QTest::newRow("ChangeByte/every value")
        << QByteArray("ChangeByte") << Setup{} << QByteArray("A") << 1 << all_but_a << true;
    QTest::newRow("ChangeByte/every position")
        << QByteArray("ChangeByte") << Setup{} << QByteArray("AAA") << 3
        << QByteArrayList{B("\0AA"), B("A\0A"), B("AA\0"), "BAA", "ABA", "AAB"} << false;

    QTest::newRow("ChangeBit/zero")
        << QByteArray("ChangeBit") << Setup{} << B("\0") << 1
        << QByteArrayList{"\x01", "\x02", "\x04", "\x08", "\x10", "\x20", "\x40", "\x80"} << true;
    QTest::newRow("ChangeBit/ones")
        << QByteArray("ChangeBit") << Setup{} << QByteArray("\xff") << 1
        << QByteArrayList{"\xfe", "\xfd", "\xfb", "\xf7", "\xef", "\xdf", "\xbf", "\x7f"} << true;
    QTest::newRow("ChangeBit/two bytes")
        << QByteArray("ChangeBit") << Setup{} << B("\0\0") << 2
        << QByteArrayList{B("\x01\0"), B("\x02\0"), B("\x04\0"), B("\x08\0"),
                          B("\x10\0"), B("\x20\0"), B("\x40\0"), B("\x80\0"),
                          B("\0\x01"), B("\0\x02"), B("\0\x04"), B("\0\x08"),
                          B("\0\x10"), B("\0\x20"), B("\0\x40"), B("\0\x80")}
        << true;

    QTest::newRow("ShuffleBytes/three")
        << QByteArray("ShuffleBytes") << Setup{} << QByteArray("ABC") << 3
        << QByteArrayList{"ACB", "BAC", "BCA", "CAB", "CBA"} << true;
    QTest::newRow("ShuffleBytes/two") << QByteArray("ShuffleBytes") << Setup{} << QByteArray("AB")
                                      << 2 << QByteArrayList{"BA"} << true;

    QTest::newRow("ChangeASCIIInteger/123")
        << QByteArray("ChangeASCIIInteger") << Setup{} << QByteArray("x123y") << 5
        << QByteArrayList{"x124y", "x122y", "x061y", "x246y", "x111y", "x146y", "x121y", "x126y"}
        << false;
    // 0 - 1 wraps to 18446744073709551615, of which the single digit keeps the last.
    QTest::newRow("ChangeASCIIInteger/0")
        << QByteArray("ChangeASCIIInteger") << Setup{} << QByteArray("0") << 1
        << QByteArrayList{"1", "5"} << true;
    QTest::newRow("ChangeASCIIInteger/wraps around")
        << QByteArray("ChangeASCIIInteger") << Setup{} << QByteArray("7abcdefghijklmnop") << 17
        << QByteArrayList{"8abcdefghijklmnop", "6abcdefghijklmnop", "3abcdefghijklmnop",
                          "4abcdefghijklmnop"}
        << false;

    QTest::newRow("ChangeBinaryInteger")
        << QByteArray("ChangeBinaryInteger") << Setup{} << B("\0\0") << 2
        << QByteArrayList{B("\x01\0"),   B("\0\x01"), B("\x02\0"), B("\0\x02"),
                          B("\xff\xff"), B("\x0a\0"), B("\0\x0a"), B("\xf6\xff"),
                          B("\xff\xf6"), B("\0\xff"), B("\xff\0")}
        << false;
    QTest::newRow("ChangeBinaryInteger/64-bit")
        << QByteArray("ChangeBinaryInteger") << Setup{} << B("\0\0\0\0\0\0\0\0") << 8
        << QByteArrayList{B("\x08\0\0\0\0\0\0\0"), B("\0\0\0\0\0\0\0\x08"),
                          B("\x05\0\0\0\0\0\0\0"), B("\xfb\xff\xff\xff\xff\xff\xff\xff"),
                          B("\0\0\0\0\0\0\0\x05"), B("\0\0\0\0\xff\xff\xff\xfe")}
        << false;

    QTest::newRow("CopyPart/overwrite only")
        << QByteArray("CopyPart") << Setup{} << QByteArray("ABCD") << 4
        << copy_part_outputs("ABCD", 4) << true;
    QTest::newRow("CopyPart/small")
        << QByteArray("CopyPart") << Setup{} << QByteArray("AB") << 4
        << QByteArrayList{"AA", "BB", "AAB", "ABA", "BAB", "ABB", "ABAB", "AABB"} << true;
    QTest::newRow("CopyPart/insert") << QByteArray("CopyPart") << Setup{} << QByteArray("ABCDE")
                                     << 8 << copy_part_outputs("ABCDE", 8) << true;

    Setup cross;
    cross.other = "xy";
    QTest::newRow("CrossOver") << QByteArray("CrossOver") << cross << QByteArray("AB") << 4
                               << QByteArrayList{"ABxy", "AxBy", "AxyB", "xAB", "AxB",
                                                 "ABx",  "yAB",  "AyB",  "ABy", "xyAB",
                                                 "xB",   "Ax",   "yB",   "Ay",  "xy"}
                               << true;
    QTest::newRow("CrossOver/limited") << QByteArray("CrossOver") << cross << QByteArray("AB") << 3
                                       << QByteArrayList{"AxB", "Axy", "ABx", "xAB", "yAB", "AyB",
                                                         "ABy", "xB",  "yB",  "xy",  "Ax",  "Ay"}
                                       << true;

    Setup xy;
    xy.manual = {"xy"};
    QTest::newRow("ManualDictionary/every position")
        << QByteArray("AddWordFromManualDictionary") << xy << QByteArray("AB") << 10
        << QByteArrayList{"xyAB", "AxyB", "ABxy", "xy"} << true;
    QTest::newRow("ManualDictionary/overwrite only")
        << QByteArray("AddWordFromManualDictionary") << xy << QByteArray("ABC") << 3
        << QByteArrayList{"xyC", "Axy"} << true;
    Setup two_words;
    two_words.manual = {"x", "yz"};
    QTest::newRow("ManualDictionary/two words")
        << QByteArray("AddWordFromManualDictionary") << two_words << QByteArray("AB") << 3
        << QByteArrayList{"xAB", "AxB", "ABx", "xB", "Ax", "yz"} << true;
    Setup auto_xy;
    auto_xy.automatic = {"xy"};
    QTest::newRow("AutoDictionary/every position")
        << QByteArray("AddWordFromAutoDictionary") << auto_xy << QByteArray("AB") << 10
        << QByteArrayList{"xyAB", "AxyB", "ABxy", "xy"} << true;

    Setup words;
    words.cmp_words = {{"abcd", "wxyz"}};
    QTest::newRow("AddWordFromCmp/replace first")
        << QByteArray("AddWordFromCmp") << words << QByteArray("--abcd--") << 8
        << QByteArrayList{"--wxyz--"} << true;
    QTest::newRow("AddWordFromCmp/replace second")
        << QByteArray("AddWordFromCmp") << words << QByteArray("--wxyz--") << 8
        << QByteArrayList{"--abcd--"} << true;
    QTest::newRow("AddWordFromCmp/each occurrence")
        << QByteArray("AddWordFromCmp") << words << QByteArray("abcdabcd") << 8
        << QByteArrayList{"wxyzabcd", "abcdwxyz"} << true;
    QTest::newRow("AddWordFromCmp/insert")
        << QByteArray("AddWordFromCmp") << words << QByteArray("--") << 6
        << QByteArrayList{"abcd--", "-abcd-", "--abcd", "wxyz--", "-wxyz-", "--wxyz"} << true;
    QTest::newRow("AddWordFromCmp/overwrite")
        << QByteArray("AddWordFromCmp") << words << QByteArray("-----") << 5
        << QByteArrayList{"abcd-", "-abcd", "wxyz-", "-wxyz"} << true;

    const uint32_t a = 0x11223344, b = 0x55667788;
    Setup ints;
    ints.cmp_ints = {{a, b, 4}};
    QTest::newRow("AddIntFromCmp/little-endian")
        << QByteArray("AddIntFromCmp") << ints << QByteArray(".." + le32(a) + "..") << 8
        << QByteArrayList{".." + le32(b) + "..", ".." + le32(b + 1) + "..",
                          ".." + le32(b - 1) + ".."}
        << true;
    QTest::newRow("AddIntFromCmp/big-endian")
        << QByteArray("AddIntFromCmp") << ints << QByteArray(".." + be32(a) + "..") << 8
        << QByteArrayList{".." + be32(b) + "..", ".." + be32(b + 1) + "..",
                          ".." + be32(b - 1) + ".."}
        << true;
    QTest::newRow("AddIntFromCmp/other operand")
        << QByteArray("AddIntFromCmp") << ints << QByteArray("." + le32(b) + "." + be32(b)) << 10
        << QByteArrayList{"." + le32(a) + "." + be32(b),     "." + le32(a + 1) + "." + be32(b),
                          "." + le32(a - 1) + "." + be32(b), "." + le32(b) + "." + be32(a),
                          "." + le32(b) + "." + be32(a + 1), "." + le32(b) + "." + be32(a - 1)}
        << true;
    QByteArrayList placed;
    for (uint32_t v : {a - 1, a, a + 1, b - 1, b, b + 1})
        placed << le32(v) << be32(v);
    QTest::newRow("AddIntFromCmp/not found")
        << QByteArray("AddIntFromCmp") << ints << QByteArray("....") << 4 << placed << true;
    Setup narrow;
    narrow.cmp_ints = {{0x1234, 0x5678, 4}};
    QTest::newRow("AddIntFromCmp/narrower field") << QByteArray("AddIntFromCmp") << narrow
                                                  << B("ab\x34\x12"
                                                       "cd")
                                                  << 6
                                                  << QByteArrayList{B("ab\x78\x56"
                                                                      "cd"),
                                                                    B("ab\x79\x56"
                                                                      "cd"),
                                                                    B("ab\x77\x56"
                                                                      "cd")}
                                                  << false;
    Setup bytes;
    bytes.cmp_ints = {{'A', 'B', 1}};
    QTest::newRow("AddIntFromCmp/one byte")
        << QByteArray("AddIntFromCmp") << bytes << QByteArray("xAx") << 3
        << QByteArrayList{"xBx", "xCx"} << true;
}

void TestByteMutator::outputs() {
    QFETCH(QByteArray, mutator);
    QFETCH(Setup, setup);
    QFETCH(QByteArray, input);
    QFETCH(int, maxSize);
    QFETCH(QByteArrayList, expected);
    QFETCH(bool, exact);

    Harness harness(setup, 12345);
    const Outcome outcome = run_mutator(harness, mutator.constData(), input, size_t(maxSize));
    QVERIFY2(outcome.violation.isEmpty(), outcome.violation.constData());

    std::set<QByteArray> missing;
    for (const QByteArray& want : expected) {
        if (!outcome.outputs.count(want))
            missing.insert(want);
    }
    const QByteArray missing_message =
        "never produced " + shown(missing) + "; produced " + shown(outcome.outputs);
    QVERIFY2(missing.empty(), missing_message.constData());
    if (exact) {
        const std::set<QByteArray> allowed(expected.begin(), expected.end());
        std::set<QByteArray> unexpected;
        for (const QByteArray& got : outcome.outputs) {
            if (!allowed.count(got))
                unexpected.insert(got);
        }
        const QByteArray unexpected_message = "unexpected outputs " + shown(unexpected);
        QVERIFY2(unexpected.empty(), unexpected_message.constData());
    }
}

void TestByteMutator::notApplicable_data() {
    QTest::addColumn<QByteArray>("mutator");
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("maxSize");

    Setup empty_context;
    empty_context.empty_context = true;
    Setup cross;
    cross.other = "xy";
    Setup long_word;
    long_word.manual = {"xyz"};
    long_word.automatic = {"xyz"};
    Setup words;
    words.cmp_words = {{"abcd", "wxyz"}};
    Setup ints;
    ints.cmp_ints = {{0x11223344, 0x55667788, 4}};

    QTest::newRow("EraseBytes/empty") << QByteArray("EraseBytes") << Setup{} << QByteArray() << 10;
    QTest::newRow("EraseBytes/one byte")
        << QByteArray("EraseBytes") << Setup{} << QByteArray("A") << 10;
    QTest::newRow("InsertByte/full")
        << QByteArray("InsertByte") << Setup{} << QByteArray("AB") << 2;
    QTest::newRow("InsertByte/max 0") << QByteArray("InsertByte") << Setup{} << QByteArray() << 0;
    QTest::newRow("InsertRepeatedBytes/no room")
        << QByteArray("InsertRepeatedBytes") << Setup{} << QByteArray("AB") << 4;
    QTest::newRow("ChangeByte/empty") << QByteArray("ChangeByte") << Setup{} << QByteArray() << 10;
    QTest::newRow("ChangeBit/empty") << QByteArray("ChangeBit") << Setup{} << QByteArray() << 10;
    QTest::newRow("ShuffleBytes/one byte")
        << QByteArray("ShuffleBytes") << Setup{} << QByteArray("A") << 10;
    QTest::newRow("ShuffleBytes/equal bytes")
        << QByteArray("ShuffleBytes") << Setup{} << QByteArray("AAAA") << 10;
    QTest::newRow("ChangeASCIIInteger/no digits")
        << QByteArray("ChangeASCIIInteger") << Setup{} << QByteArray("abc") << 10;
    QTest::newRow("ChangeASCIIInteger/empty")
        << QByteArray("ChangeASCIIInteger") << Setup{} << QByteArray() << 10;
    QTest::newRow("ChangeBinaryInteger/empty")
        << QByteArray("ChangeBinaryInteger") << Setup{} << QByteArray() << 10;
    QTest::newRow("CopyPart/empty") << QByteArray("CopyPart") << Setup{} << QByteArray() << 10;
    QTest::newRow("CopyPart/one byte, full")
        << QByteArray("CopyPart") << Setup{} << QByteArray("A") << 1;
    QTest::newRow("CrossOver/no source")
        << QByteArray("CrossOver") << Setup{} << QByteArray("AB") << 10;
    QTest::newRow("CrossOver/empty input")
        << QByteArray("CrossOver") << cross << QByteArray() << 10;
    QTest::newRow("ManualDictionary/none")
        << QByteArray("AddWordFromManualDictionary") << Setup{} << QByteArray("AB") << 10;
    QTest::newRow("ManualDictionary/empty")
        << QByteArray("AddWordFromManualDictionary") << empty_context << QByteArray("AB") << 10;
    QTest::newRow("ManualDictionary/word does not fit")
        << QByteArray("AddWordFromManualDictionary") << long_word << QByteArray("A") << 3;
    QTest::newRow("AutoDictionary/none")
        << QByteArray("AddWordFromAutoDictionary") << Setup{} << QByteArray("AB") << 10;
    QTest::newRow("AutoDictionary/empty")
        << QByteArray("AddWordFromAutoDictionary") << empty_context << QByteArray("AB") << 10;
    QTest::newRow("AutoDictionary/word does not fit")
        << QByteArray("AddWordFromAutoDictionary") << long_word << QByteArray("AB") << 4;
    QTest::newRow("AddWordFromCmp/no log")
        << QByteArray("AddWordFromCmp") << Setup{} << QByteArray("AB") << 10;
    QTest::newRow("AddWordFromCmp/empty log")
        << QByteArray("AddWordFromCmp") << empty_context << QByteArray("AB") << 10;
    QTest::newRow("AddWordFromCmp/word does not fit")
        << QByteArray("AddWordFromCmp") << words << QByteArray("--") << 5;
    QTest::newRow("AddIntFromCmp/no log")
        << QByteArray("AddIntFromCmp") << Setup{} << QByteArray("AB") << 10;
    QTest::newRow("AddIntFromCmp/empty log")
        << QByteArray("AddIntFromCmp") << empty_context << QByteArray("AB") << 10;
    QTest::newRow("AddIntFromCmp/int does not fit")
        << QByteArray("AddIntFromCmp") << ints << QByteArray("--") << 5;
}

void TestByteMutator::notApplicable() {
    QFETCH(QByteArray, mutator);
    QFETCH(Setup, setup);
    QFETCH(QByteArray, input);
    QFETCH(int, maxSize);

    Harness harness(setup, 777);
    const Outcome outcome = run_mutator(harness, mutator.constData(), input, size_t(maxSize), 2000);
    QVERIFY2(outcome.violation.isEmpty(), outcome.violation.constData());
    const QByteArray message = "applied, producing " + shown(outcome.outputs);
    QVERIFY2(outcome.applied == 0, message.constData());
}

void TestByteMutator::oversizedInputIsLeftAlone_data() {
    QTest::addColumn<QByteArray>("mutator");
    for (const char* name : kNames)
        QTest::newRow(name) << QByteArray(name);
}

void TestByteMutator::oversizedInputIsLeftAlone() {
    QFETCH(QByteArray, mutator);
    Harness harness(full_setup(), 99);
    const Outcome outcome = run_mutator(harness, mutator.constData(), "ABCD1234abcdGET", 8, 2000);
    QVERIFY2(outcome.violation.isEmpty(), outcome.violation.constData());
    QCOMPARE(outcome.applied, 0);
}

void TestByteMutator::neverExceedsMaxSize_data() {
    QTest::addColumn<QByteArray>("mutator");
    for (const char* name : kNames)
        QTest::newRow(name) << QByteArray(name);
}

void TestByteMutator::neverExceedsMaxSize() {
    QFETCH(QByteArray, mutator);
    Harness harness(full_setup(), 4242);
    Rng inputs(17);
    int applied = 0;
    std::string data;
    for (int i = 0; i < 20000; ++i) {
        const size_t max_size = inputs.below(40);
        data.resize(inputs.between(0, max_size));
        static constexpr char kAlphabet[] = "ab\x11\x22\x33\x44\x88\x77\x66\x55wxyzGET0123456789";
        for (char& c : data)
            c = kAlphabet[inputs.below(sizeof(kAlphabet) - 1)];
        const std::string before = data;
        const bool ok = harness.mutator.apply(mutator.constData(), data, max_size);
        if (data.size() > max_size) {
            const QByteArray message = "grew " + shown(to_qt(before)) + " to " +
                                       shown(to_qt(data)) + " with max " +
                                       QByteArray::number(qulonglong(max_size));
            QFAIL(message.constData());
        }
        QVERIFY(ok != (data == before));
        applied += ok;
    }
    QVERIFY2(applied > 1000, QByteArray::number(applied).constData());
}

void TestByteMutator::mutateRecordsApplied() {
    Harness harness(full_setup(), 5);
    std::set<std::string_view> names(std::begin(kNames), std::end(kNames));
    std::string data = "hello world 123";
    for (int i = 0; i < 5000; ++i) {
        const std::string before = data;
        QVERIFY(harness.mutator.mutate(data, 64, 5));
        QVERIFY(data.size() <= 64);
        const auto& applied = harness.mutator.applied();
        QVERIFY(!applied.empty());
        QVERIFY(applied.size() <= 5);
        for (const char* name : applied)
            QVERIFY2(names.count(name), name);
        // A single mutator that applied always changes the data.
        if (applied.size() == 1)
            QVERIFY(data != before);
        if (data.empty())
            data.push_back('x');
    }
}

void TestByteMutator::mutateStacks() {
    Harness harness(full_setup(), 6);
    std::set<size_t> depths;
    for (int i = 0; i < 2000; ++i) {
        std::string data = "stack me 42";
        QVERIFY(harness.mutator.mutate(data, 100, 5));
        depths.insert(harness.mutator.applied().size());
    }
    QVERIFY(depths == (std::set<size_t>{1, 2, 3, 4, 5}));

    for (unsigned max_stack : {0u, 1u}) {
        for (int i = 0; i < 500; ++i) {
            std::string data = "once";
            QVERIFY(harness.mutator.mutate(data, 100, max_stack));
            QCOMPARE(harness.mutator.applied().size(), size_t(1));
            QVERIFY(data != "once");
        }
    }
}

void TestByteMutator::mutateUsesEveryMutator() {
    Harness harness(full_setup(), 7);
    std::set<QByteArray> used;
    for (int i = 0; i < 20000; ++i) {
        std::string data = "GET abcd 1234 \x44\x33\x22\x11 PNG";
        QVERIFY(harness.mutator.mutate(data, 64, 3));
        for (const char* name : harness.mutator.applied())
            used.insert(QByteArray(name));
    }
    for (const char* name : kNames)
        QVERIFY2(used.count(QByteArray(name)), name);
}

void TestByteMutator::mutateFailsOnlyWhenNothingApplies() {
    {
        Harness harness(full_setup(), 8);
        std::string data;
        QVERIFY(!harness.mutator.mutate(data, 0));
        QVERIFY(harness.mutator.applied().empty());
        QVERIFY(data.empty());
    }
    {
        // Only InsertByte applies to an empty input with room for one byte.
        Harness harness(Setup{}, 9);
        for (int i = 0; i < 200; ++i) {
            std::string data;
            QVERIFY(harness.mutator.mutate(data, 1, 1));
            QCOMPARE(data.size(), size_t(1));
            QCOMPARE(harness.mutator.applied().size(), size_t(1));
            QCOMPARE(QByteArray(harness.mutator.applied()[0]), QByteArray("InsertByte"));
        }
    }
    {
        // A full one-byte input: only ChangeByte, ChangeBit and ChangeBinaryInteger apply.
        Harness harness(Setup{}, 10);
        const std::set<QByteArray> allowed{"ChangeByte", "ChangeBit", "ChangeBinaryInteger"};
        for (int i = 0; i < 500; ++i) {
            std::string data = "A";
            QVERIFY(harness.mutator.mutate(data, 1, 1));
            QCOMPARE(data.size(), size_t(1));
            QVERIFY(data != "A");
            QVERIFY(allowed.count(QByteArray(harness.mutator.applied()[0])));
        }
    }
}

void TestByteMutator::mutateCutsOversizedInput() {
    Harness harness(full_setup(), 11);
    for (int i = 0; i < 500; ++i) {
        std::string data(100, 'z');
        QVERIFY(harness.mutator.mutate(data, 10));
        QVERIFY(data.size() <= 10);
    }
}

void TestByteMutator::deterministic() {
    auto trace = [](uint64_t seed) {
        Harness harness(full_setup(), seed);
        std::vector<std::string> steps;
        std::string data = "determinism 0123";
        for (int i = 0; i < 2000; ++i) {
            harness.mutator.mutate(data, 48);
            std::string step = data;
            for (const char* name : harness.mutator.applied())
                step += std::string("|") + name;
            steps.push_back(std::move(step));
        }
        return steps;
    };
    const auto first = trace(2024);
    QVERIFY(first == trace(2024));
    QVERIFY(first != trace(2025));

    // apply() is deterministic too.
    Harness a(full_setup(), 3), b(full_setup(), 3);
    for (const char* name : kNames) {
        for (int i = 0; i < 200; ++i) {
            std::string x = "GET abcd 1234", y = x;
            QCOMPARE(a.mutator.apply(name, x, 32), b.mutator.apply(name, y, 32));
            QCOMPARE(to_qt(x), to_qt(y));
        }
    }
}

// ChangeHotByte changes exactly one byte, at the place or within two bytes of it, most often the
// byte right after the place's first (appended when the input ends there); mutate() draws it only
// while a place is set.
void TestByteMutator::hotByteStaysAtThePlace() {
    Harness harness(full_setup(), 12);
    const std::string input = "0123456789abcdefghij";
    std::map<size_t, int> at;
    harness.mutator.set_hot(8, 10);
    for (int i = 0; i < 4000; ++i) {
        std::string data = input;
        QVERIFY(harness.mutator.change_hot_byte(data, 64));
        QCOMPARE(data.size(), input.size());
        size_t changed = 0;
        for (size_t k = 0; k < data.size(); ++k)
            if (data[k] != input[k]) {
                ++changed;
                ++at[k];
                QVERIFY2(k >= 6 && k < 12, qPrintable(QString::number(k)));
            }
        QCOMPARE(changed, size_t(1));
    }
    QVERIFY2(at[9] > 1600, qPrintable(QString::number(at[9]))); // half, and some of the window
    QVERIFY(at[8] > 800);
    QVERIFY(at[6] > 0 && at[11] > 0);

    // Past the end of a shorter input, or no place: it does not apply.
    std::string shorter = "0123";
    QVERIFY(!harness.mutator.change_hot_byte(shorter, 64));
    QCOMPARE(shorter, std::string("0123"));

    // A place at the end: the next byte is appended (not past max_size).
    harness.mutator.set_hot(3, 4);
    int appended = 0;
    for (int i = 0; i < 1000; ++i) {
        std::string data = "abcd";
        QVERIFY(harness.mutator.change_hot_byte(data, 64));
        QCOMPARE(data.substr(0, 1), std::string("a"));
        QVERIFY(data.size() == 4 || (data.size() == 5 && data.substr(0, 4) == "abcd"));
        appended += data.size() == 5;
        std::string full = "abcd";
        QVERIFY(harness.mutator.change_hot_byte(full, 4));
        QCOMPARE(full.size(), size_t(4));
    }
    QVERIFY2(appended > 450, qPrintable(QString::number(appended))); // a half and an eighth
    harness.mutator.set_hot(8, 10);

    int hot = 0;
    for (int i = 0; i < 3000; ++i) {
        std::string data = input;
        QVERIFY(harness.mutator.mutate(data, 64, 1));
        hot += harness.mutator.applied().front() == ByteMutator::kHotName;
    }
    QVERIFY2(hot > 1200 && hot < 1800, qPrintable(QString::number(hot))); // one in two
    harness.mutator.set_hot(0, 0);
    for (int i = 0; i < 3000; ++i) {
        std::string data = input;
        QVERIFY(harness.mutator.mutate(data, 64, 1));
        QVERIFY(harness.mutator.applied().front() != ByteMutator::kHotName);
    }
}

QTEST_APPLESS_MAIN(TestByteMutator)
#include "tst_byte_mutator.moc"
