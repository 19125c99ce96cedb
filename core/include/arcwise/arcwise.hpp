#pragma once
// The Arcwise SDK: property-based tests over typed values, fuzzed with coverage guidance and shrunk
// to the smallest failing example. One include:
//
//   #include <arcwise/arcwise.hpp>
//   namespace aw = arcwise;
//
//   ARCWISE_TEST(Sorting, KeepsElements) {               // target "Sorting.KeepsElements"
//       auto xs = aw::draw(aw::vectors(aw::integers<int>(-100, 100), 0, 50), "xs");
//       aw::assume(!xs.empty());                         // discard this example, do not fail
//       auto ys = my_sort(xs);
//       aw::event(ys.size() > 10 ? "long" : "short");   // a label counted as a feature
//       aw::target(double(ys.size()), "length");         // a score the engine tries to raise
//       ARCWISE_ASSERT(std::is_permutation(xs.begin(), xs.end(), ys.begin()));
//   }
//
// Strategies are small value types (Strategy<T>) with .map(f) and .filter(pred). Every value is
// built from typed choices (integers, floats, booleans, bytes, text) that the runtime records, so
// the engine can mutate a test's input as structured data and shrink it choice by choice.
// Values print through arcwise::Printer<T> (specialise it for your types), with operator<< as
// the fallback. The runtime that executes the tests is linked in by arcwise_add_fuzz_target().

#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <iterator>
#include <limits>
#include <memory>
#include <optional>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

// The SDK's own code is not the user's: keep it out of the coverage the fuzzer steers by.
#if defined(__clang__)
#define ARCWISE_NO_COVERAGE __attribute__((no_sanitize("coverage")))
#else
#define ARCWISE_NO_COVERAGE
#endif

