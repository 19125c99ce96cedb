// The control-flow page's layout rules and the views issue 14 added to it, offscreen: a very long
// function name leaves the window's width alone (elided in the middle, whole in the tool tip), no
// splitter collapses the graph, the page in the main window at 1024x700 keeps every part usable,
// the target picker, "Show library code", the smallest input of a libFuzzer harness as its raw
// bytes, and the source coverage view over the real ladder binary (tests/targets/ladder).
// ARCWISE_CFG_SHOTS=DIR saves pictures of the page at 1024x700 and of the source view.

#include "campaign/cfg_model.h"
#include "cfg/cfg_graph_view.h"
#include "cfg/cfg_page.h"
#include "cfg/cfg_scene.h"
#include "cfg/input_pane.h"
#include "cfg/source_coverage_view.h"
#include "common/cfg_coverage.h"
#include "pages/failure_detail.h"
#include "pages/failures_page.h"
#include "pages/main_window.h"
#include "widgets/elided_label.h"
#include "widgets/source_view.h"
#include "widgets/stack_view.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtTest>

using namespace arcwise::campaign;
using arcwise::testing::cover_two_rungs;
using namespace arcwise::ui;

namespace {

const QString kTargets = QStringLiteral(ARCWISE_TARGETS_DIR);

// A demangled template instantiation of some thousands of characters (what the functions of
// fuzz_state_parser look like).
QString very_long_name() {
    QString name = QStringLiteral("pktdecode::Table<");
    for (int i = 0; i < 60; ++i)
        name += QStringLiteral("std::pair<std::basic_string<char, std::char_traits<char>, "
                               "std::allocator<char>> const, int>, ");
    return name + QStringLiteral("int>::handle_packet(int const&)");
}

std::shared_ptr<const CfgModel> long_name_model(QString* error) {
    // main (blocks 0, 1) calls the long-named function (blocks 2, 3) from its entry block.
    const QByteArray json =
        "{\"version\":1,\"modules\":[{\"path\":\"m\",\"first_counter\":0,\"counted\":4,"
        "\"blocks\":[[16,1],[32,0],[48,1],[64,0]],\"arcs\":[[0,1],[2,3]],"
        "\"calls\":[[0,2]]}]}";
    const QString src = QStringLiteral(ARCWISE_SOURCE_DIR "/tests/targets/ladder.cc");
    const std::vector<QString> symbols = {QStringLiteral("main\t%1\t9").arg(src),
                                          QStringLiteral("main\t%1\t10").arg(src),
                                          very_long_name() + QStringLiteral("\t%1\t11").arg(src),
                                          very_long_name() + QStringLiteral("\t%1\t12").arg(src)};
    auto m = CfgModel::parse(json, symbols, error, {QStringLiteral(ARCWISE_SOURCE_DIR)});
    if (!m)
        return nullptr;
    CfgModel model = std::move(*m);
    model.set_coverage({arcwise::testing::row_reaching(model, 5, {0, 2})});
    return std::make_shared<const CfgModel>(std::move(model));
}

bool wait_shown(CfgPage& page) {
    QSignalSpy shown(&page, &CfgPage::functionShown);
    return !page.layout_pending() || shown.wait(30000) || !shown.isEmpty();
}

} // namespace

