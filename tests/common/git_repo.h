#pragma once
// Git repositories made for a test with the `git` program, as change focus and follow mode meet
// them: a first commit on main, a bare clone of it standing for the remote, and working clones
// of that remote that commit, branch and push. Every step returns false (an empty path) when it
// fails, with git's output in the test log.

#include "common/run_process.h"

#include <QByteArray>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace arcwise::test {

// Writes `text` to `path`, replacing what was there.
inline bool write_file(const QString& path, const QByteArray& text) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

// Runs git with `args` in the directory `where`.
inline bool git(const QString& where, const QStringList& args) {
    const ProcessResult r = run_process(QStringLiteral("git"), args, where);
    if (r.exit_code != 0)
        qWarning() << "git" << args << said(r);
    return r.exit_code == 0;
}

// Makes, in `dir`, the repository seed/ with `files` (name: contents) committed as "v1" on main,
// and remote.git, a bare clone of it. Returns the remote's path. Commits are by "Test
// <test@example.org>" from then on, in this process and its children (the code under test's git
// too), whatever the machine's git configuration says.
inline QString make_remote(const QString& dir, const QMap<QString, QByteArray>& files) {
    qputenv("GIT_AUTHOR_NAME", "Test");
    qputenv("GIT_AUTHOR_EMAIL", "test@example.org");
    qputenv("GIT_COMMITTER_NAME", "Test");
    qputenv("GIT_COMMITTER_EMAIL", "test@example.org");
    const QString seed = QDir(dir).filePath(QStringLiteral("seed"));
    const QString remote = QDir(dir).filePath(QStringLiteral("remote.git"));
    if (!QDir().mkpath(seed) || !git(seed, {QStringLiteral("init"), QStringLiteral("-q"),
                                            QStringLiteral("-b"), QStringLiteral("main")}))
        return {};
    for (auto file = files.cbegin(); file != files.cend(); ++file)
        if (!write_file(QDir(seed).filePath(file.key()), file.value()))
            return {};
    if (!git(seed, {QStringLiteral("add"), QStringLiteral(".")}) ||
        !git(seed, {QStringLiteral("commit"), QStringLiteral("-qm"), QStringLiteral("v1")}) ||
        !git(dir, {QStringLiteral("clone"), QStringLiteral("-q"), QStringLiteral("--bare"), seed,
                   remote}))
        return {};
    return remote;
}

// Clones `remote` into `path`, a working clone that tracks it. Returns `path`.
inline QString clone(const QString& remote, const QString& path) {
    return git(QFileInfo(path).absolutePath(),
               {QStringLiteral("clone"), QStringLiteral("-q"), remote, path})
               ? path
               : QString();
}

// Starts the branch `name` at the checkout's HEAD and checks it out.
inline bool branch(const QString& where, const QString& name) {
    return git(where, {QStringLiteral("checkout"), QStringLiteral("-qb"), name});
}

// Commits every change of the checkout `where`, new files too (not ignored ones).
inline bool commit(const QString& where, const QString& message) {
    return git(where, {QStringLiteral("add"), QStringLiteral("-A")}) &&
           git(where, {QStringLiteral("commit"), QStringLiteral("-qm"), message});
}

// Pushes the checked-out branch to the remote it tracks.
inline bool push(const QString& where) {
    return git(where, {QStringLiteral("push"), QStringLiteral("-q")});
}

} // namespace arcwise::test
