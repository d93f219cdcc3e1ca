#include "testbackend.h"
#include "config/tierconfig.h"
#include "registry/modelregistry.h"
#include "store/database.h"

#include <QTemporaryDir>
#include <QTest>

class TestModelRegistry final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TIERBENCH_REQUIRE_BACKEND(TestBackend::selected()); }
    void init();
    void cleanup();
    void syncInsertsAndAudits();
    void missingBecomesInactiveNeverDeleted();
    void reappearingIsReactivated();
    void fieldChangesAreAudited();
    void deprecationRaisesAlertWhenUsed();
    void apiPriceChangeIsAudited();
    void otherProvidersUntouched();
    void tierAssignmentKeepsOneDefault();
    void applyTierConfigAssignsDefaults();
    void filters();

private:
    static ListedModel listed(const QString &id, const QString &name = {});
    QTemporaryDir m_dir;
    Database m_database;
    int m_counter = 0;
};

ListedModel TestModelRegistry::listed(const QString &id, const QString &name)
{
    ListedModel m;
    m.modelId = id;
    m.displayName = name.isEmpty() ? id : name;
    return m;
}

void TestModelRegistry::init()
{
    m_database = TestBackend::fresh(m_dir.filePath(QStringLiteral("g%1.sqlite").arg(++m_counter)));
    QVERIFY(m_database.openAndMigrate());
}

void TestModelRegistry::cleanup()
{
    m_database.closeThreadConnection();
}

void TestModelRegistry::syncInsertsAndAudits()
{
    ModelRegistry registry(m_database);
    const SyncOutcome o = registry.applySync(QStringLiteral("anthropic"),
                                             {listed(QStringLiteral("claude-haiku-4-5"), QStringLiteral("Claude Haiku 4.5")),
                                              listed(QStringLiteral("claude-sonnet-4-5"))},
                                             QStringLiteral("sync:anthropic"));
    QVERIFY2(o.ok(), qPrintable(o.error));
    QCOMPARE(o.added, 2);
    const std::optional<LLMModel> m = registry.model(QStringLiteral("anthropic:claude-haiku-4-5"));
    QVERIFY(m);
    QCOMPARE(m->provider, QStringLiteral("anthropic"));
    QCOMPARE(m->modelId, QStringLiteral("claude-haiku-4-5"));
    QCOMPARE(m->displayName, QStringLiteral("Claude Haiku 4.5"));
    QVERIFY(m->isActive);
    QVERIFY(!m->isDefault);
    QVERIFY(m->lastSyncedAt.isValid() && m->createdAt.isValid() && m->updatedAt.isValid());
    const QList<AuditEntry> audit = registry.auditLog(m->id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit[0].action, QStringLiteral("added"));
    QCOMPARE(audit[0].actor, QStringLiteral("sync:anthropic"));
    // Same list again: nothing changes, nothing is audited.
    const SyncOutcome again = registry.applySync(QStringLiteral("anthropic"),
                                                 {listed(QStringLiteral("claude-haiku-4-5"), QStringLiteral("Claude Haiku 4.5")),
                                                  listed(QStringLiteral("claude-sonnet-4-5"))},
                                                 QStringLiteral("sync:anthropic"));
    QCOMPARE(again.unchanged, 2);
    QCOMPARE(registry.auditLog().size(), 2);
}

void TestModelRegistry::missingBecomesInactiveNeverDeleted()
{
    ModelRegistry registry(m_database);
    registry.applySync(QStringLiteral("openai"), {listed(QStringLiteral("gpt-4o")), listed(QStringLiteral("gpt-4"))},
                       QStringLiteral("s"));
    QHash<QString, QStringList> usage;
    usage.insert(QStringLiteral("openai:gpt-4"), {QStringLiteral("reasoning")});
    const SyncOutcome o = registry.applySync(QStringLiteral("openai"), {listed(QStringLiteral("gpt-4o"))},
                                             QStringLiteral("s"), usage);
    QCOMPARE(o.deactivated, 1);
    const std::optional<LLMModel> gone = registry.model(QStringLiteral("openai:gpt-4"));
    QVERIFY(gone); // still there
    QVERIFY(!gone->isActive);
    QCOMPARE(o.alerts.size(), 1);
    QCOMPARE(o.alerts[0].kind, ModelAlert::Kind::Disappeared);
    QCOMPARE(o.alerts[0].modelId, QStringLiteral("openai:gpt-4"));
    QCOMPARE(o.alerts[0].tiers, QStringList{QStringLiteral("reasoning")});
    QVERIFY(o.alerts[0].message.contains(QStringLiteral("reasoning")));
    const QList<AuditEntry> audit = registry.auditLog(QStringLiteral("openai:gpt-4"));
    QCOMPARE(audit.first().action, QStringLiteral("deactivated"));
    QCOMPARE(audit.first().oldValue, QStringLiteral("true"));
    QCOMPARE(audit.first().newValue, QStringLiteral("false"));
    // An unused model disappearing raises no alert.
    const SyncOutcome o2 = registry.applySync(QStringLiteral("openai"), {}, QStringLiteral("s"), usage);
    QCOMPARE(o2.deactivated, 1);
    QCOMPARE(o2.alerts.size(), 0);
}

