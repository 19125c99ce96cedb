#include "axis_scale.h"

#include <algorithm>
#include <cmath>

namespace arcwise::ui {

CountUnit count_unit(double max_value) {
    // Up to five digits read at a glance; beyond that, a unit in the title.
    if (max_value < 1e5)
        return CountUnit::One;
    if (max_value < 1e8)
        return CountUnit::Thousands;
    if (max_value < 1e11)
        return CountUnit::Millions;
    return CountUnit::Billions;
}

double divisor(CountUnit unit) {
    switch (unit) {
    case CountUnit::One:
        break;
    case CountUnit::Thousands:
        return 1e3;
    case CountUnit::Millions:
        return 1e6;
    case CountUnit::Billions:
        return 1e9;
    }
    return 1;
}

TimeUnit time_unit(double span_seconds) {
    if (span_seconds <= 180)
        return TimeUnit::Seconds;
    if (span_seconds <= 3 * 3600)
        return TimeUnit::Minutes;
    if (span_seconds <= 3 * 86400)
        return TimeUnit::Hours;
    return TimeUnit::Days;
}

double seconds_in(TimeUnit unit) {
    switch (unit) {
    case TimeUnit::Seconds:
        break;
    case TimeUnit::Minutes:
        return 60;
    case TimeUnit::Hours:
        return 3600;
    case TimeUnit::Days:
        return 86400;
    }
    return 1;
}

double nice_step(double span, int ticks, bool integers) {
    if (!(span > 0) || ticks < 1)
        return 1;
    const double raw = span / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0}) {
        if (raw <= m * magnitude * (1 + 1e-9)) {
            step = m * magnitude;
            break;
        }
    }
    if (integers && step != std::floor(step))
        step = step < 1 ? 1 : std::ceil(step / 5) * 5;
    return step;
}

LogRange log_range(double min_positive, double max) {
    if (!(min_positive > 0))
        min_positive = 1;
    max = std::max(max, min_positive);
    LogRange r;
    r.min = std::pow(10.0, std::floor(std::log10(min_positive)));
    r.max = std::pow(10.0, std::ceil(std::log10(max)));
    if (r.max <= r.min)
        r.max = r.min * 10;
    return r;
}

const char* log_label_format(const LogRange& range) {
    return range.min >= 0.1 * (1 - 1e-9) || range.max >= 1e5 ? "%.0f" : "%g";
}

} // namespace arcwise::ui
