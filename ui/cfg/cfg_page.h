#pragma once
// The control-flow graph page: a target's functions (covered/total blocks, best under-explored
// arc; sortable, searchable), the chosen function's graph laid out by Graphviz and coloured by
// hits, its under-explored arcs best rank first, and the detail of a clicked block: its source,
// highlighted at its line, and the smallest corpus input that reaches it.
//
// Layout runs off the GUI thread; a result for a function no longer wanted is dropped. The page
// does not run targets: it asks for an input's printed draws with smallestInputRequested and
// shows the answer given to show_input_text. Exports: the view as SVG or PNG, and the whole
// coverage as a self-contained HTML report.

#include "campaign/cfg_layout.h"
#include "campaign/cfg_model.h"

#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;
class QTreeWidget;

namespace arcwise::ui {

class CfgFunctionModel;
class CfgGraphView;
class CfgLegend;
class CfgScene;
class SourceView;

class CfgPage : public QWidget {
    Q_OBJECT
public:
    explicit CfgPage(QWidget* parent = nullptr);
    ~CfgPage() override;

    // Shows the model's functions and opens the best-ranked one (or the first). A null model
    // empties the page. target_name titles the HTML report.
    void set_model(std::shared_ptr<const campaign::CfgModel> model, const QString& target_name);
    std::shared_ptr<const campaign::CfgModel> model() const { return model_; }

    // The function now shown (index in CfgModel::functions()), -1 for none; its layout may still
    // be running (layout_pending()).
    int current_function() const { return function_; }
    bool layout_pending() const { return pending_job_ != 0; }
    // The block whose detail is shown, -1 for none.
    int current_block() const { return block_; }

    // Writes the graph as shown (with its legend). False with *error (translated) on failure.
    bool export_svg(const QString& path, QString* error) const;
    bool export_png(const QString& path, QString* error) const;
    // Writes the whole coverage (campaign::coverage_html).
    bool export_report(const QString& path, QString* error) const;

    // For tests and the main window.
    QTableView* function_view() const { return functions_view_; }
    QLineEdit* search_field() const { return search_; }
    CfgScene* scene() const { return scene_; }
    CfgGraphView* graph_view() const { return view_; }
    QTreeWidget* arc_list() const { return arcs_; }
    SourceView* source_view() const { return source_; }
    QPlainTextEdit* input_view() const { return input_; }

public Q_SLOTS:
    // Opens a function's graph; the one shown before goes on the Back history.
    void show_function(int function);
    // Back to the function shown before (after following a call).
    void go_back();
    // As a click on the block: selects it, shows its source and asks for its smallest input.
    void select_block(int block);
    // As a click in the arcs list: selects the arc and centres it.
    void select_arc(int arc);
    // The printed draws of the input smallestInputRequested asked for.
    void show_input_text(const QString& text);

Q_SIGNALS:
    // The smallest stored input that reaches the clicked block; answer with show_input_text.
    void smallestInputRequested(qint64 corpus_id);
    // A function's graph is drawn (its layout applied).
    void functionShown(int function);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct LayoutResult {
        quint64 job = 0;
        int function = -1;
        std::optional<campaign::CfgLayout> layout;
        QString error;
    };

    void open_function(int function);
    void apply_layout(const LayoutResult& result);
    void redraw();
    void fill_arcs();
    void on_selection_changed();
    void show_block_detail(int block);
    void select_row_of(int function);
    void update_actions();
    void ask_export_svg();
    void ask_export_png();
    void ask_export_report();
    // The scene and legend painted into painter, fitting target.
    void render(QPainter* painter, const QRectF& target) const;
    QSizeF render_size() const;

    std::shared_ptr<const campaign::CfgModel> model_;
    QString target_name_;
    int function_ = -1;
    int block_ = -1;
    std::vector<int> history_;
    quint64 next_job_ = 0;
    quint64 pending_job_ = 0;
    std::optional<campaign::CfgLayout> layout_;

    CfgFunctionModel* function_model_;
    QSortFilterProxyModel* proxy_;
    QLineEdit* search_;
    QTableView* functions_view_;
    QTreeWidget* arcs_;
    QLabel* title_;
    QToolButton* back_;
    CfgScene* scene_;
    CfgGraphView* view_;
    CfgLegend* legend_;
    QLabel* block_title_;
    SourceView* source_;
    QLabel* input_title_;
    QPlainTextEdit* input_;
};

} // namespace arcwise::ui
