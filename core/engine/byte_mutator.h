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

    // Applies between 1 and `max_stack` randomly chosen mutators (retrying ones that do not
    // apply). The result never exceeds max_size. Returns false only if nothing applied.
    bool mutate(std::string& data, size_t max_size, unsigned max_stack = 5);
    // Applies the named mutator once. Returns false if it does not apply (or the name is unknown).
    bool apply(std::string_view name, std::string& data, size_t max_size);

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

private:
    // Inserts or overwrites `word` at a random position (libFuzzer's dictionary insertion).
    bool place_word(std::string& data, size_t max_size, std::string_view word);

    Rng& rng_;
    const Dictionary* manual_;
    const Dictionary* auto_;
    const CmpLog* cmp_;
    std::string_view crossover_;
    std::vector<const char*> applied_;
    std::string last_cmp_word_;
};

} // namespace arcwise::engine
