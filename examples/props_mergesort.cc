// Property tests for mergesort: its output must be std::sort's, whatever the input. Lists are
// drawn short (about five elements on average), so the merge step (above kSmallRange elements)
// is exercised by one example in five or so.
#include "mergesort.h"

#include <algorithm>
#include <arcwise/arcwise.hpp>
#include <vector>

namespace aw = arcwise;

namespace {

aw::Strategy<std::vector<int>> int_lists() {
    return aw::vectors(aw::integers<int>(-1000, 1000));
}

} // namespace

// Passes even with the planted bug: the lost element's slot keeps a stale value.
ARCWISE_TEST(Sorting, KeepsLength) {
    const auto xs = aw::draw(int_lists(), "xs");
    aw::event(xs.size() > mergesort::kSmallRange ? "merged" : "insertion sort only");
    ARCWISE_ASSERT_EQ(mergesort::sorted(xs).size(), xs.size());
}

ARCWISE_TEST(Sorting, MatchesStdSort) {
    const auto xs = aw::draw(int_lists(), "xs");
    auto expected = xs;
    std::sort(expected.begin(), expected.end());
    ARCWISE_ASSERT_EQ(mergesort::sorted(xs), expected);
}
