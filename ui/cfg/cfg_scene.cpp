#include "cfg_scene.h"

#include "pages/theme.h"
#include "widgets/palette_colors.h"
#include "widgets/target_text.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <algorithm>
#include <cmath>

namespace arcwise::ui {

namespace {

// The layout sized each box for lines of this font (campaign/cfg_layout.cc: 6.2 pt a character,
// 13 pt a line): scene units are points.
QFont block_font() {
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setPixelSize(10);
    return font;
}
constexpr double kLineHeight = 13.0;
constexpr double kArrowLength = 9.0;
constexpr double kArrowHalfWidth = 4.0;

// The arrowhead at tip, pointing along from -> tip.
QPolygonF arrow_head(QPointF from, QPointF tip) {
    QPointF d = tip - from;
    const double length = std::hypot(d.x(), d.y());
    if (length < 1e-6)
        return {};
    d /= length;
    const QPointF normal(-d.y(), d.x());
    const QPointF base = tip - d * kArrowLength;
    return QPolygonF({tip, base + normal * kArrowHalfWidth, base - normal * kArrowHalfWidth});
}

} // namespace

CfgBlockItem::CfgBlockItem(const campaign::CfgLayoutNode& node, const Style& style)
    : block_(node.block), rect_(node.centre.x() - node.width / 2, node.centre.y() - node.height / 2,
                                node.width, node.height),
      lines_(node.label), style_(style) {
    setFlag(ItemIsSelectable);
    setZValue(1); // above the arcs that end at its border
}

QRectF CfgBlockItem::boundingRect() const {
    return rect_.adjusted(-3, -3, 3, 3);
}

void CfgBlockItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    const bool selected = option->state & QStyle::State_Selected;
    QPen pen(selected ? style_.selected : style_.outline, selected ? 3.0 : 1.0);
    if (style_.dashed && !selected)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(style_.fill);
    painter->drawRoundedRect(rect_, 5, 5);
    if (changed_.isValid()) {
        // A bar down the left side, inside the rounded outline.
        QPainterPath box;
        box.addRoundedRect(rect_, 5, 5);
        painter->save();
        painter->setClipPath(box);
        painter->fillRect(QRectF(rect_.left(), rect_.top(), 6, rect_.height()), changed_);
        painter->restore();
    }
    // Text is unreadable below a few pixels: skip it when zoomed far out (large functions).
    if (option->levelOfDetailFromTransform(painter->worldTransform()) < 0.3)
        return;
    QFont font = block_font();
    painter->setPen(style_.text);
    const double top = rect_.center().y() - double(lines_.size()) * kLineHeight / 2;
    for (qsizetype i = 0; i < lines_.size(); ++i) {
        // Call lines look like links: they open the callee.
        font.setUnderline(lines_[i].startsWith(QChar(0x2192)));
        painter->setFont(font);
        painter->drawText(
            QRectF(rect_.left(), top + double(i) * kLineHeight, rect_.width(), kLineHeight),
            Qt::AlignCenter, lines_[i]);
    }
}

CfgCallItem::CfgCallItem(const QRectF& rect, int callee, QGraphicsItem* parent)
    : QGraphicsRectItem(rect, parent), callee_(callee) {
    setPen(Qt::NoPen);
    setBrush(Qt::NoBrush);
    setCursor(Qt::PointingHandCursor);
    setToolTip(CfgScene::tr("Double-click to open the called function's graph"));
    // Clicks select the block underneath.
    setAcceptedMouseButtons(Qt::NoButton);
}

CfgArcItem::CfgArcItem(const campaign::CfgLayoutEdge& edge, const QPen& pen, const QColor& selected)
    : arc_(edge.arc), selected_(selected) {
    QPainterPath path(edge.points.front());
    for (size_t i = 1; i + 2 < edge.points.size(); i += 3)
        path.cubicTo(edge.points[i], edge.points[i + 1], edge.points[i + 2]);
    setPath(path);
    setPen(pen);
    // Graphviz ends the curve at the arrow's base when it drew a separate head.
    const QPointF last = edge.points.back();
    if (QLineF(last, edge.arrow_tip).length() > 1.0)
        head_ = arrow_head(last, edge.arrow_tip);
    else
        head_ = arrow_head(edge.points[edge.points.size() - 2], last);
    setFlag(ItemIsSelectable);
}

