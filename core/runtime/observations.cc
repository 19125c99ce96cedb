#include "observations.h"

#include "protocol/codec.h"

#include <cmath>
#include <cstdio>

namespace arcwise::runtime {

namespace {

Observations* g_observations = nullptr;

// The label cut to the limit, on a UTF-8 character boundary so that it stays valid text.
std::string_view clip(std::string_view label) {
    if (label.size() <= Observations::kMaxLabelBytes)
        return label;
    size_t n = Observations::kMaxLabelBytes;
    while (n > 0 && (static_cast<unsigned char>(label[n]) & 0xC0) == 0x80)
        --n;
    return label.substr(0, n);
}

// Labels travel to the supervisor, which refuses names with control characters: a user's
// event("a\n") is counted as "a\x0a" rather than ending the worker.
std::string_view printable(std::string_view label, std::string& scratch) {
    if (protocol::control_character(label) == std::string_view::npos)
        return label;
    scratch.clear();
    for (size_t i = 0; i < label.size(); ++i) {
        const auto c = static_cast<unsigned char>(label[i]);
        const bool c1 = c == 0xC2 && i + 1 < label.size() &&
                        static_cast<unsigned char>(label[i + 1]) >= 0x80 &&
                        static_cast<unsigned char>(label[i + 1]) <= 0x9F;
        if (c < 0x20 || c == 0x7F || c1) {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\x%02x",
                          c1 ? static_cast<unsigned char>(label[++i]) : c);
            scratch += escape;
        } else {
            scratch += char(c);
        }
    }
    return scratch;
}

} // namespace

void Observations::event(std::string_view label) {
    std::string scratch;
    label = clip(printable(label, scratch));
    auto it = events_.find(label);
    if (it == events_.end()) {
        if (events_.size() >= kMaxLabels)
            return;
        updating_ = true;
        it = events_.emplace(std::string(label), Event{}).first;
        updating_ = false;
    }
    Event& e = it->second;
    if (e.last_example == example_)
        return; // this example counted already
    e.last_example = example_;
    ++e.count;
}

void Observations::target(std::string_view label, double score) {
    if (!std::isfinite(score))
        return;
    std::string scratch;
    label = clip(printable(label, scratch));
    auto it = targets_.find(label);
    if (it == targets_.end()) {
        if (targets_.size() >= kMaxLabels)
            return;
        updating_ = true;
        it = targets_.emplace(std::string(label), Score{score, 0, 0}).first;
        updating_ = false;
    }
    Score& s = it->second;
    if (score > s.best)
        s.best = score;
    if (s.last_example != example_) {
        s.last_example = example_;
        ++s.count;
    }
}

void Observations::fill(protocol::Stats& stats) const {
    stats.events.clear();
    stats.targets.clear();
    stats.target_counts.clear();
    if (updating_)
        return;
    stats.events.reserve(events_.size());
    for (const auto& [label, e] : events_)
        stats.events.emplace_back(label, e.count);
    stats.targets.reserve(targets_.size());
    stats.target_counts.reserve(targets_.size());
    for (const auto& [label, s] : targets_) {
        stats.targets.emplace_back(label, s.best);
        stats.target_counts.emplace_back(label, s.count);
    }
}

void set_observations(Observations* observations) {
    g_observations = observations;
}

Observations* observations() {
    return g_observations;
}

} // namespace arcwise::runtime
