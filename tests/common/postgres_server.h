#pragma once
// A PostgreSQL 15 server of a test's own (initdb + pg_ctl in a temporary directory), and a plain
// QtSql connection beside the one under test, to look at or tamper with what is stored.

#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QVariant>
#include <memory>
#include <pwd.h>
#include <unistd.h>

namespace arcwise::test {

inline const QString kPgBin = QStringLiteral("/usr/lib/postgresql/15/bin");

// A plain QtSql connection beside the one under test, to look at or tamper with what is stored.
class RawConnection {
public:
    RawConnection(const QString& driver, const QString& database, const QString& host = {},
                  int port = 0, const QString& user = {}) {
        static int counter = 0;
        name_ = QStringLiteral("tst-raw-%1").arg(++counter);
        db_ = QSqlDatabase::addDatabase(driver, name_);
        db_.setDatabaseName(database);
        if (!host.isEmpty())
            db_.setHostName(host);
        if (port > 0)
            db_.setPort(port);
        if (!user.isEmpty())
            db_.setUserName(user);
        db_.open();
    }
    ~RawConnection() {
        db_.close();
        db_ = QSqlDatabase();
        QSqlDatabase::removeDatabase(name_);
    }
    bool is_open() const { return db_.isOpen(); }
    QString error() const { return db_.lastError().text(); }
    // The first column of the first row, or an invalid QVariant (then *error says why).
    QVariant scalar(const QString& sql, QString* error = nullptr) {
        QSqlQuery q(db_);
        if (!q.exec(sql) || !q.next()) {
            if (error)
                *error = q.lastError().text();
            return {};
        }
        return q.value(0);
    }
    bool exec(const QString& sql, QString* error) {
        QSqlQuery q(db_);
        if (q.exec(sql))
            return true;
        *error = q.lastError().text();
        return false;
    }

private:
    QString name_;
    QSqlDatabase db_;
};

// A PostgreSQL server of our own: initdb + pg_ctl in a temporary directory, trust authentication
// for the user "arcwise". As root (as CI runs) the server runs as the postgres system user.
class PostgresServer {
public:
    bool start(QString* error) {
        // A short path: a Unix socket path must fit in 107 bytes, and the postgres user must be
        // able to reach it (a TMPDIR under /root would not do).
        dir_ = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/arcwise-pg-XXXXXX"));
        if (!dir_->isValid())
            return fail(error, QStringLiteral("cannot create a temporary directory"));
        if (::geteuid() == 0) {
            const passwd* pw = ::getpwnam("postgres");
            if (!pw)
                return fail(error, QStringLiteral("running as root, but there is no postgres user "
                                                  "to run the server as"));
            if (::chown(QFile::encodeName(dir_->path()).constData(), pw->pw_uid, pw->pw_gid) != 0)
                return fail(
                    error, QStringLiteral("cannot hand %1 to the postgres user").arg(dir_->path()));
            as_postgres_ = true;
        }
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return fail(error, QStringLiteral("no free TCP port on 127.0.0.1"));
        port_ = probe.serverPort();
        probe.close();

        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), data(), QStringLiteral("-U"), QStringLiteral("arcwise"),
                  QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                  QStringLiteral("--no-sync")},
                 error))
            return false;
        const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 "
                                               "-c fsync=off -c max_connections=50")
                                    .arg(dir_->path())
                                    .arg(port_);
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), data(), QStringLiteral("-l"), log(), QStringLiteral("-w"),
                  QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options,
                  QStringLiteral("start")},
                 error)) {
            QFile f(log());
            if (f.open(QIODevice::ReadOnly))
                *error += QStringLiteral("\nserver log:\n") + QString::fromLocal8Bit(f.readAll());
            return false;
        }
        running_ = true;
        return true;
    }

    void stop() {
        if (!running_)
            return;
        QString error;
        if (!run(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), data(), QStringLiteral("-m"), QStringLiteral("fast"),
                  QStringLiteral("-w"), QStringLiteral("stop")},
                 &error))
            qWarning("stopping PostgreSQL: %s", qPrintable(error));
        running_ = false;
    }

    bool running() const { return running_; }
    QString socket_dir() const { return dir_->path(); }
    int port() const { return port_; }

    // A new, empty database; returns its name.
    QString create_database(QString* error) {
        static int counter = 0;
        const QString name = QStringLiteral("arcwise_test_%1").arg(++counter);
        RawConnection admin(QStringLiteral("QPSQL"), QStringLiteral("postgres"), socket_dir(),
                            port_, QStringLiteral("arcwise"));
        if (!admin.is_open()) {
            *error = admin.error();
            return {};
        }
        if (!admin.exec(QStringLiteral("CREATE DATABASE ") + name, error))
            return {};
        return name;
    }
    QString socket_url(const QString& dbname) const {
        return QStringLiteral("postgresql://arcwise@/%1?host=%2&port=%3")
            .arg(dbname, socket_dir())
            .arg(port_);
    }
    QString tcp_url(const QString& dbname) const {
        return QStringLiteral("postgres://arcwise@127.0.0.1:%1/%2").arg(port_).arg(dbname);
    }

private:
    QString data() const { return dir_->filePath(QStringLiteral("data")); }
    QString log() const { return dir_->filePath(QStringLiteral("server.log")); }

    static bool fail(QString* error, const QString& message) {
        *error = message;
        return false;
    }

    bool run(const QString& tool, QStringList args, QString* error) const {
        QString program = kPgBin + u'/' + tool;
        if (as_postgres_) {
            args.prepend(program);
            args = QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                               QStringLiteral("--")} +
                   args;
            program = QStringLiteral("runuser");
        }
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(dir_->path());
        p.start(program, args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit ||
            p.exitCode() != 0) {
            *error = QStringLiteral("%1 %2 failed: %3\n%4")
                         .arg(program, args.join(u' '), p.errorString(),
                              QString::fromLocal8Bit(p.readAll()));
            return false;
        }
        return true;
    }

    std::unique_ptr<QTemporaryDir> dir_;
    int port_ = 0;
    bool as_postgres_ = false;
    bool running_ = false;
};

} // namespace arcwise::test
