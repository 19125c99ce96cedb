#pragma once
// Shrinks a failing choice sequence to the shortlex-smallest one that still fails the same way,
// as Hypothesis's shrinker does: fewer choices first, then simpler choices from left to right.
// Deterministic (no randomness); every candidate is run through a ShrinkOracle, which decides
// whether it "still fails the same way" (same signature) and reports what the test actually drew.
//
// Passes, repeated until none makes progress or the budget is spent:
//   delete-spans          delete each span (a strategy's value, e.g. one list element)
//   delete-runs           delete runs of 1-4 consecutive choices
//   pass-to-descendant    replace a span by a smaller span of the same kind inside it (trees)
//   zero-spans            replace a span's choices by their simplest values
//   minimise-choices      each choice alone: integers by binary search toward zero (positive
//                         before negative), floats toward simple integers, booleans to false,
//                         bytes and text by deleting and lowering characters (delta debugging)
//   lower-duplicates      lower equal integers together
//   redistribute-pairs    move value between two integers (a, b) -> (a - k, b + k)
//   reorder-spans         sort adjacent sibling spans of the same kind
//   merge-pairs           delete a small span holding an integer and add its value to a later
//                         integer of the same range (wrapping as fixed-width arithmetic does)
//   shift-together        move all signed integers of a span by one common offset
// Deleting a span is also tried with every later positive integer lowered by one (positions into
// a list that lost an element), and a positive integer is also tried as the negative values that
// come before it in the order.
// A lowered choice that picks a different branch (one_of, an optional) is retried with the rest of
// its span dropped, so the new branch is drawn from its simplest values.

#include "choice.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace arcwise::engine {

// Shortlex order of choice sequences: fewer choices first, then choice by choice (integers by
// distance from their shrink target, positive first; bytes and text shorter first, then by
// characters with '0' simplest; floats integral first, then by magnitude).
int compare_sequences(const ChoiceSequence& a, const ChoiceSequence& b);
int compare_choices(const Choice& a, const Choice& b);

class ShrinkOracle {
public:
    virtual ~ShrinkOracle() = default;
    // Runs `candidate`. Returns true when it fails the same way as the original failure; then
    // *realised holds what the test drew (may differ from candidate: shorter, or extended with
    // simplest values).
    virtual bool still_fails(const ChoiceSequence& candidate, ChoiceSequence* realised) = 0;
};

struct ShrinkOptions {
    uint64_t max_calls = 20000;
    double max_seconds = 120;
};

struct ShrinkStats {
    uint64_t calls = 0;        // oracle runs (repeated candidates are answered from a cache)
    uint64_t improvements = 0; // candidates that were smaller and still failed
    bool budget_exhausted = false;
    std::vector<std::pair<std::string, uint64_t>> by_pass; // improvements per pass
};

class Shrinker {
public:
    // `initial` must fail (the oracle is not asked again).
    Shrinker(ShrinkOracle& oracle, ChoiceSequence initial, ShrinkOptions options);

    // Runs the passes to a fixed point or until the budget is spent; returns the best sequence.
    const ChoiceSequence& shrink();
    const ChoiceSequence& best() const { return best_; }
    const ShrinkStats& stats() const { return stats_; }

private:
    // Tries a candidate; true when it was smaller than best_ and still failed (best_ updated).
    bool consider(std::vector<Choice> choices);
    bool budget_spent();
    void credit(const char* pass);

    bool delete_spans();
    bool delete_runs();
    bool pass_to_descendant();
    bool zero_spans();
    bool minimise_choices();
    bool lower_duplicates();
    bool redistribute_pairs();
    bool reorder_spans();
    bool merge_pairs();
    bool shift_together();

    bool minimise_integer(size_t i);
    bool minimise_float(size_t i);
    bool minimise_data(size_t i);
    // Sets choice i to `value` (an integer) and runs it; if that fails, also without the rest
    // of the span that begins at i (a different branch drawn from scratch).
    bool try_integer(size_t i, uint64_t value, bool drop_rest);

    ShrinkOracle& oracle_;
    ChoiceSequence best_;
    ShrinkOptions options_;
    ShrinkStats stats_;
    std::unordered_set<std::string> tried_;
    std::chrono::steady_clock::time_point start_;
    const char* pass_ = "";
};

} // namespace arcwise::engine
