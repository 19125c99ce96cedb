#include "cpp_highlighter.h"

#include "palette_colors.h"

#include <QFileInfo>
#include <QSet>
#include <QTextBlockUserData>
#include <QVarLengthArray>

namespace arcwise::ui {

namespace {

// The delimiter of a raw string that is still open at the end of a line: the next line needs it
// to find the end, and the block state alone cannot carry it.
struct RawStringDelimiter : QTextBlockUserData {
    explicit RawStringDelimiter(QString d) : delimiter(std::move(d)) {}
    QString delimiter;
};

const QSet<QString>& keywords() {
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* w : {"alignas",     "alignof",        "asm",
                              "auto",        "break",          "case",
                              "catch",       "class",          "co_await",
                              "co_return",   "co_yield",       "concept",
                              "const",       "consteval",      "constexpr",
                              "constinit",   "const_cast",     "continue",
                              "decltype",    "default",        "delete",
                              "do",          "dynamic_cast",   "else",
                              "enum",        "explicit",       "export",
                              "extern",      "false",          "final",
                              "for",         "friend",         "goto",
                              "if",          "inline",         "module",
                              "mutable",     "namespace",      "new",
                              "noexcept",    "nullptr",        "operator",
                              "override",    "private",        "protected",
                              "public",      "register",       "reinterpret_cast",
                              "requires",    "restrict",       "return",
                              "sizeof",      "static",         "static_assert",
                              "static_cast", "struct",         "switch",
                              "template",    "this",           "thread_local",
                              "throw",       "true",           "try",
                              "typedef",     "typeid",         "typename",
                              "union",       "using",          "virtual",
                              "volatile",    "while",          "_Alignas",
                              "_Alignof",    "_Atomic",        "_Generic",
                              "_Noreturn",   "_Static_assert", "_Thread_local",
                              "NULL"})
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words;
}

const QSet<QString>& types() {
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* w :
             {"bool",        "char",     "char8_t",   "char16_t", "char32_t", "double",
              "float",       "int",      "long",      "short",    "signed",   "unsigned",
              "void",        "wchar_t",  "_Bool",     "_Complex", "size_t",   "ssize_t",
              "ptrdiff_t",   "intptr_t", "uintptr_t", "int8_t",   "int16_t",  "int32_t",
              "int64_t",     "uint8_t",  "uint16_t",  "uint32_t", "uint64_t", "nullptr_t",
              "max_align_t", "FILE"})
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words;
}

bool is_identifier_char(QChar c) {
    return c.isLetterOrNumber() || c == u'_';
}

bool is_hex_digit(QChar c) {
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

} // namespace

CppHighlighter::CppHighlighter(QTextDocument* document, const QPalette& palette)
    : QSyntaxHighlighter(document) {
    set_palette(palette);
}

void CppHighlighter::set_palette(const QPalette& palette) {
    // Hues that read well on white and on near-black; readable_on() then pulls them further from
    // the actual background when a palette is unusual (a tinted base, a high-contrast theme).
    const bool dark = palette_is_dark(palette);
    const QColor base = palette.color(QPalette::Base);
    auto colour = [&](const char* light, const char* on_dark) {
        return readable_on(QColor(QString::fromLatin1(dark ? on_dark : light)), base);
    };
    auto set_format = [&](Kind kind, const QColor& c, bool italic = false) {
        QTextCharFormat f;
        f.setForeground(c);
        f.setFontItalic(italic);
        formats_[int(kind)] = f;
    };
    set_format(Kind::Keyword, colour("#a626a4", "#d2a8ff"));
    set_format(Kind::Type, colour("#005cc5", "#79c0ff"));
    set_format(Kind::String, colour("#22863a", "#a5d6a7"));
    set_format(Kind::Escape, colour("#b35900", "#ffa657"));
    set_format(Kind::Number, colour("#b31d28", "#ff9492"));
    set_format(Kind::Comment, dimmed_text(palette), /*italic=*/true);
    set_format(Kind::Preprocessor, colour("#735c0f", "#e3b341"));
    rehighlight();
}

