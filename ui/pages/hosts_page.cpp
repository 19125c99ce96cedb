#include "hosts_page.h"

#include "campaign/hosts.h"
#include "widgets/palette_colors.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSplitter>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

namespace arcwise::ui {

namespace {

constexpr int kRowHeight = 22;
constexpr int kAxisHeight = 20;

// Okabe and Ito's colour-blind-safe palette, black left out.
const QColor kTargetColours[] = {QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9),
                                 QColor(0x00, 0x9e, 0x73), QColor(0xf0, 0xe4, 0x42),
                                 QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
                                 QColor(0xcc, 0x79, 0xa7), QColor(0x99, 0x99, 0x99)};

QColor target_colour(qint64 target_id) {
    return kTargetColours[size_t(target_id) % std::size(kTargetColours)];
}

QString ago(qint64 ms) {
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 60)
        return HostsPage::tr("%n s ago", nullptr, int(s));
    if (s < 3600)
        return HostsPage::tr("%n min ago", nullptr, int(s / 60));
    return HostsPage::tr("%n h ago", nullptr, int(s / 3600));
}

} // namespace

SliceTimeline::SliceTimeline(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("sliceTimeline"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void SliceTimeline::set_data(const std::vector<campaign::HostRow>& hosts,
                             const std::vector<campaign::SliceRow>& slices,
                             std::map<qint64, QString> target_names, qint64 now_ms) {
    std::map<qint64, const campaign::HostRow*> by_id;
    for (const campaign::HostRow& h : hosts)
        by_id[h.id] = &h;
    std::set<std::pair<qint64, int>> keys;
    for (const campaign::SliceRow& s : slices)
        keys.insert({s.host_id, s.slot});
    rows_.clear();
    for (const auto& [host, slot] : keys) {
        Row r;
        r.host_id = host;
        r.slot = slot;
        const auto it = by_id.find(host);
        const QString name = it != by_id.end() ? it->second->name : QString::number(host);
        r.label = tr("%1 · worker %2").arg(name).arg(slot + 1);
        r.stale = it != by_id.end() && campaign::HostLink::stale(*it->second, now_ms);
        rows_.push_back(std::move(r));
    }
    slices_ = slices;
    names_ = std::move(target_names);
    now_ms_ = now_ms;
    // As far back as the slices go, on a round span: 1, 2, 5 or 10 minutes.
    qint64 earliest = now_ms;
    for (const campaign::SliceRow& s : slices_)
        earliest = std::min(earliest, s.start_ms);
    span_ms_ = campaign::kTimelineMs;
    for (qint64 minutes : {1, 2, 5, 10})
        if (now_ms - earliest <= minutes * 60000) {
            span_ms_ = std::min(campaign::kTimelineMs, minutes * 60000);
            break;
        }
    updateGeometry();
    update();
}

QSize SliceTimeline::sizeHint() const {
    return {600, kAxisHeight + kRowHeight * std::max(2, int(rows_.size())) + 4};
}

QSize SliceTimeline::minimumSizeHint() const {
    return {240, kAxisHeight + kRowHeight * 2};
}

int SliceTimeline::label_width() const {
    int w = 0;
    for (const Row& r : rows_)
        w = std::max(w, fontMetrics().horizontalAdvance(r.label));
    return std::min(w + 12, width() / 3);
}

int SliceTimeline::row_of(const campaign::SliceRow& s) const {
    for (size_t i = 0; i < rows_.size(); ++i)
        if (rows_[i].host_id == s.host_id && rows_[i].slot == s.slot)
            return int(i);
    return -1;
}

QRectF SliceTimeline::bar_rect(const campaign::SliceRow& s, int row) const {
    const double left = label_width();
    const double span = std::max(1.0, width() - left - 4);
    const double from = double(now_ms_ - span_ms_);
    const auto x = [&](qint64 t) {
        return left + span * std::clamp((double(t) - from) / double(span_ms_), 0.0, 1.0);
    };
    return QRectF(QPointF(x(s.start_ms), kAxisHeight + row * kRowHeight + 3),
                  QPointF(std::max(x(s.end_ms), x(s.start_ms) + 1.0),
                          kAxisHeight + (row + 1) * kRowHeight - 3));
}

void SliceTimeline::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    p.fillRect(rect(), pal.base());
    const int left = label_width();
    // Axis: time before now, five steps.
    p.setPen(dimmed_text(pal));
    const qint64 step_s = span_ms_ / 5000;
    for (int k = 0; k <= 5; ++k) {
        const double x = left + (width() - left - 4) * double(5 - k) / 5.0;
        p.drawLine(QPointF(x, kAxisHeight - 4), QPointF(x, height()));
        const qint64 back = step_s * k;
        const QString label = k == 0           ? tr("now")
                              : back % 60 == 0 ? tr("−%1 min").arg(back / 60)
                                               : tr("−%1 s").arg(back);
        const int w = fontMetrics().horizontalAdvance(label);
        p.drawText(QPointF(std::clamp(x - w / 2.0, double(left), double(width() - w - 2)),
                           kAxisHeight - 7),
                   label);
    }
    const int minutes = int(campaign::kTimelineMs / 60000);
    if (rows_.empty()) {
        p.drawText(rect().adjusted(8, kAxisHeight, -8, 0), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No worker slices in the last %n minutes: they appear as the campaign's "
                      "workers end their time slices.",
                      nullptr, minutes));
        return;
    }
    for (size_t i = 0; i < rows_.size(); ++i) {
        const QRect label(4, kAxisHeight + int(i) * kRowHeight, left - 8, kRowHeight);
        p.setPen(rows_[i].stale ? readable_on(QColor(0xd5, 0x5e, 0x00), pal.color(QPalette::Base))
                                : pal.color(QPalette::Text));
        p.drawText(label, Qt::AlignVCenter | Qt::AlignLeft,
                   fontMetrics().elidedText(rows_[i].label, Qt::ElideMiddle, label.width()));
    }
    for (const campaign::SliceRow& s : slices_) {
        const int row = row_of(s);
        if (row < 0)
            continue;
        const QRectF r = bar_rect(s, row);
        const QColor c = target_colour(s.target_id);
        p.setPen(Qt::NoPen);
        p.setBrush(c);
        p.drawRoundedRect(r, 2, 2);
        const QString name = names_.count(s.target_id) ? names_.at(s.target_id) : QString();
        if (r.width() > 40 && !name.isEmpty()) {
            p.setPen(contrast(Qt::black, c) > contrast(Qt::white, c) ? Qt::black : Qt::white);
            p.drawText(r.adjusted(3, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                       fontMetrics().elidedText(name, Qt::ElideMiddle, int(r.width()) - 5));
        }
    }
}

const campaign::SliceRow* SliceTimeline::slice_at(const QPoint& pos, int* row) const {
    for (auto it = slices_.rbegin(); it != slices_.rend(); ++it) {
        const int r = row_of(*it);
        if (r >= 0 && bar_rect(*it, r).contains(pos)) {
            *row = r;
            return &*it;
        }
    }
    return nullptr;
}

bool SliceTimeline::event(QEvent* e) {
    if (e->type() != QEvent::ToolTip)
        return QWidget::event(e);
    auto* help = static_cast<QHelpEvent*>(e);
    int row = -1;
    const campaign::SliceRow* s = slice_at(help->pos(), &row);
    if (!s) {
        QToolTip::hideText();
        e->ignore();
        return true;
    }
    const QLocale locale;
    const double seconds = std::max<qint64>(1, s->end_ms - s->start_ms) / 1000.0;
    const QString name =
        names_.count(s->target_id) ? names_.at(s->target_id) : tr("target %1").arg(s->target_id);
    QToolTip::showText(
        help->globalPos(),
        tr("%1\n%2: %3 to %4 (%5 s)\n%6 executions, %7 exec/s")
            .arg(name, rows_[size_t(row)].label,
                 QDateTime::fromMSecsSinceEpoch(s->start_ms).toString(QStringLiteral("HH:mm:ss")),
                 QDateTime::fromMSecsSinceEpoch(s->end_ms).toString(QStringLiteral("HH:mm:ss")),
                 locale.toString(seconds, 'f', 1), locale.toString(s->executions),
                 locale.toString(qint64(double(s->executions) / seconds))),
        this);
    return true;
}

HostsPage::HostsPage(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("hostsPage"));
    summary_ = new QLabel(this);
    summary_->setWordWrap(true);
    table_ = new QTableWidget(0, 8, this);
    table_->setObjectName(QStringLiteral("hostsTable"));
    table_->setHorizontalHeaderLabels({tr("Host"), tr("State"), tr("Cores"), tr("Executions"),
                                       tr("Exec/s"), tr("Last seen"), tr("Started"),
                                       tr("Version")});
    table_->verticalHeader()->hide();
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setStretchLastSection(true);
    table_->setMinimumHeight(80);
    timeline_ = new SliceTimeline(this);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(table_);
    split->addWidget(timeline_);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addWidget(split, 1);
}

