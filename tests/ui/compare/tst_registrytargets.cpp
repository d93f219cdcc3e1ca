#include "registrytargets.h"

#include <QTest>

class TestRegistryTargets final : public QObject
{
    Q_OBJECT

private slots:
    void offersOnlyCallableListedModels();
    void keepsTheTierProvidersEndpointAndRegistryPrices();
    void honoursTheLimitInIdOrder();

private:
    static LLMModel model(const QString &provider, const QString &modelId, bool synced = true);
    static TierConfig config();
};

LLMModel TestRegistryTargets::model(const QString &provider, const QString &modelId, bool synced)
{
    LLMModel m;
    m.provider = provider;
    m.modelId = modelId;
    m.id = LLMModel::makeId(provider, modelId);
    m.inputPrice = Decimal::parse(u"0.15");
    m.outputPrice = Decimal::parse(u"0.60");
    if (synced)
        m.lastSyncedAt = QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC);
    return m;
}

TierConfig TestRegistryTargets::config()
{
    TierConfig c;
    c.name = QStringLiteral("default");
    TierEntry fast;
    fast.tier = QStringLiteral("fast");
    fast.provider = QStringLiteral("openai");
    fast.model = QStringLiteral("gpt-4o-mini");
    fast.endpoint = QStringLiteral("http://127.0.0.1:8000/v1");
    c.tiers.append(fast);
    return c;
}

void TestRegistryTargets::offersOnlyCallableListedModels()
{
    LLMModel inactive = model(QStringLiteral("openai"), QStringLiteral("gpt-3.5-turbo"));
    inactive.isActive = false;
    const QList<LLMModel> models{
        model(QStringLiteral("openai"), QStringLiteral("gpt-4o")),
        model(QStringLiteral("openai"), QStringLiteral("gpt-4o-mini")),          // already the fast tier
        model(QStringLiteral("openai"), QStringLiteral("o3-mini"), false),       // only priced, never listed
        inactive,
        model(QStringLiteral("anthropic"), QStringLiteral("claude-haiku-4-5")),  // no key
    };
    const QList<Target> targets = registryTargets(models, config(), [](const QString &provider) {
        return provider == u"openai";
    });
    QCOMPARE(targets.size(), 1);
    QCOMPARE(targets.constFirst().id, QStringLiteral("openai:gpt-4o"));
}

void TestRegistryTargets::keepsTheTierProvidersEndpointAndRegistryPrices()
{
    const QList<Target> targets = registryTargets({model(QStringLiteral("openai"), QStringLiteral("gpt-4o"))},
                                                  config(), [](const QString &) { return true; });
    QCOMPARE(targets.size(), 1);
    const Target &t = targets.constFirst();
    QCOMPARE(t.provider, QStringLiteral("openai"));
    QCOMPARE(t.model, QStringLiteral("gpt-4o"));
    QCOMPARE(t.endpoint, QStringLiteral("http://127.0.0.1:8000/v1"));
    QVERIFY(t.prices.isKnown());
    QCOMPARE(t.prices.inputPerMillion->toString(), QStringLiteral("0.15"));
    QVERIFY(!t.isRouter);
}

void TestRegistryTargets::honoursTheLimitInIdOrder()
{
    QList<LLMModel> models;
    for (const char *id : {"m-c", "m-a", "m-d", "m-b"})
        models.append(model(QStringLiteral("ollama"), QString::fromLatin1(id)));
    const QList<Target> targets = registryTargets(models, config(), [](const QString &) { return true; }, 2);
    QCOMPARE(targets.size(), 2);
    QCOMPARE(targets.at(0).id, QStringLiteral("ollama:m-a"));
    QCOMPARE(targets.at(1).id, QStringLiteral("ollama:m-b"));
}

QTEST_GUILESS_MAIN(TestRegistryTargets)
#include "tst_registrytargets.moc"
