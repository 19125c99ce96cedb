// The SDK's entry points (arcwise::detail in arcwise.hpp) and the property-test targets.

#include "property.h"

#include "crash.h"
#include "driver.h"
#include "engine/features.h"
#include "engine/serialize.h"
#include "observations.h"
#include "registry.h"

#include <algorithm>
#include <arcwise/arcwise.hpp>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cxxabi.h>
#include <exception>
#include <typeinfo>

namespace arcwise::runtime {

namespace {

struct TestCase {
    TestCase(const engine::ChoiceSequence* input, engine::Extend extend, uint64_t seed)
        : source(input, extend, seed) {}
    engine::DataSource source;
    CaseRecord record;
    unsigned draws = 0;
    bool rejected = false;
    bool overrun = false;
    bool failed = false;
    std::string kind, message, signature;
};

TestCase* g_case = nullptr;
CaseRecord g_last;

TestCase& current(const char* what) {
    if (!g_case) {
        std::fprintf(stderr,
                     "Arcwise: %s called outside a running ARCWISE_TEST (from a static "
                     "initialiser or another thread?)\n",
                     what);
        std::abort();
    }
    return *g_case;
}

std::string demangle(const char* name) {
    int status = 0;
    char* d = abi::__cxa_demangle(name, nullptr, nullptr, &status);
    std::string out = status == 0 && d ? d : name;
    std::free(d);
    return out;
}

void fail_case(TestCase& tc, std::string kind, std::string message, std::string signature) {
    if (tc.failed)
        return; // the first failure is the one reported
    tc.failed = true;
    tc.kind = std::move(kind);
    tc.message = std::move(message);
    tc.signature = std::move(signature);
}

engine::ExecResult run_property(void (*body)(), const engine::ChoiceSequence& input) {
    const RunConfig& config = run_config();
    const uint64_t seed = config.seed_from_input ? input_hash(input) : config.seed;
    TestCase tc(&input, config.extend, seed);
    if (Observations* o = observations())
        o->begin_example();
    g_case = &tc;
    try {
        body();
    } catch (const detail::StopTest&) {
    } catch (const engine::Overrun&) {
        tc.overrun = true;
    } catch (const std::exception& e) {
        const std::string type = demangle(typeid(e).name());
        fail_case(tc, "exception", "uncaught C++ exception " + type + ": " + e.what(),
                  "exception|" + type);
    } catch (...) {
        const std::type_info* t = abi::__cxa_current_exception_type();
        const std::string type = t ? demangle(t->name()) : "unknown";
        fail_case(tc, "exception", "uncaught C++ exception of type " + type, "exception|" + type);
    }
    g_case = nullptr;
    tc.record.overrun = tc.overrun;

    engine::ExecResult result;
    result.status = tc.failed                   ? engine::ExecStatus::Failure
                    : tc.rejected || tc.overrun ? engine::ExecStatus::Discard
                                                : engine::ExecStatus::Ok;
    result.realised = tc.source.take_realised();
    result.has_realised = true;
    result.extra_features = std::move(tc.source.extra_features());
    if (tc.failed) {
        result.failure_kind = tc.kind;
        result.failure_message = tc.message;
        result.failure_signature = tc.signature;
    }
    g_last = std::move(tc.record);
    return result;
}

void fill_context(FailureContext& context) {
    if (!g_case)
        return;
    context.realised = engine::serialize(g_case->source.realised());
    context.location = g_case->record.location;
    context.draws = g_case->record.draws;
    context.notes = g_case->record.notes;
    context.events = g_case->record.events;
    context.targets = g_case->record.targets;
}

// The shortest text that reads back as the same double.
std::string print_score(double score) {
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, score);
    return std::string(buf, r.ptr);
}

} // namespace

RunConfig& run_config() {
    static RunConfig config;
    return config;
}

const CaseRecord& last_case() {
    return g_last;
}

void install_property_context_hook() {
    set_failure_context_hook(fill_context);
}

uint64_t input_hash(const engine::ChoiceSequence& input) {
    uint64_t h = 1469598103934665603ULL;
    auto mix = [&h](const void* data, size_t n) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (size_t i = 0; i < n; ++i) {
            h ^= p[i];
            h *= 1099511628211ULL;
        }
    };
    for (const auto& c : input.choices) {
        mix(&c.kind, sizeof c.kind);
        mix(&c.value, sizeof c.value);
        mix(&c.real, sizeof c.real);
        mix(c.data.data(), c.data.size());
    }
    return h;
}

} // namespace arcwise::runtime

