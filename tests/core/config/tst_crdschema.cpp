// The CRD schema checks (core/config/schemacheck.cpp): the bundled samples are clean, the
// schema version is picked from the fields, scalars are typed like the API server types
// them, and documents mutated into schema-invalid ones are rejected at the mutated line.
#include "config/configcodec.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestCrdSchema final : public QObject
{
    Q_OBJECT

private slots:
    void samplesAreClean_data();
    void samplesAreClean();
    void schemaVersion_data();
    void schemaVersion();
    void scalarTyping_data();
    void scalarTyping();
    void mutantsAreRejected_data();
    void mutantsAreRejected();
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The CRD samples: the KAOS operator's samples and the seeds' examples (tests/fixtures/crd-samples,
/// see its README) and the demo workspace's KAOS files.
QStringList sampleFiles()
{
    QStringList files;
    const QString fixtures = QStringLiteral(TIERBENCH_SOURCE_DIR "/tests/fixtures/crd-samples/");
    for (const QString &f : QDir(fixtures).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name))
        files << fixtures + f;
    const QString demo = QStringLiteral(TIERBENCH_SOURCE_DIR "/resources/demo/");
    for (const QString &f : QDir(demo).entryList({QStringLiteral("kaos-*.yaml")}, QDir::Files, QDir::Name))
        files << demo + f;
    return files;
}

QString render(const Diagnostics &list)
{
    QStringList lines;
    for (const Diagnostic &d : list)
        lines << QStringLiteral("%1:%2 %3 %4 %5").arg(d.line).arg(d.column).arg(d.code, d.path, d.message);
    return lines.join(u'\n');
}

QByteArray modelApi(const QByteArray &spec)
{
    return "apiVersion: ethical.institute/v1alpha1\nkind: ModelAPI\nmetadata:\n  name: m\nspec:\n" + spec;
}

/// One mutation of one line of a valid ModelAPI document.
struct Mutant
{
    QByteArray yaml;
    int line = 0;         ///< 1-based line of the document that was changed
    QString requiredName; ///< for a renamed required key: the key; the error is a required-field
};

struct Line
{
    int indent = 0;
    bool item = false; ///< "- key: value"
    QByteArray key;
    QByteArray value;
};

std::optional<Line> parseLine(const QByteArray &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^(\s*)(- )?([A-Za-z0-9_./-]+):(?:\s+(.*))?$)"));
    const QRegularExpressionMatch m = re.match(QString::fromUtf8(text));
    if (!m.hasMatch())
        return std::nullopt;
    return Line{int(m.capturedLength(1)) + (m.capturedLength(2) ? 2 : 0), m.capturedLength(2) > 0,
                m.captured(3).toUtf8(), m.captured(4).trimmed().toUtf8()};
}

