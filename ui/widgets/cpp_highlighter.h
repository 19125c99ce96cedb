#pragma once
// The source view's C and C++ highlighting when KDE Syntax-Highlighting is not available.
//
// A single-pass scanner per line, not a parser: it knows keywords, fundamental and common library
// types, string and character literals (escapes, encoding prefixes, raw strings), numbers (hex,
// binary, floats, suffixes, digit separators), line and block comments and preprocessor lines.
// Block comments and raw strings carry over to following lines through the block state. Colours
// come from the palette given, so light and dark themes both stay readable; call set_palette()
// when the palette changes.

#include <QPalette>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace arcwise::ui {

class CppHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    // What a piece of text is; each kind has one format.
    enum class Kind { Keyword, Type, String, Escape, Number, Comment, Preprocessor };
    // Block states at the end of a line (QTextBlock::userState()).
    enum State { Normal = 0, InBlockComment = 1, InRawString = 2, InPreprocessor = 3 };

    explicit CppHighlighter(QTextDocument* document, const QPalette& palette = QPalette());

    // Recomputes the colours for a new palette and highlights the document again.
    void set_palette(const QPalette& palette);
    QTextCharFormat format_of(Kind kind) const;

    // True for the file names this highlighter is meant for (.c .cc .cpp .cxx .h .hh .hpp .hxx
    // .inl, case-insensitive).
    static bool handles_file(const QString& file_name);

protected:
    void highlightBlock(const QString& text) override;

private:
    // Each returns the index just past what it consumed.
    qsizetype block_comment(const QString& text, qsizetype from, qsizetype search_from);
    qsizetype raw_string(const QString& text, qsizetype from, const QString& delimiter,
                         qsizetype start);
    qsizetype quoted(const QString& text, qsizetype start, qsizetype quote);
    qsizetype number(const QString& text, qsizetype from);
    void set(qsizetype from, qsizetype to, Kind kind);

    QTextCharFormat formats_[7];
};

} // namespace arcwise::ui
