#pragma once
// Item models of a campaign, for the workbench's views (GUI-less, tested with
// QAbstractItemModelTester). They hold value rows (types.h) and update in place, keyed by id:
// a refresh about once a second with hundreds of targets changes cells, not the whole model, so
// views keep their selection, scroll position and sort without flicker.

#include "campaign.h"
#include "session.h"
#include "types.h"

#include <QAbstractTableModel>
#include <vector>

namespace arcwise::campaign {

// Roles beyond Qt's: raw values for sorting, and the row's id.
enum ModelRole {
    SortRole = Qt::UserRole + 1, // numbers as numbers, for QSortFilterProxyModel::setSortRole
    IdRole,                      // the target's or failure's database id
};

// A target or failure status, or a failure kind, as the user reads it (translated).
QString status_text(const QString& status);
QString kind_text(const QString& kind);

class TargetsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Name,
        Binary,
        Status,
        Workers,
        Executions,
        ExecsPerSecond,
        Features,
        Corpus,
        Failures,
        FeaturesPerMinute,
        NextFeature,
        FuzzTime,      // how long it was fuzzed
        SinceCoverage, // time since it last found new coverage
        SinceFailure,  // time since it last failed
        Stability,
        Health,  // warnings, in words in the tool tip
        Changed, // what the changes mean for it (change focus): changed, new, test changed
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Replaces the rows: rows of known ids are updated, new ids appended, missing ones removed.
    // `now_ms` (0: the clock) is what "time since" columns count from.
    void set_rows(const std::vector<TargetProgress>& rows, qint64 now_ms = 0);
    const TargetProgress* row_at(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::vector<TargetProgress> rows_;
    qint64 now_ms_ = 0;
};

// A duration as a user reads it: "45 s", "12 min", "3.5 h", "2.1 d" (translated).
QString duration_text(qint64 ms);

class FailuresModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Id, Target, Kind, Status, Count, FirstSeen, LastSeen, Message, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // The stored failures, and those still being shrunk (listed after them, with negative ids
    // and the status "shrinking", until the stored failure replaces them).
    void set_rows(const std::vector<FailureRow>& rows);
    void set_shrinking(const std::vector<ShrinkingFailure>& shrinking);
    const FailureRow* row_at(int row) const;
    // The shrink of a row whose status is "shrinking"; null for a stored failure.
    const ShrinkingFailure* shrinking_at(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // The status column is editable (new, confirmed, fixed, flaky); a change is not stored here
    // but asked for with statusChangeRequested(), which the owner persists and then refreshes.
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void statusChangeRequested(qint64 failure_id, const QString& status);

private:
    void merge();

    std::vector<FailureRow> rows_;
    std::vector<FailureRow> stored_;
    std::vector<ShrinkingFailure> shrinking_;
};

// What a shrinking row's progress reads: "waiting to shrink" or "shrinking: 120 attempts, 38
// bytes, 4 s of at most 60 s" (translated).
QString shrink_progress_text(const ShrinkingFailure& s);

} // namespace arcwise::campaign
