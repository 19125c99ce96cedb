// The translations stay complete: translations/arcwise_de.ts translates every message (both plural
// forms of each %n message), keeps every placeholder (%1..%99, %n, %L1, %Ln), every HTML tag, the
// leading and trailing blanks, the line breaks and the & accelerator of its source, and the menus
// keep distinct accelerators. translations/arcwise_en.ts fills only the plural (numerus) messages
// with a singular and a plural form; its other messages stay untranslated (empty, unfinished), so
// the English source text is shown. The built arcwise_de.qm and arcwise_en.qm (embedded in the
// workbench under :/i18n) hold what the .ts files say and choose the right plural form, also for
// texts made outside a class (the scaling hint).

#include "campaign/scaling.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <algorithm>
#include <memory>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment; // the disambiguation, if any
    bool numerus = false;
    QString type;             // "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one, or one per <numerusform>
};

struct TsFile {
    QString language;
    std::vector<Message> messages;
    QString error;
};

TsFile read_ts(const QString& path) {
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open ") + path;
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message* message = nullptr; // the message being read, inside a context
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("context")) {
            message = nullptr;
        } else if (name == QLatin1String("name") && !message) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            ts.messages.emplace_back();
            message = &ts.messages.back(); // valid until the next emplace_back
            message->context = context;
            message->numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (!message) {
            continue;
        } else if (name == QLatin1String("source")) {
            message->source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message->comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message->type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message->numerus)
                message->translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            message->translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        ts.error = path + QStringLiteral(": ") + xml.errorString() +
                   QStringLiteral(" at line %1").arg(xml.lineNumber());
    return ts;
}

const TsFile& german() {
    static const TsFile ts = read_ts(QStringLiteral(ARCWISE_TS_DIR "/arcwise_de.ts"));
    return ts;
}

const TsFile& english() {
    static const TsFile ts = read_ts(QStringLiteral(ARCWISE_TS_DIR "/arcwise_en.ts"));
    return ts;
}

