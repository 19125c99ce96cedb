#include "hex_view.h"

#include "palette_colors.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QStringDecoder>

namespace arcwise::ui {

namespace {

constexpr char16_t kHexDigits[] = u"0123456789abcdef";
// Cells from the first hex pair to the first ASCII character: 16 pairs with spaces, the gap
// between the groups of eight, then "  |".
constexpr int kHexCells = HexView::kBytesPerRow * 3 + 3;

bool printable(uchar c) {
    return c >= 0x20 && c < 0x7f;
}

void append_hex(QString& out, uchar c) {
    out.append(QChar(kHexDigits[c >> 4]));
    out.append(QChar(kHexDigits[c & 0xf]));
}

} // namespace

HexView::HexView(QWidget* parent) : QAbstractScrollArea(parent) {
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::IBeamCursor);
    update_layout();
}

void HexView::set_data(const QByteArray& data) {
    data_ = data;
    anchor_ = cursor_ = -1;
    selecting_ = false;
    update_layout();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    viewport()->update();
}

QByteArray HexView::data() const {
    return data_;
}

qsizetype HexView::row_count() const {
    return (data_.size() + kBytesPerRow - 1) / kBytesPerRow;
}

qsizetype HexView::selection_start() const {
    return anchor_ < 0 ? 0 : std::min(anchor_, cursor_);
}

qsizetype HexView::selection_length() const {
    return anchor_ < 0 ? 0 : std::max(anchor_, cursor_) - std::min(anchor_, cursor_) + 1;
}

QByteArray HexView::selected_bytes() const {
    return data_.mid(selection_start(), selection_length());
}

void HexView::set_selection(qsizetype start, qsizetype length) {
    start = std::clamp<qsizetype>(start, 0, data_.size());
    length = std::min(length, data_.size() - start);
    if (length <= 0) {
        anchor_ = cursor_ = -1;
    } else {
        anchor_ = start;
        cursor_ = start + length - 1;
    }
    viewport()->update();
}

void HexView::select_all() {
    set_selection(0, data_.size());
}

QString HexView::row_text(qsizetype row) const {
    const qsizetype start = row * kBytesPerRow;
    if (row < 0 || start >= data_.size())
        return {};
    const qsizetype count = std::min<qsizetype>(kBytesPerRow, data_.size() - start);
    QString text = QStringLiteral("%1  ").arg(start, layout_.offset_digits, 16, QChar(u'0'));
    QString ascii;
    for (int i = 0; i < kBytesPerRow; ++i) {
        if (i == kBytesPerRow / 2)
            text.append(u' ');
        if (i < count) {
            const auto c = uchar(data_[start + i]);
            append_hex(text, c);
            ascii.append(printable(c) ? QChar(char16_t(c)) : QChar(u'.'));
        } else {
            text.append(u"  ");
        }
        text.append(u' ');
    }
    return text + u" |" + ascii + u'|';
}

QString HexView::to_hex(const QByteArray& bytes) {
    QString out;
    out.reserve(bytes.size() * 3);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (i > 0)
            out.append(i % kBytesPerRow == 0 ? u'\n' : u' ');
        append_hex(out, uchar(bytes[i]));
    }
    return out;
}

QString HexView::to_c_array(const QByteArray& bytes) {
    constexpr int kPerLine = 12;
    QString out = QStringLiteral("const unsigned char input[%1] = {").arg(bytes.size());
    out.reserve(out.size() + bytes.size() * 6 + bytes.size() / kPerLine * 5 + 8);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        out.append(i % kPerLine == 0 ? QStringView(u"\n    0x") : QStringView(u" 0x"));
        append_hex(out, uchar(bytes[i]));
        out.append(u',');
    }
    return out + u"\n};\n";
}

QString HexView::to_text(const QByteArray& bytes) {
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    // A NUL would end the text for many programs it is pasted into.
    text.replace(QChar(u'\0'), QChar(QChar::ReplacementCharacter));
    return text;
}

void HexView::copy_as_hex() {
    if (selection_length() > 0)
        put_on_clipboard(to_hex(selected_bytes()));
}

void HexView::copy_as_c_array() {
    if (selection_length() > 0)
        put_on_clipboard(to_c_array(selected_bytes()));
}

void HexView::copy_as_text() {
    if (selection_length() > 0)
        put_on_clipboard(to_text(selected_bytes()));
}

void HexView::put_on_clipboard(const QString& text) {
    QGuiApplication::clipboard()->setText(text);
}

QSize HexView::sizeHint() const {
    const int frame = 2 * frameWidth();
    return {layout_.width + frame + verticalScrollBar()->sizeHint().width(),
            layout_.row_height * 16 + frame};
}

