#pragma once
// The campaign database: binaries, targets, corpus entries, failures, stats over time, coverage and
// the targets' events and target() scores, in SQLite (one file per project, the default) or
// PostgreSQL (a team or several hosts sharing one campaign). The schema is versioned and migrated
// by open(); see docs/database.md.
//
// Promises:
// - open() never deletes or rewrites what is stored; a file that is not an SQLite database is left
//   untouched; a database newer than this build is refused, not downgraded.
// - Damage is noticed, and nothing is written into a damaged file: open() checks an SQLite file
//   (PRAGMA quick_check) before anything is written, and every read checks every row it steps to.
//   A read that fails returns nothing (never the rows before the damage) and sets last_error();
//   once a damaged page has been met, every later call fails (problem() is Damaged).
// - A database in a place that cannot be written (a read-only file, directory or file system) can
//   still be read: open(url, error, OpenMode::Read).
// - Every call that writes several rows does so in one transaction: all or nothing.
// - Errors a user can cause (bad URL, unreachable server, corrupt file, full disk, unknown id, bad
//   status) are reported as return values, with last_error() saying what and where, and problem()
//   what kind of trouble it is. Nothing throws.
// - Values are always bound to prepared statements, never spliced into SQL.
//
// Threads: each Database owns its own connection and belongs to the thread that opened it. Open one
// per thread (with the same url()); several may be open at once, in one process or in many.

#include "campaign/types.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QSqlError;
class QSqlQuery;

namespace arcwise::campaign {

struct DatabaseUrl;

// What set_coverage() stored for a target.
struct CoverageRow {
    qint64 target_id = 0;
    qint64 edges = 0;
    qint64 features = 0;
    qint64 updated_ms = 0;
};

// How a database is to be opened.
enum class OpenMode {
    // Created and migrated as needed, for reading and writing. A place that cannot be written is
    // refused (problem() ReadOnly).
    ReadWrite,
    // For a command that only reads (report, replay, export): a database that is not there is
    // refused, not created. As ReadWrite where the file and its directory can be written;
    // elsewhere (a read-only file, directory or file system) opened read-only: nothing is
    // created, migrated or written there, read_only() is true and every write fails with
    // problem() ReadOnly.
    Read,
};

// What kind of trouble a failed call met: decides whether a command was used wrongly or could
// not do its work.
enum class StorageProblem {
    None,
    Refused,     // a bad URL, value or id, a file that is not a database, a newer schema
    Full,        // the file system (or the server's disk) is full
    ReadOnly,    // the file, its directory or its file system cannot be written
    Damaged,     // a damaged page or file; nothing more is read from or written to it
    Unavailable, // an I/O error, an unreachable server, a lock held for too long
};

// Trouble with the storage itself rather than with what was asked of it: whoever met it could not
// do its work (arcwise-cli exits 3), where Refused is a usage or configuration error (2).
inline bool is_storage_fault(StorageProblem problem) {
    return problem != StorageProblem::None && problem != StorageProblem::Refused;
}

class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Opens (creating and migrating as needed) the database at `url`:
    //   /abs/path/file.sqlite or relative/path     SQLite file; parent directories are created
    //   sqlite:///abs/path/file.sqlite             the same
    //   postgresql://user[:password]@host[:port]/dbname   (or postgres://)
    //   postgresql://user@/dbname?host=/socket/dir[&port=N]   a Unix-socket directory, as libpq
    // Returns nullptr and sets *error (when given) saying what failed and where, and *problem
    // (when given) what kind of trouble it was.
    static std::unique_ptr<Database> open(const QString& url, QString* error,
                                          OpenMode mode = OpenMode::ReadWrite,
                                          StorageProblem* problem = nullptr);
    // <project_dir>/.arcwise/arcwise.sqlite
    static QString default_url(const QString& project_dir);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // What the last failed call went wrong with (empty after a success).
    QString last_error() const { return last_error_; }
    // The kind of trouble the last failed call met (None after a success); Damaged stays.
    StorageProblem problem() const { return problem_; }
    // A damaged page or file was met: every call fails from then on.
    bool damaged() const { return damaged_; }
    // Opened read-only (OpenMode::Read in a place that cannot be written).
    bool read_only() const { return read_only_; }
    // The file, or the server and database, as messages name it.
    QString where() const { return where_; }
    int schema_version() const { return schema_version_; }
    // The URL given to open(), for opening the same database from another thread.
    QString url() const { return url_; }
    bool is_postgres() const { return postgres_; }

