// The worker protocol's wire format (codec.h) and blocking channel (channel.h). Every message type
// round-trips with all fields set to non-default values; the incremental decoder gives the same
// messages however the bytes are cut into feeds; malformed frames put it into an error state and
// never crash; payloads from older peers (fewer fields) decode with defaults. The channel is
// exercised over a real socket pair and a pipe.

#include "protocol/channel.h"
#include "protocol/codec.h"
#include "protocol/messages.h"

#include <QtTest>
#include <bit>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdint>
#include <limits>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

using namespace arcwise::protocol;

Q_DECLARE_METATYPE(arcwise::protocol::Message)

namespace {

template <size_t N> std::string S(const char (&s)[N]) {
    return std::string(s, N - 1);
}

QByteArray to_qt(const std::string& s) {
    return QByteArray(s.data(), qsizetype(s.size()));
}
std::string to_std(const QByteArray& a) {
    return std::string(a.constData(), size_t(a.size()));
}

// A full, exact description of a message, written independently of the codec's field lists:
// strings as hex, doubles as bits. Comparing descriptions compares every field.
struct Describer {
    QByteArray out;

    void field(const char* name, const std::string& s) {
        out += QByteArray(name) + "=" + to_qt(s).toHex() + " ";
    }
    void field(const char* name, uint64_t v) {
        out += QByteArray(name) + "=" + QByteArray::number(qulonglong(v)) + " ";
    }
    void field(const char* name, double d) {
        out += QByteArray(name) + "=0x" +
               QByteArray::number(qulonglong(std::bit_cast<uint64_t>(d)), 16) + " ";
    }
    void field(const char* name, const std::vector<std::string>& list) {
        out += QByteArray(name) + "=[";
        for (const auto& s : list)
            out += to_qt(s).toHex() + ",";
        out += "] ";
    }
    void field(const char* name, const std::vector<std::pair<std::string, uint64_t>>& list) {
        out += QByteArray(name) + "=[";
        for (const auto& [label, count] : list)
            out += to_qt(label).toHex() + ":" + QByteArray::number(qulonglong(count)) + ",";
        out += "] ";
    }
    void field(const char* name, const std::vector<std::pair<std::string, double>>& list) {
        out += QByteArray(name) + "=[";
        for (const auto& [label, score] : list)
            out += to_qt(label).toHex() + ":0x" +
                   QByteArray::number(qulonglong(std::bit_cast<uint64_t>(score)), 16) + ",";
        out += "] ";
    }
    void field(const char* name, const std::vector<uint32_t>& list) {
        out += QByteArray(name) + "=[";
        for (uint32_t v : list)
            out += QByteArray::number(v) + ",";
        out += "] ";
    }

