#include "targets_page.h"

#include "campaign/models.h"
#include "status_delegate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace arcwise::ui {

using campaign::TargetsModel;

// Text filter over name and binary, plus a status filter and "changed only" (the targets the
// campaign focuses on for the changes: reaching changed code, new, or with a changed test).
class TargetFilterProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void set_status(const QString& status) {
        status_ = status;
        invalidateRowsFilter();
    }
    void set_changed_only(bool on) {
        changed_only_ = on;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        const QAbstractItemModel* m = sourceModel();
        if (!status_.isEmpty() &&
            m->index(row, TargetsModel::Status, parent).data(campaign::SortRole).toString() !=
                status_)
            return false;
        if (changed_only_ &&
            m->index(row, TargetsModel::Changed, parent).data(campaign::SortRole).toInt() <= 0)
            return false;
        const QRegularExpression re = filterRegularExpression();
        if (re.pattern().isEmpty())
            return true;
        return m->index(row, TargetsModel::Name, parent).data().toString().contains(re) ||
               m->index(row, TargetsModel::Binary, parent).data().toString().contains(re);
    }

private:
    QString status_;
    bool changed_only_ = false;
};

TargetsPage::TargetsPage(TargetsModel* model, QWidget* parent) : QWidget(parent), model_(model) {
    proxy_ = new TargetFilterProxy(this);
    proxy_->setSourceModel(model);
    proxy_->setSortRole(campaign::SortRole);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setDynamicSortFilter(true);

    filter_ = new QLineEdit(this);
    filter_->setPlaceholderText(tr("Filter targets by name or binary (Ctrl+F)"));
    filter_->setClearButtonEnabled(true);
    filter_->setObjectName(QStringLiteral("targetFilter"));
    connect(filter_, &QLineEdit::textChanged, this, [this](const QString& text) {
        proxy_->setFilterRegularExpression(QRegularExpression(
            QRegularExpression::escape(text), QRegularExpression::CaseInsensitiveOption));
        update_placeholder();
    });
    status_ = new QComboBox(this);
    status_->addItem(tr("All statuses"), QString());
    for (const char* s : {campaign::kStatusIdle, campaign::kStatusFuzzing, campaign::kStatusFailing,
                          campaign::kStatusFixed, campaign::kStatusBroken})
        status_->addItem(campaign::status_text(QString::fromLatin1(s)), QString::fromLatin1(s));
    connect(status_, &QComboBox::currentIndexChanged, this, [this] {
        proxy_->set_status(status_->currentData().toString());
        update_placeholder();
    });
    changed_ = new QCheckBox(tr("Changed only"), this);
    changed_->setObjectName(QStringLiteral("changedOnly"));
    changed_->setToolTip(tr("Only the targets a campaign focusing on changes weighs up: those "
                            "reaching changed code, new ones and those whose test changed (the "
                            "Changed column)"));
    connect(changed_, &QCheckBox::toggled, this, [this](bool on) {
        proxy_->set_changed_only(on);
        update_placeholder();
    });
    summary_ = new QLabel(this);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);

    view_ = new QTableView(this);
    view_->setObjectName(QStringLiteral("targetsView"));
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(TargetsModel::Name, Qt::AscendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setAlternatingRowColors(true);
    view_->setWordWrap(false);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    view_->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->setColumnWidth(TargetsModel::Name, 260);
    view_->setColumnWidth(TargetsModel::Binary, 170);
    view_->setColumnWidth(TargetsModel::Workers,
                          view_->fontMetrics().horizontalAdvance(QStringLiteral("Workers")) + 24);
    // Headers are longer in some languages ("Nächstes Merkmal"): none is cut off.
    for (int column = 0; column < proxy_->columnCount(); ++column)
        if (column != TargetsModel::Name && column != TargetsModel::Binary)
            view_->setColumnWidth(column,
                                  std::max(view_->columnWidth(column),
                                           view_->horizontalHeader()->sectionSizeHint(column)));
    // Names, binaries and status messages are the targets' own text (target_text.h).
    view_->setItemDelegate(new TargetTextDelegate(view_));
    view_->setItemDelegateForColumn(TargetsModel::Status, new StatusDelegate(view_));
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TargetsPage::selectionChanged);
    connect(view_, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT targetActivated(index.data(campaign::IdRole).toLongLong());
    });

    placeholder_ = new QLabel(this);
    placeholder_->setAlignment(Qt::AlignCenter);
    placeholder_->setWordWrap(true);
    placeholder_->setEnabled(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(filter_, 1);
    bar->addWidget(status_);
    bar->addWidget(changed_);
    bar->addWidget(summary_);
    auto* stack = new QStackedLayout;
    stack->setStackingMode(QStackedLayout::StackAll);
    stack->addWidget(placeholder_);
    stack->addWidget(view_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(stack, 1);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TargetsPage::update_placeholder);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TargetsPage::update_placeholder);
    connect(model, &QAbstractItemModel::modelReset, this, &TargetsPage::update_placeholder);
    // What the changes mean is read beside Status, where a user looks first; without a focus
    // the column would only be empty.
    view_->horizontalHeader()->moveSection(
        view_->horizontalHeader()->visualIndex(TargetsModel::Changed),
        view_->horizontalHeader()->visualIndex(TargetsModel::Status) + 1);
    view_->setColumnHidden(TargetsModel::Changed, true);
    connect(model, &QAbstractItemModel::dataChanged, this, &TargetsPage::update_changed_column);
    connect(model, &QAbstractItemModel::rowsInserted, this, &TargetsPage::update_changed_column);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &TargetsPage::update_changed_column);
    connect(model, &QAbstractItemModel::modelReset, this, &TargetsPage::update_changed_column);
    set_placeholder(tr("Open a project (File ▸ Open Project…): a build tree with fuzz targets "
                       "built with arcwise_add_fuzz_target()."));
}

void TargetsPage::set_placeholder(const QString& text) {
    placeholder_text_ = text;
    update_placeholder();
}

void TargetsPage::update_placeholder() {
    const int shown = proxy_->rowCount();
    const int all = model_->rowCount();
    if (all == 0)
        placeholder_->setText(placeholder_text_);
    else if (shown == 0)
        placeholder_->setText(tr("No target matches the filter."));
    placeholder_->setVisible(shown == 0);
    if (shown == 0)
        placeholder_->raise();
    summary_->setText(shown == all ? tr("%n target(s)", nullptr, all)
                                   : tr("%1 of %2 targets").arg(shown).arg(all));
}

void TargetsPage::update_changed_column() {
    bool any = false;
    for (int row = 0; row < model_->rowCount() && !any; ++row)
        any = model_->index(row, TargetsModel::Changed).data(campaign::SortRole).toInt() > 0;
    if (view_->isColumnHidden(TargetsModel::Changed) == any)
        view_->setColumnHidden(TargetsModel::Changed, !any);
}

QList<qint64> TargetsPage::selected_ids() const {
    QList<qint64> ids;
    for (const QModelIndex& index : view_->selectionModel()->selectedRows())
        ids.append(index.data(campaign::IdRole).toLongLong());
    return ids;
}

QStringList TargetsPage::selected_names() const {
    QStringList names;
    for (const QModelIndex& index : view_->selectionModel()->selectedRows())
        names.append(index.siblingAtColumn(TargetsModel::Name).data().toString());
    return names;
}

void TargetsPage::select_all() {
    view_->selectAll();
}

void TargetsPage::focus_filter() {
    filter_->setFocus();
    filter_->selectAll();
}

} // namespace arcwise::ui
