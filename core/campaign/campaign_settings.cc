#include "campaign_settings.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QThread>
#include <cmath>

namespace arcwise::campaign {

namespace {

// The context of this file's messages. A class, not a free tr(): lupdate files a free function's
// tr() under the namespace, where the translation would never be looked up.
struct CampaignSettings {
    Q_DECLARE_TR_FUNCTIONS(CampaignSettings)
};

// 3600 -> "1h", 90 -> "90s", 0.1 -> "0.1s": the largest unit that divides evenly.
QString format_seconds(double seconds) {
    static const std::pair<double, char> units[] = {{86400, 'd'}, {3600, 'h'}, {60, 'm'}};
    for (const auto& [size, unit] : units)
        if (seconds >= size && std::fmod(seconds, size) == 0)
            return QString::number(seconds / size) + QLatin1Char(unit);
    return QString::number(seconds) + QLatin1Char('s');
}

QString choices_text(const SettingSpec& s) {
    return QString::fromLatin1(s.choices).replace(QLatin1Char('|'), QStringLiteral(", "));
}

} // namespace

const std::vector<SettingSpec>& campaign_settings() {
    using K = SettingSpec::Kind;
    static const std::vector<SettingSpec> all = {
        {"cores", K::Integer, 0, 1024, "0", QT_TRANSLATE_NOOP("CampaignSettings", "Cores"),
         QT_TRANSLATE_NOOP("CampaignSettings",
                           "Worker processes fuzzing at once; 0 uses every core of this machine.")},
        {"workers-per-target", K::Integer, 0, 1024, "0",
         QT_TRANSLATE_NOOP("CampaignSettings", "Workers per target"),
         QT_TRANSLATE_NOOP("CampaignSettings",
                           "Most workers fuzzing one target at once; 0 lets the scheduler put "
                           "several on a target worth it (fewer targets than cores, or one far "
                           "ahead of the rest), 1 gives each target one.")},
        {"time", K::Seconds, 1, 30 * 86400, "", QT_TRANSLATE_NOOP("CampaignSettings", "Duration"),
         QT_TRANSLATE_NOOP("CampaignSettings",
                           "Stop the campaign after this long (90s, 15m, 2h); not given: "
                           "until it is stopped."),
         "", /*stored=*/false},
        {"slice", K::Seconds, 0.1, 3600, "10", QT_TRANSLATE_NOOP("CampaignSettings", "Time slice"),
         QT_TRANSLATE_NOOP("CampaignSettings",
                           "How long a worker fuzzes one target before the scheduler chooses "
                           "again.")},
        {"timeout", K::Seconds, 0.1, 3600, "10",
         QT_TRANSLATE_NOOP("CampaignSettings", "Time limit per input"),
         QT_TRANSLATE_NOOP("CampaignSettings",
                           "An input that runs longer than this is a failure (a hang).")},
        {"memory", K::Integer, 64, 1 << 20, "2048",
         QT_TRANSLATE_NOOP("CampaignSettings", "Memory limit (MB)"),
         QT_TRANSLATE_NOOP("CampaignSettings",
                           "A worker whose resident memory grows past this fails (out of "
                           "memory).")},
        {"schedule", K::Choice, 0, 0, "adaptive", QT_TRANSLATE_NOOP("CampaignSettings", "Schedule"),
         QT_TRANSLATE_NOOP("CampaignSettings",
                           "adaptive gives each slice to the target most likely to find new "
                           "behaviour; round-robin takes turns."),
         "adaptive|round-robin"},
        // The workbench's spin box holds an int, so the seed's range is int's for everyone.
        {"seed", K::Integer, 0, 2147483647.0, "1", QT_TRANSLATE_NOOP("CampaignSettings", "Seed"),
         QT_TRANSLATE_NOOP("CampaignSettings",
                           "Every random choice of the campaign follows from it.")},
        {"changed-since", K::Text, 0, 0, "",
         QT_TRANSLATE_NOOP("CampaignSettings", "Focus on changes since"),
         QT_TRANSLATE_NOOP("CampaignSettings",
                           "Focus on the code changed in the sources' git checkout since a base: "
                           "a ref (origin/main: its merge-base with HEAD), a duration (7d), or "
                           "auto (the merge-base with the upstream branch, else the last 7 "
                           "days); empty: no focus. Targets reaching changed code, new targets "
                           "and changed tests get more of the campaign."),
         "", /*stored=*/true, "ref|duration|auto"},
        {"change-guidance", K::Choice, 0, 0, "targets",
         QT_TRANSLATE_NOOP("CampaignSettings", "Change guidance"),
         QT_TRANSLATE_NOOP("CampaignSettings",
                           "With a focus on changes: targets gives the targets that reach "
                           "changed code more of the campaign; blocks also steers each such "
                           "target's inputs toward the changed blocks it has not reached yet "
                           "(directed fuzzing)."),
         "targets|blocks"},
        {"build-command", K::Text, 0, 0, "", QT_TRANSLATE_NOOP("CampaignSettings", "Build command"),
         QT_TRANSLATE_NOOP("CampaignSettings",
                           "When following a branch: how to build the project after a pull (run "
                           "by /bin/sh in the project); empty: cmake --build on a CMake build "
                           "tree."),
         "", /*stored=*/true, "command"},
        {"follow-interval", K::Seconds, 10, 86400, "300",
         QT_TRANSLATE_NOOP("CampaignSettings", "Fetch interval"),
         QT_TRANSLATE_NOOP("CampaignSettings", "When following a branch: how often to fetch it.")},
        {"db", K::Text, 0, 0, "", QT_TRANSLATE_NOOP("CampaignSettings", "Database"),
         QT_TRANSLATE_NOOP("CampaignSettings",
                           "Empty: PROJECT/.arcwise/arcwise.sqlite. Or a SQLite file, or "
                           "postgresql://user@host/db to share one campaign between hosts."),
         "", /*stored=*/true, "url"},
    };
    return all;
}

const SettingSpec* find_setting(const QString& key) {
    for (const SettingSpec& s : campaign_settings())
        if (key == QLatin1String(s.key))
            return &s;
    return nullptr;
}

QVariantMap default_settings() {
    QVariantMap out;
    for (const SettingSpec& s : campaign_settings())
        if (s.stored)
            out.insert(QString::fromLatin1(s.key), QString::fromLatin1(s.default_value));
    return out;
}

QString setting_range(const SettingSpec& s) {
    switch (s.kind) {
    case SettingSpec::Kind::Integer:
        return CampaignSettings::tr("%1 to %2").arg(qint64(s.minimum)).arg(qint64(s.maximum));
    case SettingSpec::Kind::Seconds:
        return CampaignSettings::tr("%1 to %2")
            .arg(format_seconds(s.minimum), format_seconds(s.maximum));
    case SettingSpec::Kind::Choice:
        return choices_text(s);
    case SettingSpec::Kind::Text:
        break;
    }
    return {};
}

bool check_setting(const SettingSpec& s, const QString& text, double* number, QString* why) {
    auto fail = [&](const QString& what) {
        if (why)
            *why = what;
        return false;
    };
    double value = 0;
    switch (s.kind) {
    case SettingSpec::Kind::Integer: {
        // Digits only: toLongLong would take a sign, and toDouble "nan", "inf" and "1e9".
        static const QRegularExpression digits(QStringLiteral("^\\d{1,18}$"));
        if (!digits.match(text).hasMatch())
            return fail(CampaignSettings::tr("'%1' is not a whole number (allowed: %2)")
                            .arg(text, setting_range(s)));
        value = double(text.toLongLong());
        break;
    }
    case SettingSpec::Kind::Seconds: {
        // Well-formed but past parse_duration()'s year is out of range, not malformed.
        static const QRegularExpression shape(
            QStringLiteral("^(?:\\d+(?:\\.\\d+)?[smhd])*\\d+(?:\\.\\d+)?[smhd]?$"));
        const auto ms = parse_duration(text);
        if (!ms && shape.match(text).hasMatch())
            return fail(CampaignSettings::tr("%1 is out of range (allowed: %2)")
                            .arg(text, setting_range(s)));
        if (!ms)
            return fail(
                CampaignSettings::tr("'%1' is not a duration like 90s, 15m or 2h (allowed: %2)")
                    .arg(text, setting_range(s)));
        value = double(*ms) / 1000.0;
        break;
    }
    case SettingSpec::Kind::Choice:
        if (!QString::fromLatin1(s.choices).split(QLatin1Char('|')).contains(text))
            return fail(CampaignSettings::tr("'%1' is not one of %2").arg(text, choices_text(s)));
        break;
    case SettingSpec::Kind::Text:
        break;
    }
    if ((s.kind == SettingSpec::Kind::Integer || s.kind == SettingSpec::Kind::Seconds) &&
        (value < s.minimum || value > s.maximum))
        return fail(
            CampaignSettings::tr("%1 is out of range (allowed: %2)").arg(text, setting_range(s)));
    if (number)
        *number = value;
    return true;
}

bool apply_settings(const QVariantMap& values, CampaignOptions& options, QString* error,
                    SettingNames names) {
    for (const SettingSpec& s : campaign_settings()) {
        const QString key = QString::fromLatin1(s.key);
        // A setting without a default may stay unset (the database, a run's duration); given,
        // it is checked like any other.
        if (!values.contains(key) && *s.default_value == '\0')
            continue;
        const QString text = values.value(key, QString::fromLatin1(s.default_value)).toString();
        double number = 0;
        QString why;
        if (!check_setting(s, text, &number, &why)) {
            if (error)
                *error = CampaignSettings::tr("%1: %2").arg(names == SettingNames::Options
                                                                ? QStringLiteral("--") + key
                                                                : CampaignSettings::tr(s.label),
                                                            why);
            return false;
        }
        if (key == QLatin1String("cores"))
            options.cores = int(number);
        else if (key == QLatin1String("workers-per-target"))
            options.workers_per_target = int(number);
        else if (key == QLatin1String("time"))
            options.duration_ms = qint64(std::llround(number * 1000));
        else if (key == QLatin1String("slice"))
            options.slice_ms = qint64(std::llround(number * 1000));
        else if (key == QLatin1String("timeout"))
            options.timeout_seconds = number;
        else if (key == QLatin1String("memory"))
            options.rss_limit_mb = int(number);
        else if (key == QLatin1String("schedule"))
            options.policy = text == QLatin1String("round-robin") ? SchedulePolicy::RoundRobin
                                                                  : SchedulePolicy::Adaptive;
        else if (key == QLatin1String("seed"))
            options.seed = uint64_t(number);
        else if (key == QLatin1String("db"))
            options.database_url = text.trimmed();
        else if (key == QLatin1String("changed-since")) {
            // Stored empty on the settings page: no focus.
            options.focus_changes = !text.trimmed().isEmpty();
            options.changed_since =
                text.trimmed() == QLatin1String("auto") ? QString() : text.trimmed();
        } else if (key == QLatin1String("change-guidance"))
            options.direct_changes = text == QLatin1String("blocks");
        else if (key == QLatin1String("build-command"))
            options.build_command = text.trimmed();
        else if (key == QLatin1String("follow-interval"))
            options.follow_interval_ms = qint64(std::llround(number * 1000));
    }
    return true;
}

QCommandLineOption setting_option(const SettingSpec& s) {
    QString help = CampaignSettings::tr(s.help);
    const QString range = setting_range(s);
    QString default_text = QString::fromLatin1(s.default_value);
    if (s.kind == SettingSpec::Kind::Seconds && !default_text.isEmpty())
        default_text = format_seconds(default_text.toDouble());
    if (!range.isEmpty())
        help += QLatin1Char(' ') +
                (default_text.isEmpty()
                     ? CampaignSettings::tr("(%1)").arg(range)
                     : CampaignSettings::tr("(%1; default %2)").arg(range, default_text));
    QString value_name = QString::fromLatin1(s.value_name ? s.value_name : "");
    if (value_name.isEmpty())
        value_name = s.kind == SettingSpec::Kind::Integer   ? QStringLiteral("n")
                     : s.kind == SettingSpec::Kind::Seconds ? QStringLiteral("duration")
                     : s.kind == SettingSpec::Kind::Choice  ? QString::fromLatin1(s.choices)
                                                            : QStringLiteral("text");
    return QCommandLineOption(QString::fromLatin1(s.key), help, value_name);
}

QList<QCommandLineOption> setting_options() {
    QList<QCommandLineOption> out;
    for (const SettingSpec& s : campaign_settings())
        out.append(setting_option(s));
    return out;
}

QVariantMap settings_given(const QCommandLineParser& parser) {
    QVariantMap out;
    for (const SettingSpec& s : campaign_settings()) {
        const QString key = QString::fromLatin1(s.key);
        if (parser.isSet(key))
            out.insert(key, parser.value(key));
    }
    return out;
}

int cores_to_use(int requested, bool oversubscribe, QString* warning) {
    const int machine = std::max(1, QThread::idealThreadCount());
    if (requested <= 0)
        return machine;
    if (requested > machine && !oversubscribe) {
        if (warning)
            *warning = CampaignSettings::tr(
                           "--cores %1 is more than the %2 cores of this machine; using %2 "
                           "(--oversubscribe uses %1)")
                           .arg(requested)
                           .arg(machine);
        return machine;
    }
    return requested;
}

std::optional<qint64> parse_duration(const QString& text) {
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)([smhd]?)"));
    // A year: far beyond any setting's range, and far from overflowing qint64 milliseconds.
    constexpr double kLongest = 366.0 * 86400e3;
    if (text.isEmpty())
        return std::nullopt;
    double total = 0;
    qsizetype at = 0;
    while (at < text.size()) {
        const auto m = part.match(text, at, QRegularExpression::NormalMatch,
                                  QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch() || m.capturedLength() == 0)
            return std::nullopt;
        const double n = m.captured(1).toDouble();
        const QString unit = m.captured(2);
        const double scale = unit == QLatin1String("m")   ? 60e3
                             : unit == QLatin1String("h") ? 3600e3
                             : unit == QLatin1String("d") ? 86400e3
                                                          : 1e3;
        total += n * scale;
        if (!std::isfinite(total) || total > kLongest)
            return std::nullopt;
        at += m.capturedLength();
    }
    return qint64(std::llround(total));
}

} // namespace arcwise::campaign
