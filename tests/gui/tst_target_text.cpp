// Text from a target shown in the workbench: a target and a failure stored in a real SQLite
// database with HTML and control characters in every text a target controls (name, kind,
// message, location, stack, example, signature, status message) are shown literally, never as
// markup, with their control characters escaped; the database keeps them as written. Worker
// output and messages in the log pane are escaped too, one line each.

#include "campaign/database.h"
#include "campaign/models.h"
#include "pages/failure_detail.h"
#include "pages/failures_page.h"
#include "pages/log_pane.h"
#include "pages/main_window.h"
#include "pages/target_page.h"
#include "pages/targets_page.h"
#include "widgets/stack_view.h"
#include "widgets/target_text.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolTip>
#include <QtTest>

using namespace arcwise;
using arcwise::ui::MainWindow;

namespace {

const QString kEsc = QString(QChar(0x1B));
const QString kBell = QString(QChar(0x07));
// What a hostile target writes: markup that would load an image or make text bold, a terminal
// escape sequence, a carriage return that would hide what came before it, a bell.
const QString kName = QStringLiteral("Evil.<b>Name</b>") + kEsc + QStringLiteral("[31m");
const QString kKind = QStringLiteral("<i>kind</i>") + kBell;
const QString kMessage = QStringLiteral("<img src=\"x.png\"> <b>boom</b>") + kEsc +
                         QStringLiteral("[2J\rhidden\nsecond line");
const QString kLocation = QStringLiteral("<b>evil</b>.cc:7");
const QString kFrame =
    QStringLiteral("#0 0x4011d6 in <b>evil</b>") + kBell + QStringLiteral("() /no/such/x.cc:12:3");
const QString kExample =
    QStringLiteral("Falsifying example: <b>x</b>\n  a = ") + kEsc + QStringLiteral("[31mred\n");
const QString kSignature = QStringLiteral("<b>sig</b>");
const QString kBroken = QStringLiteral("<img src=\"y.png\"> cannot start") + kEsc;

bool has_control(const QString& text, bool allow_newlines = false) {
    for (const QChar c : text)
        if ((c.unicode() < 0x20 && !(allow_newlines && (c == u'\n' || c == u'\t'))) ||
            c.unicode() == 0x7F)
            return true;
    return false;
}

QString displayed(QAbstractItemView* view, const QModelIndex& index) {
    auto* delegate = qobject_cast<QStyledItemDelegate*>(view->itemDelegateForIndex(index));
    return delegate ? delegate->displayText(index.data(), QLocale()) : QString();
}

} // namespace

