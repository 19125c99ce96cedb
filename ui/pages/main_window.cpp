#include "main_window.h"

#include "campaign/campaign_settings.h"
#include "campaign/models.h"
#include "cfg/cfg_page.h"
#include "charts/dashboard_view.h"
#include "failure_detail.h"
#include "failures_page.h"
#include "follow_controls.h"
#include "hosts_page.h"
#include "log_pane.h"
#include "settings_dialog.h"
#include "target_page.h"
#include "targets_page.h"
#include "widgets/message_bar.h"
#include "widgets/stack_view.h"
#include "widgets/target_text.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace arcwise::ui {

using campaign::FailureRow;
using campaign::Snapshot;

namespace {

constexpr int kMaxRecent = 8;

QString short_count(double n) {
    if (n >= 1e9)
        return QLocale().toString(n / 1e9, 'f', 1) + QStringLiteral(" G");
    if (n >= 1e6)
        return QLocale().toString(n / 1e6, 'f', 1) + QStringLiteral(" M");
    if (n >= 1e4)
        return QLocale().toString(n / 1e3, 'f', 0) + QStringLiteral(" k");
    return QLocale().toString(qint64(n));
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), session_(std::make_unique<campaign::Session>()) {
    setObjectName(QStringLiteral("MainWindow"));
    targets_model_ = new campaign::TargetsModel(this);
    failures_model_ = new campaign::FailuresModel(this);

    tabs_ = new QTabWidget(this);
    tabs_->setDocumentMode(true);
    targets_page_ = new TargetsPage(targets_model_, tabs_);
    dashboard_ = new DashboardView(tabs_);
    dashboard_->set_history(&history_);
    failures_page_ = new FailuresPage(failures_model_, tabs_);
    target_page_ = new TargetPage(tabs_);
    target_page_->set_history(&history_);
    tabs_->insertTab(TargetsTab, targets_page_, tr("Targets"));
    tabs_->insertTab(DashboardTab, dashboard_, tr("Dashboard"));
    tabs_->insertTab(FailuresTab, failures_page_, tr("Failures"));
    tabs_->insertTab(TargetTab, target_page_, tr("Target"));
    cfg_page_ = new CfgPage(tabs_);
    tabs_->insertTab(GraphTab, cfg_page_, tr("Control flow"));
    hosts_page_ = new HostsPage(tabs_);
    tabs_->insertTab(HostsTab, hosts_page_, tr("Hosts"));
    input_job_ = new campaign::TargetJob(this);
    // The campaign's faults above the pages, whichever page is shown.
    auto* central = new QWidget(this);
    fault_bar_ = new MessageBar(central);
    fault_bar_->setObjectName(QStringLiteral("faultBar"));
    auto* central_layout = new QVBoxLayout(central);
    central_layout->setContentsMargins(0, 0, 0, 0);
    central_layout->setSpacing(0);
    auto* bar_layout = new QVBoxLayout;
    bar_layout->setContentsMargins(6, 6, 6, 2);
    bar_layout->addWidget(fault_bar_);
    central_layout->addLayout(bar_layout); // empty, with its margins, while the bar is hidden
    central_layout->addWidget(tabs_, 1);
    setCentralWidget(central);
    connect(tabs_, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == DashboardTab)
            dashboard_->refresh();
        if (index == FailuresTab) {
            unseen_failures_ = 0;
            tabs_->setTabText(FailuresTab, tr("Failures"));
        }
        // Only for a project that is recorded (one that shows targets).
        if (session_->is_open() && !session_->project().isEmpty() && pending_recent_.isEmpty())
            QSettings().setValue(QStringLiteral("ui/lastPage"), index);
    });

    log_ = new LogPane(this);
    log_dock_ = new QDockWidget(tr("Log"), this);
    log_dock_->setObjectName(QStringLiteral("logDock"));
    log_dock_->setWidget(log_);
    addDockWidget(Qt::BottomDockWidgetArea, log_dock_);
    follow_ = new FollowControls(session_.get(), log_, this);

    create_actions();
    create_menus();
    create_toolbar();
    create_status_bar();

    connect(targets_page_, &TargetsPage::selectionChanged, this,
            &MainWindow::update_dashboard_selection);
    connect(targets_page_, &TargetsPage::selectionChanged, this, [this] {
        // Kept with the project, to select again when it reopens; a selection that empties
        // (the list cleared while another project opens) keeps the last one.
        const QStringList names = targets_page_->selected_names();
        if (!names.isEmpty() && session_->is_open() && !session_->project().isEmpty() &&
            reopen_target_.isEmpty())
            QSettings().setValue(QStringLiteral("ui/lastTarget"),
                                 QStringList{session_->project(), names.first()});
    });
    connect(targets_page_, &TargetsPage::targetActivated, this, &MainWindow::open_target);
    connect(failures_model_, &campaign::FailuresModel::statusChangeRequested, session_.get(),
            qOverload<qint64, const QString&>(&campaign::Session::set_failure_status));
    connect(failures_page_, &FailuresPage::storeFailure, session_.get(),
            &campaign::Session::store_failure);
    connect(failures_page_, &FailuresPage::statusChangeRequested, this,
            [this](const QList<qint64>& ids, const QString& status, const QString& reason) {
                session_->set_failure_status(ids, status, reason);
            });
    connect(failures_page_, &FailuresPage::targetRequested, this, &MainWindow::open_target);
    connect(failures_page_, &FailuresPage::graphRequested, this, [this](qint64 id) {
        open_target(id);
        show_page(GraphTab);
    });
    // What the failure detail needs to know of a target: its kind (a harness's input is shown
    // and exported as its raw bytes) and its test's source (the regression test).
    const auto target_row = [this](qint64 id) -> const campaign::TargetRow* {
        for (int row = 0; row < targets_model_->rowCount(); ++row)
            if (const campaign::TargetProgress* p = targets_model_->row_at(row);
                p && p->row.id == id)
                return &p->row;
        return nullptr;
    };
    failures_page_->detail()->set_kind_lookup([target_row](qint64 id) {
        const campaign::TargetRow* r = target_row(id);
        return r ? r->kind : QString();
    });
    failures_page_->detail()->set_source_lookup([target_row](qint64 id) {
        const campaign::TargetRow* r = target_row(id);
        return r ? std::pair<QString, int>{r->file, r->line} : std::pair<QString, int>{};
    });
    connect(failures_page_, &FailuresPage::message, log_, &LogPane::add_message);
    connect(target_page_, &TargetPage::message, log_, &LogPane::add_message);

    campaign::Session* s = session_.get();
    connect(s, &campaign::Session::opened, this,
            [this](const QString& project, const QString& url,
                   const std::vector<campaign::StatsRow>& history) {
                history_.clear();
                history_.add(history);
                // Recorded in Open Recent (and as the project to reopen) once it shows
                // targets: a directory without any is not a project to come back to.
                pending_recent_ = project;
                const QStringList last_target =
                    QSettings().value(QStringLiteral("ui/lastTarget")).toStringList();
                reopen_target_ =
                    last_target.size() == 2 && !project.isEmpty() && last_target.first() == project
                        ? last_target.last()
                        : QString();
                if (reopen_page_ >= 0) {
                    show_page(Page(reopen_page_));
                    reopen_page_ = -1;
                }
                database_label_->setText(url);
                database_label_->setToolTip(url);
                targets_page_->set_placeholder(
                    tr("No fuzz targets in %1. Build them with arcwise_add_fuzz_target() or "
                       "arcwise-c++, then open the build tree.")
                        .arg(project));
                log_->add_message(tr("Opened %1 (database %2)").arg(project, url));
                update_title();
                update_actions();
                if (start_when_open_) {
                    start_when_open_ = false;
                    start_campaign();
                }
            });
    connect(s, &campaign::Session::openFailed, this, [this](const QString& error) {
        start_when_open_ = false;
        reopen_page_ = -1;
        log_->add_warning(error);
        show_error(tr("Cannot open the project"), error);
        update_actions();
    });
    connect(s, &campaign::Session::snapshot, this, &MainWindow::apply_snapshot);
    connect(s, &campaign::Session::campaignFaulted, this, &MainWindow::add_fault);
    connect(fault_bar_, &MessageBar::closed, this, [this] {
        // Closed, not forgotten: the status bar's indicator shows it again.
        fault_indicator_->setChecked(false);
    });
    connect(s, &campaign::Session::campaignStarted, this, [this] {
        campaign_running_ = true;
        log_->add_message(tr("Campaign started"));
        update_actions();
    });
    connect(s, &campaign::Session::campaignFailed, this, [this](const QString& error) {
        campaign_running_ = false;
        log_->add_warning(error);
        show_error(tr("Cannot start the campaign"), error);
        update_actions();
    });
    connect(s, &campaign::Session::campaignFinished, this, [this] {
        campaign_running_ = false;
        log_->add_message(faults_.isEmpty()
                              ? tr("Campaign finished")
                              : tr("Campaign finished; it could not do all its work"));
        update_actions();
        if (closing_)
            close();
    });
    connect(s, &campaign::Session::failureFound, this, [this](const FailureRow& f, bool is_new) {
        if (!is_new)
            return;
        log_->add_message(
            tr("New failure in %1: %2 — %3")
                .arg(shown_line(f.target), shown_line(f.kind), shown_line(f.message)));
        if (tabs_->currentIndex() != FailuresTab) {
            ++unseen_failures_;
            tabs_->setTabText(FailuresTab, tr("Failures (%1 new)").arg(unseen_failures_));
        }
    });
    connect(s, &campaign::Session::targetLoaded, target_page_, &TargetPage::set_details);
    connect(s, &campaign::Session::cfgLoaded, this,
            [this](qint64 id, std::shared_ptr<const campaign::CfgModel> model) {
                if (id != shown_target_)
                    return;
                QString name = cfg_page_->target_name(id);
                if (name.isEmpty())
                    name = target_page_->details().row.name;
                cfg_page_->set_model(std::move(model), name);
                // A stack frame asked for its line before the graph was there.
                if (!pending_source_file_.isEmpty()) {
                    cfg_page_->open_source_location(pending_source_file_, pending_source_line_);
                    pending_source_file_.clear();
                }
                // Loaded again to mark other changes: the function shown stays shown.
                if (!pending_function_.isEmpty() && cfg_page_->model()) {
                    const auto& functions = cfg_page_->model()->functions();
                    for (size_t i = 0; i < functions.size(); ++i)
                        if (functions[i].name == pending_function_)
                            cfg_page_->show_function(int(i));
                }
                pending_function_.clear();
            });
    // Other changed code to mark (a pull in follow mode, the setting read anew): the graph shown
    // is loaded again, at the function it shows.
    connect(s, &campaign::Session::changesMarked, this, [this] {
        const campaign::CfgModel* model = cfg_page_->model().get();
        if (shown_target_ <= 0 || !model)
            return;
        const int f = cfg_page_->current_function();
        pending_function_ = f >= 0 && f < int(model->functions().size())
                                ? model->functions()[size_t(f)].name
                                : QString();
        session_->load_cfg(shown_target_);
    });
    connect(s, &campaign::Session::cfgFailed, this, [this](qint64 id, const QString& error) {
        if (id != shown_target_)
            return;
        log_->add_message(tr("No control-flow graph: %1").arg(error));
        cfg_page_->show_load_error(error);
        pending_source_file_.clear();
    });
    // The graph page's own target picker: the graph and corpus of another target, page kept.
    connect(cfg_page_, &CfgPage::targetChosen, this, [this](qint64 id) {
        shown_target_ = id;
        target_page_->show_target(id);
        session_->load_target(id);
        cfg_page_->show_loading(id);
        session_->load_cfg(id);
    });
    // Double-clicking a frame of a failure's stack opens the source coverage view at its line
    // (the failure detail shows the plain source on activation too).
    connect(failures_page_->detail()->stack_view(), &QAbstractItemView::doubleClicked, this,
            [this](const QModelIndex& index) {
                const FailureRow* f = failures_page_->detail()->failure();
                StackView* stack = failures_page_->detail()->stack_view();
                const QString file = stack->frame_path(index.row());
                if (!f || f->target_id <= 0 || file.isEmpty())
                    return;
                const int line = stack->frame(index.row()).line;
                show_page(GraphTab);
                if (f->target_id == shown_target_ && cfg_page_->model()) {
                    if (!cfg_page_->open_source_location(file, line))
                        log_->add_message(
                            tr("%1 has no code in the control-flow graph of this target.")
                                .arg(QDir::toNativeSeparators(file)));
                    return;
                }
                pending_source_file_ = file;
                pending_source_line_ = line;
                shown_target_ = f->target_id;
                target_page_->show_target(f->target_id);
                session_->load_target(f->target_id);
                cfg_page_->show_loading(f->target_id);
                session_->load_cfg(f->target_id);
            });
    // A block's smallest input as the harness sees it: a libFuzzer harness's raw bytes, a
    // property's draws printed one by one by the target itself.
    connect(cfg_page_, &CfgPage::smallestInputRequested, this, [this](qint64 corpus_id) {
        const campaign::TargetDetails& d = target_page_->details();
        for (const campaign::CorpusEntry& e : d.corpus) {
            if (e.id != corpus_id)
                continue;
            input_job_->cancel();
            if (d.row.kind == QLatin1String("libfuzzer")) {
                cfg_page_->show_input_bytes(corpus_id,
                                            campaign::exported_input(e.input, d.row.kind));
                return;
            }
            QTimer::singleShot(
                0, this, [this, binary = d.row.binary, name = d.row.name, input = e.input] {
                    if (!input_job_->show(binary, name, {input}))
                        cfg_page_->show_input_text(tr("Another input is being run."));
                });
            return;
        }
        cfg_page_->show_input_text(tr("Input #%1 is not in the loaded corpus.").arg(corpus_id));
    });
    connect(input_job_, &campaign::TargetJob::finished, this,
            [this](const campaign::TargetJobResult& r) {
                if (r.cancelled)
                    return;
                if (!r.ok() || r.examples.empty()) {
                    cfg_page_->show_input_text(r.error);
                    return;
                }
                const campaign::ShownExample& ex = r.examples.front();
                QStringList lines;
                for (const auto& [label, value] : ex.draws)
                    lines << label + QStringLiteral(" = ") + value;
                for (const QString& note : ex.notes)
                    lines << tr("note: %1").arg(note);
                lines << (ex.outcome == QLatin1String("pass")
                              ? tr("(passes; %n draw(s))", nullptr, int(ex.draws.size()))
                              : tr("(%1: %2)").arg(ex.outcome, ex.message));
                cfg_page_->show_input_text(lines.join(QLatin1Char('\n')));
            });
    connect(s, &campaign::Session::log, log_, &LogPane::add_message);
    connect(s, &campaign::Session::workerOutput, this,
            [this](const QString& binary, const QString& line) {
                log_->add_worker_output(binary, line);
                target_page_->add_worker_output(binary, line);
            });

    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("ui/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("ui/state")).toByteArray());
    if (!settings.contains(QStringLiteral("ui/geometry"))) {
        // On a small screen the whole window, status bar and message bar included, stays on it.
        QSize size(1280, 800);
        if (const QScreen* on = screen())
            size = size.boundedTo(on->availableGeometry().size());
        resize(size);
    }
    update_title();
    update_actions();
}