    void operator()(const Hello& m) {
        out += "Hello ";
        field("protocol_version", uint64_t(m.protocol_version));
        field("pid", uint64_t(m.pid));
        field("runtime_version", m.runtime_version);
        field("build_id", m.build_id);
        out += "targets=[";
        for (const TargetInfo& t : m.targets) {
            out += "{";
            field("name", t.name);
            field("kind", t.kind);
            field("file", t.file);
            field("line", uint64_t(t.line));
            out += "}";
        }
        out += "]";
    }
    void operator()(const CorpusEntryIn& m) {
        out += "CorpusEntryIn ";
        field("input", m.input);
    }
    void operator()(const Fuzz& m) {
        out += "Fuzz ";
        field("target", m.target);
        field("seed", m.seed);
        field("max_runs", m.max_runs);
        field("max_time_ms", m.max_time_ms);
        field("max_len", uint64_t(m.max_len));
        field("timeout_ms", uint64_t(m.timeout_ms));
        field("rss_limit_mb", uint64_t(m.rss_limit_mb));
        field("malloc_limit_mb", uint64_t(m.malloc_limit_mb));
    }
    void operator()(const Stop&) { out += "Stop"; }
    void operator()(const NewEntry& m) {
        out += "NewEntry ";
        field("target", m.target);
        field("input", m.input);
        field("features", m.features);
        field("run", m.run);
    }
    void operator()(const Failure& m) {
        out += "Failure ";
        field("target", m.target);
        field("kind", m.kind);
        field("message", m.message);
        field("signature", m.signature);
        field("stack", m.stack);
        field("input", m.input);
    }
    void operator()(const Stats& m) {
        out += "Stats ";
        field("target", m.target);
        field("runs", m.runs);
        field("features", m.features);
        field("edges", m.edges);
        field("corpus_size", m.corpus_size);
        field("corpus_bytes", m.corpus_bytes);
        field("execs_per_second", m.execs_per_second);
        field("seconds", m.seconds);
        field("discovery_estimate", m.discovery_estimate);
        field("rss_mb", m.rss_mb);
        field("events", m.events);
        field("targets", m.targets);
        field("target_counts", m.target_counts);
    }
    void operator()(const Done& m) {
        out += "Done ";
        field("target", m.target);
        field("reason", m.reason);
        field("runs", m.runs);
    }
    void operator()(const Error& m) {
        out += "Error ";
        field("message", m.message);
    }
};

QByteArray describe(const Message& m) {
    Describer d;
    std::visit(d, m);
    return d.out;
}

QByteArray describe(const std::optional<Message>& m) {
    return m ? describe(*m) : "(none)";
}

// Messages with every field set to something other than its default.
Hello full_hello() {
    Hello m;
    m.protocol_version = 7;
    m.pid = 4242;
    m.runtime_version = "0.1.0-dev";
    m.build_id = "sha1:0123456789abcdef";
    m.targets = {{"Parser.RoundTrip", "property", "/src/tests/parser \xc3\xa9.cc", 17},
                 {"fuzz_png", "libfuzzer", "", std::numeric_limits<uint32_t>::max()}};
    return m;
}

Fuzz full_fuzz() {
    Fuzz m;
    m.target = "Parser.RoundTrip";
    m.seed = std::numeric_limits<uint64_t>::max();
    m.max_runs = uint64_t(1) << 40;
    m.max_time_ms = 127;
    m.max_len = 128;
    m.timeout_ms = std::numeric_limits<uint32_t>::max();
    m.rss_limit_mb = 1;
    m.malloc_limit_mb = 16384;
    return m;
}

NewEntry full_new_entry() {
    NewEntry m;
    m.target = "fuzz_png";
    m.input = S("AWCS\x01\x01\x04\x00\x00\x80\x01\x00\0\0\xff");
    m.features = {0, 1, 127, 128, 16383, 16384, std::numeric_limits<uint32_t>::max()};
    m.run = 9876543210ull;
    return m;
}

Failure full_failure() {
    Failure m;
    m.target = "Parser.RoundTrip";
    m.kind = "crash";
    m.message = "deadly signal SIGSEGV at 0x0";
    m.signature = "crash|parse_chunk|read_header|main";
    m.stack = {"#0 parse_chunk parser.cc:12", "", "#2 main main.cc:3 \xe2\x9c\x93"};
    m.input = std::string(300, '\0') + "tail";
    return m;
}

Stats full_stats() {
    Stats m;
    m.target = "t";
    m.runs = 1;
    m.features = 2;
    m.edges = 3;
    m.corpus_size = 4;
    m.corpus_bytes = uint64_t(1) << 35;
    m.execs_per_second = 12345.678;
    m.seconds = -0.0;
    m.discovery_estimate = std::numeric_limits<double>::denorm_min();
    m.rss_mb = 77;
    m.events = {{"long", 12},
                {"", 1},
                {"caf\xc3\xa9 \xe2\x80\x94 \xc2\xa0", std::numeric_limits<uint64_t>::max()}};
    m.targets = {{"length", 41.5}, {"", -std::numeric_limits<double>::max()}};
    m.target_counts = {{"length", 300}, {"", 0}};
    return m;
}

Done full_done() {
    Done m;
    m.target = "fuzz_png";
    m.reason = "failure";
    m.runs = 1000000;
    return m;
}

std::vector<Message> all_messages() {
    return {full_hello(),
            CorpusEntryIn{S("AWCS\x01\0\0"), {}},
            full_fuzz(),
            Stop{},
            full_new_entry(),
            full_failure(),
            full_stats(),
            full_done(),
            Error{"unknown target \"Nope\"\n"}};
}

// A hand-made payload writer, independent of the codec.
std::string varint(uint64_t v) {
    std::string out;
    while (v >= 0x80) {
        out.push_back(char((v & 0x7F) | 0x80));
        v >>= 7;
    }
    out.push_back(char(v));
    return out;
}
std::string str(const std::string& s) {
    return varint(s.size()) + s;
}
std::string f64(double d) {
    std::string out;
    const uint64_t bits = std::bit_cast<uint64_t>(d);
    for (int i = 0; i < 8; ++i)
        out.push_back(char(bits >> (8 * i)));
    return out;
}
std::string frame(uint8_t type, const std::string& payload, uint32_t length) {
    std::string out;
    for (int i = 0; i < 4; ++i)
        out.push_back(char(length >> (8 * i)));
    out.push_back(char(type));
    return out + payload;
}
std::string frame(uint8_t type, const std::string& payload) {
    return frame(type, payload, uint32_t(payload.size()));
}

std::vector<Message> drain(FrameDecoder& decoder) {
    std::vector<Message> out;
    while (auto m = decoder.next())
        out.push_back(std::move(*m));
    return out;
}

} // namespace

class TestCodec : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void roundTrip_data();
    void roundTrip();
    void wireLayout();
    void byteByByte();
    void severalFramesInOneFeed();
    void frameSplitAcrossFeeds();
    void emptyFeeds();

    void malformed_data();
    void malformed();
    void unknownType_data();
    void unknownType();
    void oversizedFrame_data();
    void oversizedFrame();
    void everyTruncationAndCorruption();
    void invalidNumbers_data();
    void invalidNumbers();
    void controlCharactersInNames_data();
    void controlCharactersInNames();
    void controlCharactersInTexts();

    void olderPeer_data();
    void olderPeer();
    void newerPeer();

    void channelOverSocketPair();
    void channelLargeMessage();
    void channelMalformedStream();
    void channelOverPipe();
    void channelPeerGone();
};

