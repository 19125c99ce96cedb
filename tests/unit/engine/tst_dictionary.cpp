// Dictionary files (libFuzzer / AFL format): what parses, what each malformed line reports, and
// what add() accepts.

#include "engine/dictionary.h"

#include <QtTest>
#include <string>

using namespace arcwise::engine;

namespace {

template <size_t N> QByteArray B(const char (&s)[N]) {
    return QByteArray(s, N - 1);
}

std::string_view view(const QByteArray& a) {
    return {a.constData(), size_t(a.size())};
}
QByteArray to_qt(const std::string& s) {
    return QByteArray(s.data(), qsizetype(s.size()));
}

QByteArrayList words_of(const Dictionary& dictionary) {
    QByteArrayList out;
    for (const std::string& word : dictionary.words())
        out += to_qt(word);
    return out;
}

} // namespace

class TestDictionary : public QObject {
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void reportsErrors_data();
    void reportsErrors();
    void errorPointerMayBeNull();
    void add();
};

void TestDictionary::parses_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArrayList>("words");

    QTest::newRow("empty file") << QByteArray() << QByteArrayList{};
    QTest::newRow("comments and blank lines")
        << QByteArray("# a comment\n\n   \n\t# indented comment\n") << QByteArrayList{};
    QTest::newRow("bare value") << QByteArray("\"GET\"\n") << QByteArrayList{"GET"};
    QTest::newRow("named values, no final newline")
        << QByteArray("kw1=\"GET\"\nkw2=\"POST\"") << QByteArrayList{"GET", "POST"};
    QTest::newRow("AFL level") << QByteArray("keyword@2=\"x\"") << QByteArrayList{"x"};
    QTest::newRow("spaces around =") << QByteArray("  kw = \"a b\"  \n") << QByteArrayList{"a b"};
    QTest::newRow("name characters")
        << QByteArray("tag.v-1_X=\"a\"\n_=\"b\"") << QByteArrayList{"a", "b"};
    QTest::newRow("escapes") << QByteArray(R"("\\\"\x41\xfF\x00")")
                             << QByteArrayList{B("\\\"A\xff\0")};
    QTest::newRow("escaped quotes inside")
        << QByteArray(R"(kw="say \"hi\"")") << QByteArrayList{"say \"hi\""};
    QTest::newRow("raw bytes kept")
        << QByteArray("\"caf\xc3\xa9\tx\"") << QByteArrayList{"caf\xc3\xa9\tx"};
    QTest::newRow("hash inside a value")
        << QByteArray("\"#not a comment\"") << QByteArrayList{"#not a comment"};
    QTest::newRow("trailing comment")
        << QByteArray("\"a\" # comment\nkw=\"b\"#tight") << QByteArrayList{"a", "b"};
    QTest::newRow("CRLF line ends")
        << QByteArray("\"a\"\r\n\r\n\"b\"\r\n") << QByteArrayList{"a", "b"};
    QTest::newRow("duplicates kept once")
        << QByteArray("\"a\"\n\"b\"\nx=\"a\"\n\"\\x61\"") << QByteArrayList{"a", "b"};
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf\"a\"") << QByteArrayList{"a"};
    QTest::newRow("longest word") << QByteArray("\"" + QByteArray(64, 'w') + "\"")
                                  << QByteArrayList{QByteArray(64, 'w')};
    QTest::newRow("64 bytes from escapes")
        << QByteArray("\"" + QByteArray("\\x00").repeated(64) + "\"")
        << QByteArrayList{QByteArray(64, '\0')};
}

void TestDictionary::parses() {
    QFETCH(QByteArray, text);
    QFETCH(QByteArrayList, words);

    std::string error = "untouched";
    const std::optional<Dictionary> dictionary = Dictionary::parse(view(text), "dict.txt", &error);
    QVERIFY2(dictionary.has_value(), error.c_str());
    QCOMPARE(words_of(*dictionary), words);
    QCOMPARE(dictionary->size(), size_t(words.size()));
    QCOMPARE(dictionary->empty(), words.isEmpty());
}

