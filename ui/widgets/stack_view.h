#pragma once
// The stack trace of a failure, one row per frame, innermost first: index, function (elided in the
// middle when long, whole in the tooltip) and the file:line, dimmed. Frames whose file exists on
// disk open in the source view: activating one (double-click, Enter) emits frameActivated().
// Frames of the Arcwise runtime itself (namespace arcwise::, files under core/runtime) are dimmed
// so that the target's own frames stand out.

#include <QString>
#include <QStringList>
#include <QTreeView>

class QStandardItemModel;

namespace arcwise::ui {

// One frame as the runtime, llvm-symbolizer or a sanitizer prints it.
struct StackFrame {
    QString function;   // demangled; "??" when the symbolizer did not know; empty when absent
    QString file;       // as printed; empty when unknown
    int line = 0;       // 1-based; 0 when unknown
    int column = 0;     // 1-based; 0 when unknown
    QString module;     // executable or library, for frames given as module+offset
    quint64 offset = 0; // within module
};

// Understands these shapes (and a sanitizer's leading "#3 0x4f5a1b in "):
//   function (module+0xoffset)           runtime, no debug information
//   function file                        runtime, file without a line
//   function file:line[:column]          runtime and sanitizers
//   function at file:line[:column]       gdb and lldb style
//   file:line[:column]                   a bare location
// Anything else is a function name.
StackFrame parse_frame(const QString& text);
// A frame of the Arcwise runtime rather than of the code under test.
bool is_runtime_frame(const StackFrame& frame);

class StackView : public QTreeView {
    Q_OBJECT
public:
    explicit StackView(QWidget* parent = nullptr);

    // Shows frames (innermost first); relative file names are looked up under
    // base_dir_for_relative_files. A run of three or more frames of the same function (a
    // recursion) is one row, "parse_value × 214", so that a stack overflow stays readable.
    void set_frames(const QStringList& frames, const QString& base_dir_for_relative_files);
    // Rows shown (a collapsed recursion is one).
    int frame_count() const;
    // How many frames the row stands for (1, or the depth of a collapsed recursion).
    int repeat_count(int index) const;
    StackFrame frame(int index) const;
    // The existing file frame index opens, as an absolute path; empty when it has none.
    QString frame_path(int index) const;

Q_SIGNALS:
    // A frame with an existing file was activated; line is 0 when the frame has none.
    void frameActivated(const QString& file, int line);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    struct Entry {
        QString text;
        StackFrame frame;
        QString path; // existing file, absolute; empty when none
        QString shown_location;
        bool runtime = false;
        int repeat = 1; // frames of the same function in a row, shown as one
        int first = 0;  // index of its first frame in the stack
    };

    void populate();
    void apply_colours();
    void update_columns();
    void activate(const QModelIndex& index);

    QStandardItemModel* model_;
    QList<Entry> entries_;
};

} // namespace arcwise::ui
