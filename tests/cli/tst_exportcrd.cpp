// tierctl export --to crd: the validated CRD YAML of a file, byte for byte what the
// workbench's Export Validated CRD YAML… writes (ConfigCodec::validatedCrdYaml on the file's
// documents and diagnostics); nothing on stdout for a file with errors; exit codes.
#include "config/configcodec.h"
#include "tierctlrun.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestExportCrd final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validFile_data();
    void validFile();
    void errorsPrintNothing_data();
    void errorsPrintNothing();
    void usage_data();
    void usage();

private:
    QTemporaryDir m_dir;
};

namespace {

const QString kSource = QStringLiteral(TIERBENCH_SOURCE_DIR);

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TierctlRun exportCrd(const QString &file)
{
    return runTierctl({QStringLiteral("export"), QStringLiteral("--to"), QStringLiteral("crd"), file});
}

} // namespace

void TestExportCrd::initTestCase()
{
    QVERIFY2(QFile::exists(tierctlPath()), "build tierctl first");
    QVERIFY(m_dir.isValid());
}

void TestExportCrd::validFile_data()
{
    QTest::addColumn<QString>("path");
    const QDir demo(kSource + QStringLiteral("/resources/demo"));
    for (const QString &name : demo.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        if (name != u"broken-example.yaml")
            QTest::newRow(qPrintable(name)) << demo.filePath(name);
    }
    // A config with warnings only (unknown fields) still exports, its warnings on stderr.
    QTest::newRow("warnings only") << kSource + QStringLiteral("/tests/fixtures/config/warn-unknown-fields/input.yaml");
}

void TestExportCrd::validFile()
{
    QFETCH(QString, path);
    QVERIFY(QFile::exists(path));
    const QByteArray input = readAll(path);
    const ParsedConfigFile parsed = ConfigCodec::parse(input); // what the workbench's editor holds
    const std::optional<QByteArray> gui = ConfigCodec::validatedCrdYaml(parsed.documents, parsed.diagnostics);
    QVERIFY(gui);

    const TierctlRun r = exportCrd(path);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, *gui);
    for (const QByteArray &line : r.err.split('\n'))
        QVERIFY2(line.isEmpty() || line.contains(": warning: ") || line.contains(": info: "), line.constData());
    QCOMPARE(r.err.isEmpty(), parsed.diagnostics.isEmpty());

    // The export validates clean, and exporting it again gives the same bytes.
    const QString exported = m_dir.filePath(QFileInfo(path).fileName());
    QFile f(exported);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(r.out);
    f.close();
    QCOMPARE(runTierctl({QStringLiteral("validate"), exported}).exitCode, 0);
    QCOMPARE(exportCrd(exported).out, r.out);
}

void TestExportCrd::errorsPrintNothing_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("broken demo") << kSource + QStringLiteral("/resources/demo/broken-example.yaml");
    QTest::newRow("tier enum") << kSource + QStringLiteral("/tests/fixtures/config/bad-tier-enum/input.yaml");
    QTest::newRow("bad policy") << kSource + QStringLiteral("/tests/fixtures/policy/bad-weights-zero/input.yaml");
}

void TestExportCrd::errorsPrintNothing()
{
    QFETCH(QString, path);
    QVERIFY(QFile::exists(path));
    const TierctlRun r = exportCrd(path);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QByteArray());
    // The diagnostics, as `tierctl validate` prints them, then what to do.
    const TierctlRun validate = runTierctl({QStringLiteral("validate"), path});
    QCOMPARE(validate.exitCode, 1);
    QVERIFY(!validate.out.isEmpty());
    QVERIFY2(r.err.startsWith(validate.out), r.err.constData());
    QVERIFY2(r.errText().mid(validate.outText().size()).contains(QStringLiteral("fix them before exporting")),
             r.err.constData());
}

void TestExportCrd::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("needle");
    const auto S = [](const char *s) { return QString::fromLatin1(s); };
    const QString demo = kSource + QStringLiteral("/resources/demo/default.yaml");
    QTest::newRow("missing file") << QStringList{S("--to"), S("crd"), S("/nonexistent/x.yaml")} << S("cannot read");
    QTest::newRow("two files") << QStringList{S("--to"), S("crd"), demo, demo} << S("exactly one");
    QTest::newRow("no file") << QStringList{S("--to"), S("crd")} << S("exactly one");
    QTest::newRow("--name") << QStringList{S("--to"), S("crd"), S("--name"), S("default"), demo} << S("whole file");
    QTest::newRow("--policy") << QStringList{S("--to"), S("crd"), S("--policy"), demo, demo} << S("whole file");
    QTest::newRow("bad format") << QStringList{S("--to"), S("kustomize"), demo} << S("'crd'");
}

void TestExportCrd::usage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, needle);
    const TierctlRun r = runTierctl(QStringList{QStringLiteral("export")} + args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.out, QByteArray());
    QVERIFY2(r.errText().contains(needle), r.err.constData());
}

QTEST_GUILESS_MAIN(TestExportCrd)
#include "tst_exportcrd.moc"