MainWindow::~MainWindow() = default;

void MainWindow::create_actions() {
    open_action_ =
        new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Project…"), this);
    open_action_->setShortcut(QKeySequence::Open);
    open_action_->setStatusTip(tr("Open a build tree and list its fuzz targets"));
    connect(open_action_, &QAction::triggered, this, &MainWindow::open_project_dialog);

    attach_action_ = new QAction(QIcon::fromTheme(QStringLiteral("network-server-database")),
                                 tr("&Follow a Database…"), this);
    attach_action_->setStatusTip(
        tr("Show a campaign that arcwise-cli processes are storing in a database"));
    connect(attach_action_, &QAction::triggered, this, &MainWindow::attach_database_dialog);

    export_report_action_ = new QAction(tr("&Export Campaign Report…"), this);
    connect(export_report_action_, &QAction::triggered, this, &MainWindow::export_report_dialog);
    connect(session_.get(), &campaign::Session::reportExported, this,
            [this](const QString& path, const QString& error) {
                if (!error.isEmpty()) {
                    QMessageBox::warning(this, tr("Export Campaign Report"),
                                         tr("The report could not be written: %1").arg(error));
                    return;
                }
                log_->add_message(tr("Campaign report written: %1").arg(path));
                statusBar()->showMessage(tr("Campaign report written: %1").arg(path), 8000);
            });

    close_action_ = new QAction(tr("&Close Project"), this);
    close_action_->setShortcut(QKeySequence::Close);
    connect(close_action_, &QAction::triggered, this, [this] {
        if (campaign_running_)
            return;
        session_->close();
        targets_model_->set_rows({});
        failures_model_->set_rows({});
        history_.clear();
        dashboard_->refresh();
        last_ = Snapshot{};
        database_label_->clear();
        update_title();
        update_actions();
    });

    quit_action_ =
        new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    quit_action_->setShortcut(QKeySequence::Quit);
    quit_action_->setMenuRole(QAction::QuitRole);
    connect(quit_action_, &QAction::triggered, this, &QWidget::close);

    start_action_ =
        new QAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Start"), this);
    start_action_->setShortcut(Qt::Key_F5);
    start_action_->setStatusTip(tr("Fuzz the targets on the chosen number of cores"));
    start_action_->setObjectName(QStringLiteral("startAction"));
    connect(start_action_, &QAction::triggered, this, &MainWindow::start_campaign);

    pause_action_ =
        new QAction(QIcon::fromTheme(QStringLiteral("media-playback-pause")), tr("&Pause"), this);
    pause_action_->setShortcut(Qt::Key_F6);
    pause_action_->setCheckable(true);
    pause_action_->setObjectName(QStringLiteral("pauseAction"));
    connect(pause_action_, &QAction::triggered, this, &MainWindow::set_paused);

    stop_action_ =
        new QAction(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("S&top"), this);
    stop_action_->setShortcut(Qt::SHIFT | Qt::Key_F5);
    stop_action_->setStatusTip(tr("Stop the workers; failures being shrunk are finished first"));
    stop_action_->setObjectName(QStringLiteral("stopAction"));
    connect(stop_action_, &QAction::triggered, this, &MainWindow::stop_campaign);

    settings_action_ = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")),
                                   tr("&Preferences…"), this);
    settings_action_->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences)
                                   << QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings_action_->setMenuRole(QAction::PreferencesRole);
    connect(settings_action_, &QAction::triggered, this, [this] {
        SettingsDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted) {
            const QVariantMap values = load_campaign_settings();
            cores_->setValue(values.value(QStringLiteral("cores")).toInt());
            session_->set_changed_since(values.value(QStringLiteral("changed-since")).toString());
        }
    });

    find_action_ = new QAction(tr("F&ind Target"), this);
    find_action_->setShortcut(QKeySequence::Find);
    connect(find_action_, &QAction::triggered, this, [this] {
        show_page(TargetsTab);
        targets_page_->focus_filter();
    });

    about_action_ = new QAction(tr("&About Arcwise"), this);
    about_action_->setMenuRole(QAction::AboutRole);
    connect(about_action_, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Arcwise"),
            tr("<h3>Arcwise %1</h3><p>Adaptive, coverage-guided fuzzing of property-based tests "
               "for C and C++.</p><p>Qt %2</p>")
                .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
}