QRectF CfgArcItem::boundingRect() const {
    return QGraphicsPathItem::boundingRect().united(head_.boundingRect()).adjusted(-4, -4, 4, 4);
}

QPainterPath CfgArcItem::shape() const {
    // A wide stroke: a thin curve would be nearly impossible to click.
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(8.0, pen().widthF() + 4));
    QPainterPath shape = stroker.createStroke(path());
    shape.addPolygon(head_);
    return shape;
}

void CfgArcItem::paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget*) {
    painter->setBrush(Qt::NoBrush);
    if (option->state & QStyle::State_Selected) {
        QPen glow(selected_, pen().widthF() + 5, Qt::SolidLine, Qt::RoundCap);
        painter->setPen(glow);
        painter->drawPath(path());
    }
    painter->setPen(pen());
    painter->drawPath(path());
    QPen solid = pen();
    solid.setStyle(Qt::SolidLine);
    solid.setJoinStyle(Qt::MiterJoin);
    painter->setPen(solid);
    painter->setBrush(pen().color());
    painter->drawPolygon(head_);
}

CfgScene::CfgScene(QObject* parent) : QGraphicsScene(parent) {}

CfgBlockItem::Style cfg_block_style(int bucket, const QPalette& palette) {
    CfgBlockItem::Style s;
    const bool dark = palette_is_dark(palette);
    s.selected = palette.color(QPalette::Highlight);
    if (bucket < 0) {
        // Never reached: apart from the scale in both themes, and dashed.
        s.fill = dark ? QColor(0x4a, 0x4a, 0x4a) : QColor(0xe4, 0xe4, 0xe4);
        s.outline = dark ? QColor(0xa8, 0xa8, 0xa8) : QColor(0x70, 0x70, 0x70);
        s.text = dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x30, 0x30, 0x30);
        s.dashed = true;
        return s;
    }
    s.fill = QColor(campaign::hit_bucket_colour(bucket));
    s.outline = dark ? s.fill.lighter(140) : s.fill.darker(160);
    s.text = campaign::hit_bucket_is_dark(bucket) ? Qt::white : Qt::black;
    return s;
}

QColor cfg_under_explored_colour(const QPalette& palette) {
    const QColor orange(0xd5, 0x5e, 0x00);
    return palette_is_dark(palette) ? orange.lighter(125) : orange;
}

QColor cfg_changed_colour(const QPalette& palette) {
    // Okabe-Ito's reddish purple: apart from the viridis fills and the orange arcs.
    const QColor purple(0xcc, 0x79, 0xa7);
    return palette_is_dark(palette) ? purple.lighter(115) : purple.darker(115);
}

QString cfg_changed_text(const campaign::CfgChangeMarks& marks) {
    if (marks.base.isEmpty())
        return CfgScene::tr("changed: new in %1").arg(marks.description);
    return CfgScene::tr("changed since %1 (%2)").arg(marks.base.left(12), marks.description);
}

