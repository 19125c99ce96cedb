#pragma once
// Preferences: the campaign settings (built from core/campaign/campaign_settings.h, the one table
// that declares them) and the workbench's own (colours). Stored with QSettings.

#include <QDialog>
#include <QMap>
#include <QVariantMap>

class QLabel;

namespace arcwise::ui {

// The stored campaign settings (key -> value), defaults where nothing is stored.
QVariantMap load_campaign_settings();
void save_campaign_settings(const QVariantMap& values);

// "system", "light" or "dark"; applies the palette to the application.
QString load_colour_scheme();
void apply_colour_scheme(const QString& scheme);

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    // Checks and stores the values; on a bad one, says which and stays open.
    void accept() override;

private:
    QMap<QString, QWidget*> editors_;
    QWidget* scheme_ = nullptr;
    QLabel* error_ = nullptr;
};

} // namespace arcwise::ui
