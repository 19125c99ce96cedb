#include "cfg_page.h"

#include "campaign/cfg_report.h"
#include "cfg_function_model.h"
#include "cfg_graph_view.h"
#include "cfg_scene.h"
#include "input_pane.h"
#include "source_coverage_view.h"
#include "widgets/elided_label.h"
#include "widgets/palette_colors.h"
#include "widgets/source_view.h"
#include "widgets/target_text.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace arcwise::ui {

// The scale of the graph's colours, under the view.
class CfgLegend : public QWidget {
public:
    explicit CfgLegend(QWidget* parent) : QWidget(parent) {}
    void set_max_hits(qint64 max_hits) {
        max_hits_ = max_hits;
        updateGeometry();
        update();
    }
    qint64 max_hits() const { return max_hits_; }
    // The model marks changed code: the legend explains its mark.
    void set_changed(bool changed) {
        changed_ = changed;
        updateGeometry();
        update();
    }
    bool changed() const { return changed_; }
    QSize sizeHint() const override {
        return cfg_legend_size(max_hits_, font(), changed_).toSize() + QSize(8, 4);
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        paint_cfg_legend(&p, QRectF(rect()), max_hits_, palette(), changed_);
    }

private:
    qint64 max_hits_ = 1;
    bool changed_ = false;
};

namespace {

// Covered/total with a bar behind the text: the eye compares bars faster than fractions.
class CoverageBarDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        const double fraction = index.data(CfgFunctionModel::kFractionRole).toDouble();
        if (!(option.state & QStyle::State_Selected)) {
            QRectF bar = QRectF(option.rect).adjusted(2, 3, -2, -3);
            bar.setWidth(bar.width() * std::clamp(fraction, 0.0, 1.0));
            painter->fillRect(bar, mix(option.palette.color(QPalette::Base),
                                       QColor(campaign::hit_bucket_colour(3)), 0.45));
        }
        QStyledItemDelegate::paint(painter, option, index);
    }
};

constexpr int kArcRole = Qt::UserRole + 1;

QString location(const campaign::CfgBlock& b, const campaign::CfgFunction& f) {
    if (b.line <= 0)
        return CfgPage::tr("?");
    return b.file == f.file
               ? CfgPage::tr("line %1").arg(b.line)
               : QFileInfo(b.file).fileName() + QLatin1Char(':') + QString::number(b.line);
}

// The lines a block spans, as far as its function's blocks tell: from its line to the line before
// the next block's in the same file (the symboliser gives each block one line).
std::pair<int, int> line_range(const campaign::CfgModel& model, int block) {
    const campaign::CfgBlock& b = model.blocks()[size_t(block)];
    int next = 0;
    for (int id : model.functions()[size_t(b.function)].blocks) {
        const campaign::CfgBlock& o = model.blocks()[size_t(id)];
        if (o.file == b.file && o.line > b.line && (next == 0 || o.line < next))
            next = o.line;
    }
    const int last = next > b.line ? std::min(next - 1, b.line + 12) : b.line;
    return {b.line, last};
}

} // namespace

