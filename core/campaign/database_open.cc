// Opening a database (database.h), and telling apart what goes wrong with it: a full disk, a
// read-only place, a damaged file, a server gone away, or the caller's mistake.
#include "database.h"
#include "database_url.h"
#include "migrations.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QStringList>
#include <QUrl>
#include <algorithm>
#include <cerrno>
#include <unistd.h>

namespace arcwise::campaign {

namespace {

constexpr int kBusyTimeoutMs = 10000;
constexpr int kConnectTimeoutSeconds = 10;

QString connection_name() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("arcwise-campaign-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite's primary result codes (sqlite3.h); QSQLITE reports them, sometimes extended, as the
// native error code.
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoError = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADatabase = 26;
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;

int sqlite_code(const QSqlError& e) {
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

// Below this much free space an I/O error while writing is the disk being full: SQLite reports a
// full disk as SQLITE_FULL only where it extends a file itself, not when sizing its shared-memory
// index (SQLITE_IOERR_SHMSIZE).
constexpr qint64 kNearlyFullBytes = 64 * 1024;

bool nearly_full(const QString& dir) {
    const QStorageInfo storage(dir);
    return storage.isValid() && storage.bytesAvailable() < kNearlyFullBytes;
}

// Why `path` cannot be written (a read-only file system, missing permission), or empty when it can.
QString unwritable(const QString& path) {
    if (::access(QFile::encodeName(path).constData(), W_OK) == 0)
        return {};
    return qt_error_string(errno);
}

} // namespace

std::unique_ptr<Database> Database::open(const QString& url, QString* error, OpenMode mode,
                                         StorageProblem* problem) {
    QString ignored_error;
    StorageProblem ignored_problem;
    if (!error)
        error = &ignored_error;
    if (!problem)
        problem = &ignored_problem;
    *problem = StorageProblem::Refused;
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("no database given");
        return nullptr;
    }
    const std::optional<DatabaseUrl> where = parse_database_url(trimmed, error);
    if (!where)
        return nullptr;

    std::unique_ptr<Database> db(new Database(trimmed, connection_name(), where->postgres));
    const bool opened =
        where->postgres ? db->open_postgres(*where) : db->open_sqlite(where->path, mode);
    if (!opened || !(db->read_only_ ? db->check_schema() : db->migrate())) {
        *error = db->last_error();
        *problem = db->problem();
        return nullptr;
    }
    db->succeed();
    *problem = StorageProblem::None;
    return db;
}

bool Database::open_sqlite(const QString& path, OpenMode mode) {
    const QFileInfo info(path);
    const QString file = info.absoluteFilePath();
    const QString dir = info.absolutePath();
    where_ = file;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(tr("cannot open the database %1: Qt's SQLite driver (QSQLITE) is not "
                       "installed (Debian: libqt6sql6-sqlite)")
                        .arg(file));
    // Where the file or its directory cannot be written (SQLite needs the directory for its -wal
    // and -shm files), a reader opens it read-only and a writer is told so, instead of failing
    // later with "attempt to write a readonly database" or "may be corrupt".
    QString why_unwritable;
    if (info.exists())
        why_unwritable = unwritable(file);
    if (why_unwritable.isEmpty() && QFileInfo(dir).isDir())
        why_unwritable = unwritable(dir);
    // A command that only reads has nothing to read in a database that is not there.
    if (mode == OpenMode::Read && !info.exists())
        return fail(tr("there is no database at %1").arg(file));
    if (!why_unwritable.isEmpty() && mode == OpenMode::Read)
        read_only_ = true;
    if (!read_only_ && !QDir().mkpath(dir))
        return fail(tr("cannot create the directory %1 for the database").arg(dir),
                    StorageProblem::ReadOnly);
    if (info.exists()) {
        if (!info.isFile())
            return fail(tr("cannot open the database %1: it is not a regular file").arg(file));
        // Check the header before SQLite sees the file, so that nothing is ever written to a file
        // that is not a database (switching to WAL would create files beside it).
        if (info.size() > 0) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return fail(tr("cannot read the database %1: %2").arg(file, f.errorString()),
                            StorageProblem::Unavailable);
            const QByteArray header = f.read(16);
            if (info.size() < 100 || header != QByteArray("SQLite format 3\0", 16))
                return fail(tr("%1 is not an SQLite database (it may be corrupt); it was left "
                               "untouched: move it away or give another database")
                                .arg(file));
        }
    }
    if (!read_only_ && !why_unwritable.isEmpty())
        return fail(info.exists()
                        ? tr("cannot write to the database %1: %2 (commands that only "
                             "read it, such as report, still work)")
                              .arg(file, why_unwritable)
                        : tr("cannot create the database %1: %2").arg(file, why_unwritable),
                    StorageProblem::ReadOnly);

