#include "experiments/targetresolver.h"

#include <QTest>

class TestTargetResolver : public QObject
{
    Q_OBJECT
private slots:
    void resolvesTiersRouterAndPinnedModels()
    {
        const TierConfig config = ModelRouter::defaultTierConfig();
        QString error;
        const auto targets = TargetResolver::resolveList(
            {QStringLiteral("fast"), QStringLiteral("router"), QStringLiteral("ollama:llama3")}, config, &error);
        QVERIFY2(targets, qPrintable(error));
        QCOMPARE(targets->size(), 3);
        const TierEntry *fast = config.findTier(QStringLiteral("fast"));
        QVERIFY(fast);
        QCOMPARE(targets->at(0).model, fast->model);
        QCOMPARE(targets->at(0).provider, fast->provider);
        QVERIFY(targets->at(0).prices.isKnown());
        QVERIFY(targets->at(1).isRouter);
        QCOMPARE(targets->at(2).provider, QStringLiteral("ollama"));
        QCOMPARE(targets->at(2).model, QStringLiteral("llama3"));
        QVERIFY(targets->at(2).isLocal());
    }

    void everyTierOfAConfig()
    {
        const TierConfig config = ModelRouter::defaultTierConfig();
        const QList<Target> targets = TargetResolver::fromTierConfig(config);
        QCOMPARE(targets.size(), config.tiers.size());
        for (qsizetype i = 0; i < targets.size(); ++i) {
            QCOMPARE(targets.at(i).id, config.tiers.at(i).tier);
            QCOMPARE(targets.at(i).model, config.tiers.at(i).model);
        }
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("specs");
        QTest::newRow("unknown tier") << QStringList{QStringLiteral("turbo")};
        QTest::newRow("bad pin") << QStringList{QStringLiteral("openai:")};
        QTest::newRow("twice") << QStringList{QStringLiteral("fast"), QStringLiteral("fast")};
        QTest::newRow("empty") << QStringList{QString()};
    }
    void errors()
    {
        QFETCH(QStringList, specs);
        QString error;
        QVERIFY(!TargetResolver::resolveList(specs, ModelRouter::defaultTierConfig(), &error));
        QVERIFY(!error.isEmpty());
    }

    void routerTargetRoutesAndExplains()
    {
        RouterTarget router{ModelRouter()};
        const auto light = router.route({}, QStringLiteral("Hello"));
        QVERIFY2(light.error.isEmpty(), qPrintable(light.error));
        QCOMPARE(light.decision.value(QStringLiteral("class")).toString(), QStringLiteral("light"));
        QCOMPARE(light.target.tier, light.decision.value(QStringLiteral("tier")).toString());
        QVERIFY(light.decision.contains(QStringLiteral("factors")));
        QVERIFY(light.decision.contains(QStringLiteral("alternatives")));
        QVERIFY(!light.target.model.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTargetResolver)
#include "tst_targetresolver.moc"
