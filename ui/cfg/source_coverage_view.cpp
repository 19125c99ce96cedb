#include "source_coverage_view.h"

#include "cfg_scene.h"
#include "input_pane.h"
#include "widgets/elided_label.h"
#include "widgets/palette_colors.h"
#include "widgets/source_view.h"
#include "widgets/target_text.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace arcwise::ui {

namespace {

enum Column { Name, Lines, LinesPercent, ArcsPercent, ColumnCount };
constexpr int kFileRole = Qt::UserRole + 1;     // index in SourceCoverage::files, -1 for none
constexpr int kLineRole = Qt::UserRole + 2;     // the line a function row opens at
constexpr int kFractionRole = Qt::UserRole + 3; // sorting

// A tint of colour under source text that keeps plain text readable.
QColor tint(const QPalette& p, const QColor& colour) {
    const QColor base = p.color(QPalette::Base);
    QColor out;
    for (double amount = 0.5; amount > 0.1; amount -= 0.05) {
        out = mix(base, colour, amount);
        if (contrast(out, p.color(QPalette::Text)) >= 7.0)
            break;
    }
    return out;
}

// Sorts numerically by kFractionRole in the numeric columns.
class CoverageItem : public QTreeWidgetItem {
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem& other) const override {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        if (column == Name)
            return text(Name).compare(other.text(Name), Qt::CaseInsensitive) < 0;
        return data(column, kFractionRole).toDouble() <
               other.data(column, kFractionRole).toDouble();
    }
};

QString percent(double value) {
    return QLocale().toString(value, 'f', 1) + QStringLiteral(" %");
}

void fill_counts(QTreeWidgetItem* item, const campaign::CfgCoverage& c) {
    item->setText(Lines, QStringLiteral("%1 / %2").arg(c.lines_covered).arg(c.lines));
    item->setText(LinesPercent, percent(c.line_percent()));
    item->setText(ArcsPercent, c.arcs > 0 ? percent(c.arc_percent()) : QStringLiteral("\u2013"));
    item->setToolTip(ArcsPercent,
                     SourceCoverageView::tr("%1 of %2 arcs taken").arg(c.arcs_covered).arg(c.arcs));
    item->setData(Lines, kFractionRole, double(c.lines));
    item->setData(LinesPercent, kFractionRole, c.line_percent());
    item->setData(ArcsPercent, kFractionRole, c.arcs > 0 ? c.arc_percent() : -1.0);
    for (int col = Lines; col < ColumnCount; ++col)
        item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
}

QString short_hits(qint64 hits) {
    if (hits >= 100000)
        return QString::number(hits / 1000) + QLatin1Char('k');
    return QString::number(hits);
}

} // namespace

SourceCoverageView::SourceCoverageView(QWidget* parent)
    : QWidget(parent), split_(new QSplitter(Qt::Horizontal, this)), table_(new QTreeWidget(this)),
      file_title_(new ElidedLabel(this)), source_(new SourceView(this)),
      line_info_(new QLabel(this)), graph_button_(new QPushButton(tr("Show in graph"), this)),
      input_(new InputPane(this)) {
    table_->setColumnCount(ColumnCount);
    table_->setHeaderLabels({tr("File / function"), tr("Lines"), tr("Lines %"), tr("Arcs %")});
    table_->headerItem()->setToolTip(Lines, tr("Lines with code reached by an input, of all "
                                               "lines with code"));
    table_->headerItem()->setToolTip(ArcsPercent,
                                     tr("Control-flow arcs taken by an input, of all arcs"));
    table_->setItemDelegate(new TargetTextDelegate(table_));
    table_->setTextElideMode(Qt::ElideMiddle);
    table_->setUniformRowHeights(true);
    table_->setSortingEnabled(true);
    table_->header()->setStretchLastSection(false);
    table_->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int col = Lines; col < ColumnCount; ++col)
        table_->header()->setSectionResizeMode(col, QHeaderView::ResizeToContents);
    table_->setMinimumWidth(220);
    connect(table_, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* item) { on_item_changed(item); });

    file_title_->set_text(tr("No coverage loaded."));
    line_info_->setWordWrap(true);
    line_info_->setTextFormat(Qt::PlainText);
    line_info_->setText(tr("Click a line to see how many inputs reach it and the smallest one."));
    graph_button_->setEnabled(false);
    graph_button_->setToolTip(tr("Open the line's block in the control-flow graph"));
    connect(graph_button_, &QPushButton::clicked, this, [this] {
        if (block_ >= 0)
            Q_EMIT blockRequested(block_);
    });
    connect(source_, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        const int line = source_->textCursor().blockNumber() + 1;
        if (line != line_ && !file_.isEmpty())
            show_line(line);
    });

    auto* right = new QWidget(split_);
    auto* right_layout = new QVBoxLayout(right);
    right_layout->setContentsMargins(0, 0, 0, 0);
    right_layout->addWidget(file_title_);
    auto* right_split = new QSplitter(Qt::Vertical, right);
    right_split->addWidget(source_);
    auto* bottom = new QWidget(right_split);
    auto* bottom_layout = new QVBoxLayout(bottom);
    bottom_layout->setContentsMargins(0, 4, 0, 0);
    auto* info_row = new QHBoxLayout;
    info_row->addWidget(line_info_, 1);
    info_row->addWidget(graph_button_, 0, Qt::AlignTop);
    bottom_layout->addLayout(info_row);
    bottom_layout->addWidget(input_, 1);
    right_split->addWidget(bottom);
    right_split->setStretchFactor(0, 3);
    right_split->setStretchFactor(1, 1);
    right_split->setChildrenCollapsible(false);
    source_->setMinimumSize(240, 120);
    right_layout->addWidget(right_split, 1);

    split_->addWidget(table_);
    split_->addWidget(right);
    split_->setChildrenCollapsible(false);
    split_->setStretchFactor(0, 2);
    split_->setStretchFactor(1, 5);
    split_->setSizes({320, 700});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split_);
}

