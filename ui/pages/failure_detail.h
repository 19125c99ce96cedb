#pragma once
// One failure in full: the minimal example as printed values, the raw input (hex), the message,
// the stack with each frame opening its source at that line, and what a user does next: minimise
// further (with progress and cancel), reproduce (the target's output), copy a reproducer command
// line, export the input, write a regression file. The runs happen in a campaign::TargetJob
// (a fresh process); a smaller example is handed back through storeFailure() to be stored.

#include "campaign/regression_test.h"
#include "campaign/session.h"
#include "campaign/target_job.h"
#include "campaign/types.h"

#include <QWidget>
#include <functional>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace arcwise::ui {

class HexView;
class SourceView;
class StackView;

class FailureDetail : public QWidget {
    Q_OBJECT

public:
    explicit FailureDetail(QWidget* parent = nullptr);
    ~FailureDetail() override;

    // Shows a failure (nullptr: none). A job that runs goes on; its result is still stored.
    void set_failure(const campaign::FailureRow* failure);
    // The shown failure changed in the database (same id): update what is shown.
    void update_failure(const campaign::FailureRow& failure);
    // How to learn a target's kind ("libfuzzer" or "property") for exporting its inputs.
    void set_kind_lookup(std::function<QString(qint64 target_id)> lookup) {
        kind_of_ = std::move(lookup);
    }
    // How to learn a target's source file and the line of its test (for the regression test).
    void set_source_lookup(std::function<std::pair<QString, int>(qint64 target_id)> lookup) {
        source_of_ = std::move(lookup);
    }
    // Shows a failure still being shrunk (its row in the list has the status "shrinking"): its
    // input as found and the shrink's progress; nothing can be run on it yet.
    void set_shrinking(const campaign::ShrinkingFailure& shrinking);
    // Seconds a "minimise further" run may take.
    void set_minimize_seconds(int seconds) { minimize_seconds_ = seconds; }

    std::optional<qint64> failure_id() const;
    // The failure shown (null: none); its id is negative while it is being shrunk.
    const campaign::FailureRow* failure() const { return failure_ ? &*failure_ : nullptr; }
    bool job_running() const;

    // The actions, also for tests and shortcuts.
    void minimize();
    void reproduce();
    void cancel_job();
    void copy_reproducer();
    void export_input(const QString& path = {});
    void write_regression();
    // The Reproducers page: the replay command lines and the regression test in source form
    // (a diff against the test's source file for a property test; the regression file and its
    // CTest line for a harness).
    QString replay_command() const;
    QString regression_test_text() const;
    const campaign::SourcePatch& source_patch() const { return patch_; }
    // Writes the patched test source (the example added) over the test's file, or to `path`.
    bool save_regression_test(const QString& path = {});

    QTabWidget* tabs() const { return tabs_; }
    QPlainTextEdit* example_view() const { return example_; }
    QPlainTextEdit* output_view() const { return output_; }
    QPlainTextEdit* reproducers_view() const { return reproducers_; }
    QProgressBar* shrink_progress() const { return shrink_progress_; }
    HexView* hex_view() const { return hex_; }
    StackView* stack_view() const { return stack_; }
    SourceView* source_view() const { return source_; }
    QLabel* job_status() const { return job_status_; }

Q_SIGNALS:
    void storeFailure(const arcwise::campaign::FailureRow& failure);
    void message(const QString& text);
    void jobFinished(const arcwise::campaign::TargetJobResult& result);

private:
    void show_failure();
    void update_buttons();
    void job_finished(const campaign::TargetJobResult& result);
    void open_source(const QString& file, int line);
    QString kind_of(const campaign::FailureRow& f) const;
    void update_reproducers();
    QString input_path(const campaign::FailureRow& f) const;
    bool write_input_file(const campaign::FailureRow& f);

    std::optional<campaign::FailureRow> failure_;
    campaign::TargetJob* job_;
    std::optional<campaign::FailureRow> job_failure_; // what the running job works on
    std::function<QString(qint64)> kind_of_;
    std::function<std::pair<QString, int>(qint64)> source_of_;
    std::optional<campaign::ShrinkingFailure> shrinking_;
    campaign::SourcePatch patch_;
    QString reproducers_key_; // the failure and example the Reproducers page shows
    QStringList shown_frames_;
    QString shown_frames_base_;
    int minimize_seconds_ = 300;

    QLabel* title_;
    QLabel* meta_;
    QLabel* message_;
    QPushButton* minimize_button_;
    QPushButton* reproduce_button_;
    QPushButton* copy_button_;
    QPushButton* export_button_;
    QPushButton* regression_button_;
    QPushButton* cancel_button_;
    QProgressBar* progress_;
    QLabel* job_status_;
    QTabWidget* tabs_;
    QPlainTextEdit* example_;
    QLabel* input_label_;
    HexView* hex_;
    StackView* stack_;
    QLabel* source_label_;
    SourceView* source_;
    QPlainTextEdit* output_;
    QPlainTextEdit* reproducers_;
    QPushButton* copy_replay_button_;
    QPushButton* copy_test_button_;
    QPushButton* save_test_button_;
    QLabel* reproducers_label_;
    QProgressBar* shrink_progress_;
    QLabel* shrink_label_;
    QWidget* shrink_bar_;
    QWidget* body_;
    QLabel* empty_;
};

} // namespace arcwise::ui
