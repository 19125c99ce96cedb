// Property tests for exprcalc: expression trees are drawn, written out as text and evaluated by
// the calculator, whose result must match evaluating the tree directly. The trees print fully
// parenthesised in failure reports (arcwise::Printer<Expr> below); the text the calculator saw
// is a note.
#include "exprcalc.h"

#include <arcwise/arcwise.hpp>
#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <tuple>

namespace aw = arcwise;

namespace {

struct Expr {
    enum class Kind { Number, Add, Subtract, Multiply, Divide };
    Kind kind = Kind::Number;
    int64_t number = 0;
    std::shared_ptr<const Expr> left, right; // operands of an operator

    static Expr make_number(int64_t n) { return Expr{Kind::Number, n, nullptr, nullptr}; }
    static Expr binary(Kind kind, Expr l, Expr r) {
        return Expr{kind, 0, std::make_shared<const Expr>(std::move(l)),
                    std::make_shared<const Expr>(std::move(r))};
    }
};

const char* symbol(Expr::Kind kind) {
    switch (kind) {
    case Expr::Kind::Add:
        return "+";
    case Expr::Kind::Subtract:
        return "-";
    case Expr::Kind::Multiply:
        return "*";
    case Expr::Kind::Divide:
        return "/";
    case Expr::Kind::Number:
        break;
    }
    return "?";
}

int precedence(const Expr& e) {
    switch (e.kind) {
    case Expr::Kind::Add:
    case Expr::Kind::Subtract:
        return 1;
    case Expr::Kind::Multiply:
    case Expr::Kind::Divide:
        return 2;
    case Expr::Kind::Number:
        break;
    }
    return e.number < 0 ? 3 : 4; // a negative number is written with a unary minus
}

// The text of `e` with as few parentheses as the grammar needs (operators are left associative).
std::string render(const Expr& e, int context = 0) {
    std::string text;
    if (e.kind == Expr::Kind::Number) {
        text = std::to_string(e.number);
    } else {
        const int p = precedence(e);
        text = render(*e.left, p) + " " + symbol(e.kind) + " " + render(*e.right, p + 1);
    }
    return precedence(e) < context ? "(" + text + ")" : text;
}

// Every operator in parentheses.
std::string render_parenthesised(const Expr& e) {
    if (e.kind == Expr::Kind::Number)
        return std::to_string(e.number);
    return "(" + render_parenthesised(*e.left) + " " + symbol(e.kind) + " " +
           render_parenthesised(*e.right) + ")";
}

// The reference: the tree evaluated directly, left operand first, the first error kept.
struct Value {
    exprcalc::Error error = exprcalc::Error::None;
    int64_t value = 0;
};

Value evaluate_tree(const Expr& e) {
    using exprcalc::Error;
    if (e.kind == Expr::Kind::Number)
        return {Error::None, e.number};
    const Value a = evaluate_tree(*e.left);
    if (a.error != Error::None)
        return a;
    const Value b = evaluate_tree(*e.right);
    if (b.error != Error::None)
        return b;
    int64_t r = 0;
    switch (e.kind) {
    case Expr::Kind::Add:
        return __builtin_add_overflow(a.value, b.value, &r) ? Value{Error::Overflow} : Value{{}, r};
    case Expr::Kind::Subtract:
        return __builtin_sub_overflow(a.value, b.value, &r) ? Value{Error::Overflow} : Value{{}, r};
    case Expr::Kind::Multiply:
        return __builtin_mul_overflow(a.value, b.value, &r) ? Value{Error::Overflow} : Value{{}, r};
    case Expr::Kind::Divide:
        if (b.value == 0)
            return {Error::DivisionByZero};
        if (b.value == -1 && a.value == INT64_MIN)
            return {Error::Overflow};
        return {Error::None, a.value / b.value};
    default:
        return {Error::Syntax};
    }
}

std::string describe(exprcalc::Error error, int64_t value) {
    if (error != exprcalc::Error::None)
        return exprcalc::error_name(error);
    return std::to_string(value);
}
std::string describe(const exprcalc::Result& r) {
    return describe(r.error, r.value);
}
std::string describe(const Value& v) {
    return describe(v.error, v.value);
}

aw::Strategy<Expr> numbers() {
    return aw::integers<int64_t>(-1000, 1000).map(Expr::make_number);
}

// Numbers and operators over smaller expressions, at most four operators deep.
aw::Strategy<Expr> expressions() {
    const auto operators = aw::sampled_from(
        {Expr::Kind::Add, Expr::Kind::Subtract, Expr::Kind::Multiply, Expr::Kind::Divide});
    return aw::recursive(
        numbers(),
        [operators](aw::Strategy<Expr> smaller) {
            return aw::tuples(operators, smaller, smaller).map([](auto t) {
                auto [kind, left, right] = std::move(t);
                return Expr::binary(kind, std::move(left), std::move(right));
            });
        },
        4);
}

} // namespace

// Failure reports show trees fully parenthesised: ((1 + 2) * -3).
template <> struct arcwise::Printer<Expr> {
    static void print(std::ostream& os, const Expr& e) { os << render_parenthesised(e); }
};

ARCWISE_TEST(Expr, EvaluatesLikeTheTree) {
    const Expr e = aw::draw(expressions(), "expr");
    const std::string text = render(e);
    aw::note("text: " + text);
    ARCWISE_ASSERT_EQ(describe(exprcalc::evaluate(text)), describe(evaluate_tree(e)));
}

// Passes even with the planted bug: with every operator in parentheses, associativity never
// matters.
ARCWISE_TEST(Expr, FullyParenthesisedEvaluatesLikeTheTree) {
    const Expr e = aw::draw(expressions(), "expr");
    const std::string text = render_parenthesised(e);
    aw::note("text: " + text);
    ARCWISE_ASSERT_EQ(describe(exprcalc::evaluate(text)), describe(evaluate_tree(e)));
}

ARCWISE_TEST(Expr, DivisionByZeroIsAnError) {
    const auto n = aw::draw(aw::integers<int64_t>(0, INT64_MAX), "n");
    const auto op = aw::draw(aw::sampled_from<std::string>({"/", "%"}), "op");
    const auto r = exprcalc::evaluate(std::to_string(n) + " " + op + " (1 - 1)");
    ARCWISE_ASSERT_EQ(describe(r), std::string("division by zero"));
}
