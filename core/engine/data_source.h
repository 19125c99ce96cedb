#pragma once
// The source of every value a property test draws. It replays a prefix (a choice sequence from the
// corpus, a mutation, or a shrink candidate) and records what the test actually drew, so the
// realised sequence can be stored, mutated and shrunk. Past the prefix, or where the prefix no
// longer fits the draw (a different kind), it generates: randomly when fuzzing or generating
// examples, with the simplest value when shrinking, so shrinking is deterministic.

#include "choice.h"
#include "rng.h"

#include <cstdint>
#include <string>
#include <vector>

namespace arcwise::engine {

enum class Extend {
    Random,   // generate past the prefix (fuzzing, unit-test examples)
    Simplest, // use the simplest value past the prefix (shrinking, replay)
};

// Thrown through the test when it drew more than the limits allow; the run is discarded.
struct Overrun {};

class DataSource {
public:
    struct Limits {
        size_t max_choices = 10000;
        size_t max_payload = 1u << 20;
    };

    DataSource(const ChoiceSequence* prefix, Extend extend, uint64_t seed, Limits limits);
    DataSource(const ChoiceSequence* prefix, Extend extend, uint64_t seed)
        : DataSource(prefix, extend, seed, Limits()) {}

    int64_t draw_signed(int64_t min, int64_t max);
    uint64_t draw_unsigned(uint64_t min, uint64_t max);
    // min/max may be infinite; NaN and infinities only when allowed.
    double draw_float(double min, double max, bool allow_nan, bool allow_infinity);
    bool draw_boolean(double p_true);
    std::string draw_bytes(size_t min_size, size_t max_size);
    // UTF-8 text of min..max code points, each at most max_codepoint (0x7F for ASCII).
    std::string draw_string(size_t min_chars, size_t max_chars, uint32_t max_codepoint);

    // Spans group the choices of one strategy call (labels are hashed names).
    void start_span(uint32_t label);
    void stop_span();

    const ChoiceSequence& realised() const { return realised_; }
    ChoiceSequence take_realised();
    size_t index() const { return realised_.choices.size(); }
    // Extra features from event() and target().
    std::vector<uint32_t>& extra_features() { return extra_features_; }
    // True when a prefix choice did not fit the draw made at its position (another kind).
    bool misaligned() const { return misaligned_; }

private:
    // The prefix choice for the next draw when it has the expected kind, else null.
    const Choice* next_prefix(ChoiceKind kind);
    bool generating() const { return extend_ == Extend::Random; }
    void record(Choice c);
    uint64_t random_magnitude(uint64_t range);
    // Sets c to a random earlier integer of this test case, or one off it; false if none.
    bool near_earlier_integer(Choice& c);

    const ChoiceSequence* prefix_;
    Extend extend_;
    Rng rng_;
    Limits limits_;
    ChoiceSequence realised_;
    std::vector<uint32_t> open_spans_; // indexes into realised_.spans
    std::vector<uint32_t> extra_features_;
    size_t payload_ = 0;
    bool misaligned_ = false;
};

// The value a choice shrinks toward: 0 (or the bound nearest to it), false, empty or minimal
// text of '0's, 0.0.
Choice simplest(const Choice& shape);

// FNV-1a, for span labels and event features.
uint32_t label_hash(const char* text);

} // namespace arcwise::engine
