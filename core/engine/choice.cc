#include "choice.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace arcwise::engine {

const char* kind_name(ChoiceKind kind) {
    switch (kind) {
    case ChoiceKind::Integer:
        return "integer";
    case ChoiceKind::Float:
        return "float";
    case ChoiceKind::Boolean:
        return "boolean";
    case ChoiceKind::Bytes:
        return "bytes";
    case ChoiceKind::String:
        return "string";
    }
    return "unknown";
}

Choice Choice::integer(int64_t value, int64_t min, int64_t max) {
    Choice c;
    c.kind = ChoiceKind::Integer;
    c.is_signed = true;
    c.value = static_cast<uint64_t>(value);
    c.min = static_cast<uint64_t>(min);
    c.max = static_cast<uint64_t>(max);
    return c;
}

Choice Choice::unsigned_integer(uint64_t value, uint64_t min, uint64_t max) {
    Choice c;
    c.kind = ChoiceKind::Integer;
    c.value = value;
    c.min = min;
    c.max = max;
    return c;
}

Choice Choice::boolean(bool value) {
    Choice c;
    c.kind = ChoiceKind::Boolean;
    c.value = value ? 1 : 0;
    c.max = 1;
    return c;
}

Choice Choice::floating(double value, double min, double max, bool allow_nan, bool allow_infinity) {
    Choice c;
    c.kind = ChoiceKind::Float;
    c.real = value;
    c.real_min = min;
    c.real_max = max;
    c.allow_nan = allow_nan;
    c.allow_infinity = allow_infinity;
    return c;
}

Choice Choice::bytes(std::string data, uint64_t min_size, uint64_t max_size) {
    Choice c;
    c.kind = ChoiceKind::Bytes;
    c.data = std::move(data);
    c.min = min_size;
    c.max = max_size;
    return c;
}

Choice Choice::string(std::string utf8, uint64_t min_chars, uint64_t max_chars) {
    Choice c;
    c.kind = ChoiceKind::String;
    c.data = std::move(utf8);
    c.min = min_chars;
    c.max = max_chars;
    return c;
}

namespace {

size_t code_points(const std::string& s) {
    return static_cast<size_t>(
        std::count_if(s.begin(), s.end(), [](char ch) { return (ch & 0xC0) != 0x80; }));
}

} // namespace

bool Choice::in_bounds() const {
    switch (kind) {
    case ChoiceKind::Integer:
        if (is_signed)
            return as_signed() >= static_cast<int64_t>(min) &&
                   as_signed() <= static_cast<int64_t>(max);
        return value >= min && value <= max;
    case ChoiceKind::Boolean:
        return value <= 1;
    case ChoiceKind::Float:
        if (std::isnan(real))
            return allow_nan;
        if (std::isinf(real))
            return allow_infinity;
        return real >= real_min && real <= real_max;
    case ChoiceKind::Bytes:
        return data.size() >= min && data.size() <= max;
    case ChoiceKind::String: {
        const size_t n = code_points(data);
        return n >= min && n <= max;
    }
    }
    return false;
}

void Choice::clamp() {
    switch (kind) {
    case ChoiceKind::Integer:
        if (is_signed)
            value = static_cast<uint64_t>(
                std::clamp(as_signed(), static_cast<int64_t>(min), static_cast<int64_t>(max)));
        else
            value = std::clamp(value, min, max);
        break;
    case ChoiceKind::Boolean:
        value = value & 1;
        break;
    case ChoiceKind::Float: {
        // An infinite bound without infinities allowed stands for the largest finite value.
        const auto finite = [this](double bound) {
            return std::isinf(bound) && !allow_infinity
                       ? std::copysign(std::numeric_limits<double>::max(), bound)
                       : bound;
        };
        const double lo = finite(real_min);
        const double hi = finite(real_max);
        if (std::isnan(real) && !allow_nan)
            real = lo;
        else if (std::isinf(real) && !allow_infinity)
            real = real > 0 ? hi : lo;
        else if (std::isfinite(real))
            real = std::clamp(real, real_min, real_max);
        break;
    }
    case ChoiceKind::Bytes:
        if (data.size() > max)
            data.resize(max);
        if (data.size() < min)
            data.resize(min, '\0');
        break;
    case ChoiceKind::String: {
        repair_utf8(data);
        size_t n = code_points(data);
        while (n > max && !data.empty()) {
            size_t cut = data.size() - 1;
            while (cut > 0 && (data[cut] & 0xC0) == 0x80)
                --cut;
            data.resize(cut);
            --n;
        }
        for (; n < min; ++n)
            data.push_back('0');
        break;
    }
    }
}

void repair_utf8(std::string& s) {
    // Byte mutations break UTF-8; a String choice must stay text. Each byte that does not start a
    // well-formed sequence (no overlongs, no surrogates, nothing above U+10FFFF) becomes '?'.
    size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        size_t len = 0;
        uint32_t cp = 0;
        if (b < 0x80) {
            ++i;
            continue;
        }
        if ((b & 0xE0) == 0xC0) {
            len = 2;
            cp = b & 0x1F;
        } else if ((b & 0xF0) == 0xE0) {
            len = 3;
            cp = b & 0x0F;
        } else if ((b & 0xF8) == 0xF0) {
            len = 4;
            cp = b & 0x07;
        }
        bool ok = len != 0 && i + len <= s.size();
        for (size_t k = 1; ok && k < len; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            ok = (c & 0xC0) == 0x80;
            cp = (cp << 6) | (c & 0x3F);
        }
        static constexpr uint32_t kMinForLength[] = {0, 0, 0x80, 0x800, 0x10000};
        ok = ok && cp >= kMinForLength[len] && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
        if (ok) {
            i += len;
        } else {
            s[i] = '?';
            ++i;
        }
    }
}

std::vector<uint32_t> utf8_code_points(const std::string& s) {
    std::vector<uint32_t> out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const size_t len = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : 4;
        uint32_t cp = len == 1 ? b : len == 2 ? b & 0x1F : len == 3 ? b & 0x0F : b & 0x07;
        for (size_t k = 1; k < len && i + k < s.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += len;
    }
    return out;
}

void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

ChoiceSequence ChoiceSequence::from_bytes(std::string data) {
    ChoiceSequence seq;
    seq.choices.push_back(Choice::bytes(std::move(data)));
    return seq;
}

size_t ChoiceSequence::payload_size() const {
    size_t total = 0;
    for (const auto& c : choices) {
        switch (c.kind) {
        case ChoiceKind::Bytes:
        case ChoiceKind::String:
            total += c.data.size();
            break;
        case ChoiceKind::Boolean:
            total += 1;
            break;
        default:
            total += 8;
        }
    }
    return total;
}

} // namespace arcwise::engine
