// The workbench end to end, offscreen: open a project holding a real instrumented binary, start a
// short campaign, see a failure appear in the failures view, open its detail (printed example,
// input, stack), minimise it further and reproduce it through real processes; pause and resume;
// open a target's page with its corpus and smallest examples; error dialogs for a missing project
// and an unreachable database; a campaign in which no worker can start shows that fault in a bar
// above the pages and in the status bar until a new campaign starts; the last project reopens
// with its page and selected target, and a folder without targets gets no database; a harness's
// regression file, replayed by the CTest line the workbench gives, fails under ctest as the harness
// did; a second window follows the database the first one fills.

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
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
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
        // Persistent: rows of failures being shrunk come and go meanwhile.
        const QPersistentModelIndex status =
            failures->model()->index(0, campaign::FailuresModel::Status);
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

        // File > Export Campaign Report: the same self-contained page as arcwise-cli report
        // --format html, with the failure found.
        const QString report = project_.filePath(QStringLiteral("report.html"));
        QSignalSpy written(&w.session(), &campaign::Session::reportExported);
        w.session().export_report(report, QStringLiteral("0.1.0"));
        QVERIFY(written.wait(120000));
        QCOMPARE(written.first().at(1).toString(), QString());
        QFile html(report);
        QVERIFY(html.open(QIODevice::ReadOnly));
        const QByteArray written_page = html.readAll();
        QVERIFY(written_page.startsWith("<!DOCTYPE html>"));
        QVERIFY(written_page.contains("Modes.AssertEq"));
        QVERIFY(w.log_pane()->text().contains(QStringLiteral("Campaign report written")));
    }

    void failureIsListedWhileItShrinks() {
        // Modes.Hang hangs for x = 7: reproducing it alone takes the whole time limit, so its
        // shrink lasts seconds, longer than a snapshot apart.
        QVERIFY(copy_binary(kTargets + QStringLiteral("/sdk_props"),
                            second_.filePath(QStringLiteral("sdk_props"))));
        MainWindow w;
        w.show();
        ui::LaunchOptions launch;
        launch.project = second_.path();
        launch.start = true;
        launch.duration_ms = 120000;
        launch.cores = 1;
        launch.targets = {QStringLiteral("Modes.Hang")};
        w.launch(launch);
        QTRY_VERIFY_WITH_TIMEOUT(w.last_snapshot().running, 30000);

        // The failure is listed the moment it is found, as "shrinking", with its raw input.
        QTableView* failures = w.failures_page()->view();
        const auto shrinking_row = [failures] {
            for (int row = 0; row < failures->model()->rowCount(); ++row)
                if (failures->model()
                        ->index(row, campaign::FailuresModel::Status)
                        .data(campaign::SortRole)
                        .toString() == QLatin1String(campaign::kFailureShrinking))
                    return row;
            return -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(shrinking_row() >= 0, 90000);
        w.show_page(MainWindow::FailuresTab);
        failures->setCurrentIndex(failures->model()->index(shrinking_row(), 0));
        ui::FailureDetail* detail = w.failures_page()->detail();
        QVERIFY(detail->failure() && detail->failure()->id < 0);
        QVERIFY(detail->shrink_progress()->isVisible());
        QVERIFY(!detail->hex_view()->data().isEmpty());
        QVERIFY(detail->findChild<QLabel*>(QStringLiteral("failureTitle"))
                    ->text()
                    .contains(QStringLiteral("being shrunk")));
        QVERIFY(!detail->findChild<QPushButton*>(QStringLiteral("minimizeButton"))->isEnabled());

        // Replaced by the minimal example when the shrink ends; the selection follows it.
        QTRY_VERIFY_WITH_TIMEOUT(detail->failure_id().value_or(-1) > 0, 120000);
        QCOMPARE(shrinking_row(), -1);
        QVERIFY(!detail->shrink_progress()->isVisible());
        QTRY_VERIFY(detail->example_view()->toPlainText().contains(QStringLiteral("x = 7")));

        // Paused: no speed anywhere.
        QLabel* executions = w.findChild<QLabel*>(QStringLiteral("executionsLabel"));
        QVERIFY(executions);
        w.set_paused(true);
        QTRY_VERIFY_WITH_TIMEOUT(w.last_snapshot().paused, 10000);
        QTRY_VERIFY(!executions->text().contains(QStringLiteral("exec/s")));
        QTRY_VERIFY(noSpeed(w));
        w.set_paused(false);
        QTRY_VERIFY_WITH_TIMEOUT(!w.last_snapshot().paused, 10000);

        // Stopped: no speed, no rate of new features.
        w.stop_campaign();
        QTRY_VERIFY_WITH_TIMEOUT(!w.last_snapshot().running, 60000);
        QTRY_VERIFY(!executions->text().contains(QStringLiteral("exec/s")));
        QTRY_VERIFY(noSpeed(w));
        // Its health at a glance: how long it was fuzzed, when it last failed.
        QVERIFY(!w.findChild<QLabel*>(QStringLiteral("healthLabel"))->text().isEmpty());
        // The page and the target to come back to.
        w.show_page(MainWindow::FailuresTab);
        QVERIFY(selectTarget(w, QStringLiteral("Modes.Hang")));
    }

    void lastProjectReopensWithItsPageAndTarget() {
        // The window of the previous test recorded its project and page.
        MainWindow w;
        w.show();
        ui::LaunchOptions launch;
        launch.reopen_last = true;
        w.launch(launch);
        QTRY_COMPARE_WITH_TIMEOUT(w.session().project(), QDir(second_.path()).absolutePath(),
                                  20000);
        QTRY_COMPARE(w.tabs()->currentIndex(), int(MainWindow::FailuresTab));
        QTRY_VERIFY_WITH_TIMEOUT(w.targets_page()->view()->model()->rowCount() >= 7, 20000);
        QTRY_COMPARE(w.targets_page()->selected_names(), QStringList{QStringLiteral("Modes.Hang")});
        QTRY_VERIFY_WITH_TIMEOUT(w.failures_page()->view()->model()->rowCount() > 0, 20000);
        // Reopened, nothing is being fuzzed: no speed and no stale rate of new features (once
        // the last statistics are older than those of a campaign that could still be running).
        QTRY_VERIFY_WITH_TIMEOUT(noSpeed(w), 15000);
        QVERIFY(QSettings()
                    .value(QStringLiteral("ui/recentProjects"))
                    .toStringList()
                    .contains(QDir(second_.path()).absolutePath()));

        // A directory without targets is not a project to come back to.
        QTemporaryDir empty;
        QSignalSpy shown(&w, &MainWindow::snapshotShown);
        w.open_project(empty.path());
        QTRY_COMPARE_WITH_TIMEOUT(w.session().project(), QDir(empty.path()).absolutePath(), 20000);
        QVERIFY(shown.wait(10000));
        QVERIFY(!QSettings()
                     .value(QStringLiteral("ui/recentProjects"))
                     .toStringList()
                     .contains(QDir(empty.path()).absolutePath()));
        QCOMPARE(QSettings().value(QStringLiteral("ui/lastProject")).toString(),
                 QDir(second_.path()).absolutePath());
        // Greyed-out items say why.
        auto* pause = w.findChild<QAction*>(QStringLiteral("pauseAction"));
        QVERIFY(pause);
        QVERIFY(!pause->isEnabled());
        QVERIFY2(pause->toolTip().contains(QStringLiteral("No campaign is running")),
                 qPrintable(pause->toolTip()));
        QCOMPARE(pause->statusTip(), pause->toolTip());
    }

    void projectWithoutTargetsGetsNoDatabase() {
        // A folder opened by mistake is left as it was: no database, not in Open Recent.
        QTemporaryDir empty;
        MainWindow w;
        w.show();
        QSignalSpy shown(&w, &MainWindow::snapshotShown);
        w.open_project(empty.path());
        QTRY_COMPARE_WITH_TIMEOUT(w.session().project(), QDir(empty.path()).absolutePath(), 20000);
        QVERIFY(shown.wait(10000));
        QVERIFY(w.session().is_open());
        QVERIFY(w.log_pane()->text().contains(QStringLiteral("No fuzz targets")));
        QVERIFY(!QFileInfo::exists(empty.filePath(QStringLiteral(".arcwise"))));
        QVERIFY(!QSettings()
                     .value(QStringLiteral("ui/recentProjects"))
                     .toStringList()
                     .contains(QDir(empty.path()).absolutePath()));
        // A campaign there has nothing to fuzz: it says so and still stores nothing.
        w.start_campaign();
        QTRY_VERIFY_WITH_TIMEOUT(error_dialog(&w) != nullptr, 20000);
        QVERIFY2(error_dialog(&w)->text().contains(QStringLiteral("No fuzz targets")),
                 qPrintable(error_dialog(&w)->text()));
        QVERIFY(!QFileInfo::exists(empty.filePath(QStringLiteral(".arcwise"))));
    }

    void harnessRegressionFailsUnderCTest() {
        // A libFuzzer harness's failure kept as a regression-corpus file: the CTest line the
        // Reproducers page gives, in a project's CMakeLists.txt, fails as the harness did.
        const QString cmake = QStringLiteral(ARCWISE_CMAKE_COMMAND);
        const QString ctest = QStringLiteral(ARCWISE_CTEST_COMMAND);
        if (!QFileInfo(cmake).isExecutable() || !QFileInfo(ctest).isExecutable())
            QSKIP("cmake or ctest is not installed");
        QTemporaryDir build_tree; // where the harness was built
        const QString binary = build_tree.filePath(QStringLiteral("crash_kinds"));
        QVERIFY(copy_binary(kTargets + QStringLiteral("/crash_kinds"), binary));
        campaign::FailureRow f;
        f.id = 5;
        f.target_id = 1;
        f.binary = binary;
        f.target = QStringLiteral("crash_kinds");
        f.kind = QStringLiteral("abort");
        f.first_input = f.minimal_input = QByteArrayLiteral("A"); // crash_kinds aborts on 'A'
        ui::FailureDetail detail;
        detail.set_kind_lookup([](qint64) { return QStringLiteral("libfuzzer"); });
        detail.set_failure(&f);

        // A real failure: the harness fails on the input, replayed as the user would.
        QSignalSpy job(&detail, &ui::FailureDetail::jobFinished);
        detail.reproduce();
        QVERIFY(job.wait(60000));
        const auto result = job.takeFirst().at(0).value<campaign::TargetJobResult>();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.still_fails);

        // Write regression file, then the CTest line of the Reproducers page.
        detail.write_regression();
        const QDir regressions(
            build_tree.filePath(QStringLiteral(".arcwise/regressions/crash_kinds")));
        QCOMPARE(regressions.entryList(QDir::Files).size(), 1);
        QString line;
        for (const QString& l : detail.reproducers_view()->toPlainText().split(QLatin1Char('\n')))
            if (l.startsWith(QLatin1String("add_test(")))
                line = l;
        QVERIFY2(!line.isEmpty(), qPrintable(detail.reproducers_view()->toPlainText()));
        QVERIFY2(line.contains(regressions.filePath(regressions.entryList(QDir::Files).first())),
                 qPrintable(line));

        // The user's project, where arcwise_add_fuzz_target(crash_kinds ...) made the target
        // the line names (here imported from where it was built).
        QTemporaryDir project;
        QFile lists(project.filePath(QStringLiteral("CMakeLists.txt")));
        QVERIFY(lists.open(QIODevice::WriteOnly));
        lists.write("cmake_minimum_required(VERSION 3.16)\n"
                    "project(regression NONE)\n"
                    "enable_testing()\n"
                    "add_executable(crash_kinds IMPORTED)\n");
        lists.write("set_target_properties(crash_kinds PROPERTIES IMPORTED_LOCATION \"" +
                    binary.toUtf8() + "\")\n");
        lists.write(line.toUtf8() + '\n');
        lists.close();
        const QString tree = project.filePath(QStringLiteral("build"));
        QProcess configure;
        configure.start(cmake, {QStringLiteral("-S"), project.path(), QStringLiteral("-B"), tree});
        QVERIFY(configure.waitForFinished(60000));
        QVERIFY2(configure.exitCode() == 0, configure.readAllStandardError().constData());
        QProcess run;
        run.setWorkingDirectory(tree);
        run.start(ctest, {QStringLiteral("--output-on-failure")});
        QVERIFY(run.waitForFinished(60000));
        const QString out = QString::fromUtf8(run.readAllStandardOutput());
        QVERIFY2(run.exitCode() != 0, qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("0% tests passed, 1 tests failed out of 1")),
                 qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("Not Run")), qPrintable(out));
        // ... in the same way as when it was reproduced.
        QVERIFY(!result.failure.signature.isEmpty());
        QVERIFY2(out.contains(QStringLiteral("Arcwise signature: ") + result.failure.signature),
                 qPrintable(out));
    }

    void failureColumnsFitTheirHeadersAndContents() {
        // Nothing is cut off in any language: the short columns grow to their header and to
        // the longest kind listed.
        campaign::FailuresModel model;
        ui::FailuresPage page(&model);
        page.resize(1200, 600);
        page.show();
        campaign::FailureRow f;
        f.id = 1;
        f.target = QStringLiteral("Suite.Name");
        f.kind = QStringLiteral("an unusually long kind of failure");
        f.status = QStringLiteral("open");
        f.count = 1234567;
        f.first_seen_ms = f.last_seen_ms = QDateTime::currentMSecsSinceEpoch();
        model.set_rows({f});
        QHeaderView* header = page.view()->horizontalHeader();
        for (const int column :
             {int(campaign::FailuresModel::Kind), int(campaign::FailuresModel::Count),
              int(campaign::FailuresModel::FirstSeen), int(campaign::FailuresModel::LastSeen)}) {
            QVERIFY(header->sectionSize(column) >= header->sectionSizeHint(column));
            const QString text = model.index(0, column).data().toString();
            QVERIFY2(header->sectionSize(column) >
                         page.view()->fontMetrics().horizontalAdvance(text),
                     qPrintable(text));
        }
    }

    void triageFiltersAndBulkActions() {
        // Three properties that fail at once, fuzzed until the test has looked at them.
        MainWindow w;
        w.show();
        ui::LaunchOptions launch;
        launch.project = second_.path();
        launch.start = true;
        launch.duration_ms = 120000;
        launch.cores = 1;
        launch.targets = {QStringLiteral("Modes.AssertEq"), QStringLiteral("Modes.Crash"),
                          QStringLiteral("Modes.Exception")};
        w.launch(launch);
        ui::FailuresPage* page = w.failures_page();
        QTableView* failures = page->view();
        QAbstractItemModel* m = failures->model();
        const auto row_of = [m](const QString& target) {
            for (int row = 0; row < m->rowCount(); ++row)
                if (m->index(row, campaign::FailuresModel::Target).data().toString() == target &&
                    m->index(row, 0).data(campaign::IdRole).toLongLong() > 0)
                    return row;
            return -1;
        };
        for (const char* t : {"Modes.AssertEq", "Modes.Crash", "Modes.Exception"})
            QTRY_VERIFY2_WITH_TIMEOUT(row_of(QString::fromLatin1(t)) >= 0, t, 120000);
        w.show_page(MainWindow::FailuresTab);

        // The selection stays on its failure while the list updates (failures seen again,
        // rows sorted by when they were last seen).
        failures->setCurrentIndex(m->index(row_of(QStringLiteral("Modes.AssertEq")), 0));
        const qint64 selected = *page->detail()->failure_id();
        const auto counts = [m] {
            qint64 total = 0;
            for (int row = 0; row < m->rowCount(); ++row)
                total += m->index(row, campaign::FailuresModel::Count)
                             .data(campaign::SortRole)
                             .toLongLong();
            return total;
        };
        const qint64 before = counts();
        QTRY_VERIFY_WITH_TIMEOUT(counts() > before, 60000);
        QCOMPARE(failures->currentIndex().data(campaign::IdRole).toLongLong(), selected);
        QCOMPARE(*page->detail()->failure_id(), selected);
        QCOMPARE(failures->selectionModel()->selectedRows().size(), 1);

        // Filters: by target, kind, status and text.
        page->set_filter(QStringLiteral("Modes.Crash"), QString(), QString(), QString());
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->index(0, campaign::FailuresModel::Target).data().toString(),
                 QStringLiteral("Modes.Crash"));
        page->set_filter(QString(), QStringLiteral("exception"), QString(), QString());
        QCOMPARE(m->rowCount(), 1);
        page->set_filter(QString(), QString(), QString(), QStringLiteral("three or more"));
        QCOMPARE(m->rowCount(), 1);
        page->set_filter(QString(), QString(), QString(), QString());
        QVERIFY(m->rowCount() >= 3);

        // Two at once, with the reason kept.
        failures->clearSelection();
        for (const char* t : {"Modes.Crash", "Modes.Exception"})
            failures->selectionModel()->select(m->index(row_of(QString::fromLatin1(t)), 0),
                                               QItemSelectionModel::Select |
                                                   QItemSelectionModel::Rows);
        QCOMPARE(page->selected_ids().size(), 2);
        const QString reason = QStringLiteral("planted bugs of the test binary");
        page->mark_selected(QString::fromLatin1(campaign::kFailureIgnored), &reason);
        for (const char* t : {"Modes.Crash", "Modes.Exception"}) {
            const auto status = [&] {
                return m->index(row_of(QString::fromLatin1(t)), campaign::FailuresModel::Status);
            };
            QTRY_COMPARE_WITH_TIMEOUT(status().data(campaign::SortRole).toString(),
                                      QStringLiteral("ignored"), 10000);
            QVERIFY(status().data(Qt::ToolTipRole).toString().contains(reason));
        }
        page->set_filter(QString(), QString(), QStringLiteral("open"), QString());
        QCOMPARE(row_of(QStringLiteral("Modes.Crash")), -1);
        QVERIFY(row_of(QStringLiteral("Modes.AssertEq")) >= 0);

        // Right-click: from the failure to its target's page.
        failures->setCurrentIndex(m->index(row_of(QStringLiteral("Modes.AssertEq")), 0));
        QMenu* menu = page->context_menu();
        QAction* open_target = menu->findChild<QAction*>(QStringLiteral("openTargetAction"));
        QVERIFY(open_target && open_target->isEnabled());
        open_target->trigger();
        QCOMPARE(w.tabs()->currentIndex(), int(MainWindow::TargetTab));
        QTRY_COMPARE_WITH_TIMEOUT(w.target_page()->details().row.name,
                                  QStringLiteral("Modes.AssertEq"), 20000);
        w.stop_campaign();
        QTRY_VERIFY_WITH_TIMEOUT(!w.last_snapshot().running, 60000);

        // The regression test in source form: a diff adding the example to the test's file,
        // which compiled fails as the original did.
        w.show_page(MainWindow::FailuresTab);
        failures->setCurrentIndex(m->index(row_of(QStringLiteral("Modes.AssertEq")), 0));
        ui::FailureDetail* detail = page->detail();
        QVERIFY2(detail->source_patch().ok(), qPrintable(detail->source_patch().error));
        QVERIFY(detail->source_patch().file.endsWith(QStringLiteral("sdk_props.cc")));
        QVERIFY(detail->regression_test_text().contains(
            QStringLiteral("+ARCWISE_EXAMPLE(Modes, AssertEq, \"")));
        QVERIFY(detail->reproducers_view()->toPlainText().contains(QStringLiteral("--shrink=")));
        const QString compiler = kTargets + QStringLiteral("/../../bin/arcwise-c++");
        if (!QFileInfo(compiler).isExecutable())
            QSKIP("arcwise-c++ is not built");
        QTemporaryDir build;
        const QString patched = build.filePath(QStringLiteral("sdk_props.cc"));
        QVERIFY(detail->save_regression_test(patched));
        QProcess cc;
        cc.setWorkingDirectory(build.path());
        cc.start(compiler, {QStringLiteral("-std=c++20"), QStringLiteral("-O1"), patched,
                            QStringLiteral("-o"), build.filePath(QStringLiteral("patched"))});
        QVERIFY(cc.waitForFinished(180000));
        QVERIFY2(cc.exitCode() == 0, cc.readAllStandardError().constData());
        // Only the kept example runs (no generated ones, no regression files in this directory).
        QProcess test;
        test.setWorkingDirectory(build.path());
        test.start(build.filePath(QStringLiteral("patched")),
                   {QStringLiteral("--target=Modes.AssertEq"), QStringLiteral("--examples=0")});
        QVERIFY(test.waitForFinished(60000));
        const QString out = QString::fromUtf8(test.readAllStandardOutput());
        QCOMPARE(test.exitCode(), 1);
        QVERIFY2(out.contains(QStringLiteral("Falsifying example: Modes.AssertEq")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("ARCWISE_ASSERT_EQ(a + b < 1000, true)")),
                 qPrintable(out));
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
    // Selects the target of that name in the target list.
    static bool selectTarget(MainWindow& w, const QString& name) {
        QTableView* view = w.targets_page()->view();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, campaign::TargetsModel::Name);
            if (index.data().toString() == name) {
                view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
                return true;
            }
        }
        return false;
    }

    // No target row shows a speed, a rate of new features or a time to the next one.
    static bool noSpeed(MainWindow& w) {
        QAbstractItemModel* targets = w.targets_page()->view()->model();
        if (targets->rowCount() == 0)
            return false;
        for (int row = 0; row < targets->rowCount(); ++row)
            for (int column : {int(campaign::TargetsModel::ExecsPerSecond),
                               int(campaign::TargetsModel::FeaturesPerMinute),
                               int(campaign::TargetsModel::NextFeature)})
                if (!targets->index(row, column).data().toString().isEmpty())
                    return false;
        return true;
    }

    QTemporaryDir project_;
    QTemporaryDir second_; // the health, shrinking, reopening and triage tests
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
