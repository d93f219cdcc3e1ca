// Golden validation cases: tests/fixtures/config/<case>/input.yaml is validated and its
// diagnostics must equal <case>/expected.txt, one "LINE:COL: severity: code path" per line
// (an empty file means the input is clean). One row per folder. A folder that also holds a
// file named `schema-only` is parsed with ConfigCodec::Checks::SchemaOnly.
#include "config/configcodec.h"

#include <QDir>
#include <QFile>
#include <QTest>

class TestConfigGolden final : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void everyCodeIsCovered();
};

namespace {

QString goldenDir()
{
    return QStringLiteral(TIERBENCH_SOURCE_DIR "/tests/fixtures/config");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList render(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << QStringLiteral("%1:%2: %3: %4 %5")
                     .arg(d.line)
                     .arg(d.column)
                     .arg(Diagnostic::severityName(d.severity), d.code, d.path)
                     .trimmed();
    return lines;
}

QStringList expectedLines(const QString &path)
{
    QStringList lines;
    for (const QByteArray &l : readAll(path).split('\n'))
        if (!l.trimmed().isEmpty() && !l.startsWith('#'))
            lines << QString::fromUtf8(l.trimmed());
    return lines;
}

QStringList caseNames()
{
    return QDir(goldenDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

void TestConfigGolden::golden_data()
{
    QTest::addColumn<QString>("caseDir");
    const QStringList names = caseNames();
    QVERIFY2(names.size() >= 30, "the golden folder is missing");
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << goldenDir() + QLatin1Char('/') + name;
}

void TestConfigGolden::golden()
{
    QFETCH(QString, caseDir);
    QVERIFY2(QFile::exists(caseDir + QStringLiteral("/input.yaml")), qPrintable(caseDir));
    QVERIFY2(QFile::exists(caseDir + QStringLiteral("/expected.txt")), qPrintable(caseDir));
    const ConfigCodec::Checks checks = QFile::exists(caseDir + QStringLiteral("/schema-only"))
        ? ConfigCodec::Checks::SchemaOnly : ConfigCodec::Checks::All;
    const ParsedConfigFile parsed = ConfigCodec::parse(readAll(caseDir + QStringLiteral("/input.yaml")), checks);
    const QStringList actual = render(parsed.diagnostics);
    const QStringList expected = expectedLines(caseDir + QStringLiteral("/expected.txt"));
    if (actual != expected)
        qWarning().noquote() << "actual:\n" << actual.join(u'\n') << "\nexpected:\n" << expected.join(u'\n');
    QCOMPARE(actual, expected);
    for (const Diagnostic &d : parsed.diagnostics) {
        QVERIFY2(d.line >= 1 && d.column >= 1, qPrintable(d.code));
        QVERIFY2(!d.message.isEmpty(), qPrintable(d.code));
    }
    // An unedited file is written back byte for byte, whatever its problems.
    QCOMPARE(ConfigCodec::toYaml(parsed.documents), readAll(caseDir + QStringLiteral("/input.yaml")));
    // Parsing is deterministic.
    QCOMPARE(render(ConfigCodec::parse(readAll(caseDir + QStringLiteral("/input.yaml")), checks).diagnostics), actual);
}

void TestConfigGolden::everyCodeIsCovered()
{
    // Every stable code of configvalidator.h appears in at least one golden case.
    const QStringList codes = {
        QStringLiteral("yaml-syntax"), QStringLiteral("empty-document"), QStringLiteral("not-a-mapping"),
        QStringLiteral("missing-api-version"), QStringLiteral("api-version"), QStringLiteral("missing-kind"),
        QStringLiteral("unknown-kind"), QStringLiteral("skipped-kind"), QStringLiteral("wrong-type"),
        QStringLiteral("unknown-field"), QStringLiteral("missing-name"), QStringLiteral("invalid-name"),
        QStringLiteral("missing-spec"), QStringLiteral("missing-tiers"), QStringLiteral("tiers-not-list"),
        QStringLiteral("tiers-empty"), QStringLiteral("tier-not-mapping"), QStringLiteral("missing-tier"),
        QStringLiteral("tier-enum"), QStringLiteral("duplicate-tier"), QStringLiteral("missing-provider"),
        QStringLiteral("missing-model"), QStringLiteral("max-tokens"), QStringLiteral("cost-not-string"),
        QStringLiteral("cost-invalid"), QStringLiteral("endpoint-url"), QStringLiteral("missing-auth-type"),
        QStringLiteral("auth-type"), QStringLiteral("apikey-no-secret-ref"), QStringLiteral("inline-secret"),
        QStringLiteral("missing-mode"), QStringLiteral("mode-enum"), QStringLiteral("proxy-empty"),
        QStringLiteral("hosted-no-model"), QStringLiteral("config-yaml-syntax"),
        QStringLiteral("config-yaml-structure"), QStringLiteral("duplicate-key"), QStringLiteral("missing-endpoint"),
        QStringLiteral("cost-too-large"), QStringLiteral("insecure-endpoint"), QStringLiteral("yaml-encoding"),
        QStringLiteral("alias-expansion"), QStringLiteral("alias-cycle"), QStringLiteral("nesting-too-deep"),
        // The CRD schema checks (schemacheck.cpp).
        QStringLiteral("schema-version"), QStringLiteral("required-field"), QStringLiteral("enum-value"),
        QStringLiteral("pattern"), QStringLiteral("min-items"), QStringLiteral("int-range"),
        QStringLiteral("number-range"), QStringLiteral("quantity"), QStringLiteral("schema-constraint")};
    QSet<QString> seen;
    for (const QString &name : caseNames())
        for (const QString &line : expectedLines(goldenDir() + QLatin1Char('/') + name + QStringLiteral("/expected.txt")))
            seen.insert(line.section(u' ', 2, 2));
    for (const QString &code : codes)
        QVERIFY2(seen.contains(code), qPrintable(QStringLiteral("no golden case for ") + code));
}

QTEST_GUILESS_MAIN(TestConfigGolden)
#include "tst_configgolden.moc"
