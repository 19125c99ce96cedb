#include "campaign/report_formats.h"

#include "campaign/hosts.h"
#include "campaign/printable.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>
#include <QXmlStreamWriter>
#include <algorithm>
#include <iterator>
#include <utility>

namespace arcwise::campaign {

namespace {

// Stack frames shown per failure in the text and JUnit reports; JSON and SARIF carry all of them.
constexpr qsizetype kTopFrames = 8;
// SARIF's tool.driver.informationUri: left out while empty.
constexpr const char* kInformationUri = "";
constexpr const char* kSarifSchema = "https://json.schemastore.org/sarif-2.1.0.json";
constexpr const char* kFingerprintKey = "arcwiseSignature/v1";
constexpr const char* kSourceRoot = "%SRCROOT%";

// Report texts (the CLI's output) keep their own context, arcwise::campaign::Report, spelled out
// at each call so that lupdate finds them; the CLI installs no translator.

QString latin1(const char* text) {
    return QString::fromLatin1(text);
}

// A target with the failures that belong to it, in the order ReportData gives them.
struct TargetGroup {
    TargetRow target;
    std::vector<const FailureRow*> failures;
};

std::vector<TargetGroup> group_failures(const ReportData& data) {
    std::vector<TargetGroup> groups;
    groups.reserve(data.targets.size());
    QHash<qint64, size_t> by_id;
    for (const TargetRow& target : data.targets) {
        if (!by_id.contains(target.id))
            by_id.insert(target.id, groups.size());
        groups.push_back({target, {}});
    }
    // Failures of targets that are not in the list (deleted, or filtered out by the caller) keep a
    // target of their own rather than vanishing from the report.
    QHash<QString, size_t> orphans;
    for (const FailureRow& failure : data.failures) {
        if (const auto it = by_id.constFind(failure.target_id); it != by_id.cend()) {
            groups[*it].failures.push_back(&failure);
            continue;
        }
        const QString key = QString::number(failure.target_id) + QLatin1Char('\n') +
                            failure.target + QLatin1Char('\n') + failure.binary;
        auto it = orphans.constFind(key);
        if (it == orphans.cend()) {
            TargetRow target;
            target.id = failure.target_id;
            target.name = failure.target;
            target.binary = failure.binary;
            target.status = latin1(kStatusFailing);
            it = orphans.insert(key, groups.size());
            groups.push_back({std::move(target), {}});
        }
        groups[*it].failures.push_back(&failure);
    }
    return groups;
}

bool is_fixed(const FailureRow& failure) {
    return failure.status == QLatin1String(kFailureFixed);
}

std::vector<const FailureRow*> open_failures(const TargetGroup& group) {
    std::vector<const FailureRow*> open;
    std::copy_if(group.failures.begin(), group.failures.end(), std::back_inserter(open),
                 [](const FailureRow* f) { return !is_fixed(*f); });
    return open;
}

QString iso_utc(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms).toUTC().toString(Qt::ISODate);
}

QString iso_utc(const QDateTime& time) {
    return time.toUTC().toString(Qt::ISODate);
}

QString time_or(qint64 ms, const QString& unknown) {
    return ms > 0 ? iso_utc(ms) : unknown;
}

QString position_string(const SourcePosition& position) {
    if (position.line > 0)
        return position.file + QLatin1Char(':') + QString::number(position.line);
    return position.file;
}

// The path relative to the project directory when it lies inside it, else an empty string.
// Relative paths are taken as relative to the project.
QString project_relative(const QString& project, const QString& path) {
    if (project.isEmpty() || path.isEmpty())
        return {};
    const QString root = QDir::cleanPath(project);
    const QString prefix = root.endsWith(QLatin1Char('/')) ? root : root + QLatin1Char('/');
    const QString absolute = QDir::cleanPath(QDir::isAbsolutePath(path) ? path : prefix + path);
    if (absolute.startsWith(prefix) && absolute.size() > prefix.size())
        return absolute.mid(prefix.size());
    return {};
}

QString display_path(const QString& project, const QString& path) {
    const QString relative = project_relative(project, path);
    return relative.isEmpty() ? path : relative;
}

QString file_name(const QString& path) {
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? path : path.mid(slash + 1);
}

QString minimal_input(const FailureRow& failure) {
    // A failure not shrunk yet has no minimal input: the input as found is the smallest known.
    const QByteArray& input =
        failure.minimal_input.isEmpty() ? failure.first_input : failure.minimal_input;
    return QString::fromLatin1(input.toBase64());
}

QString indent_lines(const QString& text, const QString& indent) {
    QString out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // A trailing newline in the text does not become an empty indented line.
        if (i == lines.size() - 1 && lines[i].isEmpty() && i > 0)
            break;
        out += indent + lines[i] + QLatin1Char('\n');
    }
    return out;
}

