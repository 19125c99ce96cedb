#pragma once
// The settings of a campaign, declared once: the workbench's settings page is built from this
// table, its values are stored under these keys (QSettings), and arcwise-cli's options of the same
// names mean the same thing. apply_settings() turns stored values into CampaignOptions.

#include "campaign.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>
#include <optional>
#include <vector>

namespace arcwise::campaign {

struct SettingSpec {
    enum class Kind { Integer, Seconds, Text, Choice };
    const char* key; // QSettings key ("campaign/<key>") and arcwise-cli option name
    Kind kind;
    double minimum;
    double maximum;
    const char* default_value;
    const char* label;        // translated in context "CampaignSettings"
    const char* help;         // translated in context "CampaignSettings"
    const char* choices = ""; // Choice: values separated by '|'
};

// Every campaign setting, in the order a settings page shows them.
const std::vector<SettingSpec>& campaign_settings();
const SettingSpec* find_setting(const QString& key);

// Applies values (key -> value; missing keys keep their defaults) to options. False with *error
// saying which setting and why when a value is out of range or not a choice.
bool apply_settings(const QVariantMap& values, CampaignOptions& options, QString* error);
QVariantMap default_settings();

// "90", "90s", "15m", "2h", "1h30m", "1.5s" -> milliseconds; nullopt when malformed.
std::optional<qint64> parse_duration(const QString& text);

} // namespace arcwise::campaign
