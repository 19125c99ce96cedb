#include "corpus_transfer.h"

#include "engine/serialize.h"
#include "printable.h"
#include "target_job.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <optional>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace arcwise::campaign {

namespace {

// The context of this file's messages. A class, not a free tr(): lupdate files a free function's
// tr() under the namespace, where the translation would never be looked up.
struct CorpusTransfer {
    Q_DECLARE_TR_FUNCTIONS(CorpusTransfer)
};

// Reads a regular file of at most kMaxImportedFileBytes. nullopt with *why otherwise. The checks
// are made on the opened descriptor: O_NOFOLLOW refuses a symlink, O_NONBLOCK keeps a FIFO from
// blocking the open, and fstat says what was really opened. The read is capped as well, as
// files in /proc or one still growing can hold more than their size says.
std::optional<QByteArray> read_regular_file(const QString& path, QString* why) {
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        *why = errno == ELOOP ? CorpusTransfer::tr("a symbolic link")
                              : QString::fromLocal8Bit(std::strerror(errno));
        return std::nullopt;
    }
    struct stat st {};
    std::optional<QByteArray> data;
    if (::fstat(fd, &st) != 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
    } else if (!S_ISREG(st.st_mode)) {
        *why = CorpusTransfer::tr("not a regular file");
    } else if (st.st_size > kMaxImportedFileBytes) {
        *why = CorpusTransfer::tr("%1 bytes, more than the limit of %2")
                   .arg(st.st_size)
                   .arg(kMaxImportedFileBytes);
    } else {
        QByteArray buffer(kMaxImportedFileBytes + 1, Qt::Uninitialized);
        qint64 size = 0;
        while (size < buffer.size()) {
            const ssize_t n = ::read(fd, buffer.data() + size, size_t(buffer.size() - size));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                *why = QString::fromLocal8Bit(std::strerror(errno));
                size = -1;
                break;
            }
            if (n == 0)
                break;
            size += n;
        }
        if (size > kMaxImportedFileBytes)
            *why = CorpusTransfer::tr("more than the limit of %1 bytes").arg(kMaxImportedFileBytes);
        else if (size >= 0)
            data = buffer.left(size);
    }
    ::close(fd);
    return data;
}

// A file as the database stores inputs: a serialised choice sequence as it is, raw bytes (a
// libFuzzer corpus file) as one bytes choice.
QByteArray as_stored(const QByteArray& data) {
    if (engine::looks_serialized(std::string_view(data.constData(), size_t(data.size()))))
        return data;
    return QByteArray::fromStdString(
        engine::serialize(engine::ChoiceSequence::from_bytes(data.toStdString())));
}

