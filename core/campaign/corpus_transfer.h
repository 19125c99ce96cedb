#pragma once
// Corpora and failures as files, out of and into a campaign's database: the libFuzzer-style
// layout DIR/corpus/<target>/<sha1> (and DIR/failures/<target>/<id>-<kind>-*), which libFuzzer,
// AFL++ and the harnesses themselves read. Used by `arcwise-cli export` and `import`.
//
// Promises: import reads only regular files (no symlinks, FIFOs, devices or sockets: checked on
// the opened descriptor, so a file swapped in between is caught too), never more than
// kMaxImportedFileBytes of one, and says in one line each what it skipped and why. Export writes
// only below DIR, whatever the targets are called.

#include "database.h"

#include <QString>
#include <QStringList>

namespace arcwise::campaign {

// Corpus inputs are what a worker starts from; the fuzzer grows inputs up to 4096 bytes by
// default (-max_len) and the input mapping holds 64 MiB. A megabyte is far above any input a
// fuzzer makes and keeps one import's memory bounded by the number of files, not their size.
inline constexpr qint64 kMaxImportedFileBytes = 1 << 20;

struct CorpusExport {
    qint64 files = 0;
    QString error; // non-empty: what could not be read or written, and where; the export stopped
};

// Writes every target's corpus and every failure below `dir` (created as needed). Stops at the
// first read from `db` that fails (a damaged page, a lost server): an export that leaves out what
// it could not read would look complete.
CorpusExport export_corpus(Database& db, const QString& dir);

struct CorpusImport {
    qint64 imported = 0;
    qint64 failures = 0; // failures the database did not hold, now stored as known
    qint64 skipped = 0;  // files not imported
    QStringList skips;   // one line per skipped file or unknown target directory
    QString error;       // non-empty: nothing more could be imported (no corpus/, database error)
    bool bad_directory = false; // the error is DIR's (no corpus/ in it), not the database's
};

// Reads `dir`/corpus/<target>/<file> into the corpora of the targets of those names (which the
// database must know already). Raw files are stored as one bytes choice, serialised choice
// sequences as they are. Then the failures `dir`/failures/ describes (export's <id>-<kind>.json)
// that the database does not hold yet, with their status: a campaign on the database knows them
// (`arcwise-cli fuzz --fail-on new` does not count them).
CorpusImport import_corpus(Database& db, const QString& dir);

// A target name as one file-name component: path separators, control characters and the names
// "." and ".." replaced, so that a name can never lead out of the directory it is written to.
QString file_name_for(const QString& name);

} // namespace arcwise::campaign
