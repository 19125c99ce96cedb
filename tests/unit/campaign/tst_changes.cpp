// Change focus on a real git repository made here with the `git` program (commits, a branch, a bare
// clone as the remote) and a real instrumented harness built in it with arcwise-c++: the changed
// lines read with libgit2 (git_changes.h), mapped to the harness's blocks (change_focus.h); the
// focus weight in the scheduler; following the branch (branch_follower.h): a pushed commit is
// pulled and built, a failing build reported.

#include "campaign/branch_follower.h"
#include "campaign/change_focus.h"
#include "campaign/database.h"
#include "campaign/focus_reader.h"
#include "campaign/git_changes.h"
#include "campaign/scheduler.h"
#include "common/git_repo.h"
#include "common/processes.h"
#include "common/run_process.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <map>

using namespace arcwise::campaign;
using arcwise::test::alive;
using arcwise::test::branch;
using arcwise::test::clone;
using arcwise::test::commit;
using arcwise::test::git;
using arcwise::test::push;
using arcwise::test::run_process;
using arcwise::test::said;
using arcwise::test::write_file;

namespace {

const QString kWrapper = QStringLiteral(ARCWISE_BIN_DIR "/arcwise-c++");
const QString kCli = QStringLiteral(ARCWISE_BIN_DIR "/arcwise-cli");

// Builds <checkout>/<name>.cc into <checkout>/<name> with arcwise-c++; the output on failure.
QByteArray build_harness(const QString& checkout, const QString& name, const QString& source = {}) {
    const auto built =
        run_process(kWrapper, {QStringLiteral("-O1"), QStringLiteral("-g"),
                               QDir(checkout).canonicalPath() + QLatin1Char('/') +
                                   (source.isEmpty() ? name : source) + QStringLiteral(".cc"),
                               QStringLiteral("-o"), checkout + QLatin1Char('/') + name});
    return built.exit_code == 0 ? QByteArray() : said(built);
}

// A clone of `remote` in <dir>/<name> on a branch <name> that adds <name>.cc (`harness`),
// committed and built; empty when any step failed.
QString branch_with_harness(const QString& remote, const QDir& dir, const QString& name,
                            const char* harness) {
    const QString checkout = clone(remote, dir.filePath(name));
    if (checkout.isEmpty() || !branch(checkout, name) ||
        !write_file(checkout + QLatin1Char('/') + name + QStringLiteral(".cc"), harness) ||
        !commit(checkout, name))
        return {};
    const QByteArray failed = build_harness(checkout, name);
    if (!failed.isEmpty()) {
        qWarning("%s", failed.constData());
        return {};
    }
    return checkout;
}

// Version 1 of the harness; version 2 adds the branch at lines 9-11.
const char* kHarnessV1 = "#include <stddef.h>\n"                                      // 1
                         "#include <stdint.h>\n"                                      // 2
                         "volatile int sink;\n"                                       // 3
                         "extern \"C\" int LLVMFuzzerTestOneInput(const uint8_t* d, " // 4
                         "size_t n) {\n"
                         "    if (n > 0 && d[0] == 'a')\n" // 5
                         "        sink = 1;\n"             // 6
                         "    else\n"                      // 7
                         "        sink = 0;\n"             // 8
                         "    return 0;\n"                 // 9
                         "}\n";                            // 10
const char* kHarnessV2 = "#include <stddef.h>\n"
                         "#include <stdint.h>\n"
                         "volatile int sink;\n"
                         "extern \"C\" int LLVMFuzzerTestOneInput(const uint8_t* d, "
                         "size_t n) {\n"
                         "    if (n > 0 && d[0] == 'a')\n"
                         "        sink = 1;\n"
                         "    else\n"
                         "        sink = 0;\n"
                         "    if (n > 1 && d[1] == 'b')\n" // 9
                         "        sink = 2;\n"             // 10
                         "    return 0;\n"                 // 11
                         "}\n";

} // namespace

class TestChanges : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString remote_, work_;

