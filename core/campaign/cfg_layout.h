#pragma once
// The layout of one function's control-flow graph, by Graphviz's dot (libgvc): where each block
// goes and the bezier curve of each arc, in points with y growing downwards (Qt's scene
// coordinates), so the entry block is on top. The GUI draws the graph from it; the HTML report
// inlines Graphviz's own SVG rendering of the same graph (render_svg).
//
// The hit scale is shared by everything that colours blocks (the view, its legend, the SVG, the
// report): eight steps of a viridis-like scale on a log scale of hits, colour-blind safe; a block
// never reached is apart from it (grey, dashed).
//
// Graphviz keeps global state that is not thread-safe: every call into it here holds one mutex, so
// layouts may be requested from any thread (they run one at a time).

#include "cfg_model.h"

#include <QByteArray>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace arcwise::campaign {

struct CfgLayoutNode {
    int block = 0;           // id in CfgModel::blocks(): the first of blocks
    std::vector<int> blocks; // the shown blocks it stands for: one, or a straight-line chain
    QPointF centre;          // points
    double width = 0;
    double height = 0;
    QStringList label; // the lines the size was computed for (location, hits, calls)
};

struct CfgLayoutEdge {
    int arc = 0;  // index in CfgModel::arcs(): the one drawn for its pair of shown blocks
    int from = 0; // the nodes it joins (their CfgLayoutNode::block)
    int to = 0;
    // Cubic bezier control points: p0, then three per segment (1 + 3n, at least 4).
    std::vector<QPointF> points;
    // Where the arrowhead's tip is; the curve ends at its base. Equal to points.back() when
    // Graphviz drew no separate head.
    QPointF arrow_tip;
    std::optional<QPointF> label; // centre of the rank label of an under-explored arc
};

struct CfgLayout {
    int function = -1;
    // In the model's current mode (CfgModel::all_code): folded to the user's code by default.
    // Functions of more than kChainFunction shown blocks are drawn with straight-line chains
    // collapsed: a block whose one successor has it as its one predecessor (and is reached
    // alike) shares a node with it; the node's label gives the chain's lines and block count.
    std::vector<CfgLayoutNode> nodes; // in the order of CfgModel::visible_blocks (entry first)
    std::vector<CfgLayoutEdge> edges; // in the order of CfgModel::visible_arcs, minus those
                                      // inside a chain
    QRectF bounds;                    // contains every node, curve and label

    // The index in nodes of the node that shows a block (itself, the block it is folded into, or
    // the chain holding either), -1 when it is not drawn (hidden, or of another function).
    int node_for(const CfgModel& model, int block) const;
};

// Past this many shown blocks a function's straight-line chains are collapsed (CfgLayout::nodes).
inline constexpr size_t kChainFunction = 150;

// Lays out the function (index in model.functions()). nullopt with *error when Graphviz fails.
// A function of one block and no arcs gives one node and no edges. collapse_chains false: one
// node per shown block whatever the size (the bench's baseline).
std::optional<CfgLayout> layout_function(const CfgModel& model, int function, QString* error,
                                         bool collapse_chains = true);

// Graphviz's SVG of the function, coloured by the hit scale with under-explored arcs in orange
// and their rank, a tooltip per block; empty on failure. A whole SVG document (XML prolog first).
QByteArray render_svg(const CfgModel& model, int function, bool collapse_chains = true);

// The text lines of a block's box: where it is ("line 12", or "file.cc:12" when it comes from
// another file than its function; "near line 12" for a block without a line of its own), its
// source line (trimmed, elided past 40 characters), its hits ("never reached" when 0) and one
// "→ callee" per shown call (those of the blocks folded into it included).
QStringList block_label(const CfgModel& model, int block);

// The hit scale. Bucket -1: never reached; 0..kHitBuckets-1 from few to most hits, on a log
// scale up to max_hits.
inline constexpr int kHitBuckets = 8;
int hit_bucket(qint64 hits, qint64 max_hits);
// "#rrggbb" of a bucket (-1: the never-reached grey).
QString hit_bucket_colour(int bucket);
// True when the bucket's fill needs light text.
bool hit_bucket_is_dark(int bucket);
// The fewest hits that fall in a bucket (its legend label).
qint64 hit_bucket_min(int bucket, qint64 max_hits);
// Most hits of any block of the model (at least 1): the top of the scale.
qint64 max_block_hits(const CfgModel& model);

} // namespace arcwise::campaign
