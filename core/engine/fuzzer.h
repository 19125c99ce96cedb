#pragma once
// The fuzzing loop: pick a corpus entry (power schedule), mutate it, execute it through an
// Executor, keep it when it reaches new features. Standard C++ only: the runtime supplies the
// Executor (which runs the target in-process and reads the coverage counters) and an Observer
// (which prints libFuzzer-style lines or speaks the worker protocol).

#include "byte_mutator.h"
#include "choice.h"
#include "choice_mutator.h"
#include "cmp_log.h"
#include "corpus.h"
#include "dictionary.h"
#include "rng.h"

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace arcwise::engine {

enum class ExecStatus {
    Ok,
    Discard, // the test rejected the input (assume): not a failure, not interesting
    Failure, // the test failed without killing the process (e.g. an assertion in a property)
};

struct ExecResult {
    ExecStatus status = ExecStatus::Ok;
    // What the test actually drew; may differ from the input (shorter, or extended past it).
    // Left empty when it equals the input, as for libFuzzer harnesses.
    ChoiceSequence realised;
    bool has_realised = false;
    // Features the test reported itself (event() labels, target() score bands).
    std::vector<uint32_t> extra_features;
    // For ExecStatus::Failure: what failed and how, for reports and deduplication.
    std::string failure_kind;
    std::string failure_message;
    std::string failure_signature;
};

class Executor {
public:
    virtual ~Executor() = default;
    // Runs the target once on `input`, and fills `features` (sorted, unique) with what it covered.
    virtual ExecResult execute(const ChoiceSequence& input, std::vector<uint32_t>& features) = 0;
    // Number of distinct edges (coverage points) covered so far, for progress lines.
    virtual size_t covered_edges() const = 0;
};

// Tells the power schedule which covered blocks border large never-reached regions of the target
// (the coverage frontier, docs/cfg.md). The runtime implements it over the binary's control-flow
// graph; the engine only sees weights indexed by edge counter (feature / 8).
class FrontierSource {
public:
    virtual ~FrontierSource() = default;
    // Called from the loop every few hundred executions with the number of runs so far. When the
    // frontier has changed since the last call, fills `weights` (indexed by edge counter; 0 for
    // blocks not on the frontier) and returns true; otherwise returns false and leaves `weights`
    // alone. Must decide from executions alone, never from a clock, so that a seed still gives
    // the same run.
    virtual bool refresh(uint64_t runs, std::vector<uint32_t>& weights) = 0;
};

// Where `now` differs from `before`: [begin, end) of `now`, between their common prefix and their
// common suffix; a change that only took bytes out gives the one byte at its place. The hot place
// of a corpus entry made from another (CorpusEntry::hot_begin).
std::pair<size_t, size_t> changed_span(std::string_view before, std::string_view now);

struct FuzzStats {
    uint64_t runs = 0;
    size_t features = 0;
    size_t edges = 0;
    size_t corpus_size = 0;
    size_t corpus_bytes = 0;
    size_t max_len = 0; // current mutation length limit (length control)
    double seconds = 0;
    double execs_per_second = 0;
    uint64_t discards = 0;
    uint64_t last_new_run = 0;
    // Good-Turing estimate of the chance that the next execution finds a new feature: features
    // seen by exactly one execution / executions. Schedulers use it to share out time.
    double discovery_estimate = 0;
};

class Observer {
public:
    virtual ~Observer() = default;
    // A new corpus entry; `how` names the mutations that produced it.
    virtual void on_new(const CorpusEntry&, const FuzzStats&, const std::vector<const char*>& how) {
        (void)how;
    }
    // A corpus entry was replaced by a smaller input with the same features.
    virtual void on_reduce(const CorpusEntry&, const FuzzStats&,
                           const std::vector<const char*>& how) {
        (void)how;
    }
    // A non-fatal failure (ExecStatus::Failure). Return true to stop fuzzing.
    virtual bool on_failure(const ChoiceSequence& input, const ExecResult& result,
                            const FuzzStats&) {
        (void)input;
        (void)result;
        return true;
    }
    // About once a second, and on power-of-two run counts (libFuzzer's "pulse").
    virtual void on_pulse(const FuzzStats&) {}
};

struct FuzzOptions {
    uint64_t seed = 0;
    size_t max_len = 4096;      // hard limit on an input's payload
    unsigned len_control = 100; // 0 = mutate up to max_len from the start
    uint64_t max_runs = 0;      // 0 = unlimited
    double max_seconds = 0;     // 0 = unlimited
    bool entropic = true;
    const Dictionary* dictionary = nullptr;
    // Frontier guidance: more energy for entries reaching covered blocks with much never-reached
    // code behind them. Off without a source.
    FrontierSource* frontier = nullptr;
    FrontierBoost frontier_boost = FrontierBoost::Max;
    double frontier_max_boost = 8.0; // Corpus::Options::frontier_max_boost
    // A libFuzzer harness's own mutator and crossover (ByteMutator::set_custom); borrowed.
    CustomMutations* custom = nullptr;
    bool only_ascii = false; // -only_ascii=1
    // Part of an entry's mutations go to where it differs from the entry it was made from
    // (ByteMutator::set_hot), at most kHotTries per entry. -arcwise_hot.
    bool hot_place = true;
};

class Fuzzer {
public:
    Fuzzer(Executor& executor, Observer& observer, FuzzOptions options);

    // Executes the initial corpus (inputs that reach new features are kept). An empty corpus is
    // seeded with one empty input.
    void load(const std::vector<ChoiceSequence>& inputs);
    // Runs the mutation loop until a budget is spent, stop() is called, or a failure stops it.
    void loop();
    // Executes one input and keeps it if it is interesting; `parent` gets Entropic credit.
    // Returns false when the run should stop (a failure the observer wants to stop on).
    bool run_one(const ChoiceSequence& input, CorpusEntry* parent);
    void stop() { stopping_ = true; }
    // Queues an input found elsewhere (another worker of the same target) to be run into the
    // corpus before the next mutation: safe to call from an observer's callback, where the
    // loop may hold references into the corpus.
    void inject(ChoiceSequence input) { injected_.push_back(std::move(input)); }
    // Gives a fuzzer that ran before a new budget counted from now (0: unlimited), and lets it
    // run again after a stop or a failure: a campaign fuzzes a target in several slices.
    void renew_budget(uint64_t max_runs, double max_seconds);

    // The comparison log the executor fills while the target runs.
    CmpLog& cmp_log() { return cmp_log_; }
    // The byte mutator, for a harness that calls back into it (LLVMFuzzerMutate).
    ByteMutator& byte_mutator() { return byte_mutator_; }
    Dictionary& auto_dictionary() { return auto_dictionary_; }
    const Corpus& corpus() const { return corpus_; }
    FuzzStats stats() const;
    bool stopped_by_failure() const { return failed_; }
    // The mutations that produced the input run last (empty for corpus inputs).
    const std::vector<const char*>& last_mutations() const { return how_; }

private:
    void update_length_limit();
    void learn_word();
    void mark_hot(CorpusEntry& entry, const CorpusEntry& parent);
    // ChangeHotByte mutants per corpus entry: a step found by one byte in ~32 at a known place
    // is found well within this; beyond it the place is taken to lead nowhere.
    static constexpr uint32_t kHotTries = 4096;
    bool budget_spent() const;
    void maybe_pulse();
    void maybe_refresh_frontier();

    Executor& executor_;
    Observer& observer_;
    FuzzOptions options_;
    Rng rng_;
    CmpLog cmp_log_;
    Dictionary auto_dictionary_;
    ByteMutator byte_mutator_;
    ChoiceMutator choice_mutator_;
    Corpus corpus_;
    std::vector<uint32_t> features_;
    std::vector<const char*> how_; // mutations applied to the input being run
    uint64_t runs_ = 0;
    uint64_t discards_ = 0;
    uint64_t last_new_run_ = 0;
    uint64_t last_length_bump_ = 0;
    size_t mutation_len_ = 0;
    bool stopping_ = false;
    bool failed_ = false;
    std::vector<ChoiceSequence> injected_; // inject(): run at the top of the next iteration
    std::chrono::steady_clock::time_point start_;
    uint64_t budget_runs_base_ = 0;
    double budget_seconds_base_ = 0;
    std::chrono::steady_clock::time_point last_pulse_;
    uint64_t next_pulse_runs_ = 2;
    uint64_t next_frontier_check_ = 0;
    std::vector<uint32_t> frontier_weights_;
};

} // namespace arcwise::engine