QTextCharFormat CppHighlighter::format_of(Kind kind) const {
    return formats_[int(kind)];
}

bool CppHighlighter::handles_file(const QString& file_name) {
    static const QSet<QString> suffixes = {
        QStringLiteral("c"),   QStringLiteral("cc"),  QStringLiteral("cpp"),
        QStringLiteral("cxx"), QStringLiteral("h"),   QStringLiteral("hh"),
        QStringLiteral("hpp"), QStringLiteral("hxx"), QStringLiteral("inl")};
    return suffixes.contains(QFileInfo(file_name).suffix().toLower());
}

void CppHighlighter::set(qsizetype from, qsizetype to, Kind kind) {
    if (to > from)
        setFormat(int(from), int(to - from), formats_[int(kind)]);
}

qsizetype CppHighlighter::block_comment(const QString& text, qsizetype from,
                                        qsizetype search_from) {
    const qsizetype end = text.indexOf(QStringLiteral("*/"), search_from);
    if (end < 0) {
        set(from, text.size(), Kind::Comment);
        setCurrentBlockState(InBlockComment);
        return text.size();
    }
    set(from, end + 2, Kind::Comment);
    setCurrentBlockState(Normal);
    return end + 2;
}

qsizetype CppHighlighter::raw_string(const QString& text, qsizetype from, const QString& delimiter,
                                     qsizetype start) {
    const QString close = u')' + delimiter + u'"';
    const qsizetype end = text.indexOf(close, from);
    if (end < 0) {
        set(start, text.size(), Kind::String);
        setCurrentBlockState(InRawString);
        setCurrentBlockUserData(new RawStringDelimiter(delimiter));
        return text.size();
    }
    set(start, end + close.size(), Kind::String);
    setCurrentBlockState(Normal);
    return end + close.size();
}

qsizetype CppHighlighter::quoted(const QString& text, qsizetype start, qsizetype quote) {
    const QChar q = text[quote];
    const qsizetype n = text.size();
    QVarLengthArray<std::pair<qsizetype, qsizetype>, 8> escapes;
    qsizetype j = quote + 1;
    while (j < n) {
        const QChar c = text[j];
        if (c == q) {
            ++j;
            break;
        }
        if (c != u'\\') {
            ++j;
            continue;
        }
        const qsizetype escape = j++;
        if (j < n) {
            const QChar e = text[j++];
            qsizetype max = 0; // further digits that belong to the escape
            bool hex = true;
            if (e == u'x')
                max = n;
            else if (e == u'u')
                max = 4;
            else if (e == u'U')
                max = 8;
            else if (e >= u'0' && e <= u'7') {
                max = 2;
                hex = false;
            }
            for (; max > 0 && j < n; --max, ++j)
                if (hex ? !is_hex_digit(text[j]) : !(text[j] >= u'0' && text[j] <= u'7'))
                    break;
        }
        escapes.append({escape, j});
    }
    set(start, j, Kind::String);
    for (const auto& [from, to] : escapes)
        set(from, to, Kind::Escape);
    return j;
}

qsizetype CppHighlighter::number(const QString& text, qsizetype from) {
    // A preprocessing number: digits, letters (suffixes, hex digits), dots, exponent signs and
    // digit separators, so "0x1p-3", "1'000'000" and "42ull" are each one token.
    const qsizetype n = text.size();
    qsizetype j = from;
    bool hex = false;
    if (text[j] == u'0' && j + 1 < n && (text[j + 1] == u'x' || text[j + 1] == u'X')) {
        hex = true;
        j += 2;
    }
    while (j < n) {
        const QChar c = text[j];
        const bool exponent = hex ? (c == u'p' || c == u'P') : (c == u'e' || c == u'E');
        if (exponent && j + 1 < n && (text[j + 1] == u'+' || text[j + 1] == u'-'))
            j += 2;
        else if (is_identifier_char(c) || c == u'.')
            ++j;
        else if (c == u'\'' && j + 1 < n && text[j + 1].isLetterOrNumber())
            ++j;
        else
            break;
    }
    set(from, j, Kind::Number);
    return j;
}

