#include "registry/modellistparser.h"

#include <QFile>
#include <QTest>

/// The parsers against the real list-models responses in tests/fixtures/wire/models_list.
class TestModelListParser final : public QObject
{
    Q_OBJECT

private slots:
    void realResponses_data();
    void realResponses();
    void openAiShutdownDate();
    void anthropicPaging();
    void openRouterPricesAndNext();
    void geminiPaging();
    void ollamaIsFree();
    void invalid_data();
    void invalid();
    void kindNames();
};

static QByteArray wire(const QString &name)
{
    QFile f(QStringLiteral(TIERBENCH_FIXTURES_DIR "/wire/models_list/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

void TestModelListParser::realResponses_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("firstId");
    QTest::addColumn<QString>("firstName");
    QTest::newRow("openai docs") << int(ModelListFormat::OpenAi) << "openai_v1_models.docs_trailing_comma_removed.json" << 3
                                 << "model-id-0" << "model-id-0";
    QTest::newRow("cerebras openai-compatible") << int(ModelListFormat::OpenAi)
                                                << "openai_compatible_cerebras_v1_models.recorded_reserialized.json" << 3
                                                << "gemma-4-31b" << "gemma-4-31b";
    QTest::newRow("anthropic real curl") << int(ModelListFormat::Anthropic) << "anthropic_v1_models.real_curl.json" << 6
                                         << "claude-3-7-sonnet-20250219" << "Claude 3.7 Sonnet";
    QTest::newRow("ollama docs") << int(ModelListFormat::Ollama) << "ollama_api_tags.docs.json" << 2
                                 << "deepseek-r1:latest" << "deepseek-r1:latest";
    QTest::newRow("ollama openapi") << int(ModelListFormat::Ollama) << "ollama_api_tags.openapi_example.json" << 1
                                    << "gemma4" << "gemma4";
    QTest::newRow("openrouter openapi") << int(ModelListFormat::OpenRouter) << "openrouter_api_v1_models.openapi_example.json"
                                        << 1 << "openai/gpt-4" << "GPT-4";
}

void TestModelListParser::realResponses()
{
    QFETCH(int, kind);
    QFETCH(QString, file);
    QFETCH(int, count);
    QFETCH(QString, firstId);
    QFETCH(QString, firstName);
    const ModelListPage page = ModelListParser::parse(ModelListFormat(kind), wire(file));
    QVERIFY2(page.ok(), qPrintable(page.error));
    QCOMPARE(page.models.size(), count);
    QCOMPARE(page.models.first().modelId, firstId);
    QCOMPARE(page.models.first().displayName, firstName);
}

void TestModelListParser::openAiShutdownDate()
{
    const ModelListPage page = ModelListParser::parse(ModelListFormat::OpenAi, wire(QStringLiteral("openai_v1_models.docs_trailing_comma_removed.json")));
    QCOMPARE(page.models[0].deprecationDate, QString());
    QCOMPARE(page.models[2].deprecationDate, QStringLiteral("2026-10-23"));
    QCOMPARE(page.models[0].releasedAt.toSecsSinceEpoch(), 1686935002);
    QVERIFY(page.nextCursor.isEmpty());
}

void TestModelListParser::anthropicPaging()
{
    const ModelListPage last = ModelListParser::parse(ModelListFormat::Anthropic, wire(QStringLiteral("anthropic_v1_models.real_curl.json")));
    QVERIFY(last.nextCursor.isEmpty()); // has_more false
    QCOMPARE(last.models[1].releasedAt, QDateTime(QDate(2024, 10, 22), QTime(0, 0), Qt::UTC));
    const ModelListPage more = ModelListParser::parse(
        ModelListFormat::Anthropic,
        R"({"data":[{"type":"model","id":"a","display_name":"A","created_at":"2025-01-01T00:00:00Z"}],"has_more":true,"first_id":"a","last_id":"a"})");
    QVERIFY(more.ok());
    QCOMPARE(more.nextCursor, QStringLiteral("a"));
    const ModelListPage broken = ModelListParser::parse(ModelListFormat::Anthropic, R"({"data":[],"has_more":true})");
    QVERIFY(!broken.ok());
}

void TestModelListParser::openRouterPricesAndNext()
{
    const ModelListPage page = ModelListParser::parse(ModelListFormat::OpenRouter, wire(QStringLiteral("openrouter_api_v1_models.openapi_example.json")));
    const ListedModel &m = page.models.first();
    QCOMPARE(m.inputPrice->toString(), QStringLiteral("30")); // "0.00003" per token
    QCOMPARE(m.outputPrice->toString(), QStringLiteral("60"));
    QVERIFY(!m.cachedInputPrice);
    QCOMPARE(m.contextWindow, std::optional<qint64>(8192));
    QCOMPARE(m.maxOutput, std::optional<qint64>(4096));
    QCOMPARE(page.nextCursor, QStringLiteral("/api/v1/models?offset=500&limit=500"));
}

void TestModelListParser::geminiPaging()
{
    const QByteArray body = R"({"models":[{"name":"models/gemini-2.0-flash","displayName":"Gemini 2.0 Flash",
        "inputTokenLimit":1048576,"outputTokenLimit":8192}],"nextPageToken":"tok-2"})";
    const ModelListPage page = ModelListParser::parse(ModelListFormat::Gemini, body);
    QVERIFY(page.ok());
    QCOMPARE(page.models.first().modelId, QStringLiteral("gemini-2.0-flash"));
    QCOMPARE(page.models.first().contextWindow, std::optional<qint64>(1048576));
    QCOMPARE(page.nextCursor, QStringLiteral("tok-2"));
    QVERIFY(ModelListParser::parse(ModelListFormat::Gemini, "{}").ok()); // empty account
}

