#include "testbackend.h"
#include "registry/modelregistry.h"
#include "registry/priceimport.h"
#include "store/database.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestLiteLlmPrices final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void bundledCopyIsTheSharedFile();
    void parseCountsEntries();
    void exactPrices_data();
    void exactPrices();
    void importUpdatesRegistryAndAudits();
    void apiPriceWinsAndDriftIsFlagged();
    void asyncImportReportsProgress();
    void badFileWritesNothing();

private:
    static QByteArray bundled();
    QTemporaryDir m_dir;
    Database m_database;
    Database m_sample; ///< the bundled file imported once, for the exact-price rows
    int m_counter = 0;
};

QByteArray TestLiteLlmPrices::bundled()
{
    QFile f(LiteLlmPrices::bundledPath());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestLiteLlmPrices::initTestCase()
{
    TIERBENCH_REQUIRE_BACKEND(TestBackend::selected());
    m_sample = TestBackend::fresh(m_dir.filePath(QStringLiteral("sample.sqlite")));
    QVERIFY(m_sample.openAndMigrate());
    const PriceImportReport report = LiteLlmPrices::importNow(m_sample, bundled(), QStringLiteral("test"));
    QVERIFY2(report.ok(), qPrintable(report.error));
}

void TestLiteLlmPrices::cleanupTestCase()
{
    m_sample.closeThreadConnection();
}

void TestLiteLlmPrices::init()
{
    m_database = TestBackend::fresh(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++m_counter)));
    QVERIFY(m_database.openAndMigrate());
}

void TestLiteLlmPrices::cleanup()
{
    m_database.closeThreadConnection();
}

void TestLiteLlmPrices::bundledCopyIsTheSharedFile()
{
    QFile shared(QStringLiteral(TIERBENCH_SOURCE_DIR "/resources/prices/model_prices_and_context_window.json"));
    QVERIFY(shared.open(QIODevice::ReadOnly));
    const QByteArray resource = bundled();
    QVERIFY(!resource.isEmpty());
    QCOMPARE(resource, shared.readAll());
}

void TestLiteLlmPrices::parseCountsEntries()
{
    const LiteLlmPrices::Parsed parsed = LiteLlmPrices::parse(bundled());
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.entries, 2982); // SOURCES.md: 2,982 model entries
    // The databricks entries carry binary noise beyond 12 decimals per million.
    QVERIFY(parsed.rounded.contains(QStringLiteral("databricks/databricks-claude-3-7-sonnet.input_cost_per_token")));
    QVERIFY(parsed.rounded.size() < 40);
}

void TestLiteLlmPrices::exactPrices_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("cached"); // empty: none in the file
    // Expected values: the file's double, as its shortest decimal text, times 10^6, computed
    // independently (Python decimal) from model_prices_and_context_window.json.
    QTest::newRow("gpt-4o") << "openai" << "gpt-4o" << "2.5" << "10" << "1.25";
    QTest::newRow("gpt-4o-mini") << "openai" << "gpt-4o-mini" << "0.15" << "0.6" << "0.075";
    QTest::newRow("o1") << "openai" << "o1" << "15" << "60" << "7.5";
    QTest::newRow("gpt-3.5-turbo") << "openai" << "gpt-3.5-turbo" << "0.5" << "1.5" << "";
    QTest::newRow("text-embedding-3-small") << "openai" << "text-embedding-3-small" << "0.02" << "0" << "";
    QTest::newRow("claude-sonnet-4-5") << "anthropic" << "claude-sonnet-4-5" << "3" << "15" << "0.3";
    QTest::newRow("claude-haiku-4-5") << "anthropic" << "claude-haiku-4-5" << "1" << "5" << "0.1";
    QTest::newRow("claude-3-haiku") << "anthropic" << "claude-3-haiku-20240307" << "0.25" << "1.25" << "0.03";
    QTest::newRow("gemini-2.0-flash") << "gemini" << "gemini-2.0-flash" << "0.1" << "0.4" << "0.025";
    QTest::newRow("gemini-2.5-pro") << "gemini" << "gemini-2.5-pro" << "1.25" << "10" << "0.125";
    QTest::newRow("openrouter gpt-4o") << "openrouter" << "openai/gpt-4o" << "2.5" << "10" << "";
    QTest::newRow("ollama llama3") << "ollama" << "llama3" << "0" << "0" << "";
    QTest::newRow("mistral large") << "mistral" << "mistral-large-latest" << "0.5" << "1.5" << "";
    QTest::newRow("groq llama 8b") << "groq" << "llama-3.1-8b-instant" << "0.05" << "0.08" << "";
    QTest::newRow("deepseek-chat") << "deepseek" << "deepseek-chat" << "0.28" << "0.42" << "0.028";
    QTest::newRow("command-r-plus") << "cohere_chat" << "command-r-plus" << "2.5" << "10" << "";
    QTest::newRow("bedrock sonnet") << "bedrock" << "anthropic.claude-3-5-sonnet-20240620-v1:0" << "3" << "15" << "0.3";
    QTest::newRow("databricks bge") << "databricks" << "databricks-bge-large-en" << "0.10003" << "0" << "";
    QTest::newRow("databricks sonnet (rounded)") << "databricks" << "databricks-claude-3-7-sonnet" << "2.99999" << "15.00002" << "";
    QTest::newRow("databricks gemini (rounded)") << "databricks" << "databricks-gemini-2-5-pro" << "1.24999" << "9.99999" << "";
}