void MainWindow::create_menus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setToolTipsVisible(true); // a greyed-out item says why
    file->addAction(open_action_);
    recent_menu_ = file->addMenu(tr("Open &Recent"));
    file->addAction(attach_action_);
    file->addAction(export_report_action_);
    file->addAction(close_action_);
    file->addSeparator();
    file->addAction(quit_action_);
    update_recent_menu();

    QMenu* campaign = menuBar()->addMenu(tr("&Campaign"));
    campaign->setToolTipsVisible(true);
    campaign->addAction(start_action_);
    campaign->addAction(pause_action_);
    campaign->addAction(stop_action_);
    campaign->addSeparator();
    campaign->addAction(follow_->follow_action());
    campaign->addAction(follow_->fetch_action());

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const std::pair<Page, QString> pages[] = {
        {TargetsTab, tr("&Targets")},    {DashboardTab, tr("&Dashboard")},
        {FailuresTab, tr("&Failures")},  {TargetTab, tr("Tar&get Details")},
        {GraphTab, tr("&Control Flow")}, {HostsTab, tr("&Hosts and Workers")}};
    int key = Qt::Key_1;
    for (const auto& [page, name] : pages) {
        QAction* a = view->addAction(name);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
        connect(a, &QAction::triggered, this, [this, page = page] { show_page(page); });
    }
    view->addSeparator();
    view->addAction(find_action_);
    QAction* log_toggle = log_dock_->toggleViewAction();
    log_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(log_toggle);

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(settings_action_);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(about_action_);
}

