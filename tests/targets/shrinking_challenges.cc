// The shrinking challenges (github.com/jlink/shrinking-challenge), written with the Arcwise SDK as
// faithfully as C++ allows. Each property is false; what matters is the example the shrinker
// reports. The known minimum of each, in Arcwise's shortlex order of choices (0, 1, -1, 2, -2, ...
// for integers; fewer choices first):
//
//   Challenge.Reverse                    ls = {0, 1}
//   Challenge.LengthList                 ls = {900}
//   Challenge.Bound5                     p = {{}, {}, {}, {-1}, {-32768}}
//   Challenge.LargeUnionList             ls = {{0, 1, -1, 2, -2}}
//   Challenge.DifferenceMustNotBeZero    first = 10, second = 10
//   Challenge.DifferenceMustNotBeSmall   first = 10, second = 6
//   Challenge.DifferenceMustNotBeOne     first = 10, second = 9
//   Challenge.Coupling                   ls = {1, 0}
//   Challenge.Deletion                   ls = {0, 0}, i = 0
//   Challenge.Distinct                   ls = {0, 1, -1}
//   Challenge.NestedLists                ls = {{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}}
//   Challenge.Calculator                 e = ('/', 0, ('+', 0, 0))
//   Challenge.Binheap                    h = (0, None, (0, (0, None, None), (1, None, None)))
//
// tests/integration/tst_shrinking.cpp checks these minima; bench/shrinking.sh measures them over
// ten seeds.

#include <algorithm>
#include <arcwise/arcwise.hpp>
#include <climits>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <ostream>
#include <set>
#include <stdexcept>
#include <tuple>
#include <vector>

namespace aw = arcwise;

// ---- Reverse: reversing a list gives the same list --------------------------------------------

ARCWISE_TEST(Challenge, Reverse) {
    const auto ls = aw::draw(aw::vectors(aw::integers<int64_t>()), "ls");
    const std::vector<int64_t> rev(ls.rbegin(), ls.rend());
    ARCWISE_ASSERT(ls == rev);
}

// ---- Length list: a length n in [1, 100], then exactly n integers in [0, 1000] (a bind) -------

ARCWISE_TEST(Challenge, LengthList) {
    const auto lists = aw::integers<int>(1, 100).map(
        [](int n) { return aw::vectors(aw::integers<int>(0, 1000), size_t(n), size_t(n))(); });
    const auto ls = aw::draw(lists, "ls");
    ARCWISE_ASSERT(*std::max_element(ls.begin(), ls.end()) < 900);
}

// ---- Bound 5: five lists of 16-bit integers, each summing (with overflow) to less than 256 ----

namespace {

int16_t sum16(const std::vector<int16_t>& xs) {
    uint16_t sum = 0; // 16-bit arithmetic that wraps, as Int16 (Haskell) and numpy's int16 do
    for (int16_t x : xs)
        sum = uint16_t(sum + uint16_t(x));
    return int16_t(sum);
}

} // namespace

ARCWISE_TEST(Challenge, Bound5) {
    const auto bounded =
        aw::vectors(aw::integers<int16_t>()).filter([](const auto& xs) { return sum16(xs) < 256; });
    const auto p = aw::draw(aw::tuples(bounded, bounded, bounded, bounded, bounded), "p");
    std::vector<int16_t> all;
    std::apply([&all](const auto&... ls) { (all.insert(all.end(), ls.begin(), ls.end()), ...); },
               p);
    ARCWISE_ASSERT(sum16(all) < 5 * 256);
}

// ---- Large union list: at most four distinct integers across a list of lists ------------------

ARCWISE_TEST(Challenge, LargeUnionList) {
    const auto ls = aw::draw(aw::vectors(aw::vectors(aw::integers<int64_t>())), "ls");
    std::set<int64_t> all;
    for (const auto& l : ls)
        all.insert(l.begin(), l.end());
    ARCWISE_ASSERT(all.size() < 5);
}

// ---- Difference: two positive integers; passes when the first is below 10, or ... ------------

