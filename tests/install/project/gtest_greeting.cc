// Property tests inside GoogleTest, through the installed SDK: an ARCWISE_TEST beside a TEST(),
// both GoogleTest tests of one binary that the campaign can fuzz too.
#include "greeting.h"

#include <arcwise/gtest.hpp>
#include <gtest/gtest.h>

namespace aw = arcwise;

TEST(Greeting, RecognisesHelo) {
    const uint8_t helo[] = {'H', 'E', 'L', 'O'};
    EXPECT_TRUE(parse_greeting(helo, sizeof helo));
}

ARCWISE_TEST(Greeting, ShortInputIsNoGreeting) {
    const auto bytes = aw::draw(aw::bytes(0, 3), "bytes");
    ARCWISE_ASSERT(!parse_greeting(bytes.data(), bytes.size()));
}

// Fails for every count from 500 up: the shrunk example is n = 500.
ARCWISE_TEST(Greeting, RepeatsStayShort) {
    const int n = aw::draw(aw::integers<int>(0, 1000), "n");
    ARCWISE_ASSERT(n < 500);
}