// DIR/failures/<target>/<id>-<kind>.json (with its -first and -minimal inputs), as export writes
// them: failures the database does not hold yet (by target and signature) are stored as known,
// with their status, so that a campaign on this database tells them from new ones.
void import_failures(Database& db, const QString& dir, const std::map<QString, qint64>& by_name,
                     CorpusImport& result) {
    const QDir failures(dir + QStringLiteral("/failures"));
    if (!QFileInfo(failures.path()).isDir())
        return;
    std::set<std::pair<qint64, QString>> held;
    for (const FailureRow& f : db.failures())
        held.insert({f.target_id, f.signature});
    if (!db.last_error().isEmpty()) {
        result.error = CorpusTransfer::tr("cannot read the failures: %1").arg(db.last_error());
        return;
    }
    const auto file_filter = QDir::Files | QDir::System | QDir::NoDotAndDotDot;
    for (const QString& target_dir : failures.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir d(failures.filePath(target_dir));
        for (const QString& file : d.entryList({QStringLiteral("*.json")}, file_filter)) {
            QString why;
            const auto data = read_regular_file(d.filePath(file), &why);
            QJsonParseError parse{};
            const QJsonObject o =
                data ? QJsonDocument::fromJson(*data, &parse).object() : QJsonObject{};
            if (data && (parse.error != QJsonParseError::NoError ||
                         o.value(QStringLiteral("signature")).toString().isEmpty()))
                why = CorpusTransfer::tr("not a failure as export writes it");
            const auto target = by_name.find(o.value(QStringLiteral("target")).toString());
            if (why.isEmpty() && target == by_name.end())
                why = CorpusTransfer::tr("no target named %1 in the database")
                          .arg(printable(o.value(QStringLiteral("target")).toString()));
            if (!why.isEmpty()) {
                result.skips
                    << CorpusTransfer::tr("skipped %1: %2").arg(printable(d.filePath(file)), why);
                ++result.skipped;
                continue;
            }
            FailureRow f;
            f.target_id = target->second;
            f.signature = o.value(QStringLiteral("signature")).toString();
            if (!held.insert({f.target_id, f.signature}).second)
                continue; // known already
            f.kind = o.value(QStringLiteral("kind")).toString();
            f.message = o.value(QStringLiteral("message")).toString();
            f.location = o.value(QStringLiteral("location")).toString();
            f.status = o.value(QStringLiteral("status")).toString();
            f.count = std::max<qint64>(1, o.value(QStringLiteral("count")).toInteger());
            f.first_seen_ms = o.value(QStringLiteral("first_seen_ms")).toInteger();
            f.last_seen_ms = o.value(QStringLiteral("last_seen_ms")).toInteger();
            const QString base = d.filePath(file.chopped(int(qstrlen(".json"))));
            QString ignored;
            if (auto first = read_regular_file(base + QStringLiteral("-first"), &ignored)) {
                f.first_input = as_stored(*first);
            }
            if (auto minimal = read_regular_file(base + QStringLiteral("-minimal"), &ignored))
                f.minimal_input = *minimal;
            if (db.record_failure(f).first < 0) {
                result.error = db.last_error();
                return;
            }
            ++result.failures;
        }
    }
}

} // namespace

QString file_name_for(const QString& name) {
    QString out;
    out.reserve(name.size());
    for (const QChar c : name)
        out +=
            c == QLatin1Char('/') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control
                ? QLatin1Char('_')
                : c;
    if (out.isEmpty() || out == QLatin1String(".") || out == QLatin1String(".."))
        out = QStringLiteral("_") + out;
    return out;
}