ARCWISE_TEST(Challenge, DifferenceMustNotBeZero) {
    const int first = aw::draw(aw::integers<int>(1, INT_MAX), "first");
    const int second = aw::draw(aw::integers<int>(1, INT_MAX), "second");
    if (first < 10)
        return;
    const int64_t difference = std::llabs(int64_t(first) - second);
    ARCWISE_ASSERT(difference != 0);
}

ARCWISE_TEST(Challenge, DifferenceMustNotBeSmall) {
    const int first = aw::draw(aw::integers<int>(1, INT_MAX), "first");
    const int second = aw::draw(aw::integers<int>(1, INT_MAX), "second");
    if (first < 10)
        return;
    const int64_t difference = std::llabs(int64_t(first) - second);
    ARCWISE_ASSERT(difference < 1 || difference > 4);
}

ARCWISE_TEST(Challenge, DifferenceMustNotBeOne) {
    const int first = aw::draw(aw::integers<int>(1, INT_MAX), "first");
    const int second = aw::draw(aw::integers<int>(1, INT_MAX), "second");
    if (first < 10)
        return;
    const int64_t difference = std::llabs(int64_t(first) - second);
    ARCWISE_ASSERT(difference != 1);
}

// ---- Coupling: elements are indexes into the list; no two positions point at each other -------

ARCWISE_TEST(Challenge, Coupling) {
    const auto ls = aw::draw(aw::vectors(aw::integers<int>(0, 10)), "ls");
    aw::assume(std::all_of(ls.begin(), ls.end(), [&](int v) { return size_t(v) < ls.size(); }));
    for (size_t i = 0; i < ls.size(); ++i) {
        const size_t j = size_t(ls[i]);
        if (i != j)
            ARCWISE_ASSERT(size_t(ls[j]) != i);
    }
}

// ---- Deletion: removing an element (only its first occurrence) leaves none of it -------------

ARCWISE_TEST(Challenge, Deletion) {
    auto ls = aw::draw(aw::vectors(aw::integers<int64_t>()), "ls");
    const int i = aw::draw(aw::integers<int>(0, 10), "i");
    aw::assume(size_t(i) < ls.size());
    const int64_t x = ls[size_t(i)];
    ls.erase(std::find(ls.begin(), ls.end(), x));
    ARCWISE_ASSERT(std::find(ls.begin(), ls.end(), x) == ls.end());
}

// ---- Distinct: a list has fewer than three distinct elements ----------------------------------

ARCWISE_TEST(Challenge, Distinct) {
    const auto ls = aw::draw(aw::vectors(aw::integers<int64_t>()), "ls");
    ARCWISE_ASSERT(std::set<int64_t>(ls.begin(), ls.end()).size() < 3);
}

// ---- Nested lists: the lengths of a list of lists add up to at most 10 -----------------------

ARCWISE_TEST(Challenge, NestedLists) {
    // The elements carry no information (Hypothesis draws empty tuples): only the lengths count.
    const auto ls = aw::draw(aw::vectors(aw::vectors(aw::just(0))), "ls");
    size_t total = 0;
    for (const auto& l : ls)
        total += l.size();
    ARCWISE_ASSERT(total <= 10);
}

// ---- Calculator: an expression without a literal "x / 0" evaluates without dividing by zero ---

