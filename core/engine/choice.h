#pragma once
// Choice sequences: the typed record of every draw a test made. They are what the engine mutates,
// stores, replays and shrinks. A libFuzzer harness is one Bytes choice.

#include <cstdint>
#include <string>
#include <vector>

namespace arcwise::engine {

enum class ChoiceKind : uint8_t {
    Integer = 1, // value within [min, max]; two's complement when is_signed
    Float = 2,   // real within [real_min, real_max], NaN/infinities as allowed
    Boolean = 3, // value 0 or 1
    Bytes = 4,   // data, size within [min, max]
    String = 5,  // data as UTF-8, code-point count within [min, max]
};

const char* kind_name(ChoiceKind kind);

// Replaces every byte that does not begin a well-formed UTF-8 sequence with '?'.
void repair_utf8(std::string& s);
// Code points of well-formed UTF-8 (as repair_utf8 leaves it), and back.
std::vector<uint32_t> utf8_code_points(const std::string& s);
void append_utf8(std::string& out, uint32_t code_point);

struct Choice {
    ChoiceKind kind = ChoiceKind::Bytes;
    bool is_signed = false;
    bool allow_nan = false;
    bool allow_infinity = false;
    uint64_t value = 0;
    uint64_t min = 0;
    uint64_t max = 0;
    double real = 0;
    double real_min = 0;
    double real_max = 0;
    std::string data;

    static Choice integer(int64_t value, int64_t min, int64_t max);
    static Choice unsigned_integer(uint64_t value, uint64_t min, uint64_t max);
    static Choice boolean(bool value);
    static Choice floating(double value, double min, double max, bool allow_nan,
                           bool allow_infinity);
    static Choice bytes(std::string data, uint64_t min_size = 0, uint64_t max_size = UINT32_MAX);
    static Choice string(std::string utf8, uint64_t min_chars = 0, uint64_t max_chars = UINT32_MAX);

    int64_t as_signed() const { return static_cast<int64_t>(value); }
    // True when the value lies inside the bounds; a mutated choice is clamped back when not.
    bool in_bounds() const;
    void clamp();

    bool operator==(const Choice&) const = default;
};

// A labelled, nested region of choices drawn by one strategy call, so that mutation and shrinking
// can move, copy or delete whole values rather than single choices.
struct Span {
    uint32_t begin = 0; // first choice index
    uint32_t end = 0;   // one past the last choice index
    uint32_t label = 0; // hash of the strategy's label
    uint32_t depth = 0;

    bool operator==(const Span&) const = default;
};

struct ChoiceSequence {
    std::vector<Choice> choices;
    std::vector<Span> spans;

    // The sequence a libFuzzer harness consumes: a single Bytes choice.
    static ChoiceSequence from_bytes(std::string data);
    bool is_single_bytes() const {
        return choices.size() == 1 && choices[0].kind == ChoiceKind::Bytes;
    }
    // Total size in bytes of the payload, used for length control and the shortlex order.
    size_t payload_size() const;

    bool operator==(const ChoiceSequence&) const = default;
};

} // namespace arcwise::engine
