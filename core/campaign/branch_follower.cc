#include "branch_follower.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace arcwise::campaign {

namespace {
constexpr int kGitTimeoutMs = 5 * 60 * 1000;
constexpr int kOutputLines = 40; // of a failed command, in the report
} // namespace

BranchFollower::BranchFollower(FollowOptions options, QObject* parent)
    : QObject(parent), options_(std::move(options)) {
    timer_.setInterval(int(std::min<qint64>(options_.interval_ms, INT32_MAX)));
    connect(&timer_, &QTimer::timeout, this, &BranchFollower::check_now);
}

BranchFollower::~BranchFollower() {
    if (step_) {
        step_->disconnect(this);
        delete step_; // kills its process group
    }
}

bool BranchFollower::start(QString* error) {
    auto failed = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    if (git.isEmpty())
        return failed(tr("following a branch needs the git program, which is not on the PATH"));
    if (options_.build_command.isEmpty()) {
        if (!QFileInfo::exists(
                QDir(options_.build_directory).filePath(QStringLiteral("CMakeCache.txt"))))
            return failed(tr("%1 is not a CMake build tree: say how to build it with "
                             "--build-command")
                              .arg(options_.build_directory));
        const QString cmake = QStandardPaths::findExecutable(QStringLiteral("cmake"));
        if (cmake.isEmpty())
            return failed(tr("building %1 needs cmake, which is not on the PATH")
                              .arg(options_.build_directory));
    }
    // The checkout and its upstream, synchronously: once, before the campaign runs.
    ChildSpec spec;
    spec.program = git;
    spec.arguments = {QStringLiteral("rev-parse"), QStringLiteral("HEAD"),
                      QStringLiteral("@{upstream}")};
    spec.working_directory = options_.source_directory;
    spec.timeout_ms = 20000;
    const ChildRun r = run_child(spec);
    const QStringList ids =
        QString::fromUtf8(r.stdout_bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (!r.exit.exited(0) || ids.size() != 2)
        return failed(
            tr("cannot follow %1: it is not a git checkout of a branch with an upstream "
               "(%2)")
                .arg(options_.source_directory, r.stderr_lines.join(QLatin1Char(' ')).trimmed()));
    head_ = ids[0].trimmed();
    set_status(tr("following, at %1").arg(head_.left(12)));
    timer_.start();
    return true;
}

void BranchFollower::set_status(const QString& status) {
    status_ = status;
    Q_EMIT statusChanged(status);
}

void BranchFollower::run(const QString& program, const QStringList& arguments,
                         const QString& directory, int timeout_ms, Next next) {
    ChildSpec spec;
    spec.program = program;
    spec.arguments = arguments;
    spec.working_directory = directory;
    spec.timeout_ms = timeout_ms;
    spec.kept_lines = kOutputLines;
    auto* child = new ChildProcess(this);
    step_ = child;
    connect(child, &ChildProcess::finished, this,
            [this, child, next = std::move(next)](const ChildExit& exit) {
                const QString stdout_text = child->recent_lines(false).join(QLatin1Char('\n'));
                const QStringList output = child->recent_output();
                step_ = nullptr;
                child->deleteLater();
                next(exit, stdout_text, output);
            });
    QString error;
    if (!child->start(spec, &error)) {
        step_ = nullptr;
        child->deleteLater();
        ChildExit exit;
        exit.error = error;
        next(exit, {}, {error});
    }
}

void BranchFollower::fail(const QString& what, const QStringList& output) {
    last_failed_ = true;
    set_status(what);
    Q_EMIT log(what);
    Q_EMIT buildFailed(
        head_,
        output.mid(std::max<qsizetype>(0, output.size() - kOutputLines)).join(QLatin1Char('\n')));
    done();
}

void BranchFollower::done() {
    Q_EMIT checked();
}

void BranchFollower::check_now() {
    if (step_)
        return;
    const QString git = QStandardPaths::findExecutable(QStringLiteral("git"));
    const QString dir = options_.source_directory;
    run(git, {QStringLiteral("fetch"), QStringLiteral("--quiet")}, dir, kGitTimeoutMs,
        [this, git, dir](const ChildExit& fetched, const QString&, const QStringList& output) {
            if (!fetched.exited(0)) {
                // The network may come back: the binaries are as they were, nothing to report
                // beyond the log.
                set_status(tr("cannot fetch (%1), at %2").arg(fetched.describe(), head_.left(12)));
                Q_EMIT log(status_ + QLatin1Char('\n') + output.join(QLatin1Char('\n')));
                done();
                return;
            }
            run(git, {QStringLiteral("rev-parse"), QStringLiteral("@{upstream}")}, dir, 20000,
                [this, git, dir](const ChildExit& parsed, const QString& out, const QStringList&) {
                    const QString upstream = out.trimmed();
                    if (!parsed.exited(0) || upstream.isEmpty() || upstream == head_) {
                        if (parsed.exited(0) && !last_failed_)
                            set_status(tr("up to date at %1").arg(head_.left(12)));
                        done();
                        return;
                    }
                    Q_EMIT log(tr("the branch moved to %1: pulling").arg(upstream.left(12)));
                    run(git,
                        {QStringLiteral("merge"), QStringLiteral("--ff-only"),
                         QStringLiteral("--quiet"), QStringLiteral("@{upstream}")},
                        dir, kGitTimeoutMs,
                        [this, upstream](const ChildExit& merged, const QString&,
                                         const QStringList& output) {
                            if (!merged.exited(0)) {
                                fail(tr("cannot fast-forward to %1 (%2): still fuzzing %3")
                                         .arg(upstream.left(12), merged.describe(), head_.left(12)),
                                     output);
                                return;
                            }
                            const QString old_head = head_;
                            head_ = upstream;
                            set_status(tr("building %1").arg(head_.left(12)));
                            const QString command = options_.build_command.isEmpty()
                                                        ? QStringLiteral("cmake --build '%1'")
                                                              .arg(options_.build_directory)
                                                        : options_.build_command;
                            Q_EMIT log(tr("building %1: %2").arg(head_.left(12), command));
                            run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command},
                                options_.build_directory, options_.build_timeout_ms,
                                [this, old_head](const ChildExit& built_exit, const QString&,
                                                 const QStringList& output) {
                                    if (!built_exit.exited(0)) {
                                        fail(tr("the build of %1 failed (%2): the previous "
                                                "binaries keep fuzzing")
                                                 .arg(head_.left(12), built_exit.describe()),
                                             output);
                                        return;
                                    }
                                    last_failed_ = false;
                                    set_status(tr("built %1").arg(head_.left(12)));
                                    Q_EMIT log(status_);
                                    Q_EMIT built(old_head, head_);
                                    done();
                                });
                        });
                });
        });
}

} // namespace arcwise::campaign
