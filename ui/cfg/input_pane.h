#pragma once
// The smallest corpus input that reaches a block or a line, as the harness sees it: a property
// test's draws as the target printed them (TargetJob::show), a libFuzzer harness's raw bytes as a
// hex dump. The title says which entry it is and its true size (the bytes the harness reads, not
// the stored choice sequence's).

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QStackedWidget;

namespace arcwise::ui {

class HexView;

class InputPane : public QWidget {
    Q_OBJECT
public:
    explicit InputPane(QWidget* parent = nullptr);

    // Nothing shown; title as the heading (why there is no input, or a hint).
    void clear(const QString& title = {});
    // The entry being asked for: the heading and a note while the target runs.
    void show_pending(const QString& title, const QString& note);
    // What the target printed for it (draws, notes, its outcome).
    void show_text(const QString& text);
    // A libFuzzer harness's input: the raw bytes it reads, with their count in the heading.
    void show_bytes(qint64 corpus_id, const QByteArray& bytes);

    QString title() const;
    QPlainTextEdit* text_view() const { return text_; }
    HexView* hex_view() const { return hex_; }
    // True while the hex dump (not the printed text) is shown.
    bool showing_bytes() const;

private:
    QLabel* title_;
    QStackedWidget* stack_;
    QPlainTextEdit* text_;
    HexView* hex_;
};

} // namespace arcwise::ui