    // Binaries and targets. Return the row id, or -1 on error. Upserting a target keeps its status.
    qint64 upsert_binary(const QString& path, const QString& build_id, qint64 mtime_ms);
    qint64 upsert_target(qint64 binary_id, const TargetInfo& info);
    // All targets ordered by binary path and name, with their binary, latest stats and failure
    // count.
    std::vector<TargetRow> targets();
    // status: one of the kStatus* values in types.h.
    bool set_target_status(qint64 target_id, const QString& status, const QString& message = {});

    // Adds entries in one transaction; an entry whose (target, sha1) is stored already is skipped.
    // An empty sha1 is computed from the input.
    bool add_corpus(const std::vector<CorpusRow>& rows);
    std::vector<CorpusRow> corpus(qint64 target_id);

    // Stores a failure, deduplicated by (target, signature). Returns {id, true} for a new one;
    // for a known one: count + 1, last_seen and build_id updated, minimal_input and example
    // replaced when the new minimal input is smaller, status "fixed" back to "new"; returns {id,
    // false}. A failure with count 0 is a simpler example of a known one (minimise), not another
    // sighting: count, last_seen and status stay. Returns {-1, false} on error. "Smaller" is the
    // shrinker's order for choice sequences (fewer choices, then simpler values), fewer bytes for
    // raw inputs.
    std::pair<qint64, bool> record_failure(const FailureRow& failure);
    // Failures of one target (or all with -1), oldest first, with target name and binary path.
    std::vector<FailureRow> failures(qint64 target_id = -1);
    std::optional<FailureRow> failure(qint64 id);
    // A summary of the failures table that changes whenever a failure is added, seen again,
    // given a simpler example or a new status: lets a reader notice changes without loading the
    // inputs. Empty on error.
    QString failures_digest();
    // status: one of the kFailure* values in types.h. The reason says why (empty: none given);
    // it replaces the stored one.
    bool set_failure_status(qint64 id, const QString& status);
    bool set_failure_status(qint64 id, const QString& status, const QString& reason);

    bool add_stats(const std::vector<StatsRow>& rows);
    // Stats rows of a target (all targets with -1) with at_ms >= since_ms, oldest first.
    std::vector<StatsRow> stats(qint64 target_id, qint64 since_ms = 0);
    // The target's latest `limit` stats rows, newest first.
    std::vector<StatsRow> latest_stats(qint64 target_id, int limit);

    bool set_coverage(qint64 target_id, qint64 edges, qint64 features);
    std::optional<CoverageRow> coverage(qint64 target_id);

    // Events and target() scores (ObservationRow). Each row is stored as given, replacing the one
    // with the same (target, kind, label), all in one transaction; the caller adds counts up. A
    // kind other than kObservationEvent or kObservationTarget, or a NaN score, is refused (nothing
    // is written). An updated_ms of 0 is stored as now.
    bool set_observations(const std::vector<ObservationRow>& rows);
    // The rows of one target, ordered by kind, then label.
    std::vector<ObservationRow> observations(qint64 target_id);

    // Hosts of the campaign (hosts.h, database_hosts.cc). add_host returns the new host's id, or
    // -1 on error.
    qint64 add_host(const HostRow& host);
    // A host's sign of life: its heartbeat and executions, and every lease it holds renewed until
    // `lease_until_ms` (0: not renewed). False on error, or (with last_error) when the host's row
    // is gone.
    bool beat_host(qint64 host_id, qint64 now_ms, qint64 executions, qint64 lease_until_ms);
    // The host ended as it should: its leases are released and it is marked stopped.
    bool stop_host(qint64 host_id);
    // Every host that ever joined, oldest first.
    std::vector<HostRow> hosts();
    // Claims worker slot `slot` of a target for a host until `until_ms`, in one statement (the
    // row is locked while it is decided): taken when the slot is free, expired (its holder
    // stopped renewing it before `now_ms`) or the host's own. true: the host holds it; false: a
    // live lease of another host holds it; nullopt: an error (last_error()).
    std::optional<bool> take_lease(qint64 target_id, int slot, qint64 host_id, qint64 now_ms,
                                   qint64 until_ms);
    bool drop_lease(qint64 target_id, int slot, qint64 host_id);
    // Leases not expired at `now_ms`, by target and slot.
    std::vector<LeaseRow> leases(qint64 now_ms);
    bool add_slices(const std::vector<SliceRow>& rows);
    // Slices of one host (every host with -1) that ended at or after `since_ms`, oldest first.
    std::vector<SliceRow> slices(qint64 host_id = -1, qint64 since_ms = 0);
    // Executions per target over every slice of hosts other than `except_host`.
    std::map<qint64, qint64> slice_executions(qint64 except_host);
    // Corpus entries stored after `after_id` by hosts other than `except_host`, in the order
    // stored, at most `limit`.
    std::vector<CorpusRow> corpus_after(qint64 after_id, qint64 except_host, int limit);
    // The highest corpus id stored (0 when none; -1 on error).
    qint64 last_corpus_id();
    // The highest failure id stored (0 when none; -1 on error).
    qint64 last_failure_id();
    // Per target: the hosts that fuzzed it and the workers they gave it at most at once (from
    // the stats rows the hosts wrote).
    std::map<qint64, TargetSpread> target_spread();
    // Failures stored after `after_id`, oldest first.
    std::vector<FailureRow> failures_after(qint64 after_id);

private:
    class Transaction;

