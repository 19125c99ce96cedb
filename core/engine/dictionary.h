#pragma once
// Dictionaries of byte strings to insert: a user's dictionary file (libFuzzer / AFL format) and
// words learned during the run (comparison operands that led to new coverage).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace arcwise::engine {

class Dictionary {
public:
    static constexpr size_t kMaxWordSize = 64;

    // Parses the libFuzzer/AFL dictionary format: one entry per line, `name="value"` or
    // `"value"`, `#` comments, escapes \\ \" and \xNN. On a malformed line returns nullopt and sets
    // *error to "<origin>:<line>: <what is wrong>".
    static std::optional<Dictionary> parse(std::string_view text, std::string_view origin,
                                           std::string* error);

    // Adds a word unless it is empty, too long or already present. Returns whether it was added.
    bool add(std::string_view word);
    const std::vector<std::string>& words() const { return words_; }
    bool empty() const { return words_.empty(); }
    size_t size() const { return words_.size(); }

private:
    std::vector<std::string> words_;
};

} // namespace arcwise::engine
