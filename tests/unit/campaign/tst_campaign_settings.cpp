// The settings table (core/campaign/campaign_settings.h) is the one declaration of the campaign's
// settings: the command-line options made from it carry its names and ranges, and every value
// is checked against those ranges the same way wherever it comes from.

#include "campaign/campaign_settings.h"

#include <QCommandLineParser>
#include <QThread>
#include <QtTest>
#include <cmath>

using namespace arcwise::campaign;

namespace {

bool numeric(const SettingSpec& s) {
    return s.kind == SettingSpec::Kind::Integer || s.kind == SettingSpec::Kind::Seconds;
}

// A value of the setting as a user types it: whole numbers for Integer, seconds otherwise.
QString typed(const SettingSpec& s, double value) {
    return s.kind == SettingSpec::Kind::Integer ? QString::number(qint64(value))
                                                : QString::number(value, 'g', 15);
}

} // namespace

class TestCampaignSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everySettingIsAnOptionWithItsRange_data() {
        QTest::addColumn<QString>("key");
        for (const SettingSpec& s : campaign_settings())
            QTest::newRow(s.key) << QString::fromLatin1(s.key);
    }
    void everySettingIsAnOptionWithItsRange() {
        QFETCH(QString, key);
        const SettingSpec* s = find_setting(key);
        QVERIFY(s);
        int found = 0;
        for (const QCommandLineOption& o : setting_options()) {
            if (o.names() != QStringList{key})
                continue;
            ++found;
            QVERIFY(!o.valueName().isEmpty());
            QVERIFY2(o.description().contains(setting_range(*s)), qPrintable(o.description()));
        }
        QCOMPARE(found, 1);
        if (numeric(*s)) {
            QVERIFY(s->minimum < s->maximum);
            QVERIFY(!setting_range(*s).isEmpty());
        }
        // The default is a valid value (or, with no default, the setting may stay unset).
        CampaignOptions options;
        QString error;
        const QVariantMap defaults = default_settings();
        QCOMPARE(defaults.contains(key), s->stored);
        QVERIFY2(apply_settings(defaults, options, &error), qPrintable(error));
    }

    void rangesAreTheTables_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");
        for (const SettingSpec& s : campaign_settings()) {
            if (!numeric(s))
                continue;
            const double step = s.kind == SettingSpec::Kind::Integer ? 1 : s.minimum / 2;
            QTest::addRow("%s at its minimum", s.key)
                << QString::fromLatin1(s.key) << typed(s, s.minimum) << true;
            QTest::addRow("%s at its maximum", s.key)
                << QString::fromLatin1(s.key) << typed(s, s.maximum) << true;
            QTest::addRow("%s below its minimum", s.key)
                << QString::fromLatin1(s.key) << typed(s, s.minimum - step) << false;
            QTest::addRow("%s above its maximum", s.key)
                << QString::fromLatin1(s.key) << typed(s, s.maximum + 1) << false;
            for (const char* bad : {"nan", "inf", "-inf", "1e3", "-1", "", "0x10", " 5", "5 "})
                QTest::addRow("%s = '%s'", s.key, bad)
                    << QString::fromLatin1(s.key) << QString::fromLatin1(bad) << false;
        }
        QTest::newRow("timeout of a million seconds")
            << QStringLiteral("timeout") << QStringLiteral("1000000") << false;
        QTest::newRow("time of 99999999h")
            << QStringLiteral("time") << QStringLiteral("99999999h") << false;
        QTest::newRow("time of 10^30 days")
            << QStringLiteral("time") << QStringLiteral("1000000000000000000000000000000d")
            << false;
        QTest::newRow("time 0") << QStringLiteral("time") << QStringLiteral("0") << false;
        QTest::newRow("time 1h30m") << QStringLiteral("time") << QStringLiteral("1h30m") << true;
        QTest::newRow("schedule fair")
            << QStringLiteral("schedule") << QStringLiteral("fair") << false;
        QTest::newRow("schedule round-robin")
            << QStringLiteral("schedule") << QStringLiteral("round-robin") << true;
    }
    void rangesAreTheTables() {
        // The command line's way (as arcwise-cli and arcwise parse): the options made from the
        // table, read back with settings_given(), checked by apply_settings().
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCommandLineParser parser;
        parser.addOptions(setting_options());
        QVERIFY2(parser.parse({QStringLiteral("cli"), QStringLiteral("--") + key, value}),
                 qPrintable(parser.errorText()));
        const QVariantMap given = settings_given(parser);
        QCOMPARE(given.value(key).toString(), value);
        CampaignOptions options;
        QString error;
        QCOMPARE(apply_settings(given, options, &error, SettingNames::Options), valid);
        if (!valid) {
            // Which option, what was given, what is allowed.
            QVERIFY2(error.startsWith(QStringLiteral("--") + key + QLatin1Char(':')),
                     qPrintable(error));
            QVERIFY2(error.contains(value), qPrintable(error));
            QVERIFY2(error.contains(setting_range(*find_setting(key))), qPrintable(error));
            // A settings page names it by its label.
            QVERIFY(!apply_settings(given, options, &error));
            QVERIFY2(error.startsWith(
                         QCoreApplication::translate("CampaignSettings", find_setting(key)->label)),
                     qPrintable(error));
        }
    }

    void valuesReachTheOptions() {
        CampaignOptions o;
        QString error;
        QVERIFY2(apply_settings({{QStringLiteral("cores"), QStringLiteral("3")},
                                 {QStringLiteral("time"), QStringLiteral("1h30m")},
                                 {QStringLiteral("slice"), QStringLiteral("0.5")},
                                 {QStringLiteral("timeout"), QStringLiteral("2m")},
                                 {QStringLiteral("memory"), QStringLiteral("512")},
                                 {QStringLiteral("schedule"), QStringLiteral("round-robin")},
                                 {QStringLiteral("seed"), QStringLiteral("2147483647")},
                                 {QStringLiteral("db"), QStringLiteral(" /tmp/x.sqlite ")}},
                                o, &error),
                 qPrintable(error));
        QCOMPARE(o.cores, 3);
        QCOMPARE(o.duration_ms, qint64(5400000));
        QCOMPARE(o.slice_ms, qint64(500));
        QCOMPARE(o.timeout_seconds, 120.0);
        QCOMPARE(o.rss_limit_mb, 512);
        QVERIFY(o.policy == SchedulePolicy::RoundRobin);
        QCOMPARE(o.seed, uint64_t(2147483647));
        QCOMPARE(o.database_url, QStringLiteral("/tmp/x.sqlite"));
        // Nothing given: the table's defaults, and a run without a duration.
        CampaignOptions d;
        QVERIFY(apply_settings(default_settings(), d, &error));
        QCOMPARE(d.duration_ms, qint64(0));
        QCOMPARE(d.slice_ms, qint64(10000));
        QCOMPARE(d.timeout_seconds, 10.0);
    }

    void durations_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1: malformed
        QTest::newRow("plain seconds") << QStringLiteral("90") << qint64(90000);
        QTest::newRow("fraction") << QStringLiteral("1.5s") << qint64(1500);
        QTest::newRow("mixed") << QStringLiteral("1h30m") << qint64(5400000);
        QTest::newRow("days") << QStringLiteral("2d") << qint64(172800000);
        QTest::newRow("nan") << QStringLiteral("nan") << qint64(-1);
        QTest::newRow("inf") << QStringLiteral("inf") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-5s") << qint64(-1);
        QTest::newRow("exponent") << QStringLiteral("1e9") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("unit only") << QStringLiteral("h") << qint64(-1);
        QTest::newRow("past a year") << QStringLiteral("367d") << qint64(-1);
        QTest::newRow("overflowing") << QStringLiteral("99999999999999999999999999h") << qint64(-1);
    }
    void durations() {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto parsed = parse_duration(text);
        QCOMPARE(parsed.value_or(-1), ms);
    }

    void coresBeyondTheMachine() {
        const int machine = std::max(1, QThread::idealThreadCount());
        QString warning;
        QCOMPARE(cores_to_use(0, false, &warning), machine);
        QVERIFY(warning.isEmpty());
        QCOMPARE(cores_to_use(1, false, &warning), 1);
        QVERIFY(warning.isEmpty());
        QCOMPARE(cores_to_use(machine + 7, false, &warning), machine);
        QVERIFY2(warning.contains(QString::number(machine + 7)), qPrintable(warning));
        QVERIFY(warning.contains(QStringLiteral("--oversubscribe")));
        warning.clear();
        QCOMPARE(cores_to_use(machine + 7, /*oversubscribe=*/true, &warning), machine + 7);
        QVERIFY(warning.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCampaignSettings)
#include "tst_campaign_settings.moc"
