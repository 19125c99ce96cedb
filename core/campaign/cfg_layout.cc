#include "cfg_layout.h"

#include <QFileInfo>
#include <QSizeF>
#include <algorithm>
#include <array>
#include <cmath>
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <map>
#include <mutex>
#include <set>
#include <unordered_map>

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
    std::vector<std::vector<int>> blocks;  // per node: its blocks (a chain's, first first)
    std::vector<int> arcs;                 // per edge: its arc
    std::vector<std::pair<int, int>> ends; // per edge: the first blocks of the nodes it joins
};

// The nodes and edges to draw: the shown blocks; past kChainFunction of them, with `collapse`,
// blocks merged into one node where that loses nothing a reader looks for: a straight-line chain
// (a block whose one successor has it as its one predecessor), and blocks of one source line
// joined by arcs (an optimised build has no chains left, but a line of macros or of a
// short-circuit condition is many blocks). Only blocks reached alike (both or neither) merge, and
// never across an under-explored arc, so every frontier stays an edge between two nodes.
struct Plan {
    std::vector<std::vector<int>> nodes;   // blocks, first first
    std::vector<int> arcs;                 // visible arcs between different nodes, one per pair
    std::vector<std::pair<int, int>> ends; // per arc: the first blocks of its nodes
};

Plan plan_graph(const CfgModel& model, int function, bool collapse) {
    Plan plan;
    const std::vector<int> shown = model.visible_blocks(function);
    const std::vector<int> arcs = model.visible_arcs(function);
    collapse = collapse && shown.size() > kChainFunction;
    const auto& blocks = model.blocks();
    auto from_of = [&](int i) { return blocks[size_t(model.arcs()[size_t(i)].from)].shown_as; };
    auto to_of = [&](int i) { return blocks[size_t(model.arcs()[size_t(i)].to)].shown_as; };
    std::unordered_map<int, size_t> order; // block -> index in shown
    for (size_t i = 0; i < shown.size(); ++i)
        order[shown[i]] = i;
    std::vector<size_t> parent(shown.size());
    for (size_t i = 0; i < parent.size(); ++i)
        parent[i] = i;
    auto find = [&parent](size_t x) {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    };
    if (collapse) {
        std::unordered_map<int, int> out_degree, in_degree;
        for (int i : arcs)
            if (from_of(i) != to_of(i)) {
                ++out_degree[from_of(i)];
                ++in_degree[to_of(i)];
            }
        for (int i : arcs) {
            const int from = from_of(i), to = to_of(i);
            const CfgBlock& x = blocks[size_t(from)];
            const CfgBlock& y = blocks[size_t(to)];
            if (from == to || y.entry || model.arcs()[size_t(i)].under_explored ||
                (x.hits > 0) != (y.hits > 0))
                continue;
            const bool chain = out_degree[from] == 1 && in_degree[to] == 1;
            const bool same_line = x.line > 0 && x.line == y.line && x.file == y.file;
            if (chain || same_line)
                parent[find(order[to])] = find(order[from]);
        }
    }
    // Nodes in the order of their first block (the entry's first).
    std::vector<int> node_of(shown.size(), -1);
    for (size_t i = 0; i < shown.size(); ++i) {
        const size_t root = find(i);
        if (node_of[root] < 0) {
            node_of[root] = int(plan.nodes.size());
            plan.nodes.emplace_back();
        }
        plan.nodes[size_t(node_of[root])].push_back(shown[i]);
    }
    auto head = [&](int block) { return plan.nodes[size_t(node_of[find(order[block])])].front(); };
    std::map<std::pair<int, int>, size_t> slot;
    for (int i : arcs) {
        const int from = head(from_of(i)), to = head(to_of(i));
        // Inside a merged node: drawn as the node itself; a lone block's loop stays an edge.
        if (from == to && plan.nodes[size_t(node_of[find(order[from])])].size() > 1)
            continue;
        const auto [it, added] = slot.emplace(std::make_pair(from, to), plan.arcs.size());
        if (added) {
            plan.arcs.push_back(i);
            plan.ends.push_back({from, to});
            continue;
        }
        // Two arcs between the same nodes: the under-explored (best ranked) one is drawn.
        const CfgArc& now = model.arcs()[size_t(plan.arcs[it->second])];
        const CfgArc& other = model.arcs()[size_t(i)];
        if (other.under_explored && (!now.under_explored || other.rank < now.rank))
            plan.arcs[it->second] = i;
    }
    return plan;
}