void TestCodec::initTestCase() {
    // A broken peer must show up as a failed send, not as a fatal signal.
    std::signal(SIGPIPE, SIG_IGN);
}

void TestCodec::roundTrip_data() {
    QTest::addColumn<Message>("message");
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("name");

    QTest::newRow("Hello") << Message(full_hello()) << int(MessageType::Hello)
                           << QByteArray("Hello");
    QTest::newRow("Hello, defaults")
        << Message(Hello{}) << int(MessageType::Hello) << QByteArray("Hello");
    QTest::newRow("CorpusEntryIn")
        << Message(CorpusEntryIn{S("AWCS\x01\0\0"), {}}) << int(MessageType::CorpusEntryIn)
        << QByteArray("CorpusEntryIn");
    QTest::newRow("CorpusEntryIn, 100 kB")
        << Message(CorpusEntryIn{std::string(100000, '\x80'), {}})
        << int(MessageType::CorpusEntryIn) << QByteArray("CorpusEntryIn");
    QTest::newRow("Fuzz") << Message(full_fuzz()) << int(MessageType::Fuzz) << QByteArray("Fuzz");
    QTest::newRow("Stop") << Message(Stop{}) << int(MessageType::Stop) << QByteArray("Stop");
    QTest::newRow("NewEntry") << Message(full_new_entry()) << int(MessageType::NewEntry)
                              << QByteArray("NewEntry");
    QTest::newRow("Failure") << Message(full_failure()) << int(MessageType::Failure)
                             << QByteArray("Failure");
    QTest::newRow("Stats") << Message(full_stats()) << int(MessageType::Stats)
                           << QByteArray("Stats");
    Stats special = full_stats(); // the edges of what is valid (NaN and infinities are not)
    special.execs_per_second = 1e12;
    special.seconds = std::numeric_limits<double>::denorm_min();
    special.discovery_estimate = 1.0;
    special.targets = {{"huge", std::numeric_limits<double>::max()},
                       {"tiny", -std::numeric_limits<double>::denorm_min()}};
    QTest::newRow("Stats, extreme doubles")
        << Message(special) << int(MessageType::Stats) << QByteArray("Stats");
    QTest::newRow("Done") << Message(full_done()) << int(MessageType::Done) << QByteArray("Done");
    QTest::newRow("Error") << Message(Error{"unknown target \"Nope\"\n"}) << int(MessageType::Error)
                           << QByteArray("Error");
}

void TestCodec::roundTrip() {
    QFETCH(Message, message);
    QFETCH(int, type);
    QFETCH(QByteArray, name);

    QCOMPARE(QByteArray(type_name(message)), name);
    const std::string encoded = encode(message);
    QVERIFY(encoded.size() >= kFrameHeaderSize);
    const auto* p = reinterpret_cast<const uint8_t*>(encoded.data());
    const uint32_t length = p[0] | (p[1] << 8) | (p[2] << 16) | (uint32_t(p[3]) << 24);
    QCOMPARE(size_t(length), encoded.size() - kFrameHeaderSize);
    QCOMPARE(int(p[4]), type);
    QCOMPARE(size_t(message.index()) + 1, size_t(type));

    std::string error;
    const auto decoded = decode(p[4], std::string_view(encoded).substr(kFrameHeaderSize), &error);
    QVERIFY2(decoded.has_value(), error.c_str());
    QVERIFY(error.empty());
    QCOMPARE(decoded->index(), message.index());
    QCOMPARE(describe(*decoded), describe(message));
    QCOMPARE(to_qt(encode(*decoded)).toHex(), to_qt(encoded).toHex());

    FrameDecoder decoder;
    decoder.feed(encoded);
    QCOMPARE(decoder.buffered(), encoded.size());
    const auto framed = decoder.next();
    QCOMPARE(describe(framed), describe(message));
    QVERIFY(!decoder.next());
    QCOMPARE(decoder.buffered(), size_t(0));
    QVERIFY(decoder.error().empty());
}

void TestCodec::wireLayout() {
    // The layout documented in codec.h, byte for byte.
    Done done;
    done.target = "ab";
    done.reason = "runs";
    done.runs = 300;
    QCOMPARE(to_qt(encode(done)), to_qt(S("\x0a\x00\x00\x00\x08\x02"
                                          "ab\x04runs\xac\x02")));
    QCOMPARE(to_qt(encode(Stop{})), to_qt(S("\0\0\0\0\x04")));
    Stats stats;
    stats.execs_per_second = 1.0;
    const std::string payload = str("") + varint(0) + varint(0) + varint(0) + varint(0) +
                                varint(0) + f64(1.0) + f64(0.0) + f64(0.0) + varint(0);
    // Three empty lists: events, targets, target_counts; then the optional fields appended in
    // protocol 1: discards, reruns, stable_reruns.
    const std::string appended = varint(0) + varint(0) + varint(0);
    QCOMPARE(to_qt(encode(stats)),
             to_qt(frame(uint8_t(MessageType::Stats),
                         payload + varint(0) + varint(0) + varint(0) + appended)));
    // Observations: a count, then (label, value) pairs.
    stats.events = {{"ab", 300}};
    stats.targets = {{"s", 2.0}};
    stats.target_counts = {{"s", 5}};
    QCOMPARE(to_qt(encode(stats)),
             to_qt(frame(uint8_t(MessageType::Stats),
                         payload + varint(1) + str("ab") + varint(300) + varint(1) + str("s") +
                             f64(2.0) + varint(1) + str("s") + varint(5) + appended)));
    // A Stats frame from a worker of protocol 0 (without the appended fields) still decodes.
    FrameDecoder old;
    old.feed(frame(uint8_t(MessageType::Stats), payload + varint(0) + varint(0) + varint(0)));
    const std::vector<Message> got = drain(old);
    QVERIFY(old.error().empty());
    QCOMPARE(got.size(), size_t(1));
}