// Crash messages, printed examples and frames can hold any byte. Control characters are escaped
// as everywhere a target's text is shown (printable()); tabs and newlines stay. XML 1.0 cannot
// carry U+FFFE and U+FFFF either, not even as character references (and QXmlStreamWriter does
// not refuse them), so an XML report escapes those as well.
QString xml_text(const QString& text) {
    QString out = printable(text, /*keep_newlines=*/true);
    out.replace(QChar(0xFFFE), QLatin1String("\\u{fffe}"));
    out.replace(QChar(0xFFFF), QLatin1String("\\u{ffff}"));
    return out;
}

// ---------------------------------------------------------------------------------------------
// Text

QString pad(const QString& cell, qsizetype width, bool right) {
    return right ? cell.rightJustified(width) : cell.leftJustified(width);
}

QString text_table(const std::vector<QStringList>& rows, const std::vector<bool>& right_aligned) {
    std::vector<qsizetype> widths(right_aligned.size(), 0);
    for (const QStringList& row : rows)
        for (size_t c = 0; c < widths.size(); ++c)
            widths[c] = std::max(widths[c], row.value(qsizetype(c)).size());
    QString out;
    for (const QStringList& row : rows) {
        QString line;
        for (size_t c = 0; c < widths.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            line += pad(row.value(qsizetype(c)), widths[c], right_aligned[c]);
        }
        // Left-aligned last columns would leave trailing blanks.
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out += line + QLatin1Char('\n');
    }
    return out;
}

