#include "registry/tierresolver.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

class TestTierResolver final : public QObject
{
    Q_OBJECT

private slots:
    void best_data();
    void best();
    void exact();
    void errors_data();
    void errors();
    void randomIsSeedable();
    void tierConfigPricesOverride();
    void specJson();

private:
    static QList<LLMModel> catalog();
};

static LLMModel model(const char *provider, const char *id, const char *tier, const char *in, const char *out,
                      bool isDefault = false, bool active = true, int releasedDay = 1)
{
    LLMModel m;
    m.provider = QString::fromLatin1(provider);
    m.modelId = QString::fromLatin1(id);
    m.id = LLMModel::makeId(m.provider, m.modelId);
    m.tier = QString::fromLatin1(tier);
    if (in)
        m.inputPrice = Decimal::parse(QString::fromLatin1(in));
    if (out)
        m.outputPrice = Decimal::parse(QString::fromLatin1(out));
    m.isDefault = isDefault;
    m.isActive = active;
    m.priceSource = QStringLiteral("litellm");
    m.releasedAt = QDateTime(QDate(2025, 1, releasedDay), QTime(0, 0), Qt::UTC);
    return m;
}

QList<LLMModel> TestTierResolver::catalog()
{
    return {
        model("anthropic", "claude-haiku-4-5", "fast", "1", "5"),
        model("openai", "gpt-4o-mini", "fast", "0.15", "0.6"),
        model("gemini", "gemini-2.0-flash", "fast", "0.1", "0.4", false, false), // inactive, cheapest
        model("anthropic", "claude-sonnet-4-5", "standard", "3", "15", true),
        model("openai", "gpt-4o", "standard", "2.5", "10"),
        model("anthropic", "claude-opus-4-1", "reasoning", "15", "75", false, true, 5),
        model("anthropic", "claude-opus-4", "reasoning", "15", "75", false, true, 2),
        model("openai", "o1", "reasoning", nullptr, nullptr, false, true, 9),
    };
}

void TestTierResolver::best_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("prefer");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("because");
    QTest::newRow("cheapest active, inactive skipped") << "fast" << "any" << "" << "openai:gpt-4o-mini" << "cheapest";
    QTest::newRow("default beats cheaper") << "standard" << "" << "" << "anthropic:claude-sonnet-4-5" << "default";
    QTest::newRow("provider restricts") << "fast" << "anthropic" << "" << "anthropic:claude-haiku-4-5" << "only";
    QTest::newRow("prefer provider") << "fast" << "" << "anthropic" << "anthropic:claude-haiku-4-5" << "only";
    QTest::newRow("prefer falls back") << "fast" << "" << "mistral" << "openai:gpt-4o-mini" << "No active mistral";
    QTest::newRow("same price: most recent; unknown price last") << "reasoning" << "any" << ""
                                                                 << "anthropic:claude-opus-4-1" << "most recent";
}

void TestTierResolver::best()
{
    QFETCH(QString, tier);
    QFETCH(QString, provider);
    QFETCH(QString, prefer);
    QFETCH(QString, expected);
    QFETCH(QString, because);
    TierResolver resolver(catalog());
    const Resolution r = resolver.resolve({tier, provider, prefer, {}});
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.model->id, expected);
    QVERIFY2(r.explanation.contains(because), qPrintable(r.explanation));
    QVERIFY(r.ranking.first().startsWith(expected));
}

void TestTierResolver::exact()
{
    TierResolver resolver(catalog());
    const Resolution r = resolver.resolve({{}, {}, {}, QStringLiteral("openai:gpt-4o")});
    QVERIFY(r.ok());
    QCOMPARE(r.model->modelId, QStringLiteral("gpt-4o"));
    QCOMPARE(r.prices.inputPerMillion->toString(), QStringLiteral("2.5"));
}

void TestTierResolver::errors_data()
{
    QTest::addColumn<QString>("tier");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown tier") << "premium" << "" << "" << "No active model in tier 'premium'";
    QTest::newRow("provider has none") << "fast" << "gemini" << "" << "No active gemini model in tier 'fast' (1 inactive)";
    QTest::newRow("exact inactive") << "" << "" << "gemini:gemini-2.0-flash" << "inactive";
    QTest::newRow("exact unknown") << "" << "" << "openai:gpt-9" << "No model openai:gpt-9";
    QTest::newRow("empty spec") << "" << "" << "" << "neither a tier nor an exact model";
}

void TestTierResolver::errors()
{
    QFETCH(QString, tier);
    QFETCH(QString, provider);
    QFETCH(QString, exact);
    QFETCH(QString, message);
    TierResolver resolver(catalog());
    const Resolution r = resolver.resolve({tier, provider, {}, exact});
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
}

void TestTierResolver::randomIsSeedable()
{
    auto picks = [](quint32 seed) {
        TierResolver resolver(catalog());
        resolver.setSeed(seed);
        QStringList out;
        for (int i = 0; i < 40; ++i)
            out.append(resolver.resolve({QStringLiteral("reasoning"), {}, {}, {}}, TierResolver::Mode::Random).model->id);
        return out;
    };
    const QStringList a = picks(7);
    QCOMPARE(picks(7), a); // same seed, same sequence
    QCOMPARE(QSet<QString>(a.cbegin(), a.cend()).size(), 3); // every candidate gets picked
    TierResolver resolver(catalog());
    QVERIFY(resolver.resolve({QStringLiteral("fast"), {}, {}, {}}, TierResolver::Mode::Random).explanation.contains(QStringLiteral("random")));
}

void TestTierResolver::tierConfigPricesOverride()
{
    TierConfig config;
    TierEntry e;
    e.tier = QStringLiteral("fast");
    e.provider = QStringLiteral("anthropic");
    e.model = QStringLiteral("claude-haiku-4-5");
    e.costPerMillionInput = QStringLiteral("0.08");
    e.costPerMillionOutput = QStringLiteral("0.40");
    config.tiers = {e};
    TierResolver resolver(catalog());
    resolver.setTierConfig(config);
    // With the config's (negotiated) price, haiku is now the cheapest in the tier.
    const Resolution r = resolver.resolve({QStringLiteral("fast"), {}, {}, {}});
    QCOMPARE(r.model->id, QStringLiteral("anthropic:claude-haiku-4-5"));
    QCOMPARE(r.prices.inputPerMillion->toString(), QStringLiteral("0.08"));
    QCOMPARE(r.prices.outputPerMillion->toString(), QStringLiteral("0.4"));
    QVERIFY(r.explanation.contains(QStringLiteral("tier config")));
    // Not for the same model resolved through another tier.
    const Resolution other = resolver.resolve({{}, {}, {}, QStringLiteral("openai:gpt-4o-mini")});
    QCOMPARE(other.priceSource, QStringLiteral("litellm"));
}

void TestTierResolver::specJson()
{
    const ModelSpec s = ModelSpec::fromJson(
        QJsonDocument::fromJson(R"({"tier":"smart","preferProvider":"anthropic"})").object());
    QCOMPARE(s.tier, QStringLiteral("smart"));
    QCOMPARE(s.preferProvider, QStringLiteral("anthropic"));
    QCOMPARE(ModelSpec::fromJson(s.toJson()).preferProvider, s.preferProvider);
    QCOMPARE(ModelSpec::fromJson(QJsonDocument::fromJson(R"({"exact":"a:b"})").object()).exact, QStringLiteral("a:b"));
}

QTEST_GUILESS_MAIN(TestTierResolver)
#include "tst_tierresolver.moc"
