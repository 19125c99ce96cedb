#pragma once
// The corpus of interesting inputs and the Entropic power schedule that decides which of them to
// mutate next.
//
// Why Entropic (Böhme, Manès, Cha: "Boosting fuzzer efficiency: an information theoretic
// perspective", FSE 2020) rather than FairFuzz: FairFuzz only targets rare *branches* and needs
// AFL's deterministic stage to compute mutation masks, which does not fit choice sequences whose
// shape changes under mutation. Entropic measures, per seed, how much information its mutants still
// reveal about the rarest features: a seed whose mutants keep hitting rarely seen features has high
// entropy and gets more energy; a seed whose mutants only produce abundant behaviour decays. It
// works on any feature (edges, comparisons, events, target scores), which is what property tests
// report, and it is libFuzzer's default, so the peer comparison is like for like.

#include "choice.h"
#include "rng.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace arcwise::engine {

struct CorpusEntry {
    ChoiceSequence input;
    std::vector<uint32_t> features; // sorted, unique
    size_t size = 0;                // payload size
    uint64_t id = 0;                // order of discovery
    uint64_t executed_mutations = 0;
    uint64_t children = 0; // inputs derived from this one that entered the corpus
    size_t owned = 0;      // features for which this is the smallest input in the corpus
    // Entropic bookkeeping: how often this entry's mutants hit each currently rare feature.
    std::vector<std::pair<uint32_t, uint16_t>> rare_hits;
    double energy = 0;
    bool energy_dirty = true;
    // Multiplies the energy: how close this entry's path runs to large never-reached regions of
    // the target (set_frontier()). 1 when frontier guidance is off or the entry touches none.
    double frontier_factor = 1.0;
    // Where this input differs from the one it was made from ([hot_begin, hot_end) of the
    // payload; equal: unknown, as for loaded inputs). ByteMutator::set_hot.
    size_t hot_begin = 0;
    size_t hot_end = 0;
    uint32_t hot_tries = 0; // ChangeHotByte mutants run (Fuzzer::kHotTries at most)
};

// How frontier weights (docs/cfg.md: per edge counter, the never-reached code behind it) turn into
// an entry's energy factor. See Corpus::set_frontier().
enum class FrontierBoost {
    Off,
    // 1 + (max_boost - 1) * log2(1 + w) / log2(1 + W): w is the largest weight among the frontier
    // blocks the entry reaches, W the largest weight of all.
    Max,
    // The same curve over the sum, across the frontier blocks the entry reaches, of each block's
    // weight divided by the number of entries that reach it: a block every entry passes through
    // lifts no one above the others.
    Share,
};

class Corpus {
public:
    static constexpr size_t kFeatureSlots = 1u << 21;

    struct Options {
        bool entropic = true;
        size_t rarest_features = 100;   // how many rare features Entropic tracks
        uint16_t rare_threshold = 0xFF; // features seen more often than this are not rare
        FrontierBoost frontier = FrontierBoost::Max;
        double frontier_max_boost = 8.0; // the factor of the entry at the largest frontier
    };

    Corpus() : Corpus(Options{}) {}
    explicit Corpus(Options options);

    // Records one execution's features (sorted, unique) and credits `parent` (may be null) for any
    // rare feature among them. Returns how many of the features were never seen before.
    size_t observe(const std::vector<uint32_t>& features, CorpusEntry* parent);
    // True when some corpus entry has this feature.
    bool seen(uint32_t feature) const { return smallest_[slot(feature)] != 0; }

    // Adds an input that produced new features. Returns the stored entry.
    CorpusEntry& add(ChoiceSequence input, std::vector<uint32_t> features);
    // libFuzzer's REDUCE: when a smaller mutant of `entry` still has every feature `entry` is the
    // smallest input for, it replaces `entry`'s input, so the corpus keeps its behaviour and gets
    // faster to run. Returns whether it did.
    bool try_reduce(CorpusEntry& entry, const ChoiceSequence& input,
                    const std::vector<uint32_t>& features);
    // Frontier weights, indexed by edge counter (feature / 8): for a covered block, how much
    // never-reached code lies behind its never-reached successors; 0 elsewhere. Entries whose
    // features touch heavily weighted blocks get more energy (Options::frontier), up to
    // Options::frontier_max_boost times as much. Replaces the previous weights; an empty vector
    // turns the factor back to 1.
    void set_frontier(std::vector<uint32_t> weights);
    // Picks the next entry to mutate, weighted by energy (uniformly when Entropic is off).
    // Precondition: !empty().
    CorpusEntry& choose(Rng& rng);
    // A uniformly chosen entry, e.g. as a crossover partner.
    CorpusEntry& any(Rng& rng) { return *entries_[rng.below(entries_.size())]; }

    bool empty() const { return entries_.empty(); }
    size_t size() const { return entries_.size(); }
    size_t total_bytes() const { return total_bytes_; }
    size_t max_input_size() const { return max_size_; }
    size_t feature_count() const { return feature_count_; }
    // Features hit by exactly one execution so far (the Good-Turing numerator).
    size_t singletons() const { return singletons_; }
    const std::vector<std::unique_ptr<CorpusEntry>>& entries() const { return entries_; }

private:
    static size_t slot(uint32_t feature) { return feature % kFeatureSlots; }
    void add_rare(uint32_t feature);
    void update_energy(CorpusEntry& entry);
    void rebuild_weights();
    void update_frontier_factors();
    double frontier_raw(const CorpusEntry& entry) const;

    Options options_;
    std::vector<std::unique_ptr<CorpusEntry>> entries_;
    std::vector<uint16_t> frequency_; // executions that hit each feature slot (saturating)
    std::vector<uint32_t> smallest_;  // size+1 of the smallest input with each feature; 0 = unseen
    std::vector<uint32_t> owner_;     // index+1 of the entry holding that smallest input; 0 = none
    void claim(CorpusEntry& entry, uint32_t feature);
    std::vector<uint32_t> rare_; // currently rare features
    uint16_t most_abundant_rare_ = 0;
    size_t feature_count_ = 0;
    size_t singletons_ = 0;
    size_t total_bytes_ = 0;
    size_t max_size_ = 0;
    std::vector<uint32_t> frontier_;       // per edge counter (set_frontier)
    std::vector<uint32_t> frontier_reach_; // Share: entries reaching each weighted counter
    double frontier_scale_ = 0;            // log2(1 + the largest raw value), 0: no frontier
    std::vector<double> cumulative_;
    bool weights_dirty_ = true;
    uint64_t choices_since_rebuild_ = 0;
};

} // namespace arcwise::engine
