#pragma once
// The campaign database schema as an ordered list of migrations. Database::open() applies the ones
// a database lacks, in order, in one transaction, and records each in `schema_migrations`.
//
// Policy: a migration, once released, is never edited; a change is a new migration with the next
// version. Migrations only add (tables, columns, indexes) or copy data: they never drop what a user
// stored. See docs/database.md.

#include <QString>
#include <vector>

namespace arcwise::campaign {

struct Migration {
    int version = 0;
    const char* description = "";
    // SQL for both drivers. Placeholders stand for what the dialects spell differently:
    // {pk} an auto-numbered 64-bit primary key, {blob} a byte string, {real} a double.
    std::vector<const char*> statements;
};

// All migrations, by ascending version starting at 1 without gaps.
const std::vector<Migration>& migrations();

// The schema version this build creates and understands.
int latest_schema_version();

// `statement` with the placeholders replaced for SQLite or PostgreSQL.
QString render_migration_sql(const char* statement, bool postgres);

} // namespace arcwise::campaign
