#include "message_bar.h"

#include "palette_colors.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace arcwise::ui {

namespace {

// The warning colour of the bar's border and icon; its background is this, faint, on the window.
QColor warning_colour(const QPalette& palette) {
    return palette_is_dark(palette) ? QColor(0xF0, 0xA0, 0x30) : QColor(0xD0, 0x80, 0x00);
}

} // namespace

MessageBar::MessageBar(QWidget* parent) : QFrame(parent) {
    setObjectName(QStringLiteral("messageBar"));
    icon_ = new QLabel(this);
    title_ = new QLabel(this);
    title_->setObjectName(QStringLiteral("messageBarTitle"));
    title_->setTextFormat(Qt::PlainText);
    title_->setWordWrap(true);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = title_->font();
    bold.setBold(true);
    title_->setFont(bold);
    body_ = new QLabel(this);
    body_->setObjectName(QStringLiteral("messageBarText"));
    body_->setTextFormat(Qt::PlainText);
    body_->setWordWrap(true);
    body_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    close_ = new QToolButton(this);
    close_->setObjectName(QStringLiteral("messageBarClose"));
    close_->setAutoRaise(true);
    close_->setToolTip(tr("Close this message"));
    close_->setAccessibleName(tr("Close"));
    connect(close_, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });

    auto* text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(title_);
    text->addWidget(body_);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 4, 6);
    layout->setSpacing(10);
    layout->addWidget(icon_, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(close_, 0, Qt::AlignTop);
    apply_style();
    hide();
}

void MessageBar::show_message(const QString& title, const QStringList& lines) {
    lines_ = lines;
    title_->setText(title);
    body_->setText(lines.join(QLatin1Char('\n')));
    body_->setVisible(!lines.isEmpty());
    show();
}

void MessageBar::clear() {
    lines_.clear();
    title_->clear();
    body_->clear();
    hide();
}

QString MessageBar::title() const {
    return title_->text();
}

QString MessageBar::text() const {
    return lines_.isEmpty() ? title() : title() + QLatin1Char('\n') + body_->text();
}

void MessageBar::apply_style() {
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 3 / 2;
    icon_->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    close_->setIcon(
        QIcon::fromTheme(QStringLiteral("window-close"),
                         style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this)));
}

void MessageBar::paintEvent(QPaintEvent* event) {
    QFrame::paintEvent(event);
    const QColor warning = warning_colour(palette());
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(warning, 1.0));
    painter.setBrush(mix(palette().color(QPalette::Window), warning, 0.18));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

void MessageBar::changeEvent(QEvent* event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange)
        apply_style();
}

} // namespace arcwise::ui
