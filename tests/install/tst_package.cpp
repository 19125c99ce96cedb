// The Debian package as CI can check it without a second machine: `cpack -G DEB` from the build
// directory, then its metadata (name, version from the project, Depends covering every shared
// library the binaries load, Recommends and Suggests), its contents, and lintian with no errors.
// Installing it on a clean Debian 12 root is scripts/package-smoke.sh (root and network).

#include "common/run_process.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

const QString kBuildDir = QStringLiteral(ARCWISE_BUILD_DIR);

using Result = arcwise::test::ProcessResult;
using arcwise::test::said;

Result run(const QString& program, const QStringList& args, int timeout_ms = 240000) {
    return arcwise::test::run_process(program, args, {}, QProcessEnvironment::systemEnvironment(),
                                      timeout_ms);
}

// The package names of a Depends-style field ("a (>= 1), b | c"), alternatives included.
QStringList package_names(const QString& field) {
    QStringList names;
    static const QRegularExpression separator(QStringLiteral("[,|]"));
    for (QString part : field.split(separator, Qt::SkipEmptyParts)) {
        part = part.trimmed();
        names << part.left(part.indexOf(QLatin1Char(' ')) < 0 ? part.size()
                                                              : part.indexOf(QLatin1Char(' ')));
    }
    return names;
}

// The Debian package that owns a library, under any of its names (Debian 12 merges /lib into
// /usr/lib, while dpkg keeps the name the package shipped); "" when none does.
QString owning_package(const QString& path) {
    QStringList names = {path, QFileInfo(path).canonicalFilePath()};
    for (const QString& name : QStringList(names)) {
        if (name.startsWith(QLatin1String("/usr/")))
            names << name.mid(4);
        else
            names << QStringLiteral("/usr") + name;
    }
    for (const QString& name : std::as_const(names)) {
        const Result owner = run(QStringLiteral("dpkg-query"), {QStringLiteral("-S"), name});
        if (owner.exit_code == 0)
            return QString::fromUtf8(owner.out).section(QLatin1Char(':'), 0, 0).trimmed();
    }
    return {};
}

} // namespace

class TestPackage : public QObject {
    Q_OBJECT

    QTemporaryDir out_;
    QString deb_;

    QString field(const QString& name) const {
        const Result r = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), deb_, name});
        return QString::fromUtf8(r.out).simplified();
    }

