#pragma once
// The drawing of one function's control-flow graph, from its Graphviz layout: a rounded box per
// block filled by its hits on the shared log scale (campaign/cfg_layout.h; viridis steps,
// colour-blind safe, text black or white for contrast), never-reached blocks grey with a dashed
// outline, an arrowed bezier per arc, under-explored arcs thick orange with their rank. A block
// that stands for a changed line (CfgModel::change_marks) has a purple bar down its left side.
// Call lines inside a block are items of their own so that the view can open the callee.
//
// Colours follow the palette given to build(), so light and dark themes both stay readable; the
// scene keeps no pointer into the model.

#include "campaign/cfg_layout.h"

#include <QGraphicsItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QPalette>
#include <unordered_map>
#include <vector>

namespace arcwise::ui {

// A basic block. data(kBlockKey) holds its id.
class CfgBlockItem : public QGraphicsItem {
public:
    static constexpr int Type = UserType + 101;
    struct Style {
        QColor fill, outline, text, selected;
        bool dashed = false;
    };
    CfgBlockItem(const campaign::CfgLayoutNode& node, const Style& style);
    int type() const override { return Type; }
    int block() const { return block_; }
    // Marks the block as changed code with a bar of `colour` (invalid: not changed).
    void set_changed(const QColor& colour) { changed_ = colour; }
    bool changed() const { return changed_.isValid(); }
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    int block_;
    QRectF rect_;
    QStringList lines_;
    Style style_;
    QColor changed_;
};

// A "→ callee" line of a block; double-clicking it opens the callee's graph.
class CfgCallItem : public QGraphicsRectItem {
public:
    static constexpr int Type = UserType + 102;
    CfgCallItem(const QRectF& rect, int callee, QGraphicsItem* parent);
    int type() const override { return Type; }
    int callee() const { return callee_; }

private:
    int callee_;
};

// An arc: its bezier and arrowhead; under-explored ones carry a rank label (a child item).
class CfgArcItem : public QGraphicsPathItem {
public:
    static constexpr int Type = UserType + 103;
    CfgArcItem(const campaign::CfgLayoutEdge& edge, const QPen& pen, const QColor& selected);
    int type() const override { return Type; }
    int arc() const { return arc_; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    int arc_;
    QPolygonF head_;
    QColor selected_;
};

class CfgScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit CfgScene(QObject* parent = nullptr);

    // Replaces the drawing with the layout's function, coloured for palette.
    void build(const campaign::CfgModel& model, const campaign::CfgLayout& layout,
               const QPalette& palette);
    // Shows a message instead of a graph (a layout that failed, no function chosen).
    void show_message(const QString& text, const QPalette& palette);

    int function() const { return function_; }
    // The item that draws a block: its own, or the one of the chain or the block it is folded
    // into; null when it is not drawn.
    CfgBlockItem* block_item(int block) const;
    CfgArcItem* arc_item(int arc) const;
    int block_count() const { return int(items_.size()); }
    int arc_count() const { return int(arcs_.size()); }

private:
    int function_ = -1;
    std::unordered_map<int, CfgBlockItem*> blocks_;
    std::vector<CfgBlockItem*> items_;
    std::unordered_map<int, CfgArcItem*> arcs_;
};

// Fill and text colours of a hit bucket (campaign::hit_bucket; -1 never reached) in this palette.
CfgBlockItem::Style cfg_block_style(int bucket, const QPalette& palette);
// The colour of under-explored arcs and their ranks.
QColor cfg_under_explored_colour(const QPalette& palette);
// The colour that marks changed code (the graph's block bar, the source view's gutter bar).
QColor cfg_changed_colour(const QPalette& palette);
// What a changed block or line says in its tool tip: "changed since <base> (<description>)".
QString cfg_changed_text(const campaign::CfgChangeMarks& marks);

// The legend of the scale: "never", each step from its fewest hits, the under-explored arc, and
// with `changed` the mark of changed code.
QSizeF cfg_legend_size(qint64 max_hits, const QFont& font, bool changed = false);
void paint_cfg_legend(QPainter* painter, const QRectF& rect, qint64 max_hits,
                      const QPalette& palette, bool changed = false);

} // namespace arcwise::ui
