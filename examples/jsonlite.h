// jsonlite: a small recursive-descent JSON parser that builds a DOM and, for error messages,
// tracks the JSON Pointer (RFC 6901) of the value being parsed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace jsonlite {

struct Value {
    enum class Kind { Null, Bool, Number, String, Array, Object };
    Kind kind = Kind::Null;
    bool boolean = false;
    double number = 0;
    std::string string;
    std::vector<Value> array;
    std::map<std::string, Value> object;
};

struct ParseResult {
    bool ok = false;
    Value value;
    std::string error; // "<message> at <JSON pointer>"
};

ParseResult parse(std::string_view text);

// Number of values in the tree (for tests and statistics).
size_t count_values(const Value& value);

} // namespace jsonlite
