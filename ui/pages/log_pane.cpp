#include "log_pane.h"

#include "widgets/target_text.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QVBoxLayout>

namespace arcwise::ui {

namespace {

constexpr size_t kMaxEntries = 5000;

} // namespace

LogPane::LogPane(QWidget* parent) : QWidget(parent) {
    view_ = new QPlainTextEdit(this);
    view_->setReadOnly(true);
    view_->setMaximumBlockCount(int(kMaxEntries) * 2);
    view_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view_->setLineWrapMode(QPlainTextEdit::NoWrap);
    view_->setObjectName(QStringLiteral("logView"));
    level_ = new QComboBox(this);
    level_->setObjectName(QStringLiteral("logLevel"));
    level_->addItem(tr("Everything"), -1);
    level_->addItem(tr("Arcwise's messages"), int(Level::Message));
    level_->addItem(tr("Warnings"), int(Level::Warning));
    level_->addItem(tr("Worker output"), int(Level::Output));
    filter_ = new QLineEdit(this);
    filter_->setObjectName(QStringLiteral("logFilter"));
    filter_->setClearButtonEnabled(true);
    filter_->setPlaceholderText(tr("Filter by target, binary or text"));
    connect(level_, &QComboBox::currentIndexChanged, this, &LogPane::rebuild);
    connect(filter_, &QLineEdit::textChanged, this, &LogPane::rebuild);
    auto* clear_button = new QPushButton(tr("Clear"), this);
    connect(clear_button, &QPushButton::clicked, this, &LogPane::clear);
    auto* bar = new QHBoxLayout;
    bar->addWidget(level_);
    bar->addWidget(filter_, 1);
    bar->addWidget(clear_button);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(view_);
}

QString LogPane::shown(const Entry& e) {
    return e.repeat > 1 ? e.text + tr("  (× %1)").arg(e.repeat) : e.text;
}

bool LogPane::accepts(const Entry& e) const {
    const int level = level_->currentData().toInt();
    if (level >= 0 && int(e.level) != level)
        return false;
    const QString text = filter_->text();
    return text.isEmpty() || e.source.contains(text, Qt::CaseInsensitive) ||
           e.text.contains(text, Qt::CaseInsensitive);
}

void LogPane::add(Entry entry) {
    // The same line again, right after itself: one entry, counted.
    if (!entries_.empty()) {
        Entry& last = entries_.back();
        if (last.level == entry.level && last.source == entry.source &&
            last.text.section(QLatin1Char(' '), entry.level == Level::Output ? 0 : 1) ==
                entry.text.section(QLatin1Char(' '), entry.level == Level::Output ? 0 : 1)) {
            ++last.repeat;
            if (accepts(last)) {
                // The last block of the view shows it: rewritten in place.
                QTextCursor cursor(view_->document()->lastBlock());
                cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
                // A message of several lines: only its last line carries the count.
                QString line = shown(last).section(QLatin1Char('\n'), -1);
                cursor.insertText(line);
            }
            return;
        }
    }
    entries_.push_back(std::move(entry));
    while (entries_.size() > kMaxEntries)
        entries_.pop_front();
    const Entry& e = entries_.back();
    if (!accepts(e))
        return;
    QScrollBar* bar = view_->verticalScrollBar();
    const bool at_end = bar->value() >= bar->maximum() - 2;
    view_->appendPlainText(shown(e));
    if (at_end)
        bar->setValue(bar->maximum());
}

void LogPane::rebuild() {
    QStringList lines;
    for (const Entry& e : entries_)
        if (accepts(e))
            lines << shown(e);
    view_->setPlainText(lines.join(QLatin1Char('\n')));
    view_->verticalScrollBar()->setValue(view_->verticalScrollBar()->maximum());
}

void LogPane::set_filter(std::optional<Level> level, const QString& text) {
    level_->setCurrentIndex(std::max(0, level_->findData(level ? int(*level) : -1)));
    filter_->setText(text);
    rebuild();
}

namespace {

QString message_text(const QString& text) {
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    // Messages quote targets (their names, messages, examples). A message of several lines keeps
    // them, indented under its first, so that no line of it can pass for a message of its own.
    QString shown = shown_lines(text);
    shown.replace(QLatin1Char('\n'), QStringLiteral("\n          "));
    return time + QStringLiteral("  ") + shown;
}

} // namespace

void LogPane::add_message(const QString& text) {
    Entry e;
    e.level = Level::Message;
    e.text = message_text(text);
    add(std::move(e));
}

void LogPane::add_warning(const QString& text) {
    Entry e;
    e.level = Level::Warning;
    e.text = message_text(text);
    add(std::move(e));
}

void LogPane::add_worker_output(const QString& binary, const QString& line) {
    // A line of a target's output: one line here, whatever control characters it holds.
    Entry e;
    e.level = Level::Output;
    e.source = shown_line(QFileInfo(binary).fileName());
    e.text = QStringLiteral("          [") + e.source + QStringLiteral("] ") + shown_line(line);
    add(std::move(e));
}

void LogPane::clear() {
    entries_.clear();
    view_->clear();
}

QString LogPane::text() const {
    return view_->toPlainText();
}

} // namespace arcwise::ui
