#include "stack_view.h"

#include "palette_colors.h"
#include "target_text.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QStandardItemModel>

namespace arcwise::ui {

namespace {

enum ColumnIndex { IndexColumn, FunctionColumn, LocationColumn, ColumnCount };

// A token that names a file rather than ending a function's signature: no characters of C++
// declarations, and a directory or an extension.
bool looks_like_file(const QString& token) {
    static const QRegularExpression declaration(QStringLiteral(R"([()<>\[\]{},*&])"));
    static const QRegularExpression extension(QStringLiteral(R"(\.[A-Za-z0-9_+-]+(:\d+){0,2}$)"));
    if (token.isEmpty() || declaration.match(token).hasMatch())
        return false;
    return token.contains(u'/') || extension.match(token).hasMatch();
}

// Fills file, line and column from "file", "file:line" or "file:line:column".
void parse_location(const QString& location, StackFrame& frame) {
    static const QRegularExpression re(QStringLiteral(R"(^(.*?):(\d+)(?::(\d+))?$)"));
    const QRegularExpressionMatch m = re.match(location);
    if (m.hasMatch()) {
        frame.file = m.captured(1);
        frame.line = m.captured(2).toInt();
        frame.column = m.captured(3).toInt();
    } else {
        frame.file = location;
    }
    // llvm-symbolizer's "unknown".
    if (frame.file == u"??") {
        frame.file.clear();
        frame.line = frame.column = 0;
    }
}

} // namespace

StackFrame parse_frame(const QString& text) {
    static const QRegularExpression sanitizer_prefix(
        QStringLiteral(R"(^#\d+\s+0x[0-9a-fA-F]+\s+(?:in\s+)?)"));
    static const QRegularExpression module_suffix(
        QStringLiteral(R"(^(.*?)\s*\(([^()]+)\+0x([0-9a-fA-F]+)\)$)"));
    StackFrame frame;
    QString s = text.trimmed();
    s.remove(sanitizer_prefix);

    if (const QRegularExpressionMatch m = module_suffix.match(s); m.hasMatch()) {
        frame.function = m.captured(1);
        frame.module = m.captured(2);
        frame.offset = m.captured(3).toULongLong(nullptr, 16);
        return frame;
    }
    if (const qsizetype at = s.lastIndexOf(QStringLiteral(" at ")); at >= 0) {
        const QString location = s.mid(at + 4).trimmed();
        if (looks_like_file(location) || location.startsWith(u"??:")) {
            frame.function = s.left(at).trimmed();
            parse_location(location, frame);
            return frame;
        }
    }
    const qsizetype space = s.lastIndexOf(u' ');
    const QString last = s.mid(space + 1);
    if (looks_like_file(last) || last.startsWith(u"??:")) {
        frame.function = space < 0 ? QString() : s.left(space).trimmed();
        parse_location(last, frame);
        return frame;
    }
    frame.function = s;
    return frame;
}

bool is_runtime_frame(const StackFrame& frame) {
    const QString file = QDir::fromNativeSeparators(frame.file);
    return frame.function.startsWith(u"arcwise::") || file.contains(u"/core/runtime/") ||
           file.startsWith(u"core/runtime/");
}

StackView::StackView(QWidget* parent)
    : QTreeView(parent), model_(new QStandardItemModel(0, ColumnCount, this)) {
    setModel(model_);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setHeaderHidden(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTextElideMode(Qt::ElideMiddle);
    setAllColumnsShowFocus(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(IndexColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(FunctionColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(LocationColumn, QHeaderView::Fixed);
    setMouseTracking(true);
    // Frames are what the target's crash report said: escaped, never markup (target_text.h).
    setItemDelegate(new TargetTextDelegate(this));
    connect(this, &QAbstractItemView::activated, this, &StackView::activate);
}

void StackView::set_frames(const QStringList& frames, const QString& base_dir_for_relative_files) {
    const QDir base(base_dir_for_relative_files);
    entries_.clear();
    entries_.reserve(frames.size());
    // A recursion: three or more frames of one function in a row become one row.
    constexpr int kCollapseFrom = 3;
    for (qsizetype i = 0; i < frames.size(); ++i) {
        const QString& text = frames[i];
        Entry e;
        e.text = text;
        e.first = int(i);
        e.frame = parse_frame(text);
        if (!e.frame.function.isEmpty() && e.frame.function != u"??") {
            qsizetype end = i + 1;
            while (end < frames.size() && parse_frame(frames[end]).function == e.frame.function)
                ++end;
            if (end - i >= kCollapseFrom) {
                e.repeat = int(end - i);
                i = end - 1;
            }
        }
        e.runtime = is_runtime_frame(e.frame);
        if (!e.frame.file.isEmpty()) {
            const QFileInfo info(base.absoluteFilePath(e.frame.file));
            if (info.isFile())
                e.path = info.absoluteFilePath();
            // Paths under the base directory are shown relative to it: shorter, and still unique.
            const QString relative = base.relativeFilePath(base.absoluteFilePath(e.frame.file));
            const bool inside =
                !base_dir_for_relative_files.isEmpty() && !relative.startsWith(u"../");
            e.shown_location = inside ? relative : e.frame.file;
            if (e.frame.line > 0)
                e.shown_location += u':' + QString::number(e.frame.line);
        } else if (!e.frame.module.isEmpty()) {
            e.shown_location =
                QFileInfo(e.frame.module).fileName() + u"+0x" + QString::number(e.frame.offset, 16);
        }
        entries_.append(e);
    }
    populate();
}

int StackView::frame_count() const {
    return int(entries_.size());
}

int StackView::repeat_count(int index) const {
    return index >= 0 && index < entries_.size() ? entries_[index].repeat : 0;
}

StackFrame StackView::frame(int index) const {
    return index >= 0 && index < entries_.size() ? entries_[index].frame : StackFrame();
}

QString StackView::frame_path(int index) const {
    return index >= 0 && index < entries_.size() ? entries_[index].path : QString();
}

void StackView::populate() {
    model_->removeRows(0, model_->rowCount());
    for (qsizetype i = 0; i < entries_.size(); ++i) {
        const Entry& e = entries_[i];
        auto* index = new QStandardItem(
            e.repeat > 1 ? QStringLiteral("#%1–%2").arg(e.first).arg(e.first + e.repeat - 1)
                         : QStringLiteral("#%1").arg(e.first));
        index->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);

        const QString function =
            e.frame.function.isEmpty() ? tr("(unknown function)") : e.frame.function;
        auto* name = new QStandardItem(
            e.repeat > 1 ? tr("%1 × %2", "a function, and how many frames of it in a row")
                               .arg(function)
                               .arg(e.repeat)
                         : function);
        QString tip = function;
        if (e.repeat > 1)
            tip += u'\n' +
                   tr("%n frame(s) of this function in a row (a recursion)", nullptr, e.repeat);
        if (!e.path.isEmpty())
            tip += u'\n' + tr("Double-click to open %1").arg(QDir::toNativeSeparators(e.path));
        else if (!e.frame.file.isEmpty())
            tip +=
                u'\n' + tr("%1 is not on this disk.").arg(QDir::toNativeSeparators(e.frame.file));
        name->setToolTip(tip);

        auto* location = new QStandardItem(e.shown_location);
        location->setToolTip(!e.path.isEmpty()           ? QDir::toNativeSeparators(e.path)
                             : !e.frame.module.isEmpty() ? e.frame.module
                                                         : e.frame.file);
        model_->appendRow({index, name, location});
    }
    apply_colours();
    update_columns();
}

void StackView::apply_colours() {
    // In place: rebuilding the rows on a palette change would lose the selection.
    const QColor dim = dimmed_text(palette());
    QFont italic = font();
    italic.setItalic(true);
    for (int row = 0; row < model_->rowCount() && row < entries_.size(); ++row) {
        model_->item(row, IndexColumn)->setForeground(dim);
        model_->item(row, LocationColumn)->setForeground(dim);
        if (entries_[row].runtime) {
            model_->item(row, FunctionColumn)->setForeground(dim);
            model_->item(row, FunctionColumn)->setFont(italic);
        }
    }
}

void StackView::update_columns() {
    // The location gets what it needs up to half the width; the function takes the rest, elided
    // in the middle so that both the namespace and the function's own name stay visible.
    const int wanted = model_->rowCount() > 0 ? sizeHintForColumn(LocationColumn) : 0;
    header()->resizeSection(LocationColumn, std::min(wanted, viewport()->width() / 2));
}

void StackView::activate(const QModelIndex& index) {
    if (!index.isValid() || index.row() >= entries_.size())
        return;
    const Entry& e = entries_[index.row()];
    if (!e.path.isEmpty())
        Q_EMIT frameActivated(e.path, e.frame.line);
}

void StackView::mouseMoveEvent(QMouseEvent* event) {
    QTreeView::mouseMoveEvent(event);
    // A pointing hand over the frames that open, as over a link.
    const QModelIndex index = indexAt(event->position().toPoint());
    if (index.isValid() && !frame_path(index.row()).isEmpty())
        viewport()->setCursor(Qt::PointingHandCursor);
    else
        viewport()->unsetCursor();
}

void StackView::paintEvent(QPaintEvent* event) {
    QTreeView::paintEvent(event);
    if (model_->rowCount() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(dimmed_text(palette()));
    painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("(no stack trace)"));
}

void StackView::resizeEvent(QResizeEvent* event) {
    QTreeView::resizeEvent(event);
    update_columns();
}

void StackView::changeEvent(QEvent* event) {
    QTreeView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        apply_colours();
        update_columns();
    }
}

} // namespace arcwise::ui