namespace arcwise::detail {

using runtime::current;

int64_t draw_signed(int64_t min, int64_t max) {
    return current("arcwise::draw").source.draw_signed(min, max);
}
uint64_t draw_unsigned(uint64_t min, uint64_t max) {
    return current("arcwise::draw").source.draw_unsigned(min, max);
}
double draw_float(double min, double max, bool allow_nan, bool allow_infinity) {
    return current("arcwise::draw").source.draw_float(min, max, allow_nan, allow_infinity);
}
bool draw_boolean(double p_true) {
    return current("arcwise::draw").source.draw_boolean(p_true);
}
std::string draw_bytes(size_t min_size, size_t max_size) {
    return current("arcwise::draw").source.draw_bytes(min_size, max_size);
}
std::string draw_text(size_t min_chars, size_t max_chars, uint32_t max_codepoint) {
    return current("arcwise::draw").source.draw_string(min_chars, max_chars, max_codepoint);
}
void start_span(const char* label) {
    current("arcwise::draw").source.start_span(engine::label_hash(label));
}
void stop_span() {
    if (runtime::g_case)
        runtime::g_case->source.stop_span();
}
bool printing() {
    return runtime::g_case && runtime::run_config().printing;
}
void record_draw(std::string_view label, std::string printed) {
    auto& tc = current("arcwise::draw");
    ++tc.draws;
    const std::string name =
        label.empty() ? "draw " + std::to_string(tc.draws) : std::string(label);
    tc.record.draws.push_back(name + '\x1f' + printed); // label, unit separator, value
}
void reject() {
    current("arcwise::assume").rejected = true;
    throw StopTest{};
}
void fail_assertion(const char* expression, const char* file, int line, std::string detail) {
    auto& tc = current("ARCWISE_ASSERT");
    const std::string where = runtime::base_name(file) + ":" + std::to_string(line);
    if (!tc.failed)
        tc.record.location = std::string(file) + ":" + std::to_string(line);
    runtime::fail_case(tc, "assertion",
                       std::string(expression) + " at " + where +
                           (detail.empty() ? "" : "\n" + detail),
                       "assertion|" + where);
    throw StopTest{};
}
void add_note(std::string text) {
    current("arcwise::note").record.notes.push_back(std::move(text));
}
void add_event(std::string_view label) {
    const std::string l(label);
    auto& tc = current("arcwise::event");
    if (printing()) {
        auto& events = tc.record.events;
        if (std::find(events.begin(), events.end(), l) == events.end())
            events.push_back(l);
    }
    tc.source.extra_features().push_back(engine::kExtraFeatureBase |
                                         (engine::label_hash(l.c_str()) & 0x07FFFFFFu));
    if (runtime::Observations* o = runtime::observations())
        o->event(label);
}
void add_target(double score, std::string_view label) {
    const std::string l(label);
    auto& tc = current("arcwise::target");
    if (printing()) {
        // One line per label, with its highest score in this example.
        auto& targets = tc.record.targets;
        const std::string prefix = l + '\x1f';
        auto same = std::find_if(targets.begin(), targets.end(),
                                 [&](const std::string& t) { return t.starts_with(prefix); });
        if (same == targets.end())
            targets.push_back(prefix + runtime::print_score(score));
        else if (const double old = std::strtod(same->c_str() + prefix.size(), nullptr);
                 score > old || std::isnan(old))
            *same = prefix + runtime::print_score(score);
    }
    // Bands of the score, 16 per doubling: reaching a new band is a new feature, so examples
    // that push the score up are kept and mutated further.
    uint32_t band = 1024;
    if (std::isfinite(score)) {
        const double b = std::min(1023.0, 16 * std::log2(1 + std::fabs(score)));
        band = score >= 0 ? 1024 + uint32_t(b) : 1023 - uint32_t(b);
    }
    tc.source.extra_features().push_back(engine::kExtraFeatureBase | 0x08000000u |
                                         ((engine::label_hash(l.c_str()) & 0xFFFFu) << 11) |
                                         (band & 0x7FFu));
    if (runtime::Observations* o = runtime::observations())
        o->target(label, score);
}
int register_example(const char* target, const char* base64, const char* file, int line) {
    // Standard base64 (RFC 4648), padding optional; anything else ends the input.
    std::string out;
    uint32_t bits = 0;
    int count = 0;
    for (const char* p = base64; p && *p && *p != '='; ++p) {
        const char c = *p;
        int v = -1;
        if (c >= 'A' && c <= 'Z')
            v = c - 'A';
        else if (c >= 'a' && c <= 'z')
            v = c - 'a' + 26;
        else if (c >= '0' && c <= '9')
            v = c - '0' + 52;
        else if (c == '+')
            v = 62;
        else if (c == '/')
            v = 63;
        if (v < 0) {
            std::fprintf(stderr, "Arcwise: WARNING: ARCWISE_EXAMPLE at %s:%d is not base64\n", file,
                         line);
            return 0;
        }
        bits = (bits << 6) | uint32_t(v);
        count += 6;
        if (count >= 8) {
            count -= 8;
            out.push_back(char((bits >> count) & 0xFF));
        }
    }
    runtime::register_source_example(
        target, {std::move(out), std::string(file) + ":" + std::to_string(line)});
    return 0;
}

int register_test(const char* suite, const char* name, const char* file, int line, void (*body)()) {
    runtime::Target t;
    t.name = std::string(suite) + "." + name;
    for (const auto& other : runtime::registered_targets())
        if (other.name == t.name)
            std::fprintf(stderr,
                         "Arcwise: WARNING: two tests are named %s (%s:%u and %s:%d); only the "
                         "first can be chosen by name\n",
                         t.name.c_str(), other.file.c_str(), other.line, file, line);
    t.kind = "property";
    t.file = file;
    t.line = unsigned(line);
    t.takes_bytes = false;
    t.run = [body](const engine::ChoiceSequence& input) {
        return runtime::run_property(body, input);
    };
    runtime::register_target(std::move(t));
    return 0;
}

} // namespace arcwise::detail