CorpusExport export_corpus(Database& db, const QString& dir) {
    CorpusExport result;
    auto write = [&](const QString& path, const QByteArray& data) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
            result.error = CorpusTransfer::tr("cannot write %1: %2").arg(path, f.errorString());
            return false;
        }
        ++result.files;
        return true;
    };
    // Every read is checked: one that fails returns nothing, and an export that went on would
    // look complete without a target's corpus or without the failures.
    std::map<qint64, TargetRow> targets;
    for (const auto& t : db.targets())
        targets[t.id] = t;
    if (!db.last_error().isEmpty()) {
        result.error = CorpusTransfer::tr("cannot read the targets: %1").arg(db.last_error());
        return result;
    }
    for (const auto& [id, t] : targets) {
        const std::vector<CorpusRow> corpus = db.corpus(id);
        if (!db.last_error().isEmpty()) {
            result.error = CorpusTransfer::tr("cannot read the corpus of %1: %2")
                               .arg(printable(t.name), db.last_error());
            return result;
        }
        for (const auto& c : corpus) {
            const QByteArray data = exported_input(c.input, t.kind);
            const QString name = QString::fromLatin1(
                QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex());
            if (!write(dir + QStringLiteral("/corpus/") + file_name_for(t.name) + QLatin1Char('/') +
                           name,
                       data))
                return result;
        }
    }
    const std::vector<FailureRow> failures = db.failures();
    if (!db.last_error().isEmpty()) {
        result.error = CorpusTransfer::tr("cannot read the failures: %1").arg(db.last_error());
        return result;
    }
    for (const auto& f : failures) {
        const QString kind = targets.count(f.target_id) ? targets[f.target_id].kind : QString();
        const QString base = dir + QStringLiteral("/failures/") + file_name_for(f.target) +
                             QLatin1Char('/') +
                             file_name_for(QStringLiteral("%1-%2").arg(f.id).arg(f.kind));
        // What makes it the same failure elsewhere (import): a database that imports this
        // directory knows the failure, so --fail-on new does not count it again.
        const QJsonObject known{{QStringLiteral("target"), f.target},
                                {QStringLiteral("signature"), f.signature},
                                {QStringLiteral("kind"), f.kind},
                                {QStringLiteral("message"), f.message},
                                {QStringLiteral("location"), f.location},
                                {QStringLiteral("status"), f.status},
                                {QStringLiteral("count"), f.count},
                                {QStringLiteral("first_seen_ms"), f.first_seen_ms},
                                {QStringLiteral("last_seen_ms"), f.last_seen_ms}};
        if (!write(base + QStringLiteral("-minimal"),
                   f.minimal_input.isEmpty() ? f.first_input : f.minimal_input) ||
            !write(base + QStringLiteral("-first"), exported_input(f.first_input, kind)) ||
            !write(base + QStringLiteral(".txt"),
                   (f.example + QLatin1Char('\n') + f.stack.join(QLatin1Char('\n'))).toUtf8()) ||
            !write(base + QStringLiteral(".json"), QJsonDocument(known).toJson()))
            return result;
    }
    return result;
}

CorpusImport import_corpus(Database& db, const QString& dir) {
    CorpusImport result;
    const QDir corpus(dir + QStringLiteral("/corpus"));
    if (!QFileInfo(corpus.path()).isDir()) {
        result.error =
            CorpusTransfer::tr("%1 has no corpus/ directory (expected %1/corpus/<target>/<files>)")
                .arg(dir);
        result.bad_directory = true;
        return result;
    }
    std::map<QString, qint64> by_name;
    for (const auto& t : db.targets())
        by_name[t.name] = t.id;
    if (!db.last_error().isEmpty()) {
        result.error = CorpusTransfer::tr("cannot read the targets: %1").arg(db.last_error());
        return result;
    }
    // System: FIFOs, sockets, devices and broken links are listed too, to be skipped in words.
    const auto file_filter = QDir::Files | QDir::System | QDir::NoDotAndDotDot;
    const QStringList target_dirs = corpus.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& name : target_dirs) {
        auto it = by_name.find(name);
        const QDir d(corpus.filePath(name));
        const QStringList names = d.entryList(file_filter, QDir::Name);
        if (it == by_name.end()) {
            result.skips << CorpusTransfer::tr("no target named %1 in the database (run "
                                               "arcwise-cli fuzz first); skipped %n file(s)",
                                               nullptr, int(names.size()))
                                .arg(printable(name));
            result.skipped += names.size();
            continue;
        }
        std::vector<CorpusRow> rows;
        for (const QString& file : names) {
            QString why;
            auto data = read_regular_file(d.filePath(file), &why);
            if (!data) {
                result.skips
                    << CorpusTransfer::tr("skipped %1: %2").arg(printable(d.filePath(file)), why);
                ++result.skipped;
                continue;
            }
            *data = as_stored(*data);
            CorpusRow row;
            row.target_id = it->second;
            row.input = *data;
            row.sha1 = QCryptographicHash::hash(*data, QCryptographicHash::Sha1).toHex();
            row.found_at_ms = QDateTime::currentMSecsSinceEpoch();
            rows.push_back(std::move(row));
        }
        if (!db.add_corpus(rows)) {
            result.error = db.last_error();
            return result;
        }
        result.imported += qint64(rows.size());
    }
    import_failures(db, dir, by_name, result);
    return result;
}

} // namespace arcwise::campaign