namespace arcwise {

namespace detail {

// Implemented by the runtime (core/runtime/sdk.cc). Only valid while a test runs.
int64_t draw_signed(int64_t min, int64_t max);
uint64_t draw_unsigned(uint64_t min, uint64_t max);
double draw_float(double min, double max, bool allow_nan, bool allow_infinity);
bool draw_boolean(double p_true);
std::string draw_bytes(size_t min_size, size_t max_size);
std::string draw_text(size_t min_chars, size_t max_chars, uint32_t max_codepoint);
void start_span(const char* label);
void stop_span();
// True on the run whose draws are reported (the final replay of a failure).
bool printing();
void record_draw(std::string_view label, std::string printed);
[[noreturn]] void reject();
[[noreturn]] void fail_assertion(const char* expression, const char* file, int line,
                                 std::string detail);
void add_note(std::string text);
void add_event(std::string_view label);
void add_target(double score, std::string_view label);
int register_test(const char* suite, const char* name, const char* file, int line, void (*body)());
int register_example(const char* target, const char* base64, const char* file, int line);

// Thrown to end a test case early (assume, an overrun, a failed assertion). Not derived from
// std::exception, so `catch (const std::exception&)` in the code under test lets it through.
struct StopTest {};

// Nesting of draw() calls: only the outermost ones are reported.
inline thread_local int draw_depth = 0;

class SpanGuard {
public:
    ARCWISE_NO_COVERAGE explicit SpanGuard(const char* label) { start_span(label); }
    ARCWISE_NO_COVERAGE ~SpanGuard() { stop_span(); }
    SpanGuard(const SpanGuard&) = delete;
    SpanGuard& operator=(const SpanGuard&) = delete;
};

template <class T>
concept Streamable = requires(std::ostream& os, const T& v) {
    os << v;
};
template <class T>
concept Range = requires(const T& v) {
    std::begin(v);
    std::end(v);
};
template <class T>
concept TupleLike = requires {
    std::tuple_size<T>::value;
};
template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> struct is_variant : std::false_type {};
template <class... Ts> struct is_variant<std::variant<Ts...>> : std::true_type {};

ARCWISE_NO_COVERAGE inline void print_quoted(std::ostream& os, std::string_view s) {
    os << '"';
    for (size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        switch (c) {
        case '"':
            os << "\\\"";
            continue;
        case '\\':
            os << "\\\\";
            continue;
        case '\n':
            os << "\\n";
            continue;
        case '\t':
            os << "\\t";
            continue;
        case '\r':
            os << "\\r";
            continue;
        default:
            break;
        }
        // Well-formed UTF-8 stays readable; anything else is an octal escape (never ambiguous).
        size_t len = c < 0x80             ? 1
                     : (c & 0xE0) == 0xC0 ? 2
                     : (c & 0xF0) == 0xE0 ? 3
                     : (c & 0xF8) == 0xF0 ? 4
                                          : 0;
        bool ok = len > 0 && i + len <= s.size() && !(len == 1 && (c < 0x20 || c == 0x7F));
        for (size_t k = 1; ok && k < len; ++k)
            ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
        uint32_t cp = len == 1 ? c : len == 2 ? c & 0x1Fu : len == 3 ? c & 0x0Fu : c & 0x07u;
        for (size_t k = 1; ok && k < len; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
        // Invisible code points (C1 controls, zero-width and format characters) are spelled out.
        if (ok && len > 1 &&
            ((cp >= 0x80 && cp <= 0xA0) || cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) ||
             cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF)) {
            static const char* kHex = "0123456789abcdef";
            os << "\\u" << kHex[(cp >> 12) & 15] << kHex[(cp >> 8) & 15] << kHex[(cp >> 4) & 15]
               << kHex[cp & 15];
            i += len - 1;
        } else if (ok) {
            os << s.substr(i, len);
            i += len - 1;
        } else {
            const char octal[] = {'\\', char('0' + (c >> 6)), char('0' + ((c >> 3) & 7)),
                                  char('0' + (c & 7)), '\0'};
            os << octal;
        }
    }
    os << '"';
}

template <class F> ARCWISE_NO_COVERAGE void print_float(std::ostream& os, F v) {
    if (std::isnan(v)) {
        os << (std::signbit(v) ? "-nan" : "nan");
        return;
    }
    if (std::isinf(v)) {
        os << (v < 0 ? "-inf" : "inf");
        return;
    }
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    const std::string_view text(buf, size_t(r.ptr - buf));
    os << text;
    if (text.find_first_of(".e") == std::string_view::npos)
        os << ".0";
}

} // namespace detail

// How values appear in failure reports: integers in decimal, strings quoted with C++ escapes,
// containers and tuples in braces ({0, 1}, {{0}, {}}), optionals as std::nullopt or their value.
// Specialise arcwise::Printer<T> to print your own types; otherwise operator<< is used.
template <class T> struct Printer {
    ARCWISE_NO_COVERAGE static void print(std::ostream& os, const T& v);
};

template <class T> ARCWISE_NO_COVERAGE void print_to(std::ostream& os, const T& v) {
    Printer<std::remove_cvref_t<T>>::print(os, v);
}

// The printed form of a value, as failure reports show it.
template <class T> ARCWISE_NO_COVERAGE std::string repr(const T& v) {
    std::ostringstream os;
    print_to(os, v);
    return os.str();
}

template <class T> void Printer<T>::print(std::ostream& os, const T& v) {
    if constexpr (std::is_same_v<T, bool>) {
        os << (v ? "true" : "false");
    } else if constexpr (std::is_same_v<T, char>) {
        if (v == '\'')
            os << "'\\''";
        else if (v == '"')
            os << "'\"'";
        else {
            std::ostringstream quoted;
            detail::print_quoted(quoted, std::string_view(&v, 1));
            const std::string q = quoted.str();
            os << '\'' << q.substr(1, q.size() - 2) << '\'';
        }
    } else if constexpr (std::is_enum_v<T> && !detail::Streamable<T>) {
        print_to(os, static_cast<std::underlying_type_t<T>>(v));
    } else if constexpr (std::is_integral_v<T> && std::is_signed_v<T>) {
        os << static_cast<long long>(v);
    } else if constexpr (std::is_integral_v<T>) {
        os << static_cast<unsigned long long>(v);
    } else if constexpr (std::is_floating_point_v<T>) {
        detail::print_float(os, v);
    } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
        detail::print_quoted(os, std::string_view(v));
    } else if constexpr (std::is_same_v<T, std::nullopt_t>) {
        os << "std::nullopt";
    } else if constexpr (detail::is_optional<T>::value) {
        if (v)
            print_to(os, *v);
        else
            os << "std::nullopt";
    } else if constexpr (detail::is_variant<T>::value) {
        std::visit([&os](const auto& alt) { print_to(os, alt); }, v);
    } else if constexpr (detail::TupleLike<T>) {
        os << '{';
        std::apply(
            [&os](const auto&... parts) {
                size_t i = 0;
                ((os << (i++ ? ", " : ""), print_to(os, parts)), ...);
            },
            v);
        os << '}';
    } else if constexpr (detail::Range<T>) {
        os << '{';
        bool first = true;
        for (const auto& item : v) {
            os << (first ? "" : ", ");
            first = false;
            print_to(os, item);
        }
        os << '}';
    } else if constexpr (detail::Streamable<T>) {
        os << v;
    } else {
        os << "<unprintable value; specialise arcwise::Printer>";
    }
}

