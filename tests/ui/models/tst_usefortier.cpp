// "Use for tier…": the registry page puts the selected model into a tier of an open config
// (EditorDocument) with the registry's prices, as one undoable edit; a missing tier is added;
// an unknown price stays empty, never "0".
#include "editordocument.h"
#include "registrypage.h"

#include "registry/modelregistry.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

const char kConfig[] = R"(apiVersion: core.infraagent.io/v1alpha1
kind: ModelTierConfig
metadata:
  name: demo
spec:
  tiers:
    - tier: fast
      provider: anthropic
      model: claude-haiku-3-5-20241022
      maxTokens: 4096
      costPerMillionInput: "0.80"
      costPerMillionOutput: "4.00"
)";

} // namespace

class TestUseForTier final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Database m_db;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = Database::fromLocation(m_dir.filePath(u"store.sqlite"_s));
        QString error;
        QVERIFY2(m_db.openAndMigrate(&error), qPrintable(error));
        ModelRegistry registry(m_db);
        ListedModel mini;
        mini.modelId = u"gpt-4o-mini"_s;
        ListedModel unpriced;
        unpriced.modelId = u"gpt-unpriced"_s;
        QVERIFY(registry.applySync(u"openai"_s, {mini, unpriced}, u"test"_s).ok());
        SourcePrice p;
        p.provider = u"openai"_s;
        p.modelId = u"gpt-4o-mini"_s;
        p.input = Decimal::parse(u"0.15");
        p.output = Decimal::parse(u"0.6");
        QVERIFY(registry.storeSourcePrices(u"litellm"_s, {p}, u"import:litellm"_s).ok());
    }

    void landsAndUndoes_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("tier");
        QTest::addColumn<QString>("costIn");
        QTest::addColumn<QString>("costOut");
        QTest::addColumn<int>("tiers");
        QTest::newRow("replace fast") << u"openai:gpt-4o-mini"_s << u"fast"_s << u"0.15"_s << u"0.6"_s << 1;
        QTest::newRow("add reasoning") << u"openai:gpt-4o-mini"_s << u"reasoning"_s << u"0.15"_s << u"0.6"_s << 2;
        QTest::newRow("unpriced stays empty") << u"openai:gpt-unpriced"_s << u"fast"_s << QString() << QString() << 1;
    }
    void landsAndUndoes()
    {
        QFETCH(QString, model);
        QFETCH(QString, tier);
        QFETCH(QString, costIn);
        QFETCH(QString, costOut);
        QFETCH(int, tiers);

        EditorDocument doc;
        doc.load(m_dir.filePath(u"demo.yaml"_s), QString::fromUtf8(kConfig));
        const QString before = doc.text();
        ModelsContext context;
        context.database = m_db;
        context.syncEveryHours = 0;
        context.openConfigs = [] { return QStringList{u"demo.yaml"_s}; };
        context.useForTier = [&doc](int index, const QString &t, const LLMModel &m) {
            const auto price = [](const std::optional<Decimal> &d) { return d ? d->toString() : QString(); };
            return index == 0 && doc.useModelForTier(0, t, m.provider, m.modelId, price(m.inputPrice), price(m.outputPrice))
                       ? QString() : u"no change"_s;
        };
        RegistryPage page(context);
        page.selectModel(model);
        QCOMPARE(page.currentModel(), model);
        QVERIFY(page.useForTier(0, tier));
        QVERIFY(page.syncReport().contains(u"Undo"));

        const TierConfig &config = doc.documents().at(0).tierConfig;
        QCOMPARE(config.tiers.size(), tiers);
        const TierEntry *entry = config.findTier(tier);
        QVERIFY(entry);
        QCOMPARE(entry->provider, u"openai"_s);
        QCOMPARE(entry->model, model.section(u':', 1));
        QCOMPARE(entry->costPerMillionInput, costIn);
        QCOMPARE(entry->costPerMillionOutput, costOut);
        QVERIFY(doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 1); // one edit

        doc.undoStack()->undo();
        QCOMPARE(doc.text(), before);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QCOMPARE(doc.documents().at(0).tierConfig.findTier(tier)->model, model.section(u':', 1));
    }
};

QTEST_MAIN(TestUseForTier)
#include "tst_usefortier.moc"
