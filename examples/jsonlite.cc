#include "jsonlite.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

// Building with -DARCWISE_EXAMPLE_FIXED=1 fixes the planted bug (see README.md).
#ifndef ARCWISE_EXAMPLE_FIXED
#define ARCWISE_EXAMPLE_FIXED 0
#endif

namespace jsonlite {
namespace {

// Size of the per-level buffers: the JSON Pointer of the current value and the text of the
// current token.
constexpr size_t kPointerSize = 4096;
constexpr size_t kTokenSize = 4096;
constexpr size_t kMaxDepth = 256; // only enforced with ARCWISE_EXAMPLE_FIXED

class Parser {
public:
    explicit Parser(std::string_view text) : text_(text) {}

    bool parse_document(Value& out) {
        char pointer[kPointerSize] = "";
        if (!parse_value(out, pointer)) {
            return false;
        }
        skip_ws();
        if (pos_ != text_.size()) {
            return fail("trailing characters", pointer);
        }
        return true;
    }

    const std::string& error() const { return error_; }

private:
    // Planted bug: the nesting depth is only limited with ARCWISE_EXAMPLE_FIXED. Every level
    // keeps its own pointer and token buffers on the stack (about 8 KiB), so about a thousand
    // nested arrays overflow an 8 MiB stack.
    bool parse_value(Value& out, const char* parent_pointer) {
        char pointer[kPointerSize];
        std::snprintf(pointer, sizeof pointer, "%s", parent_pointer);
        DepthGuard guard(depth_);
        if (ARCWISE_EXAMPLE_FIXED && depth_ > kMaxDepth) {
            return fail("nesting too deep", pointer);
        }
        skip_ws();
        if (pos_ >= text_.size()) {
            return fail("unexpected end of input", pointer);
        }
        const char c = text_[pos_];
        if (c == '[') {
            return parse_array(out, pointer);
        }
        if (c == '{') {
            return parse_object(out, pointer);
        }
        char token[kTokenSize];
        if (c == '"') {
            out.kind = Value::Kind::String;
            return parse_string(out.string, token, pointer);
        }
        size_t n = 0;
        while (pos_ < text_.size() && n + 1 < sizeof token &&
               std::strchr("+-.0123456789eEtruefalsn", text_[pos_]) != nullptr) {
            token[n++] = text_[pos_++];
        }
        token[n] = '\0';
        if (std::strcmp(token, "null") == 0) {
            out.kind = Value::Kind::Null;
        } else if (std::strcmp(token, "true") == 0 || std::strcmp(token, "false") == 0) {
            out.kind = Value::Kind::Bool;
            out.boolean = token[0] == 't';
        } else {
            char* end = nullptr;
            out.number = std::strtod(token, &end);
            if (n == 0 || end != token + n) {
                return fail("invalid literal", pointer);
            }
            out.kind = Value::Kind::Number;
        }
        return true;
    }

    bool parse_array(Value& out, char* pointer) {
        out.kind = Value::Kind::Array;
        ++pos_; // '['
        skip_ws();
        if (consume(']')) {
            return true;
        }
        const size_t base = std::strlen(pointer);
        for (size_t index = 0;; ++index) {
            std::snprintf(pointer + base, kPointerSize - base, "/%zu", index);
            out.array.emplace_back();
            if (!parse_value(out.array.back(), pointer)) {
                return false;
            }
            skip_ws();
            if (consume(']')) {
                return true;
            }
            if (!consume(',')) {
                return fail("expected ',' or ']'", pointer);
            }
        }
    }

    bool parse_object(Value& out, char* pointer) {
        out.kind = Value::Kind::Object;
        ++pos_; // '{'
        skip_ws();
        if (consume('}')) {
            return true;
        }
        const size_t base = std::strlen(pointer);
        char token[kTokenSize];
        for (;;) {
            skip_ws();
            std::string key;
            if (pos_ >= text_.size() || text_[pos_] != '"' || !parse_string(key, token, pointer)) {
                return fail("expected a string key", pointer);
            }
            std::snprintf(pointer + base, kPointerSize - base, "/%s", key.c_str());
            skip_ws();
            if (!consume(':')) {
                return fail("expected ':'", pointer);
            }
            if (!parse_value(out.object[key], pointer)) {
                return false;
            }
            skip_ws();
            if (consume('}')) {
                return true;
            }
            if (!consume(',')) {
                return fail("expected ',' or '}'", pointer);
            }
        }
    }

    // Parses a string token starting at the opening quote; `token` is scratch space for it.
    bool parse_string(std::string& out, char* token, const char* pointer) {
        ++pos_; // '"'
        size_t n = 0;
        out.clear();
        while (pos_ < text_.size()) {
            char c = text_[pos_++];
            if (c == '"') {
                out.append(token, n);
                return true;
            }
            if (c == '\\') {
                if (pos_ >= text_.size()) {
                    break;
                }
                const char e = text_[pos_++];
                switch (e) {
                case 'n':
                    c = '\n';
                    break;
                case 't':
                    c = '\t';
                    break;
                case 'r':
                    c = '\r';
                    break;
                case 'b':
                    c = '\b';
                    break;
                case 'f':
                    c = '\f';
                    break;
                case '"':
                case '\\':
                case '/':
                    c = e;
                    break;
                default:
                    return fail("invalid escape", pointer);
                }
            } else if (static_cast<unsigned char>(c) < 0x20) {
                return fail("control character in string", pointer);
            }
            if (n == kTokenSize) {
                out.append(token, n);
                n = 0;
            }
            token[n++] = c;
        }
        return fail("unterminated string", pointer);
    }

    void skip_ws() {
        while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' ||
                                       text_[pos_] == '\n' || text_[pos_] == '\r')) {
            ++pos_;
        }
    }

    bool consume(char c) {
        if (pos_ < text_.size() && text_[pos_] == c) {
            ++pos_;
            return true;
        }
        return false;
    }

    bool fail(const char* message, const char* pointer) {
        if (error_.empty()) {
            error_ = std::string(message) + " at '" + pointer + "'";
        }
        return false;
    }

    struct DepthGuard {
        explicit DepthGuard(size_t& counter) : depth(counter) { ++depth; }
        ~DepthGuard() { --depth; }
        DepthGuard(const DepthGuard&) = delete;
        DepthGuard& operator=(const DepthGuard&) = delete;
        size_t& depth;
    };

    std::string_view text_;
    size_t pos_ = 0;
    size_t depth_ = 0;
    std::string error_;
};

} // namespace

ParseResult parse(std::string_view text) {
    ParseResult result;
    Parser parser(text);
    result.ok = parser.parse_document(result.value);
    if (!result.ok) {
        result.error = parser.error();
        result.value = Value{};
    }
    return result;
}

size_t count_values(const Value& value) {
    size_t n = 1;
    for (const Value& v : value.array) {
        n += count_values(v);
    }
    for (const auto& [key, v] : value.object) {
        n += count_values(v);
    }
    return n;
}

} // namespace jsonlite
