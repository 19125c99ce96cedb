#include "screenshots.h"

#include "campaign/models.h"
#include "cfg/cfg_page.h"
#include "pages/failure_detail.h"
#include "pages/failures_page.h"
#include "pages/main_window.h"
#include "pages/target_page.h"
#include "pages/targets_page.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <cstdio>

namespace arcwise::app {

namespace {

void save(ui::MainWindow& window, const QString& dir, const QString& name) {
    QApplication::processEvents();
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    if (!window.grab().save(path))
        std::fprintf(stderr, "arcwise: cannot write %s\n", qPrintable(path));
    else
        std::printf("arcwise: wrote %s\n", qPrintable(QFileInfo(path).absoluteFilePath()));
}

// Runs `step` after `ms`, then the next; the event loop (and the campaign) runs in between.
void after(int ms, std::function<void()> step) {
    QTimer::singleShot(ms, qApp, std::move(step));
}

// The source coverage view at the rank-1 arc's branch point, then the graph page at 1024x700.
void source_coverage_shots(ui::MainWindow& window, const QString& dir) {
    ui::CfgPage* cfg = window.cfg_page();
    if (const auto& model = cfg->model()) {
        const auto ranked = model->ranked_arcs();
        const campaign::CfgBlock* at =
            ranked.empty() ? nullptr
                           : &model->blocks()[size_t(model->arcs()[size_t(ranked.front())].from)];
        if (!at || !cfg->open_source_location(at->file, at->line))
            cfg->tabs()->setCurrentIndex(ui::CfgPage::SourceTab);
    }
    after(2500, [&window, dir] {
        save(window, dir, QStringLiteral("cfg-source"));
        // At 1024x700 with everything a user has there, the log included.
        window.cfg_page()->tabs()->setCurrentIndex(ui::CfgPage::GraphTab);
        if (auto* log = window.findChild<QDockWidget*>(QStringLiteral("logDock")))
            log->show();
        window.resize(1024, 700);
        after(1500, [&window, dir] {
            save(window, dir, QStringLiteral("cfg-1024x700"));
            window.close();
        });
    });
}

// The hosts and their workers' slices, then back to the graph page for the source view.
void hosts_shot(ui::MainWindow& window, const QString& dir) {
    window.show_page(ui::MainWindow::HostsTab);
    after(1500, [&window, dir] {
        save(window, dir, QStringLiteral("hosts"));
        window.show_page(ui::MainWindow::GraphTab);
        source_coverage_shots(window, dir);
    });
}

} // namespace

void take_screenshots(ui::MainWindow& window, const QString& dir, int delay_ms) {
    window.resize(1360, 860);
    after(delay_ms, [&window, dir] {
        window.show_page(ui::MainWindow::TargetsTab);
        QTableView* targets = window.targets_page()->view();
        targets->sortByColumn(campaign::TargetsModel::Features, Qt::DescendingOrder);
        save(window, dir, QStringLiteral("targets"));

        // The dashboard with the three targets that found most.
        targets->clearSelection();
        for (int row = 0; row < std::min(3, targets->model()->rowCount()); ++row)
            targets->selectionModel()->select(targets->model()->index(row, 0),
                                              QItemSelectionModel::Select |
                                                  QItemSelectionModel::Rows);
        window.show_page(ui::MainWindow::DashboardTab);
        after(1500, [&window, dir] {
            save(window, dir, QStringLiteral("dashboard"));
            window.show_page(ui::MainWindow::FailuresTab);
            QTableView* failures = window.failures_page()->view();
            // A property test's failure shows its printed example best.
            int pick = 0;
            for (int row = 0; row < failures->model()->rowCount(); ++row) {
                const QString kind = failures->model()
                                         ->index(row, campaign::FailuresModel::Kind)
                                         .data(campaign::SortRole)
                                         .toString();
                if (kind == QLatin1String("assertion")) {
                    pick = row;
                    break;
                }
            }
            if (failures->model()->rowCount() > 0)
                failures->setCurrentIndex(failures->model()->index(pick, 0));
            after(800, [&window, dir] {
                save(window, dir, QStringLiteral("failure"));
                // What a user pastes: the replay command and the regression test as a diff.
                window.failures_page()->detail()->tabs()->setCurrentIndex(4);
                QApplication::processEvents();
                save(window, dir, QStringLiteral("failure-reproducers"));
                window.failures_page()->detail()->tabs()->setCurrentIndex(0);
                // The stack of a crash, with its source.
                QTableView* failures = window.failures_page()->view();
                for (int row = 0; row < failures->model()->rowCount(); ++row)
                    if (failures->model()
                            ->index(row, campaign::FailuresModel::Kind)
                            .data(campaign::SortRole)
                            .toString() == QLatin1String("crash")) {
                        failures->setCurrentIndex(failures->model()->index(row, 0));
                        break;
                    }
                ui::FailureDetail* detail = window.failures_page()->detail();
                detail->tabs()->setCurrentIndex(2);
                after(500, [&window, dir] {
                    save(window, dir, QStringLiteral("failure-stack"));
                    window.show_page(ui::MainWindow::TargetsTab);
                    // The property test that reached most: its page shows printed examples.
                    QTableView* targets = window.targets_page()->view();
                    QAbstractItemModel* m = targets->model();
                    for (int row = 0; row < m->rowCount(); ++row) {
                        const QModelIndex binary = m->index(row, campaign::TargetsModel::Binary);
                        if (binary.data().toString() == QLatin1String("property_examples") &&
                            m->index(row, campaign::TargetsModel::Failures)
                                    .data(campaign::SortRole)
                                    .toLongLong() == 0) {
                            Q_EMIT targets->activated(m->index(row, 0));
                            break;
                        }
                    }
                    after(1500, [&window, dir] {
                        window.target_page()->show_examples();
                        window.target_page()->show_tab(1);
                        after(4000, [&window, dir] {
                            save(window, dir, QStringLiteral("target"));
                            window.show_page(ui::MainWindow::GraphTab);
                            // The graph page is the picture: the log gives it its room.
                            if (auto* log =
                                    window.findChild<QDockWidget*>(QStringLiteral("logDock")))
                                log->hide();
                            // Once laid out, the rank-1 arc of the function shown, selected.
                            auto* timer = new QTimer(&window);
                            QObject::connect(timer, &QTimer::timeout, &window,
                                             [&window, dir, timer] {
                                                 ui::CfgPage* cfg = window.cfg_page();
                                                 if (!cfg->model() || cfg->layout_pending())
                                                     return;
                                                 timer->stop();
                                                 const auto ranked = cfg->model()->ranked_arcs();
                                                 if (!ranked.empty())
                                                     cfg->select_arc(ranked.front());
                                                 after(1500, [&window, dir] {
                                                     save(window, dir, QStringLiteral("cfg"));
                                                     hosts_shot(window, dir);
                                                 });
                                             });
                            timer->start(500);
                        });
                    });
                });
            });
        });
    });
}

} // namespace arcwise::app
