#include "regression_test.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>

namespace arcwise::campaign {

namespace {

QString shell_quote(const QString& s) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(s).hasMatch())
        return s;
    QString quoted = s;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// An argument of a CMake command: quoted when it holds blanks or characters CMake reads itself.
QString cmake_argument(const QString& s) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(s).hasMatch())
        return s;
    QString quoted = s;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    quoted.replace(QLatin1Char('$'), QStringLiteral("\\$"));
    quoted.replace(QLatin1Char(';'), QStringLiteral("\\;"));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray stored_input(const FailureRow& f) {
    return f.minimal_input.isEmpty() ? f.first_input : f.minimal_input;
}

// A comment line may hold what a target printed: no line breaks, no end of comment.
QString comment_text(QString text) {
    for (QChar& c : text)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QLatin1Char(' ');
    return text;
}

} // namespace

QString plain_replay_command(const FailureRow& failure, const QString& input_path) {
    const QFileInfo binary(failure.binary);
    return QStringLiteral("cd ") + shell_quote(binary.absolutePath()) + QStringLiteral(" && ") +
           shell_quote(QStringLiteral("./") + binary.fileName()) + QLatin1Char(' ') +
           shell_quote(QFileInfo(input_path).absoluteFilePath());
}

QString example_source(const FailureRow& failure) {
    const QStringList parts = failure.target.split(QLatin1Char('.'));
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (parts.size() != 2 || !identifier.match(parts[0]).hasMatch() ||
        !identifier.match(parts[1]).hasMatch())
        return QString();
    QStringList lines;
    lines << QStringLiteral("// Failure #%1 found by Arcwise: %2")
                 .arg(failure.id)
                 .arg(comment_text(failure.kind + QStringLiteral(": ") +
                                   failure.message.section(QLatin1Char('\n'), 0, 0)));
    // The printed draws, as the report shows them.
    for (const QString& line : failure.example.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("  ")))
            lines << QStringLiteral("//  ") + comment_text(line);
    }
    lines << QStringLiteral("ARCWISE_EXAMPLE(%1, %2, \"%3\");")
                 .arg(parts[0], parts[1], QString::fromLatin1(stored_input(failure).toBase64()));
    return lines.join(QLatin1Char('\n'));
}

SourcePatch regression_test_patch(const FailureRow& failure, const QString& file,
                                  const QString& source, int line) {
    SourcePatch patch;
    patch.file = file;
    const QString example = example_source(failure);
    if (example.isEmpty()) {
        patch.error = RegressionTest::tr("%1 is not a property test (Suite.Name): keep its input "
                                         "as a regression file instead.")
                          .arg(failure.target);
        return patch;
    }
    const QStringList parts = failure.target.split(QLatin1Char('.'));
    const QRegularExpression test_line(
        QStringLiteral("^\\s*ARCWISE_TEST\\s*\\(\\s*%1\\s*,\\s*%2\\s*\\)")
            .arg(QRegularExpression::escape(parts[0]), QRegularExpression::escape(parts[1])));
    const bool ends_with_newline = source.endsWith(QLatin1Char('\n'));
    QStringList lines = source.split(QLatin1Char('\n'));
    if (ends_with_newline)
        lines.removeLast();
    qsizetype at = -1;
    if (line > 0 && line <= lines.size() && test_line.match(lines[line - 1]).hasMatch())
        at = line - 1;
    for (qsizetype i = 0; at < 0 && i < lines.size(); ++i)
        if (test_line.match(lines[i]).hasMatch())
            at = i;
    if (at < 0) {
        patch.error =
            RegressionTest::tr("ARCWISE_TEST(%1, %2) is not in %3.").arg(parts[0], parts[1], file);
        return patch;
    }
    if (source.contains(example.section(QLatin1Char('\n'), -1))) {
        patch.error = RegressionTest::tr("%1 holds this example already.").arg(file);
        return patch;
    }
    const QStringList added = example.split(QLatin1Char('\n'));
    QStringList patched = lines;
    for (qsizetype i = added.size() - 1; i >= 0; --i)
        patched.insert(at, added[i]);
    patch.patched =
        patched.join(QLatin1Char('\n')) + (ends_with_newline ? QStringLiteral("\n") : QString());
    // One hunk, three lines of context either side.
    const qsizetype from = std::max<qsizetype>(0, at - 3);
    const qsizetype to = std::min<qsizetype>(lines.size(), at + 3);
    const QString name = QFileInfo(file).fileName();
    QStringList diff;
    diff << QStringLiteral("--- a/") + name << QStringLiteral("+++ b/") + name
         << QStringLiteral("@@ -%1,%2 +%1,%3 @@")
                .arg(from + 1)
                .arg(to - from)
                .arg(to - from + added.size());
    for (qsizetype i = from; i < at; ++i)
        diff << QLatin1Char(' ') + lines[i];
    for (const QString& a : added)
        diff << QLatin1Char('+') + a;
    for (qsizetype i = at; i < to; ++i)
        diff << QLatin1Char(' ') + lines[i];
    patch.diff = diff.join(QLatin1Char('\n')) + QLatin1Char('\n');
    return patch;
}

QString ctest_line(const FailureRow& failure, const QString& regression_file) {
    const QFileInfo binary(failure.binary);
    QString name = failure.target + QStringLiteral(".regression-") + QString::number(failure.id);
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")), QStringLiteral("_"));
    return QStringLiteral("add_test(NAME %1 COMMAND %2 %3)")
        .arg(name, cmake_argument(binary.fileName()),
             cmake_argument(QFileInfo(regression_file).absoluteFilePath()));
}

} // namespace arcwise::campaign