void CfgScene::build(const campaign::CfgModel& model, const campaign::CfgLayout& layout,
                     const QPalette& palette) {
    clear();
    blocks_.clear();
    items_.clear();
    arcs_.clear();
    function_ = layout.function;
    setBackgroundBrush(palette.color(QPalette::Base));
    const qint64 max_hits = campaign::max_block_hits(model);
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QColor highlight = palette.color(QPalette::Highlight);
    const QColor hot = cfg_under_explored_colour(palette);
    const QFont font = block_font();
    const campaign::CfgChangeMarks& changes = model.change_marks();
    const QColor changed_colour = cfg_changed_colour(palette);
    for (const campaign::CfgLayoutNode& node : layout.nodes) {
        const campaign::CfgBlock& b = model.blocks()[size_t(node.block)];
        auto* item = new CfgBlockItem(
            node, cfg_block_style(campaign::hit_bucket(b.hits, max_hits), palette));
        QString tip = tr("%1:%2\nhits %3\nclick: source and smallest input")
                          .arg(b.file)
                          .arg(b.line)
                          .arg(b.hits);
        if (!b.text.isEmpty())
            tip = b.text + QLatin1Char('\n') + tip;
        addItem(item);
        blocks_[node.block] = item;
        items_.push_back(item);
        // Call lines ("→ callee", campaign::block_label): the calls of the blocks the node stands
        // for (a chain, and the library code folded into them), matched by their text.
        QHash<QString, int> callee_of;
        const std::vector<int> own =
            node.blocks.empty() ? std::vector<int>{node.block} : node.blocks;
        const auto add_calls = [&](const campaign::CfgBlock& from) {
            for (int callee : from.callees) {
                QString name =
                    model.functions()[size_t(callee)].name.section(QLatin1Char('('), 0, 0);
                if (name.size() > 32)
                    name = name.left(31) + QChar(0x2026);
                callee_of.insert(QStringLiteral("\u2192 ") + name, callee);
            }
        };
        for (int id : own) {
            add_calls(model.blocks()[size_t(id)]);
            blocks_[id] = item;
        }
        bool changed = changes.block_changed(node.block);
        for (int id : own)
            changed = changed || changes.block_changed(id);
        for (int id : model.functions()[size_t(b.function)].blocks) {
            const campaign::CfgBlock& o = model.blocks()[size_t(id)];
            if (std::find(own.begin(), own.end(), o.shown_as) != own.end()) {
                add_calls(o);
                blocks_.emplace(id, item); // a folded block is found at the block it is drawn in
                changed = changed || changes.block_changed(id);
            }
        }
        if (changed) {
            item->set_changed(changed_colour);
            tip += QLatin1Char('\n') + cfg_changed_text(changes);
        }
        item->setToolTip(plain_tool_tip(tip));
        const double top = node.centre.y() - double(node.label.size()) * kLineHeight / 2;
        for (qsizetype i = 0; i < node.label.size(); ++i) {
            const auto callee = callee_of.constFind(node.label[i]);
            if (callee == callee_of.constEnd())
                continue;
            const double y = top + double(i) * kLineHeight;
            new CfgCallItem(
                QRectF(node.centre.x() - node.width / 2 + 2, y, node.width - 4, kLineHeight),
                *callee, item);
        }
    }
    QFont rank_font = font;
    rank_font.setBold(true);
    for (const campaign::CfgLayoutEdge& edge : layout.edges) {
        const campaign::CfgArc& a = model.arcs()[size_t(edge.arc)];
        QPen pen;
        if (a.under_explored) {
            pen = QPen(hot, 3.5, Qt::SolidLine, Qt::RoundCap);
        } else {
            pen = QPen(mix(text, base, a.hits > 0 ? 0.25 : 0.55), 1.3);
            if (a.hits == 0)
                pen.setStyle(Qt::DashLine);
        }
        auto* item = new CfgArcItem(edge, pen, highlight);
        item->setZValue(a.under_explored ? 0.5 : 0);
        item->setToolTip(a.under_explored
                             ? tr("Under-explored arc #%1: %2 blocks unreached behind it")
                                   .arg(a.rank)
                                   .arg(a.unreached)
                             : tr("Arc taken by %n input(s)", nullptr, int(a.hits)));
        addItem(item);
        arcs_[edge.arc] = item;
        if (a.under_explored && edge.label) {
            // The rank on a plate of the background, so that crossing arcs do not hide it.
            auto* label = new QGraphicsSimpleTextItem(QStringLiteral("#%1").arg(a.rank), item);
            label->setFont(rank_font);
            label->setBrush(hot);
            const QRectF r = label->boundingRect();
            label->setPos(*edge.label - r.center());
            auto* plate = new QGraphicsRectItem(r.adjusted(-2, 0, 2, 0), label);
            plate->setPen(Qt::NoPen);
            plate->setBrush(base);
            plate->setFlag(QGraphicsItem::ItemStacksBehindParent);
        }
    }
    setSceneRect(layout.bounds.adjusted(-20, -20, 20, 20));
}

void CfgScene::show_message(const QString& text, const QPalette& palette) {
    clear();
    blocks_.clear();
    items_.clear();
    arcs_.clear();
    function_ = -1;
    setBackgroundBrush(palette.color(QPalette::Base));
    auto* item = addSimpleText(text);
    item->setBrush(dimmed_text(palette));
    setSceneRect(item->boundingRect().adjusted(-20, -20, 20, 20));
}

CfgBlockItem* CfgScene::block_item(int block) const {
    const auto it = blocks_.find(block);
    return it == blocks_.end() ? nullptr : it->second;
}

CfgArcItem* CfgScene::arc_item(int arc) const {
    const auto it = arcs_.find(arc);
    return it == arcs_.end() ? nullptr : it->second;
}

