#pragma once
// Colours the workbench draws with, derived from the application palette so that light and dark
// themes both stay readable. Series colours are the Okabe-Ito palette: distinguishable with the
// common forms of colour blindness.

#include <QColor>
#include <QPalette>
#include <QString>

namespace arcwise::ui {

// The workbench's dark colour scheme (Preferences ▸ Colours: dark), on the Fusion style.
QPalette dark_palette();
// True when the palette's window is dark (the system runs a dark theme).
bool is_dark(const QPalette& palette);
// The n-th colour of a series (wraps around after eight).
QColor series_color(int n, const QPalette& palette);
// Text colour for a target status (idle, fuzzing, failing, fixed, broken) or failure status.
QColor status_color(const QString& status, const QPalette& palette);

} // namespace arcwise::ui