QString text_failure(const ReportData& data, const TargetGroup& group, const FailureRow& f) {
    const QString none = QCoreApplication::translate("arcwise::campaign::Report", "(none)");
    const QString unknown = QCoreApplication::translate("arcwise::campaign::Report", "(unknown)");
    const SourcePosition position = failure_position(f);
    const std::vector<std::pair<QString, QString>> fields = {
        {QCoreApplication::translate("arcwise::campaign::Report", "Target:"), group.target.name},
        {QCoreApplication::translate("arcwise::campaign::Report", "Binary:"),
         display_path(data.project, group.target.binary)},
        {QCoreApplication::translate("arcwise::campaign::Report", "Kind:"), f.kind},
        {QCoreApplication::translate("arcwise::campaign::Report", "Status:"), f.status},
        {QCoreApplication::translate("arcwise::campaign::Report", "Count:"),
         QString::number(f.count)},
        {QCoreApplication::translate("arcwise::campaign::Report", "First seen:"),
         time_or(f.first_seen_ms, unknown)},
        {QCoreApplication::translate("arcwise::campaign::Report", "Last seen:"),
         time_or(f.last_seen_ms, unknown)},
        {QCoreApplication::translate("arcwise::campaign::Report", "Signature:"),
         f.signature.isEmpty() ? none : f.signature},
        {QCoreApplication::translate("arcwise::campaign::Report", "Location:"),
         position.isValid() ? display_path(data.project, position_string(position)) : unknown},
    };
    qsizetype width = QCoreApplication::translate("arcwise::campaign::Report", "Message:").size();
    for (const auto& field : fields)
        width = std::max(width, field.first.size());

    const QString indent = QStringLiteral("    ");
    QString out = QCoreApplication::translate("arcwise::campaign::Report", "Failure #%1: %2 in %3")
                      .arg(f.id)
                      .arg(f.kind, group.target.name) +
                  QLatin1Char('\n');
    for (const auto& [label, value] : fields)
        out += QStringLiteral("  ") + label.leftJustified(width + 1) + value + QLatin1Char('\n');
    // Messages may span lines; continuation lines line up under the first.
    const QString message = f.message.isEmpty() ? none : f.message;
    out += QStringLiteral("  ") +
           QCoreApplication::translate("arcwise::campaign::Report", "Message:")
               .leftJustified(width + 1) +
           indent_lines(message, QString(width + 3, QLatin1Char(' '))).mid(width + 3);
    if (!f.example.isEmpty())
        out += QStringLiteral("  ") +
               QCoreApplication::translate("arcwise::campaign::Report", "Example:") +
               QLatin1Char('\n') + indent_lines(f.example, indent);
    if (!f.stack.isEmpty()) {
        const qsizetype shown = std::min(kTopFrames, f.stack.size());
        out += QStringLiteral("  ") +
               (shown < f.stack.size()
                    ? QCoreApplication::translate("arcwise::campaign::Report",
                                                  "Stack (top %1 of %2 frames):")
                          .arg(shown)
                          .arg(f.stack.size())
                    : QCoreApplication::translate("arcwise::campaign::Report", "Stack:")) +
               QLatin1Char('\n');
        for (qsizetype i = 0; i < shown; ++i)
            out += indent + QLatin1Char('#') + QString::number(i) + QLatin1Char(' ') + f.stack[i] +
                   QLatin1Char('\n');
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// JUnit

QString seconds(double s) {
    return QString::number(s, 'f', 3);
}

// How long the target was fuzzed, as far as the stats tell.
double fuzzing_seconds(const TargetRow& target) {
    return target.execs_per_second > 0 ? double(target.executions) / target.execs_per_second : 0;
}

QString junit_failure_text(const ReportData& data, const std::vector<const FailureRow*>& failures) {
    QString out;
    for (size_t i = 0; i < failures.size(); ++i) {
        const FailureRow& f = *failures[i];
        if (i > 0)
            out += QLatin1Char('\n');
        out += QStringLiteral("[%1/%2] %3: %4\n")
                   .arg(i + 1)
                   .arg(failures.size())
                   .arg(f.kind, f.message);
        out += QStringLiteral("Failure #%1 (%2), seen %3 times, first %4, last %5\n")
                   .arg(QString::number(f.id), f.status, QString::number(f.count),
                        time_or(f.first_seen_ms, QStringLiteral("-")),
                        time_or(f.last_seen_ms, QStringLiteral("-")));
        if (!f.signature.isEmpty())
            out += QStringLiteral("Signature: ") + f.signature + QLatin1Char('\n');
        if (const SourcePosition pos = failure_position(f); pos.isValid())
            out += QStringLiteral("Location: ") + display_path(data.project, position_string(pos)) +
                   QLatin1Char('\n');
        if (!f.example.isEmpty())
            out += f.example +
                   (f.example.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n"));
        if (!f.stack.isEmpty()) {
            out += QStringLiteral("Stack:\n");
            for (qsizetype k = 0; k < std::min(kTopFrames, f.stack.size()); ++k)
                out += QStringLiteral("  #") + QString::number(k) + QLatin1Char(' ') + f.stack[k] +
                       QLatin1Char('\n');
            if (f.stack.size() > kTopFrames)
                out += QStringLiteral("  ... %1 more\n").arg(f.stack.size() - kTopFrames);
        }
    }
    return out;
}

enum class CaseResult { Passed, Failed, Error, Skipped };

CaseResult case_result(const TargetGroup& group) {
    if (!open_failures(group).empty())
        return CaseResult::Failed;
    if (group.target.status == QLatin1String(kStatusBroken))
        return CaseResult::Error;
    if (group.target.executions == 0)
        return CaseResult::Skipped;
    return CaseResult::Passed;
}

struct SuiteCounts {
    qint64 tests = 0, failures = 0, errors = 0, skipped = 0;
    double time = 0;
    void add(const TargetGroup& group) {
        ++tests;
        switch (case_result(group)) {
        case CaseResult::Failed:
            ++failures;
            break;
        case CaseResult::Error:
            ++errors;
            break;
        case CaseResult::Skipped:
            ++skipped;
            break;
        case CaseResult::Passed:
            break;
        }
        time += fuzzing_seconds(group.target);
    }
};

void write_attribute(QXmlStreamWriter& xml, const char* name, const QString& value) {
    xml.writeAttribute(latin1(name), xml_text(value));
}

void write_counts(QXmlStreamWriter& xml, const SuiteCounts& counts, bool with_skipped) {
    write_attribute(xml, "tests", QString::number(counts.tests));
    write_attribute(xml, "failures", QString::number(counts.failures));
    write_attribute(xml, "errors", QString::number(counts.errors));
    if (with_skipped)
        write_attribute(xml, "skipped", QString::number(counts.skipped));
    write_attribute(xml, "time", seconds(counts.time));
}

void write_testcase(QXmlStreamWriter& xml, const ReportData& data, const TargetGroup& group) {
    const TargetRow& t = group.target;
    xml.writeStartElement(QStringLiteral("testcase"));
    write_attribute(xml, "name", t.name);
    write_attribute(xml, "classname", file_name(t.binary));
    write_attribute(xml, "time", seconds(fuzzing_seconds(t)));
    if (!t.file.isEmpty()) {
        write_attribute(xml, "file", display_path(data.project, t.file));
        if (t.line > 0)
            write_attribute(xml, "line", QString::number(t.line));
    }

    const std::vector<const FailureRow*> open = open_failures(group);
    switch (case_result(group)) {
    case CaseResult::Failed: {
        const FailureRow& first = *open.front();
        xml.writeStartElement(QStringLiteral("failure"));
        write_attribute(xml, "message", first.message.isEmpty() ? first.kind : first.message);
        write_attribute(xml, "type", first.kind);
        xml.writeCharacters(xml_text(junit_failure_text(data, open)));
        xml.writeEndElement();
        break;
    }
    case CaseResult::Error:
        xml.writeStartElement(QStringLiteral("error"));
        write_attribute(xml, "message",
                        t.status_message.isEmpty() ? QStringLiteral("fails at start-up")
                                                   : t.status_message);
        write_attribute(xml, "type", t.status);
        xml.writeCharacters(xml_text(t.status_message));
        xml.writeEndElement();
        break;
    case CaseResult::Skipped:
        xml.writeStartElement(QStringLiteral("skipped"));
        write_attribute(xml, "message", QStringLiteral("never fuzzed"));
        xml.writeEndElement();
        break;
    case CaseResult::Passed:
        break;
    }

    QString out =
        QStringLiteral("status %1, %2 executions, %3 features, corpus %4, %5 exec/s\n")
            .arg(t.status, QString::number(t.executions), QString::number(t.features),
                 QString::number(t.corpus_size), QString::number(t.execs_per_second, 'f', 1));
    for (const FailureRow* f : group.failures)
        if (is_fixed(*f))
            out +=
                QStringLiteral("fixed: failure #%1 %2: %3\n").arg(f->id).arg(f->kind, f->message);
    xml.writeTextElement(QStringLiteral("system-out"), xml_text(out));
    xml.writeEndElement(); // testcase
}

// ---------------------------------------------------------------------------------------------
// SARIF

struct Rule {
    const char* kind;
    const char* description;
};

// Descriptions of the failure kinds the runtime reports (protocol::Failure::kind).
constexpr Rule kRules[] = {
    {"crash", "The target crashed with a fatal signal."},
    {"abort", "The target called abort()."},
    {"exception", "The target let a C++ exception escape."},
    {"timeout", "An input ran longer than the time limit."},
    {"oom", "An input used more memory than the limit."},
    {"stack-overflow", "An input overflowed the stack."},
    {"exit", "The target exited while it ran an input."},
    {"sanitizer", "A sanitizer reported an error."},
    {"assertion", "A property's check failed."},
};

QString rule_id(const FailureRow& f) {
    return f.kind.isEmpty() ? QStringLiteral("failure") : f.kind;
}

QString rule_description(const QString& id) {
    for (const Rule& rule : kRules)
        if (id == QLatin1String(rule.kind))
            return latin1(rule.description);
    return QStringLiteral("Fuzzing found a failure of kind \"%1\".").arg(id);
}

// "stack-overflow" -> "StackOverflow": reportingDescriptor.name is meant to be an identifier.
QString rule_name(const QString& id) {
    QString name;
    bool upper = true;
    for (const QChar c : id) {
        if (!c.isLetterOrNumber()) {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name.isEmpty() ? QStringLiteral("Failure") : name;
}

QString encode_path(const QString& path) {
    return QString::fromLatin1(QUrl::toPercentEncoding(path, "/"));
}

QJsonObject sarif_physical_location(const ReportData& data, const QString& file, int line) {
    QJsonObject artifact;
    const QString relative = project_relative(data.project, file);
    if (!relative.isEmpty()) {
        artifact.insert(QStringLiteral("uri"), encode_path(relative));
        artifact.insert(QStringLiteral("uriBaseId"), latin1(kSourceRoot));
    } else if (QDir::isAbsolutePath(file)) {
        artifact.insert(QStringLiteral("uri"),
                        QUrl::fromLocalFile(QDir::cleanPath(file)).toString(QUrl::FullyEncoded));
    } else {
        artifact.insert(QStringLiteral("uri"), encode_path(QDir::cleanPath(file)));
    }
    QJsonObject physical{{QStringLiteral("artifactLocation"), artifact}};
    if (line >= 1)
        physical.insert(QStringLiteral("region"), QJsonObject{{QStringLiteral("startLine"), line}});
    return physical;
}

QJsonObject sarif_location(const ReportData& data, const TargetGroup& group, const FailureRow& f) {
    // Code scanning needs a location on every result: the failure's, else the target's definition,
    // else the binary itself.
    SourcePosition pos = failure_position(f);
    if (!pos.isValid())
        pos = {group.target.file, group.target.line};
    if (!pos.isValid())
        pos = {group.target.binary.isEmpty() ? f.binary : group.target.binary, 0};
    if (!pos.isValid())
        pos = {data.project.isEmpty() ? QStringLiteral(".") : data.project, 0};
    return QJsonObject{
        {QStringLiteral("physicalLocation"), sarif_physical_location(data, pos.file, pos.line)}};
}

QJsonValue json_time(qint64 ms) {
    return ms > 0 ? QJsonValue(iso_utc(ms)) : QJsonValue(QJsonValue::Null);
}

} // namespace

// ---------------------------------------------------------------------------------------------

SourcePosition parse_position(const QString& location) {
    QString rest = location.trimmed();
    // Strips a trailing ":<digits>" and returns the number, or -1 when there is none.
    auto take_number = [&rest]() -> int {
        const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0 || colon == rest.size() - 1)
            return -1;
        const QStringView digits = QStringView(rest).mid(colon + 1);
        if (!std::all_of(digits.begin(), digits.end(),
                         [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }))
            return -1;
        bool ok = false;
        const int n = digits.toInt(&ok);
        if (!ok)
            return -1;
        rest.truncate(colon);
        return n;
    };
    const int last = take_number();
    int line = last;
    if (last >= 0) {
        // "file:line:column"
        if (const int before = take_number(); before >= 0)
            line = before;
    }
    return SourcePosition{rest, std::max(line, 0)};
}

SourcePosition failure_position(const FailureRow& failure) {
    if (!failure.location.trimmed().isEmpty())
        return parse_position(failure.location);
    // Frames read "function file:line", "function file" or "function (module+0x1f)"; function
    // names may hold blanks ("f(int, char)"), paths rarely do, so an absolute path starts at the
    // first " /" and any other at the last blank.
    // The first frame in the user's code: system headers (std::min inlined into a hang) say
    // where, not whose.
    SourcePosition system;
    for (const QString& frame : failure.stack) {
        const QString text = frame.trimmed();
        qsizetype start = text.indexOf(QStringLiteral(" /"));
        if (start < 0)
            start = text.lastIndexOf(QLatin1Char(' '));
        const SourcePosition pos = parse_position(start < 0 ? text : text.mid(start + 1));
        if (!pos.isValid() || pos.line <= 0)
            continue;
        if (!pos.file.startsWith(QLatin1String("/usr/")))
            return pos;
        if (!system.isValid())
            system = pos;
    }
    return system;
}

QByteArray report_text(const ReportData& data) {
    const std::vector<TargetGroup> groups = group_failures(data);
    QString out =
        QCoreApplication::translate("arcwise::campaign::Report", "Arcwise %1 report for %2")
            .arg(data.arcwise_version, data.project) +
        QLatin1Char('\n');
    if (data.generated.isValid())
        out += QCoreApplication::translate("arcwise::campaign::Report", "Generated %1")
                   .arg(iso_utc(data.generated)) +
               QLatin1Char('\n');
    const qsizetype failing = std::count_if(
        groups.begin(), groups.end(), [](const auto& g) { return !open_failures(g).empty(); });
    out += QCoreApplication::translate("arcwise::campaign::Report",
                                       "%1 targets, %2 failing; %3 failures")
               .arg(groups.size())
               .arg(failing)
               .arg(data.failures.size()) +
           QStringLiteral("\n\n");

    std::vector<QStringList> rows;
    rows.push_back({QCoreApplication::translate("arcwise::campaign::Report", "TARGET"),
                    QCoreApplication::translate("arcwise::campaign::Report", "BINARY"),
                    QCoreApplication::translate("arcwise::campaign::Report", "STATUS"),
                    QCoreApplication::translate("arcwise::campaign::Report", "EXECUTIONS"),
                    QCoreApplication::translate("arcwise::campaign::Report", "FEATURES"),
                    QCoreApplication::translate("arcwise::campaign::Report", "CORPUS"),
                    QCoreApplication::translate("arcwise::campaign::Report", "FAILURES")});
    for (const TargetGroup& g : groups) {
        const TargetRow& t = g.target;
        rows.push_back({t.name, display_path(data.project, t.binary), t.status,
                        QString::number(t.executions), QString::number(t.features),
                        QString::number(t.corpus_size), QString::number(g.failures.size())});
    }
    out += text_table(rows, {false, false, false, true, true, true, true});
    if (data.hosts.size() > 1) {
        const qint64 now = data.generated.isValid() ? data.generated.toMSecsSinceEpoch() : 0;
        QStringList names;
        for (const HostRow& h : data.hosts)
            names << (now && HostLink::stale(h, now)
                          ? QCoreApplication::translate("arcwise::campaign::Report", "%1 (stale)")
                                .arg(h.name)
                          : h.name);
        out += QLatin1Char('\n') +
               QCoreApplication::translate("arcwise::campaign::Report", "Hosts: %1")
                   .arg(names.join(QStringLiteral(", "))) +
               QLatin1Char('\n');
    }
    if (data.scaling)
        out +=
            QLatin1Char('\n') +
            QCoreApplication::translate(
                "arcwise::campaign::Report",
                "Scaling: %1 new behaviours a minute (%2 per core-minute). %3")
                .arg(QString::number(data.scaling->per_minute, 'f', 1),
                     QString::number(data.scaling->per_core_minute, 'f', 2), data.scaling->reason) +
            QLatin1Char('\n');

    for (const TargetGroup& g : groups) {
        if (g.target.status == QLatin1String(kStatusBroken) && !g.target.status_message.isEmpty())
            out += QLatin1Char('\n') +
                   QCoreApplication::translate("arcwise::campaign::Report", "%1 is broken:")
                       .arg(g.target.name) +
                   QLatin1Char('\n') +
                   indent_lines(g.target.status_message, QStringLiteral("    "));
    }
    if (data.failures.empty()) {
        out += QLatin1Char('\n') +
               QCoreApplication::translate("arcwise::campaign::Report", "No failures.") +
               QLatin1Char('\n');
    } else {
        for (const TargetGroup& g : groups)
            for (const FailureRow* f : g.failures)
                out += QLatin1Char('\n') + text_failure(data, g, *f);
    }
    return printable(out, /*keep_newlines=*/true).toUtf8();
}

namespace {

TargetSpread spread_of(const ReportData& data, qint64 target_id) {
    const auto it = data.spread.find(target_id);
    return it == data.spread.end() ? TargetSpread{} : it->second;
}

} // namespace

QJsonObject scaling_json(const ScalingHint& h) {
    QJsonObject per_hour;
    for (const auto& [id, value] : h.per_hour)
        per_hour.insert(QString::number(id), value);
    const auto calibration = [](const Calibration& c) {
        return QJsonObject{{QStringLiteral("observations"), c.observations},
                           {QStringLiteral("within_2x"), c.within_2x},
                           {QStringLiteral("not_later"), c.not_later},
                           {QStringLiteral("median_ratio"), c.median_ratio}};
    };
    QJsonObject by_target;
    for (const auto& [id, c] : h.calibration_by_target)
        by_target.insert(QString::number(id), calibration(c));
    return QJsonObject{
        {QStringLiteral("per_minute"), h.per_minute},
        {QStringLiteral("per_core_minute"), h.per_core_minute},
        {QStringLiteral("cores"), h.cores},
        {QStringLiteral("recommended"), h.recommended},
        {QStringLiteral("next_core_per_hour"), h.next_core_per_hour},
        {QStringLiteral("last_core_per_hour"), h.last_core_per_hour},
        {QStringLiteral("cost_per_behaviour"),
         h.cost_per_behaviour > 0 ? QJsonValue(h.cost_per_behaviour) : QJsonValue()},
        {QStringLiteral("reliable"), h.reliable},
        {QStringLiteral("reason"), h.reason},
        {QStringLiteral("calibration"), calibration(h.calibration)},
        {QStringLiteral("calibration_by_target"), by_target},
        {QStringLiteral("per_hour"), per_hour},
    };
}

namespace {

QJsonArray changed_lines_json(const ReportData& data, const std::vector<ChangedLine>& lines) {
    QJsonArray out;
    for (const ChangedLine& l : lines)
        out.append(QString(display_path(data.project, l.file) + QLatin1Char(':') +
                           QString::number(l.line)));
    return out;
}

constexpr const char* kChangedRule = "changed-code-reached";

} // namespace

QByteArray report_json(const ReportData& data) {
    const auto text_or_null = [](const QString& s) {
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
    };
    QJsonArray targets;
    for (const TargetGroup& g : group_failures(data)) {
        const TargetRow& t = g.target;
        QJsonArray failures;
        for (const FailureRow* f : g.failures) {
            const SourcePosition pos = failure_position(*f);
            failures.append(QJsonObject{
                {QStringLiteral("id"), f->id},
                {QStringLiteral("signature"), f->signature},
                {QStringLiteral("kind"), f->kind},
                {QStringLiteral("message"), f->message},
                {QStringLiteral("location"), text_or_null(position_string(pos))},
                {QStringLiteral("status"), f->status},
                {QStringLiteral("count"), f->count},
                {QStringLiteral("first_seen"), json_time(f->first_seen_ms)},
                {QStringLiteral("last_seen"), json_time(f->last_seen_ms)},
                {QStringLiteral("example"), f->example},
                {QStringLiteral("stack"), QJsonArray::fromStringList(f->stack)},
                {QStringLiteral("minimal_input_base64"), minimal_input(*f)},
            });
        }
        targets.append(QJsonObject{
            {QStringLiteral("id"), t.id},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("binary"), t.binary},
            {QStringLiteral("kind"), t.kind},
            {QStringLiteral("file"), text_or_null(t.file)},
            {QStringLiteral("line"), t.line > 0 ? QJsonValue(t.line) : QJsonValue()},
            {QStringLiteral("status"), t.status},
            {QStringLiteral("executions"), t.executions},
            {QStringLiteral("features"), t.features},
            {QStringLiteral("corpus"), t.corpus_size},
            {QStringLiteral("execs_per_second"), t.execs_per_second},
            {QStringLiteral("estimate"), t.estimate},
            {QStringLiteral("workers"), spread_of(data, t.id).workers},
            {QStringLiteral("hosts"), spread_of(data, t.id).hosts},
            {QStringLiteral("failures"), failures},
        });
    }
    QJsonArray hosts;
    const qint64 now = data.generated.isValid() ? data.generated.toMSecsSinceEpoch() : 0;
    for (const HostRow& h : data.hosts)
        hosts.append(QJsonObject{
            {QStringLiteral("name"), h.name},
            {QStringLiteral("cores"), h.cores},
            {QStringLiteral("version"), text_or_null(h.version)},
            {QStringLiteral("executions"), h.executions},
            {QStringLiteral("started"), json_time(h.started_ms)},
            {QStringLiteral("last_seen"), json_time(h.heartbeat_ms)},
            {QStringLiteral("state"),
             h.stopped ? QStringLiteral("stopped")
                       : (now && HostLink::stale(h, now) ? QStringLiteral("stale")
                                                         : QStringLiteral("running"))},
        });
    const QJsonObject root{
        {QStringLiteral("project"), data.project},
        {QStringLiteral("generated"),
         data.generated.isValid() ? QJsonValue(iso_utc(data.generated)) : QJsonValue()},
        {QStringLiteral("arcwise_version"), data.arcwise_version},
        {QStringLiteral("hosts"), hosts},
        {QStringLiteral("targets"), targets},
    };
    QJsonObject out = root;
    if (data.scaling)
        out.insert(QStringLiteral("scaling"), scaling_json(*data.scaling));
    if (data.changes) {
        const ChangeCoverage& c = *data.changes;
        out.insert(QStringLiteral("changes"),
                   QJsonObject{
                       {QStringLiteral("base"), text_or_null(c.base)},
                       {QStringLiteral("head"), c.head},
                       {QStringLiteral("since"), c.description},
                       {QStringLiteral("lines_changed"), c.lines_changed},
                       {QStringLiteral("lines_reached"), c.lines_reached},
                       {QStringLiteral("reached"), changed_lines_json(data, c.reached)},
                       {QStringLiteral("unreached"), changed_lines_json(data, c.unreached)},
                   });
    }
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QByteArray report_junit(const ReportData& data) {
    const std::vector<TargetGroup> groups = group_failures(data);
    // One suite per binary, in order of first appearance.
    std::vector<std::pair<QString, std::vector<const TargetGroup*>>> suites;
    for (const TargetGroup& g : groups) {
        auto it = std::find_if(suites.begin(), suites.end(),
                               [&](const auto& s) { return s.first == g.target.binary; });
        if (it == suites.end())
            it = suites.insert(suites.end(), {g.target.binary, {}});
        it->second.push_back(&g);
    }
    SuiteCounts total;
    for (const TargetGroup& g : groups)
        total.add(g);
    if (data.changes)
        total.tests += qint64(data.changes->reached.size());

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    write_attribute(xml, "name", QStringLiteral("Arcwise: ") + data.project);
    write_counts(xml, total, /*with_skipped=*/true);
    // The JUnit schema's timestamp has no time zone; it is UTC.
    const QString timestamp =
        data.generated.isValid()
            ? data.generated.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
            : QString();
    qsizetype id = 0;
    for (const auto& [binary, members] : suites) {
        SuiteCounts counts;
        for (const TargetGroup* g : members)
            counts.add(*g);
        xml.writeStartElement(QStringLiteral("testsuite"));
        write_attribute(xml, "name", display_path(data.project, binary));
        write_attribute(xml, "id", QString::number(id++));
        write_counts(xml, counts, /*with_skipped=*/true);
        if (!timestamp.isEmpty())
            write_attribute(xml, "timestamp", timestamp);
        // Reports are made from the database, not where the fuzzing ran.
        write_attribute(xml, "hostname", QStringLiteral("localhost"));
        xml.writeStartElement(QStringLiteral("properties"));
        for (const auto& [name, value] :
             {std::pair{"arcwise.version", data.arcwise_version},
              std::pair{"arcwise.project", data.project}, std::pair{"arcwise.binary", binary}}) {
            xml.writeStartElement(QStringLiteral("property"));
            write_attribute(xml, "name", latin1(name));
            write_attribute(xml, "value", value);
            xml.writeEndElement();
        }
        xml.writeEndElement(); // properties
        for (const TargetGroup* g : members)
            write_testcase(xml, data, *g);
        xml.writeEndElement(); // testsuite
    }
    if (data.changes) {
        // The changed lines the fuzz targets reached, one passing test case each; the summary
        // and the lines not reached in <system-out>.
        const ChangeCoverage& c = *data.changes;
        xml.writeStartElement(QStringLiteral("testsuite"));
        write_attribute(xml, "name", QStringLiteral("changed code"));
        write_attribute(xml, "id", QString::number(id++));
        SuiteCounts counts;
        counts.tests = qint64(c.reached.size());
        write_counts(xml, counts, /*with_skipped=*/true);
        for (const ChangedLine& l : c.reached) {
            xml.writeStartElement(QStringLiteral("testcase"));
            write_attribute(xml, "name",
                            display_path(data.project, l.file) + QLatin1Char(':') +
                                QString::number(l.line));
            write_attribute(xml, "classname", QStringLiteral("changed code reached"));
            write_attribute(xml, "file", l.file);
            write_attribute(xml, "line", QString::number(l.line));
            xml.writeEndElement();
        }
        QStringList text{QStringLiteral("%1 of %2 changed lines of code reached (since %3)")
                             .arg(c.lines_reached)
                             .arg(c.lines_changed)
                             .arg(c.description)};
        for (const ChangedLine& l : c.unreached)
            text << QStringLiteral("not reached: ") + display_path(data.project, l.file) +
                        QLatin1Char(':') + QString::number(l.line);
        xml.writeTextElement(QStringLiteral("system-out"), xml_text(text.join(QLatin1Char('\n'))));
        xml.writeEndElement(); // testsuite
    }
    xml.writeEndElement(); // testsuites
    xml.writeEndDocument();
    return out;
}

QByteArray report_sarif(const ReportData& data) {
    QJsonArray rules;
    QHash<QString, qsizetype> rule_index;
    QJsonArray results;
    for (const TargetGroup& g : group_failures(data)) {
        for (const FailureRow* f : open_failures(g)) {
            const QString id = rule_id(*f);
            auto it = rule_index.constFind(id);
            if (it == rule_index.cend()) {
                it = rule_index.insert(id, rules.size());
                rules.append(QJsonObject{
                    {QStringLiteral("id"), id},
                    {QStringLiteral("name"), rule_name(id)},
                    {QStringLiteral("shortDescription"),
                     QJsonObject{{QStringLiteral("text"), rule_description(id)}}},
                    {QStringLiteral("defaultConfiguration"),
                     QJsonObject{{QStringLiteral("level"), QStringLiteral("error")}}},
                });
            }
            const QString message =
                QStringLiteral("%1 in %2: %3")
                    .arg(id, g.target.name,
                         f->message.isEmpty() ? rule_description(id) : f->message);
            // Code scanning matches results across uploads by this fingerprint.
            const QString fingerprint =
                f->signature.isEmpty() ? id + QLatin1Char('|') + g.target.name : f->signature;
            results.append(QJsonObject{
                {QStringLiteral("ruleId"), id},
                {QStringLiteral("ruleIndex"), *it},
                {QStringLiteral("level"), QStringLiteral("error")},
                {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), message}}},
                {QStringLiteral("locations"), QJsonArray{sarif_location(data, g, *f)}},
                {QStringLiteral("partialFingerprints"),
                 QJsonObject{{latin1(kFingerprintKey), fingerprint}}},
                {QStringLiteral("occurrenceCount"), std::max<qint64>(f->count, 1)},
                {QStringLiteral("properties"),
                 QJsonObject{
                     {QStringLiteral("failureId"), f->id},
                     {QStringLiteral("target"), g.target.name},
                     {QStringLiteral("binary"), g.target.binary},
                     {QStringLiteral("status"), f->status},
                     {QStringLiteral("signature"), f->signature},
                     {QStringLiteral("firstSeen"), json_time(f->first_seen_ms)},
                     {QStringLiteral("lastSeen"), json_time(f->last_seen_ms)},
                     {QStringLiteral("example"), f->example},
                     {QStringLiteral("stack"), QJsonArray::fromStringList(f->stack)},
                     {QStringLiteral("minimalInputBase64"), minimal_input(*f)},
                 }},
            });
        }
    }

    if (data.changes && !data.changes->reached.empty()) {
        const qsizetype index = rules.size();
        rules.append(QJsonObject{
            {QStringLiteral("id"), latin1(kChangedRule)},
            {QStringLiteral("name"), QStringLiteral("ChangedCodeReached")},
            {QStringLiteral("shortDescription"),
             QJsonObject{{QStringLiteral("text"),
                          QStringLiteral("A changed line the fuzz targets reached")}}},
            {QStringLiteral("defaultConfiguration"),
             QJsonObject{{QStringLiteral("level"), QStringLiteral("note")}}},
        });
        for (const ChangedLine& l : data.changes->reached)
            results.append(QJsonObject{
                {QStringLiteral("ruleId"), latin1(kChangedRule)},
                {QStringLiteral("ruleIndex"), index},
                {QStringLiteral("level"), QStringLiteral("note")},
                {QStringLiteral("kind"), QStringLiteral("informational")},
                {QStringLiteral("message"),
                 QJsonObject{{QStringLiteral("text"),
                              QStringLiteral("changed since %1 and reached by fuzzing")
                                  .arg(data.changes->description)}}},
                {QStringLiteral("locations"),
                 QJsonArray{QJsonObject{{QStringLiteral("physicalLocation"),
                                         sarif_physical_location(data, l.file, l.line)}}}},
            });
    }
    QJsonObject driver{
        {QStringLiteral("name"), QStringLiteral("Arcwise")},
        {QStringLiteral("version"), data.arcwise_version},
        {QStringLiteral("rules"), rules},
    };
    if (*kInformationUri)
        driver.insert(QStringLiteral("informationUri"), latin1(kInformationUri));
    QJsonObject run{
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("driver"), driver}}},
        {QStringLiteral("results"), results},
    };
    if (!data.project.isEmpty()) {
        // Relative artifact URIs resolve against the project directory; the base must end in '/'.
        QString root = QDir::cleanPath(data.project);
        if (!root.endsWith(QLatin1Char('/')))
            root += QLatin1Char('/');
        run.insert(
            QStringLiteral("originalUriBaseIds"),
            QJsonObject{{latin1(kSourceRoot),
                         QJsonObject{{QStringLiteral("uri"),
                                      QUrl::fromLocalFile(root).toString(QUrl::FullyEncoded)}}}});
    }
    if (data.generated.isValid())
        run.insert(QStringLiteral("invocations"),
                   QJsonArray{QJsonObject{
                       {QStringLiteral("executionSuccessful"), true},
                       {QStringLiteral("endTimeUtc"), iso_utc(data.generated)},
                   }});
    const QJsonObject log{
        {QStringLiteral("version"), QStringLiteral("2.1.0")},
        {QStringLiteral("$schema"), latin1(kSarifSchema)},
        {QStringLiteral("runs"), QJsonArray{run}},
    };
    return QJsonDocument(log).toJson(QJsonDocument::Indented);
}

} // namespace arcwise::campaign
