#include "printable.h"

namespace arcwise::campaign {

namespace {

bool needs_escape(char16_t c) {
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0))
        return true;
    if (c >= 0xD800 && c < 0xE000) // a surrogate not in a pair (pairs are taken whole below)
        return true;
    // Bidirectional marks, embeddings, overrides and isolates; line and paragraph separators.
    return c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029 || c == 0x061C;
}

QString hex(unsigned value, int digits) {
    return QString::number(value, 16).rightJustified(digits, QLatin1Char('0'));
}

} // namespace

QString printable(const QString& text, bool keep_newlines) {
    qsizetype i = 0;
    // The common case, nothing to escape, returns the string itself (shared, no copy).
    while (i < text.size()) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text[i + 1].unicode())) {
            i += 2;
            continue;
        }
        if (needs_escape(c) && !(keep_newlines && (c == u'\n' || c == u'\t')))
            break;
        ++i;
    }
    if (i == text.size())
        return text;
    QString out = text.left(i);
    out.reserve(text.size() + 16);
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text[i + 1].unicode())) {
            out += text[i];
            out += text[++i];
            continue;
        }
        if (!needs_escape(c) || (keep_newlines && (c == u'\n' || c == u'\t'))) {
            out += QChar(c);
            continue;
        }
        switch (c) {
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case 0x1B:
            out += QStringLiteral("\\e");
            break;
        default:
            if (c < 0x80)
                out += QStringLiteral("\\x") + hex(c, 2);
            else
                out += QStringLiteral("\\u{") + hex(c, 4) + QLatin1Char('}');
        }
    }
    return out;
}

} // namespace arcwise::campaign
