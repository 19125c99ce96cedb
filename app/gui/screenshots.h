#pragma once
// --screenshots: lets the campaign run a while, then saves a PNG of each page of the window (the
// README's and docs' pictures are made this way, under Xvfb) and quits.

#include <QString>

namespace arcwise::ui {
class MainWindow;
}

namespace arcwise::app {

void take_screenshots(ui::MainWindow& window, const QString& dir, int delay_ms);

} // namespace arcwise::app
