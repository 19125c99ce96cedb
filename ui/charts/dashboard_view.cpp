#include "dashboard_view.h"

#include "axis_scale.h"
#include "pages/theme.h"
#include "widgets/target_text.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>

namespace arcwise::ui {

using campaign::StatsHistory;
using Metric = StatsHistory::Metric;
using Axis = StatsHistory::Axis;

namespace {

QColor mix(const QColor& a, const QColor& b, double t) {
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

constexpr std::array<Metric, 4> kMetrics = {Metric::Features, Metric::ExecsPerSecond,
                                            Metric::Corpus, Metric::Failures};

} // namespace

DashboardView::DashboardView(QWidget* parent) : QWidget(parent) {
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    stack_ = new QStackedWidget(this);
    outer->addWidget(stack_);

    placeholder_ = new QLabel(tr("No statistics yet: start a campaign"), stack_);
    placeholder_->setObjectName(QStringLiteral("placeholder"));
    placeholder_->setAlignment(Qt::AlignCenter);
    placeholder_->setWordWrap(true);
    QFont placeholder_font = placeholder_->font();
    placeholder_font.setPointSizeF(placeholder_font.pointSizeF() + 2);
    placeholder_->setFont(placeholder_font);
    stack_->addWidget(placeholder_);

    content_ = new QWidget(stack_);
    auto* content_layout = new QVBoxLayout(content_);
    content_layout->setContentsMargins(0, 0, 0, 0);
    stack_->addWidget(content_);

    controls_ = new QWidget(content_);
    auto* controls_layout = new QHBoxLayout(controls_);
    controls_layout->setContentsMargins(4, 0, 4, 0);
    auto* axis_label = new QLabel(tr("X axis:"), controls_);
    axis_box_ = new QComboBox(controls_);
    axis_box_->setObjectName(QStringLiteral("xAxis"));
    axis_box_->addItem(tr("Time"));
    axis_box_->addItem(tr("Executions"));
    axis_label->setBuddy(axis_box_);
    auto* scale_label = new QLabel(tr("Y scale:"), controls_);
    scale_box_ = new QComboBox(controls_);
    scale_box_->setObjectName(QStringLiteral("yScale"));
    scale_box_->addItem(tr("Linear"));
    scale_box_->addItem(tr("Logarithmic"));
    scale_label->setBuddy(scale_box_);
    legend_ = new QLabel(controls_);
    legend_->setObjectName(QStringLiteral("legend"));
    legend_->setTextFormat(Qt::RichText);
    // A row of its own: eight target names wrap, and a wrapped label beside the combo boxes
    // got too little height and was clipped.
    legend_->setWordWrap(true);
    legend_->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    legend_->setContentsMargins(4, 0, 4, 0);
    controls_layout->addWidget(axis_label);
    controls_layout->addWidget(axis_box_);
    controls_layout->addSpacing(12);
    controls_layout->addWidget(scale_label);
    controls_layout->addWidget(scale_box_);
    controls_layout->addStretch(1);
    content_layout->addWidget(controls_);
    content_layout->addWidget(legend_);
    scaling_ = new QLabel(content_);
    scaling_->setObjectName(QStringLiteral("scalingHint"));
    scaling_->setWordWrap(true);
    scaling_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    scaling_->hide();
    content_layout->addWidget(scaling_);

    auto* grid = new QGridLayout();
    grid->setSpacing(6);
    for (size_t i = 0; i < panels_.size(); ++i) {
        build_panel(panels_[i], kMetrics[i]);
        grid->addWidget(panels_[i].view, int(i / 2), int(i % 2));
    }
    content_layout->addLayout(grid, 1);

    connect(axis_box_, &QComboBox::currentIndexChanged, this,
            [this](int index) { set_x_axis(index == 1 ? Axis::Executions : Axis::Time); });
    connect(scale_box_, &QComboBox::currentIndexChanged, this,
            [this](int index) { set_log_scale(index == 1); });

    apply_fonts();
    apply_palette();
    update_legend();
    stack_->setCurrentWidget(placeholder_);
}

DashboardView::~DashboardView() = default;

void DashboardView::build_panel(Panel& panel, Metric metric) {
    panel.metric = metric;
    panel.chart = new QChart();
    panel.chart->legend()->hide(); // one legend above all four charts instead
    panel.chart->setBackgroundRoundness(0);
    panel.chart->layout()->setContentsMargins(0, 0, 0, 0);
    panel.chart->setTitle(chart_title(metric));

    panel.x = new QValueAxis(panel.chart);
    panel.y_linear = new QValueAxis(panel.chart);
    panel.y_log = new QLogValueAxis(panel.chart);
    for (QValueAxis* axis : {panel.x, panel.y_linear}) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setMinorTickCount(0);
    }
    panel.y_log->setBase(10);
    panel.y_log->setLabelFormat(QStringLiteral("%g"));
    panel.y_log->setMinorTickCount(0);
    panel.chart->addAxis(panel.x, Qt::AlignBottom);
    // Only the y axis in use is in the chart: a hidden second axis on the same side still
    // takes the place of the visible one.
    panel.chart->addAxis(panel.y_linear, Qt::AlignLeft);

