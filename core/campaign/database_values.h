#pragma once
// How values are bound to and read from the campaign database, shared by the files that make up
// Database (database.cc, database_hosts.cc). Internal: not part of the library's interface.

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QtEndian>
#include <cstdint>
#include <vector>

namespace arcwise::campaign::detail {

// Bound values must never be null: a null QString or QByteArray binds as SQL NULL.
inline QVariant text(const QString& s) {
    return s.isNull() ? QVariant(QString::fromLatin1("")) : QVariant(s);
}

inline QVariant bytes(const QByteArray& b) {
    return b.isNull() ? QVariant(QByteArray("", 0)) : QVariant(b);
}

inline QByteArray encode_features(const std::vector<uint32_t>& features) {
    QByteArray out("", 0);
    out.resize(qsizetype(features.size() * 4));
    for (size_t i = 0; i < features.size(); ++i)
        qToLittleEndian<quint32>(features[i], out.data() + 4 * i);
    return out;
}

inline std::vector<uint32_t> decode_features(const QByteArray& blob) {
    std::vector<uint32_t> out(size_t(blob.size() / 4));
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = qFromLittleEndian<quint32>(blob.constData() + 4 * i);
    return out;
}

} // namespace arcwise::campaign::detail
