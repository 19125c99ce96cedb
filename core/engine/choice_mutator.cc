#include "choice_mutator.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace arcwise::engine {

ChoiceMutator::ChoiceMutator(Rng& rng, ByteMutator& bytes, const CmpLog* cmp_log)
    : rng_(rng), bytes_(bytes), cmp_(cmp_log) {}

bool ChoiceMutator::mutate(ChoiceSequence& seq, const ChoiceSequence* partner, size_t max_size,
                           unsigned steps) {
    applied_.clear();
    if (seq.is_single_bytes()) {
        if (partner && partner->is_single_bytes())
            bytes_.set_crossover_source(partner->choices[0].data);
        else
            bytes_.set_crossover_source({});
        const bool changed = bytes_.mutate(seq.choices[0].data, max_size, steps);
        applied_ = bytes_.applied();
        return changed;
    }
    if (seq.choices.empty())
        return false;
    bytes_.set_hot(0, 0); // the place is the payload's, not any one choice's
    bool changed = false;
    const unsigned rounds = 1 + static_cast<unsigned>(rng_.below(std::max(1u, steps)));
    for (unsigned round = 0; round < rounds; ++round) {
        const uint64_t op = rng_.below(10);
        if (op == 0 && partner && !partner->spans.empty() && !seq.spans.empty()) {
            changed |= splice_span(seq, *partner);
        } else if (op == 1 && !seq.spans.empty()) {
            changed |= delete_span(seq);
        } else if (op == 2 && !seq.spans.empty()) {
            changed |= duplicate_span(seq);
        } else if (!seq.choices.empty()) { // an earlier round may have deleted everything
            Choice& c = seq.choices[rng_.below(seq.choices.size())];
            changed |= mutate_choice(c, max_size);
        }
    }
    return changed;
}

bool ChoiceMutator::mutate_choice(Choice& c, size_t max_size) {
    switch (c.kind) {
    case ChoiceKind::Integer:
        applied_.push_back("Integer");
        return mutate_integer(c);
    case ChoiceKind::Boolean:
        applied_.push_back("FlipBoolean");
        c.value ^= 1;
        return true;
    case ChoiceKind::Float:
        applied_.push_back("Float");
        return mutate_float(c);
    case ChoiceKind::Bytes:
    case ChoiceKind::String: {
        const std::string before = c.data;
        // A string's bounds count code points, not bytes: clamp() enforces them afterwards.
        const size_t limit =
            c.kind == ChoiceKind::Bytes ? std::min<uint64_t>(max_size, c.max) : max_size;
        bytes_.set_crossover_source({});
        bytes_.mutate(c.data, limit);
        for (const char* name : bytes_.applied())
            applied_.push_back(name);
        c.clamp();
        return c.data != before;
    }
    }
    return false;
}

bool ChoiceMutator::mutate_integer(Choice& c) {
    const uint64_t before = c.value;
    switch (rng_.below(7)) {
    case 0: // anywhere in the range (unsigned arithmetic works for both signednesses)
        c.value = c.min + rng_.between(0, c.max - c.min);
        break;
    case 1: // a small step
        c.value += rng_.between(1, 16) * (rng_.coin() ? 1 : uint64_t(-1));
        break;
    case 2: // a boundary
        switch (rng_.below(3)) {
        case 0:
            c.value = c.min;
            break;
        case 1:
            c.value = c.max;
            break;
        default:
            c.value = 0;
        }
        break;
    case 3: // one bit
        c.value ^= uint64_t(1) << rng_.below(64);
        break;
    case 4: // a comparison operand the target used
        if (cmp_) {
            if (const auto* pair = cmp_->some_int(rng_)) {
                c.value = rng_.coin() ? pair->a : pair->b;
                break;
            }
        }
        c.value = rng_.next();
        break;
    case 5: // negate
        c.value = uint64_t(0) - c.value;
        break;
    default: // a power of two, near it
        c.value = (uint64_t(1) << rng_.below(63)) + rng_.between(0, 2) - 1;
    }
    c.clamp();
    return c.value != before;
}

