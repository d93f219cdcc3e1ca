// One routed call end to end through RoutedCallService (ARCHITECTURE.md): estimate -> route ->
// budget check -> fallback chain over real ProviderClient calls to the fake provider -> budget
// record + metrics, stored together through the StoreWriter.
#include "calls/routedcellexecutor.h"
#include "calls/routedcallservice.h"
#include "experiments/experimentrunner.h"
#include "experiments/cellstore.h"
#include "experiments/providercellexecutor.h"
#include "fakeproviderserver.h"
#include "providers/providerclient.h"
#include "store/database.h"
#include "store/storewriter.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kKey = "test-key-not-real";
const QString kSecurity = QStringLiteral("Analyze the security implications of implementing a zero-trust "
                                         "architecture with mutual TLS authentication.");

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

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
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
    QTemporaryDir m_dir;
    int m_counter = 0;
    Database m_db;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<StoreCallRecorder> m_recorder;
    std::unique_ptr<RoutedCallService> m_service;
    QDateTime m_now = utc("2026-11-22T10:00:00Z");

    RoutedCallResult run(const RoutedCallRequest &request)
    {
        RoutedCall *call = m_service->call(request, this);
        std::optional<RoutedCallResult> result;
        connect(call, &RoutedCall::finished, this, [&result](const RoutedCallResult &r) { result = r; });
        call->start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
        call->deleteLater();
        return result.value_or(RoutedCallResult{});
    }

    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    RoutedCallRequest security() const
    {
        RoutedCallRequest r;
        r.prompt = kSecurity;
        r.taskType = QStringLiteral("security_analysis");
        r.contextTokens = 2048;
        r.tenant = QStringLiteral("acme");
        return r;
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

    void init()
    {
        m_server.clearRequests();
        m_service.reset();
        m_recorder.reset();
        m_writer.reset();
        m_db.closeThreadConnection();
        m_db = Database::fromLocation(m_dir.filePath(QStringLiteral("calls%1.sqlite").arg(++m_counter)));
        QString error;
        QVERIFY2(m_db.openAndMigrate(&error), qPrintable(error));
        m_writer = std::make_unique<StoreWriter>(m_db);
        m_recorder = std::make_unique<StoreCallRecorder>(m_db, m_writer.get());
        m_service = std::make_unique<RoutedCallService>(m_client, m_recorder.get(), m_config);
        m_service->setClock([this] { return m_now; });
        CallPolicy policy;
        policy.maxRetries = 0; // the chain, not the client, moves on after a 503
        m_service->setCallPolicy(policy);
    }

    void heavyFailsWith503ThenStandardServes()
    {
        m_server.queueFault(FakeProviderServer::Fault::Unavailable);
        const RoutedCallResult r = run(security());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.decision);
        QCOMPARE(r.decision->tier, QStringLiteral("reasoning"));
        QCOMPARE(r.decision->routeClass, RouteClass::Heavy);
        QCOMPARE(r.tier, QStringLiteral("standard"));
        QCOMPARE(r.model, QStringLiteral("fake-medium"));
        QCOMPARE(r.calls, 2);
        QCOMPARE(r.hops.size(), 1);
        QCOMPARE(r.hops[0].tier, QStringLiteral("reasoning"));
        QVERIFY(r.hops[0].errorClass == ErrorClass::Server || r.hops[0].errorClass == ErrorClass::Overloaded);
        QCOMPARE(r.completion.text, QStringLiteral("Use mutual TLS between every pair of services."));
        QVERIFY(r.completion.cost);
        QCOMPARE(m_server.requestCount(), 2);
        QCOMPARE(m_server.requests()[0].json().value(u"model").toString(), QStringLiteral("fake-large"));
        QCOMPARE(m_server.requests()[1].json().value(u"model").toString(), QStringLiteral("fake-medium"));

        // Stored together: both attempts, the decision with the request, the usage.
        QVERIFY2(r.persisted, qPrintable(r.storeError));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM runs WHERE run_id = '%1'").arg(r.callId)), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM runs WHERE error_class IS NOT NULL AND tier = 'reasoning'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM runs WHERE config = 'fake' AND tenant = 'acme'")), 2);
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT d.tier, d.message, d.rule, d.context_tokens, d.fallback_events, r.tier,"
                                      " d.tenant, r.tenant FROM routing_decisions d JOIN runs r ON r.id = d.call_id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("standard"));
        QCOMPARE(q.value(1).toString(), kSecurity);
        QCOMPARE(q.value(2).toString(), QStringLiteral("task-type-override"));
        QCOMPARE(q.value(3).toLongLong(), 2048);
        QVERIFY(q.value(4).toString().endsWith(QStringLiteral("@reasoning")));
        QCOMPARE(q.value(5).toString(), QStringLiteral("standard"));
        QCOMPARE(q.value(6).toString(), QStringLiteral("acme"));
        QCOMPARE(q.value(7).toString(), QStringLiteral("acme"));
        QVERIFY(!q.next());
        const PeriodUsage day = m_service->budget().usage(QStringLiteral("acme"), BudgetPeriod::Day);
        QCOMPARE(day.tokens, r.completion.inputTokens.value() + r.completion.outputTokens.value());
        QCOMPARE(day.dollars, *r.completion.cost);
        QCOMPARE(day.byClass[RouteClasses::index(RouteClass::Standard)].total(), day.tokens);
        QCOMPARE(m_service->budget().usage(QStringLiteral("acme"), BudgetPeriod::Month).tokens, day.tokens);
    }

    void exhaustedBudgetRefusesTheCall()
    {
        BudgetLimits limits;
        limits.dailyTokens = 2000; // the security request alone estimates more than this
        m_service->budget().setDefaultLimits(limits);
        const RoutedCallResult r = run(security());
        QVERIFY(!r.ok());
        QVERIFY(!r.budget.allowed);
        QCOMPARE(r.budget.period, BudgetPeriod::Day);
        QCOMPARE(r.budget.remaining, QStringLiteral("2000"));
        QCOMPARE(r.budget.resetsAt, utc("2026-11-23T00:00:00Z"));
        QVERIFY2(r.error.contains(QStringLiteral("daily token budget of tenant 'acme'")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("2000 left")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("resets at 2026-11-23 00:00 UTC")), qPrintable(r.error));
        QCOMPARE(m_server.requestCount(), 0);
        QCOMPARE(r.calls, 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM runs")), 0);
    }

    void callDecisionAndUsageAreStoredTogetherOrNotAtAll()
    {
        QSqlQuery q(m_db.connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON routing_decisions"
                                      " BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
        const RoutedCallResult r = run(security());
        QVERIFY2(r.ok(), qPrintable(r.error)); // the answer came; storing it did not
        QVERIFY(!r.persisted);
        QVERIFY2(r.storeError.contains(QStringLiteral("disk full")), qPrintable(r.storeError));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM runs")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM routing_decisions")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM budget_usage")), 0);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
        const RoutedCallResult again = run(security());
        QVERIFY(again.persisted);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM runs")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM routing_decisions")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM budget_usage")), 2); // day and month
    }

    void alertFiresOncePerPeriod()
    {
        BudgetLimits limits;
        limits.dailyTokens = 1000000;
        m_service->budget().setDefaultLimits(limits);
        QList<BudgetAlert> handled;
        m_service->budget().setAlertHandler([&handled](const BudgetAlert &a) { handled.append(a); });
        const QString day = BudgetManager::periodKey(BudgetPeriod::Day, m_now);
        SqlBudgetLedger ledger(m_db);
        QVERIFY(ledger.add(QStringLiteral("acme"), day, {799990, 0, Decimal(), RouteClass::Light}));

        const RoutedCallResult first = run(security()); // crosses 80%
        QVERIFY2(first.ok() && first.persisted, qPrintable(first.error + first.storeError));
        QCOMPARE(first.alerts.size(), 1);
        QCOMPARE(first.alerts[0].thresholdPercent, 80);
        QCOMPARE(first.alerts[0].periodKey, day);
        const RoutedCallResult second = run(security()); // still past 80%, not 95%
        QVERIFY(second.ok() && second.persisted);
        QCOMPARE(second.alerts.size(), 0);
        QCOMPARE(handled.size(), 1);

        m_now = m_now.addDays(1); // a new UTC day starts a new period
        const QString nextDay = BudgetManager::periodKey(BudgetPeriod::Day, m_now);
        QVERIFY(ledger.add(QStringLiteral("acme"), nextDay, {799990, 0, Decimal(), RouteClass::Light}));
        const RoutedCallResult third = run(security());
        QCOMPARE(third.alerts.size(), 1);
        QCOMPARE(third.alerts[0].periodKey, nextDay);
        QCOMPARE(handled.size(), 2);
    }

    void pinnedTierDoesNotFallBack()
    {
        m_server.queueFault(FakeProviderServer::Fault::Unavailable);
        RoutedCallRequest request = security();
        request.target = QStringLiteral("reasoning");
        const RoutedCallResult r = run(request);
        QVERIFY(!r.ok());
        QVERIFY(!r.decision);
        QCOMPARE(r.calls, 1);
        QCOMPARE(m_server.requestCount(), 1);
        QVERIFY(r.persisted);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM runs WHERE error_class IS NOT NULL")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM routing_decisions")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM budget_usage")), 0); // nothing was served
    }

    void invalidRequestDoesNotFallBack()
    {
        m_server.queueFault(FakeProviderServer::Fault::InvalidRequest);
        const RoutedCallResult r = run(security());
        QVERIFY(!r.ok());
        QCOMPARE(r.completion.error->errorClass, ErrorClass::InvalidRequest);
        QCOMPARE(m_server.requestCount(), 1);
    }

    void compareRouterTargetRunsAsARoutedCall()
    {
        // Compare's "router" column: the plan names the tier, the cell runs as a RoutedCall
        // (fallback, budget), and the A/B run keeps the cell, so no second runs row is written.
        ProviderCellExecutor direct(m_client);
        RoutedCellExecutor executor(m_service.get(), &direct, QStringLiteral("acme"));
        RoutedCallRouter router(m_service.get());
        router.setTenant(QStringLiteral("acme"));
        MemoryCellStore cells;
        ExperimentRunner runner(&executor, &cells);
        runner.setRouter(&router);
        Experiment e;
        e.name = QStringLiteral("routed");
        e.promptTemplate = PromptTemplate(kSecurity);
        e.cases = {TestCase{}};
        e.cases[0].id = QStringLiteral("c1");
        Target routerTarget;
        routerTarget.id = QStringLiteral("router");
        routerTarget.isRouter = true;
        e.targets = {routerTarget};
        m_server.queueFault(FakeProviderServer::Fault::Unavailable);
        QSignalSpy finished(&runner, &ExperimentRunner::finished);
        QString error;
        QVERIFY2(runner.start(e, QStringLiteral("ab-routed"), &error), qPrintable(error));
        QVERIFY(finished.wait(15000));
        const QList<CellResult> done = runner.cells();
        QCOMPARE(done.size(), 1);
        QVERIFY2(!done[0].outcome.isError(), qPrintable(done[0].outcome.errorMessage));
        // Without a task type the request scores standard; the 503 there degrades to fast.
        QCOMPARE(done[0].decision.value(u"tier").toString(), QStringLiteral("standard"));
        QCOMPARE(done[0].outcome.model, QStringLiteral("fake-small"));
        QCOMPARE(m_server.requestCount(), 2);
        QVERIFY(!done[0].decision.isEmpty());
        QTRY_VERIFY(m_service->budget().usage(QStringLiteral("acme"), BudgetPeriod::Day).tokens > 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM runs")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM routing_decisions")), 0);
    }

    void unknownTargetSaysWhatExists()
    {
        RoutedCallRequest request = security();
        request.target = QStringLiteral("turbo");
        const RoutedCallResult r = run(request);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("fast, standard, reasoning")), qPrintable(r.error));
        QCOMPARE(m_server.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRoutedCall)
#include "tst_routed_call.moc"
