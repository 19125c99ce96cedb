// printable(): text from a target, made safe to print (core/campaign/printable.h).

#include "campaign/printable.h"

#include <QtTest>

using arcwise::campaign::printable;

class TestPrintable : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escapes_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("keep_newlines");
        QTest::addColumn<QString>("expected");
        const auto u = [](const char16_t* s) { return QString::fromUtf16(s); };
        QTest::newRow("plain") << QStringLiteral("Suite.Name") << false
                               << QStringLiteral("Suite.Name");
        QTest::newRow("unicode stays")
            << u(u"caf\u00e9 \u2713 \U0001F600") << false << u(u"caf\u00e9 \u2713 \U0001F600");
        QTest::newRow("escape sequence")
            << QStringLiteral("a\x1b[2Jb") << false << QStringLiteral("a\\e[2Jb");
        QTest::newRow("title change")
            << QStringLiteral("\x1b]0;owned\x07") << false << QStringLiteral("\\e]0;owned\\x07");
        QTest::newRow("NUL and DEL") << QString(QStringLiteral("a") + QChar(0) + QChar(0x7f))
                                     << false << QStringLiteral("a\\x00\\x7f");
        QTest::newRow("newline, one line")
            << QStringLiteral("a\nb\tc\rd") << false << QStringLiteral("a\\nb\\tc\\rd");
        QTest::newRow("newline, lines kept")
            << QStringLiteral("a\nb\tc\rd") << true << QStringLiteral("a\nb\tc\\rd");
        QTest::newRow("C1 CSI") << u(u"\u009b31m") << false << QStringLiteral("\\u{009b}31m");
        QTest::newRow("bidi override")
            << u(u"abc\u202Edef") << false << QStringLiteral("abc\\u{202e}def");
        QTest::newRow("lone surrogate")
            << QString(QChar(0xD800)) << false << QStringLiteral("\\u{d800}");
        QTest::newRow("backslash stays")
            << QStringLiteral("C:\\dir") << false << QStringLiteral("C:\\dir");
    }
    void escapes() {
        QFETCH(QString, text);
        QFETCH(bool, keep_newlines);
        QFETCH(QString, expected);
        QCOMPARE(printable(text, keep_newlines), expected);
    }
};

QTEST_GUILESS_MAIN(TestPrintable)
#include "tst_printable.moc"
