#pragma once
// Mutation of whole choice sequences: typed mutations of single choices (integers toward
// boundaries and comparison operands, floats toward special values, strings and bytes through the
// byte mutators), and span-level edits (delete, duplicate, splice a span from another corpus
// entry). A sequence that is a single Bytes choice (a libFuzzer harness) goes straight to the byte
// mutators, so such targets mutate exactly as under libFuzzer.

#include "byte_mutator.h"
#include "choice.h"
#include "cmp_log.h"
#include "rng.h"

#include <string>
#include <vector>

namespace arcwise::engine {

class ChoiceMutator {
public:
    ChoiceMutator(Rng& rng, ByteMutator& bytes, const CmpLog* cmp_log);

    // Mutates `seq` in place; `partner` (may be null) is another corpus entry for crossover and
    // splicing. Byte payloads are kept within max_size. `steps` bounds how many mutations are
    // stacked (1 to steps, at random). Returns false if nothing changed.
    bool mutate(ChoiceSequence& seq, const ChoiceSequence* partner, size_t max_size,
                unsigned steps = 5);

    // Names of the operations applied by the last mutate(), for logs.
    const std::vector<const char*>& applied() const { return applied_; }

    // Exposed for tests: one typed mutation of a single choice.
    bool mutate_choice(Choice& choice, size_t max_size);

private:
    bool mutate_integer(Choice& c);
    bool mutate_float(Choice& c);
    bool splice_span(ChoiceSequence& seq, const ChoiceSequence& partner);
    bool delete_span(ChoiceSequence& seq);
    bool duplicate_span(ChoiceSequence& seq);

    Rng& rng_;
    ByteMutator& bytes_;
    const CmpLog* cmp_;
    std::vector<const char*> applied_;
};

} // namespace arcwise::engine
