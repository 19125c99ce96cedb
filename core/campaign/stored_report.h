#pragma once
// The reports' data as the database holds it, for arcwise-cli report and the workbench's Export:
// what report_formats.h and campaign_report.h turn into text, JSON, JUnit, SARIF and HTML. Reads
// only; a read that fails leaves db.last_error() set (the caller decides).

#include "campaign_report.h"
#include "report_formats.h"
#include "scaling.h"

#include <QString>

namespace arcwise::campaign {

class Database;

// Targets, failures, hosts, how widely each target was fuzzed, and the scaling hint.
ReportData stored_report_data(Database& db, const QString& project, const QString& version,
                              double core_hour_cost = 0);
// What more or fewer cores would do, from what is stored: each target's rate over its recent
// fuzzing, the cores of the hosts of the last campaign, and the estimates checked against the
// last day of statistics.
ScalingHint stored_scaling(Database& db, const ReportData& data, double core_hour_cost,
                           const QString& project);
// What the HTML report needs beyond ReportData: per target its statistics, its control-flow
// graph with coverage, and the stored inputs its top blockers name.
CampaignReportData stored_campaign_report(Database& db, const ReportData& data);

} // namespace arcwise::campaign
