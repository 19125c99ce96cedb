#include "corpus.h"

#include <algorithm>
#include <cmath>

namespace arcwise::engine {

Corpus::Corpus(Options options)
    : options_(options), frequency_(kFeatureSlots, 0), smallest_(kFeatureSlots, 0) {}

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

CorpusEntry& Corpus::add(ChoiceSequence input, std::vector<uint32_t> features) {
    auto entry = std::make_unique<CorpusEntry>();
    entry->size = input.payload_size();
    entry->input = std::move(input);
    entry->features = std::move(features);
    entry->id = entries_.size();
    for (uint32_t f : entry->features) {
        uint32_t& smallest = smallest_[slot(f)];
        if (smallest == 0) {
            ++feature_count_;
            if (options_.entropic)
                add_rare(f);
        }
        if (smallest == 0 || entry->size + 1 < smallest)
            smallest = static_cast<uint32_t>(std::min<size_t>(entry->size + 1, UINT32_MAX));
    }
    total_bytes_ += entry->size;
    max_size_ = std::max(max_size_, entry->size);
    entries_.push_back(std::move(entry));
    weights_dirty_ = true;
    return *entries_.back();
}

void Corpus::add_rare(uint32_t feature) {
    // Keep at most `rarest_features`: drop the most abundant ones first, as libFuzzer does, and
    // forget the local counts entries kept of them.
    while (rare_.size() >= options_.rarest_features ||
           (!rare_.empty() && most_abundant_rare_ > options_.rare_threshold)) {
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
    const double average = static_cast<double>(mutations) / double(entries_.size());
    for (size_t i = 0; i < entries_.size(); ++i) {
        auto& e = *entries_[i];
        double weight = 1.0;
        if (options_.entropic) {
            if (e.energy_dirty)
                update_energy(e);
            weight = e.energy;
            // A fresh entry has not been measured yet: give it a fair first chance.
            if (e.executed_mutations == 0)
                weight = std::max(weight, 1.0) * 2;
            // Never starve anything completely; never let one entry hog the run.
            if (double(e.executed_mutations) > 32 * (average + 1))
                weight *= 0.1;
            weight = std::max(weight, 1e-3);
        }
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
