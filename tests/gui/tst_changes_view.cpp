// The workbench's side of fuzzing what changed, offscreen, on a real git repository made here
// (a bare clone as the remote, working clones) and real harnesses built in it with arcwise-c++:
// a campaign focusing on the changes since origin/main fills the targets' Changed column and
// "Changed only" keeps the changed target; the changed lines are marked in the control-flow
// graph (a bar on the changed blocks, a legend entry, the base in the tool tip) and in the source
// coverage view (a gutter bar), from the running campaign's changes and from the setting alone.
// Follow mode under a live campaign: a commit pushed to the remote is fetched, pulled and built,
// the rebuilt binary's workers restart with the corpus kept and the follower's status says so; a
// commit that breaks the build is a warning with the build's output and the old binary fuzzes on.

#include "campaign/campaign_settings.h"
#include "campaign/models.h"
#include "cfg/cfg_page.h"
#include "cfg/cfg_scene.h"
#include "cfg/source_coverage_view.h"
#include "common/git_repo.h"
#include "common/run_process.h"
#include "pages/follow_controls.h"
#include "pages/log_pane.h"
#include "pages/main_window.h"
#include "pages/settings_dialog.h"
#include "pages/targets_page.h"
#include "widgets/source_view.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace arcwise;
using arcwise::test::branch;
using arcwise::test::commit;
using arcwise::test::push;
using arcwise::test::run_process;
using arcwise::test::said;
using arcwise::test::write_file;
using arcwise::ui::MainWindow;

namespace {

const QString kWrapper = QStringLiteral(ARCWISE_BIN_DIR "/arcwise-c++");

const char* kHarnessA = "#include <stddef.h>\n"
                        "#include <stdint.h>\n"
                        "volatile int sink_a;\n"
                        "extern \"C\" int LLVMFuzzerTestOneInput(const uint8_t* d, size_t n) {\n"
                        "    if (n > 0 && d[0] == 'z')\n"
                        "        sink_a = 1;\n"
                        "    return 0;\n"
                        "}\n";
// Version 2 adds the branch at lines 8-9.
const char* kHarnessBV1 = "#include <stddef.h>\n" // 1
                          "#include <stdint.h>\n" // 2
                          "volatile int sink;\n"  // 3
                          "extern \"C\" int LLVMFuzzerTestOneInput(const uint8_t* d, size_t n) {\n"
                          "    if (n > 0 && d[0] == 'a')\n" // 5
                          "        sink = 1;\n"             // 6
                          "    sink = 0;\n"                 // 7
                          "    return 0;\n"                 // 8
                          "}\n";
const char* kHarnessBV2 = "#include <stddef.h>\n"
                          "#include <stdint.h>\n"
                          "volatile int sink;\n"
                          "extern \"C\" int LLVMFuzzerTestOneInput(const uint8_t* d, size_t n) {\n"
                          "    if (n > 0 && d[0] == 'a')\n"
                          "        sink = 1;\n"
                          "    sink = 0;\n"
                          "    if (n > 1 && d[1] == 'b')\n" // 8
                          "        sink = 2;\n"             // 9
                          "    return 0;\n"
                          "}\n";

// The row of a target in the window's targets model, -1 when not listed.
int row_of(MainWindow& w, const QString& name) {
    const auto* proxy = qobject_cast<const QAbstractProxyModel*>(w.targets_page()->view()->model());
    const QAbstractItemModel* source = proxy ? proxy->sourceModel() : nullptr;
    if (!source)
        return -1;
    for (int row = 0; row < source->rowCount(); ++row)
        if (source->index(row, campaign::TargetsModel::Name).data().toString() == name)
            return row;
    return -1;
}

} // namespace