void TestCodec::byteByByte() {
    const auto messages = all_messages();
    std::string stream;
    for (const Message& m : messages)
        stream += encode(m);
    FrameDecoder decoder;
    std::vector<Message> received;
    for (char byte : stream) {
        decoder.feed(std::string_view(&byte, 1));
        for (Message& m : drain(decoder))
            received.push_back(std::move(m));
        QVERIFY(decoder.error().empty());
    }
    QCOMPARE(received.size(), messages.size());
    for (size_t i = 0; i < messages.size(); ++i)
        QCOMPARE(describe(received[i]), describe(messages[i]));
    QCOMPARE(decoder.buffered(), size_t(0));
}

void TestCodec::severalFramesInOneFeed() {
    const auto messages = all_messages();
    std::string stream;
    for (int round = 0; round < 3; ++round)
        for (const Message& m : messages)
            stream += encode(m);
    FrameDecoder decoder;
    decoder.feed(stream);
    const auto received = drain(decoder);
    QVERIFY(decoder.error().empty());
    QCOMPARE(received.size(), 3 * messages.size());
    for (size_t i = 0; i < received.size(); ++i)
        QCOMPARE(describe(received[i]), describe(messages[i % messages.size()]));
    QCOMPARE(decoder.buffered(), size_t(0));
}

void TestCodec::frameSplitAcrossFeeds() {
    // Two frames, cut at every position: the first message comes out only once its last byte
    // arrived, and both come out whole.
    const Message first = full_failure();
    const Message second = full_hello();
    const std::string a = encode(first), b = encode(second);
    const std::string stream = a + b;
    for (size_t cut = 0; cut <= stream.size(); ++cut) {
        FrameDecoder decoder;
        decoder.feed(std::string_view(stream).substr(0, cut));
        auto got = drain(decoder);
        QCOMPARE(got.size(), size_t(cut >= a.size() ? 1 + (cut == stream.size()) : 0));
        QCOMPARE(decoder.buffered(),
                 cut - (cut >= a.size() ? a.size() : 0) - (cut == stream.size() ? b.size() : 0));
        decoder.feed(std::string_view(stream).substr(cut));
        for (Message& m : drain(decoder))
            got.push_back(std::move(m));
        QVERIFY(decoder.error().empty());
        QCOMPARE(got.size(), size_t(2));
        QCOMPARE(describe(got[0]), describe(first));
        QCOMPARE(describe(got[1]), describe(second));
    }
}

void TestCodec::emptyFeeds() {
    FrameDecoder decoder;
    QVERIFY(!decoder.next());
    decoder.feed({});
    QVERIFY(!decoder.next());
    QVERIFY(decoder.error().empty());
    QCOMPARE(decoder.buffered(), size_t(0));
    decoder.feed(encode(Stop{}));
    decoder.feed({});
    QVERIFY(std::holds_alternative<Stop>(*decoder.next()));
}

void TestCodec::malformed_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("expected"); // part of the error message

    const auto row = [](const char* name, MessageType type, const std::string& payload,
                        const char* expected) {
        QTest::newRow(name) << int(type) << to_qt(payload) << QByteArray(expected);
    };
    row("string past the end", MessageType::Error, varint(50) + "abc", "past the end");
    row("string length near 2^64", MessageType::Error,
        varint(std::numeric_limits<uint64_t>::max()) + "abc", "past the end");
    row("truncated integer", MessageType::Fuzz, str("t") + "\x80", "truncated integer");
    row("integer longer than 64 bits", MessageType::Done,
        str("t") + str("r") + std::string(11, '\xff'), "64 bits");
    row("32-bit field out of range", MessageType::Hello, varint(uint64_t(1) << 33), "out of range");
    row("truncated double", MessageType::Stats,
        str("t") + varint(1) + varint(2) + varint(3) + varint(4) + varint(5) + "\x01\x02\x03",
        "truncated double");
    row("list longer than the frame", MessageType::NewEntry,
        str("t") + str("in") + varint(1000) + "\x01\x02", "list longer");
    row("list of strings cut short", MessageType::Failure,
        str("t") + str("crash") + str("m") + str("s") + varint(3) + str("ab"), "");
    const std::string stats_head = str("t") + varint(1) + varint(2) + varint(3) + varint(4) +
                                   varint(5) + f64(1.0) + f64(2.0) + f64(0.5) + varint(6);
    row("event list cut short", MessageType::Stats,
        stats_head + varint(2) + str("a") + varint(1) + str("b"), "");
    row("target score cut short", MessageType::Stats,
        stats_head + varint(0) + varint(1) + str("s") + "\x01\x02", "truncated double");
    row("list of features cut short", MessageType::NewEntry,
        str("t") + str("in") + varint(3) + varint(1) + "\x80\x80", "");
    row("target list cut short", MessageType::Hello,
        varint(1) + varint(2) + str("v") + str("b") + varint(2) + str("T") + str("property") +
            str("f") + varint(1),
        "");
}

