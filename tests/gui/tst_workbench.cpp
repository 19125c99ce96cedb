// The workbench end to end, offscreen: open a project holding a real instrumented binary, start a
// short campaign, see a failure appear in the failures view, open its detail (printed example,
// input, stack), minimise it further and reproduce it through real processes; pause and resume;
// open a target's page with its corpus and smallest examples; error dialogs for a missing project
// and an unreachable database; a campaign in which no worker can start shows that fault in a bar
// above the pages and in the status bar until a new campaign starts; a second window follows the
// database the first one fills.

#include "campaign/campaign_settings.h"
#include "campaign/models.h"
#include "cfg/cfg_page.h"
#include "pages/failure_detail.h"
#include "pages/failures_page.h"
#include "pages/log_pane.h"
#include "pages/main_window.h"
#include "pages/settings_dialog.h"
#include "pages/target_page.h"
#include "pages/targets_page.h"
#include "widgets/hex_view.h"
#include "widgets/message_bar.h"
#include "widgets/source_view.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace arcwise;
using arcwise::ui::MainWindow;

namespace {

const QString kTargets = QStringLiteral(ARCWISE_TARGETS_DIR);

bool copy_binary(const QString& from, const QString& to) {
    QFile::remove(to);
    return QFile::copy(from, to) &&
           QFile::setPermissions(to, QFile::permissions(to) | QFile::ExeOwner | QFile::ExeUser);
}

QMessageBox* error_dialog(QWidget* window) {
    return window->findChild<QMessageBox*>(QStringLiteral("errorDialog"));
}

// Shows the window and starts a one-core campaign on a project holding only broken_start, whose
// worker cannot start. False when the binary cannot be copied into `project`.
bool launchBrokenStart(MainWindow& w, const QTemporaryDir& project, qint64 duration_ms) {
    if (!copy_binary(kTargets + QStringLiteral("/broken_start"),
                     project.filePath(QStringLiteral("broken_start"))))
        return false;
    w.show();
    ui::LaunchOptions launch;
    launch.project = project.path();
    launch.start = true;
    launch.duration_ms = duration_ms;
    launch.cores = 1;
    w.launch(launch);
    return true;
}

} // namespace

