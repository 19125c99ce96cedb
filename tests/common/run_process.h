#pragma once
// A program run to its end for a test, with what it printed and how it ended (-1: it did not
// exit normally, or was killed after `timeout_ms`), and the JSON reports such runs write.

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace arcwise::test {

struct ProcessResult {
    int exit_code = -1;
    QByteArray out;
    QByteArray err;
    QByteArray both() const { return out + err; }
};

inline ProcessResult
run_process(const QString& program, const QStringList& args, const QString& dir = {},
            const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
            int timeout_ms = 240000) {
    QProcess p;
    p.setProcessEnvironment(env);
    if (!dir.isEmpty())
        p.setWorkingDirectory(dir);
    p.start(program, args);
    if (!p.waitForFinished(timeout_ms)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// The same run, its output as text (UTF-8).
struct ProcessText {
    int exit_code = -1;
    QString out;
    QString err;
};

inline ProcessText run_process_text(const QString& program, const QStringList& args,
                                    const QString& dir = {}, int timeout_ms = 240000) {
    const ProcessResult r =
        run_process(program, args, dir, QProcessEnvironment::systemEnvironment(), timeout_ms);
    return {r.exit_code, QString::fromUtf8(r.out), QString::fromUtf8(r.err)};
}

// A JSON report a run wrote (--report, --gtest_output=json); empty when there is none.
inline QJsonObject read_json(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// What a failed step printed, for the test log.
inline QByteArray said(const ProcessResult& r) {
    return "exit " + QByteArray::number(r.exit_code) + "\n" + r.both().right(4000);
}

} // namespace arcwise::test
