// isodate: calendar dates in the proleptic Gregorian calendar, years 1 to 9999, read and written
// as ISO 8601 "YYYY-MM-DD".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace isodate {

struct Date {
    int year = 1;  // 1 .. 9999
    int month = 1; // 1 .. 12
    int day = 1;   // 1 .. days_in_month(year, month)

    bool operator==(const Date&) const = default;
};

enum class Weekday { Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

bool is_leap_year(int year);
int days_in_month(int year, int month);
bool is_valid(const Date& date);

// "YYYY-MM-DD", exactly ten characters; std::nullopt for anything else or an invalid date.
std::optional<Date> parse(std::string_view text);
std::string format(const Date& date);

// Day of the year, 1 (1 January) .. 366.
int day_of_year(const Date& date);
// Days since 0001-01-01 (day 0), a Monday.
int64_t day_number(const Date& date);
Weekday weekday(const Date& date);

const char* weekday_name(Weekday day);

} // namespace isodate
