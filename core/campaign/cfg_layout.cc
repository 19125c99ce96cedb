#include "cfg_layout.h"

#include <QFileInfo>
#include <QSizeF>
#include <algorithm>
#include <array>
#include <cmath>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <mutex>

namespace arcwise::campaign {

namespace {

// Graphviz's context and its layout engines keep global state: one caller at a time.
std::mutex& graphviz_mutex() {
    static std::mutex m;
    return m;
}

// Created once, on first use, under graphviz_mutex(); kept for the life of the process because
// freeing it would unload the plugins another layout is about to need.
GVC_t* graphviz_context() {
    static GVC_t* gvc = [] {
        // Warnings (e.g. about a label that does not fit) are not failures; errors are read back.
        agseterr(AGERR);
        return gvContext();
    }();
    return gvc;
}

// cgraph's API predates const: it copies every string it is given.
char* mutable_text(const char* s) {
    return const_cast<char*>(s);
}

void set(void* object, const char* name, const QByteArray& value) {
    agsafeset(object, mutable_text(name), mutable_text(value.constData()), mutable_text(""));
}

// Graphviz expands backslash escapes in labels (\N, \G, \l...): names must not trigger them.
QByteArray label_text(const QStringList& lines) {
    QString text = lines.join(QLatin1Char('\n'));
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    return text.toUtf8();
}

// The box a label needs in a 10 pt monospace font, in points; dot takes it as given (fixedsize)
// so the layout does not depend on which font Graphviz happens to find.
constexpr double kCharWidth = 6.2;
constexpr double kLineHeight = 13.0;
constexpr double kPadX = 16.0;
constexpr double kPadY = 10.0;

// Past these many blocks a function is laid out for speed (see build_graph).
constexpr size_t kMediumFunction = 150;
constexpr size_t kLargeFunction = 600;

QSizeF label_size(const QStringList& lines) {
    qsizetype chars = 0;
    for (const QString& l : lines)
        chars = std::max(chars, l.size());
    return {double(chars) * kCharWidth + kPadX, double(lines.size()) * kLineHeight + kPadY};
}

QByteArray inches(double points) {
    return QByteArray::number(points / 72.0, 'f', 3);
}

struct Graph {
    Agraph_t* g = nullptr;
    std::vector<Agnode_t*> nodes;
    std::vector<Agedge_t*> edges;
    std::vector<QStringList> labels;
};

// Builds the function's graph in Graphviz. With styled, the colours and tooltips of render_svg.
// Called under graphviz_mutex().
Graph build_graph(const CfgModel& model, int function, bool styled) {
    const CfgFunction& f = model.functions()[size_t(function)];
    Graph graph;
    graph.g = agopen(mutable_text("cfg"), Agdirected, nullptr);
    set(graph.g, "nodesep", "0.25");
    set(graph.g, "ranksep", "0.35");
    // Large functions: Graphviz 2.43's network simplex (x positions over every virtual node of
    // the long arcs) and its spline router each take seconds on a 2,000-block parser. Capping the
    // simplex's iterations and drawing arcs straight keeps the layout well under a second; the
    // ranks and the order within them (what makes the drawing readable) are computed in full.
    if (f.blocks.size() > kMediumFunction) {
        // Fewer crossing-minimisation passes and simplex iterations: barely visible here.
        set(graph.g, "mclimit", "0.3");
        set(graph.g, "nslimit", "2");
        set(graph.g, "nslimit1", "2");
        set(graph.g, "searchsize", "10");
    }
    if (f.blocks.size() > kLargeFunction) {
        set(graph.g, "mclimit", "0.1");
        set(graph.g, "nslimit", "0.1");
        set(graph.g, "splines", "line");
    }
    const qint64 max_hits = max_block_hits(model);
    std::vector<Agnode_t*> node_of(model.blocks().size(), nullptr);
    for (int id : f.blocks) {
        const CfgBlock& b = model.blocks()[size_t(id)];
        const QByteArray name = "b" + QByteArray::number(id);
        Agnode_t* n = agnode(graph.g, mutable_text(name.constData()), 1);
        const QStringList label = block_label(model, id);
        const QSizeF size = label_size(label);
        set(n, "shape", "box");
        set(n, "fixedsize", "true");
        set(n, "width", inches(size.width()));
        set(n, "height", inches(size.height()));
        set(n, "label", label_text(label));
        if (styled) {
            const int bucket = hit_bucket(b.hits, max_hits);
            set(n, "fontname", "monospace");
            set(n, "fontsize", "10");
            set(n, "style", bucket < 0 ? "filled,rounded,dashed" : "filled,rounded");
            set(n, "fillcolor", hit_bucket_colour(bucket).toLatin1());
            set(n, "color", bucket < 0 ? "#7f7f7f" : "#404040");
            set(n, "fontcolor", hit_bucket_is_dark(bucket) ? "#ffffff" : "#000000");
            set(n, "tooltip",
                (QFileInfo(b.file).fileName() + QLatin1Char(':') + QString::number(b.line) +
                 QStringLiteral(", hits ") + QString::number(b.hits))
                    .toUtf8());
        }
        node_of[size_t(id)] = n;
        graph.nodes.push_back(n);
        graph.labels.push_back(label);
    }
    for (int i : f.arcs) {
        const CfgArc& a = model.arcs()[size_t(i)];
        const QByteArray name = "a" + QByteArray::number(i);
        // Named, so that two arcs between the same blocks stay two edges.
        Agedge_t* e = agedge(graph.g, node_of[size_t(a.from)], node_of[size_t(a.to)],
                             mutable_text(name.constData()), 1);
        if (a.under_explored) {
            set(e, "label", "#" + QByteArray::number(a.rank));
            set(e, "fontsize", "10");
        }
        if (styled) {
            set(e, "fontname", "monospace");
            if (a.under_explored) {
                set(e, "color", "#d55e00");
                set(e, "fontcolor", "#d55e00");
                set(e, "penwidth", "3");
            } else {
                set(e, "color", a.hits > 0 ? "#404040" : "#9a9a9a");
                if (a.hits == 0)
                    set(e, "style", "dashed");
            }
        }
        graph.edges.push_back(e);
    }
    return graph;
}

QString last_graphviz_error() {
    const char* text = aglasterr();
    return text ? QString::fromUtf8(text).trimmed() : QString();
}

} // namespace

QStringList block_label(const CfgModel& model, int block) {
    const CfgBlock& b = model.blocks()[size_t(block)];
    const CfgFunction& f = model.functions()[size_t(b.function)];
    QStringList lines;
    if (b.line <= 0)
        lines << CfgModel::tr("no line");
    else if (b.file == f.file)
        lines << CfgModel::tr("line %1").arg(b.line);
    else
        lines << QFileInfo(b.file).fileName() + QLatin1Char(':') + QString::number(b.line);
    lines << (b.hits > 0 ? CfgModel::tr("hits %1").arg(b.hits) : CfgModel::tr("never reached"));
    for (int callee : b.callees) {
        QString name = model.functions()[size_t(callee)].name.section(QLatin1Char('('), 0, 0);
        if (name.size() > 32)
            name = name.left(31) + QChar(0x2026);
        lines << QStringLiteral("\u2192 ") + name;
    }
    if (b.indirect_call)
        lines << CfgModel::tr("\u2192 (indirect)");
    return lines;
}

std::optional<CfgLayout> layout_function(const CfgModel& model, int function, QString* error) {
    if (function < 0 || size_t(function) >= model.functions().size()) {
        *error = CfgModel::tr("no function %1").arg(function);
        return std::nullopt;
    }
    const CfgFunction& f = model.functions()[size_t(function)];
    std::lock_guard lock(graphviz_mutex());
    GVC_t* gvc = graphviz_context();
    if (!gvc) {
        *error = CfgModel::tr("Graphviz could not start (no layout plugins?)");
        return std::nullopt;
    }
    Graph graph = build_graph(model, function, /*styled=*/false);
    if (gvLayout(gvc, graph.g, "dot") != 0) {
        *error =
            CfgModel::tr("Graphviz could not lay out %1: %2").arg(f.name, last_graphviz_error());
        agclose(graph.g);
        return std::nullopt;
    }
    // Graphviz's y grows upwards: flip it about the bounding box so the entry is on top.
    const boxf bb = GD_bb(graph.g);
    const double top = bb.UR.y;
    auto flip = [top](pointf p) { return QPointF(p.x, top - p.y); };
    CfgLayout layout;
    layout.function = function;
    layout.bounds = QRectF(QPointF(bb.LL.x, 0), QPointF(bb.UR.x, bb.UR.y - bb.LL.y));
    for (size_t i = 0; i < graph.nodes.size(); ++i) {
        Agnode_t* n = graph.nodes[i];
        CfgLayoutNode node;
        node.block = f.blocks[i];
        node.centre = flip(ND_coord(n));
        node.width = ND_width(n) * 72.0;
        node.height = ND_height(n) * 72.0;
        node.label = graph.labels[i];
        layout.bounds |= QRectF(node.centre.x() - node.width / 2, node.centre.y() - node.height / 2,
                                node.width, node.height);
        layout.nodes.push_back(std::move(node));
    }
    for (size_t i = 0; i < graph.edges.size(); ++i) {
        Agedge_t* e = graph.edges[i];
        const CfgArc& a = model.arcs()[size_t(f.arcs[i])];
        CfgLayoutEdge edge;
        edge.arc = f.arcs[i];
        edge.from = a.from;
        edge.to = a.to;
        if (const splines* spl = ED_spl(e)) {
            for (int s = 0; s < spl->size; ++s) {
                const bezier& bz = spl->list[s];
                // Later pieces (rare: only when dot splits an edge) repeat the joint point.
                for (int p = (s == 0 || edge.points.empty()) ? 0 : 1; p < bz.size; ++p)
                    edge.points.push_back(flip(bz.list[p]));
                if (bz.eflag)
                    edge.arrow_tip = flip(bz.ep);
            }
        }
        if (edge.points.size() < 4) {
            // No route from Graphviz: a straight curve between the centres still shows the arc.
            const QPointF p = layout.nodes[0].centre;
            QPointF from = p, to = p;
            for (const CfgLayoutNode& n : layout.nodes) {
                if (n.block == a.from)
                    from = n.centre;
                if (n.block == a.to)
                    to = n.centre;
            }
            edge.points = {from, from + (to - from) / 3, from + (to - from) * 2 / 3, to};
            edge.arrow_tip = to;
        } else if (edge.arrow_tip.isNull()) {
            edge.arrow_tip = edge.points.back();
        }
        if (textlabel_t* label = ED_label(e); label && label->set)
            edge.label = flip(label->pos);
        for (const QPointF& p : edge.points)
            layout.bounds |= QRectF(p, QSizeF(0.01, 0.01));
        layout.bounds |= QRectF(edge.arrow_tip, QSizeF(0.01, 0.01));
        if (edge.label)
            layout.bounds |= QRectF(*edge.label - QPointF(12, 8), QSizeF(24, 16));
        layout.edges.push_back(std::move(edge));
    }
    gvFreeLayout(gvc, graph.g);
    agclose(graph.g);
    return layout;
}

QByteArray render_svg(const CfgModel& model, int function) {
    if (function < 0 || size_t(function) >= model.functions().size())
        return {};
    std::lock_guard lock(graphviz_mutex());
    GVC_t* gvc = graphviz_context();
    if (!gvc)
        return {};
    Graph graph = build_graph(model, function, /*styled=*/true);
    QByteArray svg;
    if (gvLayout(gvc, graph.g, "dot") == 0) {
        char* data = nullptr;
        unsigned int length = 0;
        if (gvRenderData(gvc, graph.g, "svg", &data, &length) == 0 && data)
            svg = QByteArray(data, qsizetype(length));
        gvFreeRenderData(data);
        gvFreeLayout(gvc, graph.g);
    }
    agclose(graph.g);
    return svg;
}

int hit_bucket(qint64 hits, qint64 max_hits) {
    if (hits <= 0)
        return -1;
    const double t = max_hits > 1 ? std::log(double(hits)) / std::log(double(max_hits)) : 1.0;
    return std::clamp(int(t * (kHitBuckets - 0.001)), 0, kHitBuckets - 1);
}

QString hit_bucket_colour(int bucket) {
    // Viridis from yellow (few) to blue (many), the same steps as CfgModel::to_dot.
    static constexpr std::array<const char*, kHitBuckets> kScale = {
        "#fde725", "#b5de2b", "#6ece58", "#35b779", "#1f9e89", "#26828e", "#31688e", "#3e4989"};
    if (bucket < 0 || bucket >= kHitBuckets)
        return QStringLiteral("#d9d9d9");
    return QString::fromLatin1(kScale[size_t(bucket)]);
}

bool hit_bucket_is_dark(int bucket) {
    return bucket >= 4;
}

qint64 hit_bucket_min(int bucket, qint64 max_hits) {
    if (bucket < 0)
        return 0;
    if (max_hits <= 1)
        return 1;
    // The inverse of hit_bucket: the first h with log(h)/log(max) * (kHitBuckets - 0.001) >=
    // bucket.
    const double h = std::exp(double(bucket) / (kHitBuckets - 0.001) * std::log(double(max_hits)));
    qint64 n = std::max<qint64>(1, qint64(std::ceil(h - 1e-9)));
    while (n > 1 && hit_bucket(n - 1, max_hits) >= bucket)
        --n;
    while (hit_bucket(n, max_hits) < bucket)
        ++n;
    return n;
}

qint64 max_block_hits(const CfgModel& model) {
    qint64 m = 1;
    for (const CfgBlock& b : model.blocks())
        m = std::max(m, b.hits);
    return m;
}

} // namespace arcwise::campaign