// %1..%99, %n and their localized forms %L1, %Ln, sorted (a placeholder used twice counts twice).
QStringList placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%L?(?:\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

QStringList html_tags(const QString& text) {
    static const QRegularExpression re(QStringLiteral("</?[a-zA-Z][^<>]*>"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    return found;
}

// The accelerator characters of a text: '&' before a character, except "&&" (a literal '&') and
// HTML entities such as "&nbsp;" or "&#8594;".
QString accelerators(const QString& text) {
    static const QRegularExpression entity(
        QStringLiteral("&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);"));
    QString keys;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != QLatin1Char('&'))
            continue;
        if (text[i + 1] == QLatin1Char('&')) {
            ++i;
            continue;
        }
        if (entity
                .match(text, i, QRegularExpression::NormalMatch,
                       QRegularExpression::AnchorAtOffsetMatchOption)
                .hasMatch())
            continue;
        if (!text[i + 1].isSpace())
            keys += text[i + 1].toLower();
    }
    return keys;
}

QString leading_blanks(const QString& text) {
    qsizetype n = 0;
    while (n < text.size() && text[n].isSpace())
        ++n;
    return text.left(n);
}

QString trailing_blanks(const QString& text) {
    qsizetype n = 0;
    while (n < text.size() && text[text.size() - 1 - n].isSpace())
        ++n;
    return text.right(n);
}

// Checks one translation of a source: returns what is wrong, or an empty string.
QString compare(const QString& source, const QString& translation) {
    if (translation.trimmed().isEmpty())
        return QStringLiteral("empty translation");
    QStringList problems;
    if (placeholders(source) != placeholders(translation))
        problems << QStringLiteral("placeholders %1 instead of %2")
                        .arg(placeholders(translation).join(QLatin1Char(' ')),
                             placeholders(source).join(QLatin1Char(' ')));
    if (html_tags(source) != html_tags(translation))
        problems << QStringLiteral("HTML tags %1 instead of %2")
                        .arg(html_tags(translation).join(QLatin1Char(' ')),
                             html_tags(source).join(QLatin1Char(' ')));
    const QString keys = accelerators(translation);
    if (accelerators(source).isEmpty() != keys.isEmpty())
        problems << (keys.isEmpty() ? QStringLiteral("the & accelerator is missing")
                                    : QStringLiteral("an & accelerator the source does not have"));
    if (keys.size() > 1)
        problems << QStringLiteral("more than one & accelerator");
    if (leading_blanks(source) != leading_blanks(translation) ||
        trailing_blanks(source) != trailing_blanks(translation))
        problems << QStringLiteral("leading or trailing blanks differ from the source");
    if (source.count(QLatin1Char('\n')) != translation.count(QLatin1Char('\n')))
        problems << QStringLiteral("%1 line breaks instead of %2")
                        .arg(translation.count(QLatin1Char('\n')))
                        .arg(source.count(QLatin1Char('\n')));
    return problems.join(QStringLiteral("; "));
}

QString describe(const Message& m) {
    return m.context + QStringLiteral(" \"") + m.source + QStringLiteral("\"");
}

const Message* find(const TsFile& ts, const QString& context, const QString& source) {
    for (const Message& m : ts.messages)
        if (m.context == context && m.source == source)
            return &m;
    return nullptr;
}

void add_rows(const TsFile& ts, bool numerus_only) {
    QTest::addColumn<int>("index");
    for (size_t i = 0; i < ts.messages.size(); ++i) {
        const Message& m = ts.messages[i];
        if (numerus_only && !m.numerus)
            continue;
        const QString tag = m.context + QStringLiteral(" #%1 ").arg(i) + m.source.left(40);
        QTest::addRow("%s", qPrintable(QString(tag).replace(QLatin1Char('\n'), QLatin1Char(' '))))
            << int(i);
    }
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(german().error.isEmpty(), qPrintable(german().error));
        QVERIFY2(english().error.isEmpty(), qPrintable(english().error));
        QCOMPARE(german().language, QStringLiteral("de_DE"));
        QCOMPARE(english().language, QStringLiteral("en_US"));
        // Every tr() string of the workbench: a few hundred, in more than a dozen contexts.
        QVERIFY2(german().messages.size() > 300, "arcwise_de.ts holds too few messages");
    }

    // Both files come from the same lupdate run: the same messages in the same order.
    void same_messages() {
        QCOMPARE(english().messages.size(), german().messages.size());
        for (size_t i = 0; i < german().messages.size(); ++i) {
            const Message& de = german().messages[i];
            const Message& en = english().messages[i];
            QVERIFY2(de.context == en.context && de.source == en.source &&
                         de.comment == en.comment && de.numerus == en.numerus,
                     qPrintable(describe(de) + QStringLiteral(" vs. ") + describe(en)));
        }
    }

    void german_message_data() { add_rows(german(), false); }
    void german_message() {
        QFETCH(int, index);
        const Message& m = german().messages[size_t(index)];
        QVERIFY2(m.type.isEmpty(), qPrintable(describe(m) + QStringLiteral(" is ") + m.type +
                                              QStringLiteral(" in arcwise_de.ts")));
        // German has two plural forms: one (n == 1) and other.
        QCOMPARE(m.translations.size(), m.numerus ? 2 : 1);
        for (const QString& translation : m.translations) {
            const QString problem = compare(m.source, translation);
            QVERIFY2(problem.isEmpty(), qPrintable(describe(m) + QStringLiteral(" → \"") +
                                                   translation + QStringLiteral("\": ") + problem));
        }
    }

    void english_plural_data() { add_rows(english(), true); }
    void english_plural() {
        QFETCH(int, index);
        const Message& m = english().messages[size_t(index)];
        QVERIFY2(m.type.isEmpty(), qPrintable(describe(m) + QStringLiteral(" is ") + m.type +
                                              QStringLiteral(" in arcwise_en.ts")));
        QCOMPARE(m.translations.size(), 2);
        for (const QString& translation : m.translations) {
            const QString problem = compare(m.source, translation);
            QVERIFY2(problem.isEmpty(), qPrintable(describe(m) + QStringLiteral(" → \"") +
                                                   translation + QStringLiteral("\": ") + problem));
        }
        // "%n target(s)" needs "target" and "targets"; "and %n more" is the same for both.
        if (m.source.contains(QStringLiteral("(s)")))
            QVERIFY2(
                m.translations[0] != m.translations[1],
                qPrintable(describe(m) + QStringLiteral(": singular and plural are the same")));
    }

    // The other English messages fall back to their source text: untranslated and unfinished, or
    // (if someone translates one) finished with the same placeholders. Nothing vanished or
    // obsolete, nothing half done.
    void english_others() {
        for (const Message& m : english().messages) {
            if (m.numerus)
                continue;
            QCOMPARE(m.translations.size(), 1);
            const QString& translation = m.translations[0];
            if (m.type == QLatin1String("unfinished")) {
                QVERIFY2(translation.isEmpty(),
                         qPrintable(describe(m) +
                                    QStringLiteral(" has an unfinished English translation")));
            } else {
                QVERIFY2(m.type.isEmpty(),
                         qPrintable(describe(m) + QStringLiteral(" is ") + m.type +
                                    QStringLiteral(" in arcwise_en.ts")));
                const QString problem = compare(m.source, translation);
                QVERIFY2(problem.isEmpty(),
                         qPrintable(describe(m) + QStringLiteral(": ") + problem));
            }
        }
    }

    // The German accelerators of one menu (and of the menu bar) are distinct.
    void menu_accelerators_data() {
        QTest::addColumn<QStringList>("sources");
        QTest::newRow("menu bar") << QStringList{
            QStringLiteral("&File"), QStringLiteral("&Campaign"), QStringLiteral("&View"),
            QStringLiteral("&Settings"), QStringLiteral("&Help")};
        QTest::newRow("File") << QStringList{
            QStringLiteral("&Open Project…"), QStringLiteral("Open &Recent"),
            QStringLiteral("&Follow a Database…"), QStringLiteral("&Close Project"),
            QStringLiteral("&Quit")};
        QTest::newRow("Campaign") << QStringList{QStringLiteral("&Start"), QStringLiteral("&Pause"),
                                                 QStringLiteral("S&top")};
        QTest::newRow("View") << QStringList{
            QStringLiteral("&Targets"),     QStringLiteral("&Dashboard"),
            QStringLiteral("&Failures"),    QStringLiteral("Tar&get Details"),
            QStringLiteral("F&ind Target"), QStringLiteral("&Control Flow")};
    }
    void menu_accelerators() {
        QFETCH(QStringList, sources);
        const QString context = QStringLiteral("arcwise::ui::MainWindow");
        QString german_keys;
        for (const QString& source : sources) {
            const Message* m = find(german(), context, source);
            QVERIFY2(m, qPrintable(QStringLiteral("no message \"") + source +
                                   QStringLiteral("\" in MainWindow: update this menu's row")));
            german_keys += accelerators(m->translations.value(0));
        }
        const auto distinct = [](QString keys) {
            std::sort(keys.begin(), keys.end());
            return std::adjacent_find(keys.begin(), keys.end()) == keys.end();
        };
        QVERIFY2(distinct(german_keys), qPrintable(german_keys));
    }

    // The built .qm holds every German translation of the .ts, plural forms included.
    void german_qm_matches_ts() {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(ARCWISE_QM_DIR "/arcwise_de.qm")));
        for (const Message& m : german().messages) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const char* disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
            if (m.numerus) {
                QCOMPARE(translator.translate(context, source, disambiguation, 1),
                         m.translations[0]);
                QCOMPARE(translator.translate(context, source, disambiguation, 2),
                         m.translations[1]);
            } else {
                QCOMPARE(translator.translate(context, source, disambiguation), m.translations[0]);
            }
        }
    }

    // What the workbench shows in German: known strings from different contexts, and plurals.
    void german_qm_data() {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* tag, const char* context, const char* source, int n,
                            const char* expected) {
            QTest::newRow(tag) << QString::fromUtf8(context) << QString::fromUtf8(source) << n
                               << QString::fromUtf8(expected);
        };
        row("MainWindow &Start", "arcwise::ui::MainWindow", "&Start", -1, "&Starten");
        row("MainWindow &File", "arcwise::ui::MainWindow", "&File", -1, "&Datei");
        row("Session", "arcwise::campaign::Session", "Open a project first.", -1,
            "Öffnen Sie zuerst ein Projekt.");
        row("CampaignSettings", "CampaignSettings", "Cores", -1, "Kerne");
        row("TargetsModel status", "arcwise::campaign::TargetsModel", "fixed", -1, "behoben");
        row("FailuresModel kind", "arcwise::campaign::FailuresModel", "stack overflow", -1,
            "Stapelüberlauf");
        row("FailureDetail", "arcwise::ui::FailureDetail", "Minimise further", -1,
            "Weiter minimieren");
        row("main", "main", "Start fuzzing at once.", -1, "Sofort mit dem Fuzzing beginnen.");
        row("targets 1", "arcwise::ui::TargetsPage", "%n target(s)", 1, "1 Ziel");
        row("targets 2", "arcwise::ui::TargetsPage", "%n target(s)", 2, "2 Ziele");
        row("targets 0", "arcwise::ui::TargetsPage", "%n target(s)", 0, "0 Ziele");
        row("bytes 1", "arcwise::ui::TargetPage", "%n byte(s)", 1, "1 Byte");
        row("bytes 2", "arcwise::ui::TargetPage", "%n byte(s)", 2, "2 Bytes");
        row("open failures 1", "arcwise::ui::MainWindow", "%n open failure(s)", 1,
            "1 offener Fehler");
        row("open failures 2", "arcwise::ui::MainWindow", "%n open failure(s)", 2,
            "2 offene Fehler");
        row("fuzz targets 2", "arcwise::campaign::Session", "%n fuzz target(s) in %1", 2,
            "2 Fuzz-Ziele in %1");
    }
    void german_qm() {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("arcwise_de"), QStringLiteral(ARCWISE_QM_DIR)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString translated = QCoreApplication::translate(
            context.toUtf8().constData(), source.toUtf8().constData(), nullptr, n);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(translated, expected);
    }

    // English plurals from arcwise_en.qm; everything else falls back to the source text.
    void english_qm_data() {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* tag, const char* context, const char* source, int n,
                            const char* expected) {
            QTest::newRow(tag) << QString::fromUtf8(context) << QString::fromUtf8(source) << n
                               << QString::fromUtf8(expected);
        };
        row("targets 1", "arcwise::ui::TargetsPage", "%n target(s)", 1, "1 target");
        row("targets 2", "arcwise::ui::TargetsPage", "%n target(s)", 2, "2 targets");
        row("examples 1", "arcwise::ui::TargetPage", "Running %n example(s)…", 1,
            "Running 1 example…");
        row("examples 3", "arcwise::ui::TargetPage", "Running %n example(s)…", 3,
            "Running 3 examples…");
        row("no plural", "arcwise::ui::MainWindow", "&Start", -1, "&Start");
    }
    void english_qm() {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral("arcwise_en"), QStringLiteral(ARCWISE_QM_DIR)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString translated = QCoreApplication::translate(
            context.toUtf8().constData(), source.toUtf8().constData(), nullptr, n);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(translated, expected);
    }

    // The scaling hint is translated where it is made (core/campaign/scaling.cc), with plurals.
    void scaling_hint_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("cores"); // now; eight are worth having
        QTest::addColumn<QString>("expected");
        QTest::newRow("de 1") << QStringLiteral("arcwise_de") << 7
                              << QStringLiteral("1 Kern hinzufügen: ");
        QTest::newRow("de 6") << QStringLiteral("arcwise_de") << 2
                              << QStringLiteral("6 Kerne hinzufügen: ");
        QTest::newRow("en 1") << QStringLiteral("arcwise_en") << 7
                              << QStringLiteral("Add 1 core: ");
        QTest::newRow("en 6") << QStringLiteral("arcwise_en") << 2
                              << QStringLiteral("Add 6 cores: ");
    }
    void scaling_hint() {
        QFETCH(QString, language);
        QFETCH(int, cores);
        QFETCH(QString, expected);
        arcwise::campaign::ScalingInput in;
        in.targets = {arcwise::campaign::TargetRate{1, 0.01, 1},
                      arcwise::campaign::TargetRate{2, 0.001, 0}};
        in.cores = cores;
        QTranslator translator;
        QVERIFY(translator.load(language, QStringLiteral(ARCWISE_QM_DIR)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const arcwise::campaign::ScalingHint hint = arcwise::campaign::scaling_hint(in);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(hint.recommended, 8);
        QVERIFY2(hint.reason.startsWith(expected), qPrintable(hint.reason));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
