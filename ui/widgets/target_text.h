#pragma once
// Text that came from a target (its names, messages, kinds, locations, stack frames, printed
// examples, output lines) as the workbench shows it. A target controls those bytes: shown raw, a
// message holding "<img src=...>" or "<b>" would be taken as markup by a label or a tool tip
// (Qt::AutoText guesses), and control characters would break lines or hide what follows them.
// So target text is escaped here, where it is shown, not where it is stored (the database keeps
// it as the target wrote it): control characters as core/campaign/printable.h writes them, and
// never interpreted as markup.

#include <QString>
#include <QStyledItemDelegate>

namespace arcwise::ui {

// One line of target text: every control character escaped, newlines included.
QString shown_line(const QString& text);
// Target text of several lines (a printed example, a message): newlines and tabs kept, every other
// control character escaped.
QString shown_lines(const QString& text);
// `text` (plain, possibly several lines, possibly from a target) as a tool tip that shows it
// literally: QToolTip guesses rich text, so the text is escaped as HTML and marked as such.
QString plain_tool_tip(const QString& text);

// An item delegate for views of target text: what a cell displays and its tool tip are escaped as
// shown_line() and plain_tool_tip() do (item views never take DisplayRole as markup, but their
// tool tips are guessed like any other).
class TargetTextDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant& value, const QLocale& locale) const override;
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;
};

} // namespace arcwise::ui