void MainWindow::create_toolbar() {
    QToolBar* bar = addToolBar(tr("Campaign"));
    bar->setObjectName(QStringLiteral("campaignToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(open_action_);
    bar->addSeparator();
    bar->addAction(start_action_);
    bar->addAction(pause_action_);
    bar->addAction(stop_action_);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr(" Fuzz "), bar));
    scope_ = new QComboBox(bar);
    scope_->setObjectName(QStringLiteral("scope"));
    scope_->addItem(tr("all targets"));
    scope_->addItem(tr("selected targets"));
    scope_->setToolTip(tr("Which targets Start fuzzes"));
    bar->addWidget(scope_);
    bar->addWidget(new QLabel(tr(" Cores: "), bar));
    cores_ = new QSpinBox(bar);
    cores_->setObjectName(QStringLiteral("cores"));
    // The range and the help are the settings table's, as on the settings page and arcwise-cli.
    const campaign::SettingSpec* cores = campaign::find_setting(QStringLiteral("cores"));
    cores_->setRange(int(cores->minimum), int(cores->maximum));
    cores_->setSpecialValueText(tr("all cores (%1)").arg(QThread::idealThreadCount()));
    cores_->setValue(load_campaign_settings().value(QStringLiteral("cores")).toInt());
    cores_->setToolTip(QCoreApplication::translate("CampaignSettings", cores->help));
    bar->addWidget(cores_);
}

