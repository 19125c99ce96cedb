#pragma once
// The Hosts and workers view: every host that fuzzed the campaign's database (this workbench's
// campaign, arcwise-cli processes here or on other machines), whether it is running, stopped or
// stale, and a timeline of what each of their worker slots fuzzed over the last minutes, as
// HypoFuzz's workers page shows it. Fed by the session's snapshots; shows, never queries.

#include "campaign/session.h"

#include <QWidget>
#include <map>
#include <vector>

class QLabel;
class QTableWidget;

namespace arcwise::ui {

// Rows of (host, worker slot), time across; one bar per slice, coloured by target.
class SliceTimeline : public QWidget {
    Q_OBJECT

public:
    explicit SliceTimeline(QWidget* parent = nullptr);
    void set_data(const std::vector<campaign::HostRow>& hosts,
                  const std::vector<campaign::SliceRow>& slices,
                  std::map<qint64, QString> target_names, qint64 now_ms);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    int row_count() const { return int(rows_.size()); }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Row {
        qint64 host_id = 0;
        int slot = 0;
        QString label;
        bool stale = false;
    };
    QRectF bar_rect(const campaign::SliceRow& s, int row) const;
    int row_of(const campaign::SliceRow& s) const;
    const campaign::SliceRow* slice_at(const QPoint& pos, int* row) const;
    int label_width() const;

    std::vector<Row> rows_;
    std::vector<campaign::SliceRow> slices_;
    std::map<qint64, QString> names_;
    qint64 now_ms_ = 0;
    qint64 span_ms_ = 60000; // shown: the last span_ms_ before now, as far back as the slices go
};

class HostsPage : public QWidget {
    Q_OBJECT

public:
    explicit HostsPage(QWidget* parent = nullptr);
    void apply(const campaign::Snapshot& snap);
    QTableWidget* table() const { return table_; }
    SliceTimeline* timeline() const { return timeline_; }

private:
    QLabel* summary_ = nullptr;
    QTableWidget* table_ = nullptr;
    SliceTimeline* timeline_ = nullptr;
};

} // namespace arcwise::ui