void TestCodec::malformed() {
    QFETCH(int, type);
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, expected);

    std::string error;
    const auto decoded = decode(uint8_t(type), to_std(payload), &error);
    QVERIFY2(!decoded.has_value(), describe(decoded).constData());
    QVERIFY(!error.empty());
    QVERIFY2(to_qt(error).contains(expected), error.c_str());
    QVERIFY2(to_qt(error).contains("byte"), error.c_str());
    QVERIFY(!decode(uint8_t(type), to_std(payload), nullptr).has_value());

    // In a stream: the decoder stops at the bad frame, even if good ones follow.
    FrameDecoder decoder;
    decoder.feed(encode(Stop{}) + frame(uint8_t(type), to_std(payload)) + encode(Stop{}));
    QVERIFY(std::holds_alternative<Stop>(*decoder.next()));
    QVERIFY(!decoder.next());
    QVERIFY(!decoder.error().empty());
    QVERIFY(!decoder.next());
    QVERIFY(!decoder.error().empty());
}

void TestCodec::unknownType_data() {
    QTest::addColumn<int>("type");
    for (int type : {0, 10, 11, 127, 255})
        QTest::addRow("type %d", type) << type;
}

void TestCodec::unknownType() {
    QFETCH(int, type);

    std::string error;
    QVERIFY(!decode(uint8_t(type), "", &error).has_value());
    QVERIFY2(to_qt(error).contains(QByteArray("unknown message type " + QByteArray::number(type))),
             error.c_str());
    QVERIFY(!decode(uint8_t(type), "payload", nullptr).has_value());

    FrameDecoder decoder;
    decoder.feed(frame(uint8_t(type), "xyz") + encode(Stop{}));
    QVERIFY(!decoder.next());
    QVERIFY2(to_qt(decoder.error()).contains("unknown message type"), decoder.error().c_str());
    QVERIFY(!decoder.next());
}

void TestCodec::oversizedFrame_data() {
    QTest::addColumn<uint>("length");
    QTest::newRow("limit + 1") << uint(kMaxFrameSize + 1);
    QTest::newRow("1 GiB") << uint(1u << 30);
    QTest::newRow("UINT32_MAX") << uint(std::numeric_limits<uint32_t>::max());
}

void TestCodec::oversizedFrame() {
    QFETCH(uint, length);

    FrameDecoder decoder;
    // The header alone is enough to reject it: nothing waits for 64 MiB to arrive.
    decoder.feed(frame(uint8_t(MessageType::CorpusEntryIn), "", length));
    QVERIFY(!decoder.next());
    QVERIFY(!decoder.error().empty());
    QVERIFY2(to_qt(decoder.error()).contains(QByteArray::number(length)), decoder.error().c_str());
    decoder.feed(encode(Stop{}));
    QVERIFY(!decoder.next());

    // Exactly at the limit is fine (the decoder waits for the rest).
    FrameDecoder at_limit;
    at_limit.feed(frame(uint8_t(MessageType::CorpusEntryIn), "", kMaxFrameSize));
    QVERIFY(!at_limit.next());
    QVERIFY(at_limit.error().empty());
}

void TestCodec::everyTruncationAndCorruption() {
    // Every prefix of every payload, and every single-byte change, decodes or fails with an
    // error; never a crash. A prefix that ends inside a field must fail.
    for (const Message& m : all_messages()) {
        const std::string encoded = encode(m);
        const auto type = uint8_t(encoded[4]);
        const std::string payload = encoded.substr(kFrameHeaderSize);
        for (size_t length = 0; length < payload.size(); ++length) {
            std::string error;
            const auto decoded = decode(type, std::string_view(payload).substr(0, length), &error);
            QVERIFY(decoded.has_value() != !error.empty());
            if (decoded) // a field boundary: what was there must have decoded
                QVERIFY(payload.compare(0, length, encode(*decoded).substr(kFrameHeaderSize), 0,
                                        length) == 0);
        }
        for (size_t at = 0; at < payload.size(); at += std::max<size_t>(1, payload.size() / 64)) {
            for (int flip : {0x01, 0x80, 0xFF}) {
                std::string corrupt = payload;
                corrupt[at] = char(uint8_t(corrupt[at]) ^ flip);
                std::string error;
                const auto decoded = decode(type, corrupt, &error);
                QVERIFY(decoded.has_value() != !error.empty());
                FrameDecoder decoder;
                decoder.feed(frame(type, corrupt));
                const auto framed = decoder.next();
                QCOMPARE(framed.has_value(), decoded.has_value());
            }
        }
    }
}