void MainWindow::create_status_bar() {
    state_label_ = new QLabel(this);
    executions_label_ = new QLabel(this);
    executions_label_->setObjectName(QStringLiteral("executionsLabel"));
    failures_label_ = new QLabel(this);
    database_label_ = new QLabel(this);
    database_label_->setMaximumWidth(420);
    database_label_->setEnabled(false);
    database_label_->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(state_label_);
    statusBar()->addWidget(executions_label_);
    statusBar()->addWidget(failures_label_);
    health_label_ = new QLabel(this);
    health_label_->setObjectName(QStringLiteral("healthLabel"));
    statusBar()->addWidget(health_label_);
    // Shown while the last campaign has faults; a click shows the bar again after it was closed.
    fault_indicator_ = new QToolButton(this);
    fault_indicator_->setObjectName(QStringLiteral("faultIndicator"));
    fault_indicator_->setAutoRaise(true);
    fault_indicator_->setCheckable(true);
    fault_indicator_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    fault_indicator_->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    fault_indicator_->setText(tr("The campaign could not do its work"));
    fault_indicator_->hide();
    connect(fault_indicator_, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            show_faults();
        else
            fault_bar_->hide();
    });
    statusBar()->addWidget(fault_indicator_);
    statusBar()->addWidget(follow_->status_label());
    statusBar()->addPermanentWidget(database_label_);
}

void MainWindow::launch(const LaunchOptions& options) {
    pending_launch_ = options;
    if (options.cores >= 0)
        cores_->setValue(options.cores);
    if (options.project.isEmpty() && options.database_url.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("ui/lastProject")).toString();
        if (!options.reopen_last || last.isEmpty() || !QFileInfo(last).isDir())
            return;
        reopen_page_ = QSettings().value(QStringLiteral("ui/lastPage"), int(TargetsTab)).toInt();
        if (reopen_page_ < 0 || reopen_page_ >= tabs_->count())
            reopen_page_ = TargetsTab;
        open_project(last);
        return;
    }
    start_when_open_ = options.start;
    open_project(options.project, options.database_url);
}

void MainWindow::open_project(const QString& path, const QString& database_url) {
    if (campaign_running_) {
        show_error(tr("A campaign is running"),
                   tr("Stop the running campaign before opening another project."));
        return;
    }
    targets_model_->set_rows({});
    failures_model_->set_rows({});
    history_.clear();
    last_ = Snapshot{};
    reported_broken_.clear();
    target_page_->clear();
    QString url = database_url;
    if (url.isEmpty())
        url = load_campaign_settings().value(QStringLiteral("db")).toString();
    log_->add_message(path.isEmpty() ? tr("Following %1…").arg(url) : tr("Opening %1…").arg(path));
    session_->set_changed_since(
        load_campaign_settings().value(QStringLiteral("changed-since")).toString());
    session_->open(path, url);
}

void MainWindow::open_project_dialog() {
    // Where the user works: the open project's folder, else the last one opened from.
    const QString start = !session_->project().isEmpty()
                              ? QFileInfo(session_->project()).absolutePath()
                              : QSettings().value(QStringLiteral("ui/lastDirectory")).toString();
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Open a project (a build tree)"), start);
    if (dir.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("ui/lastDirectory"), QFileInfo(dir).absolutePath());
    open_project(dir);
}

