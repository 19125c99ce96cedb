// exprcalc: evaluates arithmetic over 64-bit integers, as a calculator or a configuration file
// might:
//   expr    := sum
//   sum     := product (('+' | '-') product)*       left associative
//   product := unary (('*' | '/' | '%') unary)*     left associative, truncating division
//   unary   := '-' unary | primary
//   primary := number | '(' expr ')'
// Spaces are allowed between tokens. Division by zero and overflow are errors.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace exprcalc {

enum class Error { None, Syntax, DivisionByZero, Overflow };

struct Result {
    Error error = Error::None;
    int64_t value = 0;
    size_t position = 0; // where a syntax error was found

    bool ok() const { return error == Error::None; }
};

Result evaluate(std::string_view text);

const char* error_name(Error error);

} // namespace exprcalc
