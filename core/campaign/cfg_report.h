#pragma once
// The coverage of a target as one self-contained HTML page, for someone without Arcwise: a
// summary, the functions by their best under-explored arc with covered/total bars, the ranked
// under-explored arcs (where the fuzzer stops, and how much code stays unreached behind), and the
// control-flow graphs of the functions that matter most, as inline SVG coloured by hits.
//
// Promises: no external resources (stylesheet, graphs and legend are inline; no http(s) src or
// href), readable without JavaScript (a small inline script only adds a filter box), UTF-8.

#include "cfg_model.h"
#include "types.h"

#include <QByteArray>
#include <QString>

namespace arcwise::campaign {

struct CfgReportOptions {
    // Graphs inlined: the functions with under-explored arcs (best rank first), then the others
    // with coverage (most covered first); the page says how many were left out.
    int max_graphs = 40;
    // Rows of the ranked arcs table.
    int max_arcs = 200;
};

// target: the target's row (binary, executions, corpus size) when known, for the summary.
QByteArray coverage_html(const CfgModel& model, const QString& target_name,
                         const TargetRow* target = nullptr, const CfgReportOptions& options = {});

} // namespace arcwise::campaign
