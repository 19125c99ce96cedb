// Campaign reports (report_formats.h) over a hand-built campaign: three targets in one binary and
// one in another, a target with two failures, a passing one, a never-fuzzed one with a fixed
// failure, failures with and without a location, and messages with XML-special characters,
// non-ASCII text and a control character. Each format is parsed back and checked against what the
// data says: JSON's shape and values, SARIF's required properties on every result, JUnit's counts
// against the test cases it really contains, and the text's examples and stack frames.

#include "campaign/report_formats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>
#include <QXmlStreamReader>
#include <QtTest>
#include <algorithm>
#include <map>

using namespace arcwise::campaign;

namespace {

const QString kProject = QStringLiteral("/home/dev/proj");
const QString kParserBinary = QStringLiteral("/home/dev/proj/build/parser_test");
const QString kPngBinary = QStringLiteral("/home/dev/proj/build/fuzz_png");
const QString kLegacyBinary = QStringLiteral("/opt/legacy/legacy_test");
// XML-special characters, non-ASCII text (two bytes, three bytes, outside the BMP).
const QString kSpecialMessage = QStringLiteral("expected <a & b> == \"c\" isn't 'd' \u2014 "
                                               "\u00fcn\u00efc\u00f6d\u00e9 \u2713 ") +
                                QString::fromUtf8("\xf0\x9f\x90\x9b");
// A control character, which XML 1.0 cannot carry.
const QString kCrashMessage = QStringLiteral("deadly signal SIGSEGV at 0x0 \x01");
constexpr qint64 kFirstSeen = 1700000000000; // 2023-11-14T22:13:20Z
constexpr qint64 kLastSeen = 1700000360000;  // 2023-11-14T22:19:20Z

TargetRow target(qint64 id, const QString& binary, const QString& name, const char* status,
                 qint64 executions) {
    TargetRow t;
    t.id = id;
    t.binary = binary;
    t.name = name;
    t.kind = QStringLiteral("property");
    t.status = QString::fromLatin1(status);
    t.executions = executions;
    t.features = executions / 100;
    t.corpus_size = executions / 1000;
    t.execs_per_second = executions > 0 ? 1000 : 0;
    t.estimate = executions > 0 ? 0.25 : 0;
    return t;
}

FailureRow failure(qint64 id, const TargetRow& t, const char* kind, const QString& message) {
    FailureRow f;
    f.id = id;
    f.target_id = t.id;
    f.target = t.name;
    f.binary = t.binary;
    f.kind = QString::fromLatin1(kind);
    f.signature = f.kind + QStringLiteral(":sig") + QString::number(id);
    f.message = message;
    f.count = id;
    f.first_seen_ms = kFirstSeen;
    f.last_seen_ms = kLastSeen;
    return f;
}

ReportData campaign() {
    ReportData data;
    data.project = kProject;
    data.arcwise_version = QStringLiteral("0.1.0");
    data.generated = QDateTime(QDate(2024, 3, 1), QTime(12, 30, 5), QTimeZone::utc());

    TargetRow roundtrip =
        target(1, kParserBinary, QStringLiteral("Parser.RoundTrip"), kStatusFailing, 200000);
    roundtrip.file = kProject + QStringLiteral("/tests/parser_test.cc");
    roundtrip.line = 20;
    TargetRow png = target(2, kPngBinary, QStringLiteral("fuzz_png"), kStatusFailing, 50000);
    png.kind = QStringLiteral("libfuzzer");
    png.file = QStringLiteral("/usr/src/png/fuzz png.cc"); // outside the project, with a blank
    png.line = 5;
    TargetRow commutes =
        target(3, kParserBinary, QStringLiteral("Math.Commutes"), kStatusIdle, 5000);
    TargetRow legacy = target(4, kLegacyBinary, QStringLiteral("Legacy.Old"), kStatusFixed, 0);
    data.targets = {roundtrip, png, commutes, legacy};

    // With a location; a long stack.
    FailureRow check = failure(11, roundtrip, "assertion", kSpecialMessage);
    check.location = kProject + QStringLiteral("/src/parser.cc:120");
    for (int i = 0; i < 10; ++i)
        check.stack
            << QStringLiteral("frame%1(int, char) /home/dev/proj/src/deep.cc:%2").arg(i).arg(i + 1);
    check.example =
        QStringLiteral("Falsifying example: RoundTrip(\n  xs = {0, 1},\n  s = \"<&>\",\n)");
    check.minimal_input = QByteArray("\x00\x01\xff<&>", 6);
    check.first_input = QByteArray("longer input");
    // No location: the first stack frame with file:line gives it.
    FailureRow crash = failure(12, roundtrip, "crash", kCrashMessage);
    crash.status = QString::fromLatin1(kFailureConfirmed);
    crash.stack = {QStringLiteral("?? (libc.so.6+0x1234)"),
                   QStringLiteral("parse(std::string const&, int) /home/dev/proj/src/lexer.cc:77"),
                   QStringLiteral("main /home/dev/proj/src/main.cc:3")};
    crash.example = QStringLiteral("Falsifying example: RoundTrip(\n  xs = {},\n)");
    crash.first_input = QByteArray("raw");
    // Neither location nor stack: SARIF falls back to the target's file and line.
    FailureRow timeout = failure(13, png, "timeout", QStringLiteral("timeout after 10 seconds"));
    timeout.first_seen_ms = 0;
    // Fixed: not failing for CI.
    FailureRow fixed = failure(14, legacy, "abort", QStringLiteral("abort() called"));
    fixed.status = QString::fromLatin1(kFailureFixed);
    fixed.example = QStringLiteral("Falsifying example: Old(n = 3)");
    data.failures = {check, crash, timeout, fixed};
    return data;
}

QJsonObject parse_json(const QByteArray& bytes) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning() << "invalid JSON:" << error.errorString() << bytes.left(200);
    return doc.object();
}

