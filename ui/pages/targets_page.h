#pragma once
// The target browser: every target of the project with its status, executions, speed, features,
// corpus, failures, the estimate of new behaviour and what the changes mean for it; sortable,
// filterable by text, status and "changed only".
// Selecting targets tells the dashboard and the campaign which ones to show or fuzz.

#include <QList>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QComboBox;
class QLabel;
class QTableView;
class QSortFilterProxyModel;

namespace arcwise::campaign {
class TargetsModel;
}

namespace arcwise::ui {

class TargetFilterProxy;

class TargetsPage : public QWidget {
    Q_OBJECT

public:
    TargetsPage(campaign::TargetsModel* model, QWidget* parent = nullptr);

    // Ids and names of the selected targets, in view order.
    QList<qint64> selected_ids() const;
    QStringList selected_names() const;
    void select_all();
    void focus_filter();
    // "Changed only": the targets focused on the changes (the Changed column not empty).
    QCheckBox* changed_filter() const { return changed_; }
    QTableView* view() const { return view_; }
    // Shown over an empty list (no project, or a project without targets).
    void set_placeholder(const QString& text);

Q_SIGNALS:
    void selectionChanged();
    void targetActivated(qint64 target_id);

private:
    void update_placeholder();
    // The Changed column is shown, next to Status, only while some target has a change focus.
    void update_changed_column();

    campaign::TargetsModel* model_;
    TargetFilterProxy* proxy_;
    QLineEdit* filter_;
    QComboBox* status_;
    QCheckBox* changed_;
    QTableView* view_;
    QLabel* placeholder_;
    QLabel* summary_;
    QString placeholder_text_;
};

} // namespace arcwise::ui