QSize HexView::minimumSizeHint() const {
    const int frame = 2 * frameWidth();
    return {layout_.char_width * 24 + frame, layout_.row_height * 3 + frame};
}

void HexView::update_layout() {
    const QFontMetrics metrics(font());
    layout_.char_width = metrics.horizontalAdvance(u'0');
    layout_.row_height = metrics.height() + 2;
    layout_.ascent = metrics.ascent() + 1;
    // Offsets past 4 GiB need more than eight digits.
    layout_.offset_digits = data_.size() > 0xffffffffLL ? 16 : 8;
    const int margin = layout_.char_width;
    layout_.hex_x = margin + (layout_.offset_digits + 2) * layout_.char_width;
    layout_.ascii_x = layout_.hex_x + kHexCells * layout_.char_width;
    layout_.width = layout_.ascii_x + (kBytesPerRow + 1) * layout_.char_width + margin;
    update_scroll_bars();
    updateGeometry();
}

void HexView::update_scroll_bars() {
    const int visible_rows = std::max(1, viewport()->height() / std::max(1, layout_.row_height));
    const qsizetype rows = row_count();
    verticalScrollBar()->setRange(0, int(std::max<qsizetype>(0, rows - visible_rows)));
    verticalScrollBar()->setPageStep(visible_rows);
    verticalScrollBar()->setSingleStep(1);
    // The placeholder of empty data fits any width.
    const int width = data_.isEmpty() ? 0 : layout_.width;
    horizontalScrollBar()->setRange(0, std::max(0, width - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    horizontalScrollBar()->setSingleStep(layout_.char_width);
}

qsizetype HexView::first_visible_row() const {
    return verticalScrollBar()->value();
}

void HexView::scroll_to(qsizetype index) {
    if (index < 0 || index >= data_.size())
        return;
    const qsizetype row = index / kBytesPerRow;
    const int visible_rows = std::max(1, viewport()->height() / layout_.row_height);
    if (row < first_visible_row())
        verticalScrollBar()->setValue(int(row));
    else if (row >= first_visible_row() + visible_rows)
        verticalScrollBar()->setValue(int(row - visible_rows + 1));
}

int HexView::hex_cell_x(int column) const {
    return layout_.hex_x + (column * 3 + (column >= kBytesPerRow / 2 ? 1 : 0)) * layout_.char_width;
}

QRect HexView::byte_rect(qsizetype index, Column column) const {
    if (index < 0 || index >= data_.size())
        return {};
    const qsizetype row = index / kBytesPerRow;
    const int col = int(index % kBytesPerRow);
    const int y = int(row - first_visible_row()) * layout_.row_height;
    const int x =
        (column == Column::Hex ? hex_cell_x(col) : layout_.ascii_x + col * layout_.char_width) -
        horizontalScrollBar()->value();
    const int width = (column == Column::Hex ? 2 : 1) * layout_.char_width;
    return {x, y, width, layout_.row_height};
}

qsizetype HexView::byte_at(QPoint position) const {
    if (data_.isEmpty())
        return -1;
    const int x = position.x() + horizontalScrollBar()->value();
    const qsizetype row = std::clamp<qsizetype>(
        first_visible_row() + qsizetype(std::floor(double(position.y()) / layout_.row_height)), 0,
        row_count() - 1);
    int col = 0;
    if (x >= layout_.ascii_x - layout_.char_width) {
        col = (x - layout_.ascii_x) / layout_.char_width;
    } else {
        // The nearest pair: each owns half of the space around it.
        while (col + 1 < kBytesPerRow && x >= hex_cell_x(col + 1) - layout_.char_width / 2)
            ++col;
    }
    col = std::clamp(col, 0, kBytesPerRow - 1);
    return std::min(row * kBytesPerRow + col, data_.size() - 1);
}

void HexView::paintEvent(QPaintEvent* event) {
    QPainter painter(viewport());
    const QPalette p = palette();
    painter.fillRect(event->rect(), p.color(QPalette::Base));
    if (data_.isEmpty()) {
        painter.setPen(dimmed_text(p));
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("(empty input)"));
        return;
    }
    painter.translate(-horizontalScrollBar()->value(), 0);
    // Column rules halfway into the gaps, over the full height.
    painter.setPen(mix(p.color(QPalette::Base), p.color(QPalette::Text), 0.15));
    const int half = layout_.char_width / 2;
    for (const int x :
         {layout_.hex_x - layout_.char_width - half, layout_.ascii_x - layout_.char_width - half})
        painter.drawLine(x, event->rect().top(), x, event->rect().bottom());

    const qsizetype first = first_visible_row() + event->rect().top() / layout_.row_height;
    const qsizetype last = std::min(row_count() - 1, first_visible_row() + event->rect().bottom() /
                                                                               layout_.row_height);
    for (qsizetype row = first; row <= last; ++row)
        paint_row(painter, row, int(row - first_visible_row()) * layout_.row_height);
}

void HexView::paint_row(QPainter& painter, qsizetype row, int y) const {
    const QPalette p = palette();
    const QColor text = p.color(QPalette::Text);
    const QColor dim = dimmed_text(p);
    const QColor selected_text = p.color(QPalette::HighlightedText);
    const QColor selection =
        p.color(hasFocus() ? QPalette::Active : QPalette::Inactive, QPalette::Highlight);
    const qsizetype start = row * kBytesPerRow;
    const int count = int(std::min<qsizetype>(kBytesPerRow, data_.size() - start));
    const int baseline = y + layout_.ascent;
    const int cw = layout_.char_width;

    painter.setPen(dim);
    painter.drawText(cw, baseline,
                     QStringLiteral("%1").arg(start, layout_.offset_digits, 16, QChar(u'0')));

    // The selected part of this row, as columns [from, to].
    const qsizetype sel_start = selection_start(), sel_end = sel_start + selection_length() - 1;
    const int from = int(std::max(sel_start, start) - start);
    const int to = int(std::min(sel_end, start + count - 1) - start);
    if (selection_length() > 0 && from <= to) {
        painter.fillRect(QRect(hex_cell_x(from) - cw / 2, y,
                               hex_cell_x(to) - hex_cell_x(from) + 3 * cw, layout_.row_height),
                         selection);
        painter.fillRect(
            QRect(layout_.ascii_x + from * cw, y, (to - from + 1) * cw, layout_.row_height),
            selection);
    }

    QString pair(2, u' ');
    for (int i = 0; i < count; ++i) {
        const auto c = uchar(data_[start + i]);
        const bool in_selection = selection_length() > 0 && i >= from && i <= to;
        // Zero bytes and non-printable characters recede so that the structure of an input shows.
        painter.setPen(in_selection ? selected_text : c == 0 ? dim : text);
        pair[0] = QChar(kHexDigits[c >> 4]);
        pair[1] = QChar(kHexDigits[c & 0xf]);
        painter.drawText(hex_cell_x(i), baseline, pair);
        painter.setPen(in_selection ? selected_text : printable(c) ? text : dim);
        painter.drawText(layout_.ascii_x + i * cw, baseline,
                         QString(printable(c) ? QChar(char16_t(c)) : QChar(u'.')));
    }
}

void HexView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    update_scroll_bars();
}

