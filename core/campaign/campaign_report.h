#pragma once
// The whole campaign as one self-contained HTML page to hand over (`arcwise-cli report --format
// html`): the summary, coverage over time per target (an inline SVG chart of the stats), coverage
// per file over all targets with each file's source coloured by hits, the top blockers (the best
// ranked under-explored arcs, with their source and the smallest input that reaches them), and
// the failures with their minimal examples and stacks.
//
// A pure function, as report_formats.h's are: it reads no clock, host or file system (the source
// text comes from the models, which read it when they were loaded), so the same data always gives
// the same page.
//
// Promises: UTF-8; nothing fetched from elsewhere (no src or href to another document or site:
// styles, charts and sources are inline); readable without JavaScript; everything a target
// controls (names, messages, inputs, source) escaped.

#include "campaign/cfg_model.h"
#include "campaign/report_formats.h"
#include "campaign/types.h"

#include <QByteArray>
#include <QString>
#include <map>
#include <memory>
#include <vector>

namespace arcwise::campaign {

// What the page shows of one target besides its TargetRow.
struct CampaignReportTarget {
    qint64 target_id = 0;                  // TargetRow::id in ReportData::targets
    std::vector<StatsRow> stats;           // oldest first
    std::shared_ptr<const CfgModel> model; // with the target's coverage; null when there is none
    QString model_error;                   // why there is no model
    // Stored inputs (CorpusRow::input) by corpus id: those the blockers' smallest inputs name.
    std::map<qint64, QByteArray> inputs;
};

struct CampaignReportData {
    ReportData data; // project, version, generated, targets, failures
    std::vector<CampaignReportTarget> targets;
};

struct CampaignReportOptions {
    int max_blockers = 15;       // over all targets, best ranked first
    int max_source_files = 40;   // files whose source is shown (the others are in the table)
    int max_source_lines = 4000; // a longer file's source is not shown
    int blocker_context = 2;     // source lines shown before and after a blocker's line
    int max_stack_frames = 12;
};

QByteArray campaign_html(const CampaignReportData& report,
                         const CampaignReportOptions& options = {});

// An input as its harness sees it: a libFuzzer harness's bytes as a C string literal, a property
// test's choices one per line (kind and value). `kind` is the target's kind.
QString printed_input(const QByteArray& stored, const QString& kind);

} // namespace arcwise::campaign
