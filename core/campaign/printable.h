#pragma once
// Text that came from a target (its names, messages, stack frames, output lines) made safe to
// print on a terminal or show in a view: a target controls those bytes, and an escape sequence
// in them would otherwise move the cursor, rewrite earlier lines or retitle the terminal, and a
// bidirectional override would make a name read as another.

#include <QString>

namespace arcwise::campaign {

// `text` with control characters written as escapes: "\n", "\t", "\r", "\e" and "\xHH" for the
// other C0 controls and DEL, "\u{HHHH}" for C1 controls, lone surrogates, bidirectional
// controls and line or paragraph separators. With keep_newlines, '\n' and '\t' stay as they are
// (a multi-line example or message). Backslashes are kept as they are: the result is for
// reading, not for parsing back. Everything else, including all printable Unicode, is unchanged.
QString printable(const QString& text, bool keep_newlines = false);

} // namespace arcwise::campaign