/// Mutants that no version of the CRD accepts where the document has them: a scalar replaced
/// by a mapping, a list or a float; a mapping or list replaced by a number; an enum value
/// out of its set; a quantity that is not one; a required key renamed.
QList<Mutant> mutate(const QByteArray &source)
{
    const QList<QByteArray> lines = source.split('\n');
    QList<Mutant> out;
    QList<QPair<int, QByteArray>> parents; // (indent, key) of the enclosing mappings
    QByteArray section;
    int blockIndent = -1; // inside a block scalar deeper than this
    const auto withLines = [&](int at, const QByteArray &replacement, int dropUntil) {
        QList<QByteArray> copy = lines;
        copy[at] = replacement;
        copy.remove(at + 1, dropUntil - at - 1);
        return copy.join('\n');
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray &text = lines.at(i);
        if (blockIndent >= 0) {
            if (text.trimmed().isEmpty() || text.indexOf(text.trimmed()) > blockIndent)
                continue;
            blockIndent = -1;
        }
        const std::optional<Line> l = parseLine(text);
        if (!l)
            continue;
        const int keyIndent = l->indent;
        while (!parents.isEmpty() && parents.last().first >= keyIndent)
            parents.removeLast();
        const QByteArray parent = parents.isEmpty() ? QByteArray() : parents.last().second;
        if (keyIndent == 0)
            section = l->key;
        const bool scalar = !l->value.isEmpty() && !l->value.startsWith('#');
        if (l->value.startsWith('|') || l->value.startsWith('>'))
            blockIndent = keyIndent;
        if (!scalar || blockIndent >= 0)
            parents.append({keyIndent, l->key});
        if (keyIndent == 0 || (section != "spec" && section != "status") || blockIndent >= 0)
            continue;
        const QByteArray lead = text.left(text.indexOf(l->key));
        if (scalar) {
            for (const QByteArray &bad : {QByteArray("{mutant: 1}"), QByteArray("[1, 2]"), QByteArray("1.5")})
                out.append({withLines(i, lead + l->key + ": " + bad, i + 1), i + 1, {}});
            if (l->key == "mode")
                out.append({withLines(i, lead + "mode: proxy", i + 1), i + 1, {}});
            if (l->key == "phase")
                out.append({withLines(i, lead + "phase: Running", i + 1), i + 1, {}});
            if (parent == "requests" || parent == "limits")
                out.append({withLines(i, lead + l->key + ": \"two\"", i + 1), i + 1, {}});
        } else {
            int end = i + 1;
            while (end < lines.size() && (lines.at(end).trimmed().isEmpty()
                                          || lines.at(end).indexOf(lines.at(end).trimmed()) > keyIndent
                                          || (lines.at(end).trimmed().startsWith("- ")
                                              && lines.at(end).indexOf(lines.at(end).trimmed()) == keyIndent)))
                ++end;
            out.append({withLines(i, lead + l->key + ": 5", end), i + 1, {}});
        }
        const bool required = (l->key == "name" && l->item && parent == "env")
                              || (l->key == "key" && (parent == "secretKeyRef" || parent == "configMapKeyRef"))
                              || (l->key == "mode" && parent == "spec") || (l->key == "model" && parent == "serverConfig");
        if (required)
            out.append({withLines(i, QByteArray(text).replace(QByteArray(l->key + ':'), QByteArray("renamed" + l->key + ':')), i + 1), i + 1,
                        QString::fromUtf8(l->key)});
    }
    return out;
}

} // namespace

void TestCrdSchema::samplesAreClean_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("schemaOnly");
    const QStringList files = sampleFiles();
    QVERIFY(files.size() >= 10);
    for (const QString &f : files) {
        QTest::addRow("%s", qPrintable(QFileInfo(f).fileName())) << f << false;
        QTest::addRow("%s schema-only", qPrintable(QFileInfo(f).fileName())) << f << true;
    }
}

void TestCrdSchema::samplesAreClean()
{
    QFETCH(QString, file);
    QFETCH(bool, schemaOnly);
    const ParsedConfigFile parsed =
        ConfigCodec::parse(readAll(file), schemaOnly ? ConfigCodec::Checks::SchemaOnly : ConfigCodec::Checks::All);
    Diagnostics findings;
    for (const Diagnostic &d : parsed.diagnostics)
        if (d.severity != Diagnostic::Severity::Info)
            findings << d;
    QVERIFY2(findings.isEmpty(), qPrintable(render(findings)));
    const bool checked = std::any_of(parsed.documents.cbegin(), parsed.documents.cend(),
                                     [](const ConfigDocument &d) { return !d.schemaName.isEmpty(); });
    QVERIFY2(checked, "no document of the sample was checked against a CRD schema");
}

