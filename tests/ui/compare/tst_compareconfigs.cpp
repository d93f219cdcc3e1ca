// Issue 13, item 1: Compare offers the tiers of every workspace config, grouped by config;
// the chosen config follows the editor's tab, the router routes over it, the run header
// names it, and every target is priced by its own config.
#include "compareconfigs.h"
#include "comparepage.h"
#include "elidedlabel.h"
#include "experiments/targetresolver.h"
#include "prompteditor.h"
#include "runcontrols.h"
#include "simulatedcellexecutor.h"
#include "streampane.h"
#include "targetpicker.h"

#include <QComboBox>
#include <QTreeWidget>
#include <QtTest>

namespace {

TierEntry tier(const QString &name, const QString &model, const QString &in, const QString &out)
{
    TierEntry e;
    e.tier = name;
    e.provider = QStringLiteral("simulated");
    e.model = model;
    e.maxTokens = 512;
    e.costPerMillionInput = in;
    e.costPerMillionOutput = out;
    return e;
}

CompareConfig config(const QString &name, const QList<TierEntry> &tiers)
{
    CompareConfig c;
    c.key = QStringLiteral("/ws/%1.yaml#0").arg(name);
    c.name = name;
    c.fileName = name + QStringLiteral(".yaml");
    c.config.name = name;
    c.config.tiers = tiers;
    c.simulated = true;
    return c;
}

/// Routes over whatever config routeOver() last gave it, like the app's RoutedCallService.
class SwitchableRouter final : public TargetRouter
{
public:
    Route route(const QString &system, const QString &prompt) override
    {
        return RouterTarget(ModelRouter(config)).route(system, prompt);
    }
    TierConfig config;
    int switches = 0;
};

} // namespace

class TestCompareConfigs final : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void targetsAreGroupedByConfig();
    void followsTheEditorTab();
    void oneTierConfigOffersOneTier();
    void routerRoutesOverTheChosenConfig();
    void pricesComeFromTheTargetsOwnConfig();
    void invalidPriceIsUnknownNotNegative();
    void unsavedAndStaleConfigsSaySo();

private:
    ComparePage *makePage();
    QList<CompareConfig> m_list;
    SimulatedCellExecutor m_executor;
    MemoryCellStore m_store;
    SwitchableRouter m_router;
    std::unique_ptr<FixedConfigSource> m_source;
    std::unique_ptr<ComparePage> m_page;
};

void TestCompareConfigs::init()
{
    m_executor.setFixedPace({5, 2});
    // "default" has three tiers; "local" has two cheap ones with other models and prices.
    m_list = {config(QStringLiteral("default"),
                     {tier(QStringLiteral("fast"), QStringLiteral("claude-haiku-3-5-20241022"), QStringLiteral("0.80"), QStringLiteral("4.00")),
                      tier(QStringLiteral("standard"), QStringLiteral("claude-sonnet-4-20250514"), QStringLiteral("3.00"), QStringLiteral("15.00")),
                      tier(QStringLiteral("reasoning"), QStringLiteral("claude-opus-4-20250514"), QStringLiteral("15.00"), QStringLiteral("75.00"))}),
              config(QStringLiteral("local"),
                     {tier(QStringLiteral("fast"), QStringLiteral("llama3.2:3b"), QStringLiteral("0.10"), QStringLiteral("0.20")),
                      tier(QStringLiteral("standard"), QStringLiteral("qwen2.5:14b"), QStringLiteral("0.50"), QStringLiteral("1.00"))})};
    m_source = std::make_unique<FixedConfigSource>();
    m_source->setConfigs(m_list);
    m_router.config = m_list.at(0).config;
    m_router.switches = 0;
}

void TestCompareConfigs::cleanup()
{
    m_page.reset();
    m_source.reset();
}

ComparePage *TestCompareConfigs::makePage()
{
    CompareContext context{.executor = &m_executor, .store = &m_store, .router = &m_router};
    context.configs = m_source.get();
    context.routeOver = [this](const TierConfig &c) {
        m_router.config = c;
        ++m_router.switches;
    };
    m_page = std::make_unique<ComparePage>(context);
    m_page->promptEditor()->setPromptTemplate(QStringLiteral("Explain caching in two sentences."));
    m_page->resize(1300, 800);
    m_page->show();
    return m_page.get();
}

