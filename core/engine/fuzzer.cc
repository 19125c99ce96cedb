#include "fuzzer.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <tuple>
#include <utility>

namespace arcwise::engine {

namespace {

Corpus::Options corpus_options(const FuzzOptions& o) {
    Corpus::Options c;
    c.entropic = o.entropic;
    c.frontier = o.frontier ? o.frontier_boost : FrontierBoost::Off;
    c.frontier_max_boost = o.frontier_max_boost;
    return c;
}

} // namespace

std::pair<size_t, size_t> changed_span(std::string_view before, std::string_view now) {
    const size_t common = std::min(now.size(), before.size());
    size_t prefix = 0;
    while (prefix < common && now[prefix] == before[prefix])
        ++prefix;
    size_t suffix = 0;
    while (suffix < common - prefix &&
           now[now.size() - 1 - suffix] == before[before.size() - 1 - suffix])
        ++suffix;
    // Bytes only taken out leave an empty span: it is then the byte at that place.
    return {prefix, std::max(prefix + 1, now.size() - suffix)};
}

Fuzzer::Fuzzer(Executor& executor, Observer& observer, FuzzOptions options)
    : executor_(executor), observer_(observer), options_(options), rng_(options.seed),
      byte_mutator_(rng_, options.dictionary, &auto_dictionary_, &cmp_log_),
      choice_mutator_(rng_, byte_mutator_, &cmp_log_), corpus_(corpus_options(options)) {
    start_ = last_pulse_ = std::chrono::steady_clock::now();
    features_.reserve(1 << 16);
    byte_mutator_.set_custom(options.custom);
    byte_mutator_.set_only_ascii(options.only_ascii);
}

FuzzStats Fuzzer::stats() const {
    FuzzStats s;
    s.runs = runs_;
    s.features = corpus_.feature_count();
    s.edges = executor_.covered_edges();
    s.corpus_size = corpus_.size();
    s.corpus_bytes = corpus_.total_bytes();
    s.max_len = mutation_len_;
    s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    s.execs_per_second = s.seconds > 0 ? double(runs_) / s.seconds : 0;
    s.discards = discards_;
    s.last_new_run = last_new_run_;
    s.discovery_estimate =
        runs_ ? std::min(1.0, double(corpus_.singletons()) / double(runs_)) : 1.0;
    return s;
}

bool Fuzzer::run_one(const ChoiceSequence& input, CorpusEntry* parent) {
    features_.clear();
    ExecResult result = executor_.execute(input, features_);
    ++runs_;
    if (parent)
        ++parent->executed_mutations;
    if (result.status == ExecStatus::Discard) {
        ++discards_;
        maybe_pulse();
        return true;
    }
    if (result.status == ExecStatus::Failure) {
        const ChoiceSequence& failing = result.has_realised ? result.realised : input;
        if (observer_.on_failure(failing, result, stats())) {
            failed_ = true;
            return false;
        }
        return true;
    }
    const size_t fresh = corpus_.observe(features_, parent);
    if (fresh > 0) {
        ChoiceSequence kept = result.has_realised ? std::move(result.realised) : input;
        CorpusEntry& entry = corpus_.add(std::move(kept), features_);
        if (parent) {
            ++parent->children;
            mark_hot(entry, *parent);
        }
        last_new_run_ = runs_;
        learn_word();
        observer_.on_new(entry, stats(), how_);
    } else if (parent && !result.has_realised && input.payload_size() < parent->size &&
               corpus_.try_reduce(*parent, input, features_)) {
        // A reduced input is about as long as what it passes: when the place is not one byte
        // that is still there, the next step is taken to read past its end.
        if (parent->size > 0 &&
            (parent->hot_end != parent->hot_begin + 1 || parent->hot_end > parent->size)) {
            parent->hot_begin = parent->size - 1;
            parent->hot_end = parent->size;
        }
        observer_.on_reduce(*parent, stats(), how_);
    }
    maybe_pulse();
    return true;
}

void Fuzzer::mark_hot(CorpusEntry& entry, const CorpusEntry& parent) {
    if (!entry.input.is_single_bytes() || !parent.input.is_single_bytes())
        return;
    std::tie(entry.hot_begin, entry.hot_end) =
        changed_span(parent.input.choices[0].data, entry.input.choices[0].data);
}

void Fuzzer::learn_word() {
    // A comparison operand that led to new coverage is worth trying elsewhere too.
    constexpr size_t kMaxAutoWords = 1024;
    const std::string& word = byte_mutator_.last_cmp_word();
    if (word.size() < 2 || auto_dictionary_.size() >= kMaxAutoWords)
        return;
    for (const char* m : how_) {
        if (std::strcmp(m, "AddWordFromCmp") == 0 || std::strcmp(m, "AddIntFromCmp") == 0) {
            auto_dictionary_.add(word);
            return;
        }
    }
}

void Fuzzer::maybe_pulse() {
    if (runs_ >= next_pulse_runs_) {
        next_pulse_runs_ *= 2;
        observer_.on_pulse(stats());
        return;
    }
    if ((runs_ & 3) != 0)
        return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_pulse_ >= std::chrono::seconds(1)) {
        last_pulse_ = now;
        observer_.on_pulse(stats());
    }
}

