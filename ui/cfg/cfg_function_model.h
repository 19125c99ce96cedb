#pragma once
// The functions of a control-flow graph shown in its mode (CfgFunction::shown) as a table: name,
// blocks covered of total, and the rank of the function's best under-explored arc. Sorting by
// kSortRole orders coverage by fraction and puts functions without an under-explored arc after
// every ranked one.

#include "campaign/cfg_model.h"

#include <QAbstractTableModel>
#include <memory>
#include <vector>

namespace arcwise::ui {

class CfgFunctionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Covered, BestRank, ColumnCount };
    // What a proxy sorts by; FunctionRole gives the index in CfgModel::functions().
    static constexpr int kSortRole = Qt::UserRole + 1;
    static constexpr int kFunctionRole = Qt::UserRole + 2;
    // Covered fraction 0..1 for the bar delegate.
    static constexpr int kFractionRole = Qt::UserRole + 3;

    explicit CfgFunctionModel(QObject* parent = nullptr);
    void set_model(std::shared_ptr<const campaign::CfgModel> model);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::shared_ptr<const campaign::CfgModel> model_;
    std::vector<int> rows_; // function index per row
};

} // namespace arcwise::ui
