#include "models.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <climits>
#include <cmath>
#include <map>

namespace arcwise::campaign {

namespace {

// Updates `rows` to `fresh` (both keyed by id) with the fewest model signals: changed rows get
// dataChanged, removed ones removeRows, new ones insertRows at the end.
template <class Row, class Id>
void merge_rows(QAbstractTableModel& model, std::vector<Row>& rows, const std::vector<Row>& fresh,
                Id id_of, int columns,
                void (QAbstractTableModel::*begin_remove)(const QModelIndex&, int, int),
                void (QAbstractTableModel::*end_remove)(),
                void (QAbstractTableModel::*begin_insert)(const QModelIndex&, int, int),
                void (QAbstractTableModel::*end_insert)()) {
    std::map<qint64, const Row*> wanted;
    for (const Row& r : fresh)
        wanted[id_of(r)] = &r;
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        if (wanted.count(id_of(rows[size_t(i)])))
            continue;
        (model.*begin_remove)(QModelIndex(), i, i);
        rows.erase(rows.begin() + i);
        (model.*end_remove)();
    }
    std::map<qint64, size_t> present;
    for (size_t i = 0; i < rows.size(); ++i) {
        present[id_of(rows[i])] = i;
        rows[i] = *wanted[id_of(rows[i])];
    }
    if (!rows.empty())
        Q_EMIT model.dataChanged(model.index(0, 0), model.index(int(rows.size()) - 1, columns - 1));
    std::vector<const Row*> added;
    for (const Row& r : fresh)
        if (!present.count(id_of(r)))
            added.push_back(&r);
    if (added.empty())
        return;
    (model.*begin_insert)(QModelIndex(), int(rows.size()), int(rows.size() + added.size()) - 1);
    for (const Row* r : added)
        rows.push_back(*r);
    (model.*end_insert)();
}

QString count_text(qint64 n) {
    return QLocale().toString(n);
}

QString time_text(qint64 ms) {
    if (ms <= 0)
        return QString();
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString eta_text(double seconds) {
    if (!std::isfinite(seconds) || seconds <= 0)
        return QStringLiteral("–");
    if (seconds < 60)
        return QObject::tr("%1 s").arg(seconds, 0, 'f', seconds < 10 ? 1 : 0);
    if (seconds < 3600)
        return QObject::tr("%1 min").arg(seconds / 60, 0, 'f', 0);
    return QObject::tr("%1 h").arg(seconds / 3600, 0, 'f', 1);
}

QString percent_text(double share) {
    return QLocale().toString(share * 100, 'f', share >= 0.995 || share < 0.1 ? 0 : 1) +
           QStringLiteral(" %");
}

} // namespace

QString duration_text(qint64 ms) {
    const double s = double(std::max<qint64>(0, ms)) / 1000;
    if (s < 60)
        return QObject::tr("%1 s").arg(qint64(s));
    if (s < 3600)
        return QObject::tr("%1 min").arg(qint64(s / 60));
    if (s < 86400)
        return QObject::tr("%1 h").arg(QLocale().toString(s / 3600, 'f', 1));
    return QObject::tr("%1 d").arg(QLocale().toString(s / 86400, 'f', 1));
}

QString shrink_progress_text(const ShrinkingFailure& s) {
    if (!s.started)
        return QCoreApplication::translate("arcwise::campaign::FailuresModel",
                                           "waiting to be shrunk");
    return QCoreApplication::translate("arcwise::campaign::FailuresModel",
                                       "shrinking: %1 attempts, best %2 bytes, %3 of at most %4")
        .arg(QLocale().toString(s.calls), QLocale().toString(s.bytes),
             duration_text(qint64(s.elapsed_s * 1000)), duration_text(qint64(s.budget_s * 1000)));
}

QString status_text(const QString& status) {
    static const std::map<QString, const char*> names = {
        {QStringLiteral("idle"), QT_TRANSLATE_NOOP("arcwise::campaign::TargetsModel", "idle")},
        {QStringLiteral("fuzzing"),
         QT_TRANSLATE_NOOP("arcwise::campaign::TargetsModel", "fuzzing")},
        {QStringLiteral("failing"),
         QT_TRANSLATE_NOOP("arcwise::campaign::TargetsModel", "failing")},
        {QStringLiteral("fixed"), QT_TRANSLATE_NOOP("arcwise::campaign::TargetsModel", "fixed")},
        {QStringLiteral("broken"), QT_TRANSLATE_NOOP("arcwise::campaign::TargetsModel", "broken")},
        {QStringLiteral("new"), QT_TRANSLATE_NOOP("arcwise::campaign::TargetsModel", "new")},
        {QStringLiteral("confirmed"),
         QT_TRANSLATE_NOOP("arcwise::campaign::TargetsModel", "confirmed")},
        {QStringLiteral("flaky"), QT_TRANSLATE_NOOP("arcwise::campaign::TargetsModel", "flaky")},
        {QStringLiteral("ignored"),
         QT_TRANSLATE_NOOP("arcwise::campaign::TargetsModel", "ignored")},
        {QStringLiteral("shrinking"),
         QT_TRANSLATE_NOOP("arcwise::campaign::TargetsModel", "shrinking")},
    };
    const auto it = names.find(status);
    return it == names.end()
               ? status
               : QCoreApplication::translate("arcwise::campaign::TargetsModel", it->second);
}

QString kind_text(const QString& kind) {
    static const std::map<QString, const char*> names = {
        {QStringLiteral("crash"), QT_TRANSLATE_NOOP("arcwise::campaign::FailuresModel", "crash")},
        {QStringLiteral("abort"), QT_TRANSLATE_NOOP("arcwise::campaign::FailuresModel", "abort")},
        {QStringLiteral("exception"),
         QT_TRANSLATE_NOOP("arcwise::campaign::FailuresModel", "exception")},
        {QStringLiteral("timeout"),
         QT_TRANSLATE_NOOP("arcwise::campaign::FailuresModel", "timeout")},
        {QStringLiteral("oom"),
         QT_TRANSLATE_NOOP("arcwise::campaign::FailuresModel", "out of memory")},
        {QStringLiteral("stack-overflow"),
         QT_TRANSLATE_NOOP("arcwise::campaign::FailuresModel", "stack overflow")},
        {QStringLiteral("exit"), QT_TRANSLATE_NOOP("arcwise::campaign::FailuresModel", "exit")},
        {QStringLiteral("sanitizer"),
         QT_TRANSLATE_NOOP("arcwise::campaign::FailuresModel", "sanitizer")},
        {QStringLiteral("assertion"),
         QT_TRANSLATE_NOOP("arcwise::campaign::FailuresModel", "assertion")},
    };
    const auto it = names.find(kind);
    return it == names.end()
               ? kind
               : QCoreApplication::translate("arcwise::campaign::FailuresModel", it->second);
}

// ---- TargetsModel ------------------------------------------------------------------------------

void TargetsModel::set_rows(const std::vector<TargetProgress>& rows, qint64 now_ms) {
    now_ms_ = now_ms > 0 ? now_ms : QDateTime::currentMSecsSinceEpoch();
    merge_rows(
        *this, rows_, rows, [](const TargetProgress& p) { return p.row.id; }, ColumnCount,
        &TargetsModel::beginRemoveRows, &TargetsModel::endRemoveRows,
        &TargetsModel::beginInsertRows, &TargetsModel::endInsertRows);
}

const TargetProgress* TargetsModel::row_at(int row) const {
    return row >= 0 && row < int(rows_.size()) ? &rows_[size_t(row)] : nullptr;
}

int TargetsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(rows_.size());
}

int TargetsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TargetsModel::data(const QModelIndex& index, int role) const {
    const TargetProgress* p = index.isValid() ? row_at(index.row()) : nullptr;
    if (!p)
        return {};
    const TargetRow& r = p->row;
    if (role == IdRole)
        return r.id;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Health || (index.column() == Status && !p->warnings.isEmpty()))
            return p->warnings.isEmpty() ? tr("No warnings") : p->warnings.join(QLatin1Char('\n'));
        if (index.column() == Stability)
            return tr("The share of inputs run again that reach the same code (measured while a "
                      "campaign here fuzzes it)");
        return r.status_message.isEmpty() ? r.binary : r.status_message;
    }
    if (role == Qt::TextAlignmentRole)
        // Numbers to the right; words (the Changed column's too) as they read.
        return index.column() >= Workers && index.column() != Changed
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case Name:
        return r.name;
    case Binary:
        return sort ? r.binary : r.binary.section(QLatin1Char('/'), -1);
    case Status:
        return sort ? r.status : status_text(r.status);
    case Workers:
        // Workers fuzzing it now: several when it is worth more than another target's first.
        return sort ? QVariant(p->workers)
                    : QVariant(p->workers ? QString::number(p->workers) : QString());
    case Executions:
        return sort ? QVariant(r.executions) : QVariant(count_text(r.executions));
    case ExecsPerSecond:
        // Live or clearly not: no speed for a target that is not being fuzzed now.
        if (!p->running || r.execs_per_second <= 0)
            return sort ? QVariant(0.0) : QVariant(QString());
        return sort ? QVariant(r.execs_per_second)
                    : QVariant(count_text(qint64(r.execs_per_second)));
    case Features:
        return sort ? QVariant(r.features) : QVariant(count_text(r.features));
    case Corpus:
        return sort ? QVariant(r.corpus_size) : QVariant(count_text(r.corpus_size));
    case Failures:
        return sort ? QVariant(r.failures) : QVariant(count_text(r.failures));
    case FeaturesPerMinute:
        if (!p->running)
            return sort ? QVariant(0.0) : QVariant(QString());
        return sort ? QVariant(p->features_per_minute)
                    : QVariant(QLocale().toString(p->features_per_minute, 'f', 1));
    case NextFeature:
        if (!p->running)
            return sort ? QVariant(1e300) : QVariant(QString());
        return sort ? QVariant(std::isfinite(p->seconds_to_next) ? p->seconds_to_next : 1e300)
                    : QVariant(eta_text(p->seconds_to_next));
    case FuzzTime:
        return sort ? QVariant(p->fuzz_ms)
                    : QVariant(p->fuzz_ms > 0 ? duration_text(p->fuzz_ms) : QString());
    case SinceCoverage:
        return sort
                   ? QVariant(p->last_coverage_ms > 0 ? now_ms_ - p->last_coverage_ms : LLONG_MAX)
                   : QVariant(p->last_coverage_ms > 0 ? duration_text(now_ms_ - p->last_coverage_ms)
                                                      : QString());
    case SinceFailure:
        return sort ? QVariant(p->last_failure_ms > 0 ? now_ms_ - p->last_failure_ms : LLONG_MAX)
                    : QVariant(p->last_failure_ms > 0 ? duration_text(now_ms_ - p->last_failure_ms)
                                                      : QString());
    case Stability:
        return sort ? QVariant(p->stability)
                    : QVariant(p->stability >= 0 ? percent_text(p->stability) : QString());
    case Health:
        return sort ? QVariant(qint64(p->warnings.size()))
                    : QVariant(p->warnings.isEmpty()
                                   ? QString()
                                   : tr("⚠ %n warning(s)", nullptr, int(p->warnings.size())));
    case Changed:
        // Sorted: focused targets first when descending, those reaching more changed lines first.
        return sort ? QVariant(p->focus.focused() ? 1 + p->focus.lines_reached : 0)
                    : QVariant(p->focus.text());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant TargetsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name:
        return tr("Target");
    case Binary:
        return tr("Binary");
    case Status:
        return tr("Status");
    case Workers:
        return tr("Workers");
    case Executions:
        return tr("Executions");
    case ExecsPerSecond:
        return tr("Exec/s");
    case Features:
        return tr("Features");
    case Corpus:
        return tr("Corpus");
    case Failures:
        return tr("Failures");
    case FeaturesPerMinute:
        return tr("New/min");
    case NextFeature:
        return tr("Next feature");
    case FuzzTime:
        return tr("Fuzzed for");
    case SinceCoverage:
        return tr("Last new coverage");
    case SinceFailure:
        return tr("Last failure");
    case Stability:
        return tr("Stability");
    case Health:
        return tr("Health");
    case Changed:
        return tr("Changed");
    case ColumnCount:
        break;
    }
    return {};
}