namespace {

struct LegendEntry {
    QString text;
    int bucket; // -2: the under-explored arc, -3: the mark of changed code
};

std::vector<LegendEntry> legend_entries(qint64 max_hits, bool changed) {
    std::vector<LegendEntry> out;
    out.push_back({CfgScene::tr("never"), -1});
    qint64 previous = 0;
    for (int b = 0; b < campaign::kHitBuckets; ++b) {
        const qint64 from = campaign::hit_bucket_min(b, max_hits);
        if (from <= previous || from > max_hits)
            continue;
        previous = from;
        // The colour blocks with exactly `from` hits get (on a short scale a step may start at
        // the same count as a later one).
        out.push_back(
            {QStringLiteral("\u2265 %1").arg(from), campaign::hit_bucket(from, max_hits)});
    }
    out.push_back({CfgScene::tr("under-explored #rank"), -2});
    if (changed)
        out.push_back({CfgScene::tr("changed"), -3});
    return out;
}

constexpr double kSwatchPad = 6;
constexpr double kGap = 4;
constexpr double kArcSwatch = 26;

} // namespace

QSizeF cfg_legend_size(qint64 max_hits, const QFont& font, bool changed) {
    const QFontMetricsF fm(font);
    double width = fm.horizontalAdvance(CfgScene::tr("Hits:")) + 2 * kGap;
    for (const LegendEntry& e : legend_entries(max_hits, changed))
        width += fm.horizontalAdvance(e.text) + 2 * kSwatchPad + kGap +
                 (e.bucket == -2 ? kArcSwatch : 0);
    return {width, fm.height() + 8};
}

void paint_cfg_legend(QPainter* painter, const QRectF& rect, qint64 max_hits,
                      const QPalette& palette, bool changed) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(painter->font());
    const double h = fm.height() + 4;
    const double y = rect.top() + (rect.height() - h) / 2;
    double x = rect.left() + kGap;
    painter->setPen(palette.color(QPalette::WindowText));
    const QString title = CfgScene::tr("Hits:");
    painter->drawText(QRectF(x, y, fm.horizontalAdvance(title), h), Qt::AlignVCenter, title);
    x += fm.horizontalAdvance(title) + kGap;
    for (const LegendEntry& e : legend_entries(max_hits, changed)) {
        const double w = fm.horizontalAdvance(e.text) + 2 * kSwatchPad;
        if (e.bucket == -3) {
            // A block of the scale's background with the changed bar, as the graph draws it.
            const QRectF swatch(x, y, w, h);
            QPainterPath box;
            box.addRoundedRect(swatch, 4, 4);
            painter->setPen(QPen(dimmed_text(palette), 1));
            painter->setBrush(palette.color(QPalette::Base));
            painter->drawPath(box);
            painter->save();
            painter->setClipPath(box);
            painter->fillRect(QRectF(x, y, 5, h), cfg_changed_colour(palette));
            painter->restore();
            painter->setPen(palette.color(QPalette::WindowText));
            painter->drawText(swatch.adjusted(3, 0, 0, 0), Qt::AlignCenter, e.text);
            x += w + kGap;
            continue;
        }
        if (e.bucket == -2) {
            const QColor hot = cfg_under_explored_colour(palette);
            painter->setPen(QPen(hot, 3.5, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(QPointF(x + 3, y + h / 2), QPointF(x + kArcSwatch - 6, y + h / 2));
            painter->setBrush(hot);
            painter->setPen(Qt::NoPen);
            painter->drawPolygon(
                arrow_head(QPointF(x, y + h / 2), QPointF(x + kArcSwatch - 1, y + h / 2)));
            painter->setPen(hot);
            painter->drawText(QRectF(x + kArcSwatch, y, w, h), Qt::AlignCenter, e.text);
            x += kArcSwatch + w + kGap;
            continue;
        }
        const CfgBlockItem::Style s = cfg_block_style(e.bucket, palette);
        QPen pen(s.outline, 1);
        if (s.dashed)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(s.fill);
        const QRectF swatch(x, y, w, h);
        painter->drawRoundedRect(swatch, 4, 4);
        painter->setPen(s.text);
        painter->drawText(swatch, Qt::AlignCenter, e.text);
        x += w + kGap;
    }
    painter->restore();
}

} // namespace arcwise::ui