class TestTargetText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        url_ = campaign::Database::default_url(dir_.path());
        QString error;
        auto db = campaign::Database::open(url_, &error);
        QVERIFY2(db, qPrintable(error));
        const qint64 binary =
            db->upsert_binary(dir_.filePath(QStringLiteral("evil_bin")), QStringLiteral("b1"), 1);
        QVERIFY(binary > 0);
        campaign::TargetInfo info;
        info.name = kName;
        info.kind = QStringLiteral("property");
        target_id_ = db->upsert_target(binary, info);
        QVERIFY(target_id_ > 0);
        QVERIFY(db->set_target_status(target_id_, QString::fromLatin1(campaign::kStatusBroken),
                                      kBroken));
        campaign::FailureRow f;
        f.target_id = target_id_;
        f.signature = kSignature;
        f.kind = kKind;
        f.message = kMessage;
        f.location = kLocation;
        f.stack = {kFrame};
        f.first_input = QByteArray("\x01\x02", 2);
        f.minimal_input = f.first_input;
        f.example = kExample;
        f.first_seen_ms = f.last_seen_ms = QDateTime::currentMSecsSinceEpoch();
        const auto [id, is_new] = db->record_failure(f);
        QVERIFY2(id > 0, qPrintable(db->last_error()));
        QVERIFY(is_new);
        // Stored as the target wrote it: escaping is for showing.
        const std::vector<campaign::FailureRow> stored = db->failures();
        QCOMPARE(stored.size(), size_t(1));
        QCOMPARE(stored.front().message, kMessage);
        QCOMPARE(stored.front().target, kName);
    }

    void helpersEscape() {
        QCOMPARE(ui::shown_line(QStringLiteral("a\nb") + kEsc), QStringLiteral("a\\nb\\e"));
        QCOMPARE(ui::shown_lines(QStringLiteral("a\nb") + kEsc), QStringLiteral("a\nb\\e"));
        const QString tip = ui::plain_tool_tip(QStringLiteral("<b>x</b>\ny"));
        QVERIFY(Qt::mightBeRichText(tip));
        QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;\ny")), qPrintable(tip));
    }

    void failureIsShownLiterally() {
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        w.open_project(QString(), url_);
        QTableView* failures = w.failures_page()->view();
        QTRY_VERIFY_WITH_TIMEOUT(failures->model()->rowCount() == 1, 20000);

        // The failures table: what a cell displays.
        const auto cell = [&](int column) {
            return displayed(failures, failures->model()->index(0, column));
        };
        const QString message = cell(campaign::FailuresModel::Message);
        QVERIFY2(message.startsWith(QStringLiteral("<img src=\"x.png\"> <b>boom</b>\\e[2J\\r")),
                 qPrintable(message));
        QVERIFY(!has_control(message));
        QVERIFY(!has_control(cell(campaign::FailuresModel::Target)));
        QVERIFY(cell(campaign::FailuresModel::Target).contains(QStringLiteral("<b>Name</b>\\e")));
        QCOMPARE(cell(campaign::FailuresModel::Kind), QStringLiteral("<i>kind</i>\\x07"));

        // The detail: plain labels, escaped text.
        w.show_page(MainWindow::FailuresTab);
        failures->setCurrentIndex(failures->model()->index(0, 0));
        ui::FailureDetail* detail = w.failures_page()->detail();
        QVERIFY(detail->failure_id().has_value());
        auto* title = detail->findChild<QLabel*>(QStringLiteral("failureTitle"));
        QVERIFY(title);
        QCOMPARE(title->textFormat(), Qt::PlainText);
        QVERIFY2(title->text().contains(QStringLiteral("<i>kind</i>\\x07")),
                 qPrintable(title->text()));
        QVERIFY(title->text().contains(QStringLiteral("Evil.<b>Name</b>\\e[31m")));
        auto* label = detail->findChild<QLabel*>(QStringLiteral("failureMessage"));
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::PlainText);
        // The example holds the full message; the label shows its first line.
        QCOMPARE(label->text(), QStringLiteral("<img src=\"x.png\"> <b>boom</b>\\e[2J\\rhidden"));
        auto* meta = detail->findChild<QLabel*>(QStringLiteral("failureMeta"));
        QVERIFY(meta);
        QVERIFY2(meta->toolTip().contains(QStringLiteral("&lt;b&gt;sig&lt;/b&gt;")),
                 qPrintable(meta->toolTip()));
        QVERIFY(Qt::mightBeRichText(meta->toolTip()));

        // The example keeps its lines, nothing else.
        const QString example = detail->example_view()->toPlainText();
        QVERIFY2(example.contains(QStringLiteral("Falsifying example: <b>x</b>\n  a = \\e[31mred")),
                 qPrintable(example));
        QVERIFY(!has_control(example, /*allow_newlines=*/true));

        // The stack: the frame's function as the view displays it, and its tool tip.
        ui::StackView* stack = detail->stack_view();
        QCOMPARE(stack->model()->rowCount(), 1);
        const QModelIndex function = stack->model()->index(0, 1); // the function
        const QString shown = displayed(stack, function);
        QVERIFY2(shown.contains(QStringLiteral("<b>evil</b>\\x07")), qPrintable(shown));
        QVERIFY(!has_control(shown));
        detail->tabs()->setCurrentIndex(2);
        QApplication::processEvents();
        const QRect rect = stack->visualRect(function);
        QVERIFY(rect.isValid());
        QHelpEvent help(QEvent::ToolTip, rect.center(),
                        stack->viewport()->mapToGlobal(rect.center()));
        QApplication::sendEvent(stack->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains(QStringLiteral("&lt;b&gt;evil&lt;/b&gt;\\x07")),
                 qPrintable(QToolTip::text()));
        QToolTip::hideText();

        // The source location the failed check named: a path shown as plain text.
        auto* source = detail->findChild<QLabel*>(QStringLiteral("sourceLabel"));
        QVERIFY(source);
        QCOMPARE(source->textFormat(), Qt::PlainText);

        // The broken target's message, in the dialog that says so: plain text.
        QMessageBox* box = w.findChild<QMessageBox*>(QStringLiteral("errorDialog"));
        QVERIFY(box);
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QVERIFY2(box->text().contains(QStringLiteral("<img src=\"y.png\"> cannot start\\e")),
                 qPrintable(box->text()));
        box->close();

        // The targets table and the status message in its tool tip.
        QTableView* targets = w.targets_page()->view();
        QTRY_COMPARE(targets->model()->rowCount(), 1);
        const QModelIndex name = targets->model()->index(0, campaign::TargetsModel::Name);
        QCOMPARE(displayed(targets, name), QStringLiteral("Evil.<b>Name</b>\\e[31m"));

        // The target's page: its name as a plain title, its status message escaped.
        Q_EMIT targets->activated(name);
        ui::TargetPage* page = w.target_page();
        auto* target_title = page->findChild<QLabel*>(QStringLiteral("targetTitle"));
        auto* target_meta = page->findChild<QLabel*>(QStringLiteral("targetMeta"));
        QVERIFY(target_title && target_meta);
        QTRY_COMPARE(target_title->text(), QStringLiteral("Evil.<b>Name</b>\\e[31m"));
        QCOMPARE(target_title->textFormat(), Qt::PlainText);
        QVERIFY2(target_meta->text().contains(
                     QStringLiteral("&lt;img src=&quot;y.png&quot;&gt; cannot start\\e")),
                 qPrintable(target_meta->text()));

        // A worker's output: one line in the log pane and on the target's page, escaped.
        const QString line = QStringLiteral("<b>out</b>") + kEsc + QStringLiteral("[2Jx\ry");
        Q_EMIT w.session().workerOutput(dir_.filePath(QStringLiteral("evil_bin")), line);
        const QString log = w.log_pane()->text();
        QVERIFY2(log.contains(QStringLiteral("[evil_bin] <b>out</b>\\e[2Jx\\ry")), qPrintable(log));
        QVERIFY(!has_control(log, /*allow_newlines=*/true));
    }

    void logMessagesStayOneEntry() {
        // A message quoting a target keeps its lines, indented under its first, so that no line
        // of it reads as an entry of its own.
        ui::LogPane pane;
        pane.add_message(QStringLiteral("failure in x:\n12:00:00  Campaign finished") + kEsc);
        const QStringList lines = pane.text().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines[1].startsWith(QStringLiteral("          12:00:00  Campaign finished\\e")),
                 qPrintable(lines[1]));
    }

private:
    QTemporaryDir dir_;
    QString url_;
    qint64 target_id_ = 0;
};

int main(int argc, char** argv) {
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ArcwiseTests"));
    QApplication::setApplicationName(QStringLiteral("tst_target_text"));
    TestTargetText test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_target_text.moc"