    const QString busy = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    const auto close_connection = [this] {
        db_.close();
        db_ = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection_);
    };
    StorageProblem place = StorageProblem::ReadOnly; // why it is read where it is
    if (!read_only_) {
        const bool opened = open_sqlite_connection(file, busy) && check_sqlite(file);
        // A full disk leaves no room for the -shm index that readers need too: a command that
        // only reads then reads the file where it is, as in a read-only place.
        if (!opened && (mode != OpenMode::Read || problem_ != StorageProblem::Full))
            return false;
        if (!opened) {
            close_connection();
            read_only_ = true;
            why_unwritable = last_error_;
            place = StorageProblem::Full;
        }
    }
    if (read_only_) {
        // A read-only WAL database needs its -shm index, which SQLite cannot create in a
        // read-only place (nor on a full disk). Without a write-ahead log to read, the file alone
        // is the database: opened as immutable, SQLite needs no index.
        if (!open_sqlite_connection(file, busy + QStringLiteral(";QSQLITE_OPEN_READONLY")))
            return false;
        const bool cannot_open = [this] {
            QSqlQuery probe(db_);
            if (probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
                return false;
            const int code = sqlite_code(probe.lastError());
            return code == kSqliteCantOpen || code == kSqliteIoError;
        }();
        if (cannot_open) {
            const QFileInfo wal(file + QStringLiteral("-wal"));
            if (wal.exists() && wal.size() > 0)
                return fail(tr("cannot read the database %1 where it is: its write-ahead log %2 "
                               "holds changes that SQLite can only read with its -shm index, "
                               "which cannot be created there (%3); copy the three files to a "
                               "place that can be written")
                                .arg(file, wal.absoluteFilePath(), why_unwritable),
                            place);
            close_connection();
            const QString uri = QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded) +
                                QStringLiteral("?immutable=1");
            if (!open_sqlite_connection(
                    uri, busy + QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")))
                return false;
        }
        if (!check_sqlite(file))
            return false;
    }
    if (!exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs)) ||
        !exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return false;
    if (read_only_)
        return true;
    {
        QSqlQuery wal(db_);
        if (!wal.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !wal.next())
            return fail_sql(wal.lastError(),
                            tr("cannot switch the database %1 to WAL mode").arg(file));
        if (wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return fail(tr("cannot switch the database %1 to WAL mode (journal mode stays %2); "
                           "is it on a network file system?")
                            .arg(file, wal.value(0).toString()));
    }
    // In WAL mode NORMAL loses no committed transaction when a process dies, only on power loss.
    return exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
}

bool Database::open_sqlite_connection(const QString& name, const QString& options) {
    db_ = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection_);
    db_.setDatabaseName(name);
    db_.setConnectOptions(options);
    if (!db_.open())
        return fail_sql(db_.lastError(), tr("cannot open the database %1").arg(where_));
    return true;
}

// Before anything is written: a read (a file that is damaged from its first pages fails here),
// then SQLite's quick check of every b-tree page (a damaged page in the middle of the file).
bool Database::check_sqlite(const QString& file) {
    {
        QSqlQuery probe(db_);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            const QSqlError e = probe.lastError();
            const int code = sqlite_code(e);
            if (code == kSqliteCorrupt || code == kSqliteNotADatabase) {
                damaged_ = true;
                return fail(tr("cannot read the database %1 (it may be corrupt; it was left "
                               "untouched): %2")
                                .arg(file, e.text()),
                            StorageProblem::Damaged);
            }
            return fail_sql(e, tr("cannot read the database %1").arg(file));
        }
    }
    QSqlQuery check(db_);
    check.setForwardOnly(true);
    QStringList problems;
    bool ok = check.exec(QStringLiteral("PRAGMA quick_check(20)"));
    while (ok && check.next()) {
        const QString row = check.value(0).toString();
        if (row != QLatin1String("ok"))
            problems << row.simplified();
    }
    const QSqlError e = check.lastError();
    if (e.isValid()) {
        const int code = sqlite_code(e);
        if (code != kSqliteCorrupt && code != kSqliteNotADatabase)
            return fail_sql(e, tr("cannot check the database %1").arg(file));
        problems << e.text();
    }
    if (problems.isEmpty())
        return true;
    damaged_ = true;
    return fail(tr("the database %1 is damaged (%2); it was left untouched: restore it from a "
                   "backup, or move it away to start afresh")
                    .arg(file, problems.mid(0, 3).join(QLatin1String("; ")).left(400)),
                StorageProblem::Damaged);
}

