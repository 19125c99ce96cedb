#include "spill.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>

namespace arcwise::campaign {

namespace {

constexpr int kFormatVersion = 1;
// Far above any failure's input and report; a larger file is not one of ours.
constexpr qint64 kMaxFileBytes = 256 * 1024 * 1024;

QString key(const QJsonObject& o, const char* name) {
    return o.value(QLatin1String(name)).toString();
}

QByteArray base64(const QJsonObject& o, const char* name) {
    return QByteArray::fromBase64(o.value(QLatin1String(name)).toString().toLatin1());
}

} // namespace

QString Spill::default_dir(const QString& project) {
    return QDir(project).filePath(QStringLiteral(".arcwise/spill"));
}

QByteArray spill_json(const FailureRow& f, const QString& why) {
    QJsonArray stack;
    for (const QString& frame : f.stack)
        stack.append(frame);
    const QJsonObject o{
        {QStringLiteral("arcwise_spilled_failure"), kFormatVersion},
        {QStringLiteral("why"), why},
        {QStringLiteral("binary"), f.binary},
        {QStringLiteral("target"), f.target},
        {QStringLiteral("signature"), f.signature},
        {QStringLiteral("kind"), f.kind},
        {QStringLiteral("message"), f.message},
        {QStringLiteral("location"), f.location},
        {QStringLiteral("stack"), stack},
        {QStringLiteral("first_input"), QString::fromLatin1(f.first_input.toBase64())},
        {QStringLiteral("minimal_input"), QString::fromLatin1(f.minimal_input.toBase64())},
        {QStringLiteral("example"), f.example},
        {QStringLiteral("count"), f.count},
        {QStringLiteral("first_seen_ms"), f.first_seen_ms},
        {QStringLiteral("last_seen_ms"), f.last_seen_ms},
        {QStringLiteral("status"), f.status},
        {QStringLiteral("build_id"), f.build_id},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool read_spill_json(const QByteArray& json, FailureRow* failure) {
    QJsonParseError parse{};
    const QJsonObject o = QJsonDocument::fromJson(json, &parse).object();
    if (parse.error != QJsonParseError::NoError ||
        o.value(QStringLiteral("arcwise_spilled_failure")).toInt() != kFormatVersion)
        return false;
    FailureRow f;
    f.binary = key(o, "binary");
    f.target = key(o, "target");
    f.signature = key(o, "signature");
    if (f.binary.isEmpty() || f.target.isEmpty() || f.signature.isEmpty())
        return false;
    f.kind = key(o, "kind");
    f.message = key(o, "message");
    f.location = key(o, "location");
    const QJsonArray stack = o.value(QStringLiteral("stack")).toArray();
    for (const auto& frame : stack)
        f.stack << frame.toString();
    f.first_input = base64(o, "first_input");
    f.minimal_input = base64(o, "minimal_input");
    f.example = key(o, "example");
    f.count = o.value(QStringLiteral("count")).toInteger(1);
    f.first_seen_ms = o.value(QStringLiteral("first_seen_ms")).toInteger();
    f.last_seen_ms = o.value(QStringLiteral("last_seen_ms")).toInteger();
    f.status = key(o, "status");
    f.build_id = key(o, "build_id");
    *failure = std::move(f);
    return true;
}

QString Spill::keep(const FailureRow& f, const QString& why, QString* error) const {
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const QString& part : {f.binary, f.target, f.signature})
        hash.addData((part + QLatin1Char('\n')).toUtf8());
    hash.addData(f.minimal_input);
    const QString file = dir_ + QLatin1Char('/') + QString::fromLatin1(hash.result().toHex()) +
                         QStringLiteral(".json");
    if (!QDir().mkpath(dir_)) {
        if (error)
            *error = tr("cannot create the directory %1").arg(dir_);
        return {};
    }
    QSaveFile out(file);
    const QByteArray json = spill_json(f, why);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(file, out.errorString());
        return {};
    }
    return file;
}

std::vector<SpilledFailure> Spill::load(QStringList* errors) const {
    std::vector<SpilledFailure> out;
    const QDir dir(dir_);
    if (!dir.exists())
        return out;
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo& info : files) {
        QFile in(info.absoluteFilePath());
        SpilledFailure s;
        s.file = info.absoluteFilePath();
        // Only regular files of a sane size: the directory is the user's, not ours alone.
        if (info.isSymLink() || info.size() > kMaxFileBytes || !in.open(QIODevice::ReadOnly) ||
            !read_spill_json(in.readAll(), &s.failure)) {
            if (errors)
                *errors << tr("%1 is not a failure kept by Arcwise; it was left where it is")
                               .arg(s.file);
            continue;
        }
        out.push_back(std::move(s));
    }
    return out;
}

bool Spill::forget(const QString& file) const {
    return QFile::remove(file);
}

} // namespace arcwise::campaign
