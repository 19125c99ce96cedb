// The campaign report page (campaign_html) as a pure function: the same data gives the same
// page; what a target controls is escaped; nothing is fetched from elsewhere; inputs print as the
// harness sees them. On the ladder (tests/targets/ladder) with hand-made coverage.

#include "campaign/campaign_report.h"
#include "common/cfg_coverage.h"
#include "engine/choice.h"
#include "engine/serialize.h"

#include <QRegularExpression>
#include <QtTest>

using namespace arcwise::campaign;

namespace {

const QString kTargets = QStringLiteral(ARCWISE_TARGETS_DIR);

std::string bytes_input(const std::string& data) {
    arcwise::engine::ChoiceSequence seq;
    seq.choices.push_back(arcwise::engine::Choice::bytes(data));
    return arcwise::engine::serialize(seq);
}

} // namespace

class TestCampaignHtml : public QObject {
    Q_OBJECT

    CampaignReportData report_;

private Q_SLOTS:
    void initTestCase() {
        QString error;
        auto m = CfgModel::load(kTargets + QStringLiteral("/ladder"), &error);
        QVERIFY2(m, qPrintable(error));
        arcwise::testing::cover_two_rungs(*m);
        ReportData& d = report_.data;
        d.project = QStringLiteral("/src/ladder-project");
        d.arcwise_version = QStringLiteral("0.1.0");
        d.generated = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
        TargetRow t;
        t.id = 1;
        t.name = QStringLiteral("ladder<script>");
        t.binary = kTargets + QStringLiteral("/ladder");
        t.kind = QStringLiteral("libfuzzer");
        t.executions = 1234567;
        t.corpus_size = 2;
        d.targets.push_back(t);
        FailureRow f;
        f.id = 9;
        f.target_id = 1;
        f.kind = QStringLiteral("abort");
        f.message = QStringLiteral("bad \x1b[31m<b>input</b>");
        f.stack = {QStringLiteral("#0 LLVMFuzzerTestOneInput ladder.cc:17")};
        f.minimal_input = QByteArray::fromStdString(bytes_input("LADDER!"));
        d.failures.push_back(f);
        CampaignReportTarget rt;
        rt.target_id = 1;
        for (int i = 0; i < 5; ++i) {
            StatsRow s;
            s.target_id = 1;
            s.at_ms = 1000000 + i * 1000;
            s.features = 10 * i;
            rt.stats.push_back(s);
        }
        const std::vector<int> ranked = m->ranked_arcs();
        QVERIFY(!ranked.empty());
        const qint64 smallest = m->smallest_input(m->arcs()[size_t(ranked.front())].from);
        QVERIFY(smallest > 0);
        rt.inputs[smallest] = QByteArray::fromStdString(bytes_input("LAD\n\x01"));
        rt.model = std::make_shared<CfgModel>(std::move(*m));
        report_.targets.push_back(rt);
    }

    void pureAndSelfContained() {
        const QByteArray page = campaign_html(report_);
        QCOMPARE(campaign_html(report_), page);
        const QString html = QString::fromUtf8(page);
        static const QRegularExpression ref(QStringLiteral("(?:src|href)\\s*=\\s*\"([^\"]*)\""));
        for (auto it = ref.globalMatch(html); it.hasNext();) {
            const QString target = it.next().captured(1);
            QVERIFY2(target.startsWith(QLatin1Char('#')), qPrintable(target));
        }
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(html.contains(QStringLiteral("ladder&lt;script&gt;")));
        // A target's escape sequences are shown, not obeyed; its markup is text.
        QVERIFY(!html.contains(QChar(0x1b)));
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;input&lt;/b&gt;")));
        QVERIFY(html.contains(QStringLiteral("2026-01-02 03:04")));
    }

    void everySection() {
        const QString html = QString::fromUtf8(campaign_html(report_));
        QVERIFY(html.contains(QStringLiteral("<svg class=\"chart\"")));
        QVERIFY(html.contains(QStringLiteral("<polyline")));
        QVERIFY(html.contains(QStringLiteral("ladder.cc")));
        QVERIFY(html.contains(QStringLiteral("data[0] == &#x27;L&#x27;")) ||
                html.contains(QStringLiteral("data[0] == 'L'")));
        QVERIFY(html.contains(QStringLiteral("id=\"blocker1\"")));
        // The blocker's smallest input as the harness reads it, and the failure's example.
        QVERIFY(html.contains(QStringLiteral("&quot;LAD\\n\\x01&quot;")));
        QVERIFY(html.contains(QStringLiteral("&quot;LADDER!&quot;")));
        QVERIFY(html.contains(QStringLiteral("7 bytes")));
        QVERIFY(html.contains(QStringLiteral("LLVMFuzzerTestOneInput ladder.cc:17")));
    }

    void printedInputs() {
        QCOMPARE(printed_input(QByteArray::fromStdString(bytes_input("a\"b")),
                               QStringLiteral("libfuzzer")),
                 QStringLiteral("\"a\\\"b\"\n3 bytes"));
        arcwise::engine::ChoiceSequence seq;
        seq.choices.push_back(arcwise::engine::Choice::integer(-5, -10, 10));
        seq.choices.push_back(arcwise::engine::Choice::boolean(true));
        seq.choices.push_back(arcwise::engine::Choice::string("hi"));
        QCOMPARE(printed_input(QByteArray::fromStdString(arcwise::engine::serialize(seq)),
                               QStringLiteral("property")),
                 QStringLiteral("integer -5\nboolean true\nstring \"hi\""));
    }
};

QTEST_GUILESS_MAIN(TestCampaignHtml)
#include "tst_campaign_html.moc"