// ---- FailuresModel -----------------------------------------------------------------------------

void FailuresModel::set_rows(const std::vector<FailureRow>& rows) {
    stored_ = rows;
    merge();
}

void FailuresModel::set_shrinking(const std::vector<ShrinkingFailure>& shrinking) {
    if (shrinking.empty() && shrinking_.empty())
        return; // nothing being shrunk, before or now: no signal
    shrinking_ = shrinking;
    merge();
}

const ShrinkingFailure* FailuresModel::shrinking_at(int row) const {
    const FailureRow* f = row_at(row);
    if (!f || f->id >= 0)
        return nullptr;
    for (const ShrinkingFailure& s : shrinking_)
        if (s.failure.id == f->id)
            return &s;
    return nullptr;
}

void FailuresModel::merge() {
    std::vector<FailureRow> all = stored_;
    for (const ShrinkingFailure& s : shrinking_)
        all.push_back(s.failure);
    merge_rows(
        *this, rows_, all, [](const FailureRow& f) { return f.id; }, ColumnCount,
        &FailuresModel::beginRemoveRows, &FailuresModel::endRemoveRows,
        &FailuresModel::beginInsertRows, &FailuresModel::endInsertRows);
}

const FailureRow* FailuresModel::row_at(int row) const {
    return row >= 0 && row < int(rows_.size()) ? &rows_[size_t(row)] : nullptr;
}

int FailuresModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(rows_.size());
}

int FailuresModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FailuresModel::data(const QModelIndex& index, int role) const {
    const FailureRow* f = index.isValid() ? row_at(index.row()) : nullptr;
    if (!f)
        return {};
    if (role == IdRole)
        return f->id;
    if (role == Qt::ToolTipRole) {
        if (f->id < 0)
            if (const ShrinkingFailure* s = shrinking_at(index.row()))
                return shrink_progress_text(*s);
        if (index.column() == Status && !f->status_reason.isEmpty())
            return tr("%1: %2").arg(status_text(f->status), f->status_reason);
        return f->signature;
    }
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::EditRole)
        return {};
    const bool sort = role == SortRole;
    switch (Column(index.column())) {
    case Id:
        return f->id < 0 && !sort ? QVariant(QString()) : QVariant(f->id);
    case Target:
        return f->target;
    case Kind:
        return sort ? f->kind : kind_text(f->kind);
    case Status:
        return role == Qt::DisplayRole ? status_text(f->status) : f->status;
    case Count:
        return sort ? QVariant(f->count) : QVariant(count_text(f->count));
    case FirstSeen:
        return sort ? QVariant(f->first_seen_ms) : QVariant(time_text(f->first_seen_ms));
    case LastSeen:
        return sort ? QVariant(f->last_seen_ms) : QVariant(time_text(f->last_seen_ms));
    case Message:
        return f->message.section(QLatin1Char('\n'), 0, 0);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant FailuresModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Id:
        return tr("#");
    case Target:
        return tr("Target");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Count:
        return tr("Count");
    case FirstSeen:
        return tr("First seen");
    case LastSeen:
        return tr("Last seen");
    case Message:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags FailuresModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const FailureRow* row = index.isValid() ? row_at(index.row()) : nullptr;
    if (row && row->id > 0 && index.column() == Status)
        f |= Qt::ItemIsEditable;
    return f;
}

bool FailuresModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.column() != Status)
        return false;
    const FailureRow* f = row_at(index.row());
    const QString status = value.toString();
    static const QStringList allowed{
        QString::fromLatin1(kFailureNew), QString::fromLatin1(kFailureConfirmed),
        QString::fromLatin1(kFailureFixed), QString::fromLatin1(kFailureFlaky),
        QString::fromLatin1(kFailureIgnored)};
    if (!f || f->id <= 0 || !allowed.contains(status))
        return false;
    if (status != f->status)
        Q_EMIT statusChangeRequested(f->id, status);
    return true;
}

} // namespace arcwise::campaign
