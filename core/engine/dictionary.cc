// Dictionary files in the libFuzzer / AFL format:
//
//   # a comment
//   "GET"
//   kw_header="\x89PNG"
//   kw_level@2 = "quoted \"inner\" text\\"     # a trailing comment
//
// A value is enclosed in double quotes and may use the escapes \\, \" and \xNN (two hex digits);
// any other byte stands for itself. An optional name (letters, digits, '_', '.', '-', with an
// optional AFL-style "@level") followed by '=' may precede it. Blank lines and lines starting
// with '#' are skipped; a '#' comment may also follow the closing quote. Duplicate words are
// kept once.

#include "dictionary.h"

#include <algorithm>

namespace arcwise::engine {
namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == '-';
}

int hex_value(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && is_space(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && is_space(s.back()))
        s.remove_suffix(1);
    return s;
}

// A byte as it would be written in a dictionary file, for error messages.
std::string shown(char c) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte < 0x7f)
        return std::string(1, c);
    static constexpr char kHex[] = "0123456789abcdef";
    return std::string{'\\', 'x', kHex[byte >> 4], kHex[byte & 15]};
}

constexpr char kExpected[] = "expected \"value\" or name=\"value\"";

// Parses one line. Returns false with *what set on a malformed line; otherwise *word holds the
// value, or is empty for a blank or comment line.
bool parse_line(std::string_view line, std::string* word, std::string* what) {
    word->clear();
    line = trim(line);
    if (line.empty() || line.front() == '#')
        return true;

    size_t i = 0;
    if (line[0] != '"') {
        while (i < line.size() && is_name_char(line[i]))
            ++i;
        if (i == 0) {
            *what = "missing quotes: ";
            *what += kExpected;
            return false;
        }
        if (i < line.size() && line[i] == '@') {
            const size_t level = ++i;
            while (i < line.size() && line[i] >= '0' && line[i] <= '9')
                ++i;
            if (i == level) {
                *what = "expected a number after '@'";
                return false;
            }
        }
        while (i < line.size() && is_space(line[i]))
            ++i;
        if (i == line.size() || line[i] != '=') {
            if (i < line.size() && line[i] == '"')
                *what = "missing '=' between the name and the value";
            else {
                *what = "missing quotes: ";
                *what += kExpected;
            }
            return false;
        }
        ++i;
        while (i < line.size() && is_space(line[i]))
            ++i;
        if (i == line.size() || line[i] != '"') {
            *what = "missing quotes: the value after '=' must be in double quotes";
            return false;
        }
    }

    ++i; // the opening quote
    bool closed = false;
    while (i < line.size()) {
        const char c = line[i++];
        if (c == '"') {
            closed = true;
            break;
        }
        if (c != '\\') {
            *word += c;
            continue;
        }
        if (i == line.size())
            break; // a backslash at the end of the line: unterminated
        const char escape = line[i++];
        if (escape == '\\' || escape == '"') {
            *word += escape;
        } else if (escape == 'x') {
            const int high = i < line.size() ? hex_value(line[i]) : -1;
            const int low = i + 1 < line.size() ? hex_value(line[i + 1]) : -1;
            if (high < 0 || low < 0) {
                *what = "bad \\x escape: expected two hex digits after \\x";
                return false;
            }
            *word += static_cast<char>(high * 16 + low);
            i += 2;
        } else {
            *what = "unknown escape \\" + shown(escape) + " (use \\\\, \\\" or \\xNN)";
            return false;
        }
    }
    if (!closed) {
        *what = "unterminated string: missing closing '\"'";
        return false;
    }

    const std::string_view rest = trim(line.substr(i));
    if (!rest.empty() && rest.front() != '#') {
        *what = "unexpected text after the closing quote: '" + std::string(rest) + "'";
        return false;
    }
    if (word->empty()) {
        *what = "empty word";
        return false;
    }
    if (word->size() > Dictionary::kMaxWordSize) {
        *what = "word is " + std::to_string(word->size()) + " bytes long; the maximum is " +
                std::to_string(Dictionary::kMaxWordSize);
        return false;
    }
    return true;
}

} // namespace

std::optional<Dictionary> Dictionary::parse(std::string_view text, std::string_view origin,
                                            std::string* error) {
    // A UTF-8 byte order mark, as some editors write, is not part of the first line.
    if (text.substr(0, 3) == "\xef\xbb\xbf")
        text.remove_prefix(3);

    Dictionary dictionary;
    std::string word;
    std::string what;
    size_t line_number = 0;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++line_number;
        if (!parse_line(line, &word, &what)) {
            if (error) {
                *error = std::string(origin);
                *error += ':';
                *error += std::to_string(line_number);
                *error += ": ";
                *error += what;
            }
            return std::nullopt;
        }
        if (!word.empty())
            dictionary.add(word);
    }
    return dictionary;
}

bool Dictionary::add(std::string_view word) {
    if (word.empty() || word.size() > kMaxWordSize)
        return false;
    if (std::find(words_.begin(), words_.end(), word) != words_.end())
        return false;
    words_.emplace_back(word);
    return true;
}

} // namespace arcwise::engine
