#include "status_delegate.h"

#include "campaign/models.h"
#include "theme.h"

namespace arcwise::ui {

void StatusDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    TargetTextDelegate::initStyleOption(option, index);
    const QString status = index.data(campaign::SortRole).toString();
    const QColor color = status_color(status, option->palette);
    option->palette.setColor(QPalette::Text, color);
    option->palette.setColor(QPalette::HighlightedText,
                             option->palette.color(QPalette::HighlightedText));
    if (status == QLatin1String("failing") || status == QLatin1String("broken") ||
        status == QLatin1String("new"))
        option->font.setBold(true);
}

} // namespace arcwise::ui