void TestCodec::invalidNumbers_data() {
    QTest::addColumn<Message>("sent");
    QTest::addColumn<Message>("expected"); // the bad fields at their defaults, the rest kept
    QTest::addColumn<int>("dropped");

    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const auto row = [](const char* name, const Stats& sent, const Stats& expected, int dropped) {
        QTest::newRow(name) << Message(sent) << Message(expected) << dropped;
    };
    Stats sent = full_stats(), expected = full_stats();
    sent.execs_per_second = nan;
    expected.execs_per_second = 0;
    row("NaN rate", sent, expected, 1);
    sent = full_stats(), expected = full_stats();
    sent.seconds = std::bit_cast<double>(0x7FF8000000000123ULL); // a NaN with a payload
    expected.seconds = 0;
    row("NaN with a payload", sent, expected, 1);
    sent = full_stats(), expected = full_stats();
    sent.discovery_estimate = inf;
    sent.execs_per_second = -inf;
    expected.discovery_estimate = 0;
    expected.execs_per_second = 0;
    row("infinities", sent, expected, 2);
    sent = full_stats(), expected = full_stats();
    sent.execs_per_second = -5;
    sent.discovery_estimate = 1.5;
    expected.execs_per_second = 0;
    expected.discovery_estimate = 0;
    row("out of meaning: a negative rate, an estimate above 1", sent, expected, 2);
    sent = full_stats(), expected = full_stats();
    sent.targets = {{"a", nan}, {"b", 2.0}, {"c", -inf}};
    expected.targets = {{"a", 0.0}, {"b", 2.0}, {"c", 0.0}};
    row("NaN and infinite target() scores", sent, expected, 2);
}

void TestCodec::invalidNumbers() {
    // One bad number costs its field, never the message: the campaign stores a second's
    // statistics in one batch, and a NaN there used to lose all of it.
    QFETCH(Message, sent);
    QFETCH(Message, expected);
    QFETCH(int, dropped);

    const std::string encoded = encode(sent);
    std::string error;
    uint32_t invalid = 99;
    const auto decoded = decode(
        uint8_t(encoded[4]), std::string_view(encoded).substr(kFrameHeaderSize), &error, &invalid);
    QVERIFY2(decoded.has_value(), error.c_str());
    QCOMPARE(describe(*decoded), describe(expected));
    QCOMPARE(int(invalid), dropped);

    FrameDecoder decoder;
    decoder.feed(encoded + encoded + encode(Stop{}));
    QCOMPARE(describe(decoder.next()), describe(expected));
    QCOMPARE(describe(decoder.next()), describe(expected));
    QVERIFY(std::holds_alternative<Stop>(*decoder.next()));
    QVERIFY(decoder.error().empty());
    QCOMPARE(decoder.invalid_numbers(), uint64_t(2 * dropped));
}

void TestCodec::controlCharactersInNames_data() {
    QTest::addColumn<Message>("message");
    QTest::addColumn<QByteArray>("expected"); // part of the error line

    Stats stats = full_stats();
    stats.target = S("Suite.\0Hidden");
    QTest::newRow("NUL in a Stats target") << Message(stats) << QByteArray("Stats.target");
    stats = full_stats();
    stats.events.push_back({"\x1b]0;owned\x07", 1});
    QTest::newRow("escape sequence in an event label") << Message(stats) << QByteArray("label");
    stats = full_stats();
    stats.targets.push_back({"score\n", 1.0});
    QTest::newRow("newline in a target() label") << Message(stats) << QByteArray("(0x0a");
    Hello hello = full_hello();
    hello.targets[1].name = "fuzz\x7f";
    QTest::newRow("DEL in a Hello target name") << Message(hello) << QByteArray("TargetInfo.name");
    hello = full_hello();
    hello.targets[0].kind = "prop\xc2\x9b"
                            "31m"; // U+009B, the one-byte CSI, in UTF-8
    QTest::newRow("C1 control in a kind") << Message(hello) << QByteArray("TargetInfo.kind");
    Failure failure = full_failure();
    failure.target = "t\r";
    QTest::newRow("CR in a Failure target") << Message(failure) << QByteArray("Failure.target");
    NewEntry entry = full_new_entry();
    entry.target = "a\tb";
    QTest::newRow("tab in a NewEntry target") << Message(entry) << QByteArray("NewEntry.target");
    Done done = full_done();
    done.reason = S("time\0");
    QTest::newRow("NUL in a Done reason") << Message(done) << QByteArray("Done.reason");
}

void TestCodec::controlCharactersInNames() {
    // A name with a control character is a malformed message: rejected with a line that says
    // which field, and the stream stops there like any other malformed frame.
    QFETCH(Message, message);
    QFETCH(QByteArray, expected);

    const std::string encoded = encode(message);
    std::string error;
    const auto decoded =
        decode(uint8_t(encoded[4]), std::string_view(encoded).substr(kFrameHeaderSize), &error);
    QVERIFY2(!decoded.has_value(), describe(decoded).constData());
    QVERIFY2(to_qt(error).contains(expected), error.c_str());
    QVERIFY2(to_qt(error).contains("control character"), error.c_str());
    QVERIFY2(to_qt(error).contains("payload byte"), error.c_str());

    FrameDecoder decoder;
    decoder.feed(encode(Stop{}) + encoded + encode(Stop{}));
    QVERIFY(std::holds_alternative<Stop>(*decoder.next()));
    QVERIFY(!decoder.next());
    QVERIFY(to_qt(decoder.error()).contains(expected));
}