void TestModelListParser::ollamaIsFree()
{
    const ModelListPage page = ModelListParser::parse(ModelListFormat::Ollama, wire(QStringLiteral("ollama_api_tags.docs.json")));
    QCOMPARE(page.models[1].inputPrice, std::optional<Decimal>(Decimal()));
    QVERIFY(page.models[1].releasedAt.isValid());
}

void TestModelListParser::invalid_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("openai docs verbatim: trailing comma") << int(ModelListFormat::OpenAi)
                                                          << wire(QStringLiteral("openai_v1_models.docs_verbatim.txt"));
    QTest::newRow("html error page") << int(ModelListFormat::OpenAi) << QByteArray("<html>502</html>");
    QTest::newRow("array root") << int(ModelListFormat::Anthropic) << QByteArray("[]");
    QTest::newRow("no data") << int(ModelListFormat::OpenRouter) << QByteArray(R"({"error":{"message":"x"}})");
    QTest::newRow("ollama no models") << int(ModelListFormat::Ollama) << QByteArray(R"({"error":"boom"})");
    QTest::newRow("truncated") << int(ModelListFormat::Gemini) << QByteArray(R"({"models":[{"name":"models/x")");
}

void TestModelListParser::invalid()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, body);
    const ModelListPage page = ModelListParser::parse(ModelListFormat(kind), body);
    QVERIFY(!page.ok());
    QVERIFY(!page.error.isEmpty());
}

void TestModelListParser::kindNames()
{
    for (ModelListFormat k : {ModelListFormat::OpenAi, ModelListFormat::Anthropic, ModelListFormat::Ollama, ModelListFormat::OpenRouter,
                           ModelListFormat::Gemini})
        QCOMPARE(ModelListParser::kindFromName(ModelListParser::kindName(k)), std::optional<ModelListFormat>(k));
    QCOMPARE(ModelListParser::kindFromName(QStringLiteral("Google")), std::optional<ModelListFormat>(ModelListFormat::Gemini));
    QVERIFY(!ModelListParser::kindFromName(QStringLiteral("bedrock")));
}

QTEST_GUILESS_MAIN(TestModelListParser)
#include "tst_modellistparser.moc"
