#include "palette_colors.h"

#include <algorithm>
#include <cmath>

namespace arcwise::ui {

namespace {

double channel(double c) {
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c) {
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

} // namespace

bool palette_is_dark(const QPalette& palette) {
    return luminance(palette.color(QPalette::Base)) < 0.2;
}

QColor mix(const QColor& a, const QColor& b, double amount) {
    const double keep = 1.0 - amount;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amount),
                            float(a.greenF() * keep + b.greenF() * amount),
                            float(a.blueF() * keep + b.blueF() * amount));
}

double contrast(const QColor& a, const QColor& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor readable_on(const QColor& colour, const QColor& background, double min_ratio) {
    // Move away from the background's lightness in small steps; twenty steps reach black or white.
    const QColor target = luminance(background) < 0.2 ? QColor(Qt::white) : QColor(Qt::black);
    QColor c = colour;
    for (int step = 1; step <= 20 && contrast(c, background) < min_ratio; ++step)
        c = mix(colour, target, step / 20.0);
    return c;
}

QColor dimmed_text(const QPalette& palette) {
    const QColor base = palette.color(QPalette::Base);
    return readable_on(mix(palette.color(QPalette::Text), base, 0.4), base, 3.0);
}

} // namespace arcwise::ui
