#include "database.h"

#include "database_values.h"
#include "engine/serialize.h"
#include "engine/shrinker.h"
#include "migrations.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QtEndian>
#include <algorithm>
#include <cmath>
#include <tuple>

namespace arcwise::campaign {

namespace {

// Whether `a` is a simpler failing input than `b`: in the shrinker's order (fewer choices, then
// simpler values) when both are choice sequences, as two integers shrink without changing size;
// fewer bytes otherwise (raw harness inputs).
bool simpler_input(const QByteArray& a, const QByteArray& b) {
    const auto sa = engine::deserialize(std::string_view(a.constData(), size_t(a.size())));
    const auto sb = engine::deserialize(std::string_view(b.constData(), size_t(b.size())));
    if (sa && sb)
        return engine::compare_sequences(*sa, *sb) < 0;
    return a.size() < b.size();
}

// Serialises migrations of one PostgreSQL database across processes (pg_advisory_xact_lock).
constexpr const char* kMigrationLock = "SELECT pg_advisory_xact_lock(4715287437384168001)";
// Serialises the matching of binaries by build id between hosts (upsert_binary).
constexpr const char* kBinaryLock = "SELECT pg_advisory_xact_lock(4715287437384168003)";
// Serialises the corpus batches of the hosts of one PostgreSQL campaign (add_corpus).
constexpr const char* kCorpusLock = "SELECT pg_advisory_xact_lock(4715287437384168002)";
// The columns of a StatsRow, in its order (stats_rows()).
constexpr const char* kStatsColumns = "SELECT target_id, at_ms, executions, features, corpus_size, "
                                      "execs_per_second, estimate, host_id, workers FROM stats ";
// How often insert_rows() stores a batch under a lock that meets a deadlock anyway (40P01).
constexpr int kLockedInsertAttempts = 3;

using detail::bytes;
using detail::decode_features;
using detail::encode_features;
using detail::text;

bool one_of(const QString& value, std::initializer_list<const char*> allowed) {
    return std::any_of(allowed.begin(), allowed.end(),
                       [&](const char* a) { return value == QLatin1String(a); });
}

QString join_allowed(std::initializer_list<const char*> allowed) {
    QStringList out;
    for (const char* a : allowed)
        out << QString::fromLatin1(a);
    return out.join(QLatin1String(", "));
}

} // namespace

// kQueriesBeforeTransaction: a function declares its prepared queries before its Transaction, so
// that on an early return ROLLBACK runs first and the statements are freed after it (PostgreSQL
// refuses to free a prepared statement inside a failed transaction).
//
// BEGIN .. COMMIT, rolled back when not committed. SQLite takes the write lock at BEGIN IMMEDIATE,
// so that a transaction that reads before it writes waits for other writers instead of failing.
class Database::Transaction {
public:
    explicit Transaction(Database& db) : db_(db) {
        ok_ = db_.exec(db_.postgres_ ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~Transaction() {
        if (ok_ && !committed_) {
            QSqlQuery rollback(db_.db_);
            rollback.exec(QStringLiteral("ROLLBACK"));
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool ok() const { return ok_; }
    bool commit() {
        committed_ = db_.exec(QStringLiteral("COMMIT"));
        return committed_;
    }

private:
    Database& db_;
    bool ok_ = false;
    bool committed_ = false;
};

template <class Row, class Values>
bool Database::insert_rows(const QString& sql, const std::vector<Row>& rows, Values values,
                           const char* lock) {
    for (int attempt = 1;; ++attempt) {
        QSqlQuery q(db_); // before the transaction: see kQueriesBeforeTransaction
        bool stored = false;
        {
            Transaction transaction(*this);
            if (!transaction.ok())
                return false;
            if (lock && postgres_ && !exec(QString::fromLatin1(lock)))
                return false;
            if (!prepare(q, sql))
                return false;
            stored = true;
            for (const Row& row : rows) {
                const QVariantList bound = values(row);
                for (int i = 0; i < int(bound.size()); ++i)
                    q.bindValue(i, bound[i]);
                if (!exec(q)) {
                    stored = false;
                    break;
                }
            }
            stored = stored && transaction.commit();
        }
        if (stored)
            break;
        if (!lock || !postgres_ || attempt == kLockedInsertAttempts ||
            !last_error_.contains(QLatin1String("40P01")))
            return false;
    }
    succeed();
    return true;
}

Database::Database(QString url, QString connection, bool postgres)
    : url_(std::move(url)), connection_(std::move(connection)), postgres_(postgres) {}

Database::~Database() {
    if (db_.isValid())
        db_.close();
    db_ = QSqlDatabase();
    if (QSqlDatabase::contains(connection_))
        QSqlDatabase::removeDatabase(connection_);
}

QString Database::default_url(const QString& project_dir) {
    return QDir(project_dir).filePath(QStringLiteral(".arcwise/arcwise.sqlite"));
}

bool Database::migrate() {
    QSqlQuery record(db_); // see kQueriesBeforeTransaction
    Transaction transaction(*this);
    if (!transaction.ok())
        return false;
    if (postgres_ && !exec(QString::fromLatin1(kMigrationLock)))
        return false;
    if (!exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                             " version INTEGER PRIMARY KEY,"
                             " description TEXT NOT NULL,"
                             " applied_at_ms BIGINT NOT NULL)")))
        return false;
    const QString subject = this->subject();
    int current = 0;
    {
        QSqlQuery q(db_);
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) ||
            !q.next())
            return fail_sql(q.lastError(), tr("cannot read the schema version of %1").arg(subject));
        current = q.value(0).toInt();
    }
    if (!known_schema(current))
        return false;
    for (const Migration& m : migrations()) {
        if (m.version <= current)
            continue;
        for (const char* statement : m.statements) {
            QSqlQuery q(db_);
            if (!q.exec(render_migration_sql(statement, postgres_)))
                return fail_sql(
                    q.lastError(),
                    tr("cannot migrate %1 to schema version %2").arg(subject).arg(m.version));
        }
        if (!prepare(record, QStringLiteral("INSERT INTO schema_migrations (version, description, "
                                            "applied_at_ms) VALUES (?, ?, ?)")))
            return false;
        record.bindValue(0, m.version);
        record.bindValue(1, QString::fromUtf8(m.description));
        record.bindValue(2, QDateTime::currentMSecsSinceEpoch());
        if (!exec(record))
            return false;
    }
    if (!transaction.commit())
        return false;
    schema_version_ = latest_schema_version();
    return true;
}

qint64 Database::upsert_binary(const QString& path, const QString& build_id, qint64 mtime_ms) {
    if (path.isEmpty()) {
        fail(tr("a binary needs a path"));
        return -1;
    }
    QSqlQuery same(db_), q(db_); // before the transaction: see kQueriesBeforeTransaction
    // Matching and inserting in one transaction, serialised between the hosts of a PostgreSQL
    // campaign: two hosts starting at once must not each insert their copy as a new binary.
    Transaction transaction(*this);
    if (!transaction.ok() || (postgres_ && !exec(QString::fromLatin1(kBinaryLock))))
        return -1;
    // The same build elsewhere (another host's copy of the project, at its own path) is the same
    // binary: its targets, corpus and failures are shared.
    qint64 id = 0;
    if (!build_id.isEmpty()) {
        if (!prepare(same, QStringLiteral("SELECT id, path FROM binaries WHERE build_id = ? "
                                          "ORDER BY id")))
            return -1;
        same.bindValue(0, text(build_id));
        if (!exec(same))
            return -1;
        const QString file_name = path.section(u'/', -1);
        bool own = false; // its own row, updated below
        while (same.next()) {
            const QString stored = same.value(1).toString();
            own = own || stored == path;
            if (!id && stored.section(u'/', -1) == file_name)
                id = same.value(0).toLongLong();
        }
        if (!read_to_end(same))
            return -1;
        if (own)
            id = 0;
    }
    if (!id) {
        if (!prepare(q, QStringLiteral(
                            "INSERT INTO binaries (path, build_id, mtime_ms) VALUES (?, ?, ?) "
                            "ON CONFLICT (path) DO UPDATE SET build_id = excluded.build_id, "
                            "mtime_ms = excluded.mtime_ms RETURNING id")))
            return -1;
        q.bindValue(0, text(path));
        q.bindValue(1, text(build_id));
        q.bindValue(2, mtime_ms);
        if (!exec(q) ||
            !first_row(q, tr("%1: storing the binary %2 returned no id").arg(where_, path)))
            return -1;
        id = q.value(0).toLongLong();
    }
    // SQLite commits only once no statement is still stepping.
    same.finish();
    q.finish();
    if (!transaction.commit())
        return -1;
    succeed();
    return id;
}

qint64 Database::upsert_target(qint64 binary_id, const TargetInfo& info) {
    if (info.name.isEmpty()) {
        fail(tr("a target needs a name"));
        return -1;
    }
    QSqlQuery q(db_);
    if (!prepare(q, QStringLiteral("INSERT INTO targets (binary_id, name, kind, file, line) "
                                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT (binary_id, name) DO UPDATE "
                                   "SET kind = excluded.kind, file = excluded.file, "
                                   "line = excluded.line RETURNING id")))
        return -1;
    q.bindValue(0, binary_id);
    q.bindValue(1, text(info.name));
    q.bindValue(2, text(info.kind));
    q.bindValue(3, text(info.file));
    q.bindValue(4, info.line);
    if (!exec(q) ||
        !first_row(q, tr("%1: storing the target %2 returned no id").arg(where_, info.name)))
        return -1;
    succeed();
    return q.value(0).toLongLong();
}

std::vector<TargetRow> Database::targets() {
    std::vector<TargetRow> out;
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    if (!prepare(q, QStringLiteral(
                        "SELECT t.id, t.binary_id, b.path, b.build_id, t.name, t.kind, t.file, "
                        "t.line, t.status, t.status_message, s.executions, s.features, "
                        "s.corpus_size, s.execs_per_second, s.estimate, "
                        "(SELECT count(*) FROM failures f WHERE f.target_id = t.id) "
                        "FROM targets t JOIN binaries b ON b.id = t.binary_id "
                        "LEFT JOIN stats s ON s.id = (SELECT s2.id FROM stats s2 WHERE "
                        "s2.target_id = t.id ORDER BY s2.at_ms DESC, s2.id DESC LIMIT 1) "
                        "ORDER BY b.path, t.name")) ||
        !exec(q))
        return out;
    while (q.next()) {
        TargetRow r;
        r.id = q.value(0).toLongLong();
        r.binary_id = q.value(1).toLongLong();
        r.binary = q.value(2).toString();
        r.build_id = q.value(3).toString();
        r.name = q.value(4).toString();
        r.kind = q.value(5).toString();
        r.file = q.value(6).toString();
        r.line = q.value(7).toInt();
        r.status = q.value(8).toString();
        r.status_message = q.value(9).toString();
        r.executions = q.value(10).toLongLong();
        r.features = q.value(11).toLongLong();
        r.corpus_size = q.value(12).toLongLong();
        r.execs_per_second = q.value(13).toDouble();
        r.estimate = q.value(14).toDouble();
        r.failures = q.value(15).toLongLong();
        out.push_back(std::move(r));
    }
    if (!read_to_end(q))
        return {};
    succeed();
    return out;
}

bool Database::set_target_status(qint64 target_id, const QString& status, const QString& message) {
    const std::initializer_list<const char*> allowed = {kStatusIdle, kStatusFuzzing, kStatusFailing,
                                                        kStatusFixed, kStatusBroken};
    if (!one_of(status, allowed))
        return fail(
            tr("'%1' is not a target status (one of: %2)").arg(status, join_allowed(allowed)));
    QSqlQuery q(db_);
    if (!prepare(q,
                 QStringLiteral("UPDATE targets SET status = ?, status_message = ? WHERE id = ?")))
        return false;
    q.bindValue(0, status);
    q.bindValue(1, text(message));
    q.bindValue(2, target_id);
    if (!exec(q))
        return false;
    if (q.numRowsAffected() < 1)
        return fail(tr("%1: there is no target with id %2").arg(where_).arg(target_id));
    succeed();
    return true;
}

bool Database::add_corpus(const std::vector<CorpusRow>& rows) {
    // Several hosts storing the same new entries at once would take the unique index's locks in
    // different orders and deadlock: on PostgreSQL one transaction-scoped advisory lock makes
    // their batches (small, about one a second each) take turns; the entries keep the order they
    // were found in. A deadlock reported anyway (40P01) rolls the batch back, and it is tried
    // again (insert_rows).
    return insert_rows(
        QStringLiteral("INSERT INTO corpus (target_id, input, sha1, features, found_at_ms, "
                       "host_id) VALUES (?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (target_id, sha1) DO NOTHING"),
        rows,
        [](const CorpusRow& row) {
            const QByteArray sha1 =
                row.sha1.isEmpty()
                    ? QCryptographicHash::hash(row.input, QCryptographicHash::Sha1).toHex()
                    : row.sha1;
            return QVariantList{row.target_id,
                                bytes(row.input),
                                QString::fromLatin1(sha1),
                                bytes(encode_features(row.features)),
                                row.found_at_ms,
                                row.host_id};
        },
        kCorpusLock);
}

const QString Database::kCorpusColumns =
    QStringLiteral("id, target_id, input, sha1, features, found_at_ms, host_id");

CorpusRow Database::read_corpus_row(const QSqlQuery& q) {
    CorpusRow r;
    r.id = q.value(0).toLongLong();
    r.target_id = q.value(1).toLongLong();
    r.input = q.value(2).toByteArray();
    r.sha1 = q.value(3).toString().toLatin1();
    r.features = decode_features(q.value(4).toByteArray());
    r.found_at_ms = q.value(5).toLongLong();
    r.host_id = q.value(6).toLongLong();
    return r;
}

std::vector<CorpusRow> Database::corpus(qint64 target_id) {
    std::vector<CorpusRow> out;
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    if (!prepare(q, QStringLiteral("SELECT ") + kCorpusColumns +
                        QStringLiteral(" FROM corpus WHERE target_id = ? ORDER BY id")))
        return out;
    q.bindValue(0, target_id);
    if (!exec(q))
        return out;
    while (q.next())
        out.push_back(read_corpus_row(q));
    if (!read_to_end(q))
        return {};
    succeed();
    return out;
}

std::pair<qint64, bool> Database::record_failure(const FailureRow& failure) {
    const std::pair<qint64, bool> error{-1, false};
    if (failure.signature.isEmpty()) {
        fail(tr("a failure needs a signature"));
        return error;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 first_seen = failure.first_seen_ms > 0 ? failure.first_seen_ms : now;
    const qint64 last_seen = failure.last_seen_ms > 0 ? failure.last_seen_ms : first_seen;

    QSqlQuery select(db_), insert(db_), update(db_); // see kQueriesBeforeTransaction
    Transaction transaction(*this);
    if (!transaction.ok())
        return error;
    std::optional<FailureRow> known;
    {
        QSqlQuery& q = select;
        q.setForwardOnly(true);
        if (!prepare(q,
                     QStringLiteral("SELECT id, status, kind, message, location, stack, "
                                    "first_input, minimal_input, example, last_seen_ms, build_id "
                                    "FROM failures WHERE target_id = ? AND signature = ?")))
            return error;
        q.bindValue(0, failure.target_id);
        q.bindValue(1, failure.signature);
        if (!exec(q))
            return error;
        if (q.next()) {
            FailureRow k;
            k.id = q.value(0).toLongLong();
            k.status = q.value(1).toString();
            k.kind = q.value(2).toString();
            k.message = q.value(3).toString();
            k.location = q.value(4).toString();
            k.stack = q.value(5).toString().split(u'\n', Qt::SkipEmptyParts);
            k.first_input = q.value(6).toByteArray();
            k.minimal_input = q.value(7).toByteArray();
            k.example = q.value(8).toString();
            k.last_seen_ms = q.value(9).toLongLong();
            k.build_id = q.value(10).toString();
            known = std::move(k);
        } else if (!read_to_end(q)) {
            return error;
        }
        q.finish();
    }

    std::pair<qint64, bool> result;
    if (!known) {
        const QString status =
            one_of(failure.status,
                   {kFailureNew, kFailureConfirmed, kFailureFixed, kFailureFlaky, kFailureIgnored})
                ? failure.status
                : QString::fromLatin1(kFailureNew);
        QSqlQuery& q = insert;
        if (!prepare(q, QStringLiteral(
                            "INSERT INTO failures (target_id, signature, kind, message, location, "
                            "stack, first_input, minimal_input, example, count, first_seen_ms, "
                            "last_seen_ms, status, build_id) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")))
            return error;
        q.bindValue(0, failure.target_id);
        q.bindValue(1, failure.signature);
        q.bindValue(2, text(failure.kind));
        q.bindValue(3, text(failure.message));
        q.bindValue(4, text(failure.location));
        q.bindValue(5, text(failure.stack.join(u'\n')));
        q.bindValue(6, bytes(failure.first_input));
        q.bindValue(7, bytes(failure.minimal_input));
        q.bindValue(8, text(failure.example));
        q.bindValue(9, std::max<qint64>(1, failure.count));
        q.bindValue(10, first_seen);
        q.bindValue(11, last_seen);
        q.bindValue(12, status);
        q.bindValue(13, text(failure.build_id));
        if (!exec(q) ||
            !first_row(
                q, tr("%1: storing the failure %2 returned no id").arg(where_, failure.signature)))
            return error;
        result = {q.value(0).toLongLong(), true};
        q.finish(); // SQLite cannot commit while the INSERT .. RETURNING is unfinished

    } else {
        FailureRow& k = *known;
        // The minimal input and the report printed for it belong together: both are replaced
        // when the new input is smaller. Details the first report lacked are filled in.
        const bool smaller =
            !failure.minimal_input.isEmpty() &&
            (k.minimal_input.isEmpty() || simpler_input(failure.minimal_input, k.minimal_input));
        if (smaller) {
            k.minimal_input = failure.minimal_input;
            if (!failure.example.isEmpty())
                k.example = failure.example;
        }
        if (k.example.isEmpty())
            k.example = failure.example;
        if (k.first_input.isEmpty())
            k.first_input = failure.first_input;
        if (k.kind.isEmpty())
            k.kind = failure.kind;
        if (k.message.isEmpty())
            k.message = failure.message;
        if (k.location.isEmpty())
            k.location = failure.location;
        if (k.stack.isEmpty())
            k.stack = failure.stack;
        if (!failure.build_id.isEmpty())
            k.build_id = failure.build_id;
        // count 0: a simpler example of the failure (minimise), not another sighting of it.
        const bool sighting = failure.count > 0;
        if (sighting && k.status == QLatin1String(kFailureFixed))
            k.status = QString::fromLatin1(kFailureNew); // it came back
        QSqlQuery& q = update;
        if (!prepare(q, QStringLiteral(
                            "UPDATE failures SET count = count + ?, last_seen_ms = ?, status = ?, "
                            "build_id = ?, kind = ?, "
                            "message = ?, location = ?, stack = ?, first_input = ?, "
                            "minimal_input = ?, example = ? WHERE id = ?")))
            return error;
        q.bindValue(0, sighting ? 1 : 0);
        q.bindValue(1, sighting ? std::max(k.last_seen_ms, last_seen) : k.last_seen_ms);
        q.bindValue(2, k.status);
        q.bindValue(3, text(k.build_id));
        q.bindValue(4, text(k.kind));
        q.bindValue(5, text(k.message));
        q.bindValue(6, text(k.location));
        q.bindValue(7, text(k.stack.join(u'\n')));
        q.bindValue(8, bytes(k.first_input));
        q.bindValue(9, bytes(k.minimal_input));
        q.bindValue(10, text(k.example));
        q.bindValue(11, k.id);
        if (!exec(q))
            return error;
        result = {k.id, false};
    }
    if (!transaction.commit())
        return error;
    succeed();
    return result;
}

FailureRow Database::read_failure(const QSqlQuery& q) const {
    FailureRow r;
    r.id = q.value(0).toLongLong();
    r.target_id = q.value(1).toLongLong();
    r.target = q.value(2).toString();
    r.binary = q.value(3).toString();
    r.signature = q.value(4).toString();
    r.kind = q.value(5).toString();
    r.message = q.value(6).toString();
    r.location = q.value(7).toString();
    r.stack = q.value(8).toString().split(u'\n', Qt::SkipEmptyParts);
    r.first_input = q.value(9).toByteArray();
    r.minimal_input = q.value(10).toByteArray();
    r.example = q.value(11).toString();
    r.count = q.value(12).toLongLong();
    r.first_seen_ms = q.value(13).toLongLong();
    r.last_seen_ms = q.value(14).toLongLong();
    r.status = q.value(15).toString();
    r.build_id = q.value(16).toString();
    r.status_reason = q.value(17).toString();
    return r;
}

std::vector<FailureRow> Database::select_failures(const QString& where, qint64 value) {
    std::vector<FailureRow> out;
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    if (!prepare(q, QStringLiteral("SELECT f.id, f.target_id, t.name, b.path, f.signature, f.kind, "
                                   "f.message, f.location, f.stack, f.first_input, "
                                   "f.minimal_input, f.example, f.count, f.first_seen_ms, "
                                   "f.last_seen_ms, f.status, f.build_id, f.status_reason "
                                   "FROM failures f "
                                   "JOIN targets t ON t.id = f.target_id "
                                   "JOIN binaries b ON b.id = t.binary_id ") +
                        where + QStringLiteral(" ORDER BY f.id")))
        return out;
    if (!where.isEmpty())
        q.bindValue(0, value);
    if (!exec(q))
        return out;
    while (q.next())
        out.push_back(read_failure(q));
    if (!read_to_end(q))
        return {};
    succeed();
    return out;
}

std::vector<FailureRow> Database::failures(qint64 target_id) {
    return target_id < 0 ? select_failures(QString(), 0)
                         : select_failures(QStringLiteral("WHERE f.target_id = ?"), target_id);
}

std::optional<FailureRow> Database::failure(qint64 id) {
    std::vector<FailureRow> found = select_failures(QStringLiteral("WHERE f.id = ?"), id);
    if (!last_error_.isEmpty())
        return std::nullopt;
    if (found.empty()) {
        fail(tr("%1: there is no failure with id %2").arg(where_).arg(id));
        return std::nullopt;
    }
    return std::move(found.front());
}

QString Database::failures_digest() {
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    // Portable SQL: LENGTH counts the bytes of a BLOB in SQLite and of a bytea in PostgreSQL.
    if (!prepare(q, QStringLiteral(
                        "SELECT COUNT(*), COALESCE(SUM(id), 0), COALESCE(SUM(count), 0), "
                        "COALESCE(MAX(last_seen_ms), 0), COALESCE(SUM(LENGTH(minimal_input)), 0), "
                        "COALESCE(SUM(LENGTH(example)), 0), COALESCE(SUM(id * CASE status "
                        "WHEN 'new' THEN 1 WHEN 'confirmed' THEN 2 WHEN 'fixed' THEN 3 "
                        "WHEN 'flaky' THEN 4 ELSE 5 END), 0), "
                        "COALESCE(SUM(id * LENGTH(status_reason)), 0) FROM failures")) ||
        !exec(q) || !first_row(q, tr("%1: the failures could not be summed up").arg(where_)))
        return QString();
    QStringList parts;
    for (int i = 0; i < 8; ++i)
        parts << q.value(i).toString();
    succeed();
    return parts.join(QLatin1Char(':'));
}

bool Database::set_failure_status(qint64 id, const QString& status) {
    return set_failure_status(id, status, QString());
}

bool Database::set_failure_status(qint64 id, const QString& status, const QString& reason) {
    const std::initializer_list<const char*> allowed = {
        kFailureNew, kFailureConfirmed, kFailureFixed, kFailureFlaky, kFailureIgnored};
    if (!one_of(status, allowed))
        return fail(
            tr("'%1' is not a failure status (one of: %2)").arg(status, join_allowed(allowed)));
    QSqlQuery q(db_);
    if (!prepare(q,
                 QStringLiteral("UPDATE failures SET status = ?, status_reason = ? WHERE id = ?")))
        return false;
    q.bindValue(0, status);
    q.bindValue(1, reason.isNull() ? QStringLiteral("") : reason); // NOT NULL: never a null
    q.bindValue(2, id);
    if (!exec(q))
        return false;
    if (q.numRowsAffected() < 1)
        return fail(tr("%1: there is no failure with id %2").arg(where_).arg(id));
    succeed();
    return true;
}

bool Database::add_stats(const std::vector<StatsRow>& rows) {
    return insert_rows(QStringLiteral("INSERT INTO stats (target_id, at_ms, executions, features, "
                                      "corpus_size, execs_per_second, estimate, host_id, "
                                      "workers) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       rows, [](const StatsRow& row) {
                           return QVariantList{row.target_id, row.at_ms,       row.executions,
                                               row.features,  row.corpus_size, row.execs_per_second,
                                               row.estimate,  row.host_id,     row.workers};
                       });
}

bool Database::add_slices(const std::vector<SliceRow>& rows) {
    return insert_rows(QStringLiteral("INSERT INTO slices (host_id, slot, target_id, start_ms, "
                                      "end_ms, executions) VALUES (?, ?, ?, ?, ?, ?)"),
                       rows, [](const SliceRow& row) {
                           return QVariantList{row.host_id,  row.slot,   row.target_id,
                                               row.start_ms, row.end_ms, row.executions};
                       });
}

std::vector<StatsRow> Database::stats(qint64 target_id, qint64 since_ms) {
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    const QString select = QString::fromLatin1(kStatsColumns);
    if (target_id < 0) {
        if (!prepare(q, select + QStringLiteral("WHERE at_ms >= ? ORDER BY at_ms, id")))
            return {};
        q.bindValue(0, since_ms);
    } else {
        if (!prepare(q, select + QStringLiteral(
                                     "WHERE target_id = ? AND at_ms >= ? ORDER BY at_ms, id")))
            return {};
        q.bindValue(0, target_id);
        q.bindValue(1, since_ms);
    }
    return stats_rows(q);
}

std::vector<StatsRow> Database::latest_stats(qint64 target_id, int limit) {
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    if (!prepare(q, QString::fromLatin1(kStatsColumns) +
                        QStringLiteral("WHERE target_id = ? ORDER BY at_ms DESC, id DESC LIMIT ?")))
        return {};
    q.bindValue(0, target_id);
    q.bindValue(1, limit);
    return stats_rows(q);
}

std::vector<StatsRow> Database::stats_rows(QSqlQuery& q) {
    std::vector<StatsRow> out;
    if (!exec(q))
        return out;
    while (q.next()) {
        StatsRow r;
        r.target_id = q.value(0).toLongLong();
        r.at_ms = q.value(1).toLongLong();
        r.executions = q.value(2).toLongLong();
        r.features = q.value(3).toLongLong();
        r.corpus_size = q.value(4).toLongLong();
        r.execs_per_second = q.value(5).toDouble();
        r.estimate = q.value(6).toDouble();
        r.host_id = q.value(7).toLongLong();
        r.workers = q.value(8).toInt();
        out.push_back(r);
    }
    if (!read_to_end(q))
        return {};
    succeed();
    return out;
}

bool Database::set_coverage(qint64 target_id, qint64 edges, qint64 features) {
    QSqlQuery q(db_);
    if (!prepare(q, QStringLiteral("INSERT INTO coverage (target_id, edges, features, updated_ms) "
                                   "VALUES (?, ?, ?, ?) ON CONFLICT (target_id) DO UPDATE SET "
                                   "edges = excluded.edges, features = excluded.features, "
                                   "updated_ms = excluded.updated_ms")))
        return false;
    q.bindValue(0, target_id);
    q.bindValue(1, edges);
    q.bindValue(2, features);
    q.bindValue(3, QDateTime::currentMSecsSinceEpoch());
    if (!exec(q))
        return false;
    succeed();
    return true;
}

std::optional<CoverageRow> Database::coverage(qint64 target_id) {
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    if (!prepare(q, QStringLiteral("SELECT target_id, edges, features, updated_ms FROM coverage "
                                   "WHERE target_id = ?")))
        return std::nullopt;
    q.bindValue(0, target_id);
    if (!exec(q) ||
        !first_row(
            q,
            tr("%1: no coverage is stored for the target with id %2").arg(where_).arg(target_id)))
        return std::nullopt;
    succeed();
    return CoverageRow{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                       q.value(3).toLongLong()};
}

bool Database::set_observations(const std::vector<ObservationRow>& rows) {
    const std::initializer_list<const char*> kinds = {kObservationEvent, kObservationTarget};
    for (const ObservationRow& row : rows) {
        if (!one_of(row.kind, kinds))
            return fail(tr("'%1' is not a kind of observation (one of: %2)")
                            .arg(row.kind, join_allowed(kinds)));
        if (std::isnan(row.best))
            return fail(tr("the target() score of '%1' is not a number").arg(row.label));
    }
    if (rows.empty()) {
        succeed();
        return true;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return insert_rows(QStringLiteral("INSERT INTO observations (target_id, kind, label, count, "
                                      "best, updated_ms) VALUES (?, ?, ?, ?, ?, ?) "
                                      "ON CONFLICT (target_id, kind, label) DO UPDATE SET "
                                      "count = excluded.count, best = excluded.best, "
                                      "updated_ms = excluded.updated_ms"),
                       rows, [now](const ObservationRow& row) {
                           return QVariantList{
                               row.target_id, row.kind, text(row.label),
                               row.count,     row.best, row.updated_ms > 0 ? row.updated_ms : now};
                       });
}

std::vector<ObservationRow> Database::observations(qint64 target_id) {
    std::vector<ObservationRow> out;
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    if (!prepare(q, QStringLiteral("SELECT target_id, kind, label, count, best, updated_ms FROM "
                                   "observations WHERE target_id = ?")))
        return out;
    q.bindValue(0, target_id);
    if (!exec(q))
        return out;
    while (q.next()) {
        ObservationRow r;
        r.target_id = q.value(0).toLongLong();
        r.kind = q.value(1).toString();
        r.label = q.value(2).toString();
        r.count = q.value(3).toLongLong();
        r.best = q.value(4).toDouble();
        r.updated_ms = q.value(5).toLongLong();
        out.push_back(std::move(r));
    }
    if (!read_to_end(q))
        return {};
    // Sorted here rather than by ORDER BY: PostgreSQL would order labels by its locale, SQLite by
    // bytes; this way both backends (and Campaign::observations()) give the same order.
    std::sort(out.begin(), out.end(), [](const ObservationRow& a, const ObservationRow& b) {
        return std::tie(a.kind, a.label) < std::tie(b.kind, b.label);
    });
    succeed();
    return out;
}

} // namespace arcwise::campaign
