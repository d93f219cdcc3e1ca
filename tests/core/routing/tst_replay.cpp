// Replay: its shares, costs, changes and savings equal a direct per-request ModelRouter::route
// on seeded random requests; JSONL input with bad lines; progress and cancel.
#include "replaysample.h"

#include "routing/replay.h"

#include "money/cost.h"

#include <QHash>
#include <QTest>

namespace {

enum class Variant { Thresholds, Weights, Capabilities, NoStandardTier, UnpricedTier, OtherOutputDefault };

ModelRouter afterRouter(Variant v)
{
    ModelRouter r;
    switch (v) {
    case Variant::Thresholds:
        r.setThresholds({0.25, 0.55});
        break;
    case Variant::Weights: {
        ComplexityWeights w;
        w.keywordSignals = 0.5;
        w.conversationDepth = 0.0;
        r.estimator().setWeights(w);
        r.setThresholds({0.35, 0.6});
        break;
    }
    case Variant::Capabilities: // other factors: each message is scanned twice
        r.estimator().setCapabilityCriticality({{QStringLiteral("chat"), 0.9}});
        break;
    case Variant::NoStandardTier: {
        TierConfig c = r.config();
        c.tiers.removeAt(1);
        r.setConfig(c);
        break;
    }
    case Variant::UnpricedTier: {
        TierConfig c = r.config();
        c.tiers[0].costPerMillionOutput.clear();
        r.setConfig(c);
        r.setThresholds({0.2, 0.5});
        break;
    }
    case Variant::OtherOutputDefault:
        r.setDefaultOutputTokens(2000);
        r.setTaskTypeOverrides({});
        break;
    }
    return r;
}

/// The expected result, one ModelRouter::route call per request and side.
ReplayResult direct(const QList<ReplayRequest> &requests, const ModelRouter &before, const ModelRouter &after)
{
    ReplayResult e;
    QHash<QString, int> rowOf;
    for (const ModelRouter *router : {&after, &before}) {
        for (const TierEntry &t : router->config().tiers) {
            if (!rowOf.contains(t.tier)) {
                rowOf.insert(t.tier, int(e.tiers.size()));
                ReplayTierRow row;
                row.tier = t.tier;
                e.tiers.append(row);
            }
        }
    }
    const TierEntry *heavy = after.tierMap().resolve(after.config(), RouteClass::Heavy).entry;
    e.heaviestTier = heavy->tier;
    e.allHeavyCostKnown = heavy->prices().isKnown();
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const RouteRequest q = ReplaySample::asRouteRequest(requests.at(i));
        const RoutingDecision b = before.route(q);
        const RoutingDecision a = after.route(q);
        for (const auto &[d, isBefore] : {std::pair{&b, true}, std::pair{&a, false}}) {
            if (!d->ok()) {
                ++(isBefore ? e.beforeUnrouted : e.afterUnrouted);
                continue;
            }
            ReplayTierRow &row = e.tiers[rowOf.value(d->tier)];
            ++(isBefore ? row.beforeRequests : row.afterRequests);
            if (d->estimatedCost)
                (isBefore ? row.beforeCost : row.afterCost) += *d->estimatedCost;
            else
                ++(isBefore ? row.beforeUnknownCost : row.afterUnknownCost);
        }
        if (e.allHeavyCostKnown)
            e.allHeavyCost += *Cost::estimate(heavy->prices(), a.estimatedInputTokens, a.estimatedOutputTokens);
        if (b.tier != a.tier)
            e.changed.append({i, b.tier, a.tier, b.complexity.score, a.complexity.score});
    }
    return e;
}

} // namespace

class TestReplay final : public QObject
{
    Q_OBJECT

private slots:
    void equalsDirectRouting_data();
    void equalsDirectRouting();
    void savingsAgainstAllHeavy();
    void unknownCostGivesNoSavings();
    void emptyInput();
    void jsonlReportsBadLines();
    void jsonlReadsIdAndTenant();
    void progressReachesTotal();
    void cancel();
};

void TestReplay::equalsDirectRouting_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<int>("count");
    QTest::newRow("thresholds, one chunk") << int(Variant::Thresholds) << 500;
    QTest::newRow("thresholds, several chunks") << int(Variant::Thresholds) << 7000;
    QTest::newRow("weights") << int(Variant::Weights) << 5000;
    QTest::newRow("capabilities (two scans)") << int(Variant::Capabilities) << 5000;
    QTest::newRow("config without standard tier") << int(Variant::NoStandardTier) << 3000;
    QTest::newRow("a tier without prices") << int(Variant::UnpricedTier) << 3000;
    QTest::newRow("other output default, no overrides") << int(Variant::OtherOutputDefault) << 3000;
}

