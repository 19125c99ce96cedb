#include "database_url.h"

#include "database.h"

#include <QUrl>
#include <QUrlQuery>
#include <algorithm>
#include <array>

namespace arcwise::campaign {

namespace {

bool starts_with(const QString& s, const char* prefix) {
    return s.startsWith(QLatin1String(prefix), Qt::CaseInsensitive);
}

// The libpq parameters a URL may carry in its query besides host/port/user/password/dbname.
constexpr std::array kPassedOptions = {
    "sslmode",          "sslrootcert",         "sslcert", "sslkey", "connect_timeout",
    "application_name", "target_session_attrs"};

std::optional<DatabaseUrl> parse_postgres_url(const QString& url, QString* error) {
    DatabaseUrl p;
    p.postgres = true;
    QString rest = url.mid(url.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    const qsizetype slash = rest.indexOf(u'/');
    QString authority = slash >= 0 ? rest.left(slash) : rest;
    p.dbname = slash >= 0 ? QUrl::fromPercentEncoding(rest.mid(slash + 1).toUtf8()) : QString();
    if (qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString userinfo = authority.left(at);
        authority = authority.mid(at + 1);
        const qsizetype colon = userinfo.indexOf(u':');
        p.user = QUrl::fromPercentEncoding(userinfo.left(colon).toUtf8());
        if (colon >= 0)
            p.password = QUrl::fromPercentEncoding(userinfo.mid(colon + 1).toUtf8());
    }
    QString port;
    if (authority.startsWith(u'[')) { // [IPv6]:port
        const qsizetype close = authority.indexOf(u']');
        if (close < 0) {
            *error = Database::tr("%1: unterminated IPv6 address").arg(authority);
            return std::nullopt;
        }
        p.host = authority.mid(1, close - 1);
        if (authority.mid(close + 1).startsWith(u':'))
            port = authority.mid(close + 2);
    } else {
        const qsizetype colon = authority.lastIndexOf(u':');
        p.host = QUrl::fromPercentEncoding(authority.left(colon).toUtf8());
        if (colon >= 0)
            port = authority.mid(colon + 1);
    }
    const QUrlQuery items(query);
    for (const auto& [key, raw] : items.queryItems(QUrl::FullyDecoded)) {
        const QString& value = raw;
        if (key == QLatin1String("host")) {
            p.host = value;
        } else if (key == QLatin1String("port")) {
            port = value;
        } else if (key == QLatin1String("user")) {
            p.user = value;
        } else if (key == QLatin1String("password")) {
            p.password = value;
        } else if (key == QLatin1String("dbname")) {
            p.dbname = value;
        } else if (std::find_if(kPassedOptions.begin(), kPassedOptions.end(), [&](const char* o) {
                       return key == QLatin1String(o);
                   }) != kPassedOptions.end()) {
            // The driver splits options on ';' and spaces; quoting is not available there.
            if (value.isEmpty() || value.contains(u' ') || value.contains(u';') ||
                value.contains(u'\'') || value.contains(u'\\')) {
                *error = Database::tr("the value of '%1' in the database URL must be non-empty "
                                      "and contain no spaces, quotes, backslashes or ';'")
                             .arg(key);
                return std::nullopt;
            }
            p.options << key + u'=' + value;
        } else {
            *error = Database::tr("unknown parameter '%1' in the database URL (known: host, port, "
                                  "user, password, dbname, %2)")
                         .arg(key, QStringList([] {
                                       QStringList l;
                                       for (const char* o : kPassedOptions)
                                           l << QString::fromLatin1(o);
                                       return l;
                                   }())
                                       .join(QLatin1String(", ")));
            return std::nullopt;
        }
    }
    if (!port.isEmpty()) {
        bool ok = false;
        p.port = port.toInt(&ok);
        if (!ok || p.port <= 0 || p.port > 65535) {
            *error = Database::tr("'%1' in the database URL is not a port number").arg(port);
            return std::nullopt;
        }
    }
    if (p.dbname.isEmpty()) {
        *error = Database::tr("the database URL names no database: expected "
                              "postgresql://user@host[:port]/dbname");
        return std::nullopt;
    }
    return p;
}

} // namespace

std::optional<DatabaseUrl> parse_database_url(const QString& url, QString* error) {
    if (starts_with(url, "postgresql://") || starts_with(url, "postgres://"))
        return parse_postgres_url(url, error);
    DatabaseUrl result;
    if (starts_with(url, "sqlite://")) {
        result.path = QUrl::fromPercentEncoding(url.mid(9).toUtf8());
    } else if (url.contains(QLatin1String("://"))) {
        *error = Database::tr("%1: unsupported database URL (use a file path, sqlite:///path or "
                              "postgresql://user@host[:port]/dbname)")
                     .arg(url.left(url.indexOf(QLatin1String("://")) + 3));
        return std::nullopt;
    } else {
        result.path = url;
    }
    if (result.path.isEmpty()) {
        *error = Database::tr("the database URL %1 names no file").arg(url);
        return std::nullopt;
    }
    return result;
}

QString DatabaseUrl::describe() const {
    if (!postgres)
        return path;
    const DatabaseUrl& p = *this;
    QString server;
    if (p.host.startsWith(u'/'))
        server = Database::tr("socket directory %1 (port %2)").arg(p.host).arg(p.port);
    else if (p.host.isEmpty())
        server = Database::tr("the default local socket (port %1)").arg(p.port);
    else if (p.host.contains(u':'))
        server = QStringLiteral("[%1]:%2").arg(p.host).arg(p.port);
    else
        server = QStringLiteral("%1:%2").arg(p.host).arg(p.port);
    return Database::tr("PostgreSQL database \"%1\" at %2").arg(p.dbname, server);
}

} // namespace arcwise::campaign