class TestCfgPage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        auto m = CfgModel::load(kTargets + QStringLiteral("/ladder"), &error);
        QVERIFY2(m, qPrintable(error));
        cover_two_rungs(*m); // id 7 stops at the first rung (shorter), id 8 climbs to line 12
        ladder_ = std::make_shared<const CfgModel>(std::move(*m));
        long_ = long_name_model(&error);
        QVERIFY2(long_, qPrintable(error));
    }

    void longNameKeepsTheWindowWidth() {
        QWidget window;
        auto* layout = new QVBoxLayout(&window);
        auto* page = new CfgPage(&window);
        layout->addWidget(page);
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        page->set_targets({{1, very_long_name()}, {2, QStringLiteral("ladder")}});
        page->set_model(long_, very_long_name());
        QVERIFY(wait_shown(*page));
        const int f = long_->find_function(very_long_name());
        QVERIFY(f >= 0);
        page->show_function(f);
        QTRY_VERIFY(!page->layout_pending() && page->scene()->function() == f);
        QApplication::processEvents();
        QCOMPARE(window.width(), 1024);
        QVERIFY(page->minimumSizeHint().width() <= 1024);
        QVERIFY(window.minimumSizeHint().width() <= 1024);
        // The title is elided in the middle, the whole name in its tool tip.
        QVERIFY(page->title_label()->is_elided());
        QVERIFY(page->title_label()->shown_text().contains(QChar(0x2026)));
        QVERIFY(page->title_label()->shown_text().startsWith(QStringLiteral("pktdecode")));
        QVERIFY(page->title_label()->shown_text().endsWith(QStringLiteral("covered")));
        QVERIFY(page->title_label()->toolTip().contains(QStringLiteral("handle_packet")));
        QVERIFY(page->title_label()->width() < 1024);
        // Clicking a block of it: the detail is elided too, the window stays.
        page->select_block(2);
        QApplication::processEvents();
        QCOMPARE(window.width(), 1024);
        QVERIFY(page->graph_view()->width() >= CfgPage::kMinGraphWidth);
    }

    void splittersNeverCollapseTheGraph() {
        CfgPage page;
        page.resize(1024, 640);
        page.set_model(ladder_, QStringLiteral("ladder"));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(wait_shown(page));
        QSplitter* split = page.splitter();
        QCOMPARE(split->count(), 3);
        for (int i = 0; i < split->count(); ++i)
            QVERIFY(!split->isCollapsible(i));
        // Asked for nothing, the graph keeps its minimum.
        split->setSizes({2000, 0, 2000});
        QApplication::processEvents();
        QVERIFY(page.graph_view()->width() >= CfgPage::kMinGraphWidth);
        // Dragged as a user would: both handles pushed across the graph.
        split->setSizes({300, 400, 300});
        QApplication::processEvents();
        for (int handle : {1, 2}) {
            QSplitterHandle* h = split->handle(handle);
            const QPoint from = h->rect().center();
            const int towards = handle == 1 ? 2000 : -2000;
            QTest::mousePress(h, Qt::LeftButton, {}, from);
            QMouseEvent move(QEvent::MouseMove, QPointF(from + QPoint(towards, 0)),
                             h->mapToGlobal(QPointF(from + QPoint(towards, 0))), Qt::LeftButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(h, &move);
            QTest::mouseRelease(h, Qt::LeftButton, {}, from + QPoint(towards, 0));
            QApplication::processEvents();
            QVERIFY2(page.graph_view()->width() >= CfgPage::kMinGraphWidth,
                     qPrintable(QString::number(page.graph_view()->width())));
        }
        QCOMPARE(page.width(), 1024);
        // The side panes keep theirs too.
        for (int size : split->sizes())
            QVERIFY(size >= 150);
    }

    void pageAt1024x700() {
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.show_page(MainWindow::GraphTab);
        CfgPage* page = window.cfg_page();
        page->set_model(long_, QStringLiteral("fuzz_state_parser"));
        QVERIFY(wait_shown(*page));
        page->show_function(long_->find_function(very_long_name()));
        QTRY_VERIFY(!page->layout_pending());
        QApplication::processEvents();
        QCOMPARE(window.width(), 1024);
        QCOMPARE(window.height(), 700);
        // Every part of the page is on screen and has room.
        const QRect inside = window.rect();
        const auto on_screen = [&](const QWidget* w) {
            const QRect r(w->mapTo(&window, QPoint(0, 0)), w->size());
            return w->isVisible() && inside.contains(r);
        };
        QVERIFY(on_screen(page->graph_view()));
        QVERIFY(page->graph_view()->width() >= CfgPage::kMinGraphWidth);
        QVERIFY(page->graph_view()->height() >= 120);
        QVERIFY(on_screen(page->target_picker()));
        QCOMPARE(page->target_picker()->currentText(), QStringLiteral("fuzz_state_parser"));
        QVERIFY(on_screen(page->library_toggle()));
        QVERIFY(on_screen(page->function_view()));
        QVERIFY(on_screen(page->source_view()));
        for (QToolButton* b : page->findChildren<QToolButton*>())
            if (b->isVisible() && b->text() == QStringLiteral("Export"))
                QVERIFY(on_screen(b));
        // The source coverage tab, too.
        page->tabs()->setCurrentIndex(CfgPage::SourceTab);
        QApplication::processEvents();
        QCOMPARE(window.width(), 1024);
        QVERIFY(on_screen(page->coverage_view()->source_view()));
        QVERIFY(page->coverage_view()->source_view()->width() >= 240);
        if (const QString shots = qEnvironmentVariable("ARCWISE_CFG_SHOTS"); !shots.isEmpty())
            QVERIFY(window.grab().save(shots + QStringLiteral("/cfg-1024x700.png")));
    }

    void emptyStateSaysHowToLoad() {
        CfgPage page;
        QString shown;
        for (QGraphicsItem* item : page.scene()->items())
            if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                shown += text->text();
        QVERIFY(shown.contains(QStringLiteral("Choose a target")));
        QVERIFY(shown.contains(QStringLiteral("-fsanitize-coverage=control-flow")));
        page.show_load_error(QStringLiteral("ladder printed no graph"));
        shown.clear();
        for (QGraphicsItem* item : page.scene()->items())
            if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                shown += text->text();
        QVERIFY(shown.contains(QStringLiteral("ladder printed no graph")));
    }

    void targetPicker() {
        CfgPage page;
        page.set_targets({{11, QStringLiteral("fuzz_nested")}, {12, QStringLiteral("ladder")}});
        QCOMPARE(page.target_picker()->count(), 2);
        QSignalSpy chosen(&page, &CfgPage::targetChosen);
        page.target_picker()->setCurrentIndex(1);
        Q_EMIT page.target_picker()->activated(1);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.front().front().toLongLong(), qint64(12));
        page.show_loading(11);
        QCOMPARE(page.current_target(), qint64(11));
        QCOMPARE(page.target_name(12), QStringLiteral("ladder"));
        // The same list again (once a second from the window) changes nothing.
        page.set_targets({{11, QStringLiteral("fuzz_nested")}, {12, QStringLiteral("ladder")}});
        QCOMPARE(page.current_target(), qint64(11));
        page.set_model(ladder_, QStringLiteral("ladder"));
        QCOMPARE(page.target_picker()->currentText(), QStringLiteral("ladder"));
    }

    void libraryCodeToggle() {
        CfgPage page;
        page.set_model(ladder_, QStringLiteral("ladder"));
        QVERIFY(wait_shown(page));
        QVERIFY(!page.model()->all_code());
        QSignalSpy changed(&page, &CfgPage::modeChanged);
        page.library_toggle()->setChecked(true);
        QVERIFY(changed.wait(30000) || !changed.isEmpty());
        QVERIFY(page.model()->all_code());
        int shown = 0;
        for (const CfgFunction& f : page.model()->functions())
            shown += f.shown;
        QCOMPARE(page.function_view()->model()->rowCount(), shown);
        QVERIFY(wait_shown(page));
        // A new graph from the window is shown in the page's mode.
        changed.clear();
        page.set_model(ladder_, QStringLiteral("ladder"));
        QVERIFY(changed.wait(30000) || !changed.isEmpty());
        QVERIFY(page.model()->all_code());
        page.library_toggle()->setChecked(false);
        QTRY_VERIFY(page.model() && !page.model()->all_code());
        QVERIFY(!ladder_->all_code()); // the window's model is never changed
    }

    void blocksCarryTheirCode() {
        CfgPage page;
        page.resize(1200, 700);
        page.set_model(ladder_, QStringLiteral("ladder"));
        page.show();
        QVERIFY(wait_shown(page));
        const int f = ladder_->find_function(QStringLiteral("LLVMFuzzerTestOneInput"));
        QCOMPARE(page.current_function(), f);
        int block = -1;
        for (int id : ladder_->visible_blocks(f))
            if (ladder_->blocks()[size_t(id)].line == 10)
                block = id;
        QVERIFY(block >= 0);
        QVERIFY(page.block_code(block).contains(QStringLiteral("data[0] == 'L'")));
        CfgBlockItem* item = page.scene()->block_item(block);
        QVERIFY(item);
        QVERIFY(item->toolTip().contains(QStringLiteral("data[0]")));
        page.select_block(block);
        QVERIFY(page.source_view()->file().endsWith(QStringLiteral("ladder.cc")));
        QCOMPARE(page.source_view()->line(), 10);
        // A libFuzzer harness's input: its raw bytes, their true size.
        page.show_input_bytes(7, QByteArray("L\x01\x02", 3));
        QVERIFY(page.input_pane()->showing_bytes());
        QVERIFY(page.input_pane()->title().contains(QStringLiteral("3 byte")));
        QVERIFY(page.input_pane()->title().contains(QStringLiteral("7")));
        // A property's draws as printed.
        page.select_block(block);
        page.show_input_text(QStringLiteral("n = 3\n(passes; 1 draw)"));
        QVERIFY(!page.input_pane()->showing_bytes());
        QCOMPARE(page.input_view()->toPlainText(), QStringLiteral("n = 3\n(passes; 1 draw)"));
    }

    void sourceCoverageView() {
        CfgPage page;
        page.resize(1200, 700);
        page.set_model(ladder_, QStringLiteral("ladder"));
        page.show();
        QVERIFY(wait_shown(page));
        SourceCoverageView* cov = page.coverage_view();
        QVERIFY(!cov->files().empty());
        const QString ladder_cc = QStringLiteral(ARCWISE_SOURCE_DIR "/tests/targets/ladder.cc");
        bool found = false;
        for (const CfgCoverage& c : cov->files())
            if (c.file.endsWith(QStringLiteral("ladder.cc"))) {
                found = true;
                QVERIFY(c.lines_covered > 0 && c.lines_covered < c.lines);
            }
        QVERIFY(found);
        // The table: all files, each file with its functions, percentages.
        QTreeWidgetItem* all = cov->table()->topLevelItem(0);
        QVERIFY(all);
        QVERIFY(all->childCount() >= 1);
        QVERIFY(all->text(2).endsWith(QLatin1Char('%')));

        // A stack frame's line: the source tab, the line marked, its count and its input.
        QSignalSpy asked(&page, &CfgPage::smallestInputRequested);
        QVERIFY(page.open_source_location(ladder_cc, 10));
        QCOMPARE(page.tabs()->currentIndex(), int(CfgPage::SourceTab));
        QVERIFY(cov->current_file().endsWith(QStringLiteral("ladder.cc")));
        QCOMPARE(cov->source_view()->line(), 10);
        QCOMPARE(cov->current_line(), 10);
        const auto& notes = cov->source_view()->line_notes();
        QVERIFY(notes.contains(10));
        QVERIFY(notes.value(10).background.isValid());
        QVERIFY(!notes.value(10).note.isEmpty());
        // Line 12 is reached by one input, line 16 by none.
        QVERIFY(notes.contains(16));
        QVERIFY(notes.value(16).note.startsWith(QLatin1Char('0')));
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.front().front().toLongLong(), qint64(7));
        // Its answer lands in the coverage view's input pane, not the graph's.
        page.show_input_bytes(7, QByteArray("L", 1));
        QVERIFY(cov->input_pane()->showing_bytes());
        QVERIFY(!page.input_pane()->showing_bytes());
        // An under-explored branch point carries its rank.
        bool ranked = false;
        for (const auto& n : notes)
            ranked = ranked || n.note.contains(QLatin1Char('#'));
        QVERIFY(ranked);
        // A relative path, as a stack may print it, finds the same file.
        QVERIFY(page.open_source_location(QStringLiteral("targets/ladder.cc"), 12));
        QCOMPARE(cov->source_view()->line(), 12);
        QVERIFY(!page.open_source_location(QStringLiteral("/no/such/file.cc"), 3));
        if (const QString shots = qEnvironmentVariable("ARCWISE_CFG_SHOTS"); !shots.isEmpty())
            QVERIFY(page.grab().save(shots + QStringLiteral("/cfg-source-coverage.png")));
        // "Show in graph" selects the line's block in the graph.
        auto* button = cov->findChild<QPushButton*>();
        QVERIFY(button && button->isEnabled());
        button->click();
        QCOMPARE(page.tabs()->currentIndex(), int(CfgPage::GraphTab));
        QTRY_VERIFY(page.current_block() >= 0);
        QCOMPARE(ladder_->blocks()[size_t(page.current_block())].line, 12);
    }

    void stackFrameOpensSourceCoverage() {
        // A real campaign on sdk_props finds failures whose stacks name sdk_props.cc.
        QTemporaryDir project;
        const QString binary = project.filePath(QStringLiteral("sdk_props"));
        QVERIFY(QFile::copy(kTargets + QStringLiteral("/sdk_props"), binary));
        QVERIFY(QFile::setPermissions(binary, QFile::permissions(binary) | QFile::ExeOwner));
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        LaunchOptions launch;
        launch.project = project.path();
        launch.start = true;
        launch.duration_ms = 30000;
        launch.cores = 1;
        w.launch(launch);
        QTableView* failures = w.failures_page()->view();
        StackView* stack = w.failures_page()->detail()->stack_view();
        QString file;
        int line = 0, frame = -1;
        // The first failure whose stack has a frame in sdk_props.cc with a line.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int row = 0; row < failures->model()->rowCount(); ++row) {
                    failures->setCurrentIndex(failures->model()->index(row, 0));
                    for (int i = 0; i < stack->frame_count(); ++i)
                        if (stack->frame_path(i).endsWith(QStringLiteral("sdk_props.cc")) &&
                            stack->frame(i).line > 0) {
                            file = stack->frame_path(i);
                            line = stack->frame(i).line;
                            frame = i;
                            return true;
                        }
                }
                return false;
            }(),
            90000);
        w.show_page(MainWindow::FailuresTab);
        // Its target's graph is loaded, and the source coverage view opens at the frame's line.
        Q_EMIT stack->doubleClicked(stack->model()->index(frame, 0));
        CfgPage* page = w.cfg_page();
        QCOMPARE(w.tabs()->currentIndex(), int(MainWindow::GraphTab));
        QTRY_VERIFY_WITH_TIMEOUT(
            page->model() != nullptr && page->tabs()->currentIndex() == CfgPage::SourceTab, 60000);
        QVERIFY2(page->coverage_view()->current_file().endsWith(QStringLiteral("sdk_props.cc")),
                 qPrintable(page->coverage_view()->current_file()));
        QCOMPARE(page->coverage_view()->current_line(), line);
        QCOMPARE(page->coverage_view()->source_view()->line(), line);
        QVERIFY(QFileInfo(file).exists());
        QSignalSpy finished(&w.session(), &arcwise::campaign::Session::campaignFinished);
        w.stop_campaign();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0 || !w.last_snapshot().running, 60000);
    }

private:
    std::shared_ptr<const CfgModel> ladder_;
    std::shared_ptr<const CfgModel> long_;
};

QTEST_MAIN(TestCfgPage)
#include "tst_cfg_page.moc"
