// Golden validation cases: tests/fixtures/config/<case>/input.yaml is validated and its
// diagnostics must equal <case>/expected.txt, one "LINE:COL: severity: code path" per line
// (an empty file means the input is clean). One row per folder. A folder that also holds a
// file named `schema-only` is parsed with ConfigCodec::Checks::SchemaOnly.
#include "config/configcodec.h"
#include "config/diagnosticcodes.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTest>

class TestConfigGolden final : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void everyCodeIsCovered();
    void docsListEveryCode();
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
    // Every golden case's codes are stable codes of DiagnosticCodes::table, with the table's
    // severity; and every code of the table (but those marked otherwise) has a case.
    QSet<QString> seen;
    for (const QString &name : caseNames()) {
        for (const QString &line : expectedLines(goldenDir() + QLatin1Char('/') + name + QStringLiteral("/expected.txt"))) {
            const QString severity = line.section(u' ', 1, 1).chopped(1); // "error:" -> "error"
            const QString code = line.section(u' ', 2, 2);
            const DiagnosticCodes::Code *entry = DiagnosticCodes::find(code);
            QVERIFY2(entry, qPrintable(name + QStringLiteral(": code not in diagnosticcodes.h: ") + code));
            QCOMPARE(severity, Diagnostic::severityName(entry->severity));
            seen.insert(code);
        }
    }
    int golden = 0;
    for (const DiagnosticCodes::Code &c : DiagnosticCodes::table) {
        if (c.layer == DiagnosticCodes::Layer::Policy)
            continue; // tst_routerpolicy's golden cases
        const QString code = QString::fromLatin1(c.code.data(), qsizetype(c.code.size()));
        QVERIFY2(!c.meaning.empty(), qPrintable(code));
        if (!c.golden) {
            QVERIFY2(!seen.contains(code), qPrintable(code + QStringLiteral(" has a golden case: mark it golden")));
            continue;
        }
        ++golden;
        QVERIFY2(seen.contains(code), qPrintable(QStringLiteral("no golden case for ") + code));
    }
    QVERIFY(golden >= 50);
}

void TestConfigGolden::docsListEveryCode()
{
    // docs/diagnostic-codes.md is the table rendered: one row per code, in table order.
    QFile f(QStringLiteral(TIERBENCH_SOURCE_DIR "/docs/diagnostic-codes.md"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QStringList rows;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("| `"))
            rows << QString::fromUtf8(line);
    QStringList expected;
    for (const DiagnosticCodes::Code &c : DiagnosticCodes::table)
        expected << QStringLiteral("| `%1` | %2 | %3 | %4 |")
                        .arg(QLatin1StringView(c.code.data(), qsizetype(c.code.size())),
                             Diagnostic::severityName(c.severity),
                             QLatin1StringView(DiagnosticCodes::layerName(c.layer).data(),
                                               qsizetype(DiagnosticCodes::layerName(c.layer).size())),
                             QString::fromUtf8(c.meaning.data(), qsizetype(c.meaning.size())));
    if (rows != expected)
        qWarning().noquote() << "docs/diagnostic-codes.md should list:\n" << expected.join(u'\n');
    QCOMPARE(rows, expected);
}

QTEST_GUILESS_MAIN(TestConfigGolden)
#include "tst_configgolden.moc"