// The label of a node of several blocks: where it runs ("lines 12-18"), its first line's text,
// how many blocks it stands for, the most hits of any, and the calls of all of them.
QStringList chain_label(const CfgModel& model, const std::vector<int>& chain) {
    QStringList lines = block_label(model, chain.front());
    if (chain.size() == 1)
        return lines;
    const CfgBlock& first = model.blocks()[size_t(chain.front())];
    int low = first.line, high = first.line;
    qint64 hits = first.hits;
    QStringList calls;
    for (int id : chain) {
        const CfgBlock& b = model.blocks()[size_t(id)];
        hits = std::max(hits, b.hits);
        if (b.file == first.file && b.line > 0) {
            low = std::min(low, b.line);
            high = std::max(high, b.line);
        }
        if (id != chain.front())
            for (const QString& l : block_label(model, id))
                if (l.startsWith(QChar(0x2192)) && !lines.contains(l) && !calls.contains(l))
                    calls << l;
    }
    if (high > low)
        lines[0] = CfgModel::tr("lines %1\u2013%2").arg(low).arg(high);
    // The hits line (block_label's), now the most of any block here.
    qsizetype hits_at = lines.indexOf(first.hits > 0 ? CfgModel::tr("hits %1").arg(first.hits)
                                                     : CfgModel::tr("never reached"));
    if (hits_at < 0)
        hits_at = lines.size();
    else if (hits > 0)
        lines[hits_at] = CfgModel::tr("hits %1").arg(hits);
    lines.insert(hits_at, CfgModel::tr("%1 blocks").arg(chain.size()));
    lines << calls;
    return lines;
}

