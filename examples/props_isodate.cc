// Property tests for isodate: dates are drawn field by field (arcwise::builds), kept when valid,
// and print as "YYYY-MM-DD" in failure reports (arcwise::Printer<isodate::Date> below).
#include "isodate.h"

#include <arcwise/arcwise.hpp>
#include <cstdio>
#include <optional>
#include <ostream>
#include <string>

namespace aw = arcwise;

template <> struct arcwise::Printer<isodate::Date> {
    static void print(std::ostream& os, const isodate::Date& d) {
        char buf[48];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
        os << buf;
    }
};

namespace {

// The reference calendar, written independently of the library.
bool leap(int y) {
    return y % 400 == 0 || (y % 100 != 0 && y % 4 == 0);
}
int month_length(int y, int m) {
    static const int kLength[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : kLength[m - 1];
}
// Sakamoto's method: 0 = Sunday.
const char* reference_weekday(const isodate::Date& d) {
    static const int kOffset[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    static const char* const kNames[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                         "Thursday", "Friday", "Saturday"};
    const int y = d.month < 3 ? d.year - 1 : d.year;
    return kNames[(y + y / 4 - y / 100 + y / 400 + kOffset[d.month - 1] + d.day) % 7];
}

aw::Strategy<isodate::Date> dates() {
    return aw::builds<isodate::Date>(aw::integers(1, 9999), aw::integers(1, 12),
                                     aw::integers(1, 31))
        .filter([](const isodate::Date& d) { return d.day <= month_length(d.year, d.month); });
}

} // namespace

ARCWISE_TEST(Dates, FormatParseRoundTrip) {
    const auto d = aw::draw(dates(), "date");
    const std::string text = isodate::format(d);
    aw::event(leap(d.year) ? "leap year" : "common year");
    ARCWISE_ASSERT_EQ(isodate::parse(text), std::optional(d));
}

// Days past the end of the month (29 February included in common years) are rejected.
ARCWISE_TEST(Dates, ParseRejectsDaysPastTheMonth) {
    const auto [year, month, day] = aw::draw(
        aw::tuples(aw::integers(1, 9999), aw::integers(1, 12), aw::integers(29, 99)), "fields");
    aw::assume(day > month_length(year, month));
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    ARCWISE_ASSERT(!isodate::parse(text).has_value());
}

ARCWISE_TEST(Dates, WeekdayMatchesReference) {
    const auto d = aw::draw(dates(), "date");
    ARCWISE_ASSERT_EQ(std::string(isodate::weekday_name(isodate::weekday(d))),
                      std::string(reference_weekday(d)));
}
