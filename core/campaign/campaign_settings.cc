#include "campaign_settings.h"

#include <QRegularExpression>

namespace arcwise::campaign {

const std::vector<SettingSpec>& campaign_settings() {
    using K = SettingSpec::Kind;
    static const std::vector<SettingSpec> all = {
        {"cores", K::Integer, 0, 1024, "0", QT_TRANSLATE_NOOP("CampaignSettings", "Cores"),
         QT_TRANSLATE_NOOP("CampaignSettings",
                           "Worker processes fuzzing at once; 0 uses every core of this machine.")},
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
        {"seed", K::Integer, 0, 2147483647.0, "1", QT_TRANSLATE_NOOP("CampaignSettings", "Seed"),
         QT_TRANSLATE_NOOP("CampaignSettings",
                           "Every random choice of the campaign follows from it.")},
        {"db", K::Text, 0, 0, "", QT_TRANSLATE_NOOP("CampaignSettings", "Database"),
         QT_TRANSLATE_NOOP("CampaignSettings",
                           "Empty: PROJECT/.arcwise/arcwise.sqlite. Or a SQLite file, or "
                           "postgresql://user@host/db to share one campaign between hosts.")},
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
        out.insert(QString::fromLatin1(s.key), QString::fromLatin1(s.default_value));
    return out;
}

bool apply_settings(const QVariantMap& values, CampaignOptions& options, QString* error) {
    auto fail = [error](const SettingSpec& s, const QString& why) {
        if (error)
            *error = QCoreApplication::translate("CampaignSettings", "%1: %2")
                         .arg(QCoreApplication::translate("CampaignSettings", s.label), why);
        return false;
    };
    for (const SettingSpec& s : campaign_settings()) {
        const QString key = QString::fromLatin1(s.key);
        const QString text = values.value(key, QString::fromLatin1(s.default_value)).toString();
        double number = 0;
        if (s.kind == SettingSpec::Kind::Integer || s.kind == SettingSpec::Kind::Seconds) {
            bool ok = false;
            number = text.toDouble(&ok);
            if (s.kind == SettingSpec::Kind::Seconds && !ok) {
                const auto ms = parse_duration(text);
                ok = ms.has_value();
                number = ok ? double(*ms) / 1000.0 : 0;
            }
            if (!ok)
                return fail(s,
                            QCoreApplication::translate("CampaignSettings", "'%1' is not a number")
                                .arg(text));
            if (number < s.minimum || number > s.maximum)
                return fail(s, QCoreApplication::translate("CampaignSettings",
                                                           "%1 is not between %2 and %3")
                                   .arg(text)
                                   .arg(s.minimum)
                                   .arg(s.maximum));
        }
        if (s.kind == SettingSpec::Kind::Choice &&
            !QString::fromLatin1(s.choices).split(QLatin1Char('|')).contains(text))
            return fail(s, QCoreApplication::translate("CampaignSettings", "'%1' is not one of %2")
                               .arg(text, QString::fromLatin1(s.choices).replace(
                                              QLatin1Char('|'), QStringLiteral(", "))));
        if (key == QLatin1String("cores"))
            options.cores = int(number);
        else if (key == QLatin1String("slice"))
            options.slice_ms = qint64(number * 1000);
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
    }
    return true;
}

std::optional<qint64> parse_duration(const QString& text) {
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)([smhd]?)"));
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
        at += m.capturedLength();
    }
    return qint64(total);
}

} // namespace arcwise::campaign
