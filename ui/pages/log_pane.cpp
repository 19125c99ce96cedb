#include "log_pane.h"

#include "widgets/target_text.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace arcwise::ui {

LogPane::LogPane(QWidget* parent) : QWidget(parent) {
    view_ = new QPlainTextEdit(this);
    view_->setReadOnly(true);
    view_->setMaximumBlockCount(5000);
    view_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view_->setLineWrapMode(QPlainTextEdit::NoWrap);
    view_->setObjectName(QStringLiteral("logView"));
    show_workers_ = new QCheckBox(tr("Show worker output"), this);
    show_workers_->setChecked(true);
    auto* clear_button = new QPushButton(tr("Clear"), this);
    connect(clear_button, &QPushButton::clicked, this, &LogPane::clear);
    auto* bar = new QHBoxLayout;
    bar->addWidget(show_workers_);
    bar->addStretch();
    bar->addWidget(clear_button);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(view_);
}

void LogPane::append(const QString& line) {
    QScrollBar* bar = view_->verticalScrollBar();
    const bool at_end = bar->value() >= bar->maximum() - 2;
    view_->appendPlainText(line);
    if (at_end)
        bar->setValue(bar->maximum());
}

void LogPane::add_message(const QString& text) {
    const QString time = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
    // Messages quote targets (their names, messages, examples). A message of several lines keeps
    // them, indented under its first, so that no line of it can pass for a message of its own.
    QString shown = shown_lines(text);
    shown.replace(QLatin1Char('\n'), QStringLiteral("\n          "));
    append(time + QStringLiteral("  ") + shown);
}

void LogPane::add_worker_output(const QString& binary, const QString& line) {
    if (!show_workers_->isChecked())
        return;
    // A line of a target's output: one line here, whatever control characters it holds.
    append(QStringLiteral("          [") + shown_line(QFileInfo(binary).fileName()) +
           QStringLiteral("] ") + shown_line(line));
}

void LogPane::clear() {
    view_->clear();
}

QString LogPane::text() const {
    return view_->toPlainText();
}

} // namespace arcwise::ui
