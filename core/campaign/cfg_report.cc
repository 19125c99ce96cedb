#include "cfg_report.h"

#include "cfg_layout.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <algorithm>
#include <climits>

namespace arcwise::campaign {

namespace {

// Translations of the report's strings live in one context, like the CLI's.
class CfgReport {
    Q_DECLARE_TR_FUNCTIONS(CfgReport)
};

QString esc(const QString& s) {
    return s.toHtmlEscaped();
}

QString where(const CfgBlock& b) {
    if (b.line <= 0)
        return QStringLiteral("?");
    return QFileInfo(b.file).fileName() + QLatin1Char(':') + QString::number(b.line);
}

QString percent(qint64 part, qint64 whole) {
    return whole > 0
               ? QString::number(100.0 * double(part) / double(whole), 'f', 1) + QLatin1Char('%')
               : QStringLiteral("\u2013");
}

const char* kStyle = R"(
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #ffffff; --dim: #666; --line: #ddd;
        --bar: #35b779; --bar-bg: #e6e6e6; --hot: #d55e00; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e6e6e6; --bg: #1e1f22; --dim: #a0a0a0; --line: #3a3a3a; --bar-bg: #3a3a3a; }
  .graph { background: #f4f4f4; }
}
body { font: 14px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg);
       margin: 2em auto; max-width: 1200px; padding: 0 1em; }
h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { margin-top: 2em; border-bottom: 1px solid var(--line); }
.dim { color: var(--dim); } code, .mono { font-family: ui-monospace, monospace; font-size: .92em; }
.summary { display: flex; gap: 2.5em; flex-wrap: wrap; margin: 1em 0; }
.summary div b { display: block; font-size: 1.7em; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .25em .6em; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.bar { display: inline-block; width: 120px; height: .8em; background: var(--bar-bg);
       vertical-align: middle; margin-right: .5em; border-radius: 2px; overflow: hidden; }
.bar span { display: block; height: 100%; background: var(--bar); }
.rank { color: var(--hot); font-weight: 600; }
.legend { display: flex; gap: .3em; align-items: center; flex-wrap: wrap; margin: .5em 0 1em; }
.legend span { display: inline-block; padding: .1em .5em; border: 1px solid #404040;
               border-radius: 4px; font-size: .85em; }
.legend .never { border-style: dashed; }
.graph { overflow: auto; border: 1px solid var(--line); border-radius: 4px; padding: .5em;
         margin-bottom: 1.5em; }
.graph svg { max-width: 100%; height: auto; }
.src { color: var(--dim); white-space: pre-wrap; }
#filter { padding: .3em .5em; width: 20em; margin: .5em 0; display: none; }
)";

// Shows the filter box and hides rows of functions whose name does not match; without
// JavaScript the box stays hidden and every row is shown.
const char* kScript = R"(
(function () {
  var box = document.getElementById('filter');
  box.style.display = 'inline-block';
  box.addEventListener('input', function () {
    var q = box.value.toLowerCase();
    document.querySelectorAll('[data-fn]').forEach(function (el) {
      el.style.display = el.getAttribute('data-fn').toLowerCase().indexOf(q) >= 0 ? '' : 'none';
    });
  });
})();
)";

QString legend(qint64 max_hits) {
    QString out = QStringLiteral("<div class=\"legend\"><span class=\"dim\">%1</span>")
                      .arg(esc(CfgReport::tr("Hits (inputs reaching a block):")));
    out += QStringLiteral("<span class=\"never\" style=\"background:%1;color:#000\">%2</span>")
               .arg(hit_bucket_colour(-1), esc(CfgReport::tr("never")));
    qint64 previous = 0;
    for (int b = 0; b < kHitBuckets; ++b) {
        const qint64 from = hit_bucket_min(b, max_hits);
        if (from <= previous || from > max_hits)
            continue;
        previous = from;
        out += QStringLiteral("<span style=\"background:%1;color:%2\">\u2265 %3</span>")
                   .arg(hit_bucket_colour(b),
                        hit_bucket_is_dark(b) ? QStringLiteral("#fff") : QStringLiteral("#000"))
                   .arg(from);
    }
    out += QStringLiteral("<span style=\"border-color:#d55e00;color:#d55e00\">%1</span></div>")
               .arg(esc(CfgReport::tr("orange arc #n: under-explored, rank n")));
    return out;
}

// Graphviz's SVG without its XML prolog and doctype, which have no place inside HTML.
QString inline_svg(const QByteArray& svg) {
    const qsizetype start = svg.indexOf("<svg");
    return start < 0 ? QString() : QString::fromUtf8(svg.mid(start));
}

} // namespace