void MainWindow::attach_database_dialog() {
    bool ok = false;
    const QString url = QInputDialog::getText(
        this, tr("Follow a database"),
        tr("Database URL (a SQLite file, or postgresql://user@host/db) that arcwise-cli "
           "campaigns are storing into:"),
        QLineEdit::Normal, session_->database_url(), &ok);
    if (ok && !url.trimmed().isEmpty())
        open_project(QString(), url.trimmed());
}

void MainWindow::start_campaign() {
    if (!session_->is_open()) {
        show_error(tr("No project"), tr("Open a project before starting a campaign."));
        return;
    }
    campaign::CampaignOptions options;
    QString error;
    if (!campaign::apply_settings(load_campaign_settings(), options, &error)) {
        show_error(tr("Invalid settings"), error);
        return;
    }
    options.cores = cores_->value();
    options.duration_ms = pending_launch_.duration_ms;
    options.targets = pending_launch_.targets;
    pending_launch_.duration_ms = 0;
    if (scope_->currentIndex() == 1) {
        const QStringList names = targets_page_->selected_names();
        if (names.isEmpty()) {
            show_error(tr("No target selected"),
                       tr("Select the targets to fuzz in the target list, or fuzz all targets."));
            return;
        }
        options.targets = names;
    }
    clear_faults(); // a new campaign: the last one's faults are history (and in the log)
    state_label_->setText(tr("Starting…"));
    start_action_->setEnabled(false);
    session_->set_changed_since(
        load_campaign_settings().value(QStringLiteral("changed-since")).toString());
    session_->start(options, /*follow_branch=*/follow_->follow());
}

void MainWindow::set_paused(bool paused) {
    session_->set_paused(paused);
}

void MainWindow::stop_campaign() {
    stop_action_->setEnabled(false);
    state_label_->setText(tr("Stopping…"));
    session_->stop();
}

void MainWindow::show_page(Page page) {
    tabs_->setCurrentIndex(page);
}

void MainWindow::apply_snapshot(const Snapshot& snap) {
    const bool was_running = last_.running;
    last_ = snap;
    last_.failures.clear(); // kept by the model
    campaign_running_ = snap.running;
    targets_model_->set_rows(snap.targets, snap.at_ms);
    history_.add(snap.new_stats);
    hosts_page_->apply(snap);
    {
        const campaign::ScalingHint& h = snap.scaling;
        const QLocale locale;
        dashboard_->set_scaling(
            snap.targets.empty()
                ? QString()
                : (snap.running ? tr("Now: %1 new behaviours a minute, %2 per core-minute. %3")
                                : tr("When it was last fuzzed: %1 new behaviours a minute, %2 "
                                     "per core-minute. %3"))
                      .arg(locale.toString(h.per_minute, 'f', 1),
                           locale.toString(h.per_core_minute, 'f', 2), h.reason),
            tr("Estimates checked against what happened: %n time(s); median wait %1x the "
               "predicted (0.69x when calibrated), %2% within 2x.",
               nullptr, h.calibration.observations)
                .arg(locale.toString(h.calibration.median_ratio, 'f', 2))
                .arg(qRound(h.calibration.within_2x * 100)));
    }
    // A failure being shrunk that is shown in the detail: when the stored one replaces it, the
    // selection follows.
    std::optional<FailureRow> shown_shrinking;
    if (const FailureRow* shown = failures_page_->detail()->failure(); shown && shown->id < 0)
        shown_shrinking = *shown;
    if (snap.failures_changed) {
        failures_model_->set_rows(snap.failures);
        history_.set_failures(snap.failures);
    }
    const bool shrinks = !snap.shrinking.empty() || !last_shrinking_empty_;
    last_shrinking_empty_ = snap.shrinking.empty();
    failures_model_->set_shrinking(snap.shrinking);
    if (shown_shrinking)
        follow_shrunk_failure(*shown_shrinking);
    if (snap.failures_changed || shrinks)
        failures_page_->refresh_detail();
    if (!snap.targets.empty() && !reopen_target_.isEmpty()) {
        select_target(reopen_target_);
        reopen_target_.clear();
    }
    if (!pending_recent_.isEmpty() && !snap.targets.empty()) {
        remember_recent(pending_recent_);
        QSettings().setValue(QStringLiteral("ui/lastProject"), pending_recent_);
        pending_recent_.clear();
    }
    if (tabs_->currentIndex() == DashboardTab)
        dashboard_->refresh();
    target_page_->update_progress(snap.targets);
    std::vector<std::pair<qint64, QString>> graph_targets;
    graph_targets.reserve(snap.targets.size());
    for (const campaign::TargetProgress& p : snap.targets)
        graph_targets.emplace_back(p.row.id, p.row.name);
    cfg_page_->set_targets(graph_targets);

    for (const campaign::TargetProgress& p : snap.targets) {
        if (p.row.status == QLatin1String(campaign::kStatusBroken) &&
            !reported_broken_.contains(p.row.binary)) {
            reported_broken_.insert(p.row.binary);
            show_error(tr("A fuzz binary cannot be used"),
                       tr("%1 cannot be fuzzed:\n\n%2\n\nIts targets are marked broken; the "
                          "others go on.")
                           .arg(shown_line(p.row.binary), shown_lines(p.row.status_message)));
        }
    }

    int failing = 0;
    for (int row = 0; row < failures_model_->rowCount(); ++row)
        if (const FailureRow* f = failures_model_->row_at(row);
            f && f->status != QLatin1String(campaign::kFailureFixed))
            ++failing;
    update_state_label();
    // Live or clearly not: a speed only while something is being fuzzed.
    executions_label_->setText(
        snap.execs_per_second > 0 && !snap.paused
            ? tr("%1 executions · %2 exec/s")
                  .arg(short_count(double(snap.total_executions)),
                       short_count(snap.execs_per_second))
            : tr("%1 executions").arg(short_count(double(snap.total_executions))));
    failures_label_->setText(tr("%n open failure(s)", nullptr, failing));
    update_health_label(snap);
    if (was_running != snap.running)
        update_actions();
    pause_action_->setChecked(snap.paused);
    Q_EMIT snapshotShown();
}