void Fuzzer::maybe_refresh_frontier() {
    // Asking is cheap (the source returns at once while coverage is unchanged), but not free:
    // every 256 runs is often enough for a signal that moves with new coverage.
    if (!options_.frontier || runs_ < next_frontier_check_)
        return;
    next_frontier_check_ = runs_ + 256;
    if (options_.frontier->refresh(runs_, frontier_weights_))
        corpus_.set_frontier(frontier_weights_);
}

void Fuzzer::load(const std::vector<ChoiceSequence>& inputs) {
    for (const auto& input : inputs) {
        if (stopping_ || budget_spent())
            break;
        if (input.payload_size() > options_.max_len && input.is_single_bytes()) {
            ChoiceSequence cut = input;
            cut.choices[0].data.resize(options_.max_len);
            if (!run_one(cut, nullptr))
                return;
        } else if (!run_one(input, nullptr)) {
            return;
        }
    }
    if (corpus_.empty() && !stopping_ && !failed_ && !budget_spent()) {
        // Nothing interesting yet (or nothing given): start from the empty input, as libFuzzer
        // does. Force it into the corpus even without features so there is something to mutate.
        ChoiceSequence empty = ChoiceSequence::from_bytes({});
        features_.clear();
        run_one(empty, nullptr);
        if (corpus_.empty() && !failed_)
            corpus_.add(std::move(empty), {});
    }
    const size_t largest = corpus_.max_input_size();
    mutation_len_ = options_.len_control ? std::min(options_.max_len, std::max<size_t>(4, largest))
                                         : options_.max_len;
    last_length_bump_ = runs_;
}

bool Fuzzer::budget_spent() const {
    if (options_.max_runs && runs_ - budget_runs_base_ >= options_.max_runs)
        return true;
    if (options_.max_seconds > 0 && (runs_ & 15) == 0) {
        const double elapsed =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
        return elapsed - budget_seconds_base_ >= options_.max_seconds;
    }
    return false;
}

void Fuzzer::renew_budget(uint64_t max_runs, double max_seconds) {
    options_.max_runs = max_runs;
    options_.max_seconds = max_seconds;
    budget_runs_base_ = runs_;
    budget_seconds_base_ =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    stopping_ = false;
    failed_ = false;
}

void Fuzzer::update_length_limit() {
    // libFuzzer's length control: grow the limit slowly, only after a plateau, so that short
    // inputs are explored first and long ones do not drown the corpus.
    if (!options_.len_control || mutation_len_ >= options_.max_len)
        return;
    const size_t log_len = std::bit_width(mutation_len_) - 1;
    if (runs_ - std::max(last_new_run_, last_length_bump_) >
        uint64_t(options_.len_control) * log_len) {
        mutation_len_ = std::min(options_.max_len, mutation_len_ + std::max<size_t>(1, log_len));
        last_length_bump_ = runs_;
    }
}

void Fuzzer::loop() {
    if (corpus_.empty())
        load({});
    // As libFuzzer: pick an entry, then apply up to kMutateDepth mutations one after the other,
    // running the target after each, until one finds something new.
    constexpr int kMutateDepth = 5;
    ChoiceSequence scratch;
    while (!stopping_ && !failed_ && !budget_spent()) {
        if (!injected_.empty()) {
            for (const ChoiceSequence& input : std::exchange(injected_, {}))
                if (!run_one(input, nullptr))
                    break;
            continue;
        }
        update_length_limit();
        maybe_refresh_frontier();
        CorpusEntry& parent = corpus_.choose(rng_);
        const ChoiceSequence* partner = corpus_.size() > 1 ? &corpus_.any(rng_).input : nullptr;
        // The place of a fresh find gets a bounded share of its entry's mutations: enough to take
        // the next step of a check made in order, not so many that an entry whose place leads
        // nowhere keeps them from the others.
        if (options_.hot_place && parent.hot_tries < kHotTries)
            byte_mutator_.set_hot(parent.hot_begin, parent.hot_end);
        else
            byte_mutator_.set_hot(0, 0);
        scratch = parent.input;
        how_.clear();
        for (int depth = 0; depth < kMutateDepth; ++depth) {
            if (depth == 1) // the place is the entry's, not that of a copy already changed
                byte_mutator_.set_hot(0, 0);
            if (!choice_mutator_.mutate(scratch, partner, mutation_len_, /*steps=*/1))
                break;
            how_.insert(how_.end(), choice_mutator_.applied().begin(),
                        choice_mutator_.applied().end());
            if (depth == 0 && !choice_mutator_.applied().empty() &&
                choice_mutator_.applied().front() == ByteMutator::kHotName)
                ++parent.hot_tries;
            const uint64_t found = corpus_.size();
            if (!run_one(scratch, &parent) || corpus_.size() != found || stopping_ ||
                budget_spent())
                break;
        }
    }
    observer_.on_pulse(stats());
}

} // namespace arcwise::engine
