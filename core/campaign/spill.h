#pragma once
// Failures the database could not store (a full disk, a read-only or damaged database, a server
// gone away), kept as files until the database takes them: nothing a campaign finds is lost.
//
// One file per failure in the spill directory (<project>/.arcwise/spill/ by default), named
// <sha1>.json after the binary, target, signature and minimal input, so that keeping the same
// failure twice gives one file. The file holds every field of the FailureRow; the target is named
// by binary path and target name, since ids belong to one database. Inputs are in base64.
//
// Promises:
// - keep() writes a whole file or none (a temporary file renamed into place), and never touches
//   the database.
// - load() reads every file it can and names the ones it cannot; a file is removed only by
//   forget(), after its failure was stored.

#include "types.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

namespace arcwise::campaign {

struct SpilledFailure {
    QString file;       // where it is kept
    FailureRow failure; // target and binary filled in; id and target_id 0
};

class Spill {
    Q_DECLARE_TR_FUNCTIONS(Spill)

public:
    explicit Spill(QString dir) : dir_(std::move(dir)) {}
    // <project>/.arcwise/spill
    static QString default_dir(const QString& project);
    QString dir() const { return dir_; }

    // Keeps `failure` (its target and binary must be set; `why` says why the database did not
    // take it, for whoever opens the file). Returns the file, or an empty string with *error
    // saying what failed and where.
    QString keep(const FailureRow& failure, const QString& why, QString* error) const;
    // Every kept failure, oldest first. Files that cannot be read or parsed are left where they
    // are and named in *errors.
    std::vector<SpilledFailure> load(QStringList* errors) const;
    // Removes a kept failure once the database has stored it.
    bool forget(const QString& file) const;

private:
    QString dir_;
};

// The file format, as pure functions (format version 1).
QByteArray spill_json(const FailureRow& failure, const QString& why);
// False when `json` is not a spilled failure of a format this build reads.
bool read_spill_json(const QByteArray& json, FailureRow* failure);

} // namespace arcwise::campaign