    // Every line is created once and kept; unused ones are hidden and empty.
    for (QLineSeries*& line : panel.lines) {
        line = new QLineSeries(panel.chart);
        panel.chart->addSeries(line);
        line->attachAxis(panel.x);
        line->attachAxis(panel.y_linear);
        line->setVisible(false);
    }

    panel.view = new QChartView(panel.chart, content_);
    panel.view->setRenderHint(QPainter::Antialiasing);
    panel.view->setFrameShape(QFrame::NoFrame);
    panel.view->setObjectName(QStringLiteral("chart%1").arg(int(metric)));
}

QString DashboardView::chart_title(Metric metric) const {
    switch (metric) {
    case Metric::Features:
        return tr("Coverage");
    case Metric::ExecsPerSecond:
        return tr("Speed");
    case Metric::Corpus:
        return tr("Corpus size");
    case Metric::Failures:
        return tr("Failures found");
    case Metric::Executions:
        break;
    }
    return tr("Executions");
}

QString DashboardView::y_title(Metric metric, double divisor_value) const {
    QString base;
    switch (metric) {
    case Metric::Features:
        base = tr("Features");
        break;
    case Metric::ExecsPerSecond:
        // Short, so that its unit ("thousands") fits beside a small chart's axis.
        base = tr("exec/s");
        break;
    case Metric::Corpus:
        base = tr("Inputs");
        break;
    case Metric::Failures:
        base = tr("Distinct failures");
        break;
    case Metric::Executions:
        base = tr("Executions");
        break;
    }
    if (divisor_value >= 1e9)
        return tr("%1 (billions)").arg(base);
    if (divisor_value >= 1e6)
        return tr("%1 (millions)").arg(base);
    if (divisor_value >= 1e3)
        return tr("%1 (thousands)").arg(base);
    return base;
}

QString DashboardView::x_title(double span) const {
    if (axis_ == Axis::Executions) {
        const double d = divisor(count_unit(span));
        return y_title(Metric::Executions, d);
    }
    switch (time_unit(span)) {
    case TimeUnit::Seconds:
        break;
    case TimeUnit::Minutes:
        return tr("Time (minutes)");
    case TimeUnit::Hours:
        return tr("Time (hours)");
    case TimeUnit::Days:
        return tr("Time (days)");
    }
    return tr("Time (seconds)");
}

void DashboardView::set_history(const StatsHistory* history) {
    history_ = history;
    dirty_ = true;
    refresh();
}

void DashboardView::set_selection(const QList<qint64>& target_ids, const QStringList& names) {
    if (target_ids == selection_ && names == names_)
        return;
    selection_ = target_ids;
    names_ = names;
    update_legend();
    dirty_ = true;
    refresh();
}

void DashboardView::set_x_axis(Axis axis) {
    if (axis == axis_)
        return;
    axis_ = axis;
    const QSignalBlocker block(axis_box_);
    axis_box_->setCurrentIndex(axis == Axis::Executions ? 1 : 0);
    dirty_ = true;
    refresh();
}

void DashboardView::set_log_scale(bool log) {
    if (log == log_)
        return;
    log_ = log;
    const QSignalBlocker block(scale_box_);
    scale_box_->setCurrentIndex(log ? 1 : 0);
    attach_y_axes();
    dirty_ = true;
    refresh();
}

void DashboardView::set_compact(bool compact) {
    if (compact == compact_)
        return;
    compact_ = compact;
    controls_->setVisible(!compact);
    legend_->setVisible(!compact);
    apply_fonts();
    apply_palette(); // line widths
    dirty_ = true;
    refresh();
}

void DashboardView::attach_y_axes() {
    for (Panel& panel : panels_) {
        QAbstractAxis* from = log_ ? static_cast<QAbstractAxis*>(panel.y_linear) : panel.y_log;
        QAbstractAxis* to = log_ ? static_cast<QAbstractAxis*>(panel.y_log) : panel.y_linear;
        for (QLineSeries* line : panel.lines) {
            // Linear data may hold zeros, which a logarithmic axis cannot place; the next
            // redraw fills the lines again, clamped.
            if (line->count() > 0)
                line->clear();
        }
        panel.chart->removeAxis(from);
        from->setParent(panel.chart); // removeAxis() gives up ownership; keep it for later
        panel.chart->addAxis(to, Qt::AlignLeft);
        for (QLineSeries* line : panel.lines)
            line->attachAxis(to);
    }
}

void DashboardView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        apply_palette();
        update_legend();
    } else if (event->type() == QEvent::FontChange) {
        apply_fonts();
    }
}