void CppHighlighter::highlightBlock(const QString& text) {
    const qsizetype n = text.size();
    const int previous = previousBlockState() < 0 ? Normal : previousBlockState();
    setCurrentBlockState(Normal);
    setCurrentBlockUserData(nullptr);
    qsizetype i = 0;
    bool preprocessor = false;
    if (previous == InBlockComment) {
        i = block_comment(text, 0, 0);
    } else if (previous == InRawString) {
        const auto* data =
            static_cast<const RawStringDelimiter*>(currentBlock().previous().userData());
        i = raw_string(text, 0, data ? data->delimiter : QString(), 0);
    } else if (previous == InPreprocessor) {
        preprocessor = true;
        set(0, n, Kind::Preprocessor);
    }
    if (currentBlockState() != Normal)
        return;
    if (i == 0 && !preprocessor) {
        qsizetype first = 0;
        while (first < n && text[first].isSpace())
            ++first;
        if (first < n && text[first] == u'#') {
            preprocessor = true;
            set(first, n, Kind::Preprocessor);
        }
    }
    // "#include <file>": the header name reads as a string.
    const bool include = preprocessor && text.trimmed().remove(u' ').startsWith(u"#include");

    while (i < n) {
        const QChar c = text[i];
        const QChar next = i + 1 < n ? text[i + 1] : QChar();
        if (c == u'/' && next == u'/') {
            set(i, n, Kind::Comment);
            i = n;
        } else if (c == u'/' && next == u'*') {
            // Searched after the "/*" so that "/*/" does not close the comment.
            i = block_comment(text, i, i + 2);
        } else if (c == u'"' || c == u'\'') {
            i = quoted(text, i, i);
        } else if (include && c == u'<') {
            const qsizetype end = text.indexOf(u'>', i);
            const qsizetype stop = end < 0 ? n : end + 1;
            set(i, stop, Kind::String);
            i = stop;
        } else if (c.isDigit() || (c == u'.' && next.isDigit())) {
            i = number(text, i);
        } else if (c.isLetter() || c == u'_') {
            qsizetype e = i;
            while (e < n && is_identifier_char(text[e]))
                ++e;
            const QStringView word = QStringView(text).mid(i, e - i);
            const QChar after = e < n ? text[e] : QChar();
            const bool prefix = word == u"L" || word == u"u" || word == u"U" || word == u"u8";
            const bool raw_prefix =
                word == u"R" || word == u"LR" || word == u"uR" || word == u"UR" || word == u"u8R";
            if (prefix && (after == u'"' || after == u'\'')) {
                i = quoted(text, i, e);
                continue;
            }
            if (raw_prefix && after == u'"') {
                // R"delimiter( ... )delimiter": up to 16 characters, no spaces, parentheses or
                // backslashes.
                const qsizetype open = text.indexOf(u'(', e + 1);
                const QString delimiter = open < 0 ? QString() : text.mid(e + 1, open - e - 1);
                const bool valid = open >= 0 && delimiter.size() <= 16 &&
                                   !delimiter.contains(u' ') && !delimiter.contains(u')') &&
                                   !delimiter.contains(u'\\');
                if (valid) {
                    i = raw_string(text, open + 1, delimiter, i);
                    continue;
                }
            }
            if (!preprocessor) {
                const QString w = word.toString();
                if (keywords().contains(w))
                    set(i, e, Kind::Keyword);
                else if (types().contains(w) || (w.size() > 2 && w.endsWith(u"_t")))
                    set(i, e, Kind::Type);
            }
            i = e;
        } else {
            ++i;
        }
    }
    if (preprocessor && currentBlockState() == Normal && text.endsWith(u'\\'))
        setCurrentBlockState(InPreprocessor);
}

} // namespace arcwise::ui