void TestCodec::controlCharactersInTexts() {
    // Texts may hold anything (they are escaped where they are shown): a message, stack frames,
    // notes, an error.
    Failure failure = full_failure();
    failure.message = S("line 1\nline 2\x1b[31m red \0");
    failure.stack = {"#0 \x07 bell", S("\0")};
    failure.notes = {"tab\there"};
    const Error error_message{S("bad\0option\n")};
    for (const Message& m : {Message(failure), Message(error_message)}) {
        const std::string encoded = encode(m);
        std::string error;
        const auto decoded =
            decode(uint8_t(encoded[4]), std::string_view(encoded).substr(kFrameHeaderSize), &error);
        QVERIFY2(decoded.has_value(), error.c_str());
        QCOMPARE(describe(*decoded), describe(m));
    }
    QCOMPARE(control_character("Suite.Name \xc3\xa9\xc2\xa0"), std::string_view::npos);
    QCOMPARE(control_character(S("ab\0")), size_t(2));
    QCOMPARE(control_character("\xc2\x85"), size_t(0));
}

void TestCodec::olderPeer_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<Message>("expected");

    Fuzz fuzz; // an older supervisor that knew only target, seed and max_runs
    fuzz.target = "T";
    fuzz.seed = 99;
    fuzz.max_runs = 5;
    QTest::newRow("Fuzz, 3 of 8 fields")
        << int(MessageType::Fuzz) << to_qt(str("T") + varint(99) + varint(5)) << Message(fuzz);

    Hello hello;
    hello.protocol_version = 3;
    hello.pid = 12;
    QTest::newRow("Hello, 2 of 5 fields")
        << int(MessageType::Hello) << to_qt(varint(3) + varint(12)) << Message(hello);

    Stats stats;
    stats.target = "x";
    stats.runs = 10;
    stats.features = 20;
    stats.edges = 30;
    stats.corpus_size = 40;
    stats.corpus_bytes = 50;
    stats.execs_per_second = 2.5;
    stats.seconds = 4.0;
    Stats before_observations = stats;
    before_observations.discovery_estimate = 0.25;
    before_observations.rss_mb = 9;
    QTest::newRow("Stats, without events and target() scores")
        << int(MessageType::Stats)
        << to_qt(str("x") + varint(10) + varint(20) + varint(30) + varint(40) + varint(50) +
                 f64(2.5) + f64(4.0) + f64(0.25) + varint(9))
        << Message(before_observations);
    QTest::newRow("Stats, without discovery estimate and RSS")
        << int(MessageType::Stats)
        << to_qt(str("x") + varint(10) + varint(20) + varint(30) + varint(40) + varint(50) +
                 f64(2.5) + f64(4.0))
        << Message(stats);

    Failure failure;
    failure.target = "t";
    failure.kind = "timeout";
    QTest::newRow("Failure, 2 of 6 fields")
        << int(MessageType::Failure) << to_qt(str("t") + str("timeout")) << Message(failure);

    QTest::newRow("Done, empty payload")
        << int(MessageType::Done) << QByteArray() << Message(Done{});
    QTest::newRow("NewEntry, empty payload")
        << int(MessageType::NewEntry) << QByteArray() << Message(NewEntry{});
}

void TestCodec::olderPeer() {
    QFETCH(int, type);
    QFETCH(QByteArray, payload);
    QFETCH(Message, expected);

    std::string error;
    const auto decoded = decode(uint8_t(type), to_std(payload), &error);
    QVERIFY2(decoded.has_value(), error.c_str());
    QCOMPARE(describe(*decoded), describe(expected));
    // The defaults are the documented ones.
    if (const auto* fuzz = std::get_if<Fuzz>(&*decoded)) {
        QCOMPARE(fuzz->max_len, uint32_t(4096));
        QCOMPARE(fuzz->timeout_ms, uint32_t(1200 * 1000));
        QCOMPARE(fuzz->rss_limit_mb, uint32_t(2048));
        QCOMPARE(fuzz->malloc_limit_mb, uint32_t(0));
    }
    if (const auto* hello = std::get_if<Hello>(&*decoded))
        QVERIFY(hello->targets.empty());
}

void TestCodec::newerPeer() {
    // A newer peer appends fields: an older reader ignores what it does not know.
    for (const Message& m : all_messages()) {
        std::string encoded = encode(m);
        const std::string extra = varint(12345) + str("a field from the future") + f64(1.5);
        std::string payload = encoded.substr(kFrameHeaderSize) + extra;
        std::string error;
        const auto decoded = decode(uint8_t(encoded[4]), payload, &error);
        QVERIFY2(decoded.has_value(), error.c_str());
        QCOMPARE(describe(*decoded), describe(m));

        FrameDecoder decoder;
        decoder.feed(frame(uint8_t(encoded[4]), payload) + encode(Stop{}));
        QCOMPARE(describe(decoder.next()), describe(m));
        QVERIFY(std::holds_alternative<Stop>(*decoder.next()));
    }
}