// A recipe for values of type T, drawn from the running test's choices. Cheap to copy.
// A custom strategy is a label and a function that draws what it needs, in order:
//   Strategy<Date> dates("dates", [] {
//       int y = draw(integers(1, 9999)), m = draw(integers(1, 12));
//       return Date{y, m, draw(integers(1, days_in_month(y, m)))};
//   });
template <class T> class Strategy {
public:
    using value_type = T;

    Strategy(const char* label, std::function<T()> generate)
        : label_(label),
          generate_(std::make_shared<const std::function<T()>>(std::move(generate))) {}

    // Draws one value (inside the running test). Prefer arcwise::draw(), which also reports it.
    ARCWISE_NO_COVERAGE T operator()() const {
        detail::SpanGuard span(label_);
        return (*generate_)();
    }

    // Values of this strategy passed through f.
    template <class F> ARCWISE_NO_COVERAGE auto map(F f) const {
        using U = std::remove_cvref_t<std::invoke_result_t<F&, T>>;
        Strategy self = *this;
        return Strategy<U>("map", [self, f]() mutable { return f(self()); });
    }

    // A strategy chosen from each value: f(value) returns the strategy to draw from next (for
    // values that depend on earlier ones: a day within the drawn month).
    template <class F> ARCWISE_NO_COVERAGE auto flat_map(F f) const {
        using S = std::remove_cvref_t<std::invoke_result_t<F&, T>>;
        using U = typename S::value_type;
        Strategy self = *this;
        return Strategy<U>("flat_map", [self, f]() mutable { return f(self())(); });
    }

    // Only values for which pred holds: a few tries, then the example is discarded.
    template <class P> ARCWISE_NO_COVERAGE Strategy filter(P pred) const {
        Strategy self = *this;
        return Strategy("filter", [self, pred]() mutable -> T {
            for (int attempt = 0; attempt < 3; ++attempt) {
                T v = self();
                if (pred(static_cast<const T&>(v)))
                    return v;
            }
            detail::reject();
        });
    }

private:
    const char* label_;
    std::shared_ptr<const std::function<T()>> generate_;
};

namespace detail {
template <class S> using value_of = typename std::remove_cvref_t<S>::value_type;
inline constexpr size_t kUnbounded = std::numeric_limits<uint32_t>::max();
} // namespace detail

