// The runtime's --cfg mode against a real instrumented binary: the control-flow graph
// SanitizerCoverage compiled in, as the workbench reads it. Checks the graph's shape (every arc
// between known blocks, the entry reaches every instrumented block, one branch per rung of the
// ladder) and that block offsets symbolise to the right function and lines.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QtTest>
#include <set>
#include <vector>

namespace {

const QString kTargets = QStringLiteral(ARCWISE_TARGETS_DIR);

QJsonObject run_cfg(const QString& binary) {
    QProcess p;
    p.start(binary, {QStringLiteral("--cfg")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

} // namespace

class TestCfgDump : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ladderGraph() {
        const QJsonObject cfg = run_cfg(kTargets + QStringLiteral("/ladder"));
        QCOMPARE(cfg.value(QStringLiteral("version")).toInt(), 1);
        const QJsonArray modules = cfg.value(QStringLiteral("modules")).toArray();
        QCOMPARE(modules.size(), 1);
        const QJsonObject m = modules.first().toObject();
        QVERIFY(m.value(QStringLiteral("path")).toString().endsWith(QStringLiteral("ladder")));
        const QJsonArray blocks = m.value(QStringLiteral("blocks")).toArray();
        const int counted = m.value(QStringLiteral("counted")).toInt();
        QVERIFY(counted > 0 && counted <= blocks.size());

        // One function (LLVMFuzzerTestOneInput), and it is an instrumented block.
        std::vector<int> entries;
        for (int i = 0; i < blocks.size(); ++i)
            if (blocks[i].toArray()[1].toInt())
                entries.push_back(i);
        QCOMPARE(int(entries.size()), 1);
        QVERIFY(entries[0] < counted);

        std::vector<std::vector<int>> succ(size_t(blocks.size()));
        for (const QJsonValue& a : m.value(QStringLiteral("arcs")).toArray()) {
            const int from = a.toArray()[0].toInt(), to = a.toArray()[1].toInt();
            QVERIFY(from >= 0 && from < blocks.size());
            QVERIFY(to >= 0 && to < blocks.size());
            succ[size_t(from)].push_back(to);
        }
        // Every rung is a branch: at least as many two-way blocks as the word has letters.
        int branches = 0;
        for (const auto& s : succ)
            branches += std::set<int>(s.begin(), s.end()).size() >= 2;
        QVERIFY2(branches >= 7, qPrintable(QString::number(branches)));
        // Every block is reachable from the entry.
        std::vector<bool> seen(size_t(blocks.size()));
        std::vector<int> todo{entries[0]};
        seen[size_t(entries[0])] = true;
        while (!todo.empty()) {
            const int b = todo.back();
            todo.pop_back();
            for (int s : succ[size_t(b)])
                if (!seen[size_t(s)]) {
                    seen[size_t(s)] = true;
                    todo.push_back(s);
                }
        }
        for (int i = 0; i < blocks.size(); ++i)
            QVERIFY2(seen[size_t(i)], qPrintable(QStringLiteral("block %1 unreachable").arg(i)));
    }

    void offsetsSymbolise() {
        QString symbolizer = QStandardPaths::findExecutable(QStringLiteral("llvm-symbolizer-19"));
        if (symbolizer.isEmpty())
            symbolizer = QStandardPaths::findExecutable(QStringLiteral("llvm-symbolizer"));
        if (symbolizer.isEmpty())
            QSKIP("llvm-symbolizer is not installed");
        const QString binary = kTargets + QStringLiteral("/ladder");
        const QJsonObject m =
            run_cfg(binary).value(QStringLiteral("modules")).toArray().first().toObject();
        const QJsonArray blocks = m.value(QStringLiteral("blocks")).toArray();
        QString entry;
        for (const QJsonValue& b : blocks)
            if (b.toArray()[1].toInt())
                entry = QStringLiteral("0x") + QString::number(b.toArray()[0].toInteger(), 16);
        QProcess p;
        p.start(symbolizer, {QStringLiteral("--obj=") + binary, entry});
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(out.contains(QStringLiteral("LLVMFuzzerTestOneInput")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("ladder.cc:")), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCfgDump)
#include "tst_cfg_dump.moc"