QSet<QString> keys(const QJsonObject& o) {
    const QStringList list = o.keys();
    return QSet<QString>(list.begin(), list.end());
}

QSet<QString> key_set(std::initializer_list<const char*> names) {
    QSet<QString> set;
    for (const char* name : names)
        set.insert(QString::fromLatin1(name));
    return set;
}

QJsonObject json_failure(const QJsonObject& report, qint64 id) {
    const QJsonArray targets = report.value(QStringLiteral("targets")).toArray();
    for (const QJsonValue& t : targets)
        for (const QJsonValue& f : t.toObject().value(QStringLiteral("failures")).toArray())
            if (f.toObject().value(QStringLiteral("id")).toInteger() == id)
                return f.toObject();
    return {};
}

// What a JUnit document holds, as read back.
struct JUnitCase {
    QString name, classname, suite;
    int failures = 0, errors = 0, skipped = 0;
    QString failure_message, failure_type, failure_text, system_out;
};
struct JUnitSuite {
    QString name;
    QXmlStreamAttributes attributes;
    int cases = 0, failures = 0, errors = 0, skipped = 0;
};
struct JUnitDoc {
    QXmlStreamAttributes root;
    std::vector<JUnitSuite> suites;
    std::vector<JUnitCase> cases;
    QString error;
};

JUnitDoc read_junit(const QByteArray& bytes) {
    JUnitDoc doc;
    QXmlStreamReader xml(bytes);
    JUnitCase* current = nullptr;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("testsuites")) {
            doc.root = xml.attributes();
        } else if (name == QLatin1String("testsuite")) {
            doc.suites.push_back({xml.attributes().value(QStringLiteral("name")).toString(),
                                  xml.attributes(), 0, 0, 0, 0});
        } else if (name == QLatin1String("testcase")) {
            JUnitCase c;
            c.name = xml.attributes().value(QStringLiteral("name")).toString();
            c.classname = xml.attributes().value(QStringLiteral("classname")).toString();
            c.suite = doc.suites.empty() ? QString() : doc.suites.back().name;
            doc.cases.push_back(c);
            current = &doc.cases.back();
            if (!doc.suites.empty())
                ++doc.suites.back().cases;
        } else if (current && name == QLatin1String("failure")) {
            ++current->failures;
            current->failure_message = xml.attributes().value(QStringLiteral("message")).toString();
            current->failure_type = xml.attributes().value(QStringLiteral("type")).toString();
            current->failure_text = xml.readElementText();
        } else if (current && name == QLatin1String("error")) {
            ++current->errors;
        } else if (current && name == QLatin1String("skipped")) {
            ++current->skipped;
        } else if (current && name == QLatin1String("system-out")) {
            current->system_out = xml.readElementText();
        }
    }
    if (xml.hasError())
        doc.error =
            xml.errorString() + QStringLiteral(" at line ") + QString::number(xml.lineNumber());
    for (const JUnitCase& c : doc.cases) {
        for (JUnitSuite& s : doc.suites) {
            if (s.name != c.suite)
                continue;
            s.failures += c.failures > 0;
            s.errors += c.errors > 0;
            s.skipped += c.skipped > 0;
        }
    }
    return doc;
}

int attribute(const QXmlStreamAttributes& attributes, const char* name) {
    bool ok = false;
    const int n = attributes.value(QString::fromLatin1(name)).toInt(&ok);
    return ok ? n : -1;
}

} // namespace

