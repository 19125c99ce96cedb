#include "confparse.h"

#include <cctype>

// Building with -DARCWISE_EXAMPLE_FIXED=1 fixes the planted bug (see README.md).
#ifndef ARCWISE_EXAMPLE_FIXED
#define ARCWISE_EXAMPLE_FIXED 0
#endif

namespace confparse {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

bool is_name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
}

bool is_name(std::string_view s) {
    if (s.empty()) {
        return false;
    }
    for (char c : s) {
        if (!is_name_char(c)) {
            return false;
        }
    }
    return true;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        c = char(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

} // namespace

const std::string* Config::get(const std::string& key) const {
    auto it = values_.find(key);
    return it == values_.end() ? nullptr : &it->second;
}

// `line` is the whole header line, starting with '['.
bool Config::parse_section_header(std::string_view line) {
    const size_t close = line.rfind(']');
    if (close == std::string_view::npos || !trim(line.substr(close + 1)).empty()) {
        return false;
    }
    std::string_view inner = line.substr(1, close - 1);
    const size_t space = inner.find_first_of(" \t");
    if (space != std::string_view::npos) {
        return parse_subsection_header(inner.substr(0, space), trim(inner.substr(space)));
    }
    if (!is_name(inner)) {
        return false;
    }
    section_ = lower(inner);
    sections_.insert(section_);
    state_ = State::SectionStart;
    last_value_ = nullptr;
    return true;
}

// [name "subsection"]: the subsection is quoted and may contain \" and \\ escapes.
bool Config::parse_subsection_header(std::string_view name, std::string_view rest) {
    if (!is_name(name) || rest.size() < 2 || rest.front() != '"' || rest.back() != '"') {
        return false;
    }
    if (sections_.count(lower(name)) == 0) {
        return false; // the parent section must be declared first
    }
    std::string sub;
    for (size_t i = 1; i + 1 < rest.size(); ++i) {
        char c = rest[i];
        if (c == '\\') {
            if (i + 2 >= rest.size()) {
                return false;
            }
            c = rest[++i];
        } else if (c == '"') {
            return false;
        }
        sub.push_back(c);
    }
    section_ = lower(name) + "." + sub;
    // Planted bug: copied from the entry code path, this should be State::SectionStart. A
    // continuation line right after a subsection header then appends to a null value.
    state_ = ARCWISE_EXAMPLE_FIXED ? State::SectionStart : State::InEntry;
    last_value_ = nullptr;
    return true;
}

Result Config::parse(std::string_view text) {
    size_t line_no = 0;
    while (!text.empty()) {
        ++line_no;
        const size_t eol = text.find('\n');
        std::string_view raw = text.substr(0, eol);
        text.remove_prefix(eol == std::string_view::npos ? text.size() : eol + 1);

        const bool indented = !raw.empty() && (raw.front() == ' ' || raw.front() == '\t');
        const std::string_view line = trim(raw);
        if (line.empty() || line.front() == '#' || line.front() == ';') {
            continue;
        }
        if (indented && line.front() != '[') {
            // Continuation of the previous value.
            if (state_ != State::InEntry) {
                return {Status::OrphanContinuation, line_no};
            }
            last_value_->push_back(' ');
            last_value_->append(line);
            continue;
        }
        if (line.front() == '[') {
            if (!parse_section_header(line)) {
                return {Status::BadSection, line_no};
            }
            continue;
        }
        if (state_ == State::Start) {
            return {Status::EntryOutsideSection, line_no};
        }
        const size_t eq = line.find('=');
        if (eq == std::string_view::npos) {
            return {Status::MissingEquals, line_no};
        }
        const std::string_view key = trim(line.substr(0, eq));
        if (!is_name(key)) {
            return {Status::BadKey, line_no};
        }
        std::string& value = values_[section_ + "." + lower(key)];
        value = std::string(trim(line.substr(eq + 1)));
        last_value_ = &value;
        state_ = State::InEntry;
    }
    return {Status::Ok, 0};
}

const char* status_name(Status status) {
    switch (status) {
    case Status::Ok:
        return "ok";
    case Status::BadSection:
        return "bad section header";
    case Status::BadKey:
        return "bad key";
    case Status::MissingEquals:
        return "missing '='";
    case Status::OrphanContinuation:
        return "continuation line without a value";
    case Status::EntryOutsideSection:
        return "entry outside of a section";
    }
    return "unknown";
}

} // namespace confparse
