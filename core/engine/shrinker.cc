#include "shrinker.h"

#include "data_source.h"
#include "serialize.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>

namespace arcwise::engine {

namespace {

// The shrink target of an integer choice: 0, or the bound nearest to it.
uint64_t integer_target(const Choice& c) {
    return simplest(c).value;
}

// Distance from the target, and whether the value lies below it ("negative").
std::pair<uint64_t, bool> integer_distance(const Choice& c) {
    const uint64_t t = integer_target(c);
    if (c.is_signed) {
        const bool below = c.as_signed() < static_cast<int64_t>(t);
        return {below ? t - c.value : c.value - t, below};
    }
    return {c.value - t, false};
}

// The value at `distance` from the target on the given side (two's complement arithmetic).
uint64_t integer_at(const Choice& c, uint64_t distance, bool below) {
    const uint64_t t = integer_target(c);
    return below ? t - distance : t + distance;
}

bool integer_in_bounds(const Choice& c, uint64_t value) {
    Choice probe = c;
    probe.value = value;
    return probe.in_bounds();
}

// Text sorts with '0' simplest, then the other printable ASCII, then the rest.
uint32_t char_key(uint32_t cp) {
    if (cp >= 0x30 && cp < 0x80)
        return cp - 0x30;
    if (cp < 0x30)
        return 0x50 + cp;
    return cp + 0x100;
}
uint32_t char_from_key(uint32_t key) {
    if (key < 0x50)
        return key + 0x30;
    if (key < 0x80)
        return key - 0x50;
    return key < 0x180 ? 0x80 : key - 0x100;
}

std::vector<uint32_t> units_of(const Choice& c) {
    if (c.kind == ChoiceKind::String)
        return utf8_code_points(c.data);
    return std::vector<uint32_t>(reinterpret_cast<const unsigned char*>(c.data.data()),
                                 reinterpret_cast<const unsigned char*>(c.data.data()) +
                                     c.data.size());
}

std::string data_of(ChoiceKind kind, const std::vector<uint32_t>& units) {
    std::string out;
    if (kind == ChoiceKind::String) {
        for (uint32_t cp : units)
            append_utf8(out, cp);
    } else {
        out.reserve(units.size());
        for (uint32_t b : units)
            out += char(b);
    }
    return out;
}

uint32_t unit_key(ChoiceKind kind, uint32_t unit) {
    return kind == ChoiceKind::String ? char_key(unit) : unit;
}
uint32_t unit_from_key(ChoiceKind kind, uint32_t key) {
    return kind == ChoiceKind::String ? char_from_key(key) : key;
}

// Floats: finite before infinite before NaN; integral before fractional; then magnitude; then
// positive before negative.
std::tuple<int, int, double, int> float_key(double x) {
    if (std::isnan(x))
        return {2, 0, 0.0, std::signbit(x) ? 1 : 0};
    if (std::isinf(x))
        return {1, 0, 0.0, x < 0 ? 1 : 0};
    const double a = std::fabs(x);
    return {0, std::floor(a) == a ? 0 : 1, a, std::signbit(x) ? 1 : 0};
}

template <class T> int three_way(const T& a, const T& b) {
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

int compare_choices(const Choice& a, const Choice& b) {
    if (a.kind != b.kind)
        return three_way(uint8_t(a.kind), uint8_t(b.kind));
    switch (a.kind) {
    case ChoiceKind::Integer:
        return three_way(integer_distance(a), integer_distance(b));
    case ChoiceKind::Boolean:
        return three_way(a.value, b.value);
    case ChoiceKind::Float:
        return three_way(float_key(a.real), float_key(b.real));
    case ChoiceKind::Bytes:
        if (a.data.size() != b.data.size())
            return three_way(a.data.size(), b.data.size());
        return three_way(std::memcmp(a.data.data(), b.data.data(), a.data.size()), 0);
    case ChoiceKind::String: {
        const auto ua = utf8_code_points(a.data), ub = utf8_code_points(b.data);
        if (ua.size() != ub.size())
            return three_way(ua.size(), ub.size());
        for (size_t i = 0; i < ua.size(); ++i)
            if (ua[i] != ub[i])
                return three_way(char_key(ua[i]), char_key(ub[i]));
        return 0;
    }
    }
    return 0;
}

int compare_sequences(const ChoiceSequence& a, const ChoiceSequence& b) {
    if (a.choices.size() != b.choices.size())
        return three_way(a.choices.size(), b.choices.size());
    for (size_t i = 0; i < a.choices.size(); ++i)
        if (int c = compare_choices(a.choices[i], b.choices[i]))
            return c;
    return 0;
}

Shrinker::Shrinker(ShrinkOracle& oracle, ChoiceSequence initial, ShrinkOptions options)
    : oracle_(oracle), best_(std::move(initial)), options_(options) {}

bool Shrinker::budget_spent() {
    if (stats_.budget_exhausted)
        return true;
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    if (stats_.calls >= options_.max_calls || elapsed > options_.max_seconds)
        stats_.budget_exhausted = true;
    return stats_.budget_exhausted;
}

void Shrinker::credit(const char* pass) {
    for (auto& [name, count] : stats_.by_pass)
        if (name == pass) {
            ++count;
            return;
        }
    stats_.by_pass.emplace_back(pass, 1);
}

bool Shrinker::consider(std::vector<Choice> choices) {
    ChoiceSequence candidate;
    candidate.choices = std::move(choices);
    if (compare_sequences(candidate, best_) >= 0)
        return false; // only ever move down the order
    if (!tried_.insert(serialize(candidate)).second || budget_spent())
        return false;
    ++stats_.calls;
    ChoiceSequence realised;
    if (!oracle_.still_fails(candidate, &realised))
        return false;
    if (realised.choices.empty() && !candidate.choices.empty())
        realised = std::move(candidate);
    if (compare_sequences(realised, best_) >= 0)
        return false;
    best_ = std::move(realised);
    ++stats_.improvements;
    credit(pass_);
    return true;
}

const ChoiceSequence& Shrinker::shrink() {
    start_ = std::chrono::steady_clock::now();
    struct Pass {
        const char* name;
        bool (Shrinker::*run)();
    };
    static constexpr Pass kPasses[] = {
        {"delete-spans", &Shrinker::delete_spans},
        {"delete-runs", &Shrinker::delete_runs},
        {"pass-to-descendant", &Shrinker::pass_to_descendant},
        {"zero-spans", &Shrinker::zero_spans},
        {"minimise-choices", &Shrinker::minimise_choices},
        {"lower-duplicates", &Shrinker::lower_duplicates},
        {"redistribute-pairs", &Shrinker::redistribute_pairs},
        {"reorder-spans", &Shrinker::reorder_spans},
        {"merge-pairs", &Shrinker::merge_pairs},
        {"shift-together", &Shrinker::shift_together},
    };
    bool progress = true;
    while (progress && !budget_spent()) {
        progress = false;
        for (const auto& pass : kPasses) {
            pass_ = pass.name;
            if ((this->*pass.run)())
                progress = true;
            if (budget_spent())
                break;
        }
    }
    return best_;
}

bool Shrinker::delete_spans() {
    bool any = false;
    for (size_t k = 0; k < best_.spans.size() && !budget_spent();) {
        const Span s = best_.spans[k];
        if (s.end <= s.begin || s.end > best_.choices.size()) {
            ++k;
            continue;
        }
        auto choices = best_.choices;
        choices.erase(choices.begin() + s.begin, choices.begin() + s.end);
        if (consider(choices)) {
            any = true; // the same index now names the next span
            continue;
        }
        // Later values may be positions in what was deleted from (indexes into a list): try
        // again with every later positive integer one lower.
        bool shifted = false;
        for (size_t j = s.begin; j < choices.size(); ++j) {
            Choice& c = choices[j];
            if (c.kind == ChoiceKind::Integer && integer_distance(c).first > 0 &&
                !integer_distance(c).second) {
                --c.value;
                shifted = true;
            }
        }
        if (shifted && consider(std::move(choices)))
            any = true;
        else
            ++k;
    }
    return any;
}

bool Shrinker::delete_runs() {
    bool any = false;
    for (size_t k : {4, 3, 2, 1}) {
        for (size_t i = best_.choices.size(); i > 0 && !budget_spent();) {
            --i;
            if (i + k > best_.choices.size())
                continue;
            auto choices = best_.choices;
            choices.erase(choices.begin() + long(i), choices.begin() + long(i + k));
            any |= consider(std::move(choices));
        }
    }
    return any;
}

bool Shrinker::pass_to_descendant() {
    bool any = false;
    for (size_t a = 0; a < best_.spans.size() && !budget_spent(); ++a) {
        const Span s = best_.spans[a];
        for (size_t b = a + 1; b < best_.spans.size() && !budget_spent(); ++b) {
            const Span d = best_.spans[b];
            if (d.begin >= s.end)
                break; // spans are ordered by their start: no more descendants
            if (d.label != s.label || d.end > s.end || (d.begin == s.begin && d.end == s.end) ||
                s.end > best_.choices.size())
                continue;
            std::vector<Choice> choices(best_.choices.begin(), best_.choices.begin() + s.begin);
            choices.insert(choices.end(), best_.choices.begin() + d.begin,
                           best_.choices.begin() + d.end);
            choices.insert(choices.end(), best_.choices.begin() + s.end, best_.choices.end());
            if (consider(std::move(choices))) {
                any = true;
                break;
            }
        }
    }
    return any;
}

bool Shrinker::zero_spans() {
    bool any = false;
    for (size_t k = 0; k < best_.spans.size() && !budget_spent(); ++k) {
        const Span s = best_.spans[k];
        if (s.end > best_.choices.size() || s.end - s.begin < 2)
            continue; // single choices are minimise-choices' work
        auto choices = best_.choices;
        bool changed = false;
        for (uint32_t i = s.begin; i < s.end; ++i) {
            Choice simple = simplest(choices[i]);
            changed |= !(simple == choices[i]);
            choices[i] = std::move(simple);
        }
        if (changed)
            any |= consider(std::move(choices));
    }
    return any;
}

bool Shrinker::try_integer(size_t i, uint64_t value, bool drop_rest) {
    if (i >= best_.choices.size())
        return false;
    auto choices = best_.choices;
    choices[i].value = value;
    if (consider(choices))
        return true;
    if (!drop_rest)
        return false;
    // The smallest span starting at i with more in it: the rest belongs to the branch i chose.
    uint32_t end = 0;
    for (const auto& s : best_.spans)
        if (s.begin == i && s.end > i + 1 && (end == 0 || s.end < end))
            end = s.end;
    if (end == 0 || end > choices.size())
        return false;
    choices.erase(choices.begin() + long(i + 1), choices.begin() + end);
    return consider(std::move(choices));
}

bool Shrinker::minimise_integer(size_t i) {
    auto still_integer = [&] {
        return i < best_.choices.size() && best_.choices[i].kind == ChoiceKind::Integer;
    };
    auto [d, below] = integer_distance(best_.choices[i]);
    if (d == 0)
        return false;
    bool any = false;
    // Positive before negative: the mirror image of a negative value is simpler.
    if (below && integer_in_bounds(best_.choices[i], integer_at(best_.choices[i], d, false)))
        any |= try_integer(i, integer_at(best_.choices[i], d, false), false);
    if (!still_integer())
        return any;
    std::tie(d, below) = integer_distance(best_.choices[i]);
    if (d == 0)
        return any;
    if (try_integer(i, integer_at(best_.choices[i], 0, below), /*drop_rest=*/true))
        return true;
    if (d > 1 && still_integer() &&
        try_integer(i, integer_at(best_.choices[i], 1, below), /*drop_rest=*/true)) {
        return true;
    }
    // Small distances in turn: failing values are often spread out (every fourth year), where a
    // binary search stops at whichever one it meets first.
    for (uint64_t k = 2; k < d && k <= 8 && still_integer() && !budget_spent(); ++k)
        if (try_integer(i, integer_at(best_.choices[i], k, below), false))
            return true;
    // Binary search for the smallest distance that still fails: 0 does not, d does.
    uint64_t lo = d > 1 ? 1 : 0, hi = d;
    while (hi - lo > 1 && still_integer() && !budget_spent()) {
        const uint64_t mid = lo + (hi - lo) / 2;
        if (try_integer(i, integer_at(best_.choices[i], mid, below), false)) {
            any = true;
            if (!still_integer())
                break;
            std::tie(hi, below) = integer_distance(best_.choices[i]);
        } else {
            lo = mid;
        }
    }
    // Across zero: a positive value at distance d comes after the negative ones closer than d
    // (order 0, 1, -1, 2, -2, ...), which the search on its own side never tries.
    if (still_integer()) {
        const auto [now, now_below] = integer_distance(best_.choices[i]);
        for (uint64_t k = 1; !now_below && k < now && k <= 8 && !budget_spent(); ++k) {
            const uint64_t v = integer_at(best_.choices[i], k, /*below=*/true);
            if (!integer_in_bounds(best_.choices[i], v))
                break;
            if (try_integer(i, v, false)) {
                any = true;
                break;
            }
        }
    }
    return any;
}

bool Shrinker::minimise_float(size_t i) {
    const double x = best_.choices[i].real;
    std::vector<double> candidates = {simplest(best_.choices[i]).real};
    if (std::isfinite(x)) {
        candidates.push_back(std::trunc(x));
        candidates.push_back(std::fabs(x));
        candidates.push_back(std::trunc(std::fabs(x)));
        candidates.push_back(x / 2);
    } else {
        candidates.push_back(std::numeric_limits<double>::max());
        candidates.push_back(-std::numeric_limits<double>::max());
    }
    bool any = false;
    for (double v : candidates) {
        if (i >= best_.choices.size() || best_.choices[i].kind != ChoiceKind::Float)
            return any;
        auto choices = best_.choices;
        choices[i].real = v;
        if (!choices[i].in_bounds())
            continue;
        any |= consider(std::move(choices));
    }
    // Integral values: binary search the magnitude, as for integers.
    if (i >= best_.choices.size() || best_.choices[i].kind != ChoiceKind::Float)
        return any;
    double hi = std::fabs(best_.choices[i].real), lo = 0;
    const double sign = std::signbit(best_.choices[i].real) ? -1 : 1;
    if (!std::isfinite(hi) || std::floor(hi) != hi || hi > 0x1p53)
        return any;
    while (hi - lo > 1 && !budget_spent()) {
        const double mid = std::floor(lo + (hi - lo) / 2);
        auto choices = best_.choices;
        choices[i].real = sign * mid;
        if (consider(std::move(choices))) {
            any = true;
            if (i >= best_.choices.size() || best_.choices[i].kind != ChoiceKind::Float)
                break;
            hi = std::fabs(best_.choices[i].real);
        } else {
            lo = mid;
        }
    }
    return any;
}

bool Shrinker::minimise_data(size_t i) {
    const ChoiceKind kind = best_.choices[i].kind;
    auto still_same = [&] { return i < best_.choices.size() && best_.choices[i].kind == kind; };
    auto try_units = [&](const std::vector<uint32_t>& units) {
        auto choices = best_.choices;
        choices[i].data = data_of(kind, units);
        return consider(std::move(choices));
    };
    bool any = false;
    {
        auto choices = best_.choices;
        choices[i] = simplest(choices[i]);
        if (consider(std::move(choices)))
            return true;
    }
    // Delta debugging: delete chunks of decreasing size.
    std::vector<uint32_t> units = units_of(best_.choices[i]);
    for (size_t chunk = std::max<size_t>(units.size() / 2, 1); chunk >= 1 && still_same();
         chunk /= 2) {
        for (size_t at = 0; at + chunk <= units.size() && !budget_spent() && still_same();) {
            if (units.size() - chunk < best_.choices[i].min) {
                at += chunk;
                continue;
            }
            std::vector<uint32_t> fewer = units;
            fewer.erase(fewer.begin() + long(at), fewer.begin() + long(at + chunk));
            if (try_units(fewer)) {
                any = true;
                units = units_of(best_.choices[i]);
            } else {
                at += chunk;
            }
        }
        if (chunk == 1)
            break;
    }
    // Lower each unit: to the simplest, else by binary search when the value is short.
    for (size_t at = 0; at < units.size() && !budget_spent() && still_same(); ++at) {
        const uint32_t key = unit_key(kind, units[at]);
        if (key == 0)
            continue;
        std::vector<uint32_t> lower = units;
        lower[at] = unit_from_key(kind, 0);
        if (try_units(lower)) {
            any = true;
            units = units_of(best_.choices[i]);
            continue;
        }
        if (units.size() > 64)
            continue;
        uint32_t lo = 0, hi = key;
        while (hi - lo > 1 && !budget_spent() && still_same() && at < units.size()) {
            const uint32_t mid = lo + (hi - lo) / 2;
            lower = units;
            lower[at] = unit_from_key(kind, mid);
            if (try_units(lower)) {
                any = true;
                units = units_of(best_.choices[i]);
                if (at >= units.size())
                    break;
                hi = unit_key(kind, units[at]);
            } else {
                lo = mid;
            }
        }
    }
    return any;
}

bool Shrinker::minimise_choices() {
    bool any = false;
    for (size_t i = 0; i < best_.choices.size() && !budget_spent(); ++i) {
        switch (best_.choices[i].kind) {
        case ChoiceKind::Boolean:
            if (best_.choices[i].value)
                any |= try_integer(i, 0, /*drop_rest=*/true);
            break;
        case ChoiceKind::Integer:
            any |= minimise_integer(i);
            break;
        case ChoiceKind::Float:
            any |= minimise_float(i);
            break;
        case ChoiceKind::Bytes:
        case ChoiceKind::String:
            any |= minimise_data(i);
            break;
        }
    }
    return any;
}

bool Shrinker::lower_duplicates() {
    std::map<uint64_t, std::vector<size_t>> groups;
    for (size_t i = 0; i < best_.choices.size(); ++i) {
        const Choice& c = best_.choices[i];
        if (c.kind == ChoiceKind::Integer && integer_distance(c).first > 0)
            groups[c.value].push_back(i);
    }
    bool any = false;
    for (const auto& [value, indexes] : groups) {
        if (indexes.size() < 2 || budget_spent())
            continue;
        auto with_distance = [&](uint64_t d) {
            auto choices = best_.choices;
            for (size_t i : indexes) {
                if (i >= choices.size() || choices[i].kind != ChoiceKind::Integer)
                    return false;
                const bool below = integer_distance(choices[i]).second;
                choices[i].value = integer_at(choices[i], d, below);
                if (!choices[i].in_bounds())
                    return false;
            }
            return consider(std::move(choices));
        };
        uint64_t hi = integer_distance(best_.choices[indexes[0]]).first, lo = 0;
        if (with_distance(0)) {
            any = true;
            continue;
        }
        while (hi - lo > 1 && !budget_spent()) {
            const uint64_t mid = lo + (hi - lo) / 2;
            if (with_distance(mid)) {
                any = true;
                hi = mid;
            } else {
                lo = mid;
            }
        }
    }
    return any;
}

bool Shrinker::redistribute_pairs() {
    bool any = false;
    constexpr size_t kWindow = 4;
    for (size_t i = 0; i < best_.choices.size() && !budget_spent(); ++i) {
        for (size_t j = i + 1; j < best_.choices.size() && j <= i + kWindow * 2; ++j) {
            if (i >= best_.choices.size() || j >= best_.choices.size())
                break;
            const Choice& a = best_.choices[i];
            const Choice& b = best_.choices[j];
            if (a.kind != ChoiceKind::Integer || b.kind != ChoiceKind::Integer ||
                a.is_signed != b.is_signed)
                continue;
            const auto [d, below] = integer_distance(a);
            if (d == 0)
                continue;
            // a moves toward its target by k; b moves the other way by k, keeping a + b.
            auto moved = [&, below = below](uint64_t k) {
                auto choices = best_.choices;
                choices[i].value = below ? choices[i].value + k : choices[i].value - k;
                choices[j].value = below ? choices[j].value - k : choices[j].value + k;
                if (!choices[i].in_bounds() || !choices[j].in_bounds())
                    return false;
                return consider(std::move(choices));
            };
            if (moved(d)) {
                any = true;
                continue;
            }
            uint64_t lo = 0, hi = d;
            for (int step = 0; step < 8 && hi - lo > 1 && !budget_spent(); ++step) {
                const uint64_t mid = lo + (hi - lo) / 2;
                if (moved(mid)) {
                    any = true;
                    break; // indexes may have shifted; next pair
                }
                hi = mid;
            }
        }
    }
    return any;
}

bool Shrinker::reorder_spans() {
    bool any = false;
    for (size_t a = 0; a < best_.spans.size() && !budget_spent(); ++a) {
        const Span s = best_.spans[a];
        for (size_t b = a + 1; b < best_.spans.size(); ++b) {
            const Span t = best_.spans[b];
            if (t.begin > s.end)
                break;
            if (t.begin != s.end || t.label != s.label || t.depth != s.depth ||
                t.end > best_.choices.size() || t.end == t.begin)
                continue;
            ChoiceSequence first, second;
            first.choices.assign(best_.choices.begin() + s.begin, best_.choices.begin() + s.end);
            second.choices.assign(best_.choices.begin() + t.begin, best_.choices.begin() + t.end);
            if (compare_sequences(second, first) >= 0)
                break;
            std::vector<Choice> choices(best_.choices.begin(), best_.choices.begin() + s.begin);
            choices.insert(choices.end(), second.choices.begin(), second.choices.end());
            choices.insert(choices.end(), first.choices.begin(), first.choices.end());
            choices.insert(choices.end(), best_.choices.begin() + t.end, best_.choices.end());
            any |= consider(std::move(choices));
            break;
        }
    }
    return any;
}

bool Shrinker::merge_pairs() {
    bool any = false;
    constexpr size_t kWindow = 32;
    for (size_t i = 0; i < best_.choices.size() && !budget_spent(); ++i) {
        for (size_t j = i + 1; j < best_.choices.size() && j <= i + kWindow && !budget_spent();
             ++j) {
            if (i >= best_.choices.size() || j >= best_.choices.size())
                break;
            const Choice& a = best_.choices[i];
            const Choice& b = best_.choices[j];
            if (a.kind != ChoiceKind::Integer || b.kind != ChoiceKind::Integer ||
                a.is_signed != b.is_signed || a.min != b.min || a.max != b.max ||
                integer_distance(a).first == 0)
                continue;
            // The spans holding a but not b, smallest first: the value a belongs to (a list
            // element with its "one more?" choice, say).
            std::vector<Span> owners;
            for (const auto& s : best_.spans)
                if (s.begin <= i && i < s.end && s.end <= j && s.end - s.begin <= 4)
                    owners.push_back(s);
            std::sort(owners.begin(), owners.end(), [](const Span& x, const Span& y) {
                return x.end - x.begin < y.end - y.begin;
            });
            // b takes a's value too, wrapping around its range as fixed-width arithmetic does.
            const uint64_t range = b.max - b.min + 1; // 0: the whole 64-bit range
            const uint64_t offset = a.value + b.value - b.min;
            const uint64_t merged = b.min + (range ? offset % range : offset);
            bool merged_one = false;
            for (const Span& owner : owners) {
                auto choices = best_.choices;
                choices[j].value = merged;
                choices.erase(choices.begin() + owner.begin, choices.begin() + owner.end);
                if (consider(std::move(choices))) {
                    merged_one = true;
                    break;
                }
            }
            if (merged_one) {
                any = true;
                break;
            }
        }
    }
    return any;
}

bool Shrinker::shift_together() {
    bool any = false;
    for (size_t k = 0; k <= best_.spans.size() && !budget_spent(); ++k) {
        // Each span, and the whole sequence.
        const uint32_t begin = k < best_.spans.size() ? best_.spans[k].begin : 0;
        const uint32_t end =
            k < best_.spans.size() ? best_.spans[k].end : uint32_t(best_.choices.size());
        if (end > best_.choices.size())
            continue;
        // Signed integers of the span, grouped by their range (keys apart from sizes).
        std::map<std::pair<uint64_t, uint64_t>, std::vector<size_t>> groups;
        for (uint32_t i = begin; i < end; ++i)
            if (best_.choices[i].kind == ChoiceKind::Integer && best_.choices[i].is_signed)
                groups[{best_.choices[i].min, best_.choices[i].max}].push_back(i);
        for (const auto& [range, ints] : groups) {
            if (ints.size() < 2 || budget_spent())
                continue;
            size_t first = ints.size();
            for (size_t n = 0; n < ints.size() && first == ints.size(); ++n)
                if (integer_distance(best_.choices[ints[n]]).first > 0)
                    first = n;
            if (first == ints.size())
                continue;
            // Move them all toward the first non-simplest one's target: the whole way if that
            // still fails, else as far as a binary search finds (x, x + 1 -> 10, 11).
            const Choice& f = best_.choices[ints[first]];
            const auto [distance, below] = integer_distance(f);
            auto shifted = [&, below = below](uint64_t k) {
                auto choices = best_.choices;
                for (size_t i : ints) {
                    choices[i].value += below ? k : uint64_t(0) - k;
                    if (!choices[i].in_bounds())
                        return false;
                }
                return consider(std::move(choices));
            };
            if (shifted(distance)) {
                any = true;
                break; // the spans changed
            }
            uint64_t lo = 0, hi = distance;
            bool moved = false;
            while (hi - lo > 1 && !budget_spent()) {
                const uint64_t mid = lo + (hi - lo) / 2;
                if (shifted(mid)) {
                    moved = true;
                    hi -= mid; // best_ moved by mid: the same target is now hi - mid away
                    lo = 0;
                } else {
                    hi = mid;
                }
            }
            if (moved) {
                any = true;
                break;
            }
        }
    }
    return any;
}

} // namespace arcwise::engine
