#pragma once
// Campaign reports, as `arcwise-cli report PROJECT --format text|json|junit|sarif` writes them:
// pure functions from a snapshot of the database (ReportData) to the bytes of a file. They read no
// clock, host or file system, so the same data always gives the same report.
//
// What all formats share:
// - Failures are grouped under their target by FailureRow::target_id, in the order given. A failure
//   whose target is not in `targets` is still reported, under a target made from its own
//   FailureRow::target and FailureRow::binary: no failure is ever dropped.
// - A failure's location is FailureRow::location ("file:line") or else the first stack frame
//   that ends in "file:line" ("function /abs/path/file.cc:42"). SARIF, which needs a location on
//   every result, falls back to the target's file and line.
// - Times are ISO-8601 in UTC.
//
// What "failing" means for CI (JUnit, SARIF): every failure except those a user marked fixed
// (kFailureFixed). A fixed failure is listed in the JUnit test case's <system-out> and left out of
// SARIF, so that code scanning closes its alert. Text and JSON list all failures with their status.

#include "campaign/change_focus.h"
#include "campaign/scaling.h"
#include "campaign/types.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace arcwise::campaign {

struct ReportData {
    QString project;         // the project directory (absolute)
    QString arcwise_version; // e.g. "0.1.0"
    QDateTime generated;
    std::vector<TargetRow> targets;
    std::vector<FailureRow> failures; // all failures; FailureRow::target_id links them to targets
    std::vector<HostRow> hosts;       // every process that fuzzed the campaign (hosts.h)
    // Per target id: how many hosts fuzzed it, and the workers they gave it at most at once
    // (summed over the hosts).
    std::map<qint64, TargetSpread> spread;
    std::optional<ScalingHint> scaling; // what more or fewer cores would do (scaling.h)
    // The changed code's coverage (`--changed-since`, change_focus.h): JSON's "changes", a JUnit
    // suite "changed code" with a passing test case per changed line reached, and a SARIF note
    // per changed line reached.
    std::optional<ChangeCoverage> changes;
};

// {"per_minute", "per_core_minute", "cores", "recommended", "next_core_per_hour",
//  "last_core_per_hour", "cost_per_behaviour", "reliable", "reason", "calibration": {...},
//  "per_hour": {target id: value}}
QJsonObject scaling_json(const ScalingHint& hint);

// A source position parsed from "file:line" (or "file:line:column"); line is 0 when unknown.
struct SourcePosition {
    QString file;
    int line = 0;
    bool isValid() const { return !file.isEmpty(); }
};

// Parses "file:line" or "file:line:column"; a string without a line number gives just the file.
SourcePosition parse_position(const QString& location);
// The failure's own location: FailureRow::location, else the first stack frame with "file:line".
// Invalid when neither has one.
SourcePosition failure_position(const FailureRow& failure);

// Human-readable: a table of targets, then every failure with its example and top stack frames.
QByteArray report_text(const ReportData& data);
// {"project", "generated", "arcwise_version", "targets": [{..., "failures": [...]}]}, indented.
// Unknown values (no location, no timestamp, no line) are null.
QByteArray report_json(const ReportData& data);
// JUnit XML: one <testsuite> per binary, one <testcase> per target, at most one <failure> per test
// case listing all of the target's failures. Targets that never ran are <skipped/>; a target that
// fails at start-up (kStatusBroken) without failures is an <error>.
QByteArray report_junit(const ReportData& data);
// SARIF 2.1.0 with one rule per failure kind and one result per (not fixed) failure.
QByteArray report_sarif(const ReportData& data);

} // namespace arcwise::campaign
