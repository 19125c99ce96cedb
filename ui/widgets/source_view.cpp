#include "source_view.h"

#include "palette_colors.h"

#ifdef ARCWISE_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#else
#include "cpp_highlighter.h"
#endif

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMouseEvent>
#include <QPainter>
#include <QStringDecoder>
#include <QTextBlock>
#include <QToolTip>

namespace arcwise::ui {

namespace {

#ifdef ARCWISE_HAVE_KSYNTAXHIGHLIGHTING
// Loading the syntax definitions takes a while; every view shares one repository.
KSyntaxHighlighting::Repository& repository() {
    static KSyntaxHighlighting::Repository instance;
    return instance;
}
#endif

constexpr int kGutterPadding = 6;

} // namespace

class SourceView::Gutter : public QWidget {
public:
    explicit Gutter(SourceView* view) : QWidget(view), view_(view) {}
    QSize sizeHint() const override { return {view_->gutter_width(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { view_->paint_gutter(event); }
    // A click in the gutter is a click on its line: it moves the cursor there, as editors do.
    void mousePressEvent(QMouseEvent* event) override {
        const QTextCursor cursor =
            view_->cursorForPosition(QPoint(0, event->position().toPoint().y()));
        view_->setTextCursor(cursor);
    }

private:
    SourceView* view_;
};

SourceView::SourceView(QWidget* parent) : QPlainTextEdit(parent), gutter_(new Gutter(this)) {
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    // Lets the last lines of a file scroll to the middle like any other line.
    setCenterOnScroll(true);
    connect(this, &QPlainTextEdit::blockCountChanged, this, &SourceView::update_gutter_width);
    connect(this, &QPlainTextEdit::updateRequest, this, &SourceView::update_gutter);
    apply_font();
    apply_palette();
}

SourceView::~SourceView() = default;

bool SourceView::open_file(const QString& path, int line, QString* error) {
    auto fail = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fail(tr("Cannot show %1: the file does not exist.").arg(shown));
    if (info.isDir())
        return fail(tr("Cannot show %1: it is a directory, not a file.").arg(shown));
    const auto too_large = [&](qint64 size) {
        return fail(
            tr("Cannot show %1: the file has %2 MB; the source view shows files up to %3 MB.")
                .arg(shown)
                .arg(double(size) / (1024 * 1024), 0, 'f', 1)
                .arg(kMaxFileSize / (1024 * 1024)));
    };
    if (info.size() > kMaxFileSize)
        return too_large(info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(shown, file.errorString()));
    // Read one byte past the limit: files under /proc and pipes report no size up front.
    const QByteArray bytes = file.read(kMaxFileSize + 1);
    if (bytes.size() > kMaxFileSize)
        return too_large(bytes.size());
    if (bytes.contains('\0'))
        return fail(tr("Cannot show %1: it is a binary file, not source text.").arg(shown));
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(bytes);
    // Old sources in a legacy 8-bit encoding still show, with some characters wrong.
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    set_text(text, path);
    set_line(line);
    return true;
}

void SourceView::set_text(const QString& text, const QString& file_name_for_syntax) {
    file_ = file_name_for_syntax;
    line_ = 0;
    notes_.clear();
    note_width_ = 0;
    // Detach the old highlighter from an empty document: removing it re-lays out every block.
    clear();
    install_highlighter();
    setPlainText(text);
    update_line_mark();
}

void SourceView::install_highlighter() {
    delete highlighter_;
    highlighter_ = nullptr;
#ifdef ARCWISE_HAVE_KSYNTAXHIGHLIGHTING
    const KSyntaxHighlighting::Definition definition = repository().definitionForFileName(file_);
    if (!definition.isValid())
        return;
    auto* highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
    highlighter->setTheme(repository().defaultTheme(
        palette_is_dark(palette()) ? KSyntaxHighlighting::Repository::DarkTheme
                                   : KSyntaxHighlighting::Repository::LightTheme));
    highlighter->setDefinition(definition);
    highlighter_ = highlighter;
#else
    if (CppHighlighter::handles_file(file_))
        highlighter_ = new CppHighlighter(document(), palette());
#endif
}

void SourceView::set_line(int line) {
    line_ = line > 0 && line <= blockCount() ? line : 0;
    update_line_mark();
    if (line_ == 0) {
        moveCursor(QTextCursor::Start);
        centre_on_show_ = false;
        return;
    }
    setTextCursor(QTextCursor(document()->findBlockByNumber(line_ - 1)));
    centerCursor();
    centre_on_show_ = !isVisible();
}

QString SourceView::file() const {
    return file_;
}

int SourceView::line() const {
    return line_;
}

int SourceView::gutter_width() const {
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = std::max(digits, 3);
    return fontMetrics().horizontalAdvance(u'9') * digits + 2 * kGutterPadding + note_width_;
}

int SourceView::line_at(const QPoint& viewport_pos) const {
    const QTextBlock block = cursorForPosition(viewport_pos).block();
    return block.isValid() ? block.blockNumber() + 1 : 0;
}

void SourceView::set_line_notes(const QHash<int, LineNote>& notes) {
    notes_ = notes;
    int widest = 0;
    for (const LineNote& n : notes_)
        widest = std::max(widest, fontMetrics().horizontalAdvance(n.note));
    note_width_ = widest > 0 ? widest + 2 * kGutterPadding : 0;
    update_gutter_width();
    const QRect r = contentsRect();
    gutter_->setGeometry(QRect(r.left(), r.top(), gutter_width(), r.height()));
    update_line_mark();
    gutter_->update();
}

bool SourceView::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::ToolTip && !notes_.isEmpty()) {
        auto* help = static_cast<QHelpEvent*>(event);
        const auto it = notes_.constFind(line_at(help->pos()));
        if (it != notes_.constEnd() && !it->tool_tip.isEmpty())
            QToolTip::showText(help->globalPos(), it->tool_tip.toHtmlEscaped(), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void SourceView::update_gutter_width() {
    setViewportMargins(gutter_width(), 0, 0, 0);
}

void SourceView::update_gutter(const QRect& rect, int dy) {
    if (dy)
        gutter_->scroll(0, dy);
    else
        gutter_->update(0, rect.y(), gutter_->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        update_gutter_width();
}

void SourceView::resizeEvent(QResizeEvent* event) {
    QPlainTextEdit::resizeEvent(event);
    const QRect r = contentsRect();
    gutter_->setGeometry(QRect(r.left(), r.top(), gutter_width(), r.height()));
    if (centre_on_show_ && line_ > 0)
        centerCursor();
}

void SourceView::showEvent(QShowEvent* event) {
    QPlainTextEdit::showEvent(event);
    if (centre_on_show_ && line_ > 0)
        centerCursor();
    centre_on_show_ = false;
}

void SourceView::changeEvent(QEvent* event) {
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        apply_palette();
    } else if (event->type() == QEvent::FontChange) {
        update_gutter_width();
    } else if (event->type() == QEvent::ApplicationFontChange) {
        apply_font();
    }
}

void SourceView::apply_font() {
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(4 * fontMetrics().horizontalAdvance(u' '));
    update_gutter_width();
}

void SourceView::apply_palette() {
#ifdef ARCWISE_HAVE_KSYNTAXHIGHLIGHTING
    if (auto* highlighter = static_cast<KSyntaxHighlighting::SyntaxHighlighter*>(highlighter_)) {
        highlighter->setTheme(repository().defaultTheme(
            palette_is_dark(palette()) ? KSyntaxHighlighting::Repository::DarkTheme
                                       : KSyntaxHighlighting::Repository::LightTheme));
        highlighter->rehighlight();
    }
#else
    if (auto* highlighter = static_cast<CppHighlighter*>(highlighter_))
        highlighter->set_palette(palette());
#endif
    update_line_mark();
    gutter_->update();
}

void SourceView::update_line_mark() {
    QList<QTextEdit::ExtraSelection> selections;
    // Line notes first: the marked line's tint goes over them.
    for (auto it = notes_.constBegin(); it != notes_.constEnd(); ++it) {
        if (!it->background.isValid() || it.key() <= 0 || it.key() > blockCount())
            continue;
        QTextEdit::ExtraSelection tint;
        tint.format.setBackground(it->background);
        tint.format.setProperty(QTextFormat::FullWidthSelection, true);
        tint.cursor = QTextCursor(document()->findBlockByNumber(it.key() - 1));
        selections.append(tint);
    }
    if (line_ > 0) {
        // A tint of the highlight colour rather than the colour itself: the syntax colours stay
        // readable on it. The tint weakens until plain text keeps a good contrast.
        const QPalette p = palette();
        const QColor base = p.color(QPalette::Base);
        QColor background;
        for (double amount = 0.35; amount > 0.1; amount -= 0.05) {
            background = mix(base, p.color(QPalette::Highlight), amount);
            if (contrast(background, p.color(QPalette::Text)) >= 7.0)
                break;
        }
        QTextEdit::ExtraSelection mark;
        mark.format.setBackground(background);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.cursor = QTextCursor(document()->findBlockByNumber(line_ - 1));
        selections.append(mark);
    }
    setExtraSelections(selections);
}

void SourceView::paint_gutter(QPaintEvent* event) {
    QPainter painter(gutter_);
    const QPalette p = palette();
    const QColor base = p.color(QPalette::Base);
    const QColor background = mix(base, p.color(QPalette::Text), 0.05);
    painter.fillRect(event->rect(), background);
    painter.setPen(mix(background, p.color(QPalette::Text), 0.15));
    painter.drawLine(gutter_->width() - 1, event->rect().top(), gutter_->width() - 1,
                     event->rect().bottom());
    const QColor number = dimmed_text(p);
    QFont bold = font();
    bold.setBold(true);

    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    const int width = gutter_->width() - kGutterPadding - note_width_;
    const int height = fontMetrics().height();
    while (block.isValid() && top <= event->rect().bottom()) {
        const int bottom = top + qRound(blockBoundingRect(block).height());
        if (block.isVisible() && bottom >= event->rect().top()) {
            const bool marked = block.blockNumber() + 1 == line_;
            painter.setPen(marked ? p.color(QPalette::Text) : number);
            painter.setFont(marked ? bold : font());
            painter.drawText(0, top, width, height, Qt::AlignRight | Qt::AlignVCenter,
                             QString::number(block.blockNumber() + 1));
            const auto note = notes_.constFind(block.blockNumber() + 1);
            if (note != notes_.constEnd() && note->marker.isValid())
                painter.fillRect(0, top, 4, bottom - top, note->marker);
            if (note != notes_.constEnd() && !note->note.isEmpty()) {
                painter.setPen(note->note_colour.isValid() ? note->note_colour : number);
                painter.setFont(bold);
                painter.drawText(width + kGutterPadding, top, note_width_, height,
                                 Qt::AlignLeft | Qt::AlignVCenter, note->note);
            }
        }
        block = block.next();
        top = bottom;
    }
}

} // namespace arcwise::ui
