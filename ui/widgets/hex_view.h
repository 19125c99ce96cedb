#pragma once
// Read-only hex dump of a failure's input: offset | 16 bytes in hex, grouped by 8 | the printable
// ASCII characters (dots for the others), like `hexdump -C`. Painted row by row, only the visible
// rows, so inputs of several megabytes scroll as smoothly as small ones. A byte range selected
// with the mouse (or set_selection()) is highlighted in both columns and copied with Ctrl+C as
// hex; the context menu also copies it as a C array or as text. Colours follow the palette.

#include <QAbstractScrollArea>
#include <QByteArray>

namespace arcwise::ui {

class HexView : public QAbstractScrollArea {
    Q_OBJECT
public:
    static constexpr int kBytesPerRow = 16;
    enum class Column { Hex, Ascii };

    explicit HexView(QWidget* parent = nullptr);

    void set_data(const QByteArray& data);
    QByteArray data() const;

    // The selected bytes: start and length; length 0 when nothing is selected.
    qsizetype selection_start() const;
    qsizetype selection_length() const;
    QByteArray selected_bytes() const;
    // Selects [start, start + length), clamped to the data; length 0 clears the selection.
    void set_selection(qsizetype start, qsizetype length);
    void select_all();

    // One row as text, the way it is painted: "00000010  48 65 ... 6f  |Hello...|".
    QString row_text(qsizetype row) const;
    qsizetype row_count() const;
    // Where byte index is painted, in viewport coordinates (an empty rect when out of range).
    QRect byte_rect(qsizetype index, Column column) const;
    // The first row shown at the top of the viewport.
    qsizetype first_visible_row() const;
    // Scrolls so that byte index is visible.
    void scroll_to(qsizetype index);

    // The clipboard formats; each takes any bytes, so pages can offer them for a whole input.
    // "de ad be ef", sixteen bytes per line.
    static QString to_hex(const QByteArray& bytes);
    // "const unsigned char input[4] = {\n    0xde, 0xad, 0xbe, 0xef,\n};\n".
    static QString to_c_array(const QByteArray& bytes);
    // The bytes as UTF-8 text; malformed sequences and NUL bytes become U+FFFD.
    static QString to_text(const QByteArray& bytes);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void copy_as_hex();
    void copy_as_c_array();
    void copy_as_text();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // Horizontal positions of the columns in character cells.
    struct Layout {
        int char_width = 0;
        int row_height = 0;
        int ascent = 0;
        int offset_digits = 8;
        int hex_x = 0;   // first hex digit pair
        int ascii_x = 0; // first ASCII character
        int width = 0;   // of a whole row
    };

    void update_layout();
    void update_scroll_bars();
    int hex_cell_x(int column) const;
    // The byte at a viewport position, the nearest one when between cells; -1 when there is none.
    qsizetype byte_at(QPoint position) const;
    void paint_row(QPainter& painter, qsizetype row, int y) const;
    void put_on_clipboard(const QString& text);

    QByteArray data_;
    Layout layout_;
    qsizetype anchor_ = -1; // where the mouse selection started
    qsizetype cursor_ = -1; // where it ends (inclusive)
    bool selecting_ = false;
};

} // namespace arcwise::ui