void TestCrdSchema::schemaVersion_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("schema");
    const QString v1 = QStringLiteral("KAOS ModelAPI 2025-12 (ethical.institute/v1alpha1)");
    const QString v2 = QStringLiteral("KAOS ModelAPI 2026-01 (ethical.institute/v1alpha1)");
    QTest::newRow("serverConfig") << modelApi("  mode: Hosted\n  serverConfig:\n    model: a\n") << v1;
    QTest::newRow("string configYaml")
        << modelApi("  mode: Proxy\n  proxyConfig:\n    configYaml: |\n      model_list: []\n") << v1;
    QTest::newRow("hostedConfig") << modelApi("  mode: Hosted\n  hostedConfig:\n    model: a\n") << v2;
    QTest::newRow("configYaml.fromString")
        << modelApi("  mode: Proxy\n  proxyConfig:\n    configYaml:\n      fromString: \"x\"\n") << v2;
    QTest::newRow("podSpec") << modelApi("  mode: Proxy\n  proxyConfig:\n    apiBase: http://a\n  podSpec: {}\n") << v2;
    QTest::newRow("gatewayRoute")
        << modelApi("  mode: Proxy\n  proxyConfig:\n    apiBase: http://a\n  gatewayRoute:\n    timeout: 30s\n") << v2;
    QTest::newRow("neither: the newer") << modelApi("  mode: Proxy\n  proxyConfig:\n    apiBase: http://a\n") << v2;
    QTest::newRow("null serverConfig is pruned")
        << modelApi("  mode: Proxy\n  proxyConfig:\n    apiBase: http://a\n  serverConfig: ~\n") << v2;
    QTest::newRow("tier config") << QByteArray("apiVersion: core.infraagent.io/v1alpha1\nkind: ModelTierConfig\n"
                                               "metadata:\n  name: d\nspec:\n  tiers:\n    - {tier: fast, provider: a, model: b}\n")
                                 << QStringLiteral("ModelTierConfig (core.infraagent.io/v1alpha1)");
}

void TestCrdSchema::schemaVersion()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, schema);
    const ParsedConfigFile parsed = ConfigCodec::parse(yaml);
    QCOMPARE(parsed.documents.size(), 1);
    QCOMPARE(parsed.documents.first().schemaName, schema);
    const bool isModelApi = parsed.documents.first().kind == ConfigDocument::Kind::ModelApi;
    const auto info = std::find_if(parsed.diagnostics.cbegin(), parsed.diagnostics.cend(),
                                   [](const Diagnostic &d) { return d.code == u"schema-version"; });
    QCOMPARE(info != parsed.diagnostics.cend(), isModelApi);
    if (isModelApi) {
        QCOMPARE(info->severity, Diagnostic::Severity::Info);
        QVERIFY2(info->message.contains(schema), qPrintable(info->message));
        QCOMPARE(info->line, 1);
    }
}

void TestCrdSchema::scalarTyping_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("error"); // the schema error's code, empty when valid
    const auto env = [](const char *value) -> QByteArray {
        return modelApi("  mode: Proxy\n  proxyConfig:\n    apiBase: http://a\n    env:\n      - name: A\n        value: "
                        + QByteArray(value) + "\n");
    };
    const auto cpu = [](const char *value) -> QByteArray {
        return modelApi("  mode: Hosted\n  serverConfig:\n    model: a\n    resources:\n      limits:\n        cpu: "
                        + QByteArray(value) + "\n");
    };
    const auto maxTokens = [](const char *value) -> QByteArray {
        return QByteArray("apiVersion: core.infraagent.io/v1alpha1\nkind: ModelTierConfig\nmetadata:\n  name: d\n"
                          "spec:\n  tiers:\n    - tier: fast\n      provider: a\n      model: b\n      maxTokens: ")
               + value + "\n";
    };
    QTest::newRow("env quoted number") << env("\"0.80\"") << QString();
    QTest::newRow("env plain number") << env("0.80") << QStringLiteral("wrong-type");
    QTest::newRow("env plain integer") << env("3") << QStringLiteral("wrong-type");
    QTest::newRow("env single-quoted true") << env("'true'") << QString();
    QTest::newRow("env plain true") << env("true") << QStringLiteral("wrong-type");
    QTest::newRow("env plain yes (YAML 1.1 bool for kubectl)") << env("yes") << QStringLiteral("wrong-type");
    QTest::newRow("env !!str tag") << env("!!str 5") << QString();
    QTest::newRow("env plain text") << env("INFO") << QString();
    QTest::newRow("env null is pruned") << env("~") << QString();
    QTest::newRow("cpu integer") << cpu("2") << QString();
    QTest::newRow("cpu hex integer") << cpu("0x10") << QString();
    QTest::newRow("cpu millis") << cpu("500m") << QString();
    QTest::newRow("cpu quoted decimal") << cpu("\"2.5\"") << QString();
    QTest::newRow("cpu plain decimal") << cpu("2.5") << QStringLiteral("quantity");
    QTest::newRow("cpu word") << cpu("two") << QStringLiteral("quantity");
    QTest::newRow("cpu exponent string") << cpu("\"1e3\"") << QString();
    QTest::newRow("maxTokens integer") << maxTokens("4096") << QString();
    QTest::newRow("maxTokens quoted") << maxTokens("\"4096\"") << QStringLiteral("wrong-type");
    QTest::newRow("maxTokens int32 max") << maxTokens("2147483647") << QString();
    QTest::newRow("maxTokens past int32") << maxTokens("2147483648") << QStringLiteral("int-range");
    QTest::newRow("maxTokens past int64") << maxTokens("99999999999999999999") << QStringLiteral("wrong-type");
}

