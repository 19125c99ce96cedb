#pragma once
// The campaign dashboard's charts: coverage, execs/s, corpus size and failures found over time or
// executions, drawn from a StatsHistory.

#include "campaign/stats_history.h"

#include <QList>
#include <QStringList>
#include <QWidget>
#include <array>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineSeries;
class QLogValueAxis;
class QStackedWidget;
class QValueAxis;
class QChart;
class QChartView;

namespace arcwise::ui {

// Four charts in a grid (features, execs/s, corpus size, failures) with controls above them for
// the x axis (time or executions), the y scale (linear or logarithmic) and a legend.
//
// Promises:
// - With no selection it draws one "All targets" line; otherwise one line per selected target,
//   up to kMaxLines, and the legend says how many more are selected.
// - refresh() is cheap enough to call every second with hundreds of targets: each line gets at
//   most kMaxPointsPerLine points in one QXYSeries::replace() call, series and axes are created
//   once and reused, and nothing is redrawn when neither the history nor the settings changed.
//   While the widget is hidden refresh() only notes that it is due, and showing it catches up.
// - Colours follow the widget's palette (light and dark themes), lines use series_color().
// - An empty or missing history shows a placeholder, not empty axes.
//
// The history is not owned and must outlive the view (or be unset with set_history(nullptr)).
class DashboardView : public QWidget {
    Q_OBJECT

public:
    static constexpr int kMaxLines = 8;
    static constexpr int kMaxPointsPerLine = 400;

    explicit DashboardView(QWidget* parent = nullptr);
    ~DashboardView() override;

    void set_history(const campaign::StatsHistory* history);
    // Targets to draw, with their names for the legend (parallel lists). Empty: all targets as
    // one aggregate line.
    void set_selection(const QList<qint64>& target_ids, const QStringList& names);
    // Redraws from the history when it changed (its revision) or the settings did.
    void refresh();
    // The scaling hint under the charts: what the campaign is worth per core and what more or
    // fewer cores would do (campaign/scaling.h), already worded; empty hides it.
    void set_scaling(const QString& text, const QString& details);
    // Compact: smaller charts without controls or legend, for a per-target page.
    void set_compact(bool compact);
    bool compact() const { return compact_; }

    // The controls' settings, for an owner that remembers them.
    void set_x_axis(campaign::StatsHistory::Axis axis);
    campaign::StatsHistory::Axis x_axis() const { return axis_; }
    void set_log_scale(bool log);
    bool log_scale() const { return log_; }

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct Panel {
        campaign::StatsHistory::Metric metric;
        QChartView* view = nullptr;
        QChart* chart = nullptr;
        QValueAxis* x = nullptr;
        QValueAxis* y_linear = nullptr;
        QLogValueAxis* y_log = nullptr;
        std::array<QLineSeries*, kMaxLines> lines{};
    };

    void build_panel(Panel& panel, campaign::StatsHistory::Metric metric);
    void attach_y_axes();
    void apply_palette();
    void apply_fonts();
    void update_legend();
    void redraw();
    QString chart_title(campaign::StatsHistory::Metric metric) const;
    QString y_title(campaign::StatsHistory::Metric metric, double divisor_value) const;
    QString x_title(double span) const;

    const campaign::StatsHistory* history_ = nullptr;
    QList<qint64> selection_;
    QStringList names_;
    campaign::StatsHistory::Axis axis_ = campaign::StatsHistory::Axis::Time;
    bool log_ = false;
    bool compact_ = false;
    // What the charts show: redraw only when this differs from the history's revision.
    bool dirty_ = true;
    quint64 drawn_revision_ = 0;

    QStackedWidget* stack_ = nullptr;
    QLabel* placeholder_ = nullptr;
    QWidget* content_ = nullptr;
    QWidget* controls_ = nullptr;
    QComboBox* axis_box_ = nullptr;
    QComboBox* scale_box_ = nullptr;
    QLabel* legend_ = nullptr;
    QLabel* scaling_ = nullptr;
    std::array<Panel, 4> panels_;
};

} // namespace arcwise::ui
