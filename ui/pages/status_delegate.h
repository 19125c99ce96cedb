#pragma once
// Paints a status cell (target or failure status) in its colour, bold when it needs attention.

#include <QStyledItemDelegate>

namespace arcwise::ui {

class StatusDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace arcwise::ui
