#pragma once
// Live processes as /proc shows them, for tests that check nothing is left running: a process
// that has ended but was not reaped (a zombie) does not count.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>
#include <QStringList>

namespace arcwise::test {

// The fields of /proc/PID/stat after the command name (state first); empty when it is gone.
inline QList<QByteArray> stat_fields(qint64 pid) {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = stat.readAll();
    const qsizetype paren = text.lastIndexOf(')');
    if (paren < 0)
        return {};
    return text.mid(paren + 2).split(' ');
}

inline bool alive(qint64 pid) {
    const QList<QByteArray> fields = stat_fields(pid);
    return !fields.isEmpty() && fields[0] != "Z";
}

inline QList<qint64> all_pids() {
    QList<qint64> pids;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& e : entries) {
        bool ok = false;
        const qint64 pid = e.toLongLong(&ok);
        if (ok)
            pids << pid;
    }
    return pids;
}

// Every live process in the process group `pgid`.
inline QList<qint64> group_members(qint64 pgid) {
    QList<qint64> members;
    for (qint64 pid : all_pids()) {
        const QList<QByteArray> fields = stat_fields(pid);
        if (fields.size() > 2 && fields[0] != "Z" && fields[2].toLongLong() == pgid)
            members << pid;
    }
    return members;
}

// Every live process whose executable is `binary`.
inline QList<qint64> processes_of(const QString& binary) {
    QList<qint64> found;
    const QString target = QFileInfo(binary).canonicalFilePath();
    for (qint64 pid : all_pids())
        if (QFile::symLinkTarget(QStringLiteral("/proc/%1/exe").arg(pid)) == target && alive(pid))
            found << pid;
    return found;
}

inline QByteArray cmdline(qint64 pid) {
    QFile f(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Whether a process of `binary` runs with an argument starting with `argument`.
inline bool runs_with(const QString& binary, const QByteArray& argument) {
    for (qint64 pid : processes_of(binary))
        for (const QByteArray& arg : cmdline(pid).split('\0'))
            if (arg.startsWith(argument))
                return true;
    return false;
}

} // namespace arcwise::test
