// A property test that reports events and target() scores, for the campaign tests that check they
// are counted over every example and stored. Nothing in it fails.
#include <arcwise/arcwise.hpp>

namespace aw = arcwise;

ARCWISE_TEST(Observed, EventsAndScores) {
    const int x = aw::draw(aw::integers<int>(0, 1000), "x");
    aw::event(x % 2 == 0 ? "even" : "odd");
    aw::event("always");
    aw::event("always"); // an example counts once, however often it makes the event
    if (x > 900)
        aw::event("large");
    aw::target(double(x), "x");
    aw::target(-double(x), "minus x");
}