bool Database::open_postgres(const DatabaseUrl& url) {
    where_ = url.describe();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(tr("cannot open the %1: Qt's PostgreSQL driver (QPSQL) is not installed "
                       "(Debian: libqt6sql6-psql)")
                        .arg(where_));

    db_ = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection_);
    db_.setDatabaseName(url.dbname);
    if (!url.host.isEmpty())
        db_.setHostName(url.host);
    db_.setPort(url.port);
    if (!url.user.isEmpty())
        db_.setUserName(url.user);
    if (!url.password.isEmpty())
        db_.setPassword(url.password);
    QStringList options = url.options;
    if (!std::any_of(options.begin(), options.end(), [](const QString& o) {
            return o.startsWith(QLatin1String("connect_timeout="));
        }))
        options << QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutSeconds);
    db_.setConnectOptions(options.join(u';'));
    if (!db_.open())
        return fail(
            tr("cannot connect to the %1: %2").arg(where_, db_.lastError().text().simplified()));
    // CREATE ... IF NOT EXISTS reports notices nobody needs to see.
    return exec(QStringLiteral("SET client_min_messages TO warning"));
}

bool Database::check_schema() {
    const QString subject = this->subject();
    QSqlQuery q(db_);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) ||
        !q.next()) {
        if (q.lastError().isValid() && problem_for(q.lastError()) != StorageProblem::Refused)
            return fail_sql(q.lastError(), tr("cannot read the schema version of %1").arg(subject));
        return fail(tr("%1 is not an Arcwise database, and it cannot be made one where it is "
                       "(it is read-only)")
                        .arg(subject));
    }
    const int current = q.value(0).toInt();
    const int latest = latest_schema_version();
    if (!known_schema(current))
        return false;
    if (current < latest)
        return fail(tr("%1 has schema version %2 and this Arcwise reads version %3; it cannot be "
                       "upgraded where it is (it is read-only): copy it to a place that can be "
                       "written")
                        .arg(subject)
                        .arg(current)
                        .arg(latest));
    schema_version_ = current;
    return true;
}

bool Database::known_schema(int version) {
    const int latest = latest_schema_version();
    if (version <= latest)
        return true;
    return fail(tr("%1 has schema version %2, this Arcwise knows up to %3: upgrade Arcwise")
                    .arg(subject())
                    .arg(version)
                    .arg(latest));
}

// "the database /p/.arcwise/arcwise.sqlite", "the PostgreSQL database "x" at host:5432"
QString Database::subject() const {
    return postgres_ ? tr("the %1").arg(where_) : tr("the database %1").arg(where_);
}

bool Database::fail(const QString& message, StorageProblem problem) {
    last_error_ = message;
    problem_ = problem;
    return false;
}