void TestDictionary::reportsErrors_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("origin");
    QTest::addColumn<QByteArray>("error");

    const QByteArray d = "dict.txt";
    QTest::newRow("unterminated") << QByteArray("\"abc") << d
                                  << QByteArray("dict.txt:1: unterminated string: missing closing "
                                                "'\"'");
    QTest::newRow("unterminated after an escaped quote")
        << QByteArray(R"("abc\")") << d
        << QByteArray("dict.txt:1: unterminated string: missing closing '\"'");
    QTest::newRow("unterminated by a final backslash")
        << QByteArray(R"("abc\)") << d
        << QByteArray("dict.txt:1: unterminated string: missing closing '\"'");
    QTest::newRow("line number counts blank and comment lines")
        << QByteArray("\"ok\"\n\n# c\n\"bad") << d
        << QByteArray("dict.txt:4: unterminated string: missing closing '\"'");
    QTest::newRow("line number with CRLF")
        << QByteArray("\"a\"\r\n\"b") << d
        << QByteArray("dict.txt:2: unterminated string: missing closing '\"'");
    QTest::newRow("\\x with one hex digit")
        << QByteArray(R"("\x4")") << d
        << QByteArray(R"(dict.txt:1: bad \x escape: expected two hex digits after \x)");
    QTest::newRow("\\x with no hex digit")
        << QByteArray(R"("\xzz")") << d
        << QByteArray(R"(dict.txt:1: bad \x escape: expected two hex digits after \x)");
    QTest::newRow("\\x at end of line")
        << QByteArray(R"("\x)") << d
        << QByteArray(R"(dict.txt:1: bad \x escape: expected two hex digits after \x)");
    QTest::newRow("unknown escape")
        << QByteArray(R"("a\nb")") << d
        << QByteArray(R"(dict.txt:1: unknown escape \n (use \\, \" or \xNN))");
    QTest::newRow("unknown escape of a control byte")
        << QByteArray("\"\\\x01\"") << d
        << QByteArray(R"(dict.txt:1: unknown escape \\x01 (use \\, \" or \xNN))");
    QTest::newRow("bare word")
        << QByteArray("GET") << d
        << QByteArray(R"(dict.txt:1: missing quotes: expected "value" or name="value")");
    QTest::newRow("single quotes")
        << QByteArray("'GET'") << d
        << QByteArray(R"(dict.txt:1: missing quotes: expected "value" or name="value")");
    QTest::newRow("unquoted value")
        << QByteArray("kw=GET") << d
        << QByteArray(
               R"(dict.txt:1: missing quotes: the value after '=' must be in double quotes)");
    QTest::newRow("nothing after =")
        << QByteArray("kw=") << d
        << QByteArray(
               R"(dict.txt:1: missing quotes: the value after '=' must be in double quotes)");
    QTest::newRow("missing =") << QByteArray(R"(kw "GET")") << d
                               << QByteArray(
                                      R"(dict.txt:1: missing '=' between the name and the value)");
    QTest::newRow("bad level") << QByteArray(R"(kw@="GET")") << d
                               << QByteArray(R"(dict.txt:1: expected a number after '@')");
    QTest::newRow("text after the value")
        << QByteArray(R"("GET" POST)") << d
        << QByteArray(R"(dict.txt:1: unexpected text after the closing quote: 'POST')");
    QTest::newRow("two values")
        << QByteArray(R"("GET""POST")") << d
        << QByteArray(R"(dict.txt:1: unexpected text after the closing quote: '"POST"')");
    QTest::newRow("empty word") << QByteArray(R"(kw="")") << d
                                << QByteArray("dict.txt:1: empty word");
    QTest::newRow("word too long")
        << QByteArray("\"" + QByteArray(65, 'w') + "\"") << d
        << QByteArray("dict.txt:1: word is 65 bytes long; the maximum is 64");
    QTest::newRow("origin is a path")
        << QByteArray("\"a\"\n\"b\"\nbad") << QByteArray("/etc/arcwise/http.dict")
        << QByteArray(
               R"(/etc/arcwise/http.dict:3: missing quotes: expected "value" or name="value")");
}

void TestDictionary::reportsErrors() {
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, origin);
    QFETCH(QByteArray, error);

    std::string message;
    const std::optional<Dictionary> dictionary =
        Dictionary::parse(view(text), view(origin), &message);
    QVERIFY(!dictionary.has_value());
    QCOMPARE(to_qt(message), error);
}

void TestDictionary::errorPointerMayBeNull() {
    QVERIFY(!Dictionary::parse("\"unterminated", "x", nullptr).has_value());
    const auto dictionary = Dictionary::parse("\"fine\"", "x", nullptr);
    QVERIFY(dictionary.has_value());
    QCOMPARE(dictionary->size(), size_t(1));
}

void TestDictionary::add() {
    Dictionary dictionary;
    QVERIFY(dictionary.empty());
    QVERIFY(!dictionary.add(""));
    QVERIFY(!dictionary.add(std::string(Dictionary::kMaxWordSize + 1, 'x')));
    QVERIFY(dictionary.empty());

    QVERIFY(dictionary.add("first"));
    QVERIFY(dictionary.add(std::string(Dictionary::kMaxWordSize, 'x')));
    QVERIFY(dictionary.add(std::string_view("\0\1", 2)));
    QVERIFY(!dictionary.add("first"));
    QVERIFY(!dictionary.add(std::string_view("\0\1", 2)));
    QVERIFY(dictionary.add("First"));

    QCOMPARE(dictionary.size(), size_t(4));
    QVERIFY(!dictionary.empty());
    QCOMPARE(words_of(dictionary),
             (QByteArrayList{"first", QByteArray(int(Dictionary::kMaxWordSize), 'x'), B("\0\1"),
                             "First"}));
}

QTEST_APPLESS_MAIN(TestDictionary)
#include "tst_dictionary.moc"
