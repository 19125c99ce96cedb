#pragma once
// The control-flow graph page: a target's functions (covered/total blocks, best under-explored
// arc; sortable, searchable), the chosen function's graph laid out by Graphviz and coloured by
// hits, its under-explored arcs best rank first, and the detail of a clicked block: its source,
// highlighted at its line, and the smallest corpus input that reaches it. Changed code (the
// model's change marks) is marked in both views, with a legend entry. A second tab shows the
// same coverage through the source (SourceCoverageView). The page names its target and picks
// another with a combo box (targetChosen); the window loads the graph and hands it to set_model.
//
// Layout promises: no text the target controls (function names, paths) widens the page (they are
// elided in the middle, whole in tool tips); the graph keeps at least kMinGraphWidth pixels, since
// no splitter collapses it; the whole page fits in 1024x700.
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

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QTableView;
class QToolButton;
class QTreeWidget;

namespace arcwise::ui {

class CfgFunctionModel;
class CfgGraphView;
class CfgLegend;
class CfgScene;
class ElidedLabel;
class InputPane;
class SourceCoverageView;
class SourceView;

class CfgPage : public QWidget {
    Q_OBJECT
public:
    // The graph never gets narrower than this (pixels), whatever the splitter and the window do.
    static constexpr int kMinGraphWidth = 320;
    enum Tab { GraphTab, SourceTab };

    explicit CfgPage(QWidget* parent = nullptr);
    ~CfgPage() override;

    // The targets the picker offers: id and name, in the order shown. The one shown stays chosen.
    void set_targets(const std::vector<std::pair<qint64, QString>>& targets);
    // The window is loading target's graph: the picker shows it and the page says so.
    void show_loading(qint64 target_id);
    // The graph of the target being loaded could not be had: the page says why (translated).
    void show_load_error(const QString& error);
    // The target chosen in the picker (or shown), -1 for none.
    qint64 current_target() const;
    QString target_name(qint64 target_id) const;

    // Shows the model's functions and opens the best-ranked one (or the first). A null model
    // empties the page. target_name titles the HTML report. When "Show library code" is on and
    // the model is folded to the user's code (or the other way round), a copy in the page's mode
    // is made off the GUI thread and shown instead (modeChanged).
    void set_model(std::shared_ptr<const campaign::CfgModel> model, const QString& target_name);
    // "Show library code": everything the binary has (true) or the user's code only.
    void set_all_code(bool all);
    bool all_code() const;
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

    // Shows file at line in the source coverage view (its tab comes to the front). False when the
    // graph has no code in that file.
    bool open_source_location(const QString& file, int line);

    // For tests and the main window.
    QTableView* function_view() const { return functions_view_; }
    QLineEdit* search_field() const { return search_; }
    CfgScene* scene() const { return scene_; }
    CfgGraphView* graph_view() const { return view_; }
    QTreeWidget* arc_list() const { return arcs_; }
    SourceView* source_view() const { return source_; }
    QPlainTextEdit* input_view() const;
    InputPane* input_pane() const { return input_; }
    QComboBox* target_picker() const { return target_combo_; }
    QCheckBox* library_toggle() const { return library_toggle_; }
    ElidedLabel* title_label() const { return title_; }
    QSplitter* splitter() const { return split_; }
    QTabWidget* tabs() const { return tabs_; }
    SourceCoverageView* coverage_view() const { return coverage_; }
    // The legend explains the mark of changed code (the model marks some).
    bool legend_shows_changes() const;
    // The text of a block's box after its location and hits: its source line, trimmed.
    QString block_code(int block) const;

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
    // The raw bytes of that input, for a libFuzzer harness: shown as a hex dump with their size.
    void show_input_bytes(qint64 corpus_id, const QByteArray& bytes);

Q_SIGNALS:
    // The smallest stored input that reaches the clicked block; answer with show_input_text.
    void smallestInputRequested(qint64 corpus_id);
    // A function's graph is drawn (its layout applied).
    void functionShown(int function);
    // The user picked another target in the page's picker.
    void targetChosen(qint64 target_id);
    // The model shown now has the page's mode (after set_all_code or set_model).
    void modeChanged(bool all_code);

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
    void show_empty(const QString& text);
    void show_model(std::shared_ptr<const campaign::CfgModel> model);
    void select_row_of(int function);
    void update_actions();
    void ask_export_svg();
    void ask_export_png();
    void ask_export_report();
    // The scene and legend painted into painter, fitting target.
    void render(QPainter* painter, const QRectF& target) const;
    QSizeF render_size() const;

    std::shared_ptr<const campaign::CfgModel> model_; // shown, in the page's mode
    std::shared_ptr<const campaign::CfgModel> given_; // as set_model had it
    QString target_name_;
    int function_ = -1;
    int block_ = -1;
    std::vector<int> history_;
    int select_after_layout_ = -1;     // a block to select once its function is laid out
    InputPane* input_asker_ = nullptr; // the pane whose input request is outstanding
    quint64 next_job_ = 0;
    quint64 pending_job_ = 0;
    quint64 mode_job_ = 0; // the copy being made in another mode; 0 for none
    std::optional<campaign::CfgLayout> layout_;

    CfgFunctionModel* function_model_;
    QSortFilterProxyModel* proxy_;
    QLineEdit* search_;
    QTableView* functions_view_;
    QTreeWidget* arcs_;
    QComboBox* target_combo_;
    QLabel* summary_;
    QCheckBox* library_toggle_;
    QTabWidget* tabs_;
    QSplitter* split_;
    ElidedLabel* title_;
    QToolButton* back_;
    CfgScene* scene_;
    CfgGraphView* view_;
    CfgLegend* legend_;
    ElidedLabel* block_title_;
    QLabel* block_info_;
    SourceView* source_;
    InputPane* input_;
    SourceCoverageView* coverage_;
};

} // namespace arcwise::ui
