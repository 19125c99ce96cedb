#pragma once
// Follows a branch while a campaign fuzzes it (`arcwise-cli fuzz --follow`, docs/changes.md):
// every interval it fetches the checkout's upstream with the `git` program; when the branch
// moved, it fast-forwards the checkout and runs the build command. The campaign's rebuild
// detection then restarts the workers on the new binaries (corpus kept) and checks the open
// failures again; built() tells the owner which commits came in, so that it can focus on what
// they changed. A failed pull or build is reported (buildFailed(), with the command's last
// output lines) and the previous binaries keep fuzzing.
//
// Every command runs through the campaign's process runner (child_process.h), asynchronously:
// nothing here blocks the event loop. One step at a time; a check due while one runs is skipped.

#include "child_process.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <functional>

namespace arcwise::campaign {

struct FollowOptions {
    QString source_directory; // in the git checkout to follow
    QString build_directory;  // where the build command runs (the project)
    QString build_command;    // run with /bin/sh -c; empty: `cmake --build <build directory>`
    qint64 interval_ms = 5 * 60 * 1000;
    int build_timeout_ms = 0; // 0: none
};

class BranchFollower : public QObject {
    Q_OBJECT

public:
    explicit BranchFollower(FollowOptions options, QObject* parent = nullptr);
    ~BranchFollower() override;

    // Checks that the source directory is in a git checkout whose branch has an upstream, and
    // that there is a build command (given, or the build directory is a CMake build tree);
    // then checks every interval. False with *error (what and where) otherwise.
    bool start(QString* error);
    // Checks now (tests; the timer calls it). Does nothing while a check is under way.
    void check_now();
    bool busy() const { return step_ != nullptr; }
    // What the follower did last, as a user reads it ("up to date at 1a2b3c4", "build failed
    // at ...").
    const QString& status() const { return status_; }
    const QString& head() const { return head_; }

Q_SIGNALS:
    void log(const QString& text);
    void statusChanged(const QString& status);
    // The checkout moved from `old_head` to `new_head` and the build succeeded.
    void built(const QString& old_head, const QString& new_head);
    // A pull or build that failed: `output` holds the command's last lines.
    void buildFailed(const QString& head, const QString& output);
    // A check ended (whatever it found).
    void checked();

private:
    using Next = std::function<void(const ChildExit&, const QString& out, const QStringList&)>;
    void run(const QString& program, const QStringList& arguments, const QString& directory,
             int timeout_ms, Next next);
    void set_status(const QString& status);
    void fail(const QString& what, const QStringList& output);
    void done();

    FollowOptions options_;
    QTimer timer_;
    ChildProcess* step_ = nullptr;
    QString head_;
    QString status_;
    bool last_failed_ = false; // the last pull or build failed (its status stays shown)
};

} // namespace arcwise::campaign
