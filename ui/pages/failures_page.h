#pragma once
// Failures, one row per signature (deduplicated by the campaign): kind, target, status, count,
// first and last seen. The status is set in place (new, confirmed, fixed, flaky). Below the list,
// the selected failure's detail (failure_detail.h).

#include "campaign/types.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace arcwise::campaign {
class FailuresModel;
}

namespace arcwise::ui {

class FailureDetail;

class FailuresPage : public QWidget {
    Q_OBJECT

public:
    FailuresPage(campaign::FailuresModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return view_; }
    FailureDetail* detail() const { return detail_; }
    // Shows the selected failure again after the model changed (a smaller example stored, a new
    // status), keeping what the detail is doing.
    void refresh_detail();
    void select_failure(qint64 id);

Q_SIGNALS:
    void storeFailure(const arcwise::campaign::FailureRow& failure);
    void message(const QString& text);

private:
    void show_selected();

    campaign::FailuresModel* model_;
    QSortFilterProxyModel* proxy_;
    QTableView* view_;
    QComboBox* show_;
    QLabel* placeholder_;
    FailureDetail* detail_;
};

} // namespace arcwise::ui