void TestReplay::equalsDirectRouting()
{
    QFETCH(int, variant);
    QFETCH(int, count);
    const QList<ReplayRequest> requests = ReplaySample::generate(count, 1000u + quint32(variant));
    const ModelRouter before;
    const ModelRouter after = afterRouter(Variant(variant));
    const ReplayResult got = Replay::run(requests, before, after);
    const ReplayResult want = direct(requests, before, after);

    QVERIFY(!got.cancelled);
    QCOMPARE(got.requests, qint64(count));
    QCOMPARE(got.tiers.size(), want.tiers.size());
    for (qsizetype i = 0; i < want.tiers.size(); ++i) {
        const ReplayTierRow &g = got.tiers.at(i);
        const ReplayTierRow &w = want.tiers.at(i);
        QCOMPARE(g.tier, w.tier);
        QCOMPARE(g.beforeRequests, w.beforeRequests);
        QCOMPARE(g.afterRequests, w.afterRequests);
        QCOMPARE(g.beforeCost.toString(), w.beforeCost.toString());
        QCOMPARE(g.afterCost.toString(), w.afterCost.toString());
        QCOMPARE(g.beforeUnknownCost, w.beforeUnknownCost);
        QCOMPARE(g.afterUnknownCost, w.afterUnknownCost);
    }
    QCOMPARE(got.beforeUnrouted, want.beforeUnrouted);
    QCOMPARE(got.afterUnrouted, want.afterUnrouted);
    QCOMPARE(got.heaviestTier, want.heaviestTier);
    QCOMPARE(got.allHeavyCostKnown, want.allHeavyCostKnown);
    QCOMPARE(got.allHeavyCost.toString(), want.allHeavyCost.toString());
    QCOMPARE(got.changed.size(), want.changed.size());
    QVERIFY2(!want.changed.isEmpty() || Variant(variant) == Variant::OtherOutputDefault,
             "the variant should move some requests");
    for (qsizetype i = 0; i < want.changed.size(); ++i) {
        const ReplayChange &g = got.changed.at(i);
        const ReplayChange &w = want.changed.at(i);
        QCOMPARE(g.index, w.index);
        QCOMPARE(g.beforeTier, w.beforeTier);
        QCOMPARE(g.afterTier, w.afterTier);
        QCOMPARE(g.beforeScore, w.beforeScore); // exact: the same arithmetic
        QCOMPARE(g.afterScore, w.afterScore);
    }
}

void TestReplay::savingsAgainstAllHeavy()
{
    const QList<ReplayRequest> requests = ReplaySample::generate(800, 7);
    ModelRouter allHeavy;
    allHeavy.setThresholds({0.0, 0.0});
    allHeavy.setTaskTypeOverrides({});
    QList<ReplayRequest> unpreferred = requests;
    for (ReplayRequest &r : unpreferred)
        r.request.preferredTier.clear();
    const ReplayResult r = Replay::run(unpreferred, ModelRouter(), allHeavy);
    QCOMPARE(r.afterCost, r.allHeavyCost); // everything on the heavy tier is the baseline itself
    QCOMPARE(*r.afterSavingsPercent, 0.0);
    QVERIFY(r.beforeCost < r.allHeavyCost);
    const double expected = (r.allHeavyCost - r.beforeCost).toDouble() / r.allHeavyCost.toDouble() * 100;
    QCOMPARE(*r.beforeSavingsPercent, expected);
    QVERIFY(*r.beforeSavingsPercent > 0 && *r.beforeSavingsPercent < 100);
}

void TestReplay::unknownCostGivesNoSavings()
{
    const QList<ReplayRequest> requests = ReplaySample::generate(500, 8);
    const ReplayResult r = Replay::run(requests, ModelRouter(), afterRouter(Variant::UnpricedTier));
    QVERIFY(r.afterUnknownCost() > 0);
    QVERIFY(!r.afterSavingsPercent);
    QVERIFY(r.beforeSavingsPercent); // the seed's prices are all known

    ModelRouter unpricedHeavy;
    TierConfig c = unpricedHeavy.config();
    c.tiers[2].costPerMillionInput = QStringLiteral("n/a");
    unpricedHeavy.setConfig(c);
    const ReplayResult u = Replay::run(requests, ModelRouter(), unpricedHeavy);
    QVERIFY(!u.allHeavyCostKnown);
    QVERIFY(!u.beforeSavingsPercent);
    QVERIFY(!u.afterSavingsPercent);
}