    Database(QString url, QString connection, bool postgres);

    bool open_sqlite(const QString& path, OpenMode mode);
    bool open_sqlite_connection(const QString& name, const QString& options);
    bool check_sqlite(const QString& file);
    bool open_postgres(const DatabaseUrl& url);
    bool migrate();
    // A read-only connection cannot migrate: it can read the schema this build writes, or refuses.
    bool check_schema();
    // False (recorded) when the stored schema `version` is newer than this build knows: such a
    // database is refused, never downgraded.
    bool known_schema(int version);

    // Prepares `sql` on `query`, or records the error.
    bool prepare(QSqlQuery& query, const QString& sql);
    // Executes a prepared query, or records the error.
    bool exec(QSqlQuery& query);
    // Executes a statement without bound values.
    bool exec(const QString& sql);
    // Executes the statement `sql` once per row, bound to `values(row)` (a QVariantList in the
    // order of the statement's placeholders), in one transaction: all the rows or none. With a
    // `lock` (an advisory lock statement, run first on PostgreSQL only) the batches of several
    // hosts take turns, and a batch that meets a deadlock anyway (40P01) while it is stored is
    // rolled back and tried again (three attempts in all). Defined in database.cc, the only place
    // it is used.
    template <class Row, class Values>
    bool insert_rows(const QString& sql, const std::vector<Row>& rows, Values values,
                     const char* lock = nullptr);
    // "the database /p/.arcwise/arcwise.sqlite", "the PostgreSQL database "x" at host:5432"
    QString subject() const;
    bool fail(const QString& message, StorageProblem problem = StorageProblem::Refused);
    // Records a statement that failed: what kind of trouble (full, read-only, damaged...) and a
    // message saying so and where; `context` says what was being done, when it helps.
    bool fail_sql(const QSqlError& error, const QString& context = {});
    StorageProblem problem_for(const QSqlError& error) const;
    // False (recorded) once damage has been met.
    bool usable();
    // After a loop over q.next(): false (recorded) when it stopped at an error, not at the end.
    bool read_to_end(const QSqlQuery& q);
    // Runs a query of kStatsColumns and reads its rows (empty on an error: last_error()).
    std::vector<StatsRow> stats_rows(QSqlQuery& q);
    // The first row of an executed query: false (recorded) when there is none (`none` says why)
    // or reading it failed.
    bool first_row(QSqlQuery& q, const QString& none);
    void succeed() {
        last_error_.clear();
        problem_ = StorageProblem::None;
    }
    FailureRow read_failure(const QSqlQuery& query) const;
    // A row of kCorpusColumns, in that order.
    static const QString kCorpusColumns;
    static CorpusRow read_corpus_row(const QSqlQuery& query);
    // The highest id of `table` (one of ours, never a user's string).
    qint64 last_id(const QString& table);
    std::vector<FailureRow> select_failures(const QString& where, qint64 value);

    QString url_;
    QString connection_;
    QString where_; // the file, or the server and database, for messages
    bool postgres_ = false;
    bool read_only_ = false;
    bool damaged_ = false;
    int schema_version_ = 0;
    QString last_error_;
    StorageProblem problem_ = StorageProblem::None;
    QSqlDatabase db_;
};

} // namespace arcwise::campaign
