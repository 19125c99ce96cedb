#pragma once
// The log pane: Arcwise's own messages and the workers' output, newest at the bottom, bounded so
// that a chatty target cannot eat the workbench's memory. Filtered by level (Arcwise's messages,
// warnings, the workers' output) and by binary or target, and a line repeated right after itself
// is folded into one ("… (× 12)").

#include <QWidget>
#include <deque>
#include <optional>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace arcwise::ui {

class LogPane : public QWidget {
    Q_OBJECT

public:
    enum class Level { Message, Warning, Output };

    explicit LogPane(QWidget* parent = nullptr);

    void add_message(const QString& text);
    void add_warning(const QString& text);
    void add_worker_output(const QString& binary, const QString& line);
    void clear();
    // Everything shown (as filtered), for tests and "copy all".
    QString text() const;

    // Filters: a level (none: all) and a binary's file name or any text (empty: all).
    void set_filter(std::optional<Level> level, const QString& text);
    QComboBox* level_filter() const { return level_; }
    QLineEdit* text_filter() const { return filter_; }

private:
    struct Entry {
        Level level = Level::Message;
        QString source; // the binary's file name, for worker output
        QString text;   // as shown, without the repeat count
        int repeat = 1;
    };

    void add(Entry entry);
    bool accepts(const Entry& e) const;
    static QString shown(const Entry& e);
    void rebuild();

    std::deque<Entry> entries_;
    QPlainTextEdit* view_;
    QComboBox* level_;
    QLineEdit* filter_;
};

} // namespace arcwise::ui