void TestLiteLlmPrices::exactPrices()
{
    QFETCH(QString, provider);
    QFETCH(QString, modelId);
    QFETCH(QString, input);
    QFETCH(QString, output);
    QFETCH(QString, cached);
    const QList<SourcePrice> prices = ModelRegistry(m_sample).sourcePrices(provider, modelId);
    QCOMPARE(prices.size(), 1);
    QCOMPARE(prices[0].source, QStringLiteral("litellm"));
    QCOMPARE(prices[0].input->toString(), input);
    QCOMPARE(prices[0].output->toString(), output);
    QCOMPARE(prices[0].cachedInput ? prices[0].cachedInput->toString() : QString(), cached);
}

void TestLiteLlmPrices::importUpdatesRegistryAndAudits()
{
    ModelRegistry registry(m_database);
    ListedModel haiku;
    haiku.modelId = QStringLiteral("claude-haiku-4-5");
    haiku.displayName = QStringLiteral("Claude Haiku 4.5");
    QVERIFY(registry.applySync(QStringLiteral("anthropic"), {haiku}, QStringLiteral("test")).ok());
    QVERIFY(!registry.model(QStringLiteral("anthropic:claude-haiku-4-5"))->inputPrice);

    const PriceImportReport report = LiteLlmPrices::importNow(m_database, bundled(), QStringLiteral("import:litellm"));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.outcome.pricesChanged, 1);
    const LLMModel m = *registry.model(QStringLiteral("anthropic:claude-haiku-4-5"));
    QCOMPARE(m.inputPrice->toString(), QStringLiteral("1"));
    QCOMPARE(m.outputPrice->toString(), QStringLiteral("5"));
    QCOMPARE(m.cachedInputPrice->toString(), QStringLiteral("0.1"));
    QCOMPARE(m.priceSource, QStringLiteral("litellm"));
    QVERIFY(m.priceUpdatedAt.isValid());
    QCOMPARE(m.contextWindow, std::optional<qint64>(200000)); // filled from the map
    bool sawInput = false;
    for (const AuditEntry &e : registry.auditLog(m.id)) {
        if (e.action == u"price_changed" && e.field == u"inputPrice") {
            sawInput = true;
            QCOMPARE(e.oldValue, QString());
            QCOMPARE(e.newValue, QStringLiteral("1"));
            QCOMPARE(e.actor, QStringLiteral("import:litellm"));
        }
    }
    QVERIFY(sawInput);
    // Importing the same file again changes nothing.
    QCOMPARE(LiteLlmPrices::importNow(m_database, bundled(), QStringLiteral("again")).outcome.pricesChanged, 0);
}

void TestLiteLlmPrices::apiPriceWinsAndDriftIsFlagged()
{
    ModelRegistry registry(m_database);
    ListedModel gpt;
    gpt.modelId = QStringLiteral("openai/gpt-4o");
    gpt.inputPrice = Decimal::parse(QStringLiteral("3")); // LiteLLM says 2.5: 20 % apart
    gpt.outputPrice = Decimal::parse(QStringLiteral("10"));
    QVERIFY(registry.applySync(QStringLiteral("openrouter"), {gpt}, QStringLiteral("sync:openrouter")).ok());
    const PriceImportReport report = LiteLlmPrices::importNow(m_database, bundled(), QStringLiteral("import:litellm"), 0.10);
    QVERIFY(report.ok());
    const LLMModel m = *registry.model(QStringLiteral("openrouter:openai/gpt-4o"));
    QCOMPARE(m.priceSource, QStringLiteral("openrouter-api"));
    QCOMPARE(m.inputPrice->toString(), QStringLiteral("3"));
    QCOMPARE(report.outcome.drifts.size(), 1);
    const PriceDrift &d = report.outcome.drifts.first();
    QCOMPARE(d.field, QStringLiteral("input"));
    QCOMPARE(d.otherSource, QStringLiteral("litellm"));
    QCOMPARE(d.otherValue, QStringLiteral("2.5"));
    bool audited = false;
    for (const AuditEntry &e : registry.auditLog(m.id))
        audited = audited || (e.action == u"price_drift" && e.oldValue == u"openrouter-api=3" && e.newValue == u"litellm=2.5");
    QVERIFY(audited);
    // Both sources are kept.
    QCOMPARE(registry.sourcePrices(QStringLiteral("openrouter"), QStringLiteral("openai/gpt-4o")).size(), 2);
    // With a wider threshold it is not drift.
    QCOMPARE(LiteLlmPrices::importNow(m_database, bundled(), QStringLiteral("x"), 0.25).outcome.drifts.size(), 0);
}

void TestLiteLlmPrices::asyncImportReportsProgress()
{
    PriceImporter importer(m_database);
    QSignalSpy progress(&importer, &PriceImporter::progress);
    QSignalSpy finished(&importer, &PriceImporter::finished);
    importer.start(bundled());
    QVERIFY(importer.isRunning() || finished.count() == 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const PriceImportReport report = finished.first().first().value<PriceImportReport>();
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.entries, 2982);
    QVERIFY(progress.count() > 0);
    QCOMPARE(progress.last().at(0).toInt(), 100);
    QCOMPARE(ModelRegistry(m_database).sourcePrices(QStringLiteral("openai"), QStringLiteral("gpt-4o")).size(), 1);
}

void TestLiteLlmPrices::badFileWritesNothing()
{
    const PriceImportReport report = LiteLlmPrices::importNow(m_database, "{\"gpt-4o\": {", QStringLiteral("x"));
    QVERIFY(!report.ok());
    QVERIFY(report.error.contains(QStringLiteral("JSON")));
    QVERIFY(ModelRegistry(m_database).sourcePrices(QStringLiteral("openai"), QStringLiteral("gpt-4o")).isEmpty());
}

QTEST_GUILESS_MAIN(TestLiteLlmPrices)
#include "tst_litellmprices.moc"
