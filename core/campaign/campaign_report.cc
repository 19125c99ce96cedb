#include "campaign/campaign_report.h"

#include "campaign/cfg_layout.h"
#include "campaign/printable.h"
#include "engine/serialize.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <algorithm>
#include <cmath>
#include <set>

namespace arcwise::campaign {

namespace {

// The page's strings keep one context, like the coverage report's.
class CampaignReport {
    Q_DECLARE_TR_FUNCTIONS(CampaignReport)
};

// Text a target controls: control and bidirectional characters made visible, then escaped.
QString esc(const QString& s, bool keep_newlines = false) {
    return printable(s, keep_newlines).toHtmlEscaped();
}

QString num(qint64 n) {
    // Thin-space thousands, readable in every locale and never mistaken for a decimal point.
    QString digits = QString::number(n < 0 ? -n : n);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QChar(0x2009));
    return n < 0 ? QLatin1Char('-') + digits : digits;
}

// Counted nouns: the page is in English until a translator is installed; "%n" plural forms
// without one would read "1 block(s)".
QString blocks_text(qint64 n, bool unreached) {
    if (unreached)
        return n == 1 ? CampaignReport::tr("1 block unreached")
                      : CampaignReport::tr("%1 blocks unreached").arg(n);
    return n == 1 ? CampaignReport::tr("1 block") : CampaignReport::tr("%1 blocks").arg(n);
}

QString inputs_text(qint64 n) {
    return n == 1 ? CampaignReport::tr("1 input") : CampaignReport::tr("%1 inputs").arg(n);
}

QString bytes_text(qint64 n) {
    return n == 1 ? CampaignReport::tr("1 byte") : CampaignReport::tr("%1 bytes").arg(n);
}

QString percent(double p) {
    return QString::number(p, 'f', 1) + QLatin1Char('%');
}

QString bar(double p) {
    return QStringLiteral("<span class=\"bar\"><span style=\"width:%1%\"></span></span>")
        .arg(QString::number(std::clamp(p, 0.0, 100.0), 'f', 1));
}

// Okabe-Ito, colour-blind safe, without its yellow (unreadable on white); then dashed.
const char* const kSeriesColours[] = {"#0072b2", "#e69f00", "#009e73", "#d55e00",
                                      "#cc79a7", "#56b4e9", "#000000"};
constexpr int kSeriesColourCount = 7;

QString series_colour(int i) {
    return QString::fromLatin1(kSeriesColours[i % kSeriesColourCount]);
}

QString series_dash(int i) {
    static const char* const kDash[] = {"", "6 3", "2 3", "8 3 2 3"};
    return QString::fromLatin1(kDash[(i / kSeriesColourCount) % 4]);
}

const char* kStyle = R"(
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #ffffff; --dim: #5f5f5f; --line: #dddddd;
        --bar: #35b779; --bar-bg: #e6e6e6; --hot: #b84a00; --miss: #fbe3e3; --card: #f7f7f8;
        --mark: #fff3c4; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6e6e6; --bg: #1e1f22; --dim: #a8a8a8; --line: #3a3a3a; --bar-bg: #3a3a3a;
          --hot: #ff8c3a; --miss: #4a2626; --card: #26272b; --mark: #4a4020; }
  svg.chart { background: #f4f4f4; border-radius: 4px; }
}
body { font: 14px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg);
       margin: 1.5em auto; max-width: 1180px; padding: 0 1.2em; }
h1 { font-size: 1.7em; margin: 0 0 .1em; } h2 { margin-top: 1.8em; padding-bottom: .2em;
     border-bottom: 1px solid var(--line); } h3 { margin: 1.2em 0 .3em; font-size: 1.05em; }
