#include "corpus.h"

#include "features.h"

#include <algorithm>
#include <cmath>

namespace arcwise::engine {

Corpus::Corpus(Options options)
    : options_(options), frequency_(kFeatureSlots, 0), smallest_(kFeatureSlots, 0),
      owner_(kFeatureSlots, 0) {}

size_t Corpus::observe(const std::vector<uint32_t>& features, CorpusEntry* parent) {
    size_t fresh = 0;
    for (uint32_t f : features) {
        const size_t s = slot(f);
        if (smallest_[s] == 0)
            ++fresh;
        uint16_t& freq = frequency_[s];
        if (freq == 0xFFFF)
            continue;
        const uint16_t before = freq++;
        if (before == 0)
            ++singletons_;
        else if (before == 1)
            --singletons_;
        if (!options_.entropic || before > most_abundant_rare_ || !parent)
            continue;
        if (std::find(rare_.begin(), rare_.end(), f) == rare_.end())
            continue;
        if (before == most_abundant_rare_)
            ++most_abundant_rare_;
        auto it = std::find_if(parent->rare_hits.begin(), parent->rare_hits.end(),
                               [f](const auto& p) { return p.first == f; });
        if (it == parent->rare_hits.end())
            parent->rare_hits.emplace_back(f, 1);
        else if (it->second < 0xFFFF)
            ++it->second;
        parent->energy_dirty = true;
    }
    return fresh;
}

void Corpus::claim(CorpusEntry& entry, uint32_t feature) {
    const size_t s = slot(feature);
    uint32_t& smallest = smallest_[s];
    if (smallest != 0 && entry.size + 1 >= smallest)
        return;
    uint32_t& owner = owner_[s];
    if (owner && owner != entry.id + 1)
        --entries_[owner - 1]->owned;
    if (owner != entry.id + 1)
        ++entry.owned;
    owner = static_cast<uint32_t>(entry.id + 1);
    smallest = static_cast<uint32_t>(std::min<size_t>(entry.size + 1, UINT32_MAX));
}

CorpusEntry& Corpus::add(ChoiceSequence input, std::vector<uint32_t> features) {
    auto entry = std::make_unique<CorpusEntry>();
    entry->size = input.payload_size();
    entry->input = std::move(input);
    entry->features = std::move(features);
    entry->id = entries_.size();
    CorpusEntry& e = *entry;
    entries_.push_back(std::move(entry));
    for (uint32_t f : e.features) {
        if (smallest_[slot(f)] == 0) {
            ++feature_count_;
            if (options_.entropic)
                add_rare(f);
        }
        claim(e, f);
    }
    total_bytes_ += e.size;
    max_size_ = std::max(max_size_, e.size);
    if (frontier_scale_ > 0) {
        // Share: the new entry takes part of the blocks it reaches; the others keep their
        // factors until the next set_frontier(), which comes with the coverage this entry added.
        if (options_.frontier == FrontierBoost::Share)
            for (uint32_t f : e.features)
                if (f < kExtraFeatureBase && f / 8 < frontier_reach_.size() && frontier_[f / 8])
                    ++frontier_reach_[f / 8];
        e.frontier_factor = std::min(options_.frontier_max_boost,
                                     1.0 + (options_.frontier_max_boost - 1.0) *
                                               std::log2(1.0 + frontier_raw(e)) / frontier_scale_);
    }
    weights_dirty_ = true;
    return e;
}

bool Corpus::try_reduce(CorpusEntry& entry, const ChoiceSequence& input,
                        const std::vector<uint32_t>& features) {
    if (entry.owned == 0)
        return false;
    const uint32_t me = static_cast<uint32_t>(entry.id + 1);
    size_t kept = 0;
    for (uint32_t f : features)
        kept += owner_[slot(f)] == me;
    if (kept != entry.owned)
        return false;
    const size_t size = input.payload_size();
    const bool was_largest = entry.size == max_size_;
    total_bytes_ = total_bytes_ - entry.size + size;
    entry.input = input;
    entry.size = size;
    entry.features = features;
    for (uint32_t f : entry.features)
        claim(entry, f);
    // The frontier factor stays: the reduced input keeps the features that made the entry, and
    // the next set_frontier() recomputes it from the new ones.
    if (was_largest) { // only then can the largest size have shrunk
        max_size_ = 0;
        for (const auto& e : entries_)
            max_size_ = std::max(max_size_, e->size);
    }
    return true;
}

void Corpus::set_frontier(std::vector<uint32_t> weights) {
    frontier_ = std::move(weights);
    update_frontier_factors();
    weights_dirty_ = true;
}

double Corpus::frontier_raw(const CorpusEntry& entry) const {
    // Features are sorted: edge features come first, counter by counter (8 buckets each).
    double raw = 0;
    uint32_t last = UINT32_MAX;
    for (uint32_t f : entry.features) {
        if (f >= kExtraFeatureBase)
            break;
        const uint32_t counter = f / 8;
        if (counter == last || counter >= frontier_.size())
            continue;
        last = counter;
        const uint32_t w = frontier_[counter];
        if (!w)
            continue;
        if (options_.frontier == FrontierBoost::Share)
            raw += double(w) / double(std::max<uint32_t>(1, frontier_reach_[counter]));
        else
            raw = std::max(raw, double(w));
    }
    return raw;
}

void Corpus::update_frontier_factors() {
    frontier_scale_ = 0;
    for (auto& e : entries_)
        e->frontier_factor = 1.0;
    if (options_.frontier == FrontierBoost::Off || frontier_.empty())
        return;
    if (options_.frontier == FrontierBoost::Share) {
        frontier_reach_.assign(frontier_.size(), 0);
        for (const auto& e : entries_) {
            uint32_t last = UINT32_MAX;
            for (uint32_t f : e->features) {
                if (f >= kExtraFeatureBase)
                    break;
                const uint32_t counter = f / 8;
                if (counter != last && counter < frontier_.size() && frontier_[counter])
                    ++frontier_reach_[counter];
                last = counter;
            }
        }
    }
    // Normalised so that the entry at the largest frontier gets frontier_max_boost whatever the
    // binary's size; the logarithm keeps a region of 10 000 blocks from drowning one of 100.
    std::vector<double> raw(entries_.size());
    double top = 0;
    for (size_t i = 0; i < entries_.size(); ++i) {
        raw[i] = frontier_raw(*entries_[i]);
        top = std::max(top, raw[i]);
    }
    if (options_.frontier == FrontierBoost::Max)
        for (uint32_t w : frontier_)
            top = std::max(top, double(w));
    if (top <= 0)
        return;
    frontier_scale_ = std::log2(1.0 + top);
    for (size_t i = 0; i < entries_.size(); ++i)
        entries_[i]->frontier_factor =
            1.0 + (options_.frontier_max_boost - 1.0) * std::log2(1.0 + raw[i]) / frontier_scale_;
}

void Corpus::add_rare(uint32_t feature) {
    // Keep at most `rarest_features`: drop the most abundant ones first, as libFuzzer does, and
    // forget the local counts entries kept of them.
    // libFuzzer's rule: keep at least `rarest_features`, and all below the threshold.
    while (rare_.size() > options_.rarest_features &&
           most_abundant_rare_ > options_.rare_threshold) {
        auto most = std::max_element(rare_.begin(), rare_.end(), [this](uint32_t a, uint32_t b) {
            return frequency_[slot(a)] < frequency_[slot(b)];
        });
        const uint32_t dropped = *most;
        rare_.erase(most);
        for (auto& e : entries_) {
            auto& hits = e->rare_hits;
            auto it = std::remove_if(hits.begin(), hits.end(),
                                     [dropped](const auto& p) { return p.first == dropped; });
            if (it != hits.end()) {
                hits.erase(it, hits.end());
                e->energy_dirty = true;
            }
        }
        most_abundant_rare_ = 0;
        for (uint32_t r : rare_)
            most_abundant_rare_ = std::max(most_abundant_rare_, frequency_[slot(r)]);
    }
    rare_.push_back(feature);
    // observe() counted this feature before it became rare: the bar must include it, or hits of
    // rare features would never be credited.
    most_abundant_rare_ = std::max(most_abundant_rare_, frequency_[slot(feature)]);
    for (auto& e : entries_)
        e->energy_dirty = true;
}

void Corpus::update_energy(CorpusEntry& entry) {
    // Entropy of the local rare-feature incidence with add-one smoothing, plus one "abundant"
    // species standing for all mutants that hit nothing rare (libFuzzer's estimator).
    double energy = 0;
    double sum = 0;
    for (const auto& [feature, hits] : entry.rare_hits) {
        const double incidence = hits + 1.0;
        energy -= incidence * std::log(incidence);
        sum += incidence;
    }
    sum += static_cast<double>(rare_.size() - std::min(rare_.size(), entry.rare_hits.size()));
    const double abundant = static_cast<double>(entry.executed_mutations) + 1.0;
    energy -= abundant * std::log(abundant);
    sum += abundant;
    entry.energy = sum > 0 ? energy / sum + std::log(sum) : 0;
    entry.energy_dirty = false;
}

void Corpus::rebuild_weights() {
    cumulative_.resize(entries_.size());
    double total = 0;
    uint64_t mutations = 0;
    for (const auto& e : entries_)
        mutations += e->executed_mutations;
    const double n = double(entries_.size());
    const double average_mutations = double(mutations) / n;
    const double average_size = double(total_bytes_) / n + 1.0;
    for (size_t i = 0; i < entries_.size(); ++i) {
        auto& e = *entries_[i];
        double weight = 1.0;
        if (options_.entropic) {
            if (e.energy_dirty)
                update_energy(e);
            weight = e.energy;
            // A fresh entry has not been measured yet: give it a fair first chance.
            if (e.executed_mutations == 0)
                weight = std::max(weight, 1.0);
            // An entry mutated far more than the average has had its share (as libFuzzer).
            if (double(e.executed_mutations) > 20 * (average_mutations + 1))
                weight *= 0.01;
            // An entry that is no longer the smallest input for any feature adds nothing the
            // others do not (libFuzzer gives it no energy).
            if (e.owned == 0 && entries_.size() > 1)
                weight *= 0.01;
            // Small inputs run faster and mutants of them stay small: scale energy by size
            // relative to the corpus average, within [1/4, 4] (AFL's performance score does the
            // same with execution time and size).
            weight *= std::clamp(average_size / (double(e.size) + 1.0), 0.25, 4.0);
            weight = std::max(weight, 1e-6);
        }
        weight *= e.frontier_factor;
        total += weight;
        cumulative_[i] = total;
    }
    weights_dirty_ = false;
    choices_since_rebuild_ = 0;
}

CorpusEntry& Corpus::choose(Rng& rng) {
    if (weights_dirty_ || ++choices_since_rebuild_ >= 256)
        rebuild_weights();
    const double x = rng.unit() * cumulative_.back();
    const auto it = std::upper_bound(cumulative_.begin(), cumulative_.end(), x);
    const size_t i = std::min<size_t>(it - cumulative_.begin(), entries_.size() - 1);
    return *entries_[i];
}

} // namespace arcwise::engine