class TestReportFormats : public QObject {
    Q_OBJECT

private slots:
    void failurePosition_data();
    void failurePosition();
    void jsonShape();
    void jsonHosts();
    void jsonFailures_data();
    void jsonFailures();
    void jsonKeepsFailuresOfUnknownTargets();
    void sarifRequiredProperties();
    void sarifLocations_data();
    void sarifLocations();
    void sarifLocationFallbacks_data();
    void sarifLocationFallbacks();
    void junitCounts();
    void junitSpecialCharacters();
    void junitCharactersXmlCannotCarry();
    void textListsFailures();
    void emptyCampaign_data();
    void emptyCampaign();
};

void TestReportFormats::failurePosition_data() {
    QTest::addColumn<QString>("location");
    QTest::addColumn<QStringList>("stack");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");

    QTest::newRow("location") << QStringLiteral("/src/a.cc:42") << QStringList() << "/src/a.cc"
                              << 42;
    QTest::newRow("location with column")
        << QStringLiteral("src/a.cc:42:7") << QStringList() << "src/a.cc" << 42;
    QTest::newRow("location without line")
        << QStringLiteral("src/a.cc") << QStringList() << "src/a.cc" << 0;
    QTest::newRow("location wins over stack")
        << QStringLiteral("/src/a.cc:1") << QStringList{QStringLiteral("f /src/b.cc:2")}
        << "/src/a.cc" << 1;
    QTest::newRow("first frame with file:line")
        << QString()
        << QStringList{QStringLiteral("?? (libc.so.6+0x10)"), QStringLiteral("g /src/c.cc"),
                       QStringLiteral("ns::f(std::vector<int, std::allocator<int> > const&) "
                                      "/src/dir with blank/d.cc:9"),
                       QStringLiteral("main /src/main.cc:1")}
        << "/src/dir with blank/d.cc" << 9;
    QTest::newRow("relative frame path")
        << QString() << QStringList{QStringLiteral("f(int, char) src/e.cc:12")} << "src/e.cc" << 12;
    QTest::newRow("none") << QString()
                          << QStringList{QStringLiteral("?? (a.out+0x10)"), QStringLiteral("??")}
                          << QString() << 0;
}

void TestReportFormats::failurePosition() {
    QFETCH(QString, location);
    QFETCH(QStringList, stack);
    QFETCH(QString, file);
    QFETCH(int, line);
    FailureRow f;
    f.location = location;
    f.stack = stack;
    const SourcePosition pos = failure_position(f);
    QCOMPARE(pos.file, file);
    QCOMPARE(pos.line, line);
    QCOMPARE(pos.isValid(), !file.isEmpty());
}

// Several hosts on one campaign: each with its state as of the report's time, each target with
// the hosts and workers that fuzzed it, and the scaling hint when there is one.
void TestReportFormats::jsonHosts() {
    ReportData data = campaign();
    const qint64 now = data.generated.toMSecsSinceEpoch();
    data.hosts = {
        HostRow{1, QStringLiteral("ci-1"), 8, QStringLiteral("0.1.0"), now - 600000, now - 1000,
                123, false},
        HostRow{2, QStringLiteral("ci-2"), 4, QStringLiteral("0.1.0"), now - 600000, now - 120000,
                45, false},
        HostRow{3, QStringLiteral("laptop"), 2, QString(), now - 900000, now - 800000, 6, true}};
    data.spread[data.targets.front().id] = TargetSpread{2, 3};
    ScalingHint hint;
    hint.per_minute = 1.5;
    hint.cores = 12;
    hint.recommended = 6;
    hint.reason = QStringLiteral("Remove 6 cores.");
    data.scaling = hint;
    const QJsonObject report = parse_json(report_json(data));
    const QJsonArray hosts = report.value(QStringLiteral("hosts")).toArray();
    QCOMPARE(hosts.size(), 3);
    QCOMPARE(keys(hosts[0].toObject()),
             key_set({"name", "cores", "version", "executions", "started", "last_seen", "state"}));
    QCOMPARE(hosts[0][QStringLiteral("state")].toString(), QStringLiteral("running"));
    QCOMPARE(hosts[1][QStringLiteral("state")].toString(), QStringLiteral("stale"));
    QCOMPARE(hosts[2][QStringLiteral("state")].toString(), QStringLiteral("stopped"));
    QCOMPARE(hosts[0][QStringLiteral("cores")].toInt(), 8);
    QCOMPARE(hosts[0][QStringLiteral("executions")].toInteger(), 123);
    QVERIFY(hosts[2][QStringLiteral("version")].isNull());
    const QJsonObject first = report.value(QStringLiteral("targets")).toArray()[0].toObject();
    QCOMPARE(first[QStringLiteral("hosts")].toInt(), 2);
    QCOMPARE(first[QStringLiteral("workers")].toInt(), 3);
    const QJsonObject scaling = report.value(QStringLiteral("scaling")).toObject();
    QCOMPARE(scaling[QStringLiteral("recommended")].toInt(), 6);
    QCOMPARE(scaling[QStringLiteral("reason")].toString(), QStringLiteral("Remove 6 cores."));
    QVERIFY(report_text(data).contains("Hosts: ci-1, ci-2 (stale), laptop"));
}

