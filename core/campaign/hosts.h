#pragma once
// This process as one host of a campaign that several processes (on one machine or many) fuzz
// together through one database, PostgreSQL being the coordination point (no broker of our own).
//
// A host registers (name, cores, version), beats every kBeatMs, and holds a lease on every worker
// slot it fuzzes: (target, slot number), claimed in one statement that locks the row while it
// decides, renewed by the heartbeat, released at the end of the slice. A host that disappears
// (SIGKILL, a lost network) stops renewing: its leases expire after kLeaseMs and the other hosts'
// schedulers see those workers gone and take the targets over. Corpus entries and failures travel
// through the tables they are stored in, read by every other host after a watermark about once a
// second. Binaries are matched by build id, not path (Database::upsert_binary): every host has its
// own copy of the project, and they share targets, corpus and failures.
//
// Promises: a host never takes a slot another live host holds; a storage error is reported (the
// database's last_error) and never stops the caller; nothing here blocks for longer than one
// query.

#include "types.h"

#include <QString>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace arcwise::campaign {

class Database;

class HostLink {
public:
    static constexpr qint64 kBeatMs = 5000;
    static constexpr qint64 kLeaseMs = 30000;

    explicit HostLink(Database& db) : db_(db) {}

    // Registers the host: `name` (empty: the machine's host name; when a live host already has
    // it, the process id is added). Returns false (the database's last_error) when it cannot.
    bool join(QString name, int cores, const QString& version, qint64 now_ms);
    qint64 id() const { return id_; }
    const QString& name() const { return name_; }
    bool joined() const { return id_ > 0; }
    bool left() const { return left_; }

    // A sign of life with the host's own executions: renews its leases (unless `renew_leases` is
    // false: a paused host stays alive but lets its worker slots expire, so the others take them
    // over); also reads which worker slots the other hosts hold. False on a storage error.
    bool beat(qint64 now_ms, qint64 executions, bool renew_leases = true);
    // The host has ended: its leases are released and it is marked stopped.
    bool leave();

    // Workers of other live hosts per target, as of the last beat() or take().
    const std::map<qint64, int>& remote_workers() const { return remote_; }
    // Claims a free worker slot of `target`. The slot number; nullopt when another host took the
    // slot just before (remote_workers() then counts it) or on a storage error (`*error` set).
    std::optional<int> take(qint64 target, qint64 now_ms, bool* error);
    void drop(qint64 target, int slot);

    // Corpus entries other hosts stored since the last call (at most `limit`).
    std::vector<CorpusRow> new_corpus(int limit, bool* error);
    // Failures stored since the last call (by any host).
    std::vector<FailureRow> new_failures(bool* error);
    // Executions per target by other hosts since this one joined (from their finished slices).
    std::map<qint64, qint64> peer_executions(bool* error);

    // A host is stale when it has not beaten for kLeaseMs and did not stop as it should.
    static bool stale(const HostRow& host, qint64 now_ms) {
        return !host.stopped && now_ms - host.heartbeat_ms > kLeaseMs;
    }

private:
    void read_leases(const std::vector<LeaseRow>& leases);

    Database& db_;
    qint64 id_ = 0;
    bool left_ = false;
    QString name_;
    std::map<qint64, int> remote_;           // target -> workers of other live hosts
    std::set<std::pair<qint64, int>> taken_; // slots held by other live hosts
    std::set<std::pair<qint64, int>> mine_;  // slots this host holds
    qint64 corpus_after_ = 0;                // watermarks
    std::set<qint64> recent_;                // corpus ids returned near the watermark
    qint64 failures_after_ = 0;
    std::map<qint64, qint64> peer_executions_at_join_;
};

} // namespace arcwise::campaign