// Draws a value from the strategy. May be called any number of times, anywhere in a test
// (helpers and recursion included); each top-level draw is a line of the failure report, named
// `label` or "draw N".
template <class T>
ARCWISE_NO_COVERAGE T draw(const Strategy<T>& strategy, std::string_view label = {}) {
    ++detail::draw_depth;
    struct Depth {
        ~Depth() { --detail::draw_depth; }
    } depth;
    T value = strategy();
    if (detail::draw_depth == 1 && detail::printing())
        detail::record_draw(label, repr(value));
    return value;
}

// Discards the current example when cond is false: it neither passes nor fails.
ARCWISE_NO_COVERAGE inline void assume(bool cond) {
    if (!cond)
        detail::reject();
}
// Adds a line to the failure report of this example.
inline void note(std::string text) {
    detail::add_note(std::move(text));
}
// Counts a label as a feature: examples reaching a new label are kept.
inline void event(std::string_view label) {
    detail::add_event(label);
}
// A score the engine tries to maximise (examples reaching a higher band are kept).
inline void target(double score, std::string_view label = {}) {
    detail::add_target(score, label);
}

// ---- Strategies -------------------------------------------------------------------------------

template <class T> ARCWISE_NO_COVERAGE Strategy<T> integers(T min, T max) {
    static_assert(std::is_integral_v<T> && !std::is_same_v<T, bool>,
                  "integers<T>: T must be an integer type (use booleans() for bool)");
    if constexpr (std::is_signed_v<T>)
        return Strategy<T>("integers", [min, max]() ARCWISE_NO_COVERAGE {
            return static_cast<T>(detail::draw_signed(int64_t(min), int64_t(max)));
        });
    else
        return Strategy<T>("integers", [min, max]() ARCWISE_NO_COVERAGE {
            return static_cast<T>(detail::draw_unsigned(uint64_t(min), uint64_t(max)));
        });
}
template <class T> ARCWISE_NO_COVERAGE Strategy<T> integers() {
    return integers<T>(std::numeric_limits<T>::lowest(), std::numeric_limits<T>::max());
}

// Any value of T, NaN, infinities, signed zeros and subnormals included.
template <class T = double> ARCWISE_NO_COVERAGE Strategy<T> floats() {
    static_assert(std::is_floating_point_v<T>, "floats<T>: T must be float or double");
    return Strategy<T>("floats", []() ARCWISE_NO_COVERAGE {
        constexpr double inf = std::numeric_limits<double>::infinity();
        return static_cast<T>(detail::draw_float(-inf, inf, true, true));
    });
}
// Finite values in [min, max].
template <class T = double> ARCWISE_NO_COVERAGE Strategy<T> floats(T min, T max) {
    static_assert(std::is_floating_point_v<T>, "floats<T>: T must be float or double");
    return Strategy<T>("floats", [min, max]() ARCWISE_NO_COVERAGE {
        T v = static_cast<T>(detail::draw_float(double(min), double(max), false, false));
        return v < min ? min : (v > max ? max : v);
    });
}

ARCWISE_NO_COVERAGE inline Strategy<bool> booleans() {
    return Strategy<bool>("booleans",
                          []() ARCWISE_NO_COVERAGE { return detail::draw_boolean(0.5); });
}

ARCWISE_NO_COVERAGE inline Strategy<std::vector<uint8_t>>
bytes(size_t min_size = 0, size_t max_size = detail::kUnbounded) {
    return Strategy<std::vector<uint8_t>>("bytes", [min_size, max_size]() ARCWISE_NO_COVERAGE {
        const std::string b = detail::draw_bytes(min_size, max_size);
        return std::vector<uint8_t>(b.begin(), b.end());
    });
}