// Builds the function's graph in Graphviz. With styled, the colours and tooltips of render_svg.
// Called under graphviz_mutex().
Graph build_graph(const CfgModel& model, int function, bool styled, bool collapse) {
    const Plan plan = plan_graph(model, function, collapse);
    const size_t size = plan.nodes.size();
    Graph graph;
    graph.g = agopen(mutable_text("cfg"), Agdirected, nullptr);
    set(graph.g, "nodesep", "0.25");
    set(graph.g, "ranksep", "0.35");
    // Large functions: Graphviz 2.43's network simplex (x positions over every virtual node of
    // the long arcs) and its spline router each take seconds on a 2,000-block parser. Capping the
    // simplex's iterations and drawing arcs straight keeps the layout well under a second; the
    // ranks and the order within them (what makes the drawing readable) are computed in full.
    if (size > kMediumFunction) {
        // Fewer crossing-minimisation passes and simplex iterations: barely visible here.
        set(graph.g, "mclimit", "0.3");
        set(graph.g, "nslimit", "2");
        set(graph.g, "nslimit1", "2");
        set(graph.g, "searchsize", "10");
    }
    if (size > kLargeFunction) {
        set(graph.g, "mclimit", "0.1");
        set(graph.g, "nslimit", "0.1");
        set(graph.g, "splines", "line");
    }
    const qint64 max_hits = max_block_hits(model);
    std::vector<Agnode_t*> node_of(model.blocks().size(), nullptr);
    for (const std::vector<int>& chain : plan.nodes) {
        const int id = chain.front();
        const CfgBlock& b = model.blocks()[size_t(id)];
        const QByteArray name = "b" + QByteArray::number(id);
        Agnode_t* n = agnode(graph.g, mutable_text(name.constData()), 1);
        const QStringList label = chain_label(model, chain);
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
                 QStringLiteral(", hits ") + QString::number(b.hits) +
                 (b.text.isEmpty() ? QString() : QStringLiteral(": ") + b.text))
                    .toUtf8());
        }
        node_of[size_t(id)] = n;
        graph.nodes.push_back(n);
        graph.labels.push_back(label);
        graph.blocks.push_back(chain);
    }
    for (size_t k = 0; k < plan.arcs.size(); ++k) {
        const int i = plan.arcs[k];
        const CfgArc& a = model.arcs()[size_t(i)];
        const QByteArray name = "a" + QByteArray::number(i);
        // Named, so that two arcs between the same blocks stay two edges.
        Agedge_t* e =
            agedge(graph.g, node_of[size_t(plan.ends[k].first)],
                   node_of[size_t(plan.ends[k].second)], mutable_text(name.constData()), 1);
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
        graph.arcs.push_back(i);
        graph.ends.push_back(plan.ends[k]);
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
    QString where;
    if (b.line <= 0)
        where = CfgModel::tr("no line");
    else if (b.file == f.file)
        where = CfgModel::tr("line %1").arg(b.line);
    else
        where = QFileInfo(b.file).fileName() + QLatin1Char(':') + QString::number(b.line);
    // A block without a line of its own is near the line it shows.
    if (!b.located && b.line > 0)
        where = CfgModel::tr("near %1").arg(where);
    lines << where;
    if (!b.text.isEmpty()) {
        QString text = b.text;
        if (text.size() > 40)
            text = text.left(39) + QChar(0x2026);
        lines << text;
    }
    if (model.all_code() && b.code == CfgCode::Inlined)
        lines << CfgModel::tr("inlined %1:%2")
                     .arg(QFileInfo(b.origin_file).fileName())
                     .arg(b.origin_line);
    lines << (b.hits > 0 ? CfgModel::tr("hits %1").arg(b.hits) : CfgModel::tr("never reached"));
    // The calls of the blocks folded into this one are its calls.
    std::vector<int> callees = b.callees;
    bool indirect = b.indirect_call;
    if (!model.all_code())
        for (int id : f.blocks) {
            const CfgBlock& o = model.blocks()[size_t(id)];
            if (id == block || o.shown_as != block)
                continue;
            indirect = indirect || o.indirect_call;
            for (int c : o.callees)
                if (std::find(callees.begin(), callees.end(), c) == callees.end())
                    callees.push_back(c);
        }
    for (int callee : callees) {
        if (!model.functions()[size_t(callee)].shown)
            continue;
        // The name without its parameters; "(anonymous namespace)::" is not the parameters.
        QString name = model.functions()[size_t(callee)].name;
        name.replace(QLatin1String("(anonymous namespace)::"), QLatin1String(""));
        name = name.section(QLatin1Char('('), 0, 0);
        if (name.size() > 32)
            name = name.left(31) + QChar(0x2026);
        lines << QStringLiteral("\u2192 ") + name;
    }
    if (indirect)
        lines << CfgModel::tr("\u2192 (indirect)");
    return lines;
}

std::optional<CfgLayout> layout_function(const CfgModel& model, int function, QString* error,
                                         bool collapse_chains) {
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
    Graph graph = build_graph(model, function, /*styled=*/false, collapse_chains);
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
        node.block = graph.blocks[i].front();
        node.blocks = graph.blocks[i];
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
        CfgLayoutEdge edge;
        edge.arc = graph.arcs[i];
        edge.from = graph.ends[i].first;
        edge.to = graph.ends[i].second;
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
                if (n.block == edge.from)
                    from = n.centre;
                if (n.block == edge.to)
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

int CfgLayout::node_for(const CfgModel& model, int block) const {
    if (block < 0 || size_t(block) >= model.blocks().size())
        return -1;
    const int shown = model.blocks()[size_t(block)].shown_as;
    for (size_t i = 0; i < nodes.size(); ++i)
        if (std::find(nodes[i].blocks.begin(), nodes[i].blocks.end(), shown) !=
            nodes[i].blocks.end())
            return int(i);
    return -1;
}

QByteArray render_svg(const CfgModel& model, int function, bool collapse_chains) {
    if (function < 0 || size_t(function) >= model.functions().size())
        return {};
    std::lock_guard lock(graphviz_mutex());
    GVC_t* gvc = graphviz_context();
    if (!gvc)
        return {};
    Graph graph = build_graph(model, function, /*styled=*/true, collapse_chains);
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