namespace {

struct Expr {
    char op = 0; // 0 for a literal, '+' or '/'
    int value = 0;
    std::shared_ptr<const Expr> left, right;
};

aw::Strategy<Expr> expressions() {
    return aw::deferred([] {
        const auto node = [](char op) {
            return aw::tuples(aw::just(op), expressions(), expressions())
                .map([](const std::tuple<char, Expr, Expr>& t) {
                    return Expr{std::get<0>(t), 0, std::make_shared<const Expr>(std::get<1>(t)),
                                std::make_shared<const Expr>(std::get<2>(t))};
                });
        };
        return aw::one_of(aw::integers<int>().map([](int v) {
            return Expr{0, v, {}, {}};
        }),
                          node('+'), node('/'));
    });
}

// False when some division has the literal 0 as its divisor.
bool div_subterms(const Expr& e) {
    if (e.op == 0)
        return true;
    if (e.op == '/' && e.right->op == 0 && e.right->value == 0)
        return false;
    return div_subterms(*e.left) && div_subterms(*e.right);
}

// Literals are 32-bit, sums 64-bit: no overflow. Division floors, as Python's // does.
int64_t evaluate(const Expr& e) {
    if (e.op == 0)
        return e.value;
    const int64_t a = evaluate(*e.left), b = evaluate(*e.right);
    if (e.op == '+')
        return a + b;
    if (b == 0)
        throw std::domain_error("division by zero");
    const int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

} // namespace

template <> struct arcwise::Printer<Expr> {
    static void print(std::ostream& os, const Expr& e) {
        if (e.op == 0) {
            os << e.value;
            return;
        }
        os << "('" << e.op << "', ";
        print(os, *e.left);
        os << ", ";
        print(os, *e.right);
        os << ')';
    }
};

ARCWISE_TEST(Challenge, Calculator) {
    const Expr e = aw::draw(expressions(), "e");
    aw::assume(div_subterms(e));
    evaluate(e);
}

// ---- Binary heap: a wrong heap-to-sorted-list conversion ---------------------------------------

namespace {

struct HeapNode;
using HeapPtr = std::shared_ptr<const HeapNode>; // null is the empty heap
struct HeapNode {
    int head;
    HeapPtr left, right;
};
struct Heap {
    HeapPtr root;
};

// A heap whose keys are at least `bound` (none for the root), at most `size` deep in halvings.
aw::Strategy<HeapPtr> heaps(bool bounded, int bound, int size) {
    return aw::Strategy<HeapPtr>("heap", [bounded, bound, size]() -> HeapPtr {
        const int branch = aw::integers<int>(1, 8)();
        if (branch == 1 || size <= 0)
            return nullptr;
        auto keys = aw::integers<int>();
        if (bounded)
            keys = keys.filter([bound](int n) { return n >= bound; });
        const int head = keys();
        HeapPtr left = heaps(true, head, size / 2)();
        HeapPtr right = heaps(true, head, size / 2)();
        return std::make_shared<const HeapNode>(HeapNode{head, std::move(left), std::move(right)});
    });
}

std::vector<int> to_list(const HeapPtr& heap) {
    std::vector<int> result;
    std::vector<HeapPtr> stack{heap};
    while (!stack.empty()) {
        const HeapPtr h = stack.back();
        stack.pop_back();
        if (!h)
            continue;
        result.push_back(h->head);
        stack.push_back(h->left);
        stack.push_back(h->right);
    }
    return result;
}

HeapPtr merge_heaps(const HeapPtr& h1, const HeapPtr& h2) {
    if (!h1)
        return h2;
    if (!h2)
        return h1;
    if (h1->head <= h2->head)
        return std::make_shared<const HeapNode>(
            HeapNode{h1->head, merge_heaps(h1->right, h2), h1->left});
    return std::make_shared<const HeapNode>(
        HeapNode{h2->head, merge_heaps(h2->right, h1), h2->left});
}

std::vector<int> wrong_to_sorted_list(const HeapPtr& heap) {
    if (!heap)
        return {};
    std::vector<int> result{heap->head};
    const auto rest = to_list(merge_heaps(heap->left, heap->right));
    result.insert(result.end(), rest.begin(), rest.end());
    return result;
}

std::vector<int> sorted(std::vector<int> v) {
    std::sort(v.begin(), v.end());
    return v;
}

void print_heap(std::ostream& os, const HeapPtr& h) {
    if (!h) {
        os << "None";
        return;
    }
    os << '(' << h->head << ", ";
    print_heap(os, h->left);
    os << ", ";
    print_heap(os, h->right);
    os << ')';
}

} // namespace

template <> struct arcwise::Printer<Heap> {
    static void print(std::ostream& os, const Heap& h) { print_heap(os, h.root); }
};

ARCWISE_TEST(Challenge, Binheap) {
    const auto heap_strategy =
        aw::integers<int>(0, 20).map([](int size) { return Heap{heaps(false, 0, size)()}; });
    const Heap h = aw::draw(heap_strategy, "h");
    const auto l1 = to_list(h.root);
    const auto l2 = wrong_to_sorted_list(h.root);
    ARCWISE_ASSERT(l2 == sorted(l2));
    ARCWISE_ASSERT(sorted(l1) == l2);
}