void TestReportFormats::jsonShape() {
    const ReportData data = campaign();
    const QJsonObject report = parse_json(report_json(data));
    QCOMPARE(keys(report),
             key_set({"project", "generated", "arcwise_version", "hosts", "targets"}));
    QCOMPARE(report.value(QStringLiteral("project")).toString(), kProject);
    QCOMPARE(report.value(QStringLiteral("arcwise_version")).toString(), QStringLiteral("0.1.0"));
    QCOMPARE(report.value(QStringLiteral("generated")).toString(),
             QStringLiteral("2024-03-01T12:30:05Z"));

    const QJsonArray targets = report.value(QStringLiteral("targets")).toArray();
    QCOMPARE(targets.size(), qsizetype(data.targets.size()));
    const std::map<QString, qsizetype> expected_failures = {{QStringLiteral("Parser.RoundTrip"), 2},
                                                            {QStringLiteral("fuzz_png"), 1},
                                                            {QStringLiteral("Math.Commutes"), 0},
                                                            {QStringLiteral("Legacy.Old"), 1}};
    for (qsizetype i = 0; i < targets.size(); ++i) {
        const QJsonObject t = targets[i].toObject();
        const TargetRow& row = data.targets[size_t(i)];
        QCOMPARE(keys(t), key_set({"id", "name", "binary", "kind", "file", "line", "status",
                                   "executions", "features", "corpus", "execs_per_second",
                                   "estimate", "workers", "hosts", "failures"}));
        QCOMPARE(t.value(QStringLiteral("name")).toString(), row.name);
        QCOMPARE(t.value(QStringLiteral("binary")).toString(), row.binary);
        QCOMPARE(t.value(QStringLiteral("kind")).toString(), row.kind);
        QCOMPARE(t.value(QStringLiteral("status")).toString(), row.status);
        QCOMPARE(t.value(QStringLiteral("executions")).toInteger(), row.executions);
        QCOMPARE(t.value(QStringLiteral("features")).toInteger(), row.features);
        QCOMPARE(t.value(QStringLiteral("corpus")).toInteger(), row.corpus_size);
        QCOMPARE(t.value(QStringLiteral("execs_per_second")).toDouble(), row.execs_per_second);
        QCOMPARE(t.value(QStringLiteral("estimate")).toDouble(), row.estimate);
        if (row.file.isEmpty()) {
            QVERIFY(t.value(QStringLiteral("file")).isNull());
            QVERIFY(t.value(QStringLiteral("line")).isNull());
        } else {
            QCOMPARE(t.value(QStringLiteral("file")).toString(), row.file);
            QCOMPARE(t.value(QStringLiteral("line")).toInt(), row.line);
        }
        const QJsonArray failures = t.value(QStringLiteral("failures")).toArray();
        QCOMPARE(failures.size(), expected_failures.at(row.name));
        for (const QJsonValue& f : failures) {
            QCOMPARE(keys(f.toObject()), key_set({"id", "signature", "kind", "message", "location",
                                                  "status", "count", "first_seen", "last_seen",
                                                  "example", "stack", "minimal_input_base64"}));
        }
    }
}

void TestReportFormats::jsonFailures_data() {
    QTest::addColumn<qint64>("id");
    QTest::addColumn<QJsonValue>("location"); // a string, or null
    QTest::addColumn<QJsonValue>("first_seen");

    const QJsonValue null(QJsonValue::Null);
    const QJsonValue first_seen(QStringLiteral("2023-11-14T22:13:20Z"));
    QTest::newRow("explicit location")
        << qint64(11) << QJsonValue(kProject + QStringLiteral("/src/parser.cc:120")) << first_seen;
    QTest::newRow("location from stack")
        << qint64(12) << QJsonValue(kProject + QStringLiteral("/src/lexer.cc:77")) << first_seen;
    QTest::newRow("no location, no first seen") << qint64(13) << null << null;
    QTest::newRow("fixed") << qint64(14) << null << first_seen;
}