private Q_SLOTS:
    void initTestCase() {
        for (const char* tool : {"dpkg-deb", "dpkg-shlibdeps"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                QSKIP("dpkg-dev is missing: cpack -G DEB needs dpkg-deb and dpkg-shlibdeps");
        const Result r = run(
            QStringLiteral(ARCWISE_CPACK_COMMAND),
            {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
             kBuildDir + QStringLiteral("/CPackConfig.cmake"), QStringLiteral("-B"), out_.path()});
        QVERIFY2(r.exit_code == 0, said(r));
        const QStringList debs =
            QDir(out_.path()).entryList({QStringLiteral("*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        deb_ = out_.filePath(debs.first());
    }

    void metadata() {
        QCOMPARE(field(QStringLiteral("Package")), QStringLiteral("arcwise"));
        QCOMPARE(field(QStringLiteral("Version")), QStringLiteral(ARCWISE_VERSION));
        QCOMPARE(field(QStringLiteral("Section")), QStringLiteral("devel"));
        QVERIFY(field(QStringLiteral("Maintainer")).contains(QLatin1Char('@')));
        const QStringList depends = package_names(field(QStringLiteral("Depends")));
        for (const char* p : {"libqt6core6", "libqt6widgets6", "libqt6sql6", "libqt6sql6-sqlite",
                              "libgvc6", "libstdc++6", "libc6"})
            QVERIFY2(depends.contains(QString::fromLatin1(p)), p);
        const QStringList recommends = package_names(field(QStringLiteral("Recommends")));
        QVERIFY(recommends.contains(QStringLiteral("clang-19")));
        QVERIFY(recommends.contains(QStringLiteral("clang-16")));
        QVERIFY(recommends.contains(QStringLiteral("llvm-19")));
        QVERIFY(package_names(field(QStringLiteral("Suggests")))
                    .contains(QStringLiteral("libqt6sql6-psql")));
    }

    // Every shared library the programs link directly (NEEDED, resolved with ldd, owned by a
    // package according to dpkg) comes from a package in Depends.
    void dependsCoverWhatTheBinariesLink_data() {
        QTest::addColumn<QString>("binary");
        QTest::newRow("arcwise") << QStringLiteral("arcwise");
        QTest::newRow("arcwise-cli") << QStringLiteral("arcwise-cli");
    }
    void dependsCoverWhatTheBinariesLink() {
        QFETCH(QString, binary);
        const QStringList depends = package_names(field(QStringLiteral("Depends")));
        const Result needed =
            run(QStringLiteral("objdump"),
                {QStringLiteral("-p"), kBuildDir + QStringLiteral("/bin/") + binary});
        if (needed.exit_code != 0)
            QSKIP("objdump is missing (Debian: binutils)");
        const Result ldd =
            run(QStringLiteral("ldd"), {kBuildDir + QStringLiteral("/bin/") + binary});
        QVERIFY2(ldd.exit_code == 0, said(ldd));
        static const QRegularExpression needed_line(QStringLiteral("NEEDED\\s+(\\S+)"));
        auto it = needed_line.globalMatch(QString::fromUtf8(needed.out));
        int checked = 0;
        while (it.hasNext()) {
            const QString soname = it.next().captured(1);
            // ldd lists the dynamic loader by its path alone ("/lib64/ld-linux-x86-64.so.2 (…)"),
            // the others as "soname => path".
            const QRegularExpression resolved(QRegularExpression::escape(soname) +
                                              QStringLiteral(" => (\\S+)"));
            const QRegularExpression loader(QStringLiteral("^\\s*(/\\S*/") +
                                                QRegularExpression::escape(soname) +
                                                QStringLiteral(") \\("),
                                            QRegularExpression::MultilineOption);
            QString path = resolved.match(QString::fromUtf8(ldd.out)).captured(1);
            if (path.isEmpty())
                path = loader.match(QString::fromUtf8(ldd.out)).captured(1);
            QVERIFY2(!path.isEmpty(), qPrintable(soname));
            const QString package = owning_package(path);
            QVERIFY2(!package.isEmpty(), qPrintable(path + QStringLiteral(": no package owns it")));
            QVERIFY2(depends.contains(package),
                     qPrintable(binary + QStringLiteral(" needs ") + soname +
                                QStringLiteral(" from ") + package));
            ++checked;
        }
        QVERIFY(checked >= 5);
    }

    void contents() {
        const Result r = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), deb_});
        QVERIFY2(r.exit_code == 0, said(r));
        for (const char* path : {"./usr/bin/arcwise",
                                 "./usr/bin/arcwise-cli",
                                 "./usr/bin/arcwise-c++",
                                 "./usr/bin/arcwise-cc",
                                 "/libarcwise_runtime.a",
                                 "/libarcwise_runtime_san.a",
                                 "./usr/include/arcwise/arcwise.hpp",
                                 "/cmake/Arcwise/ArcwiseConfig.cmake",
                                 "/cmake/Arcwise/ArcwiseConfigVersion.cmake",
                                 "/cmake/Arcwise/ArcwiseFuzzTarget.cmake",
                                 "/pkgconfig/arcwise.pc",
                                 "./usr/share/applications/org.arcwise.Arcwise.desktop",
                                 "./usr/share/metainfo/org.arcwise.Arcwise.metainfo.xml",
                                 "./usr/share/icons/hicolor/scalable/apps/org.arcwise.Arcwise.svg",
                                 "./usr/share/arcwise/translations/arcwise_de.qm",
                                 "./usr/share/man/man1/arcwise.1",
                                 "./usr/share/man/man1/arcwise-cli.1",
                                 "./usr/share/man/man1/arcwise-c++.1",
                                 "./usr/share/man/man1/arcwise-cc.1",
                                 "./usr/share/doc/arcwise/copyright",
                                 "./usr/share/doc/arcwise/changelog"})
            QVERIFY2(r.out.contains(path), path);
        // Everything belongs to root, nothing is writable by others.
        for (const QByteArray& line : r.out.split('\n')) {
            if (line.isEmpty())
                continue;
            QVERIFY2(line.contains(" root/root "), line.constData());
            if (line.startsWith('l'))
                continue; // a symbolic link's mode says nothing
            QVERIFY2(line.at(8) != 'w', line.constData());
        }
    }

    void lintianFindsNoErrors() {
        const QString lintian = QStandardPaths::findExecutable(QStringLiteral("lintian"));
        if (lintian.isEmpty())
            QSKIP("lintian is missing (Debian: lintian)");
        const Result r =
            run(lintian, {QStringLiteral("--tag-display-limit"), QStringLiteral("0"), deb_});
        const QByteArray all = r.out + r.err;
        for (const QByteArray& line : all.split('\n'))
            QVERIFY2(!line.startsWith("E: "), all.constData());
        qInfo("lintian:\n%s", all.constData());
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
