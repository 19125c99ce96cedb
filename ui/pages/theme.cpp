#include "theme.h"

#include <array>

namespace arcwise::ui {

bool is_dark(const QPalette& palette) {
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor series_color(int n, const QPalette& palette) {
    // Okabe-Ito, black replaced by a grey that shows on dark and light backgrounds.
    static constexpr std::array<QRgb, 8> kColors = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7,
                                                    0x56B4E9, 0xD55E00, 0xF0E442, 0x999999};
    QColor c = QColor::fromRgb(kColors[size_t(n) % kColors.size()]);
    return is_dark(palette) ? c.lighter(115) : c;
}

QColor status_color(const QString& status, const QPalette& palette) {
    const bool dark = is_dark(palette);
    if (status == QLatin1String("failing") || status == QLatin1String("new"))
        return dark ? QColor(0xFF, 0x8A, 0x65) : QColor(0xB0, 0x3A, 0x00);
    if (status == QLatin1String("broken"))
        return dark ? QColor(0xF0, 0x90, 0xC0) : QColor(0x9C, 0x27, 0x6B);
    if (status == QLatin1String("fuzzing"))
        return dark ? QColor(0x6C, 0xC8, 0xFF) : QColor(0x00, 0x5A, 0x9C);
    if (status == QLatin1String("fixed"))
        return dark ? QColor(0x5F, 0xD3, 0xA6) : QColor(0x00, 0x7A, 0x55);
    return palette.color(QPalette::Text);
}

QPalette dark_palette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::Mid, QColor(0x45, 0x47, 0x4a));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x50, 0x52, 0x55));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace arcwise::ui
