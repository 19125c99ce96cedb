#pragma once
// A bar across the top of a window saying that something went wrong, which stays until the user
// closes it or whoever showed it clears it: a warning icon, a bold title, one line per problem and
// a close button (plain Qt Widgets in the manner of KDE's KMessageWidget, which the workbench does
// not depend on). Everything in it is plain text, never markup: its lines may quote a target.

#include <QFrame>
#include <QStringList>

class QLabel;
class QToolButton;

namespace arcwise::ui {

class MessageBar : public QFrame {
    Q_OBJECT

public:
    explicit MessageBar(QWidget* parent = nullptr);

    // Shows the bar with `title` and `lines` under it, replacing what it showed.
    void show_message(const QString& title, const QStringList& lines);
    // Hides the bar and forgets what it showed.
    void clear();

    QString title() const;
    QStringList lines() const { return lines_; }
    // The title and the lines as shown, one a line (for tests and for copying).
    QString text() const;
    QToolButton* close_button() const { return close_; }

Q_SIGNALS:
    void closed(); // by the user

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void apply_style();

    QLabel* icon_;
    QLabel* title_;
    QLabel* body_;
    QToolButton* close_;
    QStringList lines_;
};

} // namespace arcwise::ui
