#include "failures_page.h"

#include "campaign/models.h"
#include "failure_detail.h"
#include "status_delegate.h"

#include <QComboBox>
#include <QContextMenuEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace arcwise::ui {

using campaign::FailuresModel;

namespace {

// The statuses a user sets, in the order menus list them.
constexpr const char* kUserStatuses[] = {campaign::kFailureNew, campaign::kFailureConfirmed,
                                         campaign::kFailureFixed, campaign::kFailureFlaky,
                                         campaign::kFailureIgnored};
// The status filter's "open": everything a user still has to look at.
const QLatin1String kOpen("open");

// Edits a failure's status with a combo box of the statuses.
class FailureStatusDelegate : public StatusDelegate {
public:
    using StatusDelegate::StatusDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&,
                          const QModelIndex&) const override {
        auto* combo = new QComboBox(parent);
        for (const char* s : kUserStatuses)
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

} // namespace

// Target, kind, status and text filters.
class FailureFilterProxy : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void set(const QString& target, const QString& kind, const QString& status,
             const QString& text) {
        target_ = target;
        kind_ = kind;
        status_ = status;
        text_ = text;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override {
        const QAbstractItemModel* m = sourceModel();
        auto value = [&](int column, int role = campaign::SortRole) {
            return m->index(row, column, parent).data(role).toString();
        };
        if (!target_.isEmpty() && value(FailuresModel::Target) != target_)
            return false;
        if (!kind_.isEmpty() && value(FailuresModel::Kind) != kind_)
            return false;
        const QString status = value(FailuresModel::Status);
        if (status_ == kOpen) {
            if (status == QLatin1String(campaign::kFailureFixed) ||
                status == QLatin1String(campaign::kFailureIgnored))
                return false;
        } else if (!status_.isEmpty() && status != status_) {
            return false;
        }
        if (text_.isEmpty())
            return true;
        for (int column :
             {int(FailuresModel::Target), int(FailuresModel::Kind), int(FailuresModel::Message)})
            if (value(column, Qt::DisplayRole).contains(text_, Qt::CaseInsensitive))
                return true;
        return m->index(row, 0, parent)
            .data(Qt::ToolTipRole)
            .toString()
            .contains(text_, Qt::CaseInsensitive); // the signature
    }

private:
    QString target_, kind_, status_, text_;
};

FailuresPage::FailuresPage(FailuresModel* model, QWidget* parent) : QWidget(parent), model_(model) {
    proxy_ = new FailureFilterProxy(this);
    proxy_->setSourceModel(model);
    proxy_->setSortRole(campaign::SortRole);
    proxy_->setDynamicSortFilter(true);

    target_filter_ = new QComboBox(this);
    target_filter_->setObjectName(QStringLiteral("failureTargetFilter"));
    target_filter_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    target_filter_->addItem(tr("All targets"), QString());
    kind_filter_ = new QComboBox(this);
    kind_filter_->setObjectName(QStringLiteral("failureKindFilter"));
    kind_filter_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    kind_filter_->addItem(tr("All kinds"), QString());
    status_filter_ = new QComboBox(this);
    status_filter_->setObjectName(QStringLiteral("failureStatusFilter"));
    status_filter_->addItem(tr("All statuses"), QString());
    status_filter_->addItem(tr("Open (not fixed or ignored)"), QString(kOpen));
    for (const char* s : kUserStatuses)
        status_filter_->addItem(campaign::status_text(QString::fromLatin1(s)),
                                QString::fromLatin1(s));
    status_filter_->addItem(campaign::status_text(QString::fromLatin1(campaign::kFailureShrinking)),
                            QString::fromLatin1(campaign::kFailureShrinking));
    text_filter_ = new QLineEdit(this);
    text_filter_->setObjectName(QStringLiteral("failureTextFilter"));
    text_filter_->setClearButtonEnabled(true);
    text_filter_->setPlaceholderText(tr("Filter by target, kind, message or signature"));
    auto apply = [this] {
        proxy_->set(target_filter_->currentData().toString(),
                    kind_filter_->currentData().toString(),
                    status_filter_->currentData().toString(), text_filter_->text());
        update_placeholder();
    };
    connect(target_filter_, &QComboBox::currentIndexChanged, this, apply);
    connect(kind_filter_, &QComboBox::currentIndexChanged, this, apply);
    connect(status_filter_, &QComboBox::currentIndexChanged, this, apply);
    connect(text_filter_, &QLineEdit::textChanged, this, apply);

    mark_button_ = new QPushButton(tr("Mark…"), this);
    mark_button_->setObjectName(QStringLiteral("markButton"));
    mark_button_->setToolTip(tr("Set the status of the selected failures, with a reason"));
    mark_button_->setEnabled(false);
    connect(mark_button_, &QPushButton::clicked, this, [this] {
        context_menu()->popup(mark_button_->mapToGlobal(QPoint(0, mark_button_->height())));
    });
    count_ = new QLabel(this);

    view_ = new QTableView(this);
    view_->setObjectName(QStringLiteral("failuresView"));
    view_->setModel(proxy_);
    view_->setSortingEnabled(true);
    view_->sortByColumn(FailuresModel::LastSeen, Qt::DescendingOrder);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                           QAbstractItemView::EditKeyPressed);
    view_->setAlternatingRowColors(true);
    view_->setWordWrap(false);
    view_->setContextMenuPolicy(Qt::CustomContextMenu);
    view_->verticalHeader()->hide();
    view_->verticalHeader()->setDefaultSectionSize(view_->fontMetrics().height() + 8);
    view_->horizontalHeader()->setStretchLastSection(true);
    view_->setColumnWidth(FailuresModel::Id, 48);
    view_->setColumnWidth(FailuresModel::Target, 220);
    view_->setColumnWidth(FailuresModel::Status, 110);
    // Targets, kinds, messages, locations and signatures are what the targets wrote.
    view_->setItemDelegate(new TargetTextDelegate(view_));
    view_->setItemDelegateForColumn(FailuresModel::Status, new FailureStatusDelegate(view_));
    connect(view_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FailuresPage::show_selected);
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { mark_button_->setEnabled(!selected_ids().isEmpty()); });
    connect(view_, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = view_->indexAt(at);
        if (index.isValid() && !view_->selectionModel()->isRowSelected(index.row()))
            view_->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
        context_menu()->popup(view_->viewport()->mapToGlobal(at));
    });

    placeholder_ = new QLabel(this);
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
    bar->addWidget(text_filter_, 1);
    bar->addWidget(target_filter_);
    bar->addWidget(kind_filter_);
    bar->addWidget(status_filter_);
    bar->addWidget(mark_button_);
    bar->addWidget(count_);
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

    connect(model, &QAbstractItemModel::rowsInserted, this, &FailuresPage::update_placeholder);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &FailuresPage::update_placeholder);
    connect(model, &QAbstractItemModel::modelReset, this, &FailuresPage::update_placeholder);
    connect(model, &QAbstractItemModel::rowsInserted, this, &FailuresPage::update_filter_choices);
    connect(model, &QAbstractItemModel::dataChanged, this, &FailuresPage::update_filter_choices);
    connect(model, &QAbstractItemModel::rowsInserted, this, &FailuresPage::fit_columns);
    update_placeholder();
    fit_columns();
}

