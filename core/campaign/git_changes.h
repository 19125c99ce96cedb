#pragma once
// Which source lines changed since a base, in a git checkout (read with libgit2): what a
// campaign focuses on when it fuzzes what a branch or a pull request changed (docs/changes.md).
// QtCore only; results are value types.
//
// The base is a commit: a REF (origin/main, a tag, a commit id; the merge-base of it and HEAD,
// as `git diff REF...` takes it), a DURATION (the newest first-parent ancestor of HEAD older than
// that: "the last 7 days"), or by default the merge-base of HEAD with its branch's upstream, else
// the last 7 days. The changes are from the base's tree to the working tree (committed and not
// yet committed edits alike); untracked files are not read.

#include <QCoreApplication>
#include <QString>
#include <optional>
#include <vector>

namespace arcwise::campaign {

struct LineRange {
    int first = 0; // 1-based, inclusive
    int last = 0;
};

struct ChangedFile {
    QString path;                 // absolute
    bool is_new = false;          // not in the base
    std::vector<LineRange> lines; // lines of the new version that were added or edited, ordered
    bool contains(int line) const;
    int line_count() const;
};

struct Changes {
    QString repository;  // the working tree's root, absolute
    QString base;        // the base commit id (empty: none, every file is new)
    QString head;        // HEAD's commit id
    QString description; // what the base is, as the user reads it ("merge-base with origin/main")
    std::vector<ChangedFile> files; // ordered by path
    const ChangedFile* file(const QString& absolute_path) const;
    bool contains(const QString& absolute_path, int line) const;
    int line_count() const;
};

// The last days read by default when a branch has no upstream.
inline constexpr int kDefaultChangeDays = 7;

class GitChanges {
    Q_DECLARE_TR_FUNCTIONS(GitChanges)

public:
    // The directory the sources of `project` are in: CMAKE_HOME_DIRECTORY of a CMake build
    // tree's CMakeCache.txt, else the project itself.
    static QString source_directory(const QString& project);
    // Pre: `directory` lies in a git working tree (or is one). `since`: a REF, a DURATION (see
    // parse_duration: "3d", "12h") or empty for the default. nullopt with *error (what and where)
    // when there is no repository, the ref is unknown, or the repository cannot be read.
    static std::optional<Changes> read(const QString& directory, const QString& since,
                                       QString* error);
    // HEAD's commit id of the repository enclosing `directory`, or empty.
    static QString head(const QString& directory);
};

} // namespace arcwise::campaign
