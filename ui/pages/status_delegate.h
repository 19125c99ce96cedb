#pragma once
// Paints a status cell (target or failure status) in its colour, bold when it needs attention.
// Its tool tip (a broken target's message) is target text, shown as TargetTextDelegate shows it.

#include "widgets/target_text.h"

namespace arcwise::ui {

class StatusDelegate : public TargetTextDelegate {
    Q_OBJECT

public:
    using TargetTextDelegate::TargetTextDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace arcwise::ui
