// confparse: a parser for a git-config-like configuration format.
//
//   # comment            ; comment
//   [section]            [section "subsection"]   (a subsection needs its section declared first)
//   key = value
//       continued value  (a line starting with a space or tab continues the previous value)
//
// Keys are stored as "section.key" or "section.subsection.key".
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>

namespace confparse {

enum class Status {
    Ok,
    BadSection,
    BadKey,
    MissingEquals,
    OrphanContinuation,
    EntryOutsideSection
};

struct Result {
    Status status = Status::Ok;
    size_t line = 0; // 1-based line of the error
};

class Config {
public:
    Result parse(std::string_view text);

    const std::map<std::string, std::string>& values() const { return values_; }
    const std::string* get(const std::string& key) const;

private:
    enum class State { Start, SectionStart, InEntry };

    bool parse_section_header(std::string_view line);
    bool parse_subsection_header(std::string_view name, std::string_view rest);

    State state_ = State::Start;
    std::string section_;
    std::set<std::string> sections_;    // declared sections
    std::string* last_value_ = nullptr; // value that a continuation line appends to
    std::map<std::string, std::string> values_;
};

const char* status_name(Status status);

} // namespace confparse
