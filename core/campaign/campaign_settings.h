#pragma once
// The settings of a campaign, declared once: the workbench's settings page is built from this
// table, its values are stored under these keys (QSettings), and the command-line options of
// arcwise-cli and arcwise of the same names are made from it (setting_option()), so their names,
// help, ranges and parsing cannot disagree. apply_settings() turns values into CampaignOptions.

#include "campaign.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantMap>
#include <optional>
#include <vector>

class QCommandLineParser;

namespace arcwise::campaign {

struct SettingSpec {
    enum class Kind { Integer, Seconds, Text, Choice };
    const char* key; // QSettings key ("campaign/<key>") and command-line option name
    Kind kind;
    double minimum; // Integer and Seconds (in seconds), inclusive
    double maximum;
    const char* default_value; // "": not set (Text, and a Seconds setting of one run)
    const char* label;         // translated in context "CampaignSettings"
    const char* help;          // translated in context "CampaignSettings"
    const char* choices = "";  // Choice: values separated by '|'
    // False for an option of one run (the campaign's duration): on the command line only, not
    // on the settings page and not stored.
    bool stored = true;
    const char* value_name = nullptr; // in --help; nullptr: from the kind
};

// Every campaign setting, in the order a settings page shows them.
const std::vector<SettingSpec>& campaign_settings();
const SettingSpec* find_setting(const QString& key);

// The allowed values, as a user reads them: "0 to 1024", "0.1s to 1h", "adaptive, round-robin";
// empty for text.
QString setting_range(const SettingSpec& spec);

// Checks one value of a setting. Integer: a whole number in range; Seconds: a duration
// (parse_duration) in range, *number in seconds; Choice: one of the choices; Text: anything.
// False with *why (what was given and the allowed range, without the setting's name) otherwise.
// NaN, infinities, signs and exponents are never numbers here.
bool check_setting(const SettingSpec& spec, const QString& text, double* number, QString* why);

// How apply_settings() names a setting in its errors: by its label (a settings page) or as the
// command-line option (--timeout).
enum class SettingNames { Labels, Options };

// Applies values (key -> value; missing keys keep their defaults) to options. False with *error
// saying which setting, what was given and what is allowed when a value is not valid.
bool apply_settings(const QVariantMap& values, CampaignOptions& options, QString* error,
                    SettingNames names = SettingNames::Labels);
// The stored settings' defaults (a run's options have none).
QVariantMap default_settings();

// The command-line option of a setting: its key as the name, its help with range and default.
QCommandLineOption setting_option(const SettingSpec& spec);
// One option per setting, for arcwise-cli fuzz.
QList<QCommandLineOption> setting_options();
// The settings given on a parsed command line (key -> text), for apply_settings().
QVariantMap settings_given(const QCommandLineParser& parser);

// The number of workers for a request of `requested` cores (0: every core of this machine).
// More than the machine's cores is clamped to them, with *warning saying so, unless
// `oversubscribe`.
int cores_to_use(int requested, bool oversubscribe, QString* warning);

// "90", "90s", "15m", "2h", "1h30m", "1.5s" -> milliseconds; nullopt when malformed or longer
// than a year (no sign, exponent, NaN or infinity is accepted).
std::optional<qint64> parse_duration(const QString& text);

} // namespace arcwise::campaign
