#include "isodate.h"

#include <cstdio>

// Building with -DARCWISE_EXAMPLE_FIXED=1 fixes the planted bug (see README.md).
#ifndef ARCWISE_EXAMPLE_FIXED
#define ARCWISE_EXAMPLE_FIXED 0
#endif

namespace isodate {
namespace {

// Days before the first of each month in a common year.
constexpr int kDaysBefore[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

bool read_digits(std::string_view text, size_t at, size_t count, int& out) {
    out = 0;
    for (size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        out = out * 10 + (text[i] - '0');
    }
    return true;
}

// Leap days in the years 1 .. year - 1: every fourth year, but not every hundredth, but every
// four hundredth.
int64_t leap_days_before(int year) {
#if ARCWISE_EXAMPLE_FIXED
    const int64_t y = year - 1;
#else
    // Planted bug: counts the years 1 .. year, so in a leap year its own leap day is counted too:
    // from 1 January on (before it happened), and from 1 March on twice.
    const int64_t y = year;
#endif
    return y / 4 - y / 100 + y / 400;
}

} // namespace

bool is_leap_year(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    if (month == 2)
        return is_leap_year(year) ? 29 : 28;
    if (month == 4 || month == 6 || month == 9 || month == 11)
        return 30;
    return 31;
}

bool is_valid(const Date& d) {
    return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 &&
           d.day <= days_in_month(d.year, d.month);
}

std::optional<Date> parse(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    Date d;
    if (!read_digits(text, 0, 4, d.year) || !read_digits(text, 5, 2, d.month) ||
        !read_digits(text, 8, 2, d.day))
        return std::nullopt;
    if (!is_valid(d))
        return std::nullopt;
    return d;
}

std::string format(const Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

int day_of_year(const Date& d) {
    int n = kDaysBefore[d.month - 1] + d.day;
    if (d.month > 2 && is_leap_year(d.year))
        ++n; // 29 February came before
    return n;
}

int64_t day_number(const Date& d) {
    return int64_t(d.year - 1) * 365 + leap_days_before(d.year) + day_of_year(d) - 1;
}

Weekday weekday(const Date& d) {
    return static_cast<Weekday>(day_number(d) % 7);
}

const char* weekday_name(Weekday day) {
    static const char* const kNames[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                         "Friday", "Saturday", "Sunday"};
    return kNames[static_cast<int>(day)];
}

} // namespace isodate
