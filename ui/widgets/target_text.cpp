#include "target_text.h"

#include "campaign/printable.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace arcwise::ui {

QString shown_line(const QString& text) {
    return campaign::printable(text);
}

QString shown_lines(const QString& text) {
    return campaign::printable(text, /*keep_newlines=*/true);
}

QString plain_tool_tip(const QString& text) {
    if (text.isEmpty())
        return text;
    // A leading <p> makes QToolTip take it as rich text whatever follows; the rest is escaped, so
    // it shows as written. pre-wrap keeps the line breaks and the runs of spaces.
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") +
           shown_lines(text).toHtmlEscaped() + QStringLiteral("</p>");
}

QString TargetTextDelegate::displayText(const QVariant& value, const QLocale& locale) const {
    if (value.userType() == QMetaType::QString)
        return shown_line(value.toString());
    return QStyledItemDelegate::displayText(value, locale);
}

bool TargetTextDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                   const QStyleOptionViewItem& option, const QModelIndex& index) {
    if (event && view && index.isValid() && event->type() == QEvent::ToolTip) {
        const QString tip = index.data(Qt::ToolTipRole).toString();
        if (tip.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
            return false;
        }
        QToolTip::showText(event->globalPos(), plain_tool_tip(tip), view->viewport(),
                           view->visualRect(index));
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace arcwise::ui