void TestReportFormats::jsonFailures() {
    QFETCH(qint64, id);
    QFETCH(QJsonValue, location);
    QFETCH(QJsonValue, first_seen);
    const ReportData data = campaign();
    const auto row = std::find_if(data.failures.begin(), data.failures.end(),
                                  [id](const FailureRow& f) { return f.id == id; });
    QVERIFY(row != data.failures.end());

    const QJsonObject f = json_failure(parse_json(report_json(data)), id);
    QVERIFY(!f.isEmpty());
    QCOMPARE(f.value(QStringLiteral("location")), location);
    QCOMPARE(f.value(QStringLiteral("first_seen")), first_seen);
    QCOMPARE(f.value(QStringLiteral("last_seen")).toString(),
             QStringLiteral("2023-11-14T22:19:20Z"));
    QCOMPARE(f.value(QStringLiteral("message")).toString(), row->message);
    QCOMPARE(f.value(QStringLiteral("signature")).toString(), row->signature);
    QCOMPARE(f.value(QStringLiteral("kind")).toString(), row->kind);
    QCOMPARE(f.value(QStringLiteral("status")).toString(), row->status);
    QCOMPARE(f.value(QStringLiteral("count")).toInteger(), row->count);
    QCOMPARE(f.value(QStringLiteral("example")).toString(), row->example);
    QStringList stack;
    for (const QJsonValue& frame : f.value(QStringLiteral("stack")).toArray())
        stack << frame.toString();
    QCOMPARE(stack, row->stack);
    // The minimal input when shrunk, else the input as found.
    const QByteArray input = QByteArray::fromBase64(
        f.value(QStringLiteral("minimal_input_base64")).toString().toLatin1());
    QCOMPARE(input, row->minimal_input.isEmpty() ? row->first_input : row->minimal_input);
}

void TestReportFormats::jsonKeepsFailuresOfUnknownTargets() {
    ReportData data = campaign();
    FailureRow orphan = failure(99, data.targets.front(), "exit", QStringLiteral("exit(1)"));
    orphan.target_id = 42;
    orphan.target = QStringLiteral("Gone.Target");
    data.failures.push_back(orphan);

    const QJsonArray targets =
        parse_json(report_json(data)).value(QStringLiteral("targets")).toArray();
    QCOMPARE(targets.size(), qsizetype(data.targets.size() + 1));
    const QJsonObject last = targets.last().toObject();
    QCOMPARE(last.value(QStringLiteral("name")).toString(), QStringLiteral("Gone.Target"));
    QCOMPARE(last.value(QStringLiteral("binary")).toString(), kParserBinary);
    QCOMPARE(last.value(QStringLiteral("failures")).toArray().size(), 1);
    QCOMPARE(
        json_failure(parse_json(report_json(data)), 99).value(QStringLiteral("message")).toString(),
        QStringLiteral("exit(1)"));
}