class TestWorkbench : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(project_.isValid());
        QVERIFY(copy_binary(kTargets + QStringLiteral("/sdk_props"),
                            project_.filePath(QStringLiteral("sdk_props"))));
        // Short slices and a short time limit: the test's campaign is seconds long.
        QVariantMap settings = ui::load_campaign_settings();
        settings[QStringLiteral("slice")] = QStringLiteral("1");
        settings[QStringLiteral("timeout")] = QStringLiteral("2");
        settings[QStringLiteral("seed")] = QStringLiteral("3");
        ui::save_campaign_settings(settings);
    }

    void missingProjectShowsAnError() {
        MainWindow w;
        w.show();
        w.open_project(project_.filePath(QStringLiteral("no-such-dir")));
        QTRY_VERIFY_WITH_TIMEOUT(error_dialog(&w) != nullptr, 10000);
        QVERIFY(error_dialog(&w)->text().contains(QStringLiteral("no-such-dir")));
        QVERIFY(!w.session().is_open());
    }

    void unreachableDatabaseShowsAnError() {
        MainWindow w;
        w.show();
        w.open_project(project_.path(), QStringLiteral("postgresql://nobody@127.0.0.1:1/arcwise"));
        QTRY_VERIFY_WITH_TIMEOUT(error_dialog(&w) != nullptr, 20000);
        QVERIFY2(error_dialog(&w)->text().contains(QStringLiteral("127.0.0.1")),
                 qPrintable(error_dialog(&w)->text()));
    }

    void brokenBinaryShowsAnError() {
        QTemporaryDir project;
        MainWindow w;
        QVERIFY(launchBrokenStart(w, project, /*duration_ms=*/20000));
        QTRY_VERIFY_WITH_TIMEOUT(error_dialog(&w) != nullptr, 60000);
        QVERIFY2(error_dialog(&w)->text().contains(QStringLiteral("cannot find its configuration")),
                 qPrintable(error_dialog(&w)->text()));
        QTRY_VERIFY_WITH_TIMEOUT(!w.last_snapshot().running, 60000);
    }

    void noWorkerCouldStartIsShownUntilANewCampaign() {
        QTemporaryDir project;
        MainWindow w;
        QVERIFY(launchBrokenStart(w, project, /*duration_ms=*/60000));
        ui::MessageBar* bar = w.fault_bar();
        QToolButton* indicator = w.fault_indicator();
        QVERIFY(bar->isHidden());
        QVERIFY(indicator->isHidden());
        // The binary is marked broken; the user stops the campaign that cannot fuzz anything.
        QTRY_VERIFY_WITH_TIMEOUT(error_dialog(&w) != nullptr, 60000);
        error_dialog(&w)->close();
        w.stop_campaign();

        // The campaign's fault, the moment it has one: above the pages, whichever is shown, in
        // the status bar and in the log.
        QTRY_VERIFY_WITH_TIMEOUT(!w.campaign_faults().isEmpty(), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!w.last_snapshot().running, 60000);
        QVERIFY2(w.campaign_faults().first().contains(QStringLiteral("no worker could start")),
                 qPrintable(w.campaign_faults().join(QLatin1Char('\n'))));
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QStringLiteral("No worker could start, so nothing was "
                                                     "fuzzed")),
                 qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(QStringLiteral("cannot find its configuration")),
                 qPrintable(bar->text()));
        QVERIFY(indicator->isVisible());
        QVERIFY(indicator->isChecked());
        QVERIFY(w.log_pane()->text().contains(QStringLiteral("no worker could start")));
        QVERIFY(w.log_pane()->text().contains(
            QStringLiteral("Campaign finished; it could not do all its work")));
        w.show_page(MainWindow::FailuresTab);
        QVERIFY(bar->isVisible());

        // Closed by the user: the status bar still says so, and shows it again.
        bar->close_button()->click();
        QVERIFY(bar->isHidden());
        QVERIFY(indicator->isVisible());
        QVERIFY(!indicator->isChecked());
        indicator->click();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->text().contains(QStringLiteral("No worker could start")));

        // A new campaign starts without the old one's faults.
        QSignalSpy finished(&w.session(), &campaign::Session::campaignFinished);
        QSignalSpy failed(&w.session(), &campaign::Session::campaignFailed);
        w.start_campaign();
        QVERIFY(w.campaign_faults().isEmpty());
        QVERIFY(bar->isHidden());
        QVERIFY(indicator->isHidden());
        // It ends by itself (its one target is broken): nothing is left running.
        w.stop_campaign();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, 60000);
    }

    void campaignFindsAndMinimisesAFailure() {
        MainWindow w;
        w.show();
        ui::LaunchOptions launch;
        launch.project = project_.path();
        launch.start = true;
        launch.duration_ms = 60000;
        launch.cores = 1;
        launch.targets = {QStringLiteral("Modes.AssertEq"), QStringLiteral("Modes.Passes")};
        w.launch(launch);

        // The target browser lists the binary's targets; the campaign starts by itself.
        QAbstractItemModel* targets = w.targets_page()->view()->model();
        QTRY_VERIFY_WITH_TIMEOUT(targets->rowCount() >= 7, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(w.last_snapshot().running, 30000);

        // A failure appears in the failures view, shrunk.
        QTableView* failures = w.failures_page()->view();
        QTRY_VERIFY_WITH_TIMEOUT(failures->model()->rowCount() > 0, 90000);
        QTRY_VERIFY_WITH_TIMEOUT(!failures->model()
                                      ->index(0, campaign::FailuresModel::Target)
                                      .data()
                                      .toString()
                                      .isEmpty(),
                                 5000);

        // Pause and resume.
        w.set_paused(true);
        QTRY_VERIFY_WITH_TIMEOUT(w.last_snapshot().paused, 10000);
        w.set_paused(false);
        QTRY_VERIFY_WITH_TIMEOUT(!w.last_snapshot().paused, 10000);

        // Its detail: the printed minimal example, the input, the message.
        w.show_page(MainWindow::FailuresTab);
        failures->setCurrentIndex(failures->model()->index(0, 0));
        ui::FailureDetail* detail = w.failures_page()->detail();
        QVERIFY(detail->failure_id().has_value());
        QTRY_VERIFY(detail->example_view()->toPlainText().contains(
            QStringLiteral("Falsifying example: Modes.AssertEq")));
        QVERIFY(detail->example_view()->toPlainText().contains(QStringLiteral("a = 0")));
        QVERIFY(!detail->hex_view()->data().isEmpty());
        // The failed check's source is shown at its line.
        QVERIFY2(detail->source_view()->file().endsWith(QStringLiteral("sdk_props.cc")),
                 qPrintable(detail->source_view()->file()));
        QVERIFY(detail->source_view()->line() > 0);

        // Minimise further: a real shrink in a fresh process, with an end.
        QSignalSpy job(detail, &ui::FailureDetail::jobFinished);
        detail->set_minimize_seconds(10);
        detail->minimize();
        QVERIFY(detail->job_running());
        QVERIFY(job.wait(60000));
        auto result = job.takeFirst().at(0).value<campaign::TargetJobResult>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.still_fails);
        QVERIFY(!detail->job_running());

        // Reproduce: the target runs once and its output is shown.
        detail->reproduce();
        QVERIFY(job.wait(60000));
        result = job.takeFirst().at(0).value<campaign::TargetJobResult>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.still_fails);
        QVERIFY(!detail->output_view()->toPlainText().isEmpty());
        QVERIFY(detail->job_status()->text().contains(QStringLiteral("Still fails")));

        // Status set in place goes to the database and comes back.
        const QModelIndex status = failures->model()->index(0, campaign::FailuresModel::Status);
        QVERIFY(failures->model()->setData(status, QStringLiteral("confirmed")));
        QTRY_COMPARE_WITH_TIMEOUT(status.data(campaign::SortRole).toString(),
                                  QStringLiteral("confirmed"), 10000);

        // Export and regression file.
        QTemporaryDir out;
        const QString exported = out.filePath(QStringLiteral("input.bin"));
        detail->export_input(exported);
        QVERIFY(QFileInfo(exported).size() > 0);
        detail->write_regression();
        QVERIFY(QDir(project_.filePath(QStringLiteral(".arcwise/regressions/Modes.AssertEq")))
                    .entryList(QDir::Files)
                    .size() > 0);

        // A target's page: corpus and the smallest examples, printed.
        QTableView* view = w.targets_page()->view();
        int row = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r)
            if (view->model()->index(r, campaign::TargetsModel::Name).data().toString() ==
                QLatin1String("Modes.Passes"))
                row = r;
        QVERIFY(row >= 0);
        Q_EMIT view->activated(view->model()->index(row, 0));
        ui::TargetPage* page = w.target_page();
        QCOMPARE(w.tabs()->currentIndex(), int(MainWindow::TargetTab));
        QTRY_VERIFY_WITH_TIMEOUT(page->corpus_table()->rowCount() > 0, 20000);
        QSignalSpy shown(page, &ui::TargetPage::examplesShown);
        page->show_examples();
        QVERIFY(shown.wait(60000));
        QVERIFY(page->examples_tree()->topLevelItemCount() > 0);
        QVERIFY(page->examples_tree()->topLevelItem(0)->childCount() > 0);
        QCOMPARE(page->examples_tree()->topLevelItem(0)->child(0)->text(0), QStringLiteral("xs"));

        // Its control-flow graph: loaded off the GUI thread, drawn, and a reached block's
        // smallest input printed by the target itself.
        ui::CfgPage* cfg = w.cfg_page();
        QTRY_VERIFY_WITH_TIMEOUT(cfg->model() != nullptr, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(cfg->current_function() >= 0 && !cfg->layout_pending(), 30000);
        const int xs_function = cfg->model()->find_function(
            QStringLiteral("(anonymous namespace)::ArcwiseTest_Modes_Passes::run()"));
        int reached = -1;
        for (const campaign::CfgBlock& b : cfg->model()->blocks())
            if (b.hits > 0 && cfg->model()->smallest_input(b.id) >= 0 &&
                (xs_function < 0 || b.function == xs_function)) {
                reached = b.id;
                break;
            }
        QVERIFY(reached >= 0);
        cfg->show_function(cfg->model()->blocks()[size_t(reached)].function);
        QTRY_VERIFY_WITH_TIMEOUT(!cfg->layout_pending(), 30000);
        cfg->select_block(reached);
        QTRY_VERIFY_WITH_TIMEOUT(cfg->input_view()->toPlainText().contains(QStringLiteral(" = ")),
                                 30000);

        // Stop: the campaign ends and the window says so.
        w.stop_campaign();
        QTRY_VERIFY_WITH_TIMEOUT(!w.last_snapshot().running, 60000);
        QVERIFY(w.log_pane()->text().contains(QStringLiteral("Campaign finished")));
    }

    void secondWindowFollowsTheDatabase() {
        // What the previous test stored is there when the database is followed without the
        // project (as from another host).
        MainWindow w;
        w.show();
        w.open_project(QString(), project_.filePath(QStringLiteral(".arcwise/arcwise.sqlite")));
        QTRY_VERIFY_WITH_TIMEOUT(w.targets_page()->view()->model()->rowCount() >= 7, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(w.failures_page()->view()->model()->rowCount() > 0, 20000);
        QVERIFY(w.last_snapshot().following);
        QVERIFY(w.last_snapshot().total_executions > 0);
    }

    void settingsDialogStoresValues() {
        ui::SettingsDialog dialog;
        auto* cores = dialog.findChild<QSpinBox*>(QStringLiteral("setting_cores"));
        QVERIFY(cores);
        cores->setValue(3);
        dialog.accept();
        QCOMPARE(ui::load_campaign_settings().value(QStringLiteral("cores")).toString(),
                 QStringLiteral("3"));
    }

    void settingsEditorsHaveTheTablesRanges() {
        // The settings page and the toolbar's cores declare no range of their own.
        ui::SettingsDialog dialog;
        for (const campaign::SettingSpec& s : campaign::campaign_settings()) {
            const QString name = QStringLiteral("setting_") + QString::fromLatin1(s.key);
            QWidget* editor = dialog.findChild<QWidget*>(name);
            QCOMPARE(editor != nullptr, s.stored); // a run's duration is not a stored setting
            if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
                QCOMPARE(spin->minimum(), int(s.minimum));
                QCOMPARE(spin->maximum(), int(s.maximum));
            } else if (auto* dspin = qobject_cast<QDoubleSpinBox*>(editor)) {
                QCOMPARE(dspin->minimum(), s.minimum);
                QCOMPARE(dspin->maximum(), s.maximum);
            }
        }
        ui::MainWindow w;
        auto* cores = w.findChild<QSpinBox*>(QStringLiteral("cores"));
        QVERIFY(cores);
        const campaign::SettingSpec* spec = campaign::find_setting(QStringLiteral("cores"));
        QCOMPARE(cores->minimum(), int(spec->minimum));
        QCOMPARE(cores->maximum(), int(spec->maximum));
    }

private:
    QTemporaryDir project_;
};

int main(int argc, char** argv) {
    // The test's settings stay in a directory of its own.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ArcwiseTests"));
    QApplication::setApplicationName(QStringLiteral("tst_workbench"));
    TestWorkbench test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workbench.moc"
