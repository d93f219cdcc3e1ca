// One routed call end to end (ARCHITECTURE.md): estimate -> route -> budget check ->
// fallback chain over real ProviderClient calls to the fake provider -> budget record + metrics.
#include "fakeproviderserver.h"
#include "providers/providerclient.h"
#include "routing/budgetmanager.h"
#include "routing/fallbackchain.h"
#include "routing/metricscollector.h"
#include "routing/modelrouter.h"

#include <QNetworkAccessManager>
#include <QTest>

namespace {

const QByteArray kKey = "test-key-not-real";

TierEntry tier(const char *name, const char *model, const QUrl &base, const char *in, const char *out)
{
    TierEntry e;
    e.tier = QString::fromLatin1(name);
    e.provider = QStringLiteral("openai");
    e.model = QString::fromLatin1(model);
    e.endpoint = base.toString();
    e.costPerMillionInput = QString::fromLatin1(in);
    e.costPerMillionOutput = QString::fromLatin1(out);
    return e;
}

} // namespace

class TestRoutedCall final : public QObject
{
    Q_OBJECT

private:
    FakeProviderServer m_server;
    QNetworkAccessManager m_network;
    ProviderClient *m_client = nullptr;
    TierConfig m_config;

    /// The FallbackChain executor: one ProviderClient call per target.
    FallbackChain::Executor executor(QList<CompletionResult> *results)
    {
        return [this, results](const FallbackTarget &target, FallbackChain::Completion done) {
            const TierEntry *entry = m_config.findTier(target.tier);
            CompletionRequest r;
            r.kind = providerKindFromName(entry->provider);
            r.provider = entry->provider;
            r.model = entry->model;
            r.tier = entry->tier;
            r.baseUrl = QUrl(entry->endpoint);
            r.messages = {{QStringLiteral("user"), QStringLiteral("Review the zero-trust design.")}};
            r.prices = entry->prices();
            r.policy.maxRetries = 0; // the chain, not the client, moves on after a 503
            CompletionCall *call = m_client->complete(r);
            connect(call, &CompletionCall::finished, this, [call, done, results](const CompletionResult &result) {
                results->append(result);
                call->deleteLater();
                done(result.ok() ? CallOutcome::success()
                                 : CallOutcome::failure(result.error->errorClass, result.error->message));
            });
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        qputenv("OPENAI_API_KEY", kKey);
        m_server.setRequiredApiKey(kKey);
        m_server.setReplyText(QStringLiteral("Use mutual TLS between every pair of services."));
        m_client = new ProviderClient(&m_network, nullptr, this);
        const QUrl base = m_server.baseUrl().resolved(QUrl(QStringLiteral("/v1")));
        m_config.name = QStringLiteral("fake");
        m_config.tiers = {tier("fast", "fake-small", base, "0.80", "4.00"),
                          tier("standard", "fake-medium", base, "3.00", "15.00"),
                          tier("reasoning", "fake-large", base, "15.00", "75.00")};
    }

    void heavyFailsWith503ThenStandardServes()
    {
        // 1. Route: the security task goes heavy.
        const ModelRouter router(m_config);
        RouteRequest request;
        request.message = QStringLiteral("Analyze the security implications of implementing a zero-trust "
                                         "architecture with mutual TLS authentication.");
        request.taskType = QStringLiteral("security_analysis");
        request.hints.contextTokens = 2048;
        const RoutingDecision decision = router.route(request);
        QVERIFY(decision.ok());
        QCOMPARE(decision.tier, QStringLiteral("reasoning"));
        QCOMPARE(decision.model, QStringLiteral("fake-large"));

        // 2. Budget check before the call.
        InMemoryBudgetLedger ledger;
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-22T10:00:00Z"), Qt::ISODate);
        BudgetManager budget(ledger, [now] { return now; });
        QVERIFY(budget.check(QStringLiteral("acme"), decision.estimatedInputTokens + decision.estimatedOutputTokens,
                             decision.estimatedCost).allowed);

        // 3. Execute, degrading from the chosen tier; the first request gets a 503.
        m_server.queueFault(FakeProviderServer::Fault::Unavailable);
        QList<FallbackTarget> targets;
        for (const TierEntry &e : m_config.tiers)
            targets.append({e.tier, e.provider, e.model, std::nullopt});
        const FallbackChain chain(targets, FallbackChain::Direction::Degrade);
        QList<CompletionResult> results;
        std::optional<FallbackResult> outcome;
        chain.execute(2, decision.estimatedInputTokens, executor(&results),
                      [&outcome](const FallbackResult &r) { outcome = r; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);

        QVERIFY(outcome->ok);
        QCOMPARE(outcome->target.tier, QStringLiteral("standard"));
        QCOMPARE(outcome->calls, 2);
        QCOMPARE(outcome->events.size(), 1);
        QVERIFY(outcome->events[0].errorClass == ErrorClass::Server
                || outcome->events[0].errorClass == ErrorClass::Overloaded);
        QCOMPARE(m_server.requestCount(), 2);
        QCOMPARE(m_server.requests()[0].json().value(u"model").toString(), QStringLiteral("fake-large"));
        QCOMPARE(m_server.requests()[1].json().value(u"model").toString(), QStringLiteral("fake-medium"));
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].httpStatus, 503);
        const CompletionResult &served = results[1];
        QVERIFY(served.ok());
        QCOMPARE(served.text, QStringLiteral("Use mutual TLS between every pair of services."));

        // 4. Record the usage that was actually served, on the class that served it.
        const RouteClass servedClass = router.tierMap().classOf(outcome->target.tier).value();
        QCOMPARE(servedClass, RouteClass::Standard);
        const std::int64_t in = served.inputTokens.value_or(0);
        const std::int64_t out = served.outputTokens.value_or(0);
        QVERIFY(in > 0 && out > 0);
        budget.record(QStringLiteral("acme"), servedClass, in, out, served.cost);
        QCOMPARE(budget.usage(QStringLiteral("acme"), BudgetPeriod::Day).tokens, in + out);
        QCOMPARE(budget.usage(QStringLiteral("acme"), BudgetPeriod::Day).dollars, served.cost.value());

        InMemoryMetricsSink sink;
        MetricsCollector metrics(sink, [now] { return now; });
        DecisionRecord record;
        record.tenant = QStringLiteral("acme");
        record.taskType = request.taskType;
        record.routeClass = servedClass;
        record.tier = outcome->target.tier;
        record.provider = outcome->target.provider;
        record.model = outcome->target.model;
        record.complexity = decision.complexity.score;
        record.inputTokens = served.inputTokens;
        record.outputTokens = served.outputTokens;
        record.latencyMs = double(served.timings.totalNs) / 1e6;
        record.cost = served.cost;
        for (const FallbackEvent &e : outcome->events)
            record.fallbackEvents.append(errorClassName(*e.errorClass) + QStringLiteral("@") + e.target.tier);
        QVERIFY(metrics.record(record));
        const TierDistribution d = metrics.tierDistribution(QStringLiteral("acme"));
        QCOMPARE(d.counts[RouteClasses::index(RouteClass::Standard)], 1);
        QCOMPARE(metrics.records(QStringLiteral("acme")).at(0).fallbackEvents.size(), 1);
    }

    void invalidRequestDoesNotFallBack()
    {
        m_server.clearRequests();
        m_server.queueFault(FakeProviderServer::Fault::InvalidRequest);
        QList<FallbackTarget> targets;
        for (const TierEntry &e : m_config.tiers)
            targets.append({e.tier, e.provider, e.model, std::nullopt});
        QList<CompletionResult> results;
        std::optional<FallbackResult> outcome;
        FallbackChain(targets, FallbackChain::Direction::Degrade)
            .execute(2, 0, executor(&results), [&outcome](const FallbackResult &r) { outcome = r; });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 15000);
        QVERIFY(!outcome->ok);
        QCOMPARE(outcome->lastError, std::optional(ErrorClass::InvalidRequest));
        QCOMPARE(m_server.requestCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRoutedCall)
#include "tst_routed_call.moc"