void FailuresPage::fit_columns() {
    // Headers and kinds are longer in some languages ("Zeitüberschreitung"): nothing is cut off.
    QHeaderView* header = view_->horizontalHeader();
    for (const int column : {int(FailuresModel::Kind), int(FailuresModel::Count),
                             int(FailuresModel::FirstSeen), int(FailuresModel::LastSeen)}) {
        const int width = header->sectionSize(column);
        view_->resizeColumnToContents(column); // the header's and the contents' size
        if (header->sectionSize(column) < width)
            header->resizeSection(column, width);
    }
}

void FailuresPage::update_filter_choices() {
    // The targets and kinds that have failures, added as they appear (a choice is never taken
    // away under the user's hands).
    for (int row = 0; row < model_->rowCount(); ++row) {
        const campaign::FailureRow* f = model_->row_at(row);
        if (!f)
            continue;
        if (target_filter_->findData(f->target) < 0)
            target_filter_->addItem(f->target, f->target);
        if (kind_filter_->findData(f->kind) < 0)
            kind_filter_->addItem(campaign::kind_text(f->kind), f->kind);
    }
}

void FailuresPage::update_placeholder() {
    const int all = model_->rowCount();
    const int shown = proxy_->rowCount();
    placeholder_->setText(all == 0 ? tr("No failures yet. Start a campaign: every failure it "
                                        "finds is listed here at once, reproduced and shrunk to "
                                        "a minimal example.")
                                   : tr("No failure matches the filter."));
    placeholder_->setVisible(shown == 0);
    view_->setVisible(shown > 0);
    count_->setText(shown == all ? tr("%n failure(s)", nullptr, all)
                                 : tr("%1 of %2 failures").arg(shown).arg(all));
}

