#include "data_source.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>

namespace arcwise::engine {

namespace {

int64_t signed_target(int64_t min, int64_t max) {
    return min > 0 ? min : (max < 0 ? max : 0);
}

double float_target(double min, double max) {
    if (min > 0)
        return min;
    if (max < 0)
        return max;
    return 0.0;
}

} // namespace

uint32_t label_hash(const char* text) {
    uint32_t h = 2166136261u;
    for (const char* p = text; p && *p; ++p) {
        h ^= static_cast<unsigned char>(*p);
        h *= 16777619u;
    }
    return h;
}

Choice simplest(const Choice& shape) {
    Choice c = shape;
    switch (shape.kind) {
    case ChoiceKind::Integer:
        if (shape.is_signed)
            c.value = static_cast<uint64_t>(signed_target(int64_t(shape.min), int64_t(shape.max)));
        else
            c.value = shape.min;
        break;
    case ChoiceKind::Boolean:
        c.value = 0;
        break;
    case ChoiceKind::Float:
        c.real = float_target(shape.real_min, shape.real_max);
        c.clamp();
        break;
    case ChoiceKind::Bytes:
        c.data.assign(shape.min, '\0');
        break;
    case ChoiceKind::String:
        c.data.assign(shape.min, '0');
        break;
    }
    return c;
}

DataSource::DataSource(const ChoiceSequence* prefix, Extend extend, uint64_t seed, Limits limits)
    : prefix_(prefix), extend_(extend), rng_(seed), limits_(limits) {
    realised_.choices.reserve(prefix ? prefix->choices.size() + 8 : 16);
}

ChoiceSequence DataSource::take_realised() {
    for (uint32_t open : open_spans_)
        realised_.spans[open].end = uint32_t(realised_.choices.size());
    open_spans_.clear();
    return std::move(realised_);
}

const Choice* DataSource::next_prefix(ChoiceKind kind) {
    if (realised_.choices.size() >= limits_.max_choices || payload_ > limits_.max_payload)
        throw Overrun{};
    const size_t i = realised_.choices.size();
    if (!prefix_ || i >= prefix_->choices.size())
        return nullptr;
    const Choice& c = prefix_->choices[i];
    if (c.kind == kind)
        return &c;
    misaligned_ = true;
    return nullptr;
}

void DataSource::record(Choice c) {
    payload_ += c.kind == ChoiceKind::Bytes || c.kind == ChoiceKind::String ? c.data.size() : 1;
    realised_.choices.push_back(std::move(c));
}

bool DataSource::near_earlier_integer(Choice& c) {
    // An earlier integer of this test case, or one off it: equal and adjacent values are where
    // properties break (x == y, y == x + 1), and independent draws rarely meet.
    size_t count = 0;
    for (const auto& earlier : realised_.choices)
        count += earlier.kind == ChoiceKind::Integer;
    if (count == 0)
        return false;
    size_t pick = size_t(rng_.below(count));
    for (const auto& earlier : realised_.choices)
        if (earlier.kind == ChoiceKind::Integer && pick-- == 0) {
            c.value = earlier.value + uint64_t(int64_t(rng_.below(3)) - 1);
            c.clamp();
            return true;
        }
    return false;
}

uint64_t DataSource::random_magnitude(uint64_t range) {
    // Small values far more often than large ones: a bit width, then a value of that width.
    const unsigned bits =
        rng_.coin() ? unsigned(rng_.between(1, 8)) : unsigned(rng_.between(1, 64));
    uint64_t v = bits == 64 ? rng_.next() : rng_.next() & ((uint64_t(1) << bits) - 1);
    if (range != UINT64_MAX && v > range)
        v %= range + 1;
    return v;
}

int64_t DataSource::draw_signed(int64_t min, int64_t max) {
    if (min > max)
        std::swap(min, max);
    Choice c = Choice::integer(0, min, max);
    if (const Choice* p = next_prefix(ChoiceKind::Integer)) {
        c.value = p->value;
        if (!p->is_signed && int64_t(p->value) < 0)
            c.value = uint64_t(max);
        c.clamp();
    } else if (!generating()) {
        c = simplest(c);
    } else {
        const int64_t t = signed_target(min, max);
        const uint64_t range = uint64_t(max) - uint64_t(min);
        switch (rng_.below(18)) {
        case 16:
        case 17:
            if (!near_earlier_integer(c))
                c.value = uint64_t(t);
            break;
        case 0:
            c.value = uint64_t(min);
            break;
        case 1:
            c.value = uint64_t(max);
            break;
        case 2:
            c.value = uint64_t(t);
            break;
        case 3:
        case 4:
        case 5:
            c.value = uint64_t(min) + rng_.between(0, range);
            break;
        default: {
            // Near the shrink target, on either side that exists.
            const uint64_t up = uint64_t(max) - uint64_t(t), down = uint64_t(t) - uint64_t(min);
            const bool go_down = down > 0 && (up == 0 || rng_.coin());
            const uint64_t m = random_magnitude(go_down ? down : up);
            c.value = go_down ? uint64_t(t) - m : uint64_t(t) + m;
        }
        }
    }
    const int64_t v = c.as_signed();
    record(std::move(c));
    return v;
}

uint64_t DataSource::draw_unsigned(uint64_t min, uint64_t max) {
    if (min > max)
        std::swap(min, max);
    Choice c = Choice::unsigned_integer(min, min, max);
    if (const Choice* p = next_prefix(ChoiceKind::Integer)) {
        c.value = p->is_signed && int64_t(p->value) < 0 ? min : p->value;
        c.clamp();
    } else if (generating()) {
        const uint64_t range = max - min;
        switch (rng_.below(18)) {
        case 16:
        case 17:
            if (!near_earlier_integer(c))
                c.value = min;
            break;
        case 0:
            c.value = min;
            break;
        case 1:
            c.value = max;
            break;
        case 2:
        case 3:
        case 4:
            c.value = min + rng_.between(0, range);
            break;
        default:
            c.value = min + random_magnitude(range);
        }
    }
    const uint64_t v = c.value;
    record(std::move(c));
    return v;
}

double DataSource::draw_float(double min, double max, bool allow_nan, bool allow_infinity) {
    if (std::isnan(min))
        min = -std::numeric_limits<double>::infinity();
    if (std::isnan(max))
        max = std::numeric_limits<double>::infinity();
    if (min > max)
        std::swap(min, max);
    Choice c = Choice::floating(0, min, max, allow_nan, allow_infinity);
    if (const Choice* p = next_prefix(ChoiceKind::Float)) {
        c.real = p->real;
        c.clamp();
    } else if (!generating()) {
        c = simplest(c);
    } else {
        constexpr double kMax = std::numeric_limits<double>::max();
        const bool bounded = std::isfinite(min) && std::isfinite(max);
        const unsigned r = unsigned(rng_.below(8));
        if (bounded && r >= 2) {
            const double u = rng_.unit();
            c.real = r == 2 ? min : r == 3 ? max : min * (1 - u) + max * u;
        } else if (r < 2) {
            static constexpr double kSpecials[] = {
                0.0,
                -0.0,
                1.0,
                -1.0,
                0.5,
                -2.0,
                kMax,
                -kMax,
                std::numeric_limits<double>::min(),
                std::numeric_limits<double>::denorm_min(),
                -std::numeric_limits<double>::denorm_min(),
                std::numeric_limits<double>::epsilon(),
                std::numeric_limits<double>::infinity(),
                -std::numeric_limits<double>::infinity(),
                std::numeric_limits<double>::quiet_NaN(),
                1e300,
            };
            c.real = kSpecials[rng_.below(std::size(kSpecials))];
        } else if (r < 4) {
            c.real = double(int64_t(rng_.between(0, 2000)) - 1000);
        } else if (r < 6) {
            c.real = double(int64_t(rng_.between(0, 2000)) - 1000) / double(1 << rng_.below(8));
        } else {
            const uint64_t bits = rng_.next();
            std::memcpy(&c.real, &bits, sizeof bits);
        }
        c.clamp();
    }
    const double v = c.real;
    record(std::move(c));
    return v;
}

bool DataSource::draw_boolean(double p_true) {
    Choice c = Choice::boolean(false);
    if (const Choice* p = next_prefix(ChoiceKind::Boolean))
        c.value = p->value & 1;
    else if (generating())
        c.value = p_true >= 1 || (p_true > 0 && rng_.unit() < p_true);
    const bool v = c.value != 0;
    record(std::move(c));
    return v;
}

namespace {

size_t random_length(Rng& rng, size_t min, size_t max) {
    if (max <= min)
        return min;
    const size_t room = max - min;
    size_t extra = 0;
    switch (rng.below(8)) {
    case 0:
        break;
    case 1:
        extra = size_t(rng.below(std::min<uint64_t>(room, 256) + 1));
        break;
    default:
        while (extra < room && rng.below(6) != 0)
            ++extra;
    }
    return min + std::min(extra, room);
}

} // namespace

std::string DataSource::draw_bytes(size_t min_size, size_t max_size) {
    if (min_size > max_size)
        std::swap(min_size, max_size);
    Choice c = Choice::bytes({}, min_size, max_size);
    if (const Choice* p = next_prefix(ChoiceKind::Bytes)) {
        c.data = p->data;
        c.clamp();
    } else if (!generating()) {
        c = simplest(c);
    } else {
        c.data.resize(random_length(rng_, min_size, max_size));
        const bool small_alphabet = rng_.one_in(4);
        for (auto& b : c.data)
            b = char(small_alphabet ? "\x00\x01\xff\x7f"[rng_.below(4)] : rng_.below(256));
    }
    std::string v = c.data;
    record(std::move(c));
    return v;
}

std::string DataSource::draw_string(size_t min_chars, size_t max_chars, uint32_t max_codepoint) {
    if (min_chars > max_chars)
        std::swap(min_chars, max_chars);
    max_codepoint = std::clamp<uint32_t>(max_codepoint, 0x7F, 0x10FFFF);
    Choice c = Choice::string({}, min_chars, max_chars);
    if (const Choice* p = next_prefix(ChoiceKind::String)) {
        c.data = p->data;
        repair_utf8(c.data);
        if (max_codepoint < 0x10FFFF) {
            std::string fitted;
            for (uint32_t cp : utf8_code_points(c.data))
                append_utf8(fitted, cp <= max_codepoint ? cp : uint32_t('?'));
            c.data = std::move(fitted);
        }
        c.clamp();
    } else if (!generating()) {
        c = simplest(c);
    } else {
        const size_t n = random_length(rng_, min_chars, max_chars);
        for (size_t i = 0; i < n; ++i) {
            uint32_t cp;
            const unsigned r = unsigned(rng_.below(20));
            if (r < 13 || max_codepoint < 0x80)
                cp = r < 16 ? uint32_t(rng_.between(0x20, 0x7E)) : uint32_t(rng_.below(0x80));
            else if (r < 16)
                cp = uint32_t(rng_.below(0x80));
            else if (r < 18)
                cp = uint32_t(rng_.between(0x80, std::min<uint32_t>(max_codepoint, 0x7FF)));
            else
                cp = uint32_t(rng_.between(0x80, max_codepoint));
            if (cp >= 0xD800 && cp <= 0xDFFF)
                cp = 0xFFFD;
            append_utf8(c.data, std::min(cp, max_codepoint));
        }
    }
    std::string v = c.data;
    record(std::move(c));
    return v;
}

void DataSource::start_span(uint32_t label) {
    Span s;
    s.begin = uint32_t(realised_.choices.size());
    s.end = s.begin;
    s.label = label;
    s.depth = uint32_t(open_spans_.size());
    open_spans_.push_back(uint32_t(realised_.spans.size()));
    realised_.spans.push_back(s);
}

void DataSource::stop_span() {
    if (open_spans_.empty())
        return;
    const uint32_t i = open_spans_.back();
    open_spans_.pop_back();
    realised_.spans[i].end = uint32_t(realised_.choices.size());
    // Empty spans say nothing to the mutator or the shrinker.
    if (realised_.spans[i].end == realised_.spans[i].begin && i + 1 == realised_.spans.size())
        realised_.spans.pop_back();
}

} // namespace arcwise::engine