CfgPage::CfgPage(QWidget* parent)
    : QWidget(parent), function_model_(new CfgFunctionModel(this)),
      proxy_(new QSortFilterProxyModel(this)), search_(new QLineEdit(this)),
      functions_view_(new QTableView(this)), arcs_(new QTreeWidget(this)),
      target_combo_(new QComboBox(this)), summary_(new QLabel(this)),
      library_toggle_(new QCheckBox(tr("Show &library code"), this)), tabs_(new QTabWidget(this)),
      split_(new QSplitter(Qt::Horizontal, this)), title_(new ElidedLabel(this)),
      back_(new QToolButton(this)), scene_(new CfgScene(this)), view_(new CfgGraphView(this)),
      legend_(new CfgLegend(this)), block_title_(new ElidedLabel(this)),
      block_info_(new QLabel(this)), source_(new SourceView(this)), input_(new InputPane(this)),
      coverage_(new SourceCoverageView(this)) {
    // Functions: searchable, sortable, best rank first.
    proxy_->setSourceModel(function_model_);
    proxy_->setSortRole(CfgFunctionModel::kSortRole);
    proxy_->setFilterKeyColumn(CfgFunctionModel::Name);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    search_->setPlaceholderText(tr("Search functions\u2026"));
    search_->setClearButtonEnabled(true);
    connect(search_, &QLineEdit::textChanged, proxy_, &QSortFilterProxyModel::setFilterFixedString);
    functions_view_->setModel(proxy_);
    functions_view_->setSortingEnabled(true);
    functions_view_->sortByColumn(CfgFunctionModel::BestRank, Qt::AscendingOrder);
    functions_view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    functions_view_->setSelectionMode(QAbstractItemView::SingleSelection);
    functions_view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    functions_view_->verticalHeader()->hide();
    functions_view_->setWordWrap(false);
    // Qualified C++ names differ at their end: keep both ends readable.
    functions_view_->setTextElideMode(Qt::ElideMiddle);
    functions_view_->horizontalHeader()->setSectionResizeMode(CfgFunctionModel::Name,
                                                              QHeaderView::Stretch);
    functions_view_->horizontalHeader()->setSectionResizeMode(CfgFunctionModel::Covered,
                                                              QHeaderView::ResizeToContents);
    functions_view_->horizontalHeader()->setSectionResizeMode(CfgFunctionModel::BestRank,
                                                              QHeaderView::ResizeToContents);
    // Function names and files come from the target's debug information (target_text.h).
    functions_view_->setItemDelegate(new TargetTextDelegate(functions_view_));
    functions_view_->setItemDelegateForColumn(CfgFunctionModel::Covered,
                                              new CoverageBarDelegate(functions_view_));
    connect(functions_view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid())
                    return;
                const int f = current.data(CfgFunctionModel::kFunctionRole).toInt();
                if (f != function_)
                    show_function(f);
            });

    // Under-explored arcs of the function.
    arcs_->setColumnCount(3);
    arcs_->setHeaderLabels({tr("Rank"), tr("Arc"), tr("Unreached")});
    arcs_->setRootIsDecorated(false);
    arcs_->setItemDelegate(new TargetTextDelegate(arcs_));
    arcs_->setAllColumnsShowFocus(true);
    // "line 12 → line 14   if (...)": the start says where, the code comes after.
    arcs_->setTextElideMode(Qt::ElideRight);
    arcs_->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    arcs_->header()->setStretchLastSection(false);
    connect(arcs_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            select_arc(item->data(0, kArcRole).toInt());
    });

    auto* left = new QWidget(this);
    auto* left_layout = new QVBoxLayout(left);
    left_layout->setContentsMargins(0, 0, 0, 0);
    left_layout->addWidget(search_);
    auto* left_split = new QSplitter(Qt::Vertical, left);
    left_split->addWidget(functions_view_);
    auto* arcs_box = new QWidget(left_split);
    auto* arcs_layout = new QVBoxLayout(arcs_box);
    arcs_layout->setContentsMargins(0, 4, 0, 0);
    auto* arcs_label = new QLabel(tr("Under-explored arcs of this function:"), arcs_box);
    arcs_label->setWordWrap(true);
    arcs_layout->addWidget(arcs_label);
    arcs_layout->addWidget(arcs_);
    left_split->addWidget(arcs_box);
    left_split->setStretchFactor(0, 3);
    left_split->setStretchFactor(1, 2);
    left_split->setChildrenCollapsible(false);
    functions_view_->setMinimumHeight(80);
    arcs_->setMinimumHeight(60);
    left_layout->addWidget(left_split);
    left->setMinimumWidth(200);

    // The graph with its tool bar and legend. Short buttons, exports in one menu: the bar must
    // fit the graph's narrowest width.
    auto tool = [this](const QString& text, const QString& tip, auto slot) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    back_->setText(tr("\u2190 Back"));
    back_->setToolTip(tr("Back to the function shown before"));
    back_->setAutoRaise(true);
    connect(back_, &QToolButton::clicked, this, &CfgPage::go_back);
    view_->setScene(scene_);
    view_->setMinimumSize(kMinGraphWidth, 160);
    connect(view_, &CfgGraphView::calleeRequested, this, &CfgPage::show_function);
    connect(scene_, &QGraphicsScene::selectionChanged, this, &CfgPage::on_selection_changed);
    auto* bar = new QHBoxLayout;
    bar->setSpacing(2);
    bar->addWidget(back_);
    bar->addWidget(title_, 1);
    bar->addWidget(tool(QStringLiteral("+"), tr("Zoom in (or the mouse wheel)"),
                        [this] { view_->zoom_by(1.25); }));
    bar->addWidget(tool(QStringLiteral("\u2212"), tr("Zoom out (or the mouse wheel)"),
                        [this] { view_->zoom_by(0.8); }));
    bar->addWidget(tool(tr("Fit"), tr("Show the whole graph"), [this] { view_->fit(); }));
    auto* exports = new QToolButton(this);
    exports->setText(tr("Export"));
    exports->setToolTip(tr("Export this graph as SVG or PNG, or the whole coverage as HTML"));
    exports->setAutoRaise(true);
    exports->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(exports);
    menu->addAction(tr("Graph as SVG\u2026"), this, &CfgPage::ask_export_svg);
    menu->addAction(tr("Graph as PNG\u2026"), this, &CfgPage::ask_export_png);
    menu->addAction(tr("Coverage as an HTML report\u2026"), this, &CfgPage::ask_export_report);
    exports->setMenu(menu);
    bar->addWidget(exports);
    auto* centre = new QWidget(this);
    auto* centre_layout = new QVBoxLayout(centre);
    centre_layout->setContentsMargins(0, 0, 0, 0);
    centre_layout->addLayout(bar);
    centre_layout->addWidget(view_, 1);
    centre_layout->addWidget(legend_);
    centre->setMinimumWidth(kMinGraphWidth);

    // The clicked block.
    auto* right = new QWidget(this);
    auto* right_layout = new QVBoxLayout(right);
    right_layout->setContentsMargins(0, 0, 0, 0);
    block_info_->setWordWrap(true);
    block_info_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    block_info_->setTextFormat(Qt::PlainText);
    block_info_->setText(tr("Click a block to see its source and the smallest input that "
                            "reaches it; double-click a call to open its graph."));
    block_title_->hide();
    source_->setMinimumSize(160, 80);
    auto* right_split = new QSplitter(Qt::Vertical, right);
    right_split->addWidget(source_);
    right_split->addWidget(input_);
    right_split->setStretchFactor(0, 3);
    right_split->setStretchFactor(1, 2);
    right_split->setChildrenCollapsible(false);
    right_layout->addWidget(block_title_);
    right_layout->addWidget(block_info_);
    right_layout->addWidget(right_split, 1);
    right->setMinimumWidth(200);

    split_->addWidget(left);
    split_->addWidget(centre);
    split_->addWidget(right);
    split_->setStretchFactor(0, 2);
    split_->setStretchFactor(1, 5);
    split_->setStretchFactor(2, 3);
    // No pane collapses: the graph least of all (a collapsed pane looks like a missing one).
    split_->setChildrenCollapsible(false);
    for (int i = 0; i < split_->count(); ++i)
        split_->setCollapsible(i, false);
    // Room for function names, "line 12 → line 13" and a line of source at the start.
    split_->setSizes({300, 640, 340});

    // The target: named and chosen here.
    target_combo_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    target_combo_->setMinimumContentsLength(18);
    target_combo_->setToolTip(tr("The target whose control flow and coverage are shown"));
    target_combo_->setPlaceholderText(tr("choose a target"));
    if (auto* popup = qobject_cast<QAbstractItemView*>(target_combo_->view()))
        popup->setTextElideMode(Qt::ElideMiddle);
    connect(target_combo_, &QComboBox::activated, this, [this](int index) {
        const qint64 id = target_combo_->itemData(index).toLongLong();
        if (id > 0)
            Q_EMIT targetChosen(id);
    });
    summary_->setTextFormat(Qt::PlainText);
    summary_->setMinimumWidth(10);
    summary_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* header = new QHBoxLayout;
    header->setContentsMargins(6, 4, 6, 2);
    auto* target_label = new QLabel(tr("&Target:"), this);
    target_label->setBuddy(target_combo_);
    header->addWidget(target_label);
    header->addWidget(target_combo_);
    header->addSpacing(8);
    header->addWidget(summary_, 1);
    library_toggle_->setToolTip(
        tr("Off: the user's code only; library code inlined into it is one block at the line "
           "that calls it, and only the user's code is ranked. On: every function and block of "
           "the binary."));
    connect(library_toggle_, &QCheckBox::toggled, this, &CfgPage::set_all_code);
    header->addWidget(library_toggle_);

    connect(coverage_, &SourceCoverageView::smallestInputRequested, this, [this](qint64 id) {
        input_asker_ = coverage_->input_pane();
        Q_EMIT smallestInputRequested(id);
    });
    connect(coverage_, &SourceCoverageView::blockRequested, this, [this](int block) {
        if (!model_ || block < 0)
            return;
        tabs_->setCurrentIndex(GraphTab);
        const int function = model_->blocks()[size_t(block)].function;
        if (function == function_ && !layout_pending()) {
            select_block(block);
            return;
        }
        select_after_layout_ = block;
        if (function != function_)
            show_function(function);
    });

    tabs_->setDocumentMode(true);
    tabs_->insertTab(GraphTab, split_, tr("Graph"));
    tabs_->insertTab(SourceTab, coverage_, tr("Source coverage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(header);
    layout->addWidget(tabs_, 1);

    show_empty(tr("No control-flow graph loaded.\n\nChoose a target above, or double-click one "
                  "on the Targets page.\nIts fuzz binary needs -fsanitize-coverage=control-flow "
                  "(clang 16 or later),\nwhich arcwise_add_fuzz_target() adds."));
    update_actions();
}

CfgPage::~CfgPage() = default;

void CfgPage::set_targets(const std::vector<std::pair<qint64, QString>>& targets) {
    const qint64 current = current_target();
    const QString current_name = target_combo_->currentText();
    std::vector<std::pair<qint64, QString>> have;
    for (int i = 0; i < target_combo_->count(); ++i)
        have.emplace_back(target_combo_->itemData(i).toLongLong(), target_combo_->itemText(i));
    std::vector<std::pair<qint64, QString>> want;
    for (const auto& [id, name] : targets)
        want.emplace_back(id, shown_line(name));
    if (have == want)
        return; // called once a second: leave an open popup alone
    const QSignalBlocker quiet(target_combo_);
    target_combo_->clear();
    for (const auto& [id, name] : want) {
        target_combo_->addItem(name, id);
        target_combo_->setItemData(target_combo_->count() - 1, plain_tool_tip(name),
                                   Qt::ToolTipRole);
    }
    int index = target_combo_->findData(current);
    if (index < 0 && !current_name.isEmpty())
        index = target_combo_->findText(current_name);
    target_combo_->setCurrentIndex(index);
}

qint64 CfgPage::current_target() const {
    return target_combo_->currentIndex() >= 0 ? target_combo_->currentData().toLongLong() : -1;
}

QString CfgPage::target_name(qint64 target_id) const {
    const int index = target_combo_->findData(target_id);
    return index >= 0 ? target_combo_->itemText(index) : QString();
}

void CfgPage::show_loading(qint64 target_id) {
    set_model(nullptr, target_name(target_id));
    const int index = target_combo_->findData(target_id);
    {
        const QSignalBlocker quiet(target_combo_);
        target_combo_->setCurrentIndex(index);
    }
    show_empty(tr("Loading the control-flow graph of %1\u2026")
                   .arg(index >= 0 ? target_combo_->itemText(index) : tr("the target")));
}

void CfgPage::show_load_error(const QString& error) {
    set_model(nullptr, target_name_);
    show_empty(tr("No control-flow graph for this target:\n%1\n\nIts fuzz binary needs "
                  "-fsanitize-coverage=control-flow (clang 16 or later), which "
                  "arcwise_add_fuzz_target() adds.")
                   .arg(shown_lines(error)));
}

void CfgPage::show_empty(const QString& text) {
    scene_->show_message(text, palette());
    view_->fit();
    summary_->clear();
    title_->set_text(QString());
}

bool CfgPage::all_code() const {
    return library_toggle_->isChecked();
}

void CfgPage::set_all_code(bool all) {
    if (library_toggle_->isChecked() != all) {
        library_toggle_->setChecked(all); // comes back here
        return;
    }
    if (given_)
        set_model(given_, target_name_);
}

void CfgPage::set_model(std::shared_ptr<const campaign::CfgModel> model,
                        const QString& target_name) {
    target_name_ = target_name;
    given_ = model;
    mode_job_ = 0;
    const bool all = library_toggle_->isChecked();
    if (model && model->all_code() != all) {
        // A CfgModel is a value: the copy changes mode (and ranks again) off the GUI thread.
        const quint64 job = ++next_job_;
        mode_job_ = job;
        show_model(nullptr);
        show_empty(all ? tr("Adding the library code\u2026")
                       : tr("Folding the graph to the user's code\u2026"));
        auto* watcher = new QFutureWatcher<std::shared_ptr<const campaign::CfgModel>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
            watcher->deleteLater();
            if (job != mode_job_)
                return;
            mode_job_ = 0;
            show_model(watcher->result());
            Q_EMIT modeChanged(all_code());
        });
        watcher->setFuture(
            QtConcurrent::run([model, all]() -> std::shared_ptr<const campaign::CfgModel> {
                auto copy = std::make_shared<campaign::CfgModel>(*model);
                copy->set_all_code(all);
                return copy;
            }));
        return;
    }
    show_model(std::move(model));
    if (model_)
        Q_EMIT modeChanged(all);
}

