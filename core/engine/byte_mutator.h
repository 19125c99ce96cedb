#pragma once
// Byte-level mutation, libFuzzer-style: a named table of mutators, each of which either changes
// the data or says it does not apply (returns false). The names of the mutators applied to the
// last input are kept, so a run can log what produced a new input.

#include "cmp_log.h"
#include "dictionary.h"
#include "rng.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace arcwise::engine {

// A harness's own mutations: libFuzzer's LLVMFuzzerCustomMutator and LLVMFuzzerCustomCrossOver.
// When the harness has a mutator it replaces the built-in table (as in libFuzzer); a crossover
// joins whichever table is in use. The functions keep libFuzzer's contracts: `data` and `out` have
// room for `max_size` bytes, and the result is the new size, 0 when nothing was produced.
class CustomMutations {
public:
    virtual ~CustomMutations() = default;
    virtual bool has_mutator() const = 0;
    virtual bool has_cross_over() const = 0;
    virtual size_t mutate(uint8_t* data, size_t size, size_t max_size, unsigned seed) = 0;
    virtual size_t cross_over(const uint8_t* data, size_t size, const uint8_t* other,
                              size_t other_size, uint8_t* out, size_t max_size, unsigned seed) = 0;
};

class ByteMutator {
public:
    using Fn = bool (ByteMutator::*)(std::string& data, size_t max_size);
    struct Entry {
        const char* name;
        Fn fn;
    };

    // The context is borrowed and must outlive the mutator; dictionaries and cmp log may be null.
    ByteMutator(Rng& rng, const Dictionary* manual_dictionary, const Dictionary* auto_dictionary,
                const CmpLog* cmp_log);

    // The table, in a fixed order: EraseBytes, InsertByte, InsertRepeatedBytes, ChangeByte,
    // ChangeBit, ShuffleBytes, ChangeASCIIInteger, ChangeBinaryInteger, CopyPart, CrossOver,
    // AddWordFromManualDictionary, AddWordFromAutoDictionary, AddWordFromCmp (bytes operands),
    // AddIntFromCmp (integer operands: replace one operand where it occurs, in either byte order).
    static const std::vector<Entry>& table();
    // The name applied() gives ChangeHotByte (the same pointer every time).
    static const char* const kHotName;

    // Applies between 1 and `max_stack` randomly chosen mutators (retrying ones that do not
    // apply). The result never exceeds max_size. Returns false only if nothing applied.
    bool mutate(std::string& data, size_t max_size, unsigned max_stack = 5);
    // Applies the named mutator once. Returns false if it does not apply (or the name is unknown).
    bool apply(std::string_view name, std::string& data, size_t max_size);
    // libFuzzer's LLVMFuzzerMutate: one mutation from the built-in table (whatever replaced it
    // in mutate()) on a buffer with room for max_size bytes; returns the new size. As libFuzzer,
    // it writes a single space when nothing applies. The name joins applied().
    size_t mutate_buffer(uint8_t* data, size_t size, size_t max_size);

    // Harness mutations (borrowed; null for none): "Custom" replaces the table when the harness
    // has a mutator, "CustomCrossOver" joins it when it has a crossover.
    void set_custom(CustomMutations* custom);
    // libFuzzer's -only_ascii=1: every mutated input is made printable ASCII or whitespace.
    void set_only_ascii(bool on) { only_ascii_ = on; }

    // Where the entry being mutated differs from the entry it was made from (Corpus entry's
    // hot_begin/hot_end; begin == end: unknown). mutate() spends part of its draws on the bytes
    // at and just past that place (ChangeHotByte): a parser that checks its input in order
    // (magic numbers, keywords matched a character at a time, chained checksums) usually wants
    // the next byte next. Cleared with set_hot(0, 0).
    void set_hot(size_t begin, size_t end) {
        hot_begin_ = begin;
        hot_end_ = end;
    }
    // The corpus entry CrossOver and CopyPart-across-inputs draw from; may be empty.
    void set_crossover_source(std::string_view other) { crossover_ = other; }
    // Names of the mutators the last mutate() applied, in order.
    const std::vector<const char*>& applied() const { return applied_; }
    // The bytes the last AddWordFromCmp/AddIntFromCmp wrote. When that input turns out to reach
    // new coverage, the fuzzer keeps the word in its auto dictionary (libFuzzer's persistent
    // auto dictionary), so AddWordFromAutoDictionary can use it again anywhere.
    const std::string& last_cmp_word() const { return last_cmp_word_; }

    bool erase_bytes(std::string& data, size_t max_size);
    bool insert_byte(std::string& data, size_t max_size);
    bool insert_repeated_bytes(std::string& data, size_t max_size);
    bool change_byte(std::string& data, size_t max_size);
    bool change_bit(std::string& data, size_t max_size);
    bool shuffle_bytes(std::string& data, size_t max_size);
    bool change_ascii_integer(std::string& data, size_t max_size);
    bool change_binary_integer(std::string& data, size_t max_size);
    bool copy_part(std::string& data, size_t max_size);
    bool cross_over(std::string& data, size_t max_size);
    bool add_word_from_manual_dictionary(std::string& data, size_t max_size);
    bool add_word_from_auto_dictionary(std::string& data, size_t max_size);
    bool add_word_from_cmp(std::string& data, size_t max_size);
    bool add_int_from_cmp(std::string& data, size_t max_size);
    bool change_hot_byte(std::string& data, size_t max_size);
    bool custom(std::string& data, size_t max_size);
    bool custom_cross_over(std::string& data, size_t max_size);

private:
    // One mutation drawn from table[0, size): random draws first, then a sweep.
    const Entry* apply_one(const Entry* table, size_t size, std::string& data, size_t max_size);

    // Inserts or overwrites `word` at a random position (libFuzzer's dictionary insertion).
    bool place_word(std::string& data, size_t max_size, std::string_view word);

    Rng& rng_;
    const Dictionary* manual_;
    const Dictionary* auto_;
    const CmpLog* cmp_;
    std::string_view crossover_;
    std::vector<const char*> applied_;
    std::string last_cmp_word_;
    CustomMutations* custom_ = nullptr;
    std::vector<Entry> active_;  // the table mutate() draws from when it is not the built-in one
    std::string custom_out_;     // CustomCrossOver's output
    std::string buffer_scratch_; // mutate_buffer's copy of the harness's buffer
    bool only_ascii_ = false;
    size_t hot_begin_ = 0;
    size_t hot_end_ = 0;
};

} // namespace arcwise::engine