void DashboardView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh(); // catches up with refreshes skipped while hidden
}

void DashboardView::apply_fonts() {
    QFont title = font();
    title.setBold(true);
    QFont labels = font();
    if (compact_) {
        labels.setPointSizeF(std::max(6.0, labels.pointSizeF() - 1));
    } else {
        title.setPointSizeF(title.pointSizeF() + 1);
    }
    for (Panel& panel : panels_) {
        panel.chart->setTitleFont(title);
        for (QAbstractAxis* axis :
             {static_cast<QAbstractAxis*>(panel.x), static_cast<QAbstractAxis*>(panel.y_linear),
              static_cast<QAbstractAxis*>(panel.y_log)}) {
            axis->setLabelsFont(labels);
            axis->setTitleFont(labels);
        }
        panel.chart->setMargins(compact_ ? QMargins(2, 2, 6, 2) : QMargins(4, 4, 12, 4));
        // Small enough that the window, with its log and a message bar, fits a 1024x700 screen.
        panel.view->setMinimumSize(compact_ ? QSize(200, 100) : QSize(300, 160));
    }
}

void DashboardView::apply_palette() {
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor grid = mix(base, text, 0.14);
    const QColor axis_line = mix(base, text, 0.45);
    for (Panel& panel : panels_) {
        panel.chart->setBackgroundBrush(base);
        panel.chart->setBackgroundPen(QPen(mix(base, text, 0.2)));
        panel.chart->setTitleBrush(text);
        panel.view->setBackgroundBrush(pal.color(QPalette::Window));
        for (QAbstractAxis* axis :
             {static_cast<QAbstractAxis*>(panel.x), static_cast<QAbstractAxis*>(panel.y_linear),
              static_cast<QAbstractAxis*>(panel.y_log)}) {
            axis->setLabelsBrush(text);
            axis->setTitleBrush(text);
            axis->setGridLineColor(grid);
            axis->setMinorGridLineColor(grid);
            axis->setLinePenColor(axis_line);
        }
        for (size_t i = 0; i < panel.lines.size(); ++i) {
            QPen pen(series_color(int(i), pal));
            pen.setWidthF(compact_ ? 1.5 : 2.0);
            panel.lines[i]->setPen(pen);
        }
    }
    QPalette placeholder_palette = placeholder_->palette();
    placeholder_palette.setColor(QPalette::WindowText, pal.color(QPalette::PlaceholderText));
    placeholder_->setPalette(placeholder_palette);
}

void DashboardView::update_legend() {
    const QPalette pal = palette();
    const auto entry = [&](int n, const QString& name) {
        return QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
            .arg(series_color(n, pal).name(), shown_line(name).toHtmlEscaped());
    };
    QStringList entries;
    if (selection_.isEmpty()) {
        entries.append(entry(0, tr("All targets")));
    } else {
        const qsizetype shown = std::min<qsizetype>(selection_.size(), kMaxLines);
        for (qsizetype i = 0; i < shown; ++i) {
            const QString name = i < names_.size() && !names_[i].isEmpty()
                                     ? names_[i]
                                     : tr("Target %1").arg(selection_[i]);
            entries.append(entry(int(i), name));
        }
        if (selection_.size() > kMaxLines)
            entries.append(
                tr("and %n more", nullptr, int(selection_.size() - kMaxLines)).toHtmlEscaped());
    }
    legend_->setText(entries.join(QStringLiteral(" &nbsp;&nbsp; ")));
}