void HexView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const qsizetype index = byte_at(event->position().toPoint());
    if (index < 0)
        return;
    if (!(event->modifiers() & Qt::ShiftModifier) || anchor_ < 0)
        anchor_ = index;
    cursor_ = index;
    selecting_ = true;
    viewport()->update();
}

void HexView::mouseMoveEvent(QMouseEvent* event) {
    if (!selecting_ || !(event->buttons() & Qt::LeftButton))
        return;
    const QPoint position = event->position().toPoint();
    // Dragging past the top or bottom edge scrolls a row at a time.
    if (position.y() < 0)
        verticalScrollBar()->setValue(verticalScrollBar()->value() - 1);
    else if (position.y() >= viewport()->height())
        verticalScrollBar()->setValue(verticalScrollBar()->value() + 1);
    const qsizetype index = byte_at(position);
    if (index >= 0 && index != cursor_) {
        cursor_ = index;
        viewport()->update();
    }
}

void HexView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    selecting_ = false;
    event->accept();
}

void HexView::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Copy)) {
        copy_as_hex();
    } else if (event->matches(QKeySequence::SelectAll)) {
        select_all();
    } else if (event->matches(QKeySequence::MoveToStartOfDocument)) {
        verticalScrollBar()->setValue(0);
    } else if (event->matches(QKeySequence::MoveToEndOfDocument)) {
        verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    } else if (event->key() == Qt::Key_Escape && selection_length() > 0) {
        set_selection(0, 0);
    } else {
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

void HexView::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    const bool has_selection = selection_length() > 0;
    QAction* hex = menu.addAction(tr("Copy as Hex"), this, &HexView::copy_as_hex);
    hex->setShortcut(QKeySequence::Copy);
    menu.addAction(tr("Copy as C Array"), this, &HexView::copy_as_c_array);
    menu.addAction(tr("Copy as Text"), this, &HexView::copy_as_text);
    for (QAction* action : menu.actions())
        action->setEnabled(has_selection);
    menu.addSeparator();
    QAction* all = menu.addAction(tr("Select All"), this, &HexView::select_all);
    all->setShortcut(QKeySequence::SelectAll);
    all->setEnabled(!data_.isEmpty());
    menu.exec(event->globalPos());
}

void HexView::changeEvent(QEvent* event) {
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        update_layout();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        viewport()->update();
}

} // namespace arcwise::ui