private Q_SLOTS:
    void initTestCase() {
        if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
            QSKIP("the git program is not installed");
        // A repository with version 1 on main, cloned bare as the remote, and a working clone
        // that tracks it.
        remote_ = arcwise::test::make_remote(dir_.path(),
                                             {{QStringLiteral("h.cc"), kHarnessV1},
                                              {QStringLiteral(".gitignore"), "h\n.arcwise/\n"}});
        QVERIFY(!remote_.isEmpty());
        work_ = clone(remote_, dir_.filePath(QStringLiteral("work")));
        QVERIFY(!work_.isEmpty());
    }

    // A branch off main that adds lines 9-10: read against origin/main, they are the changes;
    // built, they map to blocks of the harness that its target reaches.
    void changedLinesMapToBlocks() {
        QVERIFY(branch(work_, QStringLiteral("feature")));
        QVERIFY(write_file(work_ + QStringLiteral("/h.cc"), kHarnessV2));
        QVERIFY(commit(work_, QStringLiteral("v2")));
        QString error;
        const auto changes = GitChanges::read(work_, QStringLiteral("origin/main"), &error);
        QVERIFY2(changes, qPrintable(error));
        QCOMPARE(int(changes->files.size()), 1);
        const ChangedFile& f = changes->files.front();
        QCOMPARE(f.path, QDir(work_).canonicalPath() + QStringLiteral("/h.cc"));
        QVERIFY(!f.is_new);
        QCOMPARE(f.line_count(), 2);
        QVERIFY(f.contains(9) && f.contains(10) && !f.contains(8) && !f.contains(11));
        QVERIFY(changes->description.contains(QStringLiteral("origin/main")));
        // A ref that is not there is an error naming it.
        QVERIFY(!GitChanges::read(work_, QStringLiteral("no-such-ref"), &error));
        QVERIFY(error.contains(QStringLiteral("no-such-ref")));
        // A duration: every commit is newer than a day, so everything is changed and new.
        const auto day = GitChanges::read(work_, QStringLiteral("1d"), &error);
        QVERIFY2(day, qPrintable(error));
        QVERIFY(day->base.isEmpty());
        QVERIFY(day->file(QDir(work_).canonicalPath() + QStringLiteral("/h.cc"))->is_new);

        const QString binary = work_ + QStringLiteral("/h");
        const auto built =
            run_process(kWrapper, {QStringLiteral("-O1"), QStringLiteral("-g"),
                                   QDir(work_).canonicalPath() + QStringLiteral("/h.cc"),
                                   QStringLiteral("-o"), binary});
        QVERIFY2(built.exit_code == 0, said(built).constData());
        const TargetInfo target{QStringLiteral("h"), QStringLiteral("libfuzzer"), {}, 0};
        const BinaryChanges b = analyze_binary(binary, *changes, {target}, {});
        QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
        QVERIFY(!b.lines.empty());
        QVERIFY(!b.counters.empty());
        for (const ChangedLine& l : b.lines) {
            QVERIFY2(l.line == 9 || l.line == 10, qPrintable(QString::number(l.line)));
            QVERIFY(!l.counters.empty());
        }
        QVERIFY(b.reaches.at(QStringLiteral("h")));
        // Coverage: nothing reached, then everything the changed lines are known by.
        QVERIFY(lines_reached(b, {}).empty());
        std::unordered_set<uint32_t> all(b.counters.begin(), b.counters.end());
        QCOMPARE(lines_reached(b, all).size(), b.lines.size());
        const ChangeCoverage c = change_coverage(*changes, {b}, {{binary, all}});
        QCOMPARE(c.lines_changed, int(b.lines.size()));
        QCOMPARE(c.lines_reached, c.lines_changed);
        // The runtime takes the counters from a file.
        const QString file = dir_.filePath(QStringLiteral("counters"));
        QVERIFY(write_counters(file, b.counters, &error));
        const auto ran = run_process(
            binary, {QStringLiteral("-runs=2000"), QStringLiteral("--changed=") + file});
        QVERIFY2(ran.exit_code == 0, said(ran).constData());
        const auto missing = run_process(
            binary, {QStringLiteral("-runs=10"), QStringLiteral("--changed=/nonexistent/x")});
        QVERIFY(missing.exit_code != 0);
        QVERIFY(missing.both().contains("cannot read /nonexistent/x"));
    }

    // A hostile target that hangs under --cfg (and ignores SIGTERM) while the workbench reads
    // what the changes mean for the stored targets: dropping the reading (closing the project)
    // ends it at once rather than after run_child's minute, leaves no process, reports nothing.
    void droppedReadingEndsATargetThatHangs() {
        QTemporaryDir bin;
        const QString pid_file = bin.filePath(QStringLiteral("pid"));
        const QString target = bin.filePath(QStringLiteral("hangs"));
        QVERIFY(write_file(target, QStringLiteral("#!/bin/sh\ntrap '' TERM INT HUP\n"
                                                  "echo $$ > '%1'\nwhile :; do sleep 1; done\n")
                                       .arg(pid_file)
                                       .toUtf8()));
        QVERIFY(QFile::setPermissions(target, QFile::permissions(target) | QFile::ExeOwner));
        StoredTarget stored;
        stored.row.id = 7;
        stored.row.binary = target;
        stored.row.name = QStringLiteral("hangs");
        stored.row.kind = QStringLiteral("libfuzzer");

        FocusReader reader;
        QSignalSpy done(&reader, &FocusReader::done);
        reader.read(work_, QStringLiteral("origin/main"), {stored});
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(pid_file).size() > 0, 20000);
        QFile f(pid_file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const qint64 pid = f.readAll().trimmed().toLongLong();
        QVERIFY(pid > 0 && alive(pid));
        QElapsedTimer cancelling;
        cancelling.start();
        reader.cancel();
        // The --cfg time limit is 60 s: well before it, the reading ended the target.
        QVERIFY2(cancelling.elapsed() < 30000, qPrintable(QString::number(cancelling.elapsed())));
        QTRY_VERIFY(!alive(pid));
        QTest::qWait(100);
        QCOMPARE(done.count(), 0);
    }

    void sourceDirectoryFromCMakeCache() {
        QTemporaryDir build;
        QVERIFY(write_file(build.filePath(QStringLiteral("CMakeCache.txt")),
                           "FOO:BOOL=ON\nCMAKE_HOME_DIRECTORY:INTERNAL=" + work_.toUtf8() + "\n"));
        QCOMPARE(GitChanges::source_directory(build.path()), work_);
        QCOMPARE(GitChanges::source_directory(work_), work_);
    }

    // The focus multiplies a target's value: of two equal targets the focused one is worth
    // kChangeFocusWeight times more and gets the slices; among targets never fuzzed it goes first.
    void focusWeighsInTheScheduler() {
        Scheduler s(SchedulePolicy::Adaptive, /*seed=*/3);
        s.add_target(1, QStringLiteral("a"));
        s.add_target(2, QStringLiteral("a"));
        s.set_focus(2, kChangeFocusWeight);
        QCOMPARE(s.next({}).value_or(0), qint64(2)); // fresh: the focused first
        QCOMPARE(s.next({}).value_or(0), qint64(1));
        for (qint64 id : {1, 2})
            s.update(id, 30000, 500, 0.01, 1000.0, 30000);
        QCOMPARE(s.priority(2), s.priority(1) * kChangeFocusWeight);
        std::map<qint64, int> counts;
        for (int i = 0; i < 400; ++i)
            ++counts[s.next({}).value_or(0)];
        QVERIFY2(counts[2] > counts[1] * 4,
                 qPrintable(QStringLiteral("%1 vs %2").arg(counts[2]).arg(counts[1])));
        QVERIFY(counts[1] > 0); // still explored: a weight, not an override
        // A focused target that stalled yields to one that still finds features.
        s.update(2, 60000, 500, 0.0, 1000.0, 90000);
        s.update(2, 90000, 500, 0.0, 1000.0, 120000);
        QVERIFY(s.priority(1) > s.priority(2));
    }

    // Following the branch: a commit pushed to the remote is pulled and built (built() names the
    // commits); a commit that does not build is reported with the build's output, and the
    // checkout stays followed.
    void followPullsAndBuilds() {
        QVERIFY(
            git(work_, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("main")}));
        const QString pusher = clone(remote_, dir_.filePath(QStringLiteral("pusher")));
        QVERIFY(!pusher.isEmpty());
        FollowOptions o;
        o.source_directory = work_;
        o.build_directory = work_;
        o.build_command = kWrapper + QStringLiteral(" -O1 h.cc -o h && test ! -e broken");
        o.interval_ms = 3600 * 1000; // checked by hand below
        BranchFollower follower(o);
        QString error;
        QVERIFY2(follower.start(&error), qPrintable(error));
        const QString before = follower.head();
        QSignalSpy checked(&follower, &BranchFollower::checked);
        QSignalSpy built(&follower, &BranchFollower::built);
        QSignalSpy failed(&follower, &BranchFollower::buildFailed);

        follower.check_now(); // nothing moved
        QVERIFY(checked.wait(60000));
        QCOMPARE(built.count(), 0);

        QVERIFY(write_file(pusher + QStringLiteral("/h.cc"), kHarnessV2));
        QVERIFY(commit(pusher, QStringLiteral("v2")));
        QVERIFY(push(pusher));
        follower.check_now();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 2, 120000);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(built.count(), 1);
        QCOMPARE(built.first().at(0).toString(), before);
        QVERIFY(built.first().at(1).toString() != before);
        QCOMPARE(GitChanges::head(work_), follower.head());
        QVERIFY(QFileInfo::exists(work_ + QStringLiteral("/h")));

        // A commit that breaks the build.
        QVERIFY(write_file(pusher + QStringLiteral("/broken"), "x\n"));
        QVERIFY(commit(pusher, QStringLiteral("breaks the build")));
        QVERIFY(push(pusher));
        follower.check_now();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 3, 120000);
        QCOMPARE(built.count(), 1);
        QCOMPARE(failed.count(), 1);
        QVERIFY(follower.status().contains(QStringLiteral("failed")));
        QVERIFY(QFileInfo::exists(work_ + QStringLiteral("/h"))); // the old binary is still there
    }

    // The CI job: a pull request's branch adds a harness with a bug. The first campaign finds it
    // (new: exit 1 with --fail-on new); the next one finds it again, already known: exit 0. The
    // report names the changed code's coverage.
    void failOnNewIgnoresKnownFailures() {
        const QString pr = branch_with_harness(
            remote_, dir_.path(), QStringLiteral("c"),
            "#include <stddef.h>\n#include <stdint.h>\n"
            "extern \"C\" int LLVMFuzzerTestOneInput(const uint8_t* d, size_t n) {\n"
            "    if (n > 0 && d[0] == 'x')\n"
            "        __builtin_trap();\n"
            "    return 0;\n"
            "}\n");
        QVERIFY(!pr.isEmpty());
        const QStringList fuzz{QStringLiteral("fuzz"),
                               pr,
                               QStringLiteral("--changed-since"),
                               QStringLiteral("origin/main"),
                               QStringLiteral("--fail-on"),
                               QStringLiteral("new"),
                               QStringLiteral("--cores"),
                               QStringLiteral("1"),
                               QStringLiteral("--stop-on-failure"),
                               QStringLiteral("--time"),
                               QStringLiteral("60s"),
                               QStringLiteral("--json")};
        const auto first = run_process(kCli, fuzz);
        QVERIFY2(first.exit_code == 1, said(first).constData());
        QVERIFY(first.out.contains("\"new_failures\":1"));
        QVERIFY(first.out.contains("\"changes\":{"));
        const auto second = run_process(kCli, fuzz);
        QVERIFY2(second.exit_code == 0, said(second).constData());
        QVERIFY(second.out.contains("\"new_failures\":0"));
        // Without --fail-on new, a known failure found again still counts.
        QStringList any = fuzz;
        any.replace(any.indexOf(QStringLiteral("new")), QStringLiteral("any"));
        QCOMPARE(run_process(kCli, any).exit_code, 1);
        // Marked fixed, then found again: a regression, new to the base.
        {
            QString error;
            auto db = Database::open(Database::default_url(pr), &error);
            QVERIFY2(db, qPrintable(error));
            const std::vector<FailureRow> known = db->failures();
            QCOMPARE(known.size(), size_t(1));
            QVERIFY(db->set_failure_status(known.front().id, QString::fromLatin1(kFailureFixed)));
        }
        const auto regression = run_process(kCli, fuzz);
        QVERIFY2(regression.exit_code == 1, said(regression).constData());
        QVERIFY(regression.out.contains("\"new_failures\":1"));
        // The report: the changed code's coverage.
        const auto report = run_process(
            kCli, {QStringLiteral("report"), pr, QStringLiteral("--format"), QStringLiteral("json"),
                   QStringLiteral("--changed-since"), QStringLiteral("origin/main")});
        const QJsonObject changes = QJsonDocument::fromJson(report.out)
                                        .object()
                                        .value(QStringLiteral("changes"))
                                        .toObject();
        QVERIFY2(changes.value(QStringLiteral("lines_changed")).toInt() > 0,
                 report.out.constData());
        QVERIFY(changes.value(QStringLiteral("lines_reached")).toInt() > 0);
        const auto junit =
            run_process(kCli, {QStringLiteral("report"), pr, QStringLiteral("--format"),
                               QStringLiteral("junit"), QStringLiteral("--changed-since"),
                               QStringLiteral("origin/main")});
        QVERIFY2(junit.out.contains("changed code reached"), junit.out.constData());
        QVERIFY(junit.out.contains("c.cc:"));
        // A base that does not exist is a usage error.
        QStringList bad = fuzz;
        bad.replace(bad.indexOf(QStringLiteral("origin/main")), QStringLiteral("no-such-ref"));
        QCOMPARE(run_process(kCli, bad).exit_code, 2);
    }

    // --change-guidance: `targets` (the default) weighs the targets only; `blocks` also hands the
    // workers the changed counters (--changed), which the harness below turns into a failure.
    void changeGuidanceBlocksDirectsTheWorkers() {
        const QString pr = branch_with_harness(
            remote_, dir_.path(), QStringLiteral("g"),
            "#include <stddef.h>\n#include <stdint.h>\n#include <string.h>\n"
            "static int directed;\n"
            "extern \"C\" int LLVMFuzzerInitialize(int* argc, char*** argv) {\n"
            "    for (int i = 0; i < *argc; ++i)\n"
            "        if (strncmp((*argv)[i], \"--changed=\", 10) == 0)\n"
            "            directed = 1;\n"
            "    return 0;\n"
            "}\n"
            "extern \"C\" int LLVMFuzzerTestOneInput(const uint8_t*, size_t) {\n"
            "    if (directed)\n"
            "        __builtin_trap();\n"
            "    return 0;\n"
            "}\n");
        QVERIFY(!pr.isEmpty());
        auto fuzz = [&](const QString& guidance) {
            return run_process(kCli,
                               {QStringLiteral("fuzz"), pr, QStringLiteral("--changed-since"),
                                QStringLiteral("origin/main"), QStringLiteral("--change-guidance"),
                                guidance, QStringLiteral("--cores"), QStringLiteral("1"),
                                QStringLiteral("--stop-on-failure"), QStringLiteral("--time"),
                                QStringLiteral("4s")});
        };
        const auto targets = fuzz(QStringLiteral("targets"));
        QVERIFY2(targets.exit_code == 0, said(targets).constData());
        const auto blocks = fuzz(QStringLiteral("blocks"));
        QVERIFY2(blocks.exit_code == 1, said(blocks).constData());
        QCOMPARE(fuzz(QStringLiteral("nearest")).exit_code, 2);
    }

    // A first campaign (no target in the database yet) does not take every target for new: only
    // the new source file's target is focused on, not the unchanged harness beside it. A second
    // campaign on that database knows both; a target built later is new to it.
    void freshDatabaseTellsNewTargetsByGit() {
        const QString pr = branch_with_harness(
            remote_, dir_.path(), QStringLiteral("n"),
            "#include <stddef.h>\n#include <stdint.h>\n"
            "extern \"C\" int LLVMFuzzerTestOneInput(const uint8_t*, size_t) {\n"
            "    return 0;\n"
            "}\n");
        QVERIFY(!pr.isEmpty());
        const QByteArray h = build_harness(pr, QStringLiteral("h"));
        QVERIFY2(h.isEmpty(), h.constData());
        auto focused = [&]() -> QByteArray {
            const auto ran =
                run_process(kCli, {QStringLiteral("fuzz"), pr, QStringLiteral("--changed-since"),
                                   QStringLiteral("origin/main"), QStringLiteral("--cores"),
                                   QStringLiteral("1"), QStringLiteral("--time"),
                                   QStringLiteral("2s"), QStringLiteral("--json")});
            const qsizetype at = ran.out.indexOf(" targets focused on");
            return at < 0 ? said(ran) : ran.out.mid(at - 6, 6 + 19);
        };
        QVERIFY2(focused().endsWith("1 of 2 targets focused on"), focused().constData());
        // Known now: the unchanged harness is not new, the new file's target still is.
        QVERIFY2(focused().endsWith("1 of 2 targets focused on"), focused().constData());
        // The unchanged source built as another target: new to this database.
        const auto again =
            run_process(kWrapper, {QStringLiteral("-O1"), QStringLiteral("-g"),
                                   QDir(pr).canonicalPath() + QStringLiteral("/h.cc"),
                                   QStringLiteral("-o"), pr + QStringLiteral("/m")});
        QVERIFY2(again.exit_code == 0, said(again).constData());
        QVERIFY2(focused().endsWith("2 of 3 targets focused on"), focused().constData());
    }

    // A campaign goes on from the stored estimates of the targets whose code it fuzzed before,
    // without probing them again: those not rebuilt, and (with change focus) those rebuilt that no
    // change reaches. Both harnesses below link lib.cc; only `a` calls it, so a change in it
    // rebuilds both binaries but reaches `a` alone.
    void unreachedTargetsGoOnFromStoredEstimates() {
        const QString checkout = clone(remote_, dir_.filePath(QStringLiteral("r")));
        QVERIFY(!checkout.isEmpty());
        QVERIFY(branch(checkout, QStringLiteral("r")));
        auto lib = [](int factor) -> QByteArray {
            return "int lib(int x) {\n    if (x > 10)\n        return x * " +
                   QByteArray::number(factor) + ";\n    return x;\n}\n";
        };
        const QByteArray harness = "#include <stddef.h>\n#include <stdint.h>\n"
                                   "int lib(int);\nvolatile int sink;\n"
                                   "extern \"C\" int LLVMFuzzerTestOneInput(const uint8_t* d, "
                                   "size_t n) {\n"
                                   "    if (n > 0 && d[0] == 'x')\n        sink = CALL;\n"
                                   "    return 0;\n}\n";
        QVERIFY(write_file(checkout + QStringLiteral("/lib.cc"), lib(3)));
        QVERIFY(write_file(checkout + QStringLiteral("/a.cc"),
                           QByteArray(harness).replace("CALL", "lib(n)")));
        QVERIFY(write_file(checkout + QStringLiteral("/b.cc"),
                           QByteArray(harness).replace("CALL", "int(n)")));
        QVERIFY(commit(checkout, QStringLiteral("a and b")));
        const QString root = QDir(checkout).canonicalPath() + QLatin1Char('/');
        auto build = [&] {
            for (const char* name : {"a", "b"}) {
                const auto built =
                    run_process(kWrapper, {QStringLiteral("-O1"), QStringLiteral("-g"),
                                           root + QLatin1String(name) + QStringLiteral(".cc"),
                                           root + QStringLiteral("lib.cc"), QStringLiteral("-o"),
                                           checkout + QLatin1Char('/') + QLatin1String(name)});
                if (built.exit_code != 0)
                    return said(built);
            }
            return QByteArray();
        };
        QByteArray failed = build();
        QVERIFY2(failed.isEmpty(), failed.constData());
        auto fuzz = [&](bool focus, const QString& cores = QStringLiteral("1"),
                        const QString& time = QStringLiteral("5s")) {
            QStringList args{QStringLiteral("fuzz"),   checkout, QStringLiteral("--cores"), cores,
                             QStringLiteral("--time"), time,     QStringLiteral("--json")};
            if (focus)
                args << QStringLiteral("--changed-since") << QStringLiteral("HEAD~1");
            const auto ran = run_process(kCli, args);
            return ran.exit_code == 0 ? ran.out : said(ran);
        };
        // A core for each target and seconds of fuzzing each, however loaded the machine: both
        // store enough to go on from (20,000 executions, a second of fuzzing in their rows).
        const QByteArray first = fuzz(false, QStringLiteral("2"), QStringLiteral("8s"));
        QVERIFY2(!first.contains("go on from"), first.constData()); // nothing stored yet
        const QByteArray same = fuzz(false);
        QVERIFY2(same.contains("2 targets not rebuilt since the last campaign go on from their "
                               "estimates"),
                 same.constData());

        QVERIFY(write_file(checkout + QStringLiteral("/lib.cc"), lib(5)));
        QVERIFY(commit(checkout, QStringLiteral("lib changed")));
        failed = build();
        QVERIFY2(failed.isEmpty(), failed.constData());
        const QByteArray focused = fuzz(true);
        QVERIFY2(focused.contains("1 of 2 targets focused on"), focused.constData());
        QVERIFY2(focused.contains("1 rebuilt target that no change reaches goes on from its "
                                  "stored estimates"),
                 focused.constData());
        QVERIFY2(!focused.contains("not rebuilt"), focused.constData());
        // Without focus nothing tells what a rebuilt binary's changes reach: both are probed.
        QVERIFY(write_file(checkout + QStringLiteral("/lib.cc"), lib(7)));
        QVERIFY(commit(checkout, QStringLiteral("lib changed again")));
        failed = build();
        QVERIFY2(failed.isEmpty(), failed.constData());
        const QByteArray plain = fuzz(false);
        QVERIFY2(plain.contains("\"finished\"") || plain.contains("executions"), plain.constData());
        QVERIFY2(!plain.contains("go on from"), plain.constData());
    }

    // At the start the slots wait for the reading of what changed, but not for all of it: a
    // target found focused starts as soon as its binary is read. The other binary here is
    // hostile: asked for its graph (--cfg) it ignores TERM and hangs, and the reading would wait
    // up to a minute for it. The campaign still fuzzes the focused target for its whole time,
    // and ends the hanging binary when it ends.
    void focusedTargetStartsWhileOthersAreRead() {
        const QString checkout = clone(remote_, dir_.filePath(QStringLiteral("early")));
        QVERIFY(!checkout.isEmpty());
        QVERIFY(branch(checkout, QStringLiteral("early")));
        const QString pid_file = checkout + QStringLiteral("/hang.pid");
        const QByteArray hangs =
            "#include <signal.h>\n#include <stddef.h>\n#include <stdint.h>\n#include <stdio.h>\n"
            "#include <string.h>\n#include <unistd.h>\n"
            "__attribute__((constructor)) static void hang_on_cfg() {\n"
            "    char args[4096] = {0};\n"
            "    FILE* f = fopen(\"/proc/self/cmdline\", \"rb\");\n"
            "    size_t n = f ? fread(args, 1, sizeof args - 1, f) : 0;\n"
            "    if (f) fclose(f);\n"
            "    for (size_t i = 0; i < n; i += strlen(args + i) + 1)\n"
            "        if (strcmp(args + i, \"--cfg\") == 0) {\n"
            "            signal(SIGTERM, SIG_IGN);\n"
            "            signal(SIGINT, SIG_IGN);\n"
            "            FILE* p = fopen(\"PID_FILE\", \"w\");\n"
            "            if (p) { fprintf(p, \"%d\\n\", (int)getpid()); fclose(p); }\n"
            "            for (;;) sleep(1);\n"
            "        }\n"
            "}\n"
            "extern \"C\" int LLVMFuzzerTestOneInput(const uint8_t* d, size_t n) {\n"
            "    return n > 0 && d[0] == 'q' ? 1 : 0;\n}\n";
        QVERIFY(write_file(checkout + QStringLiteral("/hangs.cc"),
                           QByteArray(hangs).replace("PID_FILE", pid_file.toUtf8())));
        QVERIFY(write_file(checkout + QStringLiteral("/h.cc"), kHarnessV1));
        QVERIFY(commit(checkout, QStringLiteral("a target that hangs under --cfg")));
        QVERIFY(write_file(checkout + QStringLiteral("/h.cc"), kHarnessV2));
        QVERIFY(commit(checkout, QStringLiteral("h changed")));
        for (const char* name : {"h", "hangs"}) {
            const QByteArray failed = build_harness(checkout, QLatin1String(name));
            QVERIFY2(failed.isEmpty(), failed.constData());
        }
        const QString db = checkout + QStringLiteral("/.arcwise/early.sqlite");
        QElapsedTimer took;
        took.start();
        const auto ran = run_process(
            kCli, {QStringLiteral("fuzz"), checkout, QStringLiteral("--cores"), QStringLiteral("1"),
                   QStringLiteral("--time"), QStringLiteral("6s"), QStringLiteral("--db"), db,
                   QStringLiteral("--changed-since"), QStringLiteral("HEAD~1")});
        const qint64 pid = [&] {
            QFile f(pid_file);
            return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toLongLong() : 0;
        }();
        const bool was_alive = pid > 0 && alive(pid);
        if (was_alive)
            ::kill(pid_t(pid), SIGKILL);
        QVERIFY2(ran.exit_code == 0 || ran.exit_code == 1, said(ran).constData());
        QVERIFY2(pid > 0, said(ran).constData()); // its graph was asked for
        QVERIFY2(!was_alive, "the hanging --cfg outlived the campaign");
        // Ended with the campaign, not after the minute the graph may take.
        QVERIFY2(took.elapsed() < 40000, qPrintable(QString::number(took.elapsed())));
        const auto report =
            run_process(kCli, {QStringLiteral("report"), checkout, QStringLiteral("--db"), db,
                               QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(report.exit_code == 0 || report.exit_code == 1, said(report).constData());
        std::map<QString, qint64> executions;
        for (const QJsonValue& t : QJsonDocument::fromJson(report.out)
                                       .object()
                                       .value(QStringLiteral("targets"))
                                       .toArray())
            executions[QFileInfo(t.toObject().value(QStringLiteral("binary")).toString())
                           .fileName()] =
                t.toObject().value(QStringLiteral("executions")).toInteger();
        QVERIFY2(executions.count(QStringLiteral("h")) && executions.count(QStringLiteral("hangs")),
                 report.out.constData());
        QVERIFY2(executions[QStringLiteral("h")] > 0, report.out.constData());
        QCOMPARE(executions[QStringLiteral("hangs")], qint64(0)); // its reading never ended
    }

    // A failing target often stops after a probe or two: its stored rows cover too little
    // fuzzing for a recent rate. It still goes on from what was stored, rather than a probe that
    // would only fail the known way again.
    void failingTargetGoesOnWithoutAProbe() {
        const QString checkout = clone(remote_, dir_.filePath(QStringLiteral("failing")));
        QVERIFY(!checkout.isEmpty());
        const QByteArray failed = build_harness(checkout, QStringLiteral("h"));
        QVERIFY2(failed.isEmpty(), failed.constData());
        const QString db_file = checkout + QStringLiteral("/.arcwise/failing.sqlite");
        auto fuzz = [&] {
            return run_process(kCli,
                               {QStringLiteral("fuzz"), checkout, QStringLiteral("--cores"),
                                QStringLiteral("1"), QStringLiteral("--time"), QStringLiteral("3s"),
                                QStringLiteral("--db"), db_file, QStringLiteral("--json")});
        };
        const auto first = fuzz();
        QVERIFY2(first.exit_code == 0, said(first).constData());
        // As a campaign leaves a target that failed in its probe: status failing, one row.
        {
            QString error;
            auto db = Database::open(db_file, &error);
            QVERIFY2(db, qPrintable(error));
            const std::vector<TargetRow> targets = db->targets();
            QCOMPARE(targets.size(), size_t(1));
            QVERIFY(db->set_target_status(targets.front().id, QString::fromLatin1(kStatusFailing)));
        }
        {
            QSqlDatabase sql =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("surgery"));
            sql.setDatabaseName(db_file);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY2(
                q.exec(QStringLiteral("DELETE FROM stats WHERE id <> (SELECT max(id) FROM stats)")),
                qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("surgery"));
        const auto second = fuzz();
        QVERIFY2(second.exit_code == 0, said(second).constData());
        QVERIFY2(second.out.contains("1 target not rebuilt since the last campaign goes on from "
                                     "its estimates"),
                 said(second).constData());
    }

    void followNeedsAnUpstreamAndABuild() {
        QTemporaryDir lone;
        QVERIFY(git(lone.path(), {QStringLiteral("init"), QStringLiteral("-q")}));
        FollowOptions o;
        o.source_directory = lone.path();
        o.build_directory = lone.path();
        QString error;
        BranchFollower no_build(o);
        QVERIFY(!no_build.start(&error));
        QVERIFY2(error.contains(QStringLiteral("--build-command")), qPrintable(error));
        o.build_command = QStringLiteral("true");
        BranchFollower no_upstream(o);
        QVERIFY(!no_upstream.start(&error));
        QVERIFY2(error.contains(QStringLiteral("upstream")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestChanges)
#include "tst_changes.moc"
