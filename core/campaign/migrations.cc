#include "migrations.h"

namespace arcwise::campaign {

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> all = {
        {1,
         "binaries, targets, corpus, failures, stats and coverage",
         {
             "CREATE TABLE binaries ("
             " id {pk},"
             " path TEXT NOT NULL UNIQUE,"
             " build_id TEXT NOT NULL DEFAULT '',"
             " mtime_ms BIGINT NOT NULL DEFAULT 0)",

             "CREATE TABLE targets ("
             " id {pk},"
             " binary_id BIGINT NOT NULL REFERENCES binaries(id) ON DELETE CASCADE,"
             " name TEXT NOT NULL,"
             " kind TEXT NOT NULL DEFAULT '',"
             " file TEXT NOT NULL DEFAULT '',"
             " line INTEGER NOT NULL DEFAULT 0,"
             " status TEXT NOT NULL DEFAULT 'idle',"
             " status_message TEXT NOT NULL DEFAULT '',"
             " UNIQUE (binary_id, name))",

             "CREATE TABLE corpus ("
             " id {pk},"
             " target_id BIGINT NOT NULL REFERENCES targets(id) ON DELETE CASCADE,"
             " input {blob} NOT NULL,"
             " sha1 TEXT NOT NULL,"
             " features {blob} NOT NULL,"
             " found_at_ms BIGINT NOT NULL DEFAULT 0,"
             " UNIQUE (target_id, sha1))",

             "CREATE TABLE failures ("
             " id {pk},"
             " target_id BIGINT NOT NULL REFERENCES targets(id) ON DELETE CASCADE,"
             " signature TEXT NOT NULL,"
             " kind TEXT NOT NULL DEFAULT '',"
             " message TEXT NOT NULL DEFAULT '',"
             " location TEXT NOT NULL DEFAULT '',"
             " stack TEXT NOT NULL DEFAULT '',"
             " first_input {blob} NOT NULL,"
             " minimal_input {blob} NOT NULL,"
             " example TEXT NOT NULL DEFAULT '',"
             " count BIGINT NOT NULL DEFAULT 1,"
             " first_seen_ms BIGINT NOT NULL DEFAULT 0,"
             " last_seen_ms BIGINT NOT NULL DEFAULT 0,"
             " status TEXT NOT NULL DEFAULT 'new',"
             " build_id TEXT NOT NULL DEFAULT '',"
             " UNIQUE (target_id, signature))",

             "CREATE TABLE stats ("
             " id {pk},"
             " target_id BIGINT NOT NULL REFERENCES targets(id) ON DELETE CASCADE,"
             " at_ms BIGINT NOT NULL,"
             " executions BIGINT NOT NULL DEFAULT 0,"
             " features BIGINT NOT NULL DEFAULT 0,"
             " corpus_size BIGINT NOT NULL DEFAULT 0,"
             " execs_per_second {real} NOT NULL DEFAULT 0,"
             " estimate {real} NOT NULL DEFAULT 0)",

             "CREATE INDEX stats_target_at ON stats (target_id, at_ms)",

             "CREATE TABLE coverage ("
             " target_id BIGINT PRIMARY KEY REFERENCES targets(id) ON DELETE CASCADE,"
             " edges BIGINT NOT NULL DEFAULT 0,"
             " features BIGINT NOT NULL DEFAULT 0,"
             " updated_ms BIGINT NOT NULL DEFAULT 0)",
         }},
        {2,
         "stats of all targets by time (the workbench follows a campaign), and each target's "
         "events and target() scores",
         {
             "CREATE INDEX stats_at ON stats (at_ms)",

             "CREATE TABLE observations ("
             " target_id BIGINT NOT NULL REFERENCES targets(id) ON DELETE CASCADE,"
             " kind TEXT NOT NULL,"
             " label TEXT NOT NULL,"
             " count BIGINT NOT NULL DEFAULT 0,"
             " best {real} NOT NULL DEFAULT 0,"
             " updated_ms BIGINT NOT NULL DEFAULT 0,"
             " PRIMARY KEY (target_id, kind, label))",
         }},
        {3,
         "hosts of a campaign, their leases on worker slots of targets, and which host found "
         "each corpus entry, ran each stats interval and fuzzed each slice",
         {
             "CREATE TABLE hosts ("
             " id {pk},"
             " name TEXT NOT NULL,"
             " cores INTEGER NOT NULL DEFAULT 0,"
             " version TEXT NOT NULL DEFAULT '',"
             " started_ms BIGINT NOT NULL DEFAULT 0,"
             " heartbeat_ms BIGINT NOT NULL DEFAULT 0,"
             " executions BIGINT NOT NULL DEFAULT 0,"
             " stopped INTEGER NOT NULL DEFAULT 0)",

             "CREATE TABLE leases ("
             " target_id BIGINT NOT NULL REFERENCES targets(id) ON DELETE CASCADE,"
             " slot INTEGER NOT NULL,"
             " host_id BIGINT NOT NULL REFERENCES hosts(id) ON DELETE CASCADE,"
             " expires_ms BIGINT NOT NULL,"
             " PRIMARY KEY (target_id, slot))",

             "CREATE INDEX leases_host ON leases (host_id)",

             "CREATE TABLE slices ("
             " id {pk},"
             " host_id BIGINT NOT NULL REFERENCES hosts(id) ON DELETE CASCADE,"
             " slot INTEGER NOT NULL,"
             " target_id BIGINT NOT NULL REFERENCES targets(id) ON DELETE CASCADE,"
             " start_ms BIGINT NOT NULL,"
             " end_ms BIGINT NOT NULL,"
             " executions BIGINT NOT NULL DEFAULT 0)",

             "CREATE INDEX slices_host ON slices (host_id, start_ms)",

             "CREATE INDEX binaries_build ON binaries (build_id)",

             "ALTER TABLE corpus ADD COLUMN host_id BIGINT NOT NULL DEFAULT 0",
             "ALTER TABLE stats ADD COLUMN host_id BIGINT NOT NULL DEFAULT 0",
             "ALTER TABLE stats ADD COLUMN workers INTEGER NOT NULL DEFAULT 0",
         }},
        {4,
         "why a failure has its status (the reason a user gave when marking it)",
         {
             "ALTER TABLE failures ADD COLUMN status_reason TEXT NOT NULL DEFAULT ''",
         }},
        {5,
         "the slices a timeline reads: by their end",
         {
             "CREATE INDEX slices_end ON slices (end_ms)",
         }},
    };
    return all;
}

int latest_schema_version() {
    return migrations().empty() ? 0 : migrations().back().version;
}

QString render_migration_sql(const char* statement, bool postgres) {
    QString sql = QString::fromUtf8(statement);
    // SQLite's INTEGER PRIMARY KEY is the 64-bit rowid, numbered automatically.
    sql.replace(QLatin1String("{pk}"), postgres ? QLatin1String("BIGSERIAL PRIMARY KEY")
                                                : QLatin1String("INTEGER PRIMARY KEY"));
    sql.replace(QLatin1String("{blob}"), postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
    sql.replace(QLatin1String("{real}"),
                postgres ? QLatin1String("DOUBLE PRECISION") : QLatin1String("REAL"));
    return sql;
}

} // namespace arcwise::campaign