void TestCompareConfigs::targetsAreGroupedByConfig()
{
    m_source->setCurrentKey(m_list.at(0).key);
    ComparePage *page = makePage();
    const QList<TargetPicker::Group> groups = page->targetPicker()->groups();
    QCOMPARE(groups.size(), 2);
    QCOMPARE(groups.at(0).title, QStringLiteral("default"));
    QCOMPARE(groups.at(1).title, QStringLiteral("local"));
    QStringList ids;
    for (const Target &t : page->targetPicker()->targets())
        ids << t.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("default/fast"), QStringLiteral("default/standard"),
                               QStringLiteral("default/reasoning"), QStringLiteral("router"),
                               QStringLiteral("local/fast"), QStringLiteral("local/standard")}));
    // Tree: one top-level item per config, its tiers below it.
    QTreeWidget *tree = page->targetPicker()->view();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(1)->childCount(), 2);
    QVERIFY(tree->topLevelItem(1)->child(0)->text(0).contains(QStringLiteral("llama3.2:3b")));
    QCOMPARE(page->targetPicker()->checkedIds(),
             (QStringList{QStringLiteral("default/fast"), QStringLiteral("default/standard"), QStringLiteral("router")}));
    QCOMPARE(page->configBox()->count(), 2);
    QCOMPARE(page->configBox()->currentText(), QStringLiteral("default"));
    QVERIFY(page->runHeader().contains(QStringLiteral("default")));
}

void TestCompareConfigs::followsTheEditorTab()
{
    m_source->setCurrentKey(m_list.at(0).key);
    ComparePage *page = makePage();
    page->targetPicker()->setChecked({QStringLiteral("default/fast"), QStringLiteral("router")});
    // The user switches the editor to local's tab: Compare follows, and the ticks move to the
    // same tiers of that config.
    m_source->setCurrentKey(m_list.at(1).key);
    page->refreshConfigs();
    QCOMPARE(page->chosenConfigKey(), m_list.at(1).key);
    QCOMPARE(page->configBox()->currentText(), QStringLiteral("local"));
    QCOMPARE(page->targetPicker()->groups().constFirst().title, QStringLiteral("local"));
    QCOMPARE(page->targetPicker()->checkedIds(), (QStringList{QStringLiteral("local/fast"), QStringLiteral("router")}));
    QVERIFY(page->configNotes().contains(QStringLiteral("local.yaml")));

    // A choice in the Config box sticks until the editor moves to another tab.
    page->chooseConfig(m_list.at(0).key);
    page->refreshConfigs();
    QCOMPARE(page->chosenConfigKey(), m_list.at(0).key);
    // Ticks across configs are a comparison of their own: they stay when the config changes.
    page->targetPicker()->setChecked({QStringLiteral("default/fast"), QStringLiteral("local/fast")});
    page->chooseConfig(m_list.at(1).key);
    QCOMPARE(page->targetPicker()->checkedIds(), (QStringList{QStringLiteral("local/fast"), QStringLiteral("default/fast")}));
}

void TestCompareConfigs::oneTierConfigOffersOneTier()
{
    m_source->setConfigs({config(QStringLiteral("solo"), {tier(QStringLiteral("fast"), QStringLiteral("llama3.2:3b"), QStringLiteral("0"), QStringLiteral("0"))})});
    ComparePage *page = makePage();
    QStringList ids;
    for (const Target &t : page->targetPicker()->targets())
        ids << t.id;
    QCOMPARE(ids, (QStringList{QStringLiteral("solo/fast"), QStringLiteral("router")}));
    QCOMPARE(page->targetPicker()->checkedIds(), (QStringList{QStringLiteral("solo/fast"), QStringLiteral("router")}));
}

