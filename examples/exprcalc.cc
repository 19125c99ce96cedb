#include "exprcalc.h"

#include <cctype>

// Building with -DARCWISE_EXAMPLE_FIXED=1 fixes the planted bug (see README.md).
#ifndef ARCWISE_EXAMPLE_FIXED
#define ARCWISE_EXAMPLE_FIXED 0
#endif

namespace exprcalc {
namespace {

// Recursive descent over the text; the first error stops the evaluation.
class Parser {
public:
    explicit Parser(std::string_view text) : text_(text) {}

    Result run() {
        const int64_t value = sum();
        skip_spaces();
        if (error_ == Error::None && pos_ != text_.size())
            fail(Error::Syntax);
        Result r;
        r.error = error_;
        r.value = error_ == Error::None ? value : 0;
        r.position = error_ == Error::Syntax ? error_pos_ : 0;
        return r;
    }

private:
    void fail(Error e) {
        if (error_ == Error::None) {
            error_ = e;
            error_pos_ = pos_;
        }
    }
    void skip_spaces() {
        while (pos_ < text_.size() && text_[pos_] == ' ')
            ++pos_;
    }
    bool accept(char c) {
        skip_spaces();
        if (pos_ < text_.size() && text_[pos_] == c) {
            ++pos_;
            return true;
        }
        return false;
    }

    int64_t add(int64_t a, int64_t b) {
        int64_t r = 0;
        if (__builtin_add_overflow(a, b, &r))
            fail(Error::Overflow);
        return r;
    }
    int64_t subtract(int64_t a, int64_t b) {
        int64_t r = 0;
        if (__builtin_sub_overflow(a, b, &r))
            fail(Error::Overflow);
        return r;
    }
    int64_t multiply(int64_t a, int64_t b) {
        int64_t r = 0;
        if (__builtin_mul_overflow(a, b, &r))
            fail(Error::Overflow);
        return r;
    }
    int64_t divide(int64_t a, int64_t b, bool remainder) {
        if (b == 0) {
            fail(Error::DivisionByZero);
            return 0;
        }
        if (b == -1 && a == INT64_MIN) {
            if (!remainder)
                fail(Error::Overflow);
            return 0;
        }
        return remainder ? a % b : a / b;
    }

    int64_t sum() {
        int64_t value = product();
#if ARCWISE_EXAMPLE_FIXED
        for (;;) {
            if (accept('+'))
                value = add(value, product());
            else if (accept('-'))
                value = subtract(value, product());
            else
                return value;
        }
#else
        // Planted bug: the rest of the sum is evaluated first, so "a - b + c" is a - (b + c).
        if (accept('+'))
            return add(value, sum());
        if (accept('-'))
            return subtract(value, sum());
        return value;
#endif
    }

    int64_t product() {
        int64_t value = unary();
        for (;;) {
            if (accept('*'))
                value = multiply(value, unary());
            else if (accept('/'))
                value = divide(value, unary(), false);
            else if (accept('%'))
                value = divide(value, unary(), true);
            else
                return value;
        }
    }

    int64_t unary() {
        if (accept('-'))
            return subtract(0, unary());
        return primary();
    }

    int64_t primary() {
        if (error_ != Error::None)
            return 0;
        if (accept('(')) {
            const int64_t value = sum();
            if (!accept(')'))
                fail(Error::Syntax);
            return value;
        }
        skip_spaces();
        if (pos_ == text_.size() || !std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
            fail(Error::Syntax);
            return 0;
        }
        int64_t value = 0;
        while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
            value = add(multiply(value, 10), text_[pos_] - '0');
            ++pos_;
        }
        return value;
    }

    std::string_view text_;
    size_t pos_ = 0;
    Error error_ = Error::None;
    size_t error_pos_ = 0;
};

} // namespace

Result evaluate(std::string_view text) {
    return Parser(text).run();
}

const char* error_name(Error error) {
    switch (error) {
    case Error::None:
        return "none";
    case Error::Syntax:
        return "syntax error";
    case Error::DivisionByZero:
        return "division by zero";
    case Error::Overflow:
        return "overflow";
    }
    return "?";
}

} // namespace exprcalc
