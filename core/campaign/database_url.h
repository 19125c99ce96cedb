#pragma once
// The database URLs Database::open() accepts, taken apart (see docs/database.md):
//   /path/file.sqlite, relative/path, sqlite:///abs/path      an SQLite file
//   postgresql://user[:password]@host[:port]/dbname           PostgreSQL (also postgres://)
//   postgresql://user@/dbname?host=/socket/dir&port=N         a Unix-socket directory, as libpq
// Query parameters: host, port, user, password, dbname, and the libpq options sslmode, sslrootcert,
// sslcert, sslkey, connect_timeout, application_name, target_session_attrs.

#include <QString>
#include <QStringList>
#include <optional>

namespace arcwise::campaign {

struct DatabaseUrl {
    bool postgres = false;
    QString path; // SQLite: the file, as given

    // PostgreSQL
    QString user;
    QString password;
    QString host; // a name, an address, a Unix-socket directory (starts with '/'), or empty
    int port = 5432;
    QString dbname;
    QStringList options; // "key=value" for libpq

    // Where the database lives, for messages: the file, or database, server and port. Never the
    // password.
    QString describe() const;
};

// Returns nullopt and sets *error saying what is wrong with `url`.
std::optional<DatabaseUrl> parse_database_url(const QString& url, QString* error);

} // namespace arcwise::campaign
