#include "elided_label.h"

#include "target_text.h"

#include <QEvent>
#include <QPainter>
#include <algorithm>

namespace arcwise::ui {

namespace {
// Wide enough to show that something is there, and both ends of it.
constexpr int kMinimumCharacters = 8;
// A label may ask for this many characters before it is elided.
constexpr int kPreferredCharacters = 60;
} // namespace

ElidedLabel::ElidedLabel(QWidget* parent) : QFrame(parent) {
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

void ElidedLabel::set_text(const QString& text) {
    text_ = text;
    updateGeometry();
    update_tool_tip();
    update();
}

void ElidedLabel::set_full_tool_tip(const QString& tip) {
    tip_ = tip;
    update_tool_tip();
}

void ElidedLabel::set_elide_mode(Qt::TextElideMode mode) {
    mode_ = mode;
    update_tool_tip();
    update();
}

QString ElidedLabel::shown_text() const {
    return fontMetrics().elidedText(text_, mode_, contentsRect().width());
}

bool ElidedLabel::is_elided() const {
    return shown_text() != text_;
}

QSize ElidedLabel::sizeHint() const {
    const QFontMetrics fm = fontMetrics();
    const int cap = fm.averageCharWidth() * kPreferredCharacters;
    const int m = 2 * frameWidth();
    return {std::min(fm.horizontalAdvance(text_), cap) + m + 2, fm.height() + m + 2};
}

QSize ElidedLabel::minimumSizeHint() const {
    const QFontMetrics fm = fontMetrics();
    const int m = 2 * frameWidth();
    return {std::min(fm.horizontalAdvance(text_), fm.averageCharWidth() * kMinimumCharacters) + m +
                2,
            fm.height() + m + 2};
}

void ElidedLabel::paintEvent(QPaintEvent* event) {
    QFrame::paintEvent(event);
    QPainter painter(this);
    painter.setPen(
        palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText));
    painter.drawText(contentsRect().adjusted(1, 0, -1, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     fontMetrics().elidedText(text_, mode_, contentsRect().width() - 2));
}

void ElidedLabel::resizeEvent(QResizeEvent* event) {
    QFrame::resizeEvent(event);
    update_tool_tip();
}

void ElidedLabel::changeEvent(QEvent* event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateGeometry();
        update_tool_tip();
    }
}

void ElidedLabel::update_tool_tip() {
    // The whole text whenever it is cut; a tool tip of its own (a location) always.
    if (!tip_.isEmpty())
        setToolTip(plain_tool_tip(tip_));
    else
        setToolTip(fontMetrics().elidedText(text_, mode_, contentsRect().width() - 2) != text_
                       ? plain_tool_tip(text_)
                       : QString());
}

} // namespace arcwise::ui