// UTF-8 text of min..max code points.
ARCWISE_NO_COVERAGE inline Strategy<std::string> text(size_t min_chars = 0,
                                                      size_t max_chars = detail::kUnbounded) {
    return Strategy<std::string>("text", [min_chars, max_chars]() ARCWISE_NO_COVERAGE {
        return detail::draw_text(min_chars, max_chars, 0x10FFFF);
    });
}
// ASCII text (code points 0..127) of min..max characters.
ARCWISE_NO_COVERAGE inline Strategy<std::string> ascii(size_t min_chars = 0,
                                                       size_t max_chars = detail::kUnbounded) {
    return Strategy<std::string>("ascii", [min_chars, max_chars]() ARCWISE_NO_COVERAGE {
        return detail::draw_text(min_chars, max_chars, 0x7F);
    });
}

// Vectors of min..max elements. Each element is preceded by a "one more?" choice, so deleting an
// element while shrinking is deleting one span.
template <class T>
ARCWISE_NO_COVERAGE Strategy<std::vector<T>> vectors(Strategy<T> element, size_t min_size = 0,
                                                     size_t max_size = detail::kUnbounded) {
    if (max_size < min_size)
        max_size = min_size;
    return Strategy<std::vector<T>>("vectors", [element, min_size, max_size]() ARCWISE_NO_COVERAGE {
        const double average = std::min(double(std::max(min_size * 2, min_size + 5)),
                                        0.5 * double(min_size + max_size));
        const double more = average > double(min_size)
                                ? (average - double(min_size)) / (average - double(min_size) + 1)
                                : 0.0;
        std::vector<T> out;
        while (out.size() < max_size) {
            detail::SpanGuard span("element");
            if (out.size() >= min_size && !detail::draw_boolean(more))
                break;
            out.push_back(element());
        }
        return out;
    });
}

template <class T> ARCWISE_NO_COVERAGE Strategy<std::optional<T>> optionals(Strategy<T> inner) {
    return Strategy<std::optional<T>>("optionals",
                                      [inner]() ARCWISE_NO_COVERAGE -> std::optional<T> {
                                          if (!detail::draw_boolean(0.75))
                                              return std::nullopt;
                                          return inner();
                                      });
}

// One of the strategies (all of the same value type); shrinks toward the earlier ones.
template <class T, class... Rest>
ARCWISE_NO_COVERAGE Strategy<T> one_of(Strategy<T> first, Rest... rest) {
    static_assert((std::is_same_v<Rest, Strategy<T>> && ...),
                  "one_of: every strategy must have the same value type");
    std::vector<Strategy<T>> options{first, rest...};
    return Strategy<T>("one_of", [options]() ARCWISE_NO_COVERAGE {
        const auto i = detail::draw_unsigned(0, options.size() - 1);
        return options[size_t(i)]();
    });
}

template <class T> ARCWISE_NO_COVERAGE Strategy<T> sampled_from(std::vector<T> values) {
    if (values.empty())
        throw std::invalid_argument("arcwise::sampled_from: no values to sample from");
    return Strategy<T>("sampled_from", [values]() ARCWISE_NO_COVERAGE {
        return values[size_t(detail::draw_unsigned(0, values.size() - 1))];
    });
}
template <class T> ARCWISE_NO_COVERAGE Strategy<T> sampled_from(std::initializer_list<T> values) {
    return sampled_from(std::vector<T>(values));
}

template <class T> ARCWISE_NO_COVERAGE Strategy<T> just(T value) {
    return Strategy<T>("just", [value]() ARCWISE_NO_COVERAGE { return value; });
}

template <class... Ts>
ARCWISE_NO_COVERAGE Strategy<std::tuple<Ts...>> tuples(Strategy<Ts>... parts) {
    return Strategy<std::tuple<Ts...>>("tuples", [parts...]() ARCWISE_NO_COVERAGE {
        return std::tuple<Ts...>{parts()...}; // braced: drawn left to right
    });
}