void HostsPage::apply(const campaign::Snapshot& snap) {
    const QLocale locale;
    const qint64 now = snap.at_ms;
    int running = 0, stale = 0;
    // Speed: the executions of a host's slices that ended in the last minute (slices last a few
    // seconds), for a host that is running; none for one that is not.
    std::map<qint64, qint64> last_minute;
    for (const campaign::SliceRow& s : snap.slices)
        if (s.end_ms >= now - 60000)
            last_minute[s.host_id] += s.executions;
    table_->setRowCount(int(snap.hosts.size()));
    for (int i = 0; i < int(snap.hosts.size()); ++i) {
        const campaign::HostRow& h = snap.hosts[size_t(i)];
        const bool is_stale = campaign::HostLink::stale(h, now);
        running += !h.stopped && !is_stale;
        stale += is_stale;
        const QString state = h.stopped ? tr("stopped") : is_stale ? tr("stale") : tr("running");
        const QStringList cells = {h.name,
                                   state,
                                   QString::number(h.cores),
                                   locale.toString(h.executions),
                                   h.stopped || is_stale ? QStringLiteral("—")
                                                         : locale.toString(last_minute[h.id] / 60),
                                   ago(now - h.heartbeat_ms),
                                   QDateTime::fromMSecsSinceEpoch(h.started_ms)
                                       .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                   h.version};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = table_->item(i, c);
            if (!item) {
                item = new QTableWidgetItem;
                table_->setItem(i, c, item);
            }
            item->setText(cells[c]);
            item->setTextAlignment(c >= 2 && c <= 4 ? (Qt::AlignRight | Qt::AlignVCenter)
                                                    : (Qt::AlignLeft | Qt::AlignVCenter));
            item->setForeground(is_stale && c == 1 ? readable_on(QColor(0xd5, 0x5e, 0x00),
                                                                 palette().color(QPalette::Base))
                                                   : palette().color(QPalette::Text));
            item->setToolTip(is_stale ? tr("No sign of life for %1 s: its leases have expired "
                                           "and the other hosts take its targets over.")
                                            .arg((now - h.heartbeat_ms) / 1000)
                                      : QString());
        }
    }
    summary_->setText(
        snap.hosts.empty()
            ? tr("No host has fuzzed this database yet. Every campaign, here or "
                 "arcwise-cli fuzz on another machine with the same --db, "
                 "appears here.")
            : tr("%n host(s) running", nullptr, running) +
                  (stale ? tr(", %n stale (lost without stopping)", nullptr, stale) : QString()) +
                  tr(". The timeline shows what each worker fuzzed in the last "
                     "%n minutes.",
                     nullptr, int(campaign::kTimelineMs / 60000)));
    std::map<qint64, QString> names;
    for (const campaign::TargetProgress& t : snap.targets)
        names[t.row.id] = t.row.name;
    timeline_->set_data(snap.hosts, snap.slices, std::move(names), now);
}

} // namespace arcwise::ui