void FailuresPage::set_filter(const QString& target, const QString& kind, const QString& status,
                              const QString& text) {
    update_filter_choices();
    target_filter_->setCurrentIndex(std::max(0, target_filter_->findData(target)));
    kind_filter_->setCurrentIndex(std::max(0, kind_filter_->findData(kind)));
    status_filter_->setCurrentIndex(std::max(0, status_filter_->findData(status)));
    text_filter_->setText(text);
}

QList<qint64> FailuresPage::selected_ids() const {
    QList<qint64> ids;
    for (const QModelIndex& index : view_->selectionModel()->selectedRows()) {
        const qint64 id = index.data(campaign::IdRole).toLongLong();
        if (id > 0)
            ids << id;
    }
    return ids;
}

QMenu* FailuresPage::context_menu() {
    if (!menu_)
        menu_ = new QMenu(this);
    menu_->clear();
    const QModelIndex current = view_->selectionModel()->currentIndex();
    const campaign::FailureRow* f =
        current.isValid() ? model_->row_at(proxy_->mapToSource(current).row()) : nullptr;
    const QList<qint64> ids = selected_ids();
    QAction* target = menu_->addAction(tr("Open the Target's Page"));
    target->setObjectName(QStringLiteral("openTargetAction"));
    QAction* graph = menu_->addAction(tr("Show Its Control-Flow Graph"));
    QAction* source = menu_->addAction(tr("Show the Failing Source Line"));
    source->setObjectName(QStringLiteral("showSourceAction"));
    for (QAction* a : {target, graph, source})
        a->setEnabled(f != nullptr);
    if (f) {
        const qint64 target_id = f->target_id;
        connect(target, &QAction::triggered, this,
                [this, target_id] { Q_EMIT targetRequested(target_id); });
        connect(graph, &QAction::triggered, this,
                [this, target_id] { Q_EMIT graphRequested(target_id); });
        connect(source, &QAction::triggered, this,
                [this] { detail_->tabs()->setCurrentIndex(2); }); // Stack and source
    }
    menu_->addSeparator();
    for (const char* s : kUserStatuses) {
        const QString status = QString::fromLatin1(s);
        QAction* a =
            menu_->addAction(ids.size() > 1 ? tr("Mark %n Failures %1…", nullptr, int(ids.size()))
                                                  .arg(campaign::status_text(status))
                                            : tr("Mark %1…").arg(campaign::status_text(status)));
        a->setObjectName(QStringLiteral("mark_") + status);
        a->setEnabled(!ids.isEmpty());
        if (ids.isEmpty())
            a->setToolTip(tr("Select stored failures first (one being shrunk has no status)"));
        connect(a, &QAction::triggered, this, [this, status] { mark_selected(status); });
    }
    menu_->setToolTipsVisible(true);
    return menu_;
}

void FailuresPage::mark_selected(const QString& status, const QString* given_reason) {
    const QList<qint64> ids = selected_ids();
    if (ids.isEmpty())
        return;
    QString reason;
    if (given_reason) {
        reason = *given_reason;
    } else {
        bool ok = false;
        reason = QInputDialog::getText(
            this, tr("Mark as %1").arg(campaign::status_text(status)),
            tr("Why are these %n failure(s) %1? (kept with the status; may stay empty)", nullptr,
               int(ids.size()))
                .arg(campaign::status_text(status)),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    Q_EMIT statusChangeRequested(ids, status, reason.trimmed());
    Q_EMIT message(
        tr("%n failure(s) marked %1", nullptr, int(ids.size())).arg(campaign::status_text(status)));
}

void FailuresPage::show_selected() {
    const QModelIndex current = view_->selectionModel()->currentIndex();
    if (!current.isValid()) {
        detail_->set_failure(nullptr);
        return;
    }
    const int row = proxy_->mapToSource(current).row();
    if (const campaign::ShrinkingFailure* s = model_->shrinking_at(row)) {
        detail_->set_shrinking(*s);
        return;
    }
    detail_->set_failure(model_->row_at(row));
}

void FailuresPage::refresh_detail() {
    const QModelIndex current = view_->selectionModel()->currentIndex();
    if (!current.isValid())
        return;
    const int row = proxy_->mapToSource(current).row();
    const campaign::FailureRow* f = model_->row_at(row);
    if (!f)
        return;
    const std::optional<qint64> shown = detail_->failure_id();
    if (const campaign::ShrinkingFailure* s = model_->shrinking_at(row)) {
        detail_->set_shrinking(*s);
        return;
    }
    if (shown && *shown != f->id)
        detail_->set_failure(f); // the current row is another failure now
    else
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
