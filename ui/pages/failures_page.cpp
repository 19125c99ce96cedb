#include "failures_page.h"

#include "campaign/models.h"
#include "failure_detail.h"
#include "status_delegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace arcwise::ui {

using campaign::FailuresModel;

namespace {

// Edits a failure's status with a combo box of the four statuses.
class FailureStatusDelegate : public StatusDelegate {
public:
    using StatusDelegate::StatusDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex&) const override {
        auto* combo = new QComboBox(parent);
        for (const char* s : {campaign::kFailureNew, campaign::kFailureConfirmed,
                              campaign::kFailureFixed, campaign::kFailureFlaky})
            combo->addItem(campaign::status_text(QString::fromLatin1(s)), QString::fromLatin1(s));
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        auto* combo = static_cast<QComboBox*>(editor);
        combo->setCurrentIndex(
            std::max(0, combo->findData(index.data(campaign::SortRole).toString())));
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override {
        model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
    }
};

// Open failures (not fixed), or all of them.
class OpenFailuresProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void set_open_only(bool open_only) {
        open_only_ = open_only;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        if (!open_only_)
            return true;
        return sourceModel()
                   ->index(row, FailuresModel::Status, parent)
                   .data(campaign::SortRole)
                   .toString() != QLatin1String(campaign::kFailureFixed);
    }

private:
    bool open_only_ = false;
};

} // namespace

FailuresPage::FailuresPage(FailuresModel* model, QWidget* parent) : QWidget(parent), model_(model) {
    auto* proxy = new OpenFailuresProxy(this);
    proxy_ = proxy;
    proxy_->setSourceModel(model);
    proxy_->setSortRole(campaign::SortRole);
    proxy_->setDynamicSortFilter(true);

    show_ = new QComboBox(this);
    show_->addItem(tr("All failures"));
    show_->addItem(tr("Open failures (not fixed)"));
    connect(show_, &QComboBox::currentIndexChanged, this,
            [proxy](int index) { proxy->set_open_only(index == 1); });

    view_ = new QTableView(this);
    view_->setObjectName(QStringLiteral("failuresView"));
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(FailuresModel::LastSeen, Qt::DescendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                           QAbstractItemView::EditKeyPressed);
    view_->setAlternatingRowColors(true);
    view_->setWordWrap(false);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->setColumnWidth(FailuresModel::Id, 48);
    view_->setColumnWidth(FailuresModel::Target, 220);
    // Targets, kinds, messages, locations and signatures are what the targets wrote.
    view_->setItemDelegate(new TargetTextDelegate(view_));
    view_->setItemDelegateForColumn(FailuresModel::Status, new FailureStatusDelegate(view_));
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FailuresPage::show_selected);

    placeholder_ = new QLabel(tr("No failures yet. Start a campaign: every failure it finds is "
                                 "reproduced, shrunk to a minimal example and listed here."),
                              this);
    placeholder_->setWordWrap(true);
    placeholder_->setAlignment(Qt::AlignCenter);
    placeholder_->setEnabled(false);

    detail_ = new FailureDetail(this);
    connect(detail_, &FailureDetail::storeFailure, this, &FailuresPage::storeFailure);
    connect(detail_, &FailureDetail::message, this, &FailuresPage::message);

    auto* top = new QWidget(this);
    auto* top_layout = new QVBoxLayout(top);
    top_layout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show"), top));
    bar->addWidget(show_);
    bar->addStretch();
    top_layout->addLayout(bar);
    top_layout->addWidget(view_);
    top_layout->addWidget(placeholder_);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(detail_);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 420});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    auto update_placeholder = [this] {
        placeholder_->setVisible(model_->rowCount() == 0);
        view_->setVisible(model_->rowCount() > 0);
    };
    connect(model, &QAbstractItemModel::rowsInserted, this, update_placeholder);
    connect(model, &QAbstractItemModel::rowsRemoved, this, update_placeholder);
    connect(model, &QAbstractItemModel::modelReset, this, update_placeholder);
    update_placeholder();
}

void FailuresPage::show_selected() {
    const QModelIndex current = view_->selectionModel()->currentIndex();
    if (!current.isValid()) {
        detail_->set_failure(nullptr);
        return;
    }
    const campaign::FailureRow* f = model_->row_at(proxy_->mapToSource(current).row());
    detail_->set_failure(f);
}

void FailuresPage::refresh_detail() {
    const QModelIndex current = view_->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    if (const campaign::FailureRow* f = model_->row_at(proxy_->mapToSource(current).row()))
        detail_->update_failure(*f);
}

void FailuresPage::select_failure(qint64 id) {
    for (int row = 0; row < proxy_->rowCount(); ++row) {
        const QModelIndex index = proxy_->index(row, 0);
        if (index.data(campaign::IdRole).toLongLong() == id) {
            view_->setCurrentIndex(index);
            view_->scrollTo(index);
            return;
        }
    }
}

} // namespace arcwise::ui