void MainWindow::update_health_label(const Snapshot& snap) {
    QStringList parts;
    if (snap.campaign_fuzz_ms > 0)
        parts << tr("fuzzed %1").arg(campaign::duration_text(snap.campaign_fuzz_ms));
    if (snap.last_coverage_ms > 0)
        parts << tr("new coverage %1 ago")
                     .arg(campaign::duration_text(snap.at_ms - snap.last_coverage_ms));
    if (snap.last_failure_ms > 0)
        parts << tr("last failure %1 ago")
                     .arg(campaign::duration_text(snap.at_ms - snap.last_failure_ms));
    QStringList warnings;
    for (const campaign::TargetProgress& p : snap.targets)
        for (const QString& w : p.warnings)
            warnings << tr("%1: %2").arg(shown_line(p.row.name), w);
    if (!warnings.isEmpty())
        parts << tr("⚠ %n warning(s)", nullptr, int(warnings.size()));
    health_label_->setText(parts.join(QStringLiteral(" · ")));
    health_label_->setToolTip(
        warnings.isEmpty()
            ? tr("How long the campaign here has fuzzed, and how long ago any target last found "
                 "new coverage and last failed")
            : plain_tool_tip(warnings.join(QLatin1Char('\n'))));
}

void MainWindow::follow_shrunk_failure(const FailureRow& shrinking) {
    for (int row = 0; row < failures_model_->rowCount(); ++row)
        if (const FailureRow* f = failures_model_->row_at(row); f && f->id == shrinking.id)
            return; // still being shrunk
    // The stored failure of that target found since (same signature, or the shrinker's).
    const FailureRow* best = nullptr;
    for (int row = 0; row < failures_model_->rowCount(); ++row) {
        const FailureRow* f = failures_model_->row_at(row);
        if (!f || f->id <= 0 || f->target_id != shrinking.target_id)
            continue;
        if (f->signature == shrinking.signature) {
            best = f;
            break;
        }
        if (f->last_seen_ms >= shrinking.first_seen_ms && (!best || f->id > best->id))
            best = f;
    }
    if (best)
        failures_page_->select_failure(best->id);
}

void MainWindow::update_state_label() {
    const Snapshot& snap = last_;
    if (snap.stopping)
        state_label_->setText(tr("Stopping: finishing the failures being shrunk…"));
    else if (snap.paused)
        state_label_->setText(tr("Paused"));
    else if (snap.running)
        state_label_->setText(faults_.isEmpty() ? tr("Fuzzing")
                                                : tr("Fuzzing, but not doing all its work"));
    else {
        bool anyone = false;
        for (const auto& p : snap.targets)
            anyone = anyone || p.running;
        state_label_->setText(anyone              ? tr("Following: another process is fuzzing")
                              : faults_.isEmpty() ? tr("Idle")
                                                  : tr("Finished with faults"));
    }
}

void MainWindow::add_fault(const QString& fault) {
    if (faults_.contains(fault))
        return;
    faults_ << fault;
    log_->add_warning(tr("The campaign could not do its work: %1").arg(fault));
    fault_indicator_->setToolTip(plain_tool_tip(faults_.join(QLatin1Char('\n'))));
    fault_indicator_->show();
    // Shown again, with every fault, even if the user closed it for an earlier one.
    fault_indicator_->setChecked(true);
    show_faults();
    if (!last_.running)
        update_state_label();
}

void MainWindow::show_faults() {
    QStringList lines;
    for (const QString& fault : faults_) {
        // The campaign's sentences are written to follow "arcwise-cli: "; here each is a line of
        // its own. A fault may quote a target (why its worker could not start).
        QString line = shown_line(fault);
        if (!line.isEmpty())
            line[0] = line[0].toUpper();
        lines << line;
    }
    fault_bar_->show_message(tr("The campaign could not do its work"), lines);
}

void MainWindow::clear_faults() {
    faults_.clear();
    fault_bar_->clear();
    fault_indicator_->hide();
    fault_indicator_->setChecked(false);
    fault_indicator_->setToolTip(QString());
}

