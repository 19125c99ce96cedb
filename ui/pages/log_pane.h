#pragma once
// The log pane: Arcwise's own messages and the workers' output, newest at the bottom, bounded so
// that a chatty target cannot eat the workbench's memory. Worker lines can be hidden.

#include <QWidget>

class QPlainTextEdit;
class QCheckBox;

namespace arcwise::ui {

class LogPane : public QWidget {
    Q_OBJECT

public:
    explicit LogPane(QWidget* parent = nullptr);

    void add_message(const QString& text);
    void add_worker_output(const QString& binary, const QString& line);
    void clear();
    // Everything shown, for tests and "copy all".
    QString text() const;

private:
    void append(const QString& line);

    QPlainTextEdit* view_;
    QCheckBox* show_workers_;
};

} // namespace arcwise::ui
