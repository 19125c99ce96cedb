#pragma once
// The source coverage view: the files of a target's code with lines and arcs covered per file and
// per function (CfgModel::file_coverage, function_coverage: llvm-cov's counts, in the model's
// mode: the user's code, or everything), and a file shown with each line tinted by how many corpus
// inputs reach it (the graph's hit scale; never-reached lines grey), its count in the gutter, and
// branch points whose arcs are under-explored marked with their rank, and changed lines (the
// model's change marks) with a purple bar at the gutter's edge. Clicking a line shows the
// smallest input that reaches it (asked for with smallestInputRequested, as the graph page does)
// and offers the line's block in the graph.

#include "campaign/cfg_model.h"

#include <QWidget>
#include <memory>
#include <vector>

class QLabel;
class QPushButton;
class QSplitter;
class QTreeWidget;
class QTreeWidgetItem;

namespace arcwise::ui {

class ElidedLabel;
class InputPane;
class SourceView;

class SourceCoverageView : public QWidget {
    Q_OBJECT
public:
    explicit SourceCoverageView(QWidget* parent = nullptr);

    // The model's files in its mode. Opens the file with the lowest line coverage. A null model
    // empties the view.
    void set_model(std::shared_ptr<const campaign::CfgModel> model);
    // Shows file at line (1-based). A path the model does not know exactly is matched by its
    // canonical path, then by its trailing components. False when the view has no such file.
    bool open_location(const QString& file, int line);

    const std::vector<campaign::CfgCoverage>& files() const { return files_; }
    // The file shown (as the model names it), empty for none; the line clicked or opened.
    QString current_file() const { return file_; }
    int current_line() const { return line_; }

    QTreeWidget* table() const { return table_; }
    SourceView* source_view() const { return source_; }
    InputPane* input_pane() const { return input_; }
    QSplitter* splitter() const { return split_; }

Q_SIGNALS:
    // The smallest stored input that reaches the clicked line; answer through input_pane().
    void smallestInputRequested(qint64 corpus_id);
    // "Show in graph": the block of the clicked line.
    void blockRequested(int block);

private:
    void fill_table();
    void show_file(int file, int line);
    int find_file(const QString& path) const;
    void show_line(int line);
    void on_item_changed(QTreeWidgetItem* item);

    std::shared_ptr<const campaign::CfgModel> model_;
    std::vector<campaign::CfgCoverage> files_;
    std::vector<campaign::CfgLineHits> lines_; // of the file shown
    QString file_;
    int line_ = 0;
    int block_ = -1;

    QSplitter* split_;
    QTreeWidget* table_;
    ElidedLabel* file_title_;
    SourceView* source_;
    QLabel* line_info_;
    QPushButton* graph_button_;
    InputPane* input_;
};

} // namespace arcwise::ui