void SourceCoverageView::set_model(std::shared_ptr<const campaign::CfgModel> model) {
    model_ = std::move(model);
    files_ = model_ ? model_->file_coverage() : std::vector<campaign::CfgCoverage>{};
    lines_.clear();
    file_.clear();
    line_ = 0;
    block_ = -1;
    graph_button_->setEnabled(false);
    input_->clear();
    source_->set_text({}, {});
    fill_table();
    if (files_.empty()) {
        file_title_->set_text(model_ ? tr("No source lines in this graph.")
                                     : tr("No coverage loaded."));
        return;
    }
    // The least covered file: where a user looks first.
    int first = -1;
    for (size_t i = 0; i < files_.size(); ++i)
        if (files_[i].lines > 0 &&
            (first < 0 || files_[i].line_percent() < files_[size_t(first)].line_percent()))
            first = int(i);
    if (first >= 0)
        show_file(first, 0);
}

void SourceCoverageView::fill_table() {
    const QSignalBlocker quiet(table_);
    table_->setSortingEnabled(false);
    table_->clear();
    if (!model_)
        return;
    campaign::CfgCoverage total;
    for (const campaign::CfgCoverage& f : files_) {
        total.lines += f.lines;
        total.lines_covered += f.lines_covered;
        total.arcs += f.arcs;
        total.arcs_covered += f.arcs_covered;
    }
    auto* all = new CoverageItem(table_);
    all->setText(Name, tr("All files (%n)", nullptr, int(files_.size())));
    all->setData(Name, kFileRole, -1);
    fill_counts(all, total);
    QFont bold = all->font(Name);
    bold.setBold(true);
    for (int col = 0; col < ColumnCount; ++col)
        all->setFont(col, bold);
    std::vector<QTreeWidgetItem*> file_items;
    for (size_t i = 0; i < files_.size(); ++i) {
        const campaign::CfgCoverage& f = files_[i];
        auto* item = new CoverageItem(all);
        item->setText(Name, QFileInfo(f.file).fileName());
        item->setToolTip(Name, f.file);
        item->setData(Name, kFileRole, int(i));
        item->setData(Name, kLineRole, 0);
        fill_counts(item, f);
        file_items.push_back(item);
    }
    for (const campaign::CfgCoverage& fn : model_->function_coverage()) {
        const int file = find_file(fn.file);
        if (file < 0)
            continue;
        auto* child = new CoverageItem(file_items[size_t(file)]);
        child->setText(Name, fn.name);
        child->setToolTip(Name, tr("%1\n%2:%3").arg(fn.name, fn.file).arg(fn.line));
        child->setData(Name, kFileRole, file);
        child->setData(Name, kLineRole, fn.line);
        fill_counts(child, fn);
    }
    all->setExpanded(true);
    table_->setSortingEnabled(true);
    table_->sortByColumn(Name, Qt::AscendingOrder);
}

int SourceCoverageView::find_file(const QString& path) const {
    for (size_t i = 0; i < files_.size(); ++i)
        if (files_[i].file == path)
            return int(i);
    return -1;
}

void SourceCoverageView::on_item_changed(QTreeWidgetItem* item) {
    if (!item)
        return;
    const int file = item->data(Name, kFileRole).toInt();
    if (file >= 0)
        show_file(file, item->data(Name, kLineRole).toInt());
}

