#pragma once
// A one-line label that never widens its window: text longer than the room it gets is elided
// (in the middle by default: qualified C++ names and paths differ at both ends) and shown whole in
// its tool tip. Its minimum width is a few characters, whatever the text; its preferred width is
// the text's, capped, so that a long name cannot make a layout ask for a screen's width.
//
// The text is plain (never markup); callers pass target text through shown_line() first.

#include <QFrame>
#include <QString>

namespace arcwise::ui {

class ElidedLabel : public QFrame {
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void set_text(const QString& text);
    QString text() const { return text_; }
    // The tool tip shown when the text is elided (the whole text when none is set).
    void set_full_tool_tip(const QString& tip);
    void set_elide_mode(Qt::TextElideMode mode);
    // True when the text does not fit and is shown elided.
    bool is_elided() const;
    // The text as painted now.
    QString shown_text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void update_tool_tip();

    QString text_;
    QString tip_;
    Qt::TextElideMode mode_ = Qt::ElideMiddle;
};

} // namespace arcwise::ui
