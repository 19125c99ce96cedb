// The campaign report to hand over (`arcwise-cli report --format html`) on a short campaign of the
// bundled examples: one self-contained page (nothing external), with every section, the
// project's source coloured by hits, and it renders in a real browser (headless Chromium's
// screenshot is neither missing nor blank).

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kCli = QStringLiteral(ARCWISE_BIN_DIR "/arcwise-cli");
const QString kExamples = QStringLiteral(ARCWISE_EXAMPLES_DIR);

struct Result {
    int exit_code = -1;
    QByteArray out;
    QByteArray err;
};

Result run(const QString& program, const QStringList& args, int timeout_ms = 300000) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeout_ms)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

bool copy_binary(const QString& from, const QString& to) {
    return QFile::copy(from, to) &&
           QFile::setPermissions(to, QFile::permissions(to) | QFile::ExeOwner | QFile::ExeUser);
}

} // namespace

class TestCampaignReport : public QObject {
    Q_OBJECT

    QTemporaryDir project_;
    QString db_;
    QString html_;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(QFileInfo(kCli).isExecutable());
        for (const char* name : {"fuzz_nested", "fuzz_state_parser", "fuzz_image_header"})
            QVERIFY(copy_binary(kExamples + QLatin1Char('/') + QLatin1String(name),
                                project_.filePath(QLatin1String(name))));
        db_ = project_.filePath(QStringLiteral("campaign.sqlite"));
        const Result fuzz =
            run(kCli, {QStringLiteral("fuzz"), project_.path(), QStringLiteral("--db"), db_,
                       QStringLiteral("--time"), QStringLiteral("8s"), QStringLiteral("--cores"),
                       QStringLiteral("2"), QStringLiteral("--slice"), QStringLiteral("1s"),
                       QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY2(fuzz.exit_code == 0 || fuzz.exit_code == 1, fuzz.err.constData());
        html_ = project_.filePath(QStringLiteral("report.html"));
        const Result report =
            run(kCli, {QStringLiteral("report"), project_.path(), QStringLiteral("--db"), db_,
                       QStringLiteral("--format"), QStringLiteral("html"),
                       QStringLiteral("--output"), html_});
        QVERIFY2(report.exit_code == 0 || report.exit_code == 1, report.err.constData());
    }

    void selfContainedWithEverySection() {
        QFile f(html_);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(f.readAll());
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        for (const char* id : {"over-time", "targets", "files", "blockers", "failures"})
            QVERIFY2(page.contains(QStringLiteral("id=\"%1\"").arg(QLatin1String(id))), id);
        // Nothing is fetched: every src and href stays on the page (the SVG namespace is a
        // name, not a fetch).
        static const QRegularExpression ref(QStringLiteral("(?:src|href)\\s*=\\s*\"([^\"]*)\""));
        for (auto it = ref.globalMatch(page); it.hasNext();) {
            const QString target = it.next().captured(1);
            QVERIFY2(target.startsWith(QLatin1Char('#')), qPrintable(target));
        }
        QVERIFY(!page.contains(QStringLiteral("@import")));
        QVERIFY(!page.contains(QStringLiteral("url(")));
        // The chart, the project's source with its hits, and a blocker with its input.
        QVERIFY(page.contains(QStringLiteral("<svg class=\"chart\"")));
        QVERIFY(page.contains(QStringLiteral("pktdecode.cc")));
        QVERIFY(page.contains(QStringLiteral("handle_packet")));
        QVERIFY(page.contains(QStringLiteral("class=\"miss\"")));
        QVERIFY(page.contains(QStringLiteral("id=\"blocker1\"")));
        QVERIFY(page.contains(QStringLiteral("The smallest input that reaches the line")));
        // The user's code only: no standard library header is a file of the coverage table.
        QVERIFY(!page.contains(QStringLiteral("stl_vector.h")));
        QVERIFY(!page.contains(QStringLiteral("/usr/include")));
    }

    void rendersInChromium() {
        QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        if (chromium.isEmpty())
            chromium = QStandardPaths::findExecutable(QStringLiteral("chromium-browser"));
        if (chromium.isEmpty())
            QSKIP("chromium is not installed (Debian: chromium; scripts/setup-debian.sh)");
        const QString shot = project_.filePath(QStringLiteral("report.png"));
        QTemporaryDir profile;
        const Result r = run(
            chromium,
            {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
             QStringLiteral("--disable-gpu"), QStringLiteral("--user-data-dir=") + profile.path(),
             QStringLiteral("--screenshot=") + shot, QStringLiteral("--window-size=1280,2000"),
             QStringLiteral("file://") + html_});
        QVERIFY2(QFileInfo::exists(shot), r.err.constData());
        const QImage image(shot);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 1280);
        // Not blank: many distinct colours, and plenty of pixels that are not the background.
        QSet<QRgb> colours;
        qint64 ink = 0;
        const QRgb background = image.pixel(0, 0);
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2) {
                const QRgb p = image.pixel(x, y);
                colours.insert(p);
                ink += p != background;
            }
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
        QVERIFY2(ink > qint64(image.width()) * image.height() / 4 / 20,
                 qPrintable(QString::number(ink)));
        // Kept for a look at it (docs/images/campaign-report.png is one).
        const QString keep = qEnvironmentVariable("ARCWISE_REPORT_SCREENSHOT");
        if (!keep.isEmpty()) {
            QFile::remove(keep);
            QFile::copy(shot, keep);
            QFile::remove(keep + QStringLiteral(".html"));
            QFile::copy(html_, keep + QStringLiteral(".html"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCampaignReport)
#include "tst_campaign_report.moc"
