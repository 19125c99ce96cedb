#include "git_changes.h"

#include "campaign_settings.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <git2.h>
#include <map>
#include <memory>

namespace arcwise::campaign {

namespace {

// libgit2 objects freed by their own functions.
template <typename T, void (*Free)(T*)> struct Deleter {
    void operator()(T* p) const { Free(p); }
};
template <typename T, void (*Free)(T*)> using Owned = std::unique_ptr<T, Deleter<T, Free>>;
using Repository = Owned<git_repository, git_repository_free>;
using Object = Owned<git_object, git_object_free>;
using Commit = Owned<git_commit, git_commit_free>;
using Reference = Owned<git_reference, git_reference_free>;
using Tree = Owned<git_tree, git_tree_free>;
using Diff = Owned<git_diff, git_diff_free>;
using Revwalk = Owned<git_revwalk, git_revwalk_free>;

// libgit2 is initialised once per process and never shut down (it is cheap, and shutting it
// down under another thread's use is not).
void init_libgit2() {
    static const int once = git_libgit2_init();
    (void)once;
}

QString last_git_error() {
    const git_error* e = git_error_last();
    return e && e->message ? QString::fromUtf8(e->message).trimmed() : QString();
}

QString oid_text(const git_oid& oid) {
    char buffer[GIT_OID_HEXSZ + 1] = {};
    git_oid_tostr(buffer, sizeof buffer, &oid);
    return QString::fromLatin1(buffer);
}

Repository open_repository(const QString& directory) {
    init_libgit2();
    git_repository* repo = nullptr;
    if (git_repository_open_ext(&repo, QFile::encodeName(directory).constData(), 0, nullptr) != 0)
        return nullptr;
    return Repository(repo);
}

// A duration needs its unit ("7d", "12h", "90m"): a bare number may be a commit id.
bool is_duration(const QString& text) {
    static const QRegularExpression shape(QStringLiteral("^(?:\\d+(?:\\.\\d+)?[smhd])+$"));
    return shape.match(text).hasMatch() && parse_duration(text).has_value();
}

struct Collect {
    QString root;
    std::map<QString, ChangedFile> files;
    ChangedFile* current = nullptr;
};

void add_line(ChangedFile& f, int line) {
    if (line <= 0)
        return;
    if (!f.lines.empty() && f.lines.back().last + 1 >= line) {
        f.lines.back().last = std::max(f.lines.back().last, line);
        return;
    }
    f.lines.push_back({line, line});
}

int on_file(const git_diff_delta* delta, float, void* payload) {
    auto* c = static_cast<Collect*>(payload);
    c->current = nullptr;
    if (delta->status == GIT_DELTA_DELETED || !delta->new_file.path)
        return 0;
    const QString path =
        QDir::cleanPath(c->root + QLatin1Char('/') + QString::fromUtf8(delta->new_file.path));
    ChangedFile& f = c->files[path];
    f.path = path;
    f.is_new = delta->status == GIT_DELTA_ADDED || delta->status == GIT_DELTA_UNTRACKED;
    c->current = &f;
    return 0;
}

int on_hunk(const git_diff_delta*, const git_diff_hunk* hunk, void* payload) {
    auto* c = static_cast<Collect*>(payload);
    // Lines only removed: the line they were removed after stands for them (the code around a
    // deletion is what behaves differently now).
    if (c->current && hunk->new_lines == 0)
        add_line(*c->current, std::max(1, hunk->new_start));
    return 0;
}

int on_line(const git_diff_delta*, const git_diff_hunk*, const git_diff_line* line, void* payload) {
    auto* c = static_cast<Collect*>(payload);
    if (c->current && line->origin == GIT_DIFF_LINE_ADDITION)
        add_line(*c->current, line->new_lineno);
    return 0;
}

} // namespace

bool ChangedFile::contains(int line) const {
    const auto it = std::lower_bound(lines.begin(), lines.end(), line,
                                     [](const LineRange& r, int l) { return r.last < l; });
    return it != lines.end() && it->first <= line;
}

int ChangedFile::line_count() const {
    int n = 0;
    for (const LineRange& r : lines)
        n += r.last - r.first + 1;
    return n;
}

const ChangedFile* Changes::file(const QString& absolute_path) const {
    const QString path = QDir::cleanPath(absolute_path);
    const auto it =
        std::lower_bound(files.begin(), files.end(), path,
                         [](const ChangedFile& f, const QString& p) { return f.path < p; });
    return it != files.end() && it->path == path ? &*it : nullptr;
}

bool Changes::contains(const QString& absolute_path, int line) const {
    const ChangedFile* f = file(absolute_path);
    return f && f->contains(line);
}

int Changes::line_count() const {
    int n = 0;
    for (const ChangedFile& f : files)
        n += f.line_count();
    return n;
}

QString GitChanges::source_directory(const QString& project) {
    QFile cache(QDir(project).filePath(QStringLiteral("CMakeCache.txt")));
    if (cache.open(QIODevice::ReadOnly)) {
        while (!cache.atEnd()) {
            const QString line = QString::fromUtf8(cache.readLine()).trimmed();
            if (line.startsWith(QLatin1String("CMAKE_HOME_DIRECTORY:"))) {
                const QString dir = line.section(QLatin1Char('='), 1);
                if (QFileInfo(dir).isDir())
                    return QFileInfo(dir).absoluteFilePath();
            }
        }
    }
    return QFileInfo(project).absoluteFilePath();
}

QString GitChanges::head(const QString& directory) {
    Repository repo = open_repository(directory);
    git_oid oid;
    if (!repo || git_reference_name_to_id(&oid, repo.get(), "HEAD") != 0)
        return {};
    return oid_text(oid);
}

std::optional<Changes> GitChanges::read(const QString& directory, const QString& since,
                                        QString* error) {
    auto fail = [&](const QString& why) -> std::optional<Changes> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    Repository repo = open_repository(directory);
    if (!repo)
        return fail(tr("%1 is not in a git repository").arg(directory));
    const char* workdir = git_repository_workdir(repo.get());
    if (!workdir)
        return fail(tr("the git repository of %1 has no working tree").arg(directory));
    Changes out;
    out.repository = QDir::cleanPath(QFile::decodeName(workdir));
    git_oid head;
    if (git_reference_name_to_id(&head, repo.get(), "HEAD") != 0)
        return fail(tr("the git repository %1 has no commit yet").arg(out.repository));
    out.head = oid_text(head);

    // The base commit.
    std::optional<git_oid> base;
    auto base_from_ref = [&](const QString& ref) -> bool {
        git_object* obj = nullptr;
        if (git_revparse_single(&obj, repo.get(), ref.toUtf8().constData()) != 0)
            return false;
        Object owned(obj);
        git_object* peeled = nullptr;
        if (git_object_peel(&peeled, obj, GIT_OBJECT_COMMIT) != 0)
            return false;
        Object commit(peeled);
        git_oid merge_base;
        if (git_merge_base(&merge_base, repo.get(), git_object_id(peeled), &head) != 0)
            return false;
        base = merge_base;
        return true;
    };
    auto base_from_age = [&](qint64 ms) -> bool {
        const qint64 cutoff = (QDateTime::currentMSecsSinceEpoch() - ms) / 1000;
        git_revwalk* walk = nullptr;
        if (git_revwalk_new(&walk, repo.get()) != 0)
            return false;
        Revwalk owned(walk);
        git_revwalk_simplify_first_parent(walk);
        if (git_revwalk_push(walk, &head) != 0)
            return false;
        git_oid oid;
        while (git_revwalk_next(&oid, walk) == 0) {
            git_commit* c = nullptr;
            if (git_commit_lookup(&c, repo.get(), &oid) != 0)
                return false;
            Commit commit(c);
            if (git_commit_time(c) < cutoff) {
                base = oid;
                return true;
            }
        }
        return true; // every commit is newer: no base, everything is new
    };
    if (since.isEmpty()) {
        git_reference* head_ref = nullptr;
        git_reference* upstream = nullptr;
        if (git_repository_head(&head_ref, repo.get()) == 0) {
            Reference owned(head_ref);
            if (git_branch_upstream(&upstream, head_ref) == 0) {
                Reference up(upstream);
                const QString name = QString::fromUtf8(git_reference_shorthand(upstream));
                if (base_from_ref(name))
                    out.description = tr("the merge-base with %1").arg(name);
            }
        }
        if (out.description.isEmpty()) {
            if (!base_from_age(qint64(kDefaultChangeDays) * 86400 * 1000))
                return fail(
                    tr("cannot read the history of %1: %2").arg(out.repository, last_git_error()));
            out.description = tr("the last %1 days").arg(kDefaultChangeDays);
        }
    } else if (is_duration(since)) {
        if (!base_from_age(*parse_duration(since)))
            return fail(
                tr("cannot read the history of %1: %2").arg(out.repository, last_git_error()));
        out.description = tr("the last %1").arg(since);
    } else {
        if (!base_from_ref(since))
            return fail(tr("%1 is not a commit of the git repository %2 with a common ancestor "
                           "with HEAD (%3)")
                            .arg(since, out.repository, last_git_error()));
        out.description = tr("the merge-base with %1").arg(since);
    }

    Tree tree;
    if (base) {
        out.base = oid_text(*base);
        git_commit* c = nullptr;
        git_tree* t = nullptr;
        if (git_commit_lookup(&c, repo.get(), &*base) != 0)
            return fail(tr("cannot read %1: %2").arg(out.base, last_git_error()));
        Commit commit(c);
        if (git_commit_tree(&t, c) != 0)
            return fail(tr("cannot read %1: %2").arg(out.base, last_git_error()));
        tree.reset(t);
    }
    git_diff_options options;
    git_diff_options_init(&options, GIT_DIFF_OPTIONS_VERSION);
    options.context_lines = 0;
    options.flags |= GIT_DIFF_IGNORE_SUBMODULES;
    git_diff* diff = nullptr;
    if (git_diff_tree_to_workdir_with_index(&diff, repo.get(), tree.get(), &options) != 0)
        return fail(tr("cannot compare %1 with its working tree: %2")
                        .arg(out.repository, last_git_error()));
    Diff owned(diff);
    Collect collect;
    collect.root = out.repository;
    if (git_diff_foreach(diff, on_file, nullptr, on_hunk, on_line, &collect) != 0)
        return fail(tr("cannot read the changes of %1: %2").arg(out.repository, last_git_error()));
    for (auto& [path, f] : collect.files)
        if (!f.lines.empty() || f.is_new)
            out.files.push_back(std::move(f));
    return out;
}

} // namespace arcwise::campaign
