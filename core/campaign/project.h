#pragma once
// Zero-configuration discovery of a project's fuzz targets. A project is a directory (usually a
// build tree); every executable in it that carries the Arcwise runtime — recognised by a marker
// string read from the file, without running it — is asked for its targets with --list. Nothing
// else is executed.

#include "types.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace arcwise::campaign {

struct BinaryInfo {
    QString path; // absolute
    qint64 mtime_ms = 0;
    qint64 size = 0;
    QString build_id; // GNU build-id, or a stand-in from size and time when the linker made none
    QString runtime_version;
    std::vector<TargetInfo> targets;
    QString error; // --list failed: what it said
};

class Project {
public:
    // True when the file is an ELF executable that contains the runtime's marker string.
    static bool has_runtime_marker(const QString& path);
    // Executables with the marker below `dir` (recursively; .arcwise, CMakeFiles and hidden
    // directories are skipped), sorted by path. Fails with *error when dir is not a directory.
    static std::vector<QString> find_binaries(const QString& dir, QString* error);
    // Runs `path --list` (with a timeout) and reads its targets.
    static BinaryInfo inspect(const QString& path, int timeout_ms = 20000);
    // find_binaries + inspect; keeps the targets whose "Suite.Name" or binary name matches one of
    // the globs (all when there are none). Binaries left without a target are dropped.
    static std::vector<BinaryInfo> scan(const QString& dir, const QStringList& globs,
                                        QString* error);
    static bool matches(const QStringList& globs, const QString& binary, const QString& target);
    // The GNU build-id note of an ELF file, hex; empty when it has none.
    static QString read_build_id(const QString& path);
};

} // namespace arcwise::campaign
