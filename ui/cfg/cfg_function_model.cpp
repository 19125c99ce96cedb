#include "cfg_function_model.h"

#include <QFileInfo>
#include <climits>

namespace arcwise::ui {

CfgFunctionModel::CfgFunctionModel(QObject* parent) : QAbstractTableModel(parent) {}

void CfgFunctionModel::set_model(std::shared_ptr<const campaign::CfgModel> model) {
    beginResetModel();
    model_ = std::move(model);
    rows_.clear();
    if (model_)
        for (size_t i = 0; i < model_->functions().size(); ++i)
            if (model_->functions()[i].shown)
                rows_.push_back(int(i));
    endResetModel();
}

int CfgFunctionModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() || !model_ ? 0 : int(rows_.size());
}

int CfgFunctionModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CfgFunctionModel::data(const QModelIndex& index, int role) const {
    if (!model_ || !index.isValid() || index.row() >= rowCount())
        return {};
    const int function = rows_[size_t(index.row())];
    const campaign::CfgFunction& f = model_->functions()[size_t(function)];
    const int total = f.total;
    if (role == kFunctionRole)
        return function;
    if (role == kFractionRole)
        return total > 0 ? double(f.covered) / total : 0.0;
    if (role == Qt::ToolTipRole)
        return tr("%1\n%2:%3\n%4 of %5 blocks covered")
            .arg(f.name, f.file)
            .arg(f.line)
            .arg(f.covered)
            .arg(total);
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole)
            return f.name;
        if (role == kSortRole)
            return f.name.toLower();
        break;
    case Covered:
        if (role == Qt::DisplayRole)
            return tr("%1 / %2").arg(f.covered).arg(total);
        if (role == kSortRole)
            return total > 0 ? double(f.covered) / total + 1e-9 * total : 0.0;
        break;
    case BestRank:
        if (role == Qt::DisplayRole)
            return f.best_rank > 0 ? QStringLiteral("#%1").arg(f.best_rank) : QString();
        if (role == kSortRole)
            return f.best_rank > 0 ? f.best_rank : INT_MAX;
        break;
    default:
        break;
    }
    return {};
}

QVariant CfgFunctionModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == BestRank)
        return tr("The rank of the function's best under-explored arc (1: the most code "
                  "unreached behind it)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Function");
    case Covered:
        return tr("Blocks");
    case BestRank:
        return tr("Rank");
    default:
        return {};
    }
}

} // namespace arcwise::ui