a { color: #0063a6; } @media (prefers-color-scheme: dark) { a { color: #6cb6ff; } }
.dim { color: var(--dim); } code, .mono, pre { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9em; }
nav { margin: .6em 0 1em; } nav a { margin-right: 1.2em; }
.summary { display: flex; gap: 1em 2.6em; flex-wrap: wrap; margin: 1em 0 .5em; }
.summary div { min-width: 7em; } .summary b { display: block; font-size: 1.65em; font-variant-numeric: tabular-nums; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .28em .6em; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; white-space: nowrap; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.name { word-break: break-word; }
.bar { display: inline-block; width: 90px; height: .75em; background: var(--bar-bg);
       vertical-align: baseline; margin-right: .5em; border-radius: 2px; overflow: hidden; }
.bar span { display: block; height: 100%; background: var(--bar); }
.rank { color: var(--hot); font-weight: 600; white-space: nowrap; }
.legend { display: flex; gap: .4em 1.2em; flex-wrap: wrap; margin: .4em 0 1em; font-size: .92em; }
.legend i { display: inline-block; width: 1.6em; height: 0; border-top: 3px solid; vertical-align: middle; margin-right: .4em; }
.hitscale { display: flex; gap: .3em; flex-wrap: wrap; align-items: center; font-size: .85em; margin: .3em 0 .8em; }
.hitscale span { padding: .05em .5em; border-radius: 3px; border: 1px solid #888; }
.src { border-collapse: collapse; width: 100%; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12.5px; line-height: 1.35; }
.src td { border: 0; padding: 0 .5em; white-space: pre; vertical-align: top; }
.src td.ln { color: var(--dim); text-align: right; width: 3.5em; user-select: none; }
.src td.hits { text-align: right; width: 4.5em; color: var(--dim); border-right: 4px solid transparent; }
.src td.code { white-space: pre-wrap; word-break: break-all; }
.src tr.miss td.code, .src tr.miss td.hits { background: var(--miss); }
.src tr.miss td.hits { color: #a31515; font-weight: 600; }
.src tr.here td { background: var(--mark); }
.src td.mk { width: 3.2em; color: var(--hot); font-weight: 600; text-align: right; }
.srcbox { border: 1px solid var(--line); border-radius: 4px; overflow: auto; max-height: 34em; margin: .3em 0 1em; }
details > summary { cursor: pointer; margin: .35em 0; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .6em .9em; margin: .8em 0; }
.card h3 { margin-top: .1em; } .card .srcbox { max-height: none; background: var(--bg); }
pre { background: var(--bg); border: 1px solid var(--line); border-radius: 4px; padding: .5em .7em;
      overflow: auto; max-height: 20em; white-space: pre-wrap; word-break: break-all; margin: .3em 0 .6em; }
.status { display: inline-block; padding: 0 .45em; border-radius: 3px; border: 1px solid var(--line); font-size: .85em; }
ol.stack { margin: .2em 0 .4em; padding-left: 2.2em; font-family: ui-monospace, monospace; font-size: .85em; }
ol.stack li { word-break: break-all; }
svg.chart { max-width: 100%; height: auto; }
svg.chart text { font: 11px system-ui, sans-serif; fill: #333; }
)";

// One series of the chart: (seconds since the campaign's first stats, features).
struct Series {
    QString name;
    std::vector<std::pair<double, double>> points;
};

double nice_step(double range, int ticks) {
    if (range <= 0)
        return 1;
    const double raw = range / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= raw)
            return m * magnitude;
    return 10 * magnitude;
}

QString duration_label(double seconds) {
    if (seconds < 120)
        return QString::number(seconds, 'g', 3) + QStringLiteral(" s");
    if (seconds < 7200)
        return QString::number(seconds / 60, 'g', 3) + QStringLiteral(" min");
    return QString::number(seconds / 3600, 'g', 3) + QStringLiteral(" h");
}

// An inline SVG line chart of the series; empty when there is nothing to draw.
QString chart_svg(const std::vector<Series>& series) {
    double max_x = 0, max_y = 0;
    bool any = false;
    for (const Series& s : series)
        for (const auto& [x, y] : s.points) {
            max_x = std::max(max_x, x);
            max_y = std::max(max_y, y);
            any = true;
        }
    if (!any)
        return {};
    const double w = 960, h = 300, left = 64, right = 16, top = 14, bottom = 40;
    const double plot_w = w - left - right, plot_h = h - top - bottom;
    const double y_step = nice_step(max_y, 5);
    const double y_top = std::max(y_step, std::ceil(max_y / y_step) * y_step);
    const double x_step = nice_step(std::max(max_x, 1.0), 6);
    const double x_right = std::max(x_step, std::ceil(std::max(max_x, 1.0) / x_step) * x_step);
    auto px = [&](double x) { return left + x / x_right * plot_w; };
    auto py = [&](double y) { return top + plot_h - y / y_top * plot_h; };
    QString svg = QStringLiteral("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" "
                                 "viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\" role=\"img\" "
                                 "aria-label=\"%3\">")
                      .arg(w)
                      .arg(h)
                      .arg(esc(CampaignReport::tr("Coverage features over time, per target")));
    svg += QStringLiteral("<rect x=\"0\" y=\"0\" width=\"%1\" height=\"%2\" fill=\"#ffffff\"/>")
               .arg(w)
               .arg(h);
    for (double y = 0; y <= y_top + 1e-9; y += y_step) {
        svg += QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" stroke=\"#e3e3e3\"/>"
                              "<text x=\"%4\" y=\"%5\" text-anchor=\"end\">%6</text>")
                   .arg(left)
                   .arg(w - right)
                   .arg(py(y), 0, 'f', 1)
                   .arg(left - 6)
                   .arg(py(y) + 4, 0, 'f', 1)
                   .arg(esc(num(qint64(y))));
    }
    for (double x = 0; x <= x_right + 1e-9; x += x_step)
        svg += QStringLiteral("<line x1=\"%1\" x2=\"%1\" y1=\"%2\" y2=\"%3\" stroke=\"#bbbbbb\"/>"
                              "<text x=\"%1\" y=\"%4\" text-anchor=\"middle\">%5</text>")
                   .arg(px(x), 0, 'f', 1)
                   .arg(top + plot_h)
                   .arg(top + plot_h + 5)
                   .arg(top + plot_h + 18)
                   .arg(esc(duration_label(x)));
    svg += QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" stroke=\"#888888\"/>")
               .arg(left)
               .arg(w - right)
               .arg(top + plot_h);
    svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>")
               .arg(left + plot_w / 2)
               .arg(h - 6)
               .arg(esc(CampaignReport::tr("time since the campaign's first stats")));
    for (size_t i = 0; i < series.size(); ++i) {
        const Series& s = series[i];
        if (s.points.empty())
            continue;
        QString points;
        for (const auto& [x, y] : s.points)
            points += QStringLiteral("%1,%2 ").arg(px(x), 0, 'f', 1).arg(py(y), 0, 'f', 1);
        const QString dash = series_dash(int(i));
        svg += QStringLiteral("<polyline fill=\"none\" stroke=\"%1\" stroke-width=\"2\"%2 "
                              "points=\"%3\"><title>%4</title></polyline>")
                   .arg(series_colour(int(i)),
                        dash.isEmpty() ? QString()
                                       : QStringLiteral(" stroke-dasharray=\"%1\"").arg(dash),
                        points.trimmed(), esc(s.name));
        const auto& last = s.points.back();
        svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"3\" fill=\"%3\"/>")
                   .arg(px(last.first), 0, 'f', 1)
                   .arg(py(last.second), 0, 'f', 1)
                   .arg(series_colour(int(i)));
    }
    svg += QStringLiteral("</svg>");
    return svg;
}