void SourceCoverageView::show_file(int index, int line) {
    const campaign::CfgCoverage& f = files_[size_t(index)];
    // The table follows, without coming back here.
    {
        const QSignalBlocker quiet(table_);
        const QTreeWidgetItem* current = table_->currentItem();
        if (!current || current->data(Name, kFileRole).toInt() != index)
            for (QTreeWidgetItemIterator it(table_); *it; ++it)
                if ((*it)->data(Name, kFileRole).toInt() == index &&
                    (*it)->data(Name, kLineRole).toInt() == 0) {
                    table_->setCurrentItem(*it);
                    break;
                }
    }
    file_title_->set_text(
        tr("%1 \u2014 lines %2 (%3 of %4), arcs %5")
            .arg(shown_line(f.file), percent(f.line_percent()))
            .arg(f.lines_covered)
            .arg(f.lines)
            .arg(f.arcs > 0 ? percent(f.arc_percent()) : QStringLiteral("\u2013")));
    file_title_->set_full_tool_tip(f.file);
    if (const auto changed = model_->change_marks().lines.find(f.file);
        changed != model_->change_marks().lines.end())
        file_title_->set_text(
            file_title_->text() + QStringLiteral(" \u2014 ") +
            tr("%n line(s) marked changed", nullptr, int(changed->second.size())));
    if (file_ != f.file) {
        file_.clear(); // no line requests while the text changes
        line_ = 0;
        // The text the model read with the graph: the lines and their counts belong together.
        const QStringList text = model_->source_lines(f.file);
        QString error;
        if (!text.isEmpty())
            source_->set_text(text.join(QLatin1Char('\n')), f.file);
        else if (!source_->open_file(f.file, 0, &error))
            source_->set_text(error, {});
        lines_ = model_->line_hits(f.file);
        QHash<int, SourceView::LineNote> notes;
        const QPalette p = palette();
        const qint64 max_hits = campaign::max_block_hits(*model_);
        const QColor hot = cfg_under_explored_colour(p);
        const QColor never = tint(p, cfg_block_style(-1, p).outline);
        for (const campaign::CfgLineHits& lh : lines_) {
            SourceView::LineNote n;
            n.background =
                lh.hits > 0
                    ? tint(p, cfg_block_style(campaign::hit_bucket(lh.hits, max_hits), p).fill)
                    : never;
            n.note = short_hits(lh.hits);
            n.tool_tip = lh.hits > 0 ? tr("Reached by %n input(s)", nullptr, int(lh.hits))
                                     : tr("Never reached");
            if (lh.best_rank > 0) {
                n.note += QStringLiteral(" #%1").arg(lh.best_rank);
                n.note_colour = hot;
                n.tool_tip +=
                    QLatin1Char('\n') +
                    tr("An under-explored arc leaves this line: rank #%1").arg(lh.best_rank);
            }
            notes.insert(lh.line, n);
        }
        // Changed lines, code or not: a bar in the gutter and the base in the tool tip.
        const campaign::CfgChangeMarks& changes = model_->change_marks();
        const auto changed = changes.lines.find(f.file);
        if (changed != changes.lines.end()) {
            const QColor mark = cfg_changed_colour(p);
            const QString text = cfg_changed_text(changes);
            for (int line : changed->second) {
                SourceView::LineNote& n = notes[line];
                n.marker = mark;
                n.tool_tip = n.tool_tip.isEmpty() ? text : n.tool_tip + QLatin1Char('\n') + text;
            }
        }
        source_->set_line_notes(notes);
        file_ = f.file;
    }
    if (line > 0) {
        source_->set_line(line); // moving the cursor shows the line's detail
        if (line_ != line)
            show_line(line);
    }
}

void SourceCoverageView::show_line(int line) {
    line_ = line;
    block_ = -1;
    input_->clear();
    const auto it =
        std::find_if(lines_.begin(), lines_.end(),
                     [line](const campaign::CfgLineHits& lh) { return lh.line == line; });
    const QString changed =
        model_ && model_->change_marks().line_changed(file_, line)
            ? QStringLiteral(" \u2014 ") + cfg_changed_text(model_->change_marks())
            : QString();
    if (it == lines_.end() || it->block < 0) {
        line_info_->setText(tr("Line %1 has no code of its own.").arg(line) + changed);
        graph_button_->setEnabled(false);
        return;
    }
    block_ = it->block;
    graph_button_->setEnabled(true);
    QString info = it->hits > 0
                       ? tr("Line %1: reached by %n input(s)", nullptr, int(it->hits)).arg(line)
                       : tr("Line %1: never reached").arg(line);
    if (it->best_rank > 0)
        info += QLatin1Char(' ') + tr("\u2014 under-explored arc #%1 leaves it").arg(it->best_rank);
    line_info_->setText(info + changed);
    const qint64 id = it->hits > 0 ? model_->smallest_input(block_) : -1;
    if (id < 0) {
        input_->clear(tr("No stored input reaches this line."));
        return;
    }
    input_->show_pending(tr("Smallest input that reaches it: corpus entry %1").arg(id),
                         tr("Running the target to print its draws\u2026"));
    Q_EMIT smallestInputRequested(id);
}

bool SourceCoverageView::open_location(const QString& file, int line) {
    int index = find_file(file);
    if (index < 0) {
        const QString canonical = QFileInfo(file).canonicalFilePath();
        for (size_t i = 0; i < files_.size() && index < 0; ++i)
            if (!canonical.isEmpty() && QFileInfo(files_[i].file).canonicalFilePath() == canonical)
                index = int(i);
    }
    if (index < 0) {
        // A relative path from a stack: the model's file that ends with it, the longest match.
        const QString tail = QDir::cleanPath(QDir::fromNativeSeparators(file));
        for (size_t i = 0; i < files_.size() && index < 0; ++i)
            if (files_[i].file.endsWith(QLatin1Char('/') + tail))
                index = int(i);
    }
    if (index < 0)
        return false;
    show_file(index, line);
    return true;
}

} // namespace arcwise::ui