void TestReplay::emptyInput()
{
    bool called = false;
    const ReplayResult r = Replay::run({}, ModelRouter(), ModelRouter(), [&](qint64, qint64) {
        called = true;
        return true;
    });
    QVERIFY(!r.cancelled);
    QCOMPARE(r.requests, 0);
    QCOMPARE(r.tiers.size(), 3); // the config's tiers, with nothing on them
    QCOMPARE(r.tiers.at(0).beforeRequests, 0);
    QVERIFY(!r.beforeSavingsPercent); // a zero baseline gives no savings, not 0%
    QVERIFY(!called);
}

void TestReplay::jsonlReportsBadLines()
{
    const QByteArray jsonl = "{\"message\": \"Hello\"}\n"
                             "\n"
                             "not json\n"
                             "   \t\n"
                             "{\"taskType\": \"chat\"}\r\n"
                             "{\"message\": \"Analyze the architecture\", \"history\": -3}\n"
                             "{\"message\": \"Thanks\", \"contextTokens\": 12}\r\n"
                             "{\"message\": \"last line, no newline\"}";
    const ReplayInput in = ReplayInputs::fromJsonl(jsonl);
    QCOMPARE(in.requests.size(), 3);
    QCOMPARE(in.requests.at(0).line, 1);
    QCOMPARE(in.requests.at(0).id, QStringLiteral("line 1"));
    QCOMPARE(in.requests.at(0).message, QByteArray("Hello"));
    QCOMPARE(in.requests.at(1).line, 7);
    QCOMPARE(in.requests.at(1).request.hints.contextTokens, 12);
    QCOMPARE(in.requests.at(2).line, 8);
    QCOMPARE(in.requests.at(2).message, QByteArray("last line, no newline"));
    QCOMPARE(in.lineErrors.size(), 3);
    QCOMPARE(in.lineErrors.at(0).first, 3);
    QCOMPARE(in.lineErrors.at(1).first, 5);
    QVERIFY2(in.lineErrors.at(1).second.contains(u"message"), qPrintable(in.lineErrors.at(1).second));
    QCOMPARE(in.lineErrors.at(2).first, 6);
    QVERIFY2(in.lineErrors.at(2).second.contains(u"non-negative"), qPrintable(in.lineErrors.at(2).second));
}

void TestReplay::jsonlReadsIdAndTenant()
{
    const QByteArray jsonl = "{\"id\": \"req-7\", \"message\": \"Hi\", \"tenant\": \"team-a\", \"taskType\": \"simple_qa\"}\n"
                             "{\"message\": \"Hi\", \"id\": 42, \"tenant\": null, \"extra\": {\"a\": [1, 2]}}\n";
    const ReplayInput in = ReplayInputs::fromJsonl(jsonl);
    QVERIFY(in.lineErrors.isEmpty());
    QCOMPARE(in.requests.size(), 2);
    QCOMPARE(in.requests.at(0).id, QStringLiteral("req-7"));
    QCOMPARE(in.requests.at(0).tenant, QStringLiteral("team-a"));
    QCOMPARE(in.requests.at(0).request.taskType, QStringLiteral("simple_qa"));
    QVERIFY(in.requests.at(0).request.message.isEmpty());
    QCOMPARE(in.requests.at(1).id, QStringLiteral("42"));
    QVERIFY(in.requests.at(1).tenant.isEmpty());
}

void TestReplay::progressReachesTotal()
{
    const QList<ReplayRequest> requests = ReplaySample::generate(9000, 9);
    QList<qint64> seen;
    const ReplayResult r = Replay::run(requests, ModelRouter(), afterRouter(Variant::Thresholds),
                                       [&](qint64 done, qint64 total) {
                                           if (total != 9000)
                                               return false;
                                           seen.append(done);
                                           return true;
                                       });
    QVERIFY(!r.cancelled);
    QVERIFY(seen.size() >= 2);
    QCOMPARE(seen.constLast(), 9000);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
}

void TestReplay::cancel()
{
    const QList<ReplayRequest> requests = ReplaySample::generate(20000, 10);
    int calls = 0;
    const ReplayResult r = Replay::run(requests, ModelRouter(), afterRouter(Variant::Thresholds),
                                       [&](qint64 done, qint64 total) {
                                           ++calls;
                                           return done < 0 || total < 0; // false: cancel at once
                                       });
    QVERIFY(r.cancelled);
    QCOMPARE(calls, 1); // no progress after the cancel
    QCOMPARE(r.requests, 0);
    QVERIFY(r.tiers.isEmpty());
    QVERIFY(r.changed.isEmpty());
}

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