class TestChangesView : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString remote_;

    bool build(const QString& where, const QString& name) {
        const auto r =
            run_process(kWrapper, {QStringLiteral("-O1"), QStringLiteral("-g"),
                                   QDir(where).canonicalPath() + QLatin1Char('/') + name +
                                       QStringLiteral(".cc"),
                                   QStringLiteral("-o"), where + QLatin1Char('/') + name});
        if (r.exit_code != 0)
            qWarning() << "arcwise-c++" << name << said(r);
        return r.exit_code == 0;
    }
    QString clone(const QString& name) {
        return arcwise::test::clone(remote_, dir_.filePath(name));
    }
    // A clone on branch `name` whose commit changes b.cc (kHarnessBV2), a and b built there, and
    // the setting focusing on the changes since origin/main, follow mode off. Empty on failure.
    QString changed_branch(const QString& name) {
        const QString work = clone(name);
        if (work.isEmpty() || !branch(work, name) ||
            !write_file(work + QStringLiteral("/b.cc"), kHarnessBV2) ||
            !commit(work, QStringLiteral("v2")) || !build(work, QStringLiteral("a")) ||
            !build(work, QStringLiteral("b")))
            return {};
        set_setting(QStringLiteral("changed-since"), QStringLiteral("origin/main"));
        QSettings().setValue(QStringLiteral("ui/followBranch"), false);
        return work;
    }
    static void set_setting(const QString& key, const QString& value) {
        QVariantMap settings = ui::load_campaign_settings();
        settings[key] = value;
        ui::save_campaign_settings(settings);
    }
    static QString target_text(MainWindow& w, int row, int column) {
        const auto* proxy =
            qobject_cast<const QAbstractProxyModel*>(w.targets_page()->view()->model());
        return proxy->sourceModel()->index(row, column).data().toString();
    }
    static qint64 target_number(MainWindow& w, int row, int column) {
        const auto* proxy =
            qobject_cast<const QAbstractProxyModel*>(w.targets_page()->view()->model());
        return proxy->sourceModel()->index(row, column).data(campaign::SortRole).toLongLong();
    }

