#pragma once
// Read-only view of a source file at a line of interest: the failure page opens each stack frame's
// file here. Shows line numbers in a gutter, uses the system's fixed-width font, highlights C and
// C++ syntax (KDE Syntax-Highlighting when the build found it, CppHighlighter otherwise) and marks
// the line of interest across the whole width, scrolled to the middle of the view. Colours follow
// the palette, so light and dark themes both stay readable.

#include <QColor>
#include <QHash>
#include <QPlainTextEdit>

class QSyntaxHighlighter;

namespace arcwise::ui {

class SourceView : public QPlainTextEdit {
    Q_OBJECT
public:
    // Files larger than this are refused: they are not source a person reads.
    static constexpr qint64 kMaxFileSize = 8 * 1024 * 1024;

    explicit SourceView(QWidget* parent = nullptr);
    ~SourceView() override;

    // Shows the file at path with line (1-based; 0 or less for none) marked and centred.
    // Returns false and sets *error (when given) to a translated message naming the file when it
    // is missing, unreadable, larger than kMaxFileSize or binary; the view is unchanged then.
    bool open_file(const QString& path, int line, QString* error);
    // Shows text; file_name_for_syntax chooses the highlighting (by its extension) and becomes
    // file(). No line is marked.
    void set_text(const QString& text, const QString& file_name_for_syntax);
    // Marks line (1-based) and scrolls it to the middle; 0 or less, or a line past the end of the
    // text (the file changed since the failure), clears the mark.
    void set_line(int line);

    // What a line says beyond its text (the source coverage view: how many inputs reach it, the
    // rank of an under-explored branch there): a background tint under the text, a short note in
    // a column of the gutter and a tool tip over the line. Replaced whole; set_text() clears them.
    struct LineNote {
        QColor background;  // invalid: none
        QString note;       // a few characters
        QColor note_colour; // invalid: the gutter's number colour
        QString tool_tip;   // plain text
        QColor marker;      // invalid: none; else a bar at the gutter's left edge (changed code)
    };
    void set_line_notes(const QHash<int, LineNote>& notes);
    const QHash<int, LineNote>& line_notes() const { return notes_; }

    QString file() const;
    int line() const;
    // Width of the line-number gutter in pixels (with the notes' column when there are notes).
    int gutter_width() const;
    // The line (1-based) at a point of the viewport, 0 past the text.
    int line_at(const QPoint& viewport_pos) const;

protected:
    bool viewportEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    class Gutter;
    friend class Gutter;

    void paint_gutter(QPaintEvent* event);
    void update_gutter_width();
    void update_gutter(const QRect& rect, int dy);
    void apply_font();
    void apply_palette();
    void update_line_mark();
    void install_highlighter();

    Gutter* gutter_;
    QSyntaxHighlighter* highlighter_ = nullptr;
    QHash<int, LineNote> notes_;
    int note_width_ = 0; // pixels of the gutter's note column, 0 without notes
    QString file_;
    int line_ = 0;
    // The view centres the marked line when it is first shown: before that it has no real size.
    bool centre_on_show_ = false;
};

} // namespace arcwise::ui
