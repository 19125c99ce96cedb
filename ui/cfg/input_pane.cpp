#include "input_pane.h"

#include "widgets/hex_view.h"
#include "widgets/target_text.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace arcwise::ui {

InputPane::InputPane(QWidget* parent)
    : QWidget(parent), title_(new QLabel(this)), stack_(new QStackedWidget(this)),
      text_(new QPlainTextEdit(stack_)), hex_(new HexView(stack_)) {
    title_->setWordWrap(true);
    title_->setTextFormat(Qt::PlainText);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text_->setReadOnly(true);
    text_->setLineWrapMode(QPlainTextEdit::NoWrap);
    text_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    stack_->addWidget(text_);
    stack_->addWidget(hex_);
    stack_->setMinimumHeight(60);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(title_);
    layout->addWidget(stack_, 1);
}

void InputPane::clear(const QString& title) {
    title_->setText(title);
    text_->clear();
    text_->setPlaceholderText(QString());
    hex_->set_data({});
    stack_->setCurrentWidget(text_);
}

void InputPane::show_pending(const QString& title, const QString& note) {
    clear(title);
    text_->setPlaceholderText(note);
}

void InputPane::show_text(const QString& text) {
    stack_->setCurrentWidget(text_);
    text_->setPlainText(shown_lines(text)); // what the target printed
}

void InputPane::show_bytes(qint64 corpus_id, const QByteArray& bytes) {
    title_->setText(
        tr("Smallest input that reaches it: corpus entry %1, %n byte(s) as the harness reads them",
           nullptr, int(bytes.size()))
            .arg(corpus_id));
    hex_->set_data(bytes);
    stack_->setCurrentWidget(hex_);
}

QString InputPane::title() const {
    return title_->text();
}

bool InputPane::showing_bytes() const {
    return stack_->currentWidget() == hex_;
}

} // namespace arcwise::ui