void TestCrdSchema::scalarTyping()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, error);
    const ParsedConfigFile parsed = ConfigCodec::parse(yaml, ConfigCodec::Checks::SchemaOnly);
    QStringList errors;
    for (const Diagnostic &d : parsed.diagnostics)
        if (d.isError())
            errors << d.code;
    QCOMPARE(errors, error.isEmpty() ? QStringList() : QStringList{error});
    // The full check rejects whatever the schema check rejects.
    QCOMPARE(ConfigCodec::parse(yaml).hasErrors(), !error.isEmpty());
}

void TestCrdSchema::mutantsAreRejected_data()
{
    QTest::addColumn<QByteArray>("source");
    int documents = 0;
    for (const QString &file : sampleFiles()) {
        const ParsedConfigFile parsed = ConfigCodec::parse(readAll(file));
        for (const ConfigDocument &doc : parsed.documents)
            if (doc.kind == ConfigDocument::Kind::ModelApi)
                QTest::addRow("%s #%d", qPrintable(QFileInfo(file).fileName()), doc.index) << doc.source, ++documents;
    }
    QVERIFY(documents >= 8);
}

void TestCrdSchema::mutantsAreRejected()
{
    QFETCH(QByteArray, source);
    QVERIFY2(!ConfigCodec::parse(source, ConfigCodec::Checks::SchemaOnly).hasErrors(), "the original is not valid");
    const QList<Mutant> mutants = mutate(source);
    QVERIFY(mutants.size() >= 5);
    for (const Mutant &m : mutants) {
        const ParsedConfigFile parsed = ConfigCodec::parse(m.yaml, ConfigCodec::Checks::SchemaOnly);
        const QString context = QStringLiteral("mutant at line %1:\n%2\nfound:\n%3")
                                    .arg(m.line)
                                    .arg(QString::fromUtf8(m.yaml), render(parsed.diagnostics));
        bool found = false;
        for (const Diagnostic &d : parsed.diagnostics) {
            if (!d.isError())
                continue;
            found = found || (m.requiredName.isEmpty() ? d.line == m.line
                                                       : d.code == u"required-field" && d.path.endsWith(m.requiredName));
        }
        QVERIFY2(found, qPrintable(context));
        QVERIFY2(ConfigCodec::parse(m.yaml).hasErrors(), qPrintable(context));
    }
    qInfo("%lld mutants, each rejected at the mutated line", qlonglong(mutants.size()));
}

QTEST_GUILESS_MAIN(TestCrdSchema)
#include "tst_crdschema.moc"
