#pragma once
// The view of a CfgScene: the wheel zooms around the pointer, dragging the background pans,
// double-clicking a block (or one of its call lines) asks for the callee's graph. Fits the graph
// when first shown with a real size, never enlarging it past 1:1 nor shrinking its text past
// reading (a large graph starts at its entry then).

#include <QGraphicsView>

namespace arcwise::ui {

class CfgGraphView : public QGraphicsView {
    Q_OBJECT
public:
    explicit CfgGraphView(QWidget* parent = nullptr);

    void zoom_by(double factor);
    // The whole scene in view (not enlarged past 1:1).
    void fit();
    // fit() now when the view has its size, else as soon as it is shown.
    void fit_when_shown();
    double zoom() const;

Q_SIGNALS:
    void calleeRequested(int function);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fit_to(double min_zoom);

    bool fit_pending_ = false;
};

} // namespace arcwise::ui