void CfgPage::show_model(std::shared_ptr<const campaign::CfgModel> model) {
    model_ = std::move(model);
    const QString& target_name = target_name_;
    function_ = -1;
    block_ = -1;
    select_after_layout_ = -1;
    input_asker_ = nullptr;
    history_.clear();
    layout_.reset();
    pending_job_ = 0;
    function_model_->set_model(model_);
    legend_->set_max_hits(model_ ? campaign::max_block_hits(*model_) : 1);
    legend_->set_changed(model_ && !model_->change_marks().empty());
    source_->set_text({}, {});
    input_->clear();
    arcs_->clear();
    coverage_->set_model(model_);
    if (!target_name.isEmpty()) {
        // The picker names the target even before the window lists the targets.
        const QSignalBlocker quiet(target_combo_);
        int index = target_combo_->findText(shown_line(target_name));
        if (index < 0) {
            target_combo_->addItem(shown_line(target_name), qint64(0));
            index = target_combo_->count() - 1;
        }
        target_combo_->setCurrentIndex(index);
    }
    if (!model_ || model_->functions().empty()) {
        show_empty(model_ ? tr("The control-flow graph of this target has no functions.")
                          : tr("No control-flow graph loaded.\n\nChoose a target above, or "
                               "double-click one on the Targets page."));
        update_actions();
        return;
    }
    int shown = 0, entered = 0, covered = 0, total = 0;
    for (const campaign::CfgFunction& f : model_->functions()) {
        if (!f.shown)
            continue;
        ++shown;
        entered += f.covered > 0;
        covered += f.covered;
        total += f.total;
    }
    summary_->setText(tr("%1 of %2 functions entered, %3 of %4 blocks covered, %n under-explored "
                         "arc(s)",
                         nullptr, int(model_->ranked_arcs().size()))
                          .arg(entered)
                          .arg(shown)
                          .arg(covered)
                          .arg(total));
    // The function with the best under-explored arc, else the one with the most covered blocks.
    int first = -1;
    for (size_t i = 0; i < model_->functions().size(); ++i) {
        const campaign::CfgFunction& f = model_->functions()[i];
        if (!f.shown)
            continue;
        if (first < 0) {
            first = int(i);
            continue;
        }
        const campaign::CfgFunction& best = model_->functions()[size_t(first)];
        if (f.best_rank > 0 && (best.best_rank == 0 || f.best_rank < best.best_rank))
            first = int(i);
        else if (best.best_rank == 0 && f.best_rank == 0 && f.covered > best.covered)
            first = int(i);
    }
    if (first >= 0)
        open_function(first);
    else
        show_empty(tr("No function of this graph is shown."));
}