bool ChoiceMutator::mutate_float(Choice& c) {
    const double before = c.real;
    constexpr double kSpecial[] = {0.0,
                                   -0.0,
                                   1.0,
                                   -1.0,
                                   0.5,
                                   std::numeric_limits<double>::min(),
                                   std::numeric_limits<double>::denorm_min(),
                                   std::numeric_limits<double>::max(),
                                   std::numeric_limits<double>::lowest(),
                                   std::numeric_limits<double>::epsilon()};
    switch (rng_.below(5)) {
    case 0:
        c.real = kSpecial[rng_.below(std::size(kSpecial))];
        break;
    case 1:
        c.real = rng_.coin() ? std::numeric_limits<double>::infinity()
                             : std::numeric_limits<double>::quiet_NaN();
        if (rng_.coin())
            c.real = -c.real;
        break;
    case 2:
        c.real = c.real * (rng_.coin() ? 2.0 : 0.5);
        break;
    case 3:
        c.real = std::nextafter(c.real, rng_.coin() ? std::numeric_limits<double>::infinity()
                                                    : -std::numeric_limits<double>::infinity());
        break;
    default: {
        const double lo = std::isfinite(c.real_min) ? c.real_min : -1e6;
        const double hi = std::isfinite(c.real_max) ? c.real_max : 1e6;
        const double u = rng_.unit();
        c.real = lo * (1 - u) + hi * u; // hi - lo may overflow
    }
    }
    c.clamp();
    return std::memcmp(&before, &c.real, sizeof before) != 0;
}

namespace {

// Replaces seq.choices[begin, end) by `replacement`, shifting spans after it.
void replace_range(ChoiceSequence& seq, uint32_t begin, uint32_t end,
                   const std::vector<Choice>& replacement) {
    const int64_t delta = int64_t(replacement.size()) - int64_t(end - begin);
    seq.choices.erase(seq.choices.begin() + begin, seq.choices.begin() + end);
    seq.choices.insert(seq.choices.begin() + begin, replacement.begin(), replacement.end());
    std::vector<Span> spans;
    for (Span s : seq.spans) {
        if (s.end <= begin) {
            spans.push_back(s);
        } else if (s.begin >= end) {
            s.begin = uint32_t(int64_t(s.begin) + delta);
            s.end = uint32_t(int64_t(s.end) + delta);
            spans.push_back(s);
        } else if (s.begin <= begin && s.end >= end) {
            s.end = uint32_t(int64_t(s.end) + delta);
            spans.push_back(s);
        }
        // Spans that straddle the edit no longer describe one value: drop them; the next run
        // of the test records fresh spans.
    }
    seq.spans = std::move(spans);
}

} // namespace

bool ChoiceMutator::splice_span(ChoiceSequence& seq, const ChoiceSequence& partner) {
    const Span& mine = seq.spans[rng_.below(seq.spans.size())];
    // Prefer a partner span with the same label: the same kind of value from elsewhere.
    std::vector<const Span*> same;
    for (const auto& s : partner.spans)
        if (s.label == mine.label)
            same.push_back(&s);
    if (same.empty())
        return false;
    const Span& theirs = *same[rng_.below(same.size())];
    std::vector<Choice> replacement(partner.choices.begin() + theirs.begin,
                                    partner.choices.begin() + theirs.end);
    applied_.push_back("SpliceSpan");
    replace_range(seq, mine.begin, mine.end, replacement);
    return true;
}

bool ChoiceMutator::delete_span(ChoiceSequence& seq) {
    const Span s = seq.spans[rng_.below(seq.spans.size())];
    if (s.begin == s.end)
        return false;
    applied_.push_back("DeleteSpan");
    replace_range(seq, s.begin, s.end, {});
    return true;
}

bool ChoiceMutator::duplicate_span(ChoiceSequence& seq) {
    const Span s = seq.spans[rng_.below(seq.spans.size())];
    if (s.begin == s.end || seq.choices.size() + (s.end - s.begin) > 100000)
        return false;
    std::vector<Choice> copy(seq.choices.begin() + s.begin, seq.choices.begin() + s.end);
    const std::vector<Choice> once = copy;
    copy.insert(copy.end(), once.begin(), once.end());
    applied_.push_back("DuplicateSpan");
    replace_range(seq, s.begin, s.end, copy);
    return true;
}

} // namespace arcwise::engine
