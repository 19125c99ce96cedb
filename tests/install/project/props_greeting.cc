// A property test through the installed SDK header.
#include "greeting.h"

#include <arcwise/arcwise.hpp>

namespace aw = arcwise;

ARCWISE_TEST(Greeting, ShortInputIsNoGreeting) {
    const auto bytes = aw::draw(aw::bytes(0, 3), "bytes");
    ARCWISE_ASSERT(!parse_greeting(bytes.data(), bytes.size()));
}
