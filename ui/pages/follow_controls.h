#pragma once
// Following a branch from the workbench, as `arcwise-cli fuzz --follow` does (docs/changes.md):
// the Campaign menu's "Follow the Branch" (whether the next campaign follows the sources' checkout;
// stored, like the build command and the fetch interval, which are campaign settings) and
// "Fetch Now", and the follower's status in the status bar: what it did last and when it last
// fetched (the last pull in its tool tip). A failed pull or build is a warning in the log (the
// command's last lines follow it), and stays in the status (its output in the tool tip) until the
// follower reports otherwise. The follower itself runs in the Session (BranchFollower), beside the
// campaign.

#include <QObject>
#include <QString>

class QAction;
class QLabel;
class QWidget;

namespace arcwise::campaign {
class Session;
}

namespace arcwise::ui {

class LogPane;

class FollowControls : public QObject {
    Q_OBJECT

public:
    FollowControls(campaign::Session* session, LogPane* log, QWidget* parent);

    // Checkable: the next campaign follows the branch.
    QAction* follow_action() const { return follow_; }
    // Fetches now (enabled while a campaign follows the branch).
    QAction* fetch_action() const { return fetch_; }
    // "Branch: <status> · fetched <time>"; hidden while no campaign follows the branch.
    QLabel* status_label() const { return label_; }
    bool follow() const;
    // The follower's last status, empty while none runs.
    const QString& status() const { return status_; }

private:
    void update_label();

    campaign::Session* session_;
    LogPane* log_;
    QAction* follow_;
    QAction* fetch_;
    QLabel* label_;
    QString status_;
    QString failed_output_; // of the last failed pull or build, while its status is shown
    QString failed_status_; // the status it came with
    qint64 checked_ms_ = 0; // the last fetch's end, 0: none yet
    QString pulled_head_;   // the last commit pulled and built
    qint64 pulled_ms_ = 0;  // when, 0: none yet
};

} // namespace arcwise::ui
