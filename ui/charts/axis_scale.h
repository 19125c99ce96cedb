#pragma once
// Axis arithmetic for the dashboard's charts: round tick steps, and the unit that keeps tick
// labels short (seconds or hours, plain counts or millions). Pure functions, no widgets.

namespace arcwise::ui {

// Powers of a thousand by which large counts are divided on an axis.
enum class CountUnit { One, Thousands, Millions, Billions };
CountUnit count_unit(double max_value);
double divisor(CountUnit unit);

enum class TimeUnit { Seconds, Minutes, Hours, Days };
// The unit in which a span of time reads best (a few to a few hundred of them).
TimeUnit time_unit(double span_seconds);
double seconds_in(TimeUnit unit);

// A round step (1, 2, 2.5 or 5 times a power of ten) giving about `ticks` intervals over `span`;
// with `integers`, never a fraction (for counts shown unscaled).
double nice_step(double span, int ticks, bool integers);

// The range of a logarithmic axis (base 10) that holds [min_positive, max]: whole decades.
struct LogRange {
    double min = 1;
    double max = 10;
};
LogRange log_range(double min_positive, double max);

// The printf format of a logarithmic axis's labels over `range`: whole numbers written out in
// full (never "1e+06") once the axis reaches 1 or past 100000, so that the floor a decade below
// the counts, where their zeros sit, reads "0" rather than "0.1"; "%g" for an axis of fractions.
const char* log_label_format(const LogRange& range);

} // namespace arcwise::ui