void CfgPage::show_function(int function) {
    if (!model_ || function < 0 || size_t(function) >= model_->functions().size() ||
        function == function_)
        return;
    if (function_ >= 0)
        history_.push_back(function_);
    open_function(function);
}

void CfgPage::go_back() {
    if (history_.empty())
        return;
    const int previous = history_.back();
    history_.pop_back();
    open_function(previous);
}

void CfgPage::open_function(int function) {
    function_ = function;
    block_ = -1;
    layout_.reset();
    select_row_of(function);
    const campaign::CfgFunction& f = model_->functions()[size_t(function)];
    title_->set_text(tr("%1 \u2014 %2 of %3 blocks covered")
                         .arg(shown_line(f.name))
                         .arg(f.covered)
                         .arg(f.total));
    title_->set_full_tool_tip(tr("%1\n%2:%3").arg(f.name, f.file).arg(f.line));
    fill_arcs();
    scene_->show_message(tr("Laying out %1 blocks\u2026").arg(f.total), palette());
    update_actions();
    // Graphviz may take a while on a large function: never on the GUI thread. The job number
    // tells a stale result (the user moved on) from the one wanted.
    const quint64 job = ++next_job_;
    pending_job_ = job;
    auto* watcher = new QFutureWatcher<LayoutResult>(this);
    connect(watcher, &QFutureWatcher<LayoutResult>::finished, this, [this, watcher] {
        apply_layout(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([model = model_, function, job] {
        LayoutResult r;
        r.job = job;
        r.function = function;
        r.layout = campaign::layout_function(*model, function, &r.error);
        return r;
    }));
}

void CfgPage::apply_layout(const LayoutResult& result) {
    if (result.job != pending_job_ || result.function != function_)
        return;
    pending_job_ = 0;
    if (!result.layout) {
        scene_->show_message(tr("The graph could not be laid out: %1").arg(result.error),
                             palette());
        update_actions();
        return;
    }
    layout_ = result.layout;
    redraw();
    view_->fit_when_shown();
    update_actions();
    if (select_after_layout_ >= 0) {
        const int block = std::exchange(select_after_layout_, -1);
        select_block(block);
    }
    Q_EMIT functionShown(function_);
}

void CfgPage::redraw() {
    if (!model_ || !layout_)
        return;
    const int block = block_;
    scene_->build(*model_, *layout_, palette());
    if (block >= 0)
        if (CfgBlockItem* item = scene_->block_item(block))
            item->setSelected(true);
}

void CfgPage::fill_arcs() {
    arcs_->clear();
    if (!model_ || function_ < 0)
        return;
    const campaign::CfgFunction& f = model_->functions()[size_t(function_)];
    std::vector<int> ranked;
    for (int i : model_->visible_arcs(function_))
        if (model_->arcs()[size_t(i)].under_explored)
            ranked.push_back(i);
    std::sort(ranked.begin(), ranked.end(), [this](int a, int b) {
        return model_->arcs()[size_t(a)].rank < model_->arcs()[size_t(b)].rank;
    });
    const QColor hot = cfg_under_explored_colour(palette());
    for (int i : ranked) {
        const campaign::CfgArc& a = model_->arcs()[size_t(i)];
        auto* item = new QTreeWidgetItem(arcs_);
        item->setText(0, QStringLiteral("#%1").arg(a.rank));
        item->setForeground(0, hot);
        item->setText(1, tr("%1 \u2192 %2")
                             .arg(location(model_->blocks()[size_t(a.from)], f),
                                  location(model_->blocks()[size_t(a.to)], f)));
        item->setText(2, QString::number(a.unreached));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        const campaign::CfgBlock& from = model_->blocks()[size_t(a.from)];
        const campaign::CfgBlock& to = model_->blocks()[size_t(a.to)];
        // The branch's own code tells what it tests.
        if (!from.text.isEmpty())
            item->setText(1, item->text(1) + QStringLiteral("   ") + from.text);
        item->setToolTip(
            1, plain_tool_tip((a.frontier ? tr("Never taken: the destination was never reached")
                                          : tr("Rarely taken, against its siblings")) +
                              QStringLiteral("\n%1: %2\n%3: %4")
                                  .arg(location(from, f), from.text, location(to, f), to.text)));
        item->setData(0, kArcRole, i);
    }
    if (ranked.empty()) {
        auto* item = new QTreeWidgetItem(arcs_);
        item->setText(1, tr("none"));
        item->setFlags(Qt::NoItemFlags);
        item->setData(0, kArcRole, -1);
    }
    arcs_->resizeColumnToContents(0);
    arcs_->resizeColumnToContents(2);
}

void CfgPage::select_row_of(int function) {
    for (int row = 0; row < proxy_->rowCount(); ++row) {
        const QModelIndex index = proxy_->index(row, 0);
        if (index.data(CfgFunctionModel::kFunctionRole).toInt() == function) {
            const QSignalBlocker block(functions_view_->selectionModel());
            functions_view_->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            functions_view_->scrollTo(index);
            functions_view_->viewport()->update();
            return;
        }
    }
}

void CfgPage::select_block(int block) {
    CfgBlockItem* item = scene_->block_item(block);
    if (!item)
        return;
    scene_->clearSelection();
    item->setSelected(true); // on_selection_changed shows it
    view_->centerOn(item);
}

void CfgPage::select_arc(int arc) {
    if (arc < 0)
        return;
    CfgArcItem* item = scene_->arc_item(arc);
    if (!item)
        return;
    scene_->clearSelection();
    item->setSelected(true);
    view_->centerOn(item);
}

void CfgPage::on_selection_changed() {
    const QList<QGraphicsItem*> selected = scene_->selectedItems();
    if (selected.size() != 1)
        return;
    if (selected.front()->type() == CfgBlockItem::Type) {
        show_block_detail(static_cast<CfgBlockItem*>(selected.front())->block());
    } else if (selected.front()->type() == CfgArcItem::Type) {
        const int arc = static_cast<CfgArcItem*>(selected.front())->arc();
        // The arc's list row follows a click on the arc in the graph.
        for (int i = 0; i < arcs_->topLevelItemCount(); ++i)
            if (arcs_->topLevelItem(i)->data(0, kArcRole).toInt() == arc) {
                const QSignalBlocker block(arcs_);
                arcs_->setCurrentItem(arcs_->topLevelItem(i));
            }
        // Its source block tells where the fuzzer stops.
        show_block_detail(model_->arcs()[size_t(arc)].from);
    }
}

void CfgPage::show_block_detail(int block) {
    if (!model_ || block < 0 || size_t(block) >= model_->blocks().size())
        return;
    block_ = block;
    const campaign::CfgBlock& b = model_->blocks()[size_t(block)];
    const auto [first, last] = line_range(*model_, block);
    const QString lines = first <= 0     ? tr("no line")
                          : last > first ? tr("lines %1\u2013%2").arg(first).arg(last)
                                         : tr("line %1").arg(first);
    block_title_->set_text(shown_line(b.file.isEmpty() ? tr("(no file)") : b.file));
    block_title_->setVisible(true);
    QString info = tr("%1 \u2014 %2")
                       .arg(lines, b.hits > 0 ? tr("reached by %n input(s)", nullptr, int(b.hits))
                                              : tr("never reached"));
    if (!b.located)
        info += QLatin1Char('\n') + tr("No line of its own: shown at the nearest line of its "
                                       "function.");
    if (b.code == campaign::CfgCode::Inlined && !b.origin_file.isEmpty())
        info += QLatin1Char('\n') + tr("Library code inlined here, from %1:%2")
                                        .arg(shown_line(QFileInfo(b.origin_file).fileName()))
                                        .arg(b.origin_line);
    if (model_->change_marks().block_changed(block))
        info += QLatin1Char('\n') + cfg_changed_text(model_->change_marks());
    block_info_->setText(info);
    // The model's text of the file, read with the graph: the line numbers are the graph's.
    const QStringList text = b.file.isEmpty() ? QStringList() : model_->source_lines(b.file);
    QString error;
    if (b.file.isEmpty()) {
        source_->set_text(tr("No source location for this block."), {});
    } else if (!text.isEmpty()) {
        source_->set_text(text.join(QLatin1Char('\n')), b.file);
        source_->set_line(b.line);
    } else if (!source_->open_file(b.file, b.line, &error)) {
        source_->set_text(error, {});
    }
    input_asker_ = input_;
    const qint64 id = model_->smallest_input(block);
    if (id < 0) {
        input_->clear(tr("No stored input reaches this block."));
        return;
    }
    input_->show_pending(tr("Smallest input that reaches it: corpus entry %1").arg(id),
                         tr("Running the target to print its draws\u2026"));
    Q_EMIT smallestInputRequested(id);
}

void CfgPage::show_input_text(const QString& text) {
    (input_asker_ ? input_asker_ : input_)->show_text(text);
}

void CfgPage::show_input_bytes(qint64 corpus_id, const QByteArray& bytes) {
    (input_asker_ ? input_asker_ : input_)->show_bytes(corpus_id, bytes);
}

QPlainTextEdit* CfgPage::input_view() const {
    return input_->text_view();
}

QString CfgPage::block_code(int block) const {
    if (!model_ || block < 0 || size_t(block) >= model_->blocks().size())
        return {};
    return model_->blocks()[size_t(block)].text;
}

bool CfgPage::open_source_location(const QString& file, int line) {
    if (!coverage_->open_location(file, line))
        return false;
    tabs_->setCurrentIndex(SourceTab);
    return true;
}

void CfgPage::update_actions() {
    back_->setEnabled(!history_.empty());
}

void CfgPage::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    // The colours come from the palette: a theme switch redraws.
    if (event->type() == QEvent::PaletteChange) {
        redraw();
        fill_arcs();
    }
}

bool CfgPage::legend_shows_changes() const {
    return legend_->changed();
}

QSizeF CfgPage::render_size() const {
    const QSizeF scene = scene_->sceneRect().size();
    const QSizeF legend = cfg_legend_size(legend_->max_hits(), font(), legend_->changed());
    return {std::max(scene.width(), legend.width() + 10), scene.height() + legend.height() + 10};
}

void CfgPage::render(QPainter* painter, const QRectF& target) const {
    const QSizeF size = render_size();
    painter->save();
    painter->translate(target.topLeft());
    painter->scale(target.width() / size.width(), target.height() / size.height());
    painter->fillRect(QRectF(QPointF(0, 0), size), palette().color(QPalette::Base));
    const QRectF scene_rect = scene_->sceneRect();
    // An export shows the graph, not what the user happened to click.
    const QList<QGraphicsItem*> selected = scene_->selectedItems();
    const QSignalBlocker quiet(scene_);
    for (QGraphicsItem* item : selected)
        item->setSelected(false);
    scene_->render(painter, QRectF(QPointF(0, 0), scene_rect.size()), scene_rect);
    painter->setFont(font());
    paint_cfg_legend(
        painter,
        QRectF(0, scene_rect.height() + 5, size.width(), size.height() - scene_rect.height() - 5),
        legend_->max_hits(), palette(), legend_->changed());
    painter->restore();
}

bool CfgPage::export_svg(const QString& path, QString* error) const {
    if (!layout_) {
        *error = tr("There is no graph to export yet.");
        return false;
    }
    const QSizeF size = render_size();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    svg.setTitle(model_->functions()[size_t(function_)].name);
    svg.setDescription(tr("Control-flow graph of %1, coloured by corpus hits (Arcwise)")
                           .arg(model_->functions()[size_t(function_)].name));
    QPainter painter;
    if (!painter.begin(&svg)) {
        *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    render(&painter, QRectF(QPointF(0, 0), size));
    painter.end();
    if (QFileInfo(path).size() <= 0) {
        *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool CfgPage::export_png(const QString& path, QString* error) const {
    if (!layout_) {
        *error = tr("There is no graph to export yet.");
        return false;
    }
    // Twice the scene's size (sharp on high-density screens and in documents), within what an
    // image can hold for a very large function.
    const QSizeF size = render_size();
    const double scale = std::min(2.0, 16000.0 / std::max(size.width(), size.height()));
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        *error = tr("The graph is too large for an image.");
        return false;
    }
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        render(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    }
    if (!image.save(path, "PNG")) {
        *error = tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool CfgPage::export_report(const QString& path, QString* error) const {
    if (!model_) {
        *error = tr("There is no control-flow graph to report on.");
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(campaign::coverage_html(*model_, target_name_)) < 0) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void CfgPage::ask_export_svg() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Graph as SVG"), {}, tr("SVG images (*.svg)"));
    QString error;
    if (!path.isEmpty() && !export_svg(path, &error))
        QMessageBox::warning(this, tr("Export Graph"), error);
}

void CfgPage::ask_export_png() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Graph as PNG"), {}, tr("PNG images (*.png)"));
    QString error;
    if (!path.isEmpty() && !export_png(path, &error))
        QMessageBox::warning(this, tr("Export Graph"), error);
}

void CfgPage::ask_export_report() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Coverage Report"), {},
                                                      tr("HTML pages (*.html)"));
    QString error;
    if (!path.isEmpty() && !export_report(path, &error))
        QMessageBox::warning(this, tr("Export Coverage Report"), error);
}

} // namespace arcwise::ui