void TestCompareConfigs::routerRoutesOverTheChosenConfig()
{
    m_source->setCurrentKey(m_list.at(1).key);
    ComparePage *page = makePage();
    page->targetPicker()->setChecked({QStringLiteral("router")});
    QSignalSpy finished(page->runner(), &ExperimentRunner::finished);
    QVERIFY(page->run());
    QCOMPARE(m_router.switches, 1);
    QCOMPARE(m_router.config.name, QStringLiteral("local"));
    QVERIFY2(page->runHeader().contains(QStringLiteral("router over local")), qPrintable(page->runHeader()));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const CellResult cell = page->runner()->cells().constFirst();
    QCOMPARE(cell.state, CellState::Succeeded);
    const QString routedTier = cell.decision.value(u"tier").toString();
    const TierEntry *entry = m_list.at(1).config.findTier(routedTier);
    QVERIFY2(entry, qPrintable(routedTier));
    QCOMPARE(cell.outcome.model, entry->model); // a local model, not default's
    // The pane's cost explanation uses local's price for that tier.
    const QString tip = page->panes().constFirst()->figureToolTip(StreamPane::Figure::Cost);
    QVERIFY2(tip.contains(QStringLiteral("$%1/M").arg(entry->prices().inputPerMillion->toFixed(2))), qPrintable(tip));
}

void TestCompareConfigs::pricesComeFromTheTargetsOwnConfig()
{
    m_source->setCurrentKey(m_list.at(0).key);
    ComparePage *page = makePage();
    page->targetPicker()->setChecked({QStringLiteral("default/fast"), QStringLiteral("local/fast")});
    QSignalSpy finished(page->runner(), &ExperimentRunner::finished);
    QVERIFY(page->run());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const QList<CellResult> cells = page->runner()->cells();
    QCOMPARE(cells.size(), 2);
    for (const CellResult &c : cells) {
        const CompareConfig &own = m_list.at(c.key.targetIndex);
        const TokenPrices prices = own.config.findTier(QStringLiteral("fast"))->prices();
        QCOMPARE(c.outcome.model, own.config.findTier(QStringLiteral("fast"))->model);
        QCOMPARE(c.outcome.cost, Cost::estimate(prices, *c.outcome.inputTokens, *c.outcome.outputTokens));
        QVERIFY(page->panes().at(c.key.targetIndex)->figureToolTip(StreamPane::Figure::Cost)
                    .contains(QStringLiteral("$%1/M").arg(prices.inputPerMillion->toFixed(2))));
    }
    QVERIFY(cells.at(0).outcome.cost != cells.at(1).outcome.cost);
}

void TestCompareConfigs::invalidPriceIsUnknownNotNegative()
{
    CompareConfig broken = config(QStringLiteral("broken"), {tier(QStringLiteral("fast"), QStringLiteral("m"), QStringLiteral("-3"), QStringLiteral("4.00"))});
    broken.errors = 1;
    m_source->setConfigs({broken});
    ComparePage *page = makePage();
    const Target t = page->targetPicker()->targets().constFirst();
    QVERIFY(!t.prices.inputPerMillion);
    QVERIFY(t.prices.outputPerMillion);
    QSignalSpy finished(page->runner(), &ExperimentRunner::finished);
    page->targetPicker()->setChecked({t.id});
    QVERIFY(page->run());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(page->panes().constFirst()->figureText(StreamPane::Figure::Cost), QStringLiteral("unknown"));
    QVERIFY(page->configNotes().contains(QStringLiteral("1 error")));
}

void TestCompareConfigs::unsavedAndStaleConfigsSaySo()
{
    CompareConfig edited = m_list.at(0);
    edited.unsaved = true;
    CompareConfig stale = m_list.at(1);
    stale.unsaved = true;
    stale.stale = true;
    m_source->setConfigs({edited, stale});
    m_source->setCurrentKey(edited.key);
    ComparePage *page = makePage();
    QVERIFY2(page->configNotes().contains(QStringLiteral("unsaved edits are used")), qPrintable(page->configNotes()));
    QVERIFY(page->runHeader().contains(QStringLiteral("unsaved edits are used")));
    QVERIFY(page->configBox()->itemText(0).endsWith(u'*'));
    page->chooseConfig(stale.key);
    QVERIFY(page->configNotes().contains(QStringLiteral("last valid version")));
}

QTEST_MAIN(TestCompareConfigs)
#include "tst_compareconfigs.moc"
