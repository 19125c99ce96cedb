// arcwise: the workbench. Options and wiring only; the window is ui/pages/main_window.h.
#include "campaign/campaign_settings.h"
#include "pages/main_window.h"
#include "pages/settings_dialog.h"
#include "screenshots.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstdio>

namespace {

void load_translations(QApplication& app) {
    // Ours are built into the binary (qt_add_translations); Qt's own come from the system.
    auto* ours = new QTranslator(&app);
    // English (for its plural forms) where there is no translation for the user's language.
    if (ours->load(QLocale(), QStringLiteral("arcwise"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")) ||
        ours->load(QStringLiteral(":/i18n/arcwise_en.qm")))
        QApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

int usage_error(const QString& text) {
    std::fprintf(stderr, "arcwise: %s\n", qPrintable(text));
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Arcwise"));
    QApplication::setApplicationName(QStringLiteral("Arcwise"));
    QApplication::setApplicationVersion(QStringLiteral(ARCWISE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.arcwise.Arcwise"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/arcwise.svg")));
    load_translations(app);

    QCommandLineParser p;
    p.setApplicationDescription(QApplication::translate(
        "main", "The Arcwise workbench: adaptive, coverage-guided fuzzing of C and C++ targets."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(
        QStringLiteral("project"),
        QApplication::translate("main", "A build tree with fuzz targets to open."),
        QStringLiteral("[project]"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QApplication::translate("main",
                                                        "Database URL (default: "
                                                        "PROJECT/.arcwise/arcwise.sqlite)."),
                                QStringLiteral("url"));
    const QCommandLineOption start(QStringLiteral("start"),
                                   QApplication::translate("main", "Start fuzzing at once."));
    // Named, explained and checked by the settings table, as arcwise-cli's and the settings page.
    using arcwise::campaign::find_setting;
    const arcwise::campaign::SettingSpec& time_setting = *find_setting(QStringLiteral("time"));
    const arcwise::campaign::SettingSpec& cores_setting = *find_setting(QStringLiteral("cores"));
    const QCommandLineOption time = arcwise::campaign::setting_option(time_setting);
    const QCommandLineOption cores = arcwise::campaign::setting_option(cores_setting);
    const QCommandLineOption targets(
        QStringLiteral("targets"),
        QApplication::translate("main", "Only targets matching this glob (repeatable)."),
        QStringLiteral("glob"));
    const QCommandLineOption colours(
        QStringLiteral("colours"),
        QApplication::translate("main", "system, light or dark (default: the stored setting)."),
        QStringLiteral("scheme"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        QApplication::translate("main", "Save a PNG of each page into DIR once the campaign has "
                                        "run a while, then quit."),
        QStringLiteral("dir"));
    const QCommandLineOption delay(
        QStringLiteral("screenshot-delay"),
        QApplication::translate("main", "Seconds of fuzzing before --screenshots (default 30)."),
        QStringLiteral("seconds"), QStringLiteral("30"));
    p.addOptions({db, start, time, cores, targets, colours, screenshots, delay});
    p.process(app);

    arcwise::ui::LaunchOptions launch;
    const QStringList args = p.positionalArguments();
    if (args.size() > 1)
        return usage_error(QApplication::translate("main", "give one project directory"));
    if (!args.isEmpty())
        launch.project = QDir(args.first()).absolutePath();
    launch.database_url = p.value(db);
    launch.start = p.isSet(start);
    // Started without a project: the last one, on its page, as a desktop application does.
    launch.reopen_last = !p.isSet(screenshots);
    launch.targets = p.values(targets);
    double number = 0;
    QString why;
    if (p.isSet(time)) {
        if (!arcwise::campaign::check_setting(time_setting, p.value(time), &number, &why))
            return usage_error(QStringLiteral("--time: ") + why);
        launch.duration_ms = qint64(number * 1000);
    }
    if (p.isSet(cores)) {
        if (!arcwise::campaign::check_setting(cores_setting, p.value(cores), &number, &why))
            return usage_error(QStringLiteral("--cores: ") + why);
        launch.cores = int(number);
    }
    const QString scheme = p.isSet(colours) ? p.value(colours) : arcwise::ui::load_colour_scheme();
    if (scheme != QLatin1String("system") && scheme != QLatin1String("light") &&
        scheme != QLatin1String("dark"))
        return usage_error(
            QApplication::translate("main", "--colours is system, light or dark, not '%1'")
                .arg(scheme));
    arcwise::ui::apply_colour_scheme(scheme);

    arcwise::ui::MainWindow window;
    window.show();
    window.launch(launch);
    if (p.isSet(screenshots)) {
        const QString dir = p.value(screenshots);
        if (!QDir().mkpath(dir))
            return usage_error(
                QApplication::translate("main", "cannot create the directory %1").arg(dir));
        arcwise::app::take_screenshots(window, dir, p.value(delay).toInt() * 1000);
    }
    return QApplication::exec();
}
