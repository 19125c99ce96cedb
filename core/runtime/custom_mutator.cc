#include "custom_mutator.h"

#include "engine/rng.h"
#include "options.h"
#include "registry.h"

#include <cstddef>
#include <cstdint>

extern "C" {
__attribute__((weak)) size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t max_size,
                                                     unsigned int seed);
__attribute__((weak)) size_t LLVMFuzzerCustomCrossOver(const uint8_t* data1, size_t size1,
                                                       const uint8_t* data2, size_t size2,
                                                       uint8_t* out, size_t max_out_size,
                                                       unsigned int seed);
}

namespace arcwise::runtime {

namespace {

class HarnessMutations final : public engine::CustomMutations {
public:
    bool has_mutator() const override { return LLVMFuzzerCustomMutator != nullptr; }
    bool has_cross_over() const override { return LLVMFuzzerCustomCrossOver != nullptr; }
    size_t mutate(uint8_t* data, size_t size, size_t max_size, unsigned seed) override {
        return LLVMFuzzerCustomMutator(data, size, max_size, seed);
    }
    size_t cross_over(const uint8_t* data, size_t size, const uint8_t* other, size_t other_size,
                      uint8_t* out, size_t max_size, unsigned seed) override {
        return LLVMFuzzerCustomCrossOver(data, size, other, other_size, out, max_size, seed);
    }
};

engine::ByteMutator* g_builtin = nullptr;

engine::ByteMutator& fallback_mutator() {
    static engine::Rng rng(1);
    static engine::ByteMutator mutator(rng, nullptr, nullptr, nullptr);
    return mutator;
}

} // namespace

engine::CustomMutations* harness_mutations() {
    static HarnessMutations mutations;
    return mutations.has_mutator() || mutations.has_cross_over() ? &mutations : nullptr;
}

void apply_mutation_options(const Options& o, const Target& target, engine::FuzzOptions& fo) {
    fo.only_ascii = o.only_ascii != 0;
    fo.hot_place = o.arcwise_hot != 0;
    if (target.kind != "libfuzzer")
        return;
    fo.custom = harness_mutations();
    if (fo.custom && fo.custom->has_mutator() && !o.len_control_given)
        fo.len_control = 0;
}

void set_builtin_mutator(engine::ByteMutator* mutator) {
    g_builtin = mutator;
}

} // namespace arcwise::runtime

// libFuzzer's interface for a custom mutator that wants a built-in mutation.
extern "C" __attribute__((visibility("default"))) size_t
LLVMFuzzerMutate(uint8_t* data, size_t size, size_t max_size) {
    using namespace arcwise::runtime;
    arcwise::engine::ByteMutator& m = g_builtin ? *g_builtin : fallback_mutator();
    return m.mutate_buffer(data, size, max_size);
}