void TestReportFormats::sarifRequiredProperties() {
    const ReportData data = campaign();
    const QByteArray bytes = report_sarif(data);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject log = doc.object();
    QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
    QVERIFY(log.value(QStringLiteral("$schema")).toString().contains(QStringLiteral("sarif")));
    const QJsonArray runs = log.value(QStringLiteral("runs")).toArray();
    QCOMPARE(runs.size(), 1);
    const QJsonObject run = runs.first().toObject();
    const QJsonObject driver =
        run.value(QStringLiteral("tool")).toObject().value(QStringLiteral("driver")).toObject();
    QCOMPARE(driver.value(QStringLiteral("name")).toString(), QStringLiteral("Arcwise"));
    QCOMPARE(driver.value(QStringLiteral("version")).toString(), data.arcwise_version);

    const QJsonArray rules = driver.value(QStringLiteral("rules")).toArray();
    QSet<QString> rule_ids;
    for (const QJsonValue& r : rules) {
        const QString id = r.toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY2(!rule_ids.contains(id), qPrintable(id));
        rule_ids.insert(id);
        QVERIFY(!r.toObject()
                     .value(QStringLiteral("shortDescription"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString()
                     .isEmpty());
    }
    // The fixed failure's kind has no result, so no rule either.
    QCOMPARE(rule_ids, key_set({"assertion", "crash", "timeout"}));

    const QJsonArray results = run.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 3); // every failure but the fixed one
    QSet<QString> fingerprints;
    for (const QJsonValue& value : results) {
        const QJsonObject r = value.toObject();
        QVERIFY(!r.value(QStringLiteral("message"))
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString()
                     .isEmpty());
        const QString rule = r.value(QStringLiteral("ruleId")).toString();
        QVERIFY2(rule_ids.contains(rule), qPrintable(rule));
        const int index = r.value(QStringLiteral("ruleIndex")).toInt(-1);
        QVERIFY(index >= 0 && index < rules.size());
        QCOMPARE(rules[index].toObject().value(QStringLiteral("id")).toString(), rule);
        QCOMPARE(r.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
        const QJsonArray locations = r.value(QStringLiteral("locations")).toArray();
        QVERIFY(!locations.isEmpty());
        for (const QJsonValue& l : locations) {
            const QJsonObject physical =
                l.toObject().value(QStringLiteral("physicalLocation")).toObject();
            const QString uri = physical.value(QStringLiteral("artifactLocation"))
                                    .toObject()
                                    .value(QStringLiteral("uri"))
                                    .toString();
            QVERIFY(!uri.isEmpty());
            QVERIFY2(QUrl(uri, QUrl::StrictMode).isValid(), qPrintable(uri));
            if (physical.contains(QStringLiteral("region")))
                QVERIFY(physical.value(QStringLiteral("region"))
                            .toObject()
                            .value(QStringLiteral("startLine"))
                            .toInt() >= 1);
        }
        const QString fingerprint = r.value(QStringLiteral("partialFingerprints"))
                                        .toObject()
                                        .value(QStringLiteral("arcwiseSignature/v1"))
                                        .toString();
        QVERIFY(!fingerprint.isEmpty());
        fingerprints.insert(fingerprint);
    }
    QCOMPARE(fingerprints, key_set({"assertion:sig11", "crash:sig12", "timeout:sig13"}));
    // Relative URIs resolve against the project directory.
    QCOMPARE(run.value(QStringLiteral("originalUriBaseIds"))
                 .toObject()
                 .value(QStringLiteral("%SRCROOT%"))
                 .toObject()
                 .value(QStringLiteral("uri"))
                 .toString(),
             QStringLiteral("file:///home/dev/proj/"));
}

void TestReportFormats::sarifLocations_data() {
    QTest::addColumn<QString>("fingerprint");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("uri_base");
    QTest::addColumn<int>("line"); // 0: no region
    QTest::addColumn<QString>("message");

    QTest::newRow("explicit location, in the project")
        << "assertion:sig11"
        << "src/parser.cc"
        << "%SRCROOT%" << 120
        << QStringLiteral("assertion in Parser.RoundTrip: ") + kSpecialMessage;
    QTest::newRow("stack frame, in the project")
        << "crash:sig12"
        << "src/lexer.cc"
        << "%SRCROOT%" << 77 << QStringLiteral("crash in Parser.RoundTrip: ") + kCrashMessage;
    QTest::newRow("target's file, outside the project")
        << "timeout:sig13"
        << "file:///usr/src/png/fuzz%20png.cc" << QString() << 5
        << "timeout in fuzz_png: timeout after 10 seconds";
}

void TestReportFormats::sarifLocations() {
    QFETCH(QString, fingerprint);
    QFETCH(QString, uri);
    QFETCH(QString, uri_base);
    QFETCH(int, line);
    QFETCH(QString, message);

    const QJsonArray results = parse_json(report_sarif(campaign()))
                                   .value(QStringLiteral("runs"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("results"))
                                   .toArray();
    QJsonObject result;
    for (const QJsonValue& r : results)
        if (r.toObject()
                .value(QStringLiteral("partialFingerprints"))
                .toObject()
                .value(QStringLiteral("arcwiseSignature/v1"))
                .toString() == fingerprint)
            result = r.toObject();
    QVERIFY2(!result.isEmpty(), qPrintable(fingerprint));

    QCOMPARE(
        result.value(QStringLiteral("message")).toObject().value(QStringLiteral("text")).toString(),
        message);
    const QJsonObject physical = result.value(QStringLiteral("locations"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QStringLiteral("physicalLocation"))
                                     .toObject();
    const QJsonObject artifact = physical.value(QStringLiteral("artifactLocation")).toObject();
    QCOMPARE(artifact.value(QStringLiteral("uri")).toString(), uri);
    QCOMPARE(artifact.value(QStringLiteral("uriBaseId")).toString(), uri_base);
    QCOMPARE(physical.value(QStringLiteral("region"))
                 .toObject()
                 .value(QStringLiteral("startLine"))
                 .toInt(),
             line);
}

void TestReportFormats::sarifLocationFallbacks_data() {
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("target_file");
    QTest::addColumn<int>("target_line");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<int>("line"); // 0: no region

    QTest::newRow("location without line") << "src/a.cc"
                                           << "tests/t.cc" << 3 << "src/a.cc" << 0;
    QTest::newRow("location with line 0") << "src/a.cc:0"
                                          << "tests/t.cc" << 3 << "src/a.cc" << 0;
    QTest::newRow("relative location") << "src/a.cc:8" << QString() << 0 << "src/a.cc" << 8;
    QTest::newRow("target's file and line") << QString() << "tests/t.cc" << 3 << "tests/t.cc" << 3;
    QTest::newRow("target's file, no line") << QString() << "tests/t.cc" << 0 << "tests/t.cc" << 0;
    QTest::newRow("nothing: the binary") << QString() << QString() << 0 << "build/t" << 0;
    QTest::newRow("non-ASCII path")
        << QStringLiteral("src/\u00e4 b.cc:2") << QString() << 0 << "src/%C3%A4%20b.cc" << 2;
}

void TestReportFormats::sarifLocationFallbacks() {
    QFETCH(QString, location);
    QFETCH(QString, target_file);
    QFETCH(int, target_line);
    QFETCH(QString, uri);
    QFETCH(int, line);

    ReportData data;
    data.project = kProject;
    TargetRow t =
        target(1, kProject + QStringLiteral("/build/t"), QStringLiteral("T"), kStatusFailing, 10);
    t.file = target_file;
    t.line = target_line;
    data.targets = {t};
    FailureRow f = failure(1, t, "crash", QStringLiteral("boom"));
    f.location = location;
    f.stack = {QStringLiteral("?? (t+0x10)")};
    data.failures = {f};

    const QJsonObject physical = parse_json(report_sarif(data))
                                     .value(QStringLiteral("runs"))[0]
                                     .toObject()
                                     .value(QStringLiteral("results"))[0]
                                     .toObject()
                                     .value(QStringLiteral("locations"))[0]
                                     .toObject()
                                     .value(QStringLiteral("physicalLocation"))
                                     .toObject();
    const QJsonObject artifact = physical.value(QStringLiteral("artifactLocation")).toObject();
    QCOMPARE(artifact.value(QStringLiteral("uri")).toString(), uri);
    QCOMPARE(artifact.value(QStringLiteral("uriBaseId")).toString(), QStringLiteral("%SRCROOT%"));
    QCOMPARE(physical.contains(QStringLiteral("region")), line > 0);
    if (line > 0)
        QCOMPARE(physical.value(QStringLiteral("region"))
                     .toObject()
                     .value(QStringLiteral("startLine"))
                     .toInt(),
                 line);
}

void TestReportFormats::junitCounts() {
    const ReportData data = campaign();
    const QByteArray bytes = report_junit(data);
    const JUnitDoc doc = read_junit(bytes);
    QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));

    // One test case per target; one suite per binary.
    QCOMPARE(doc.cases.size(), data.targets.size());
    QCOMPARE(doc.suites.size(), size_t(3));
    QCOMPARE(doc.suites[0].name, QStringLiteral("build/parser_test"));
    QCOMPARE(doc.suites[1].name, QStringLiteral("build/fuzz_png"));
    QCOMPARE(doc.suites[2].name, kLegacyBinary);

    int failing = 0, errors = 0, skipped = 0;
    for (const JUnitCase& c : doc.cases) {
        QVERIFY2(c.failures <= 1, qPrintable(c.name)); // at most one <failure> per test case
        failing += c.failures;
        errors += c.errors;
        skipped += c.skipped;
    }
    QCOMPARE(failing, 2); // Parser.RoundTrip, fuzz_png; Legacy.Old's failure is fixed
    QCOMPARE(skipped, 1); // Legacy.Old never ran
    QCOMPARE(attribute(doc.root, "tests"), int(doc.cases.size()));
    QCOMPARE(attribute(doc.root, "failures"), failing);
    QCOMPARE(attribute(doc.root, "errors"), errors);
    QCOMPARE(attribute(doc.root, "skipped"), skipped);
    for (const JUnitSuite& s : doc.suites) {
        QCOMPARE(attribute(s.attributes, "tests"), s.cases);
        QCOMPARE(attribute(s.attributes, "failures"), s.failures);
        QCOMPARE(attribute(s.attributes, "errors"), s.errors);
        QCOMPARE(attribute(s.attributes, "skipped"), s.skipped);
        for (const char* required : {"name", "time", "timestamp", "hostname"})
            QVERIFY2(!s.attributes.value(QString::fromLatin1(required)).isEmpty(), required);
        QCOMPARE(s.attributes.value(QStringLiteral("timestamp")).toString(),
                 QStringLiteral("2024-03-01T12:30:05"));
    }
    QCOMPARE(doc.cases[0].name, QStringLiteral("Parser.RoundTrip"));
    QCOMPARE(doc.cases[0].classname, QStringLiteral("parser_test"));
    QCOMPARE(doc.cases[0].suite, QStringLiteral("build/parser_test"));
    QCOMPARE(doc.cases[1].name, QStringLiteral("Math.Commutes"));
    QCOMPARE(doc.cases[1].suite, QStringLiteral("build/parser_test"));
    QCOMPARE(doc.cases[1].failures + doc.cases[1].errors + doc.cases[1].skipped, 0);
    QVERIFY(doc.cases[3].system_out.contains(QStringLiteral("abort() called")));
}

void TestReportFormats::junitSpecialCharacters() {
    const ReportData data = campaign();
    const JUnitDoc doc = read_junit(report_junit(data));
    QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
    const auto it = std::find_if(doc.cases.begin(), doc.cases.end(), [](const JUnitCase& c) {
        return c.name == QStringLiteral("Parser.RoundTrip");
    });
    QVERIFY(it != doc.cases.end());
    // The first failure gives message and type; the text lists both.
    QCOMPARE(it->failure_message, kSpecialMessage);
    QCOMPARE(it->failure_type, QStringLiteral("assertion"));
    QVERIFY(it->failure_text.contains(kSpecialMessage));
    QVERIFY(it->failure_text.contains(data.failures[0].example));
    QVERIFY(it->failure_text.contains(data.failures[1].example));
    QVERIFY(it->failure_text.contains(data.failures[1].stack[1]));
    // The control character, which XML cannot hold, is written as a visible escape.
    QVERIFY(it->failure_text.contains(QStringLiteral("deadly signal SIGSEGV at 0x0 \\x01")));
}

// An escape sequence, a non-character and a lone surrogate: XML 1.0 can carry none of them. They
// are written as the visible escapes used wherever a target's text is shown, and the report
// stays well-formed.
void TestReportFormats::junitCharactersXmlCannotCarry() {
    ReportData data = campaign();
    data.failures[0].message = QStringLiteral("a\x1b[2J") + QChar(0xFFFF) + QChar(0xD800);
    const JUnitDoc doc = read_junit(report_junit(data));
    QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
    const auto it = std::find_if(doc.cases.begin(), doc.cases.end(), [](const JUnitCase& c) {
        return c.name == QStringLiteral("Parser.RoundTrip");
    });
    QVERIFY(it != doc.cases.end());
    QCOMPARE(it->failure_message, QStringLiteral("a\\e[2J\\u{ffff}\\u{d800}"));
}

void TestReportFormats::textListsFailures() {
    const ReportData data = campaign();
    const QString text = QString::fromUtf8(report_text(data));
    for (const TargetRow& t : data.targets)
        QVERIFY2(text.contains(t.name), qPrintable(t.name));
    for (const FailureRow& f : data.failures) {
        QVERIFY(text.contains(QStringLiteral("#") + QString::number(f.id)));
        QVERIFY(text.contains(f.signature));
        // Control characters are escaped; everything else is as given.
        QVERIFY2(text.contains(QString(f.message).replace(QChar(1), QStringLiteral("\\x01"))),
                 qPrintable(f.message));
        // The example, line by line, indented.
        if (!f.example.isEmpty())
            for (const QString& line : f.example.split(QLatin1Char('\n')))
                QVERIFY2(text.contains(QStringLiteral("    ") + line + QLatin1Char('\n')),
                         qPrintable(line));
    }
    // The top frames only.
    QVERIFY(text.contains(data.failures[0].stack[0]));
    QVERIFY(text.contains(data.failures[0].stack[7]));
    QVERIFY(!text.contains(data.failures[0].stack[8]));
    QVERIFY(text.contains(QStringLiteral("src/lexer.cc:77")));
    QVERIFY(!text.contains(QChar(1)));
    // Table row: name, binary relative to the project, status, executions, features, corpus,
    // failures.
    QVERIFY(text.contains(QRegularExpression(
        QStringLiteral("Parser\\.RoundTrip +build/parser_test +failing +200000 +2000 +200 +2\n"))));
}

void TestReportFormats::emptyCampaign_data() {
    QTest::addColumn<QString>("format");
    QTest::newRow("text") << "text";
    QTest::newRow("json") << "json";
    QTest::newRow("junit") << "junit";
    QTest::newRow("sarif") << "sarif";
}

void TestReportFormats::emptyCampaign() {
    QFETCH(QString, format);
    ReportData data;
    data.project = kProject;
    data.arcwise_version = QStringLiteral("0.1.0");
    if (format == QStringLiteral("text")) {
        QVERIFY(QString::fromUtf8(report_text(data)).contains(QStringLiteral("No failures.")));
    } else if (format == QStringLiteral("json")) {
        const QJsonObject report = parse_json(report_json(data));
        QVERIFY(report.value(QStringLiteral("targets")).isArray());
        QVERIFY(report.value(QStringLiteral("generated")).isNull());
    } else if (format == QStringLiteral("junit")) {
        const JUnitDoc doc = read_junit(report_junit(data));
        QVERIFY2(doc.error.isEmpty(), qPrintable(doc.error));
        QCOMPARE(attribute(doc.root, "tests"), 0);
        QCOMPARE(attribute(doc.root, "failures"), 0);
    } else {
        const QJsonObject run = parse_json(report_sarif(data))
                                    .value(QStringLiteral("runs"))
                                    .toArray()
                                    .first()
                                    .toObject();
        QVERIFY(run.value(QStringLiteral("results")).isArray());
        QCOMPARE(run.value(QStringLiteral("results")).toArray().size(), 0);
        QCOMPARE(run.value(QStringLiteral("tool"))
                     .toObject()
                     .value(QStringLiteral("driver"))
                     .toObject()
                     .value(QStringLiteral("rules"))
                     .toArray()
                     .size(),
                 0);
    }
}

QTEST_GUILESS_MAIN(TestReportFormats)
#include "tst_report_formats.moc"
