#include "cfg_graph_view.h"

#include "cfg_scene.h"

#include <QMouseEvent>
#include <QWheelEvent>
#include <cmath>

namespace arcwise::ui {

namespace {
constexpr double kMinZoom = 0.02;
constexpr double kMaxZoom = 8.0;
constexpr double kReadableZoom = 0.8;
} // namespace

CfgGraphView::CfgGraphView(QWidget* parent) : QGraphicsView(parent) {
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    // Whole-viewport updates: arcs span much of the scene, partial updates would cost more.
    setViewportUpdateMode(FullViewportUpdate);
}

double CfgGraphView::zoom() const {
    return transform().m11();
}

void CfgGraphView::zoom_by(double factor) {
    const double target = std::clamp(zoom() * factor, kMinZoom, kMaxZoom);
    const double applied = target / zoom();
    scale(applied, applied);
}

void CfgGraphView::fit() {
    fit_to(kMinZoom);
}

void CfgGraphView::fit_to(double min_zoom) {
    if (!scene())
        return;
    fit_pending_ = false;
    const QRectF rect = scene()->sceneRect();
    fitInView(rect, Qt::KeepAspectRatio);
    if (zoom() > 1.0)
        setTransform(QTransform());
    else if (zoom() < min_zoom)
        setTransform(QTransform::fromScale(min_zoom, min_zoom));
    centerOn(rect.center());
    // A graph taller than the view at its fitted size starts at its top, where the entry is.
    if (rect.height() * zoom() > viewport()->height())
        centerOn(rect.center().x(), rect.top() + viewport()->height() / zoom() / 2);
}

void CfgGraphView::fit_when_shown() {
    // A first look should be readable: a large graph starts at its entry, at a zoom where the
    // block text can be read; Fit shows all of it.
    if (isVisible() && viewport()->width() > 50 && viewport()->height() > 50)
        fit_to(kReadableZoom);
    else
        fit_pending_ = true;
}

void CfgGraphView::wheelEvent(QWheelEvent* event) {
    // Plain wheel zooms (there is nothing to scroll that dragging does not reach); Shift+wheel
    // scrolls sideways, as elsewhere.
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoom_by(std::pow(1.2, steps));
    event->accept();
}

void CfgGraphView::mouseDoubleClickEvent(QMouseEvent* event) {
    for (QGraphicsItem* item : items(event->position().toPoint())) {
        if (item->type() == CfgCallItem::Type) {
            Q_EMIT calleeRequested(static_cast<CfgCallItem*>(item)->callee());
            return;
        }
        if (item->type() == CfgBlockItem::Type) {
            // A block with calls opens the first; with several, its call lines choose.
            const auto children = item->childItems();
            for (QGraphicsItem* child : children)
                if (child->type() == CfgCallItem::Type) {
                    Q_EMIT calleeRequested(static_cast<CfgCallItem*>(child)->callee());
                    return;
                }
            break;
        }
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void CfgGraphView::showEvent(QShowEvent* event) {
    QGraphicsView::showEvent(event);
    if (fit_pending_)
        fit_when_shown();
}

void CfgGraphView::resizeEvent(QResizeEvent* event) {
    QGraphicsView::resizeEvent(event);
    if (fit_pending_)
        fit_when_shown();
}

} // namespace arcwise::ui