void MainWindow::export_report_dialog() {
    const QString dir = session_->project().isEmpty() ? QDir::homePath() : session_->project();
    const QString name = QFileInfo(dir).fileName().isEmpty()
                             ? QStringLiteral("campaign-report.html")
                             : QFileInfo(dir).fileName() + QStringLiteral("-report.html");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Campaign Report"), QDir(dir).filePath(name), tr("HTML pages (*.html)"));
    if (!path.isEmpty())
        session_->export_report(path, QCoreApplication::applicationVersion());
}

void MainWindow::update_actions() {
    const bool open = session_->is_open();
    const bool has_project = open && !session_->project().isEmpty();
    start_action_->setEnabled(has_project && !campaign_running_);
    pause_action_->setEnabled(campaign_running_ && !last_.stopping);
    stop_action_->setEnabled(campaign_running_ && !last_.stopping);
    open_action_->setEnabled(!campaign_running_);
    attach_action_->setEnabled(!campaign_running_);
    close_action_->setEnabled(open && !campaign_running_);
    export_report_action_->setEnabled(open);
    recent_menu_->setEnabled(!campaign_running_);
    cores_->setEnabled(!campaign_running_);
    scope_->setEnabled(!campaign_running_);
    // A greyed-out item says why, in its tool tip and in the status bar.
    const QString running = tr("Stop the campaign first: it is running on this project.");
    const auto why = [](QAction* action, const QString& enabled_tip, const QString& reason) {
        const QString tip = action->isEnabled() ? enabled_tip : reason;
        action->setToolTip(tip);
        action->setStatusTip(tip);
    };
    why(open_action_, tr("Open a build tree with fuzz targets"), running);
    why(attach_action_, tr("Follow a database that arcwise-cli campaigns fill"), running);
    why(close_action_, tr("Close the project"), open ? running : tr("No project is open."));
    why(export_report_action_,
        tr("Write the campaign as one HTML page to hand over: summary, coverage over time, "
           "coverage by file, top blockers and failures"),
        tr("No project is open."));
    why(start_action_, tr("Start fuzzing the project's targets"),
        campaign_running_ ? tr("A campaign is running already.")
        : !open           ? tr("Open a project first (File ▸ Open Project…).")
                          : tr("This window follows a database: open the project directory "
                                         "to fuzz its targets here."));
    const QString no_campaign =
        last_.stopping ? tr("The campaign is stopping.") : tr("No campaign is running here.");
    why(pause_action_, tr("Stop the workers where they are, and go on later"), no_campaign);
    why(stop_action_, tr("End the campaign; failures being shrunk are finished first"),
        no_campaign);
    recent_menu_->setToolTip(campaign_running_ ? running : QString());
    recent_menu_->menuAction()->setStatusTip(campaign_running_ ? running : QString());
    cores_->setToolTip(
        campaign_running_
            ? running
            : QCoreApplication::translate("CampaignSettings",
                                          campaign::find_setting(QStringLiteral("cores"))->help));
    scope_->setToolTip(campaign_running_ ? running : tr("Which targets Start fuzzes"));
    if (!campaign_running_ && !open)
        state_label_->setText(tr("No project"));
}

void MainWindow::update_title() {
    const QString what =
        session_->project().isEmpty() ? session_->database_url() : session_->project();
    setWindowTitle(what.isEmpty() ? tr("Arcwise") : tr("%1 — Arcwise").arg(what));
}

void MainWindow::update_recent_menu() {
    recent_menu_->clear();
    const QStringList recent =
        QSettings().value(QStringLiteral("ui/recentProjects")).toStringList();
    for (const QString& path : recent) {
        QAction* a = recent_menu_->addAction(path);
        connect(a, &QAction::triggered, this, [this, path] { open_project(path); });
    }
    if (recent.isEmpty())
        recent_menu_->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::remember_recent(const QString& path) {
    if (path.isEmpty())
        return;
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("ui/recentProjects")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("ui/recentProjects"), recent);
    update_recent_menu();
}

void MainWindow::show_error(const QString& title, const QString& text) {
    // Not modal to the event loop: the campaign goes on being shown while the user reads it.
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorDialog"));
    // Errors quote paths and targets (why a binary cannot be fuzzed): never markup.
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void MainWindow::open_target(qint64 target_id) {
    shown_target_ = target_id;
    target_page_->show_target(target_id);
    session_->load_target(target_id);
    cfg_page_->show_loading(target_id);
    session_->load_cfg(target_id);
    show_page(TargetTab);
}

void MainWindow::select_target(const QString& name) {
    QTableView* view = targets_page_->view();
    const QAbstractItemModel* model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, campaign::TargetsModel::Name);
        if (index.data().toString() == name) {
            view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
            view->scrollTo(index);
            return;
        }
    }
}

void MainWindow::update_dashboard_selection() {
    dashboard_->set_selection(targets_page_->selected_ids(), targets_page_->selected_names());
    dashboard_->refresh();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("ui/state"), saveState());
    if (campaign_running_ && !closing_) {
        // Let the campaign store what it has and finish shrinking; close when it has finished.
        closing_ = true;
        log_->add_message(tr("Stopping the campaign before quitting…"));
        stop_campaign();
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace arcwise::ui
