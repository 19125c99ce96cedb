// The hosts of a campaign in the database: who is fuzzing it, which worker slots of which
// targets each holds, and what they stored that the others have not seen (hosts.h).

#include "database.h"
#include "database_values.h"

#include <QSqlError>
#include <QSqlQuery>

namespace arcwise::campaign {

using detail::text;

qint64 Database::add_host(const HostRow& host) {
    QSqlQuery q(db_);
    if (!prepare(q, QStringLiteral("INSERT INTO hosts (name, cores, version, started_ms, "
                                   "heartbeat_ms, executions, stopped) VALUES (?, ?, ?, ?, ?, 0, "
                                   "0) RETURNING id")))
        return -1;
    q.bindValue(0, text(host.name));
    q.bindValue(1, host.cores);
    q.bindValue(2, text(host.version));
    q.bindValue(3, host.started_ms);
    q.bindValue(4, host.heartbeat_ms);
    if (!exec(q) ||
        !first_row(q, tr("%1: adding the host %2 returned no id").arg(where_, host.name)))
        return -1;
    succeed();
    return q.value(0).toLongLong();
}

bool Database::beat_host(qint64 host_id, qint64 now_ms, qint64 executions, qint64 lease_until_ms) {
    QSqlQuery host(db_);
    if (!prepare(host, QStringLiteral("UPDATE hosts SET heartbeat_ms = ?, executions = ?, "
                                      "stopped = 0 WHERE id = ?")))
        return false;
    host.bindValue(0, now_ms);
    host.bindValue(1, executions);
    host.bindValue(2, host_id);
    if (!exec(host))
        return false;
    if (host.numRowsAffected() < 1)
        return fail(tr("%1: there is no host with id %2").arg(where_).arg(host_id));
    if (lease_until_ms <= 0) {
        succeed();
        return true;
    }
    QSqlQuery leases(db_);
    if (!prepare(leases, QStringLiteral("UPDATE leases SET expires_ms = ? WHERE host_id = ?")))
        return false;
    leases.bindValue(0, lease_until_ms);
    leases.bindValue(1, host_id);
    if (!exec(leases))
        return false;
    succeed();
    return true;
}

bool Database::stop_host(qint64 host_id) {
    QSqlQuery leases(db_);
    if (!prepare(leases, QStringLiteral("DELETE FROM leases WHERE host_id = ?")))
        return false;
    leases.bindValue(0, host_id);
    if (!exec(leases))
        return false;
    QSqlQuery host(db_);
    if (!prepare(host, QStringLiteral("UPDATE hosts SET stopped = 1 WHERE id = ?")))
        return false;
    host.bindValue(0, host_id);
    if (!exec(host))
        return false;
    succeed();
    return true;
}

std::vector<HostRow> Database::hosts() {
    std::vector<HostRow> out;
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    if (!prepare(q, QStringLiteral("SELECT id, name, cores, version, started_ms, heartbeat_ms, "
                                   "executions, stopped FROM hosts ORDER BY id")) ||
        !exec(q))
        return out;
    while (q.next()) {
        HostRow h;
        h.id = q.value(0).toLongLong();
        h.name = q.value(1).toString();
        h.cores = q.value(2).toInt();
        h.version = q.value(3).toString();
        h.started_ms = q.value(4).toLongLong();
        h.heartbeat_ms = q.value(5).toLongLong();
        h.executions = q.value(6).toLongLong();
        h.stopped = q.value(7).toInt() != 0;
        out.push_back(std::move(h));
    }
    if (!read_to_end(q))
        return {};
    succeed();
    return out;
}

std::optional<bool> Database::take_lease(qint64 target_id, int slot, qint64 host_id, qint64 now_ms,
                                         qint64 until_ms) {
    // One statement: PostgreSQL locks the conflicting row while it decides, SQLite the whole
    // database; two hosts asking for one slot at once cannot both get it.
    QSqlQuery q(db_);
    if (!prepare(q, QStringLiteral("INSERT INTO leases (target_id, slot, host_id, expires_ms) "
                                   "VALUES (?, ?, ?, ?) ON CONFLICT (target_id, slot) DO UPDATE "
                                   "SET host_id = excluded.host_id, expires_ms = "
                                   "excluded.expires_ms WHERE leases.host_id = excluded.host_id "
                                   "OR leases.expires_ms < ?")))
        return std::nullopt;
    q.bindValue(0, target_id);
    q.bindValue(1, slot);
    q.bindValue(2, host_id);
    q.bindValue(3, until_ms);
    q.bindValue(4, now_ms);
    if (!exec(q))
        return std::nullopt;
    succeed();
    return q.numRowsAffected() > 0;
}

bool Database::drop_lease(qint64 target_id, int slot, qint64 host_id) {
    QSqlQuery q(db_);
    if (!prepare(q, QStringLiteral("DELETE FROM leases WHERE target_id = ? AND slot = ? AND "
                                   "host_id = ?")))
        return false;
    q.bindValue(0, target_id);
    q.bindValue(1, slot);
    q.bindValue(2, host_id);
    if (!exec(q))
        return false;
    succeed();
    return true;
}

std::vector<LeaseRow> Database::leases(qint64 now_ms) {
    std::vector<LeaseRow> out;
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    if (!prepare(q, QStringLiteral("SELECT target_id, slot, host_id, expires_ms FROM leases "
                                   "WHERE expires_ms >= ? ORDER BY target_id, slot")))
        return out;
    q.bindValue(0, now_ms);
    if (!exec(q))
        return out;
    while (q.next())
        out.push_back(LeaseRow{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toLongLong(),
                               q.value(3).toLongLong()});
    if (!read_to_end(q))
        return {};
    succeed();
    return out;
}

std::vector<SliceRow> Database::slices(qint64 host_id, qint64 since_ms) {
    std::vector<SliceRow> out;
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    const QString host = host_id < 0 ? QString() : QStringLiteral(" AND host_id = ?");
    if (!prepare(q, QStringLiteral("SELECT host_id, slot, target_id, start_ms, end_ms, "
                                   "executions FROM slices WHERE end_ms >= ?") +
                        host + QStringLiteral(" ORDER BY start_ms, id")))
        return out;
    q.bindValue(0, since_ms);
    if (host_id >= 0)
        q.bindValue(1, host_id);
    if (!exec(q))
        return out;
    while (q.next())
        out.push_back(SliceRow{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toLongLong(),
                               q.value(3).toLongLong(), q.value(4).toLongLong(),
                               q.value(5).toLongLong()});
    if (!read_to_end(q))
        return {};
    succeed();
    return out;
}

std::map<qint64, qint64> Database::slice_executions(qint64 except_host) {
    std::map<qint64, qint64> out;
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    if (!prepare(q, QStringLiteral("SELECT target_id, SUM(executions) FROM slices WHERE host_id "
                                   "<> ? GROUP BY target_id")))
        return out;
    q.bindValue(0, except_host);
    if (!exec(q))
        return out;
    while (q.next())
        out[q.value(0).toLongLong()] = q.value(1).toLongLong();
    if (!read_to_end(q))
        return {};
    succeed();
    return out;
}

std::vector<CorpusRow> Database::corpus_after(qint64 after_id, qint64 except_host, int limit) {
    std::vector<CorpusRow> out;
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    if (!prepare(q, QStringLiteral("SELECT ") + kCorpusColumns +
                        QStringLiteral(" FROM corpus WHERE id > ? AND host_id <> ? ORDER BY id "
                                       "LIMIT ?")))
        return out;
    q.bindValue(0, after_id);
    q.bindValue(1, except_host);
    q.bindValue(2, limit);
    if (!exec(q))
        return out;
    while (q.next())
        out.push_back(read_corpus_row(q));
    if (!read_to_end(q))
        return {};
    succeed();
    return out;
}

qint64 Database::last_corpus_id() {
    return last_id(QStringLiteral("corpus"));
}

qint64 Database::last_failure_id() {
    return last_id(QStringLiteral("failures"));
}

qint64 Database::last_id(const QString& table) {
    QSqlQuery q(db_);
    if (!prepare(q, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + table) || !exec(q) ||
        !first_row(q, tr("%1: reading the last row of %2 returned nothing").arg(where_, table)))
        return -1;
    succeed();
    return q.value(0).toLongLong();
}

std::map<qint64, TargetSpread> Database::target_spread() {
    std::map<qint64, TargetSpread> out;
    QSqlQuery q(db_);
    q.setForwardOnly(true);
    if (!prepare(q, QStringLiteral("SELECT target_id, host_id, MAX(workers) FROM stats WHERE "
                                   "host_id > 0 GROUP BY target_id, host_id")) ||
        !exec(q))
        return out;
    while (q.next()) {
        TargetSpread& s = out[q.value(0).toLongLong()];
        ++s.hosts;
        s.workers += q.value(2).toInt();
    }
    if (!read_to_end(q))
        return {};
    succeed();
    return out;
}

std::vector<FailureRow> Database::failures_after(qint64 after_id) {
    return select_failures(QStringLiteral("WHERE f.id > ?"), after_id);
}

} // namespace arcwise::campaign
