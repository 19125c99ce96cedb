#include "cfg_page.h"

#include "campaign/cfg_report.h"
#include "cfg_function_model.h"
#include "cfg_graph_view.h"
#include "cfg_scene.h"
#include "widgets/palette_colors.h"
#include "widgets/source_view.h"
#include "widgets/target_text.h"

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
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QSvgGenerator>
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
    QSize sizeHint() const override {
        return cfg_legend_size(max_hits_, font()).toSize() + QSize(8, 4);
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        paint_cfg_legend(&p, QRectF(rect()), max_hits_, palette());
    }

private:
    qint64 max_hits_ = 1;
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
      functions_view_(new QTableView(this)), arcs_(new QTreeWidget(this)), title_(new QLabel(this)),
      back_(new QToolButton(this)), scene_(new CfgScene(this)), view_(new CfgGraphView(this)),
      legend_(new CfgLegend(this)), block_title_(new QLabel(this)), source_(new SourceView(this)),
      input_title_(new QLabel(this)), input_(new QPlainTextEdit(this)) {
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
    arcs_layout->addWidget(new QLabel(tr("Under-explored arcs of this function:"), arcs_box));
    arcs_layout->addWidget(arcs_);
    left_split->addWidget(arcs_box);
    left_split->setStretchFactor(0, 3);
    left_split->setStretchFactor(1, 2);
    left_layout->addWidget(left_split);

    // The graph with its tool bar and legend.
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
    connect(view_, &CfgGraphView::calleeRequested, this, &CfgPage::show_function);
    connect(scene_, &QGraphicsScene::selectionChanged, this, &CfgPage::on_selection_changed);
    auto* bar = new QHBoxLayout;
    bar->addWidget(back_);
    bar->addWidget(title_, 1);
    title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    title_->setTextFormat(Qt::PlainText);
    bar->addWidget(
        tool(tr("Zoom in"), tr("Zoom in (or the mouse wheel)"), [this] { view_->zoom_by(1.25); }));
    bar->addWidget(
        tool(tr("Zoom out"), tr("Zoom out (or the mouse wheel)"), [this] { view_->zoom_by(0.8); }));
    bar->addWidget(tool(tr("Fit"), tr("Show the whole graph"), [this] { view_->fit(); }));
    bar->addWidget(tool(tr("SVG\u2026"), tr("Export this graph as SVG"), &CfgPage::ask_export_svg));
    bar->addWidget(tool(tr("PNG\u2026"), tr("Export this graph as PNG"), &CfgPage::ask_export_png));
    bar->addWidget(tool(tr("HTML report\u2026"),
                        tr("Export the whole coverage as a self-contained HTML page"),
                        &CfgPage::ask_export_report));
    auto* centre = new QWidget(this);
    auto* centre_layout = new QVBoxLayout(centre);
    centre_layout->setContentsMargins(0, 0, 0, 0);
    centre_layout->addLayout(bar);
    centre_layout->addWidget(view_, 1);
    centre_layout->addWidget(legend_);

    // The clicked block.
    auto* right = new QWidget(this);
    auto* right_layout = new QVBoxLayout(right);
    right_layout->setContentsMargins(0, 0, 0, 0);
    block_title_->setWordWrap(true);
    block_title_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    block_title_->setTextFormat(Qt::PlainText);
    block_title_->setText(tr("Click a block to see its source and the smallest input that "
                             "reaches it; double-click a call to open its graph."));
    input_title_->setWordWrap(true);
    input_title_->setTextFormat(Qt::PlainText);
    input_->setReadOnly(true);
    input_->setLineWrapMode(QPlainTextEdit::NoWrap);
    input_->setFont(source_->font());
    auto* right_split = new QSplitter(Qt::Vertical, right);
    right_split->addWidget(source_);
    auto* input_box = new QWidget(right_split);
    auto* input_layout = new QVBoxLayout(input_box);
    input_layout->setContentsMargins(0, 4, 0, 0);
    input_layout->addWidget(input_title_);
    input_layout->addWidget(input_);
    right_split->addWidget(input_box);
    right_split->setStretchFactor(0, 3);
    right_split->setStretchFactor(1, 2);
    right_layout->addWidget(block_title_);
    right_layout->addWidget(right_split, 1);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(centre);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 5);
    split->setStretchFactor(2, 3);
    // Room for function names, "line 12 → line 13" and a line of source at the start.
    split->setSizes({380, 640, 360});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    scene_->show_message(tr("No control-flow graph loaded."), palette());
    update_actions();
}

CfgPage::~CfgPage() = default;

void CfgPage::set_model(std::shared_ptr<const campaign::CfgModel> model,
                        const QString& target_name) {
    model_ = std::move(model);
    target_name_ = target_name;
    function_ = -1;
    block_ = -1;
    history_.clear();
    layout_.reset();
    pending_job_ = 0;
    function_model_->set_model(model_);
    legend_->set_max_hits(model_ ? campaign::max_block_hits(*model_) : 1);
    source_->set_text({}, {});
    input_->clear();
    input_title_->clear();
    arcs_->clear();
    if (!model_ || model_->functions().empty()) {
        scene_->show_message(tr("No control-flow graph loaded."), palette());
        update_actions();
        return;
    }
    // The function with the best under-explored arc, else the one with the most covered blocks.
    int first = 0;
    for (size_t i = 0; i < model_->functions().size(); ++i) {
        const campaign::CfgFunction& f = model_->functions()[i];
        const campaign::CfgFunction& best = model_->functions()[size_t(first)];
        if (f.best_rank > 0 && (best.best_rank == 0 || f.best_rank < best.best_rank))
            first = int(i);
        else if (best.best_rank == 0 && f.best_rank == 0 && f.covered > best.covered)
            first = int(i);
    }
    open_function(first);
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
    title_->setText(tr("%1 \u2014 %2 of %3 blocks covered")
                        .arg(shown_line(f.name))
                        .arg(f.covered)
                        .arg(f.blocks.size()));
    title_->setToolTip(plain_tool_tip(f.file + QLatin1Char(':') + QString::number(f.line)));
    fill_arcs();
    scene_->show_message(tr("Laying out %1 blocks\u2026").arg(f.blocks.size()), palette());
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
    for (int i : f.arcs)
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
        item->setToolTip(1, a.frontier ? tr("Never taken: the destination was never reached")
                                       : tr("Rarely taken, against its siblings"));
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
    block_title_->setText(tr("%1, %2 \u2014 %3")
                              .arg(shown_line(QFileInfo(b.file).fileName()), lines,
                                   b.hits > 0 ? tr("reached by %n input(s)", nullptr, int(b.hits))
                                              : tr("never reached")));
    block_title_->setToolTip(plain_tool_tip(b.file));
    QString error;
    if (b.file.isEmpty() || !source_->open_file(b.file, b.line, &error))
        source_->set_text(b.file.isEmpty() ? tr("No source location for this block.") : error, {});
    input_->clear();
    const qint64 id = model_->smallest_input(block);
    if (id < 0) {
        input_title_->setText(tr("No stored input reaches this block."));
        return;
    }
    input_title_->setText(tr("Smallest input that reaches it: corpus entry %1").arg(id));
    input_->setPlaceholderText(tr("Running the target to print its draws\u2026"));
    Q_EMIT smallestInputRequested(id);
}

void CfgPage::show_input_text(const QString& text) {
    input_->setPlainText(shown_lines(text)); // what the target printed
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

QSizeF CfgPage::render_size() const {
    const QSizeF scene = scene_->sceneRect().size();
    const QSizeF legend = cfg_legend_size(legend_->max_hits(), font());
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
        legend_->max_hits(), palette());
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