void DashboardView::refresh() {
    const bool has_data = history_ && !history_->empty();
    stack_->setCurrentWidget(has_data ? content_ : placeholder_);
    if (!has_data || !isVisible())
        return;
    if (!dirty_ && history_->revision() == drawn_revision_)
        return;
    redraw();
    dirty_ = false;
    drawn_revision_ = history_->revision();
}

void DashboardView::redraw() {
    const bool aggregate = selection_.isEmpty();
    const int count =
        aggregate ? 1 : int(std::min<qsizetype>(selection_.size(), qsizetype(kMaxLines)));
    const int max_points = compact_ ? kMaxPointsPerLine / 2 : kMaxPointsPerLine;

    // Fetch first: the x unit depends on the largest x of every line of every chart.
    std::array<std::array<QList<QPointF>, kMaxLines>, 4> data;
    double x_max = 0;
    for (size_t p = 0; p < panels_.size(); ++p) {
        for (int i = 0; i < count; ++i) {
            const qint64 id = aggregate ? StatsHistory::kAllTargets : selection_[i];
            data[p][size_t(i)] = history_->series(id, panels_[p].metric, axis_, max_points);
            for (const QPointF& point : data[p][size_t(i)])
                x_max = std::max(x_max, point.x());
        }
    }
    const double x_div =
        axis_ == Axis::Time ? seconds_in(time_unit(x_max)) : divisor(count_unit(x_max));
    const double x_top = x_max > 0 ? x_max / x_div : 1;
    const double x_step =
        nice_step(x_top, compact_ ? 4 : 6, /*integers=*/axis_ == Axis::Executions && x_div == 1);
    const QString x_axis_title = x_title(x_max);

    for (size_t p = 0; p < panels_.size(); ++p) {
        Panel& panel = panels_[p];
        double y_max = 0;
        double y_min_positive = std::numeric_limits<double>::infinity();
        bool non_positive = false;
        for (int i = 0; i < count; ++i) {
            for (const QPointF& point : data[p][size_t(i)]) {
                y_max = std::max(y_max, point.y());
                if (point.y() > 0)
                    y_min_positive = std::min(y_min_positive, point.y());
                else
                    non_positive = true;
            }
        }
        const double y_div = log_ ? 1 : divisor(count_unit(y_max));
        // A logarithmic axis cannot show zero: zeros sit on its floor, a decade below the
        // smallest value so that they do not read as that value.
        LogRange range = log_range(std::isfinite(y_min_positive) ? y_min_positive : 1, y_max);
        if (non_positive)
            range.min /= 10;
        for (int i = 0; i < count; ++i) {
            QList<QPointF>& points = data[p][size_t(i)];
            for (QPointF& point : points) {
                point.setX(point.x() / x_div);
                point.setY(log_ ? std::max(point.y(), range.min) : point.y() / y_div);
            }
            QLineSeries* line = panel.lines[size_t(i)];
            line->replace(points);
            line->setVisible(true);
        }
        for (size_t i = size_t(count); i < panel.lines.size(); ++i) {
            if (panel.lines[i]->count() > 0)
                panel.lines[i]->clear();
            panel.lines[i]->setVisible(false);
        }

        panel.x->setRange(0, x_top);
        panel.x->setTickInterval(x_step);
        panel.x->setTitleText(x_axis_title);
        const QString y_axis_title = y_title(panel.metric, y_div);
        if (log_) {
            // Just below the floor: the axis computes its decades in floating point and would
            // otherwise drop the floor's label now and then.
            panel.y_log->setRange(range.min * (1 - 1e-9), range.max);
            panel.y_log->setLabelFormat(QString::fromLatin1(log_label_format(range)));
            panel.y_log->setTitleText(y_axis_title);
        } else {
            const double top = y_max / y_div;
            const bool integers = y_div == 1 && panel.metric != Metric::ExecsPerSecond;
            const double step = nice_step(top > 0 ? top : 1, compact_ ? 3 : 4, integers);
            const double y_top = std::max(step, std::ceil(top / step - 1e-9) * step);
            panel.y_linear->setRange(0, y_top);
            panel.y_linear->setTickInterval(step);
            panel.y_linear->setTitleText(y_axis_title);
        }
    }
}

void DashboardView::set_scaling(const QString& text, const QString& details) {
    scaling_->setText(text);
    scaling_->setToolTip(details);
    scaling_->setVisible(!text.isEmpty());
}

} // namespace arcwise::ui