QByteArray coverage_html(const CfgModel& model, const QString& target_name, const TargetRow* target,
                         const CfgReportOptions& options) {
    const auto& functions = model.functions();
    const auto& blocks = model.blocks();
    qint64 covered = 0;
    qint64 total_blocks = 0;
    int entered = 0;
    int shown = 0;
    for (const CfgFunction& f : functions) {
        if (!f.shown)
            continue;
        ++shown;
        covered += f.covered;
        total_blocks += f.total;
        entered += f.covered > 0;
    }
    const std::vector<int> ranked = model.ranked_arcs();

    // Functions by best rank (none last), then by coverage, then by name.
    std::vector<int> order;
    for (size_t i = 0; i < functions.size(); ++i)
        if (functions[i].shown)
            order.push_back(int(i));
    std::sort(order.begin(), order.end(), [&](int x, int y) {
        const CfgFunction& a = functions[size_t(x)];
        const CfgFunction& b = functions[size_t(y)];
        const int ra = a.best_rank > 0 ? a.best_rank : INT_MAX;
        const int rb = b.best_rank > 0 ? b.best_rank : INT_MAX;
        if (ra != rb)
            return ra < rb;
        if (a.covered != b.covered)
            return a.covered > b.covered;
        if (a.name != b.name)
            return a.name < b.name;
        return x < y;
    });
    std::vector<int> graphs;
    int worth_a_graph = 0;
    for (int i : order) {
        const CfgFunction& f = functions[size_t(i)];
        if (f.best_rank == 0 && f.covered == 0)
            continue;
        ++worth_a_graph;
        if (int(graphs.size()) < options.max_graphs)
            graphs.push_back(i);
    }
    auto has_graph = [&graphs](int f) {
        return std::find(graphs.begin(), graphs.end(), f) != graphs.end();
    };

    const QString title = CfgReport::tr("Coverage of %1").arg(target_name);
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
             .arg(esc(title), QString::fromLatin1(kStyle));
    const QString made = QDateTime::currentDateTime().toString(Qt::ISODate);
    h += QStringLiteral("<h1>%1</h1>\n<p class=\"dim\">%2</p>\n")
             .arg(esc(title),
                  esc(target
                          ? CfgReport::tr("Made by Arcwise on %1 from %2").arg(made, target->binary)
                          : CfgReport::tr("Made by Arcwise on %1").arg(made)));

    // Summary.
    h += QStringLiteral("<div class=\"summary\">");
    auto figure = [&h](const QString& value, const QString& label) {
        h += QStringLiteral("<div><b>%1</b>%2</div>").arg(esc(value), esc(label));
    };
    figure(percent(covered, total_blocks), CfgReport::tr("of blocks covered"));
    figure(QStringLiteral("%1 / %2").arg(covered).arg(total_blocks), CfgReport::tr("blocks"));
    figure(QStringLiteral("%1 / %2").arg(entered).arg(shown), CfgReport::tr("functions entered"));
    figure(QString::number(ranked.size()), CfgReport::tr("under-explored arcs"));
    if (target) {
        figure(QString::number(target->corpus_size), CfgReport::tr("corpus inputs"));
        figure(QString::number(target->executions), CfgReport::tr("executions"));
    }
    h += QStringLiteral("</div>\n<p>%1</p>\n")
             .arg(esc(CfgReport::tr(
                 "A block's hits are the stored corpus inputs that reach it. An under-explored "
                 "arc leads from a covered block to one never reached (or reached far more "
                 "rarely than its siblings); rank 1 has the most code unreached behind it.")));
    h += QStringLiteral("<input id=\"filter\" type=\"search\" placeholder=\"%1\">\n")
             .arg(esc(CfgReport::tr("Filter by function\u2026")));

    // Ranked arcs.
    h += QStringLiteral("<h2 id=\"arcs\">%1</h2>\n").arg(esc(CfgReport::tr("Under-explored arcs")));
    if (ranked.empty()) {
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(CfgReport::tr("None: no covered block has an arc the corpus never or "
                                        "rarely takes.")));
    } else {
        h += QStringLiteral("<table class=\"arcs\">\n<tr><th class=\"num\">%1</th><th>%2</th>"
                            "<th>%3</th><th class=\"num\">%4</th><th class=\"num\">%5</th>"
                            "<th>%6</th></tr>\n")
                 .arg(esc(CfgReport::tr("Rank")), esc(CfgReport::tr("Function")),
                      esc(CfgReport::tr("Arc")), esc(CfgReport::tr("Hits before")),
                      esc(CfgReport::tr("Unreached behind")), esc(CfgReport::tr("Kind")));
        int rows = 0;
        for (int i : ranked) {
            if (rows++ >= options.max_arcs)
                break;
            const CfgArc& a = model.arcs()[size_t(i)];
            const CfgBlock& from = blocks[size_t(a.from)];
            const CfgBlock& to = blocks[size_t(a.to)];
            const CfgFunction& f = functions[size_t(from.function)];
            const QString name = esc(f.name);
            const QString link = has_graph(from.function)
                                     ? QStringLiteral("<a href=\"#f%1\">%2</a>")
                                           .arg(QString::number(from.function), name)
                                     : name;
            // One arg() call per row: a name holding "%1" must not be substituted again.
            h += QStringLiteral("<tr data-fn=\"%1\"><td class=\"num rank\">#%2</td>"
                                "<td class=\"mono\">%3</td><td class=\"mono\">%4 \u2192 %5%9</td>"
                                "<td class=\"num\">%6</td><td class=\"num\">%7</td><td>%8</td>"
                                "</tr>\n")
                     .arg(name, QString::number(a.rank), link, esc(where(from)), esc(where(to)),
                          QString::number(from.hits), QString::number(a.unreached),
                          esc(a.frontier ? CfgReport::tr("never taken")
                                         : CfgReport::tr("rarely taken")),
                          from.text.isEmpty() ? QString()
                                              : QStringLiteral("<div class=\"src\">") +
                                                    esc(from.text) + QStringLiteral("</div>"));
        }
        h += QStringLiteral("</table>\n");
        if (int(ranked.size()) > options.max_arcs)
            h += QStringLiteral("<p class=\"dim\">%1</p>\n")
                     .arg(esc(CfgReport::tr("The first %1 of %2 arcs are listed.")
                                  .arg(options.max_arcs)
                                  .arg(ranked.size())));
    }

    // Functions.
    h += QStringLiteral("<h2 id=\"functions\">%1</h2>\n").arg(esc(CfgReport::tr("Functions")));
    h += QStringLiteral("<table class=\"functions\">\n<tr><th>%1</th><th>%2</th><th>%3</th>"
                        "<th class=\"num\">%4</th></tr>\n")
             .arg(esc(CfgReport::tr("Function")), esc(CfgReport::tr("Location")),
                  esc(CfgReport::tr("Blocks covered")), esc(CfgReport::tr("Best rank")));
    for (int i : order) {
        const CfgFunction& f = functions[size_t(i)];
        const qint64 total = f.total;
        const QString name = esc(f.name);
        const QString bar =
            QString::number(total > 0 ? 100.0 * double(f.covered) / double(total) : 0.0, 'f', 1);
        h +=
            QStringLiteral("<tr data-fn=\"%1\"><td class=\"mono\">%2</td>"
                           "<td class=\"mono\" title=\"%3\">%4</td>"
                           "<td><span class=\"bar\"><span style=\"width:%5%\"></span></span>"
                           "%6 / %7 (%8)</td><td class=\"num rank\">%9</td></tr>\n")
                .arg(name,
                     has_graph(i)
                         ? QStringLiteral("<a href=\"#f%1\">%2</a>").arg(QString::number(i), name)
                         : name,
                     esc(f.file),
                     esc(QFileInfo(f.file).fileName() + QLatin1Char(':') + QString::number(f.line)),
                     bar, QString::number(f.covered), QString::number(total),
                     percent(f.covered, total),
                     f.best_rank > 0 ? QStringLiteral("#") + QString::number(f.best_rank)
                                     : QString());
    }
    h += QStringLiteral("</table>\n");

    // Graphs.
    h += QStringLiteral("<h2 id=\"graphs\">%1</h2>\n")
             .arg(esc(CfgReport::tr("Control-flow graphs")));
    if (graphs.empty()) {
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(
                     CfgReport::tr("No function was entered: there is no coverage to draw yet.")));
    } else {
        QString note = CfgReport::tr("Graphs of %n function(s): those with under-explored arcs, "
                                     "best rank first, then the others with coverage.",
                                     nullptr, int(graphs.size()));
        if (worth_a_graph > int(graphs.size()))
            note += QLatin1Char(' ') + CfgReport::tr("%n more with coverage are in the table only.",
                                                     nullptr, worth_a_graph - int(graphs.size()));
        if (shown > worth_a_graph)
            note += QLatin1Char(' ') + CfgReport::tr("%n function(s) never entered are not drawn.",
                                                     nullptr, shown - worth_a_graph);
        h += QStringLiteral("<p class=\"dim\">%1</p>\n").arg(esc(note));
        h += legend(max_block_hits(model));
        for (int i : graphs) {
            const CfgFunction& f = functions[size_t(i)];
            h +=
                QStringLiteral("<section data-fn=\"%1\"><h3 id=\"f%2\" class=\"mono\">%1</h3>\n"
                               "<p class=\"dim\">%3 \u2014 %4</p>\n<div class=\"graph\">")
                    .arg(esc(f.name), QString::number(i),
                         esc(f.file + QLatin1Char(':') + QString::number(f.line)),
                         esc(CfgReport::tr("%1 of %2 blocks covered").arg(f.covered).arg(f.total)));
            const QString svg = inline_svg(render_svg(model, i));
            h += svg.isEmpty() ? esc(CfgReport::tr("Graphviz could not draw this function.")) : svg;
            h += QStringLiteral("</div></section>\n");
        }
    }
    h +=
        QStringLiteral("<script>%1</script>\n</body>\n</html>\n").arg(QString::fromLatin1(kScript));
    return h.toUtf8();
}

} // namespace arcwise::campaign
