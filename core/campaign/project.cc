#include "project.h"

#include "child_process.h"
#include "on_threads.h"
#include "protocol/runtime_contract.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QThread>
#include <algorithm>
#include <cstring>
#include <elf.h>

namespace arcwise::campaign {

namespace {

// The runtime's marker string, kept reversed here: this library must not carry the marker it
// looks for, or the tools built from it would pass for fuzz binaries.
const QByteArray& marker() {
    static const QByteArray m = [] {
        QByteArray m("=locotorp REKRAM-EMITNUR-ESIWCRA");
        std::reverse(m.begin(), m.end());
        return m;
    }();
    return m;
}

// A list of targets is a few KiB; a few MiB leaves room for thousands of them.
constexpr qint64 kMaxListBytes = 8 << 20;

bool skipped_directory(const QString& name) {
    return name.startsWith(QLatin1Char('.')) || name == QLatin1String("CMakeFiles");
}

} // namespace

bool Project::has_runtime_marker(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    if (f.peek(4) != QByteArray("\x7f"
                                "ELF"))
        return false;
    const qsizetype overlap = marker().size() - 1;
    QByteArray carry;
    while (!f.atEnd()) {
        const QByteArray chunk = carry + f.read(1 << 20);
        if (chunk.contains(marker()))
            return true;
        carry = chunk.right(overlap);
    }
    return false;
}

std::vector<QString> Project::find_binaries(const QString& dir, QString* error) {
    std::vector<QString> found;
    const QFileInfo root(dir);
    if (!root.isDir()) {
        if (error)
            *error = root.exists() ? QStringLiteral("%1 is not a directory").arg(dir)
                                   : QStringLiteral("%1 does not exist").arg(dir);
        return found;
    }
    std::vector<QString> pending{root.absoluteFilePath()};
    while (!pending.empty()) {
        const QString current = pending.back();
        pending.pop_back();
        const QFileInfoList entries = QDir(current).entryInfoList(
            QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
        for (const QFileInfo& e : entries) {
            if (e.isDir() && !e.isSymLink()) {
                if (!skipped_directory(e.fileName()))
                    pending.push_back(e.absoluteFilePath());
            } else if (e.isFile() && e.isExecutable() && has_runtime_marker(e.absoluteFilePath())) {
                found.push_back(e.absoluteFilePath());
            }
        }
    }
    std::sort(found.begin(), found.end());
    return found;
}

QString Project::read_build_id(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    Elf64_Ehdr eh{};
    if (f.read(reinterpret_cast<char*>(&eh), sizeof eh) != qint64(sizeof eh) ||
        std::memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 || eh.e_ident[EI_CLASS] != ELFCLASS64)
        return {};
    for (int i = 0; i < eh.e_phnum; ++i) {
        Elf64_Phdr ph{};
        if (!f.seek(qint64(eh.e_phoff) + qint64(i) * eh.e_phentsize) ||
            f.read(reinterpret_cast<char*>(&ph), sizeof ph) != qint64(sizeof ph))
            return {};
        if (ph.p_type != PT_NOTE || ph.p_filesz > (1u << 20) || !f.seek(qint64(ph.p_offset)))
            continue;
        const QByteArray notes = f.read(qint64(ph.p_filesz));
        qsizetype at = 0;
        while (at + qsizetype(sizeof(Elf64_Nhdr)) <= notes.size()) {
            Elf64_Nhdr nh{};
            std::memcpy(&nh, notes.constData() + at, sizeof nh);
            const qsizetype name_at = at + qsizetype(sizeof nh);
            const qsizetype desc_at = name_at + qsizetype((nh.n_namesz + 3) & ~3u);
            if (desc_at + qsizetype(nh.n_descsz) > notes.size())
                break;
            if (nh.n_type == NT_GNU_BUILD_ID && nh.n_namesz == 4 &&
                notes.mid(name_at, 3) == QByteArray("GNU"))
                return QString::fromLatin1(notes.mid(desc_at, qsizetype(nh.n_descsz)).toHex());
            at = desc_at + qsizetype((nh.n_descsz + 3) & ~3u);
        }
    }
    return {};
}

BinaryInfo Project::inspect(const QString& path, int timeout_ms) {
    BinaryInfo info;
    const QFileInfo fi(path);
    info.path = fi.absoluteFilePath();
    info.mtime_ms = fi.lastModified().toMSecsSinceEpoch();
    info.size = fi.size();
    info.build_id = read_build_id(info.path);
    if (info.build_id.isEmpty()) {
        // Without a build id, the content: hosts match binaries by it, and every host has its
        // own copy with its own path and time.
        QFile f(info.path);
        QCryptographicHash hash(QCryptographicHash::Sha1);
        if (f.open(QIODevice::ReadOnly) && hash.addData(&f))
            info.build_id = QStringLiteral("sha1-") + QString::fromLatin1(hash.result().toHex());
        else
            info.build_id = QStringLiteral("size%1-mtime%2").arg(info.size).arg(info.mtime_ms);
    }
    // Bounded: a binary that prints without end, or never ends, is not a fuzz binary to wait for.
    ChildSpec spec;
    spec.program = info.path;
    spec.arguments = {QString::fromLatin1(protocol::contract::kModeList)};
    spec.timeout_ms = timeout_ms;
    spec.max_capture_bytes = kMaxListBytes;
    spec.kept_lines = 20;
    const ChildRun run = run_child(spec);
    const QByteArray& out = run.stdout_bytes;
    if (run.exit.how == ChildExit::How::FailedToStart) {
        info.error = QStringLiteral("cannot run %1 --list: %2").arg(info.path, run.exit.error);
        return info;
    }
    if (run.exit.how == ChildExit::How::TimedOut) {
        info.error = QStringLiteral("%1 --list did not answer within %2 s")
                         .arg(info.path)
                         .arg(timeout_ms / 1000);
        return info;
    }
    if (run.exit.how == ChildExit::How::OutputLimit) {
        info.error =
            QStringLiteral("%1 --list printed more than %2 MiB: not an Arcwise target list")
                .arg(info.path)
                .arg(kMaxListBytes >> 20);
        return info;
    }
    if (!run.exit.exited(0)) {
        const QString said = run.stderr_lines.join(QLatin1Char('\n')).trimmed();
        info.error = QStringLiteral("%1 --list failed (%2)%3")
                         .arg(info.path, run.exit.describe(),
                              said.isEmpty() ? QString() : QStringLiteral(": ") + said);
        return info;
    }
    QJsonParseError parse{};
    const QJsonObject json = QJsonDocument::fromJson(out, &parse).object();
    if (parse.error != QJsonParseError::NoError ||
        json.value(QStringLiteral("runtime")) != QJsonValue(QStringLiteral("arcwise"))) {
        info.error = QStringLiteral("%1 --list printed no Arcwise target list").arg(info.path);
        return info;
    }
    info.runtime_version = json.value(QStringLiteral("version")).toString();
    const QJsonArray targets = json.value(QStringLiteral("targets")).toArray();
    for (const auto& t : targets) {
        const QJsonObject o = t.toObject();
        TargetInfo ti;
        ti.name = o.value(QStringLiteral("name")).toString();
        ti.kind = o.value(QStringLiteral("kind")).toString();
        ti.file = o.value(QStringLiteral("file")).toString();
        ti.line = o.value(QStringLiteral("line")).toInt();
        if (!ti.name.isEmpty())
            info.targets.push_back(ti);
    }
    return info;
}

bool Project::matches(const QStringList& globs, const QString& binary, const QString& target) {
    if (globs.isEmpty())
        return true;
    const QString base = QFileInfo(binary).fileName();
    for (const QString& glob : globs) {
        const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(
            glob, QRegularExpression::UnanchoredWildcardConversion));
        const QRegularExpression anchored(QRegularExpression::anchoredPattern(re.pattern()));
        if (anchored.match(target).hasMatch() || anchored.match(base).hasMatch())
            return true;
    }
    return false;
}

std::vector<BinaryInfo> Project::scan(const QString& dir, const QStringList& globs,
                                      QString* error) {
    std::vector<BinaryInfo> result;
    QString find_error;
    const std::vector<QString> binaries = find_binaries(dir, &find_error);
    if (!find_error.isEmpty()) {
        if (error)
            *error = find_error;
        return result;
    }
    // Every binary answers --list in a process of its own: on every core, in order of the list.
    std::vector<BinaryInfo> inspected(binaries.size());
    for_each_on_threads(binaries.size(), QThread::idealThreadCount(),
                        [&](size_t i) { inspected[i] = inspect(binaries[i]); });
    for (BinaryInfo& info : inspected) {
        if (!info.error.isEmpty()) {
            result.push_back(std::move(info)); // kept: the user sees why it is not fuzzed
            continue;
        }
        std::vector<TargetInfo> kept;
        for (const auto& t : info.targets)
            if (matches(globs, info.path, t.name))
                kept.push_back(t);
        info.targets = std::move(kept);
        if (!info.targets.empty())
            result.push_back(std::move(info));
    }
    return result;
}

} // namespace arcwise::campaign