// A blocker: an under-explored arc of one target's model.
struct Blocker {
    const CampaignReportTarget* target = nullptr;
    const TargetRow* row = nullptr;
    int arc = -1;
    size_t order = 0; // found before the others of equal weight
};

// The background of a line by its hits: the hit scale's colour as a bar beside the count.
QString hits_cell(qint64 hits, qint64 max_hits, bool instrumented) {
    if (!instrumented)
        return QStringLiteral("<td class=\"hits\"></td>");
    const int bucket = hit_bucket(hits, max_hits);
    return QStringLiteral("<td class=\"hits\" style=\"border-right-color:%1\">%2</td>")
        .arg(hit_bucket_colour(bucket), hits > 0 ? num(hits) : QStringLiteral("0"));
}

QString hit_scale(qint64 max_hits) {
    QString out = QStringLiteral("<div class=\"hitscale\"><span class=\"dim\" "
                                 "style=\"border:0\">%1</span>")
                      .arg(esc(CampaignReport::tr("Inputs reaching a line:")));
    out += QStringLiteral("<span style=\"background:var(--miss)\">%1</span>")
               .arg(esc(CampaignReport::tr("0 (never)")));
    qint64 previous = 0;
    for (int b = 0; b < kHitBuckets; ++b) {
        const qint64 from = hit_bucket_min(b, max_hits);
        if (from <= previous || from > max_hits)
            continue;
        previous = from;
        out += QStringLiteral("<span style=\"border-left:6px solid %1\">\u2265 %2</span>")
                   .arg(hit_bucket_colour(b), num(from));
    }
    out += QStringLiteral("<span style=\"border-color:var(--hot);color:var(--hot)\">%1</span>"
                          "</div>")
               .arg(esc(CampaignReport::tr("#n: a top blocker leaves this line")));
    return out;
}

} // namespace

QString printed_input(const QByteArray& stored, const QString& kind) {
    constexpr qsizetype kMaxShown = 4096;
    auto literal = [](const std::string& data) {
        QString out = QStringLiteral("\"");
        const size_t shown = std::min(data.size(), size_t(kMaxShown));
        for (size_t i = 0; i < shown; ++i) {
            const unsigned char c = static_cast<unsigned char>(data[i]);
            switch (c) {
            case '\n':
                out += QStringLiteral("\\n");
                break;
            case '\t':
                out += QStringLiteral("\\t");
                break;
            case '\r':
                out += QStringLiteral("\\r");
                break;
            case '"':
                out += QStringLiteral("\\\"");
                break;
            case '\\':
                out += QStringLiteral("\\\\");
                break;
            default:
                if (c >= 0x20 && c < 0x7f)
                    out += QLatin1Char(char(c));
                else
                    out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
            }
        }
        out += QLatin1Char('"');
        if (data.size() > shown)
            out += QStringLiteral(" \u2026 ") +
                   CampaignReport::tr("(%1 more bytes)").arg(data.size() - shown);
        return out;
    };
    const auto seq =
        engine::deserialize(std::string_view(stored.constData(), size_t(stored.size())));
    if (!seq)
        return kind == QLatin1String("libfuzzer")
                   ? literal(stored.toStdString()) + QLatin1Char('\n') + bytes_text(stored.size())
                   : CampaignReport::tr("(an input this version cannot read, %1)")
                         .arg(bytes_text(stored.size()));
    if (kind == QLatin1String("libfuzzer") && seq->is_single_bytes()) {
        const std::string& data = seq->choices[0].data;
        return literal(data) + QLatin1Char('\n') + bytes_text(qint64(data.size()));
    }
    QStringList lines;
    for (const engine::Choice& c : seq->choices) {
        switch (c.kind) {
        case engine::ChoiceKind::Integer:
            lines << QStringLiteral("integer ") +
                         (c.is_signed ? QString::number(c.as_signed()) : QString::number(c.value));
            break;
        case engine::ChoiceKind::Float:
            lines << QStringLiteral("float ") + QString::number(c.real, 'g', 17);
            break;
        case engine::ChoiceKind::Boolean:
            lines << (c.value ? QStringLiteral("boolean true") : QStringLiteral("boolean false"));
            break;
        case engine::ChoiceKind::Bytes:
            lines << QStringLiteral("bytes ") + literal(c.data);
            break;
        case engine::ChoiceKind::String:
            lines << QStringLiteral("string ") + literal(c.data);
            break;
        }
        if (lines.size() >= 200) {
            lines << CampaignReport::tr("\u2026 %1 more choices")
                         .arg(qint64(seq->choices.size()) - 200);
            break;
        }
    }
    if (lines.isEmpty())
        lines << CampaignReport::tr("(no choices)");
    return lines.join(QLatin1Char('\n'));
}

