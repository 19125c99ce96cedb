#pragma once
// A page per target: its charts, its corpus (size, features, when found), the smallest example
// covering each behaviour the fuzzer reached (printed as values, what a user shows to explain how
// far the fuzzer got), its events and target() scores, its source and its worker's recent output.

#include "campaign/session.h"
#include "campaign/target_job.h"

#include <QWidget>
#include <deque>
#include <map>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTreeWidget;

namespace arcwise::campaign {
class StatsHistory;
}

namespace arcwise::ui {

class DashboardView;
class SourceView;

class TargetPage : public QWidget {
    Q_OBJECT

public:
    explicit TargetPage(QWidget* parent = nullptr);

    void set_history(const campaign::StatsHistory* history);
    // Shows a target at once from what the last snapshot had; details follow (set_details).
    void show_target(qint64 target_id);
    void set_details(const campaign::TargetDetails& details);
    void update_progress(const std::vector<campaign::TargetProgress>& targets);
    void add_worker_output(const QString& binary, const QString& line);
    void clear();
    // Runs the target on its smallest examples and shows what they drew.
    void show_examples();
    void show_tab(int index);

    qint64 target_id() const { return target_id_; }
    const campaign::TargetDetails& details() const { return details_; }
    QTableWidget* corpus_table() const { return corpus_; }
    QTreeWidget* examples_tree() const { return examples_; }
    QTableWidget* observations_table() const { return observations_; }

Q_SIGNALS:
    void message(const QString& text);
    void examplesShown();

private:
    void show_row(const campaign::TargetRow& row);
    // Fuzzing time, time since new coverage and since a failure, stability, and the warnings.
    void show_health(const campaign::TargetProgress& p);
    void examples_finished(const campaign::TargetJobResult& result);

    qint64 target_id_ = 0;
    campaign::TargetDetails details_;
    std::vector<const campaign::CorpusEntry*> example_entries_;
    std::map<QString, std::deque<QString>> output_; // binary -> last lines
    campaign::TargetJob* job_;

    QLabel* title_;
    QLabel* meta_;
    QLabel* health_;
    QLabel* empty_;
    QWidget* body_;
    DashboardView* charts_;
    QTabWidget* tabs_;
    QTableWidget* corpus_;
    QTreeWidget* examples_;
    QPushButton* examples_button_;
    QLabel* examples_status_;
    QTableWidget* observations_;
    SourceView* source_;
    QPlainTextEdit* output_view_;
};

} // namespace arcwise::ui