private Q_SLOTS:
    void initTestCase() {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("the git program is not installed");
        remote_ = arcwise::test::make_remote(dir_.path(),
                                             {{QStringLiteral("a.cc"), kHarnessA},
                                              {QStringLiteral("b.cc"), kHarnessBV1},
                                              {QStringLiteral(".gitignore"), "a\nb\n.arcwise/\n"}});
        QVERIFY(!remote_.isEmpty());
        // Short slices: the campaigns here are seconds long.
        set_setting(QStringLiteral("slice"), QStringLiteral("1"));
        set_setting(QStringLiteral("timeout"), QStringLiteral("2"));
    }

    // A branch that changes b.cc: focused on the changes since origin/main, b is "changed" and a
    // is not; "Changed only" lists b alone. Its graph and source mark the changed lines.
    void changedTargetsAreFilteredAndMarked() {
        const QString work = changed_branch(QStringLiteral("feature"));
        QVERIFY(!work.isEmpty());

        MainWindow w;
        w.show();
        ui::LaunchOptions launch;
        launch.project = work;
        launch.start = true;
        launch.duration_ms = 60000;
        launch.cores = 1;
        w.launch(launch);
        QTRY_VERIFY_WITH_TIMEOUT(
            row_of(w, QStringLiteral("a")) >= 0 && row_of(w, QStringLiteral("b")) >= 0, 30000);
        const int a = row_of(w, QStringLiteral("a"));
        const int b = row_of(w, QStringLiteral("b"));
        QTRY_COMPARE_WITH_TIMEOUT(target_text(w, b, campaign::TargetsModel::Changed),
                                  QStringLiteral("changed"), 30000);
        QVERIFY(target_text(w, a, campaign::TargetsModel::Changed).isEmpty());

        // The filter.
        QTableView* view = w.targets_page()->view();
        QCOMPARE(view->model()->rowCount(), 2);
        w.targets_page()->changed_filter()->setChecked(true);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, campaign::TargetsModel::Name).data().toString(),
                 QStringLiteral("b"));
        w.targets_page()->changed_filter()->setChecked(false);
        QCOMPARE(view->model()->rowCount(), 2);

        // The graph of b, loaded while the campaign runs: its changes are marked.
        const auto* proxy = qobject_cast<const QAbstractProxyModel*>(view->model());
        const qint64 id = proxy->sourceModel()->index(b, 0).data(campaign::IdRole).toLongLong();
        std::shared_ptr<const campaign::CfgModel> model;
        int loads = 0;
        connect(&w.session(), &campaign::Session::cfgLoaded, this,
                [&](qint64, std::shared_ptr<const campaign::CfgModel> m) {
                    model = std::move(m);
                    ++loads;
                });
        w.session().load_cfg(id);
        QTRY_COMPARE_WITH_TIMEOUT(loads, 1, 60000);
        QVERIFY(model);
        const campaign::CfgChangeMarks& marks = model->change_marks();
        QVERIFY(!marks.blocks.empty());
        QVERIFY(marks.description.contains(QStringLiteral("origin/main")));
        const QString file = QDir(work).canonicalPath() + QStringLiteral("/b.cc");
        QVERIFY(marks.line_changed(file, 8) && marks.line_changed(file, 9));
        QVERIFY(!marks.line_changed(file, 5));
        // Every block of a changed line stands for it.
        for (const campaign::CfgBlock& block : model->blocks())
            if (block.file == file && (block.line == 8 || block.line == 9))
                QVERIFY2(marks.block_changed(block.id), qPrintable(QString::number(block.line)));

        ui::CfgPage page;
        page.resize(1024, 700);
        page.show();
        page.set_model(model, QStringLiteral("b"));
        QTRY_VERIFY_WITH_TIMEOUT(!page.layout_pending() && page.scene()->block_count() > 0, 30000);
        QVERIFY(page.legend_shows_changes());
        int changed_items = 0, plain_items = 0;
        for (int block = 0; block < int(model->blocks().size()); ++block) {
            ui::CfgBlockItem* item = page.scene()->block_item(block);
            if (!item || item->block() != block)
                continue;
            (item->changed() ? changed_items : plain_items) += 1;
            if (item->changed())
                QVERIFY2(item->toolTip().contains(QStringLiteral("changed since")),
                         qPrintable(item->toolTip()));
        }
        QVERIFY(changed_items > 0);
        QVERIFY(plain_items > 0); // lines 4-6 did not change
        // The source coverage view: a gutter bar on the changed lines.
        QVERIFY(page.coverage_view()->open_location(file, 8));
        const auto& notes = page.coverage_view()->source_view()->line_notes();
        QVERIFY(notes.value(8).marker.isValid());
        QVERIFY(notes.value(9).marker.isValid());
        QVERIFY(!notes.value(5).marker.isValid());
        QVERIFY(notes.value(8).tool_tip.contains(QStringLiteral("changed since")));

        // Without a campaign, the setting alone marks them, and the Changed column says so.
        QSignalSpy finished(&w.session(), &campaign::Session::campaignFinished);
        w.stop_campaign();
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(!w.last_snapshot().running, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(target_text(w, b, campaign::TargetsModel::Changed),
                                  QStringLiteral("changed"), 30000);
        QVERIFY(target_text(w, a, campaign::TargetsModel::Changed).isEmpty());
        w.session().load_cfg(id);
        QTRY_COMPARE_WITH_TIMEOUT(loads, 2, 60000);
        QVERIFY(model && !model->change_marks().blocks.empty());
        // No setting: nothing marked.
        w.session().set_changed_since({});
        w.session().load_cfg(id);
        QTRY_COMPARE_WITH_TIMEOUT(loads, 3, 60000);
        QVERIFY(model && model->change_marks().empty());
        page.set_model(model, QStringLiteral("b"));
        QVERIFY(!page.legend_shows_changes());
    }

    // A project opened with the setting and nothing fuzzing: the Changed column and "Changed
    // only" work from what is stored, and the graph shown marks the changes. When the setting
    // is cleared, the column empties and the graph is loaded again, unmarked, at the function
    // it showed.
    void changedColumnAndGraphWithoutACampaign() {
        const QString work = changed_branch(QStringLiteral("idle"));
        QVERIFY(!work.isEmpty());

        MainWindow w;
        w.show();
        QSignalSpy opened(&w.session(), &campaign::Session::opened);
        w.open_project(work);
        QVERIFY(opened.wait(30000) || !opened.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            row_of(w, QStringLiteral("a")) >= 0 && row_of(w, QStringLiteral("b")) >= 0, 30000);
        const int a = row_of(w, QStringLiteral("a"));
        const int b = row_of(w, QStringLiteral("b"));
        QTRY_COMPARE_WITH_TIMEOUT(target_text(w, b, campaign::TargetsModel::Changed),
                                  QStringLiteral("changed"), 30000);
        QVERIFY(target_text(w, a, campaign::TargetsModel::Changed).isEmpty());
        QVERIFY(!w.last_snapshot().running);
        QTableView* view = w.targets_page()->view();
        // The column is shown, beside Status.
        QTRY_VERIFY(!view->isColumnHidden(campaign::TargetsModel::Changed));
        QCOMPARE(view->horizontalHeader()->visualIndex(campaign::TargetsModel::Changed),
                 view->horizontalHeader()->visualIndex(campaign::TargetsModel::Status) + 1);
        w.targets_page()->changed_filter()->setChecked(true);
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, campaign::TargetsModel::Name).data().toString(),
                 QStringLiteral("b"));

        // b's graph, opened from the list: the changed blocks are marked.
        Q_EMIT view->activated(view->model()->index(0, 0));
        ui::CfgPage* cfg = w.cfg_page();
        QTRY_VERIFY_WITH_TIMEOUT(cfg->model() != nullptr, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(cfg->current_function() >= 0 && !cfg->layout_pending(), 30000);
        QVERIFY(!cfg->model()->change_marks().empty());
        const int shown = cfg->model()->find_function(QStringLiteral("LLVMFuzzerTestOneInput"));
        QVERIFY(shown >= 0);
        cfg->show_function(shown);
        QTRY_VERIFY_WITH_TIMEOUT(!cfg->layout_pending(), 30000);
        const std::shared_ptr<const campaign::CfgModel> marked = cfg->model();

        // The setting cleared: nothing is changed, and the graph is loaded again unmarked.
        w.session().set_changed_since({});
        QTRY_VERIFY_WITH_TIMEOUT(cfg->model() && cfg->model() != marked, 60000);
        QVERIFY(cfg->model()->change_marks().empty());
        QTRY_COMPARE_WITH_TIMEOUT(cfg->current_function(), shown, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(target_text(w, b, campaign::TargetsModel::Changed).isEmpty(),
                                 30000);
        QTRY_COMPARE(view->model()->rowCount(), 0);
        w.targets_page()->changed_filter()->setChecked(false);
        QCOMPARE(view->model()->rowCount(), 2);
        // Nothing has a focus: the empty column is not shown.
        QTRY_VERIFY(view->isColumnHidden(campaign::TargetsModel::Changed));
    }

    // Follow mode under a live campaign: a pushed commit is pulled and built, the campaign's
    // rebuild detection restarts b's workers on the new build with its corpus kept; a commit that
    // breaks the build is reported and the previous binary fuzzes on.
    void followRestartsTheWorkersOnAPushedCommit() {
        const QString work = clone(QStringLiteral("followed"));
        const QString pusher = clone(QStringLiteral("pusher"));
        QVERIFY(!work.isEmpty() && !pusher.isEmpty());
        QVERIFY(build(work, QStringLiteral("b")));
        set_setting(QStringLiteral("changed-since"), QString());
        set_setting(QStringLiteral("build-command"),
                    kWrapper + QStringLiteral(" -O1 -g '%1/b.cc' -o b && test ! -e broken")
                                   .arg(QDir(work).canonicalPath()));
        set_setting(QStringLiteral("follow-interval"), QStringLiteral("3600")); // fetched by hand

        MainWindow w;
        w.show();
        w.follow_controls()->follow_action()->setChecked(true);
        ui::LaunchOptions launch;
        launch.project = work;
        launch.start = true;
        launch.duration_ms = 90000;
        launch.cores = 1;
        w.launch(launch);
        QTRY_VERIFY_WITH_TIMEOUT(w.last_snapshot().running, 30000);
        QLabel* status = w.follow_controls()->status_label();
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), 10000);
        QVERIFY2(status->text().contains(QStringLiteral("following")), qPrintable(status->text()));
        QVERIFY(w.follow_controls()->fetch_action()->isEnabled());
        const int b = row_of(w, QStringLiteral("b"));
        QVERIFY(b >= 0);
        // Some corpus before the push.
        QTRY_VERIFY_WITH_TIMEOUT(target_number(w, b, campaign::TargetsModel::Corpus) >= 2, 30000);
        const qint64 corpus = target_number(w, b, campaign::TargetsModel::Corpus);
        // b's graph is shown, with nothing marked (no setting, no change read yet).
        {
            QTableView* view = w.targets_page()->view();
            for (int row = 0; row < view->model()->rowCount(); ++row)
                if (view->model()->index(row, campaign::TargetsModel::Name).data().toString() ==
                    QLatin1String("b"))
                    Q_EMIT view->activated(view->model()->index(row, 0));
        }
        ui::CfgPage* cfg = w.cfg_page();
        QTRY_VERIFY_WITH_TIMEOUT(cfg->model() != nullptr, 60000);
        QVERIFY(cfg->model()->change_marks().empty());

        QVERIFY(write_file(pusher + QStringLiteral("/b.cc"), kHarnessBV2));
        QVERIFY(commit(pusher, QStringLiteral("v2")));
        QVERIFY(push(pusher));
        const QString pushed = QString::fromUtf8(
            run_process(QStringLiteral("git"),
                        {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}, pusher)
                .out.trimmed());
        w.follow_controls()->fetch_action()->trigger();
        // Pulled, built, and the campaign restarts the workers on the new build.
        QTRY_VERIFY_WITH_TIMEOUT(w.log_pane()->text().contains(QStringLiteral("was rebuilt")),
                                 45000);
        QVERIFY2(status->text().contains(pushed.left(12)), qPrintable(status->text()));
        QVERIFY2(status->toolTip().contains(pushed.left(12)), qPrintable(status->toolTip()));
        // The focus moves to what the pulled commit changed.
        QTRY_VERIFY_WITH_TIMEOUT(w.log_pane()->text().contains(QStringLiteral("changes since")),
                                 20000);
        QVERIFY(w.last_snapshot().running);
        // The graph shown is loaded again from the new build, the pulled lines marked.
        const QString b_file = QDir(work).canonicalPath() + QStringLiteral("/b.cc");
        QTRY_VERIFY_WITH_TIMEOUT(
            cfg->model() && cfg->model()->change_marks().line_changed(b_file, 8), 60000);
        // The corpus is kept and the new build fuzzes on from it.
        QVERIFY(target_number(w, b, campaign::TargetsModel::Corpus) >= corpus);
        const qint64 runs = target_number(w, b, campaign::TargetsModel::Executions);
        QTRY_VERIFY_WITH_TIMEOUT(target_number(w, b, campaign::TargetsModel::Executions) > runs,
                                 20000);
        QVERIFY(target_number(w, b, campaign::TargetsModel::Corpus) >= corpus);

        // A commit that breaks the build: reported, and the old binary keeps fuzzing.
        QVERIFY(write_file(pusher + QStringLiteral("/broken"), "x\n"));
        QVERIFY(commit(pusher, QStringLiteral("breaks the build")));
        QVERIFY(push(pusher));
        w.follow_controls()->fetch_action()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            w.log_pane()->text().contains(QStringLiteral("could not be pulled or built")), 30000);
        QVERIFY2(status->text().contains(QStringLiteral("failed")), qPrintable(status->text()));
        QVERIFY(w.last_snapshot().running);
        const qint64 later = target_number(w, b, campaign::TargetsModel::Executions);
        QTRY_VERIFY_WITH_TIMEOUT(target_number(w, b, campaign::TargetsModel::Executions) > later,
                                 20000);

        QSignalSpy finished(&w.session(), &campaign::Session::campaignFinished);
        w.stop_campaign();
        QVERIFY(finished.wait(30000));
        QTRY_VERIFY(!status->isVisible());
        QVERIFY(!w.follow_controls()->fetch_action()->isEnabled());
    }

    // A project that is not a checkout with an upstream cannot be followed: the start fails
    // with the reason, and nothing fuzzes.
    void followNeedsACheckout() {
        QTemporaryDir lone;
        QVERIFY(write_file(lone.filePath(QStringLiteral("b.cc")), kHarnessBV1));
        QVERIFY(build(lone.path(), QStringLiteral("b")));
        set_setting(QStringLiteral("build-command"), QStringLiteral("true"));
        MainWindow w;
        w.show();
        w.follow_controls()->follow_action()->setChecked(true);
        QSignalSpy failed(&w.session(), &campaign::Session::campaignFailed);
        QSignalSpy opened(&w.session(), &campaign::Session::opened);
        w.open_project(lone.path());
        QVERIFY(opened.wait(30000));
        w.start_campaign();
        QVERIFY(failed.wait(30000) || !failed.isEmpty());
        QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("upstream")),
                 qPrintable(failed.first().at(0).toString()));
        QTRY_VERIFY(w.findChild<QWidget*>(QStringLiteral("errorDialog")) != nullptr);
        w.follow_controls()->follow_action()->setChecked(false);
    }
};

int main(int argc, char** argv) {
    // The test's settings stay in a directory of its own.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ArcwiseTests"));
    QApplication::setApplicationName(QStringLiteral("tst_changes_view"));
    TestChangesView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_changes_view.moc"