StorageProblem Database::problem_for(const QSqlError& e) const {
    if (postgres_) {
        // SQLSTATE classes: 53 insufficient resources, 25006 read-only transaction, 08
        // connection, 57P admin shutdown, XX001/XX002 damaged data or index.
        const QString state = e.nativeErrorCode();
        if (state == QLatin1String("53100"))
            return StorageProblem::Full;
        if (state == QLatin1String("25006"))
            return StorageProblem::ReadOnly;
        if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
            return StorageProblem::Damaged;
        if (e.type() == QSqlError::ConnectionError || state.startsWith(QLatin1String("08")) ||
            state.startsWith(QLatin1String("53")) || state.startsWith(QLatin1String("57P")))
            return StorageProblem::Unavailable;
        return StorageProblem::Refused;
    }
    const QString dir = QFileInfo(where_).absolutePath();
    switch (sqlite_code(e)) {
    case kSqliteFull:
        return StorageProblem::Full;
    case kSqliteReadOnly:
        return StorageProblem::ReadOnly;
    case kSqliteCorrupt:
    case kSqliteNotADatabase:
        return StorageProblem::Damaged;
    case kSqliteIoError:
    case kSqliteCantOpen:
        if (nearly_full(dir))
            return StorageProblem::Full;
        if (!unwritable(dir).isEmpty())
            return StorageProblem::ReadOnly;
        return StorageProblem::Unavailable;
    case kSqliteBusy:
    case kSqliteLocked:
        return StorageProblem::Unavailable;
    default:
        return StorageProblem::Refused;
    }
}

bool Database::fail_sql(const QSqlError& e, const QString& context) {
    const StorageProblem problem = problem_for(e);
    const QString text = e.text().simplified();
    switch (problem) {
    case StorageProblem::Full:
        return fail(
            postgres_
                ? tr("cannot write to the %1: the server's disk is full (%2)").arg(where_, text)
                : tr("cannot write to the database %1: the disk is full (%2)").arg(where_, text),
            problem);
    case StorageProblem::ReadOnly:
        return fail(tr("cannot write to %1: it is read-only (%2)").arg(subject(), text), problem);
    case StorageProblem::Damaged:
        damaged_ = true;
        return fail(tr("%1 is damaged (%2): nothing more is read from it or written to it; "
                       "restore it from a backup, or move it away to start afresh")
                        .arg(subject(), text),
                    problem);
    default:
        return fail(context.isEmpty() ? tr("%1: %2").arg(where_, text)
                                      : tr("%1: %2").arg(context, text),
                    problem);
    }
}

bool Database::read_to_end(const QSqlQuery& q) {
    if (!q.lastError().isValid())
        return true;
    return fail_sql(q.lastError());
}

bool Database::first_row(QSqlQuery& q, const QString& none) {
    if (q.next())
        return true;
    if (q.lastError().isValid())
        return fail_sql(q.lastError());
    return fail(none);
}

// Once damage has been met, nothing more is read (it would stop at the damage again, or give a
// part as if it were the whole) and nothing is written (it could spread the damage).
bool Database::usable() {
    if (!damaged_)
        return true;
    if (problem_ != StorageProblem::Damaged) {
        last_error_ = tr("%1 is damaged: nothing more is read from it or written to it; restore "
                         "it from a backup, or move it away to start afresh")
                          .arg(subject());
        problem_ = StorageProblem::Damaged;
    }
    return false;
}

bool Database::prepare(QSqlQuery& query, const QString& sql) {
    if (!usable())
        return false;
    if (query.prepare(sql))
        return true;
    return fail_sql(query.lastError(), tr("%1: cannot prepare a statement").arg(where_));
}

bool Database::exec(QSqlQuery& query) {
    if (!usable())
        return false;
    if (query.exec())
        return true;
    return fail_sql(query.lastError());
}

bool Database::exec(const QString& sql) {
    if (!usable())
        return false;
    QSqlQuery query(db_);
    if (query.exec(sql))
        return true;
    return fail_sql(query.lastError(), tr("%1 (in: %2)").arg(where_, sql));
}

} // namespace arcwise::campaign