void TestModelRegistry::reappearingIsReactivated()
{
    ModelRegistry registry(m_database);
    registry.applySync(QStringLiteral("ollama"), {listed(QStringLiteral("llama3.2:latest"))}, QStringLiteral("s"));
    registry.applySync(QStringLiteral("ollama"), {}, QStringLiteral("s"));
    QVERIFY(!registry.model(QStringLiteral("ollama:llama3.2:latest"))->isActive);
    const SyncOutcome o = registry.applySync(QStringLiteral("ollama"), {listed(QStringLiteral("llama3.2:latest"))},
                                             QStringLiteral("s"));
    QCOMPARE(o.reactivated, 1);
    QVERIFY(registry.model(QStringLiteral("ollama:llama3.2:latest"))->isActive);
    QCOMPARE(registry.auditLog(QStringLiteral("ollama:llama3.2:latest")).first().action, QStringLiteral("reactivated"));
}

void TestModelRegistry::fieldChangesAreAudited()
{
    ModelRegistry registry(m_database);
    ListedModel m = listed(QStringLiteral("gemini-2.0-flash"), QStringLiteral("Gemini 2.0 Flash"));
    m.contextWindow = 1000000;
    registry.applySync(QStringLiteral("gemini"), {m}, QStringLiteral("s"));
    m.contextWindow = 1048576;
    m.displayName = QStringLiteral("Gemini 2.0 Flash (GA)");
    const SyncOutcome o = registry.applySync(QStringLiteral("gemini"), {m}, QStringLiteral("sync:gemini"));
    QCOMPARE(o.updated, 1);
    const LLMModel now = *registry.model(QStringLiteral("gemini:gemini-2.0-flash"));
    QCOMPARE(now.contextWindow, std::optional<qint64>(1048576));
    QHash<QString, AuditEntry> byField;
    for (const AuditEntry &e : registry.auditLog(now.id))
        byField.insert(e.field, e);
    QCOMPARE(byField.value(QStringLiteral("contextWindow")).oldValue, QStringLiteral("1000000"));
    QCOMPARE(byField.value(QStringLiteral("contextWindow")).newValue, QStringLiteral("1048576"));
    QCOMPARE(byField.value(QStringLiteral("displayName")).newValue, QStringLiteral("Gemini 2.0 Flash (GA)"));
}

void TestModelRegistry::deprecationRaisesAlertWhenUsed()
{
    ModelRegistry registry(m_database);
    QHash<QString, QStringList> usage;
    usage.insert(QStringLiteral("openai:model-id-2"), {QStringLiteral("fast")});
    registry.applySync(QStringLiteral("openai"), {listed(QStringLiteral("model-id-2"))}, QStringLiteral("s"), usage);
    ListedModel m = listed(QStringLiteral("model-id-2"));
    m.deprecationDate = QStringLiteral("2026-10-23");
    const SyncOutcome o = registry.applySync(QStringLiteral("openai"), {m}, QStringLiteral("s"), usage);
    QCOMPARE(o.alerts.size(), 1);
    QCOMPARE(o.alerts[0].kind, ModelAlert::Kind::Deprecated);
    QCOMPARE(o.alerts[0].deprecationDate, QStringLiteral("2026-10-23"));
    QCOMPARE(registry.model(QStringLiteral("openai:model-id-2"))->deprecationDate, QStringLiteral("2026-10-23"));
    // The same date again is not news.
    QCOMPARE(registry.applySync(QStringLiteral("openai"), {m}, QStringLiteral("s"), usage).alerts.size(), 0);
}

void TestModelRegistry::apiPriceChangeIsAudited()
{
    ModelRegistry registry(m_database);
    ListedModel m = listed(QStringLiteral("openai/gpt-4"));
    m.inputPrice = Decimal::parse(QStringLiteral("30"));
    m.outputPrice = Decimal::parse(QStringLiteral("60"));
    registry.applySync(QStringLiteral("openrouter"), {m}, QStringLiteral("sync:openrouter"));
    QCOMPARE(registry.model(QStringLiteral("openrouter:openai/gpt-4"))->inputPrice->toString(), QStringLiteral("30"));
    m.inputPrice = Decimal::parse(QStringLiteral("25.5"));
    const SyncOutcome o = registry.applySync(QStringLiteral("openrouter"), {m}, QStringLiteral("sync:openrouter"));
    QCOMPARE(o.pricesChanged, 1);
    const LLMModel now = *registry.model(QStringLiteral("openrouter:openai/gpt-4"));
    QCOMPARE(now.inputPrice->toString(), QStringLiteral("25.5"));
    QCOMPARE(now.priceSource, QStringLiteral("openrouter-api"));
    const QList<AuditEntry> audit = registry.auditLog(now.id);
    QCOMPARE(audit.first().action, QStringLiteral("price_changed"));
    QCOMPARE(audit.first().field, QStringLiteral("inputPrice"));
    QCOMPARE(audit.first().oldValue, QStringLiteral("30"));
    QCOMPARE(audit.first().newValue, QStringLiteral("25.5"));
}

