#pragma once
// Failures, one row per signature (deduplicated by the campaign): kind, target, status, count,
// first and last seen, and the failures still being shrunk (status "shrinking") from the moment
// they are found. Filtered by target, kind, status and text; the selection stays on the same
// failures while the list updates. The status is set in place, or for several selected failures
// at once with a reason (right-click, or Mark). Below the list, the current failure's detail
// (failure_detail.h).

#include "campaign/types.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace arcwise::campaign {
class FailuresModel;
}

namespace arcwise::ui {

class FailureDetail;
class FailureFilterProxy;

class FailuresPage : public QWidget {
    Q_OBJECT

public:
    FailuresPage(campaign::FailuresModel* model, QWidget* parent = nullptr);

    QTableView* view() const { return view_; }
    FailureDetail* detail() const { return detail_; }
    // Shows the selected failure again after the model changed (a smaller example stored, a new
    // status, a shrink's progress), keeping what the detail is doing.
    void refresh_detail();
    void select_failure(qint64 id);
    // Ids of the selected failures that are stored (not the ones still being shrunk).
    QList<qint64> selected_ids() const;

    // Filters: a target name, a kind, a status (empty: any) and a text found in the target,
    // kind, message or signature.
    void set_filter(const QString& target, const QString& kind, const QString& status,
                    const QString& text);
    QComboBox* target_filter() const { return target_filter_; }
    QComboBox* kind_filter() const { return kind_filter_; }
    QComboBox* status_filter() const { return status_filter_; }
    QLineEdit* text_filter() const { return text_filter_; }
    // The context menu of the selected failures (for tests: its actions are triggered directly).
    QMenu* context_menu();
    // Asks for a reason (a dialog unless `reason` is given) and sets the status of the selected
    // failures.
    void mark_selected(const QString& status, const QString* reason = nullptr);

Q_SIGNALS:
    void storeFailure(const arcwise::campaign::FailureRow& failure);
    void message(const QString& text);
    void statusChangeRequested(const QList<qint64>& failure_ids, const QString& status,
                               const QString& reason);
    void targetRequested(qint64 target_id);
    void graphRequested(qint64 target_id);

private:
    void show_selected();
    void update_filter_choices();
    void update_placeholder();
    // Widens the short columns to their header and their contents (never narrows them).
    void fit_columns();

    campaign::FailuresModel* model_;
    FailureFilterProxy* proxy_;
    QTableView* view_;
    QComboBox* target_filter_;
    QComboBox* kind_filter_;
    QComboBox* status_filter_;
    QLineEdit* text_filter_;
    QPushButton* mark_button_;
    QLabel* count_;
    QLabel* placeholder_;
    FailureDetail* detail_;
    QMenu* menu_ = nullptr;
};

} // namespace arcwise::ui
