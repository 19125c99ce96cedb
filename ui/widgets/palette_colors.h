#pragma once
// Colour arithmetic the widgets share so that what they draw follows the palette: a light theme,
// a dark theme and a user's own palette all stay readable.

#include <QColor>
#include <QPalette>

namespace arcwise::ui {

// True when text is drawn on a dark background (QPalette::Base).
bool palette_is_dark(const QPalette& palette);
// a blended into b; amount 0 gives a, 1 gives b.
QColor mix(const QColor& a, const QColor& b, double amount);
// WCAG contrast ratio of two colours, 1 to 21.
double contrast(const QColor& a, const QColor& b);
// colour, made lighter or darker (hue kept) until it reaches min_ratio against background.
QColor readable_on(const QColor& colour, const QColor& background, double min_ratio = 4.5);
// Secondary text (offsets, file locations, runtime frames): between text and base, still readable.
QColor dimmed_text(const QPalette& palette);

} // namespace arcwise::ui
