#pragma once
// A libFuzzer harness's own mutations: LLVMFuzzerCustomMutator and LLVMFuzzerCustomCrossOver, weak
// symbols a harness defines or not, and LLVMFuzzerMutate, through which a harness's mutator calls
// back into the built-in ones (docs/libfuzzer-compat.md).

#include "engine/byte_mutator.h"
#include "engine/fuzzer.h"

namespace arcwise::runtime {

struct Options;
struct Target;

// The harness's mutations, or null when it defines neither function.
engine::CustomMutations* harness_mutations();

// Fills in what libFuzzer's mutation flags and hooks ask of the engine: the harness's mutator and
// crossover (libFuzzer targets only), -only_ascii, and -len_control=0 when the harness has its own
// mutator and the flag was not given (libFuzzer's default then).
void apply_mutation_options(const Options& options, const Target& target, engine::FuzzOptions& fo);

// The mutator LLVMFuzzerMutate draws from: the running fuzzer's, so that its seed, dictionaries
// and comparison log apply. Null (between runs) leaves a fallback with a fixed seed.
void set_builtin_mutator(engine::ByteMutator* mutator);

} // namespace arcwise::runtime