void TestModelRegistry::otherProvidersUntouched()
{
    ModelRegistry registry(m_database);
    registry.applySync(QStringLiteral("anthropic"), {listed(QStringLiteral("claude-haiku-4-5"))}, QStringLiteral("s"));
    registry.applySync(QStringLiteral("openai"), {}, QStringLiteral("s"));
    QVERIFY(registry.model(QStringLiteral("anthropic:claude-haiku-4-5"))->isActive);
}

void TestModelRegistry::tierAssignmentKeepsOneDefault()
{
    ModelRegistry registry(m_database);
    registry.applySync(QStringLiteral("anthropic"), {listed(QStringLiteral("a")), listed(QStringLiteral("b"))},
                       QStringLiteral("s"));
    QVERIFY(registry.assignTier(QStringLiteral("anthropic:a"), QStringLiteral("fast"), true, QStringLiteral("t")));
    QVERIFY(registry.assignTier(QStringLiteral("anthropic:b"), QStringLiteral("fast"), true, QStringLiteral("t")));
    QVERIFY(!registry.model(QStringLiteral("anthropic:a"))->isDefault);
    QVERIFY(registry.model(QStringLiteral("anthropic:b"))->isDefault);
    QCOMPARE(registry.model(QStringLiteral("anthropic:a"))->tier, QStringLiteral("fast"));
    QCOMPARE(registry.auditLog(QStringLiteral("anthropic:b")).first().action, QStringLiteral("tier_assigned"));
    QString error;
    QVERIFY(!registry.assignTier(QStringLiteral("anthropic:zzz"), QStringLiteral("fast"), true, QStringLiteral("t"), &error));
    QVERIFY(error.contains(QStringLiteral("anthropic:zzz")));
}

void TestModelRegistry::applyTierConfigAssignsDefaults()
{
    ModelRegistry registry(m_database);
    registry.applySync(QStringLiteral("anthropic"), {listed(QStringLiteral("claude-haiku-4-5"))}, QStringLiteral("s"));
    TierConfig config;
    TierEntry fast;
    fast.tier = QStringLiteral("fast");
    fast.provider = QStringLiteral("anthropic");
    fast.model = QStringLiteral("claude-haiku-4-5");
    TierEntry heavy;
    heavy.tier = QStringLiteral("reasoning");
    heavy.provider = QStringLiteral("anthropic");
    heavy.model = QStringLiteral("claude-opus-4-1");
    config.tiers = {fast, heavy};
    QString error;
    QVERIFY(!registry.applyTierConfig(config, QStringLiteral("t"), &error));
    QVERIFY(error.contains(QStringLiteral("anthropic:claude-opus-4-1")));
    const LLMModel m = *registry.model(QStringLiteral("anthropic:claude-haiku-4-5"));
    QCOMPARE(m.tier, QStringLiteral("fast"));
    QVERIFY(m.isDefault);
    const QHash<QString, QStringList> usage = ModelRegistry::usage({config});
    QCOMPARE(usage.value(QStringLiteral("anthropic:claude-opus-4-1")), QStringList{QStringLiteral("reasoning")});
}

void TestModelRegistry::filters()
{
    ModelRegistry registry(m_database);
    registry.applySync(QStringLiteral("anthropic"), {listed(QStringLiteral("a")), listed(QStringLiteral("b"))}, QStringLiteral("s"));
    registry.applySync(QStringLiteral("openai"), {listed(QStringLiteral("c"))}, QStringLiteral("s"));
    registry.assignTier(QStringLiteral("anthropic:a"), QStringLiteral("fast"), false, QStringLiteral("t"));
    registry.applySync(QStringLiteral("anthropic"), {listed(QStringLiteral("a"))}, QStringLiteral("s"));
    QCOMPARE(registry.models().size(), 3);
    QCOMPARE(registry.models({QString(), QStringLiteral("anthropic"), false}).size(), 2);
    QCOMPARE(registry.models({QString(), QStringLiteral("anthropic"), true}).size(), 1);
    QCOMPARE(registry.models({QStringLiteral("fast"), QString(), false}).size(), 1);
}

QTEST_GUILESS_MAIN(TestModelRegistry)
#include "tst_modelregistry.moc"