void TestCodec::channelOverSocketPair() {
    int fds[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
    Channel a(fds[0]), b(fds[1]);
    QVERIFY(a.valid() && b.valid());
    QCOMPARE(a.fd(), fds[0]);

    const auto messages = all_messages();
    for (const Message& m : messages)
        QVERIFY(a.send(m));
    for (const Message& m : messages) {
        std::string error;
        const auto received = b.receive(&error);
        QVERIFY2(received.has_value(), error.c_str());
        QCOMPARE(describe(*received), describe(m));
    }
    // And the other way round, with a pre-encoded frame.
    const std::string raw = encode(full_done());
    QVERIFY(b.send_raw(raw.data(), raw.size()));
    QCOMPARE(describe(a.receive()), describe(Message(full_done())));

    // The peer closes: end of stream, after everything it sent.
    QVERIFY(a.send(Stop{}));
    a.close();
    QVERIFY(!a.valid());
    QVERIFY(!a.send(Stop{}));
    QVERIFY(std::holds_alternative<Stop>(*b.receive()));
    std::string error;
    QVERIFY(!b.receive(&error).has_value());
    QVERIFY2(to_qt(error).contains("end of stream"), error.c_str());
    QVERIFY(!b.receive().has_value());
    b.close();
    b.close(); // closing twice is harmless
    QVERIFY(!Channel().valid());
    QVERIFY(!Channel().send(Stop{}));
}

void TestCodec::channelLargeMessage() {
    // Larger than the socket buffers: the writer blocks until the reader drains, and the reader
    // assembles the frame from many reads.
    int fds[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
    Channel a(fds[0]), b(fds[1]);
    std::string input(3 << 20, '\0');
    for (size_t i = 0; i < input.size(); ++i)
        input[i] = char(i * 2654435761u >> 13);
    const Message big = CorpusEntryIn{input, {}};
    bool sent = false;
    std::thread writer([&] {
        sent = a.send(big) && a.send(full_stats()) && a.send(big);
        a.close();
    });
    std::vector<Message> received;
    std::string error;
    while (auto m = b.receive(&error))
        received.push_back(std::move(*m));
    writer.join();
    QVERIFY(sent);
    QVERIFY2(to_qt(error).contains("end of stream"), error.c_str());
    QCOMPARE(received.size(), size_t(3));
    QVERIFY(std::get<CorpusEntryIn>(received[0]).input == input);
    QCOMPARE(describe(received[1]), describe(Message(full_stats())));
    QVERIFY(std::get<CorpusEntryIn>(received[2]).input == input);
    b.close();
}

void TestCodec::channelMalformedStream() {
    int fds[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
    Channel a(fds[0]), b(fds[1]);
    const std::string bad = encode(Stop{}) + frame(200, "junk") + encode(Stop{});
    QVERIFY(a.send_raw(bad.data(), bad.size()));
    QVERIFY(std::holds_alternative<Stop>(*b.receive()));
    std::string error;
    QVERIFY(!b.receive(&error).has_value());
    QVERIFY2(to_qt(error).contains("unknown message type 200"), error.c_str());
    // The channel stays in the error state; it does not resynchronise on garbage.
    error.clear();
    QVERIFY(!b.receive(&error).has_value());
    QVERIFY(!error.empty());
    a.close();
    b.close();
}

void TestCodec::channelOverPipe() {
    // A pipe is not a socket: sending falls back to write().
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    Channel reader(fds[0]), writer(fds[1]);
    for (const Message& m : all_messages())
        QVERIFY(writer.send(m));
    writer.close();
    for (const Message& m : all_messages())
        QCOMPARE(describe(reader.receive()), describe(m));
    std::string error;
    QVERIFY(!reader.receive(&error).has_value());
    QVERIFY2(to_qt(error).contains("end of stream"), error.c_str());
    reader.close();
}

void TestCodec::channelPeerGone() {
    int fds[2];
    QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, fds), 0);
    Channel a(fds[0]), b(fds[1]);
    b.close();
    // The first write may still succeed into the buffer on some systems; a later one fails.
    bool failed = false;
    for (int i = 0; i < 100 && !failed; ++i)
        failed = !a.send(full_failure());
    QVERIFY(failed);
    a.close();

    // connect_unix to a path nobody listens on reports why.
    std::string error;
    const Channel none = Channel::connect_unix("/nonexistent/arcwise.sock", &error);
    QVERIFY(!none.valid());
    QVERIFY2(to_qt(error).contains("/nonexistent/arcwise.sock"), error.c_str());
    error.clear();
    QVERIFY(!Channel::connect_unix(std::string(200, 'x'), &error).valid());
    QVERIFY2(to_qt(error).contains("too long"), error.c_str());
}

QTEST_APPLESS_MAIN(TestCodec)
#include "tst_codec.moc"
