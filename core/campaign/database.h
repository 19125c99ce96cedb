#pragma once
// The campaign database: binaries, targets, corpus entries, failures, stats over time, coverage and
// the targets' events and target() scores, in SQLite (one file per project, the default) or
// PostgreSQL (a team or several hosts sharing one campaign). The schema is versioned and migrated
// by open(); see docs/database.md.
//
// Promises:
// - open() never deletes or rewrites what is stored; a file that is not an SQLite database is left
//   untouched; a database newer than this build is refused, not downgraded.
// - Every call that writes several rows does so in one transaction: all or nothing.
// - Errors a user can cause (bad URL, unreachable server, corrupt file, unknown id, bad status) are
//   reported as return values, with last_error() saying what and where. Nothing throws.
// - Values are always bound to prepared statements, never spliced into SQL.
//
// Threads: each Database owns its own connection and belongs to the thread that opened it. Open one
// per thread (with the same url()); several may be open at once, in one process or in many.

#include "campaign/types.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

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

class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // Opens (creating and migrating as needed) the database at `url`:
    //   /abs/path/file.sqlite or relative/path     SQLite file; parent directories are created
    //   sqlite:///abs/path/file.sqlite             the same
    //   postgresql://user[:password]@host[:port]/dbname   (or postgres://)
    //   postgresql://user@/dbname?host=/socket/dir[&port=N]   a Unix-socket directory, as libpq
    // Returns nullptr and sets *error (when given) saying what failed and where.
    static std::unique_ptr<Database> open(const QString& url, QString* error);
    // <project_dir>/.arcwise/arcwise.sqlite
    static QString default_url(const QString& project_dir);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // What the last failed call went wrong with (empty after a success).
    QString last_error() const { return last_error_; }
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
    // status: one of the kFailure* values in types.h.
    bool set_failure_status(qint64 id, const QString& status);

    bool add_stats(const std::vector<StatsRow>& rows);
    // Stats rows of a target (all targets with -1) with at_ms >= since_ms, oldest first.
    std::vector<StatsRow> stats(qint64 target_id, qint64 since_ms = 0);

    bool set_coverage(qint64 target_id, qint64 edges, qint64 features);
    std::optional<CoverageRow> coverage(qint64 target_id);

    // Events and target() scores (ObservationRow). Each row is stored as given, replacing the one
    // with the same (target, kind, label), all in one transaction; the caller adds counts up. A
    // kind other than kObservationEvent or kObservationTarget, or a NaN score, is refused (nothing
    // is written). An updated_ms of 0 is stored as now.
    bool set_observations(const std::vector<ObservationRow>& rows);
    // The rows of one target, ordered by kind, then label.
    std::vector<ObservationRow> observations(qint64 target_id);

private:
    class Transaction;

    Database(QString url, QString connection, bool postgres);

    bool open_sqlite(const QString& path);
    bool open_postgres(const DatabaseUrl& url);
    bool migrate();

    // Prepares `sql` on `query`, or records the error.
    bool prepare(QSqlQuery& query, const QString& sql);
    // Executes a prepared query, or records the error.
    bool exec(QSqlQuery& query);
    // Executes a statement without bound values.
    bool exec(const QString& sql);
    bool fail(const QString& message);
    void succeed() { last_error_.clear(); }
    FailureRow read_failure(const QSqlQuery& query) const;
    std::vector<FailureRow> select_failures(const QString& where, qint64 value);

    QString url_;
    QString connection_;
    QString where_; // the file, or the server and database, for messages
    bool postgres_ = false;
    int schema_version_ = 0;
    QString last_error_;
    QSqlDatabase db_;
};

} // namespace arcwise::campaign
