#pragma once
// Storage faults made for tests: a small tmpfs that can be filled to the last byte, a directory
// made read-only (a read-only bind mount of itself as root, who ignores permission bits; chmod
// otherwise), and random bytes written over the middle pages of an SQLite file. Mounts need root
// (CI runs the tests as root); where mounting fails the test says why and skips.

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace arcwise::test {

// Runs a short system command; empty on success, else what it printed.
inline QString run_command(const QString& program, const QStringList& args) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(20000)) {
        p.kill();
        p.waitForFinished();
        return program + QStringLiteral(" did not finish");
    }
    if (p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0)
        return {};
    const QString output = QString::fromLocal8Bit(p.readAll()).trimmed();
    return program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QStringLiteral(": ") +
           (output.isEmpty() ? QStringLiteral("failed") : output);
}

// A mount for the length of a test, undone by the destructor (lazily if something still uses it).
class ScratchMount {
public:
    ScratchMount() = default;
    ScratchMount(const ScratchMount&) = delete;
    ScratchMount& operator=(const ScratchMount&) = delete;
    ~ScratchMount() { unmount(); }

    // A tmpfs of `size` (mount's syntax: 256k, 2m) on `dir`, created as needed. Empty on
    // success, else why not (then the test skips).
    QString tmpfs(const QString& dir, const QString& size) {
        QDir().mkpath(dir);
        const QString why =
            run_command(QStringLiteral("mount"),
                        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         QStringLiteral("size=") + size, QStringLiteral("tmpfs"), dir});
        if (why.isEmpty())
            dir_ = dir;
        return why;
    }

    // `dir` (with what is in it) read-only until the end of the test. Empty on success.
    QString read_only(const QString& dir) {
        if (::geteuid() != 0) {
            ::chmod(QFile::encodeName(dir).constData(), 0555);
            chmodded_ = dir;
            return {};
        }
        QString why = run_command(QStringLiteral("mount"), {QStringLiteral("--bind"), dir, dir});
        if (!why.isEmpty())
            return why;
        dir_ = dir;
        return run_command(QStringLiteral("mount"),
                           {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), dir});
    }

    void unmount() {
        if (!chmodded_.isEmpty())
            ::chmod(QFile::encodeName(chmodded_).constData(), 0755);
        chmodded_.clear();
        if (dir_.isEmpty())
            return;
        if (!run_command(QStringLiteral("umount"), {dir_}).isEmpty())
            run_command(QStringLiteral("umount"), {QStringLiteral("-l"), dir_});
        dir_.clear();
    }

private:
    QString dir_;
    QString chmodded_;
};

// In a test function: `mount` (a ScratchMount) puts a tmpfs of `size` on `dir`, or the test is
// skipped saying why it cannot. Macros, as QSKIP must return from the test function itself.
#define ARCWISE_MOUNT_TMPFS_OR_SKIP(mount, dir, size)                                              \
    do {                                                                                           \
        const QString why_not = (mount).tmpfs((dir), (size));                                      \
        if (!why_not.isEmpty())                                                                    \
            QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs: ") + why_not));           \
    } while (false)

// In a test function: `mount` makes `dir` read-only, or the test is skipped saying why it cannot.
#define ARCWISE_MAKE_READ_ONLY_OR_SKIP(mount, dir)                                                 \
    do {                                                                                           \
        const QString why_not = (mount).read_only(dir);                                            \
        if (!why_not.isEmpty())                                                                    \
            QSKIP(qPrintable(QStringLiteral("cannot make %1 read-only: %2").arg((dir), why_not))); \
    } while (false)

// Writes zeros to `file` until the file system is full (to the last byte). Returns the bytes
// written.
inline qint64 fill_file_system(const QString& file) {
    const int fd = ::open(QFile::encodeName(file).constData(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd < 0)
        return 0;
    static const char block[4096] = {};
    qint64 total = 0;
    for (size_t size = sizeof block; size > 0; size /= 2) { // down to the last byte
        for (;;) {
            const ssize_t n = ::write(fd, block, size);
            if (n <= 0)
                break;
            total += n;
        }
    }
    ::close(fd);
    return total;
}

// Writes random bytes (from `seed`, so the same every run) over `pages` pages of `page_size`
// bytes in the middle of `file`, where an SQLite file keeps b-tree pages. False if the file is
// too small to have a middle.
inline bool damage_middle_pages(const QString& file, quint32 seed, int pages = 4,
                                int page_size = 4096) {
    QFile f(file);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    const qint64 total_pages = f.size() / page_size;
    if (total_pages < pages + 4)
        return false;
    QRandomGenerator rng(seed);
    QByteArray junk(qsizetype(pages) * page_size, Qt::Uninitialized);
    for (char& c : junk)
        c = char(rng.bounded(256));
    return f.seek((total_pages / 2 - pages / 2) * page_size) && f.write(junk) == junk.size();
}

inline QByteArray sha1_of_file(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha1);
    hash.addData(&f);
    return hash.result().toHex();
}

// The processes whose command line mentions `path` (fuzz binaries copied into a test's
// directory): the test's way of seeing that nothing it started is left running.
inline QStringList processes_mentioning(const QString& path) {
    QStringList found;
    const QByteArray needle = QFile::encodeName(path);
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString& pid : pids) {
        bool numeric = false;
        pid.toInt(&numeric);
        if (!numeric || pid.toInt() == ::getpid())
            continue;
        QFile cmdline(QStringLiteral("/proc/") + pid + QStringLiteral("/cmdline"));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        QByteArray text = cmdline.readAll();
        if (text.contains(needle))
            found << pid + QLatin1Char(' ') + QString::fromLocal8Bit(text.replace('\0', ' '));
    }
    return found;
}

} // namespace arcwise::test
