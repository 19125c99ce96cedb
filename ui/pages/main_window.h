#pragma once
// The workbench's main window: the target browser, the campaign dashboard, the failures and a
// page per target as tabs, the log as a dock, and the campaign's controls (start, pause, stop,
// cores) in a toolbar. It owns the Session (core/campaign/session.h) and shows what it reports;
// it runs no process and no query itself.

#include "campaign/campaign.h"
#include "campaign/session.h"
#include "campaign/stats_history.h"
#include "campaign/target_job.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QSpinBox;
class QTabWidget;
class QDockWidget;
class QToolButton;

namespace arcwise::campaign {
class TargetsModel;
class FailuresModel;
} // namespace arcwise::campaign

namespace arcwise::ui {

class CfgPage;
class DashboardView;
class FailuresPage;
class FollowControls;
class HostsPage;
class LogPane;
class MessageBar;
class TargetPage;
class TargetsPage;

// What the command line asked for, on top of the stored settings.
struct LaunchOptions {
    QString project;
    QString database_url;
    bool start = false;
    qint64 duration_ms = 0;
    int cores = -1; // -1: the stored setting
    QStringList targets;
    // No project given: open the last one, on the page it was left on.
    bool reopen_last = false;
};

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a project (and starts fuzzing when asked). Errors are shown in a dialog.
    void launch(const LaunchOptions& options);
    void open_project(const QString& path, const QString& database_url = {});
    void start_campaign();
    void set_paused(bool paused);
    void stop_campaign();

    campaign::Session& session() { return *session_; }
    TargetsPage* targets_page() const { return targets_page_; }
    FailuresPage* failures_page() const { return failures_page_; }
    TargetPage* target_page() const { return target_page_; }
    CfgPage* cfg_page() const { return cfg_page_; }
    HostsPage* hosts_page() const { return hosts_page_; }
    DashboardView* dashboard() const { return dashboard_; }
    LogPane* log_pane() const { return log_; }
    // Follow mode: the Campaign menu's actions and the follower's status.
    FollowControls* follow_controls() const { return follow_; }
    QTabWidget* tabs() const { return tabs_; }
    // What kept the last campaign from doing its work (Campaign::faults()), shown in a bar above
    // the pages until the user closes it or a new campaign starts, and in the status bar until a
    // new campaign starts.
    const QStringList& campaign_faults() const { return faults_; }
    MessageBar* fault_bar() const { return fault_bar_; }
    QToolButton* fault_indicator() const { return fault_indicator_; }
    const campaign::Snapshot& last_snapshot() const { return last_; }
    // The page index of each view in tabs().
    enum Page { TargetsTab, DashboardTab, FailuresTab, TargetTab, GraphTab, HostsTab };
    void show_page(Page page);

Q_SIGNALS:
    void snapshotShown(); // after a snapshot has been applied to every view (tests wait on it)

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void create_actions();
    void create_menus();
    void create_toolbar();
    void create_status_bar();
    void update_actions();
    // Asks where, then writes the campaign report there (Session::export_report).
    void export_report_dialog();
    void update_recent_menu();
    void remember_recent(const QString& path);
    void apply_snapshot(const campaign::Snapshot& snap);
    void show_error(const QString& title, const QString& text);
    void open_project_dialog();
    void attach_database_dialog();
    void open_target(qint64 target_id);
    // Selects the target of that name in the target list (nothing when it is not listed).
    void select_target(const QString& name);
    void update_dashboard_selection();
    void update_title();
    void add_fault(const QString& fault);
    void clear_faults();
    void show_faults();
    void update_state_label();
    void update_health_label(const campaign::Snapshot& snap);
    void follow_shrunk_failure(const campaign::FailureRow& shrinking);

    std::unique_ptr<campaign::Session> session_;
    campaign::TargetsModel* targets_model_;
    campaign::FailuresModel* failures_model_;
    campaign::StatsHistory history_;
    campaign::Snapshot last_;

    QTabWidget* tabs_ = nullptr;
    TargetsPage* targets_page_ = nullptr;
    DashboardView* dashboard_ = nullptr;
    FailuresPage* failures_page_ = nullptr;
    TargetPage* target_page_ = nullptr;
    CfgPage* cfg_page_ = nullptr;
    HostsPage* hosts_page_ = nullptr;
    campaign::TargetJob* input_job_ = nullptr; // prints the smallest input of a graph block
    LogPane* log_ = nullptr;
    FollowControls* follow_ = nullptr;
    QDockWidget* log_dock_ = nullptr;

    QAction* open_action_ = nullptr;
    QAction* attach_action_ = nullptr;
    QAction* close_action_ = nullptr;
    QAction* export_report_action_ = nullptr;
    QAction* quit_action_ = nullptr;
    QAction* start_action_ = nullptr;
    QAction* pause_action_ = nullptr;
    QAction* stop_action_ = nullptr;
    QAction* settings_action_ = nullptr;
    QAction* find_action_ = nullptr;
    QAction* about_action_ = nullptr;
    QMenu* recent_menu_ = nullptr;
    QSpinBox* cores_ = nullptr;
    QComboBox* scope_ = nullptr;
    QLabel* state_label_ = nullptr;
    QLabel* executions_label_ = nullptr;
    QLabel* failures_label_ = nullptr;
    QLabel* health_label_ = nullptr; // the campaign at a glance: times and warnings
    QLabel* database_label_ = nullptr;
    QToolButton* fault_indicator_ = nullptr;
    MessageBar* fault_bar_ = nullptr;
    QStringList faults_;

    LaunchOptions pending_launch_;
    bool start_when_open_ = false;
    bool campaign_running_ = false;
    bool closing_ = false;
    QSet<QString> reported_broken_;
    qint64 shown_target_ = 0;
    // A stack frame's line for the source coverage view once the target's graph is loaded.
    QString pending_source_file_;
    int pending_source_line_ = 0;
    // The function a graph loaded again (its changed code moved) shows again, by name.
    QString pending_function_;
    int unseen_failures_ = 0;
    QString pending_recent_;           // opened; recorded in Open Recent once it shows targets
    int reopen_page_ = -1;             // the page to show once the reopened project is open
    QString reopen_target_;            // the target to select once the project shows it
    bool last_shrinking_empty_ = true; // the last snapshot had no failure being shrunk
};

} // namespace arcwise::ui