// T built from one value of each strategy, in order: T{a, b, ...}.
template <class T, class... Ss> ARCWISE_NO_COVERAGE Strategy<T> builds(Ss... parts) {
    return Strategy<T>("builds", [parts...]() ARCWISE_NO_COVERAGE { return T{parts()...}; });
}

// A strategy created when first drawn from, so a strategy can refer to itself:
//   Strategy<Tree> trees() { return one_of(leaves(), deferred([] { return nodes(trees()); })); }
template <class F> ARCWISE_NO_COVERAGE auto deferred(F make) {
    using S = std::remove_cvref_t<std::invoke_result_t<F&>>;
    using T = typename S::value_type;
    return Strategy<T>("deferred", [make]() ARCWISE_NO_COVERAGE {
        F fresh = make;
        return fresh()();
    });
}

// Recursive data: base values, and extend(s), which builds bigger values from a strategy s of
// smaller ones; nested at most max_depth times. Shrinks toward base values.
template <class T, class F>
ARCWISE_NO_COVERAGE Strategy<T> recursive(Strategy<T> base, F extend, int max_depth = 5) {
    // Every level, the innermost too, starts with its branch choice, so a subtree is drawn the
    // same way at any depth and the shrinker can lift it up to the root.
    Strategy<T> level = one_of(base);
    for (int depth = 0; depth < max_depth; ++depth)
        level = one_of(base, Strategy<T>(extend(level)));
    return level;
}

} // namespace arcwise

// ---- Tests and assertions ---------------------------------------------------------------------

#define ARCWISE_CONCAT_INNER(a, b) a##b
#define ARCWISE_CONCAT(a, b) ARCWISE_CONCAT_INNER(a, b)

// Registers the property test "Suite.Name"; the body follows as a function body.
#define ARCWISE_TEST(Suite, Name)                                                                  \
    static void arcwise_test_##Suite##_##Name();                                                   \
    [[maybe_unused]] static const int arcwise_registered_##Suite##_##Name =                        \
        ::arcwise::detail::register_test(#Suite, #Name, __FILE__, __LINE__,                        \
                                         &arcwise_test_##Suite##_##Name);                          \
    static void arcwise_test_##Suite##_##Name()

// An example kept in the source, as Hypothesis's @example decorator keeps one: the choice
// sequence of a failing example of Suite.Name, serialised and in base64, as the workbench writes
// it for a failure it found (Failures ▸ Regression test). The binary's unit-test mode (what CTest
// runs) replays it first, before the stored regression files and the generated examples, so the
// test keeps failing as the original did until the bug is fixed. May come before or after the
// test, in any file of the binary.
#define ARCWISE_EXAMPLE(Suite, Name, base64)                                                       \
    [[maybe_unused]] static const int ARCWISE_CONCAT(arcwise_example_, __COUNTER__) =              \
        ::arcwise::detail::register_example(#Suite "." #Name, base64, __FILE__, __LINE__)

// Fails the example when cond is false.
#define ARCWISE_ASSERT(...)                                                                        \
    do {                                                                                           \
        if (!static_cast<bool>(__VA_ARGS__))                                                       \
            ::arcwise::detail::fail_assertion("ARCWISE_ASSERT(" #__VA_ARGS__ ")", __FILE__,        \
                                              __LINE__, {});                                       \
    } while (0)

// Fails the example when a != b, printing both sides.
#define ARCWISE_ASSERT_EQ(a, b)                                                                    \
    do {                                                                                           \
        const auto& arcwise_left_ = (a);                                                           \
        const auto& arcwise_right_ = (b);                                                          \
        if (!(arcwise_left_ == arcwise_right_))                                                    \
            ::arcwise::detail::fail_assertion(                                                     \
                "ARCWISE_ASSERT_EQ(" #a ", " #b ")", __FILE__, __LINE__,                           \
                "  left:  " + ::arcwise::repr(arcwise_left_) +                                     \
                    "\n  right: " + ::arcwise::repr(arcwise_right_));                              \
    } while (0)
