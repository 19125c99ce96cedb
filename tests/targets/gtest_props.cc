// Property tests inside GoogleTest (arcwise/gtest.hpp), beside ordinary TEST()s, for
// tst_gtest_adapter: one property passes, one fails with a known minimal example, one crashes.
#include <algorithm>
#include <arcwise/gtest.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace aw = arcwise;

ARCWISE_TEST(GtestProps, ReverseTwice) {
    const auto xs = aw::draw(aw::vectors(aw::integers<int>()), "xs");
    auto ys = xs;
    std::reverse(ys.begin(), ys.end());
    std::reverse(ys.begin(), ys.end());
    ARCWISE_ASSERT(ys == xs);
}

// Fails once the sum reaches 1000: minimal a = 0, b = 1000.
ARCWISE_TEST(GtestProps, SumBelow1000) {
    const int a = aw::draw(aw::integers<int>(0, 100000), "a");
    const int b = aw::draw(aw::integers<int>(0, 100000), "b");
    ARCWISE_ASSERT_EQ(a + b < 1000, true);
}

// A crash: minimal x = 1001. It must fail this test, not end the test binary.
ARCWISE_TEST(GtestProps, Crash) {
    const int x = aw::draw(aw::integers<int>(-5000, 5000), "x");
    if (x > 1000) {
        volatile int* p = nullptr;
        *p = x;
    }
}

// An ordinary test in a suite of its own, and one sharing the properties' suite.
TEST(Plain, Arithmetic) {
    EXPECT_EQ(2 + 2, 4);
}

TEST(GtestProps, PlainBeside) {
    EXPECT_EQ(std::string("ab") + "c", "abc");
}