QByteArray campaign_html(const CampaignReportData& report, const CampaignReportOptions& options) {
    const ReportData& data = report.data;
    std::map<qint64, const TargetRow*> row_of;
    for (const TargetRow& t : data.targets)
        row_of[t.id] = &t;
    std::vector<const CfgModel*> models;
    for (const CampaignReportTarget& t : report.targets)
        if (t.model)
            models.push_back(t.model.get());

    // Figures.
    qint64 executions = 0, corpus = 0;
    for (const TargetRow& t : data.targets) {
        executions += t.executions;
        corpus += t.corpus_size;
    }
    int open_failures = 0;
    for (const FailureRow& f : data.failures)
        open_failures += f.status != QLatin1String(kFailureFixed);
    const std::vector<CfgCoverage> files = CfgModel::union_file_coverage(models);
    CfgCoverage all;
    for (const CfgCoverage& c : files) {
        all.lines += c.lines;
        all.lines_covered += c.lines_covered;
        all.arcs += c.arcs;
        all.arcs_covered += c.arcs_covered;
        all.functions += c.functions;
        all.functions_entered += c.functions_entered;
    }

    // Blockers: every target's ranked arcs, by blocks unreached behind (then rank), the best.
    std::vector<Blocker> blockers;
    for (const CampaignReportTarget& t : report.targets) {
        if (!t.model)
            continue;
        const auto it = row_of.find(t.target_id);
        for (int arc : t.model->ranked_arcs())
            // A branch rarely taken with next to nothing behind it is not what stops fuzzing.
            if (t.model->arcs()[size_t(arc)].frontier || t.model->arcs()[size_t(arc)].unreached > 1)
                blockers.push_back(
                    {&t, it == row_of.end() ? nullptr : it->second, arc, blockers.size()});
    }
    std::sort(blockers.begin(), blockers.end(), [](const Blocker& a, const Blocker& b) {
        const CfgArc& x = a.target->model->arcs()[size_t(a.arc)];
        const CfgArc& y = b.target->model->arcs()[size_t(b.arc)];
        if (x.unreached != y.unreached)
            return x.unreached > y.unreached;
        if (x.rank != y.rank)
            return x.rank < y.rank;
        return a.order < b.order;
    });
    // The same arc of a binary shared by several targets is one blocker.
    {
        std::set<QString> seen;
        std::vector<Blocker> unique;
        for (const Blocker& b : blockers) {
            const CfgModel& m = *b.target->model;
            const CfgArc& a = m.arcs()[size_t(b.arc)];
            const CfgBlock& from = m.blocks()[size_t(a.from)];
            const CfgBlock& to = m.blocks()[size_t(a.to)];
            const QString key = from.file + QLatin1Char(':') + QString::number(from.line) +
                                QLatin1Char('>') + to.file + QLatin1Char(':') +
                                QString::number(to.line);
            if (seen.insert(key).second)
                unique.push_back(b);
            if (int(unique.size()) >= options.max_blockers)
                break;
        }
        blockers = std::move(unique);
    }
    // Per file and line: the blockers (their number on this page) that leave it.
    std::map<QString, std::map<int, int>> blocker_at;
    for (size_t i = 0; i < blockers.size(); ++i) {
        const CfgModel& m = *blockers[i].target->model;
        const CfgBlock& from = m.blocks()[size_t(m.arcs()[size_t(blockers[i].arc)].from)];
        auto& at = blocker_at[from.file][from.line];
        if (at == 0)
            at = int(i) + 1;
    }

    const QString project_name = QFileInfo(data.project).fileName();
    const QString title = CampaignReport::tr("Fuzzing campaign: %1").arg(project_name);
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
             .arg(esc(title), QString::fromLatin1(kStyle));
    h += QStringLiteral("<h1>%1</h1>\n<p class=\"dim\">%2</p>\n")
             .arg(esc(title), esc(CampaignReport::tr("%1 \u00b7 made by Arcwise %2 on %3 UTC")
                                      .arg(data.project, data.arcwise_version,
                                           data.generated.toUTC().toString(
                                               QStringLiteral("yyyy-MM-dd HH:mm")))));
    h += QStringLiteral("<nav><a href=\"#over-time\">%1</a><a href=\"#targets\">%2</a>"
                        "<a href=\"#files\">%3</a><a href=\"#blockers\">%4</a>"
                        "<a href=\"#failures\">%5</a></nav>\n")
             .arg(esc(CampaignReport::tr("Coverage over time")), esc(CampaignReport::tr("Targets")),
                  esc(CampaignReport::tr("Coverage by file")),
                  esc(CampaignReport::tr("Top blockers")), esc(CampaignReport::tr("Failures")));

    // Summary.
    h += QStringLiteral("<div class=\"summary\">");
    auto figure = [&h](const QString& value, const QString& label) {
        h += QStringLiteral("<div><b>%1</b>%2</div>").arg(esc(value), esc(label));
    };
    figure(num(qint64(data.targets.size())), CampaignReport::tr("targets"));
    figure(num(executions), CampaignReport::tr("executions"));
    figure(num(corpus), CampaignReport::tr("corpus inputs"));
    figure(num(qint64(data.failures.size())),
           CampaignReport::tr("failures (%1 not fixed)").arg(open_failures));
    if (all.lines > 0) {
        figure(percent(all.line_percent()), CampaignReport::tr("of lines covered (%1 of %2)")
                                                .arg(num(all.lines_covered), num(all.lines)));
        figure(percent(all.arc_percent()), CampaignReport::tr("of branch arcs taken (%1 of %2)")
                                               .arg(num(all.arcs_covered), num(all.arcs)));
    }
    h += QStringLiteral("</div>\n<p class=\"dim\">%1</p>\n")
             .arg(esc(CampaignReport::tr(
                 "Coverage counts the project's own code, over all targets: a line is "
                 "covered when a stored corpus input of some target reaches it. Library "
                 "code (system headers, the C++ standard library) is left out.")));

    // Coverage over time.
    h += QStringLiteral("<h2 id=\"over-time\">%1</h2>\n")
             .arg(esc(CampaignReport::tr("Coverage over time")));
    {
        qint64 t0 = -1;
        for (const CampaignReportTarget& t : report.targets)
            for (const StatsRow& s : t.stats)
                if (t0 < 0 || s.at_ms < t0)
                    t0 = s.at_ms;
        std::vector<Series> series;
        QString legend;
        for (const CampaignReportTarget& t : report.targets) {
            const auto it = row_of.find(t.target_id);
            Series s;
            s.name = it == row_of.end() ? QString::number(t.target_id) : it->second->name;
            std::vector<StatsRow> rows = t.stats;
            std::sort(rows.begin(), rows.end(), [](const StatsRow& a, const StatsRow& b) {
                return a.at_ms != b.at_ms ? a.at_ms < b.at_ms : a.features < b.features;
            });
            double best = 0;
            for (const StatsRow& r : rows) {
                best = std::max(best, double(r.features));
                s.points.push_back({double(r.at_ms - t0) / 1000.0, best});
            }
            if (s.points.empty())
                continue;
            const QString dash = series_dash(int(series.size()));
            legend +=
                QStringLiteral("<span><i style=\"border-color:%1;%2\"></i>%3 "
                               "<span class=\"dim\">%4</span></span>")
                    .arg(series_colour(int(series.size())),
                         dash.isEmpty() ? QString() : QStringLiteral("border-top-style:dashed"),
                         esc(s.name), esc(num(qint64(best))));
            series.push_back(std::move(s));
        }
        const QString svg = chart_svg(series);
        if (svg.isEmpty()) {
            h += QStringLiteral("<p>%1</p>\n")
                     .arg(esc(CampaignReport::tr(
                         "No stats were recorded: the campaign has not fuzzed yet.")));
        } else {
            h += QStringLiteral("<p class=\"dim\">%1</p>\n%2\n<div class=\"legend\">%3</div>\n")
                     .arg(esc(CampaignReport::tr(
                              "Coverage features (edges by hit count, comparisons, events) "
                              "found per target; a flat line is a target that stopped "
                              "finding new behaviour.")),
                          svg, legend);
        }
    }

    // Targets.
    h += QStringLiteral("<h2 id=\"targets\">%1</h2>\n").arg(esc(CampaignReport::tr("Targets")));
    h += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th class=\"num\">%4</th>"
                        "<th class=\"num\">%5</th><th class=\"num\">%6</th><th>%7</th>"
                        "<th class=\"num\">%8</th></tr>\n")
             .arg(esc(CampaignReport::tr("Target")), esc(CampaignReport::tr("Kind")),
                  esc(CampaignReport::tr("Status")), esc(CampaignReport::tr("Executions")),
                  esc(CampaignReport::tr("Corpus")), esc(CampaignReport::tr("Features")),
                  esc(CampaignReport::tr("Lines covered")), esc(CampaignReport::tr("Failures")));
    for (const TargetRow& t : data.targets) {
        QString lines = QStringLiteral("<span class=\"dim\">\u2013</span>");
        for (const CampaignReportTarget& c : report.targets) {
            if (c.target_id != t.id)
                continue;
            if (c.model) {
                CfgCoverage sum;
                for (const CfgCoverage& f : c.model->file_coverage()) {
                    sum.lines += f.lines;
                    sum.lines_covered += f.lines_covered;
                }
                lines =
                    bar(sum.line_percent()) +
                    esc(CampaignReport::tr("%1 of %2").arg(num(sum.lines_covered), num(sum.lines)));
            } else if (!c.model_error.isEmpty()) {
                lines = QStringLiteral("<span class=\"dim\" title=\"%1\">%2</span>")
                            .arg(esc(c.model_error), esc(CampaignReport::tr("no graph")));
            }
        }
        h +=
            QStringLiteral("<tr><td class=\"mono name\">%1<div class=\"dim\">%2</div></td>"
                           "<td>%3</td><td><span class=\"status\">%4</span></td>"
                           "<td class=\"num\">%5</td><td class=\"num\">%6</td>"
                           "<td class=\"num\">%7</td><td>%8</td><td class=\"num\">%9</td></tr>\n")
                .arg(esc(t.name),
                     QFileInfo(t.binary).fileName() == t.name ? QString()
                                                              : esc(QFileInfo(t.binary).fileName()),
                     esc(t.kind), esc(t.status), num(t.executions), num(t.corpus_size),
                     num(t.features), lines, num(t.failures));
    }
    h += QStringLiteral("</table>\n");

    // Coverage by file, and each file's source.
    h += QStringLiteral("<h2 id=\"files\">%1</h2>\n")
             .arg(esc(CampaignReport::tr("Coverage by file")));
    if (files.empty()) {
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(CampaignReport::tr(
                     "No coverage: no target has a control-flow graph (built without "
                     "Arcwise's instrumentation?) or no target was fuzzed yet.")));
    } else {
        // Paths relative to the user's directory that holds them read better; with several
        // such directories, each path starts with its directory's name.
        QStringList roots;
        for (const CfgModel* m : models)
            for (const QString& r : m->user_roots())
                if (!roots.contains(r))
                    roots << r;
        QString common = QFileInfo(files.front().file).absolutePath();
        for (const CfgCoverage& c : files)
            while (!common.isEmpty() && !c.file.startsWith(common + QLatin1Char('/')))
                common = common.section(QLatin1Char('/'), 0, -2);
        auto short_name = [&common, &roots](const QString& file) {
            if (!common.isEmpty())
                return file.mid(common.size() + 1);
            QString best;
            for (const QString& r : roots)
                if (file.startsWith(r + QLatin1Char('/')) && r.size() > best.size())
                    best = r;
            return best.isEmpty()
                       ? file
                       : QFileInfo(best).fileName() + QLatin1Char('/') + file.mid(best.size() + 1);
        };
        h += QStringLiteral("<p class=\"dim\">%1</p>\n")
                 .arg(esc(CampaignReport::tr(
                              "Under %1. Lines hold code; branch arcs leave a line with two or "
                              "more ways on, as llvm-cov counts branches.")
                              .arg(common.isEmpty() ? roots.join(QStringLiteral(", ")) : common)));
        h += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th>"
                            "<th class=\"num\">%4</th></tr>\n")
                 .arg(esc(CampaignReport::tr("File")), esc(CampaignReport::tr("Lines")),
                      esc(CampaignReport::tr("Branch arcs")),
                      esc(CampaignReport::tr("Functions entered")));
        for (size_t i = 0; i < files.size(); ++i) {
            const CfgCoverage& c = files[i];
            const QString name = int(i) < options.max_source_files
                                     ? QStringLiteral("<a href=\"#src%1\">%2</a>")
                                           .arg(QString::number(i), esc(short_name(c.file)))
                                     : esc(short_name(c.file));
            const QString arcs =
                c.arcs == 0
                    ? QStringLiteral("<span class=\"dim\">%1</span>")
                          .arg(esc(CampaignReport::tr("no branches")))
                    : bar(c.arc_percent()) +
                          esc(CampaignReport::tr("%1 (%2 of %3)")
                                  .arg(percent(c.arc_percent()), num(c.arcs_covered), num(c.arcs)));
            h += QStringLiteral("<tr><td class=\"mono name\">%1</td><td>%2%3</td><td>%4</td>"
                                "<td class=\"num\">%5</td></tr>\n")
                     .arg(name, bar(c.line_percent()),
                          esc(CampaignReport::tr("%1 (%2 of %3)")
                                  .arg(percent(c.line_percent()), num(c.lines_covered),
                                       num(c.lines))),
                          arcs,
                          esc(CampaignReport::tr("%1 of %2")
                                  .arg(c.functions_entered)
                                  .arg(c.functions)));
        }
        h += QStringLiteral("</table>\n");

        // Per line over all targets: the most inputs of any target that reach it.
        std::map<QString, std::map<int, qint64>> hits_of;
        qint64 max_hits = 1;
        for (const CfgModel* m : models)
            for (const CfgCoverage& c : m->file_coverage())
                for (const CfgLineHits& l : m->line_hits(c.file)) {
                    qint64& hits = hits_of[c.file][l.line];
                    hits = std::max(hits, l.hits);
                    max_hits = std::max(max_hits, l.hits);
                }
        // Open: the file of the first blocker, else the first file.
        QString open_file = files.front().file;
        if (!blockers.empty()) {
            const CfgModel& m = *blockers.front().target->model;
            open_file = m.blocks()[size_t(m.arcs()[size_t(blockers.front().arc)].from)].file;
        }
        h += QStringLiteral("<h3>%1</h3>\n").arg(esc(CampaignReport::tr("Source")));
        h += hit_scale(max_hits);
        for (size_t i = 0; i < files.size() && int(i) < options.max_source_files; ++i) {
            const CfgCoverage& c = files[i];
            QStringList source;
            for (const CfgModel* m : models)
                if (source.isEmpty())
                    source = m->source_lines(c.file);
            h += QStringLiteral("<details id=\"src%1\"%2><summary class=\"mono\">%3 "
                                "<span class=\"dim\">%4</span></summary>\n")
                     .arg(QString::number(i),
                          c.file == open_file ? QStringLiteral(" open") : QString(),
                          esc(short_name(c.file)),
                          esc(CampaignReport::tr("%1 of lines covered")
                                  .arg(percent(c.line_percent()))));
            if (source.isEmpty() || source.size() > options.max_source_lines) {
                h +=
                    QStringLiteral("<p class=\"dim\">%1</p></details>\n")
                        .arg(esc(source.isEmpty()
                                     ? CampaignReport::tr(
                                           "The source could not be read when the report was made.")
                                     : CampaignReport::tr("%1 lines: too long to show here.")
                                           .arg(source.size())));
                continue;
            }
            const auto& hits = hits_of[c.file];
            const auto& marks = blocker_at[c.file];
            h += QStringLiteral("<div class=\"srcbox\"><table class=\"src\">\n");
            for (qsizetype n = 1; n <= source.size(); ++n) {
                const auto hit = hits.find(int(n));
                const bool instrumented = hit != hits.end();
                const bool miss = instrumented && hit->second == 0;
                const auto mark = marks.find(int(n));
                h += QStringLiteral("<tr%1><td class=\"ln\">%2</td>%3<td class=\"mk\">%4</td>"
                                    "<td class=\"code\">%5</td></tr>\n")
                         .arg(miss ? QStringLiteral(" class=\"miss\"") : QString(),
                              QString::number(n),
                              hits_cell(instrumented ? hit->second : 0, max_hits, instrumented),
                              mark == marks.end() ? QString()
                                                  : QStringLiteral("<a href=\"#blocker%1\">#%1</a>")
                                                        .arg(mark->second),
                              esc(source[n - 1]));
            }
            h += QStringLiteral("</table></div></details>\n");
        }
        if (int(files.size()) > options.max_source_files)
            h += QStringLiteral("<p class=\"dim\">%1</p>\n")
                     .arg(esc(CampaignReport::tr("The source of the first %1 of %2 files is shown.")
                                  .arg(options.max_source_files)
                                  .arg(files.size())));
    }

    // Top blockers.
    h += QStringLiteral("<h2 id=\"blockers\">%1</h2>\n")
             .arg(esc(CampaignReport::tr("Top blockers")));
    if (blockers.empty()) {
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(CampaignReport::tr(
                     "None: no covered line of the project's code has a way on that the "
                     "corpus never or rarely takes.")));
    } else {
        h += QStringLiteral("<p class=\"dim\">%1</p>\n")
                 .arg(esc(CampaignReport::tr(
                     "Where fuzzing stops: branches from covered code into code no "
                     "input reaches (or almost none), with the most code left "
                     "unreached behind them first. A dictionary entry, a seed input "
                     "or a property that draws this case directly gets past them.")));
    }
    for (size_t i = 0; i < blockers.size(); ++i) {
        const Blocker& b = blockers[i];
        const CfgModel& m = *b.target->model;
        const CfgArc& a = m.arcs()[size_t(b.arc)];
        const CfgBlock& from = m.blocks()[size_t(a.from)];
        const CfgBlock& to = m.blocks()[size_t(a.to)];
        const CfgFunction& f = m.functions()[size_t(from.function)];
        const QString target = b.row ? b.row->name : QString::number(b.target->target_id);
        h += QStringLiteral("<div class=\"card\" id=\"blocker%1\"><h3><span class=\"rank\">#%1"
                            "</span> <span class=\"mono\">%2</span></h3>\n<p>%3</p>\n")
                 .arg(QString::number(i + 1), esc(f.name.section(QLatin1Char('('), 0, 0)),
                      esc(CampaignReport::tr("The branch at %1:%2 to line %3 is %4: %5 "
                                             "behind it. %6 reach line %2 (target %7).")
                              .arg(QFileInfo(from.file).fileName(), QString::number(from.line),
                                   QString::number(to.line),
                                   a.frontier ? CampaignReport::tr("never taken")
                                              : CampaignReport::tr("rarely taken"),
                                   a.frontier ? blocks_text(a.unreached, /*unreached=*/true)
                                              : blocks_text(a.unreached, /*unreached=*/false),
                                   inputs_text(from.hits), target)));
        const QStringList source = m.source_lines(from.file);
        if (!source.isEmpty()) {
            const int first =
                std::max(1, std::min(from.line, to.file == from.file ? to.line : from.line) -
                                options.blocker_context);
            int last = std::max(from.line, to.file == from.file ? to.line : from.line) +
                       options.blocker_context;
            last = std::min<int>(last, int(source.size()));
            // A far destination: the lines around each end, not all between.
            const bool split = last - first > 4 * options.blocker_context + 8;
            h += QStringLiteral("<div class=\"srcbox\"><table class=\"src\">\n");
            for (int n = first; n <= last; ++n) {
                const bool near_from = std::abs(n - from.line) <= options.blocker_context;
                const bool near_to =
                    to.file == from.file && std::abs(n - to.line) <= options.blocker_context;
                if (split && !near_from && !near_to) {
                    if (std::abs(n - from.line) == options.blocker_context + 1)
                        h += QStringLiteral("<tr><td class=\"ln\">\u22ee</td><td class=\"hits\">"
                                            "</td><td class=\"mk\"></td><td class=\"code\"></td>"
                                            "</tr>\n");
                    continue;
                }
                const bool here = n == from.line;
                const bool there = to.file == from.file && n == to.line;
                h += QStringLiteral("<tr%1><td class=\"ln\">%2</td><td class=\"hits\"></td>"
                                    "<td class=\"mk\">%3</td><td class=\"code\">%4</td></tr>\n")
                         .arg(here    ? QStringLiteral(" class=\"here\"")
                              : there ? QStringLiteral(" class=\"miss\"")
                                      : QString(),
                              QString::number(n),
                              here    ? QStringLiteral("\u25b6")
                              : there ? QStringLiteral("\u2717")
                                      : QString(),
                              esc(source.value(n - 1)));
            }
            h += QStringLiteral("</table></div>\n");
        }
        const qint64 id = m.smallest_input(a.from);
        const auto input = b.target->inputs.find(id);
        if (id >= 0 && input != b.target->inputs.end()) {
            h += QStringLiteral("<div>%1</div><pre>%2</pre>\n")
                     .arg(esc(CampaignReport::tr(
                                  "The smallest input that reaches the line (corpus entry %1):")
                                  .arg(id)),
                          esc(printed_input(input->second, b.row ? b.row->kind : QString()),
                              /*keep_newlines=*/true));
        }
        h += QStringLiteral("</div>\n");
    }

    // Failures.
    h += QStringLiteral("<h2 id=\"failures\">%1</h2>\n").arg(esc(CampaignReport::tr("Failures")));
    if (data.failures.empty())
        h += QStringLiteral("<p>%1</p>\n").arg(esc(CampaignReport::tr("None found.")));
    for (const FailureRow& f : data.failures) {
        const auto row = row_of.find(f.target_id);
        const QString target = row != row_of.end() ? row->second->name : f.target;
        const SourcePosition where = failure_position(f);
        h += QStringLiteral("<div class=\"card\" id=\"failure%1\"><h3>%2 <span class=\"mono\">"
                            "%3</span> <span class=\"status\">%4</span></h3>\n<p>%5</p>\n")
                 .arg(QString::number(f.id), esc(f.kind), esc(target), esc(f.status),
                      esc(CampaignReport::tr("%1 \u00b7 seen %2 times \u00b7 failure %3")
                              .arg(where.isValid()
                                       ? where.file.section(QLatin1Char('/'), -1) +
                                             QLatin1Char(':') + QString::number(where.line)
                                       : CampaignReport::tr("no location"))
                              .arg(f.count)
                              .arg(f.id)));
        if (!f.message.isEmpty())
            h += QStringLiteral("<pre>%1</pre>\n").arg(esc(f.message, /*keep_newlines=*/true));
        const QString example =
            !f.example.isEmpty()
                ? f.example
                : printed_input(f.minimal_input.isEmpty() ? f.first_input : f.minimal_input,
                                row != row_of.end() ? row->second->kind : QString());
        h += QStringLiteral("<div>%1</div><pre>%2</pre>\n")
                 .arg(esc(CampaignReport::tr("Minimal example:")),
                      esc(example, /*keep_newlines=*/true));
        if (!f.stack.isEmpty()) {
            h += QStringLiteral("<div>%1</div><ol class=\"stack\">")
                     .arg(esc(CampaignReport::tr("Stack:")));
            for (qsizetype i = 0; i < f.stack.size() && i < options.max_stack_frames; ++i)
                h += QStringLiteral("<li>%1</li>").arg(esc(f.stack[i]));
            h += QStringLiteral("</ol>\n");
            if (f.stack.size() > options.max_stack_frames)
                h += QStringLiteral("<p class=\"dim\">%1</p>\n")
                         .arg(esc(CampaignReport::tr("%1 more frames")
                                      .arg(f.stack.size() - options.max_stack_frames)));
        }
        h += QStringLiteral("</div>\n");
    }
    h += QStringLiteral("</body>\n</html>\n");
    return h.toUtf8();
}

} // namespace arcwise::campaign
