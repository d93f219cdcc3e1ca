// tb_store_worker: one TierBench client for tst_team_concurrency. Several run at once against
// one store (a SQLite file or a PostgreSQL schema) through the product's own code paths and
// print what they did as one JSON object on stdout, which the test adds up.
//
//   tb_store_worker --db LOCATION --role ROLE [--n N] [--worker K] [--start-at MS] [--url U] [--run R]
//
// Roles: budget (SqlBudgetLedger::add), alert (BudgetManager::record: atomic add + claim),
// calls (StoreWriter + StoreCallRecorder: call row, decision and usage in one transaction),
// registry-sync (ModelSync against the provider list at --url), resume (ExperimentRunner::
// resume of run --run under its run lock), migrate (open and migrate a fresh database).
// Exit codes: 0 done, 1 failed (message on stderr), 2 bad usage, 3 the run lock was refused.

#include "teamworkload.h"

#include "calls/callrecorder.h"
#include "experiments/experimentrunner.h"
#include "experiments/sqlcellstore.h"
#include "fakecellexecutor.h"
#include "registry/modelsync.h"
#include "routing/budgetmanager.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/sqlbudgetledger.h"
#include "store/storewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    Database db;
    int n = 100;
    int worker = 0;
    QString url;
    QString run;
};

int print(const QJsonObject &out, int code = 0)
{
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    return code;
}

int fail(const QString &error)
{
    std::fprintf(stderr, "tb_store_worker: %s\n", qPrintable(error));
    return 1;
}

QJsonArray alertsJson(const QList<BudgetAlert> &alerts)
{
    QJsonArray out;
    for (const BudgetAlert &a : alerts)
        out.append(QStringLiteral("%1/%2/%3").arg(a.periodKey, a.metric == BudgetAlert::Metric::Dollars
                                                                    ? QStringLiteral("dollars") : QStringLiteral("tokens"))
                       .arg(a.thresholdPercent));
    return out;
}

/// n adds of TeamWorkload::usage() to the day row; reports the sums it added.
int runBudget(const Options &o)
{
    SqlBudgetLedger ledger(o.db);
    qint64 tokens = 0;
    Decimal dollars;
    for (int i = 0; i < o.n; ++i) {
        const UsageDelta d = TeamWorkload::usage(o.worker, i);
        if (!ledger.add(TeamWorkload::tenant(), TeamWorkload::dayKey(), d))
            return fail(ledger.lastError());
        tokens += d.tokens();
        dollars += d.dollars;
    }
    return print({{u"tokens"_s, tokens}, {u"dollars"_s, dollars.toString()}});
}

/// n calls of 10 tokens through BudgetManager::record (add, then claim each crossed alert).
int runAlert(const Options &o)
{
    SqlBudgetLedger ledger(o.db);
    BudgetManager budget(ledger, [] { return TeamWorkload::at(); });
    BudgetLimits limits;
    limits.dailyTokens = 10 * o.n; // crossed at 80% and 95% while all workers record
    limits.monthlyDollars = Decimal::fromRaw(qint64(10'000'000'000) * o.n);
    budget.setTenantLimits(TeamWorkload::tenant(), limits);
    QList<BudgetAlert> raised;
    for (int i = 0; i < o.n; ++i) {
        raised += budget.record(TeamWorkload::tenant(), RouteClass::Light, 6, 4, Decimal::fromRaw(qint64(10'000'000'000)));
        if (!ledger.lastError().isEmpty())
            return fail(ledger.lastError());
    }
    return print({{u"alerts"_s, alertsJson(raised)}});
}

/// n routed calls as the product stores them: one writer transaction per call.
int runCalls(const Options &o)
{
    StoreWriter writer(o.db);
    StoreCallRecorder recorder(o.db, &writer);
    BudgetLimits limits;
    limits.dailyTokens = qint64(1) << 40;
    int ok = 0;
    int done = 0;
    QString firstError;
    QList<BudgetAlert> alerts;
    qint64 tokens = 0;
    Decimal dollars;
    for (int i = 0; i < o.n; ++i) {
        const UsageDelta d = TeamWorkload::usage(o.worker, i);
        CallWrite w;
        w.id = QStringLiteral("w%1-%2").arg(o.worker).arg(i);
        RunRecord run;
        run.id = w.id;
        run.createdAt = TeamWorkload::at().addMSecs(i);
        run.source = QStringLiteral("routed");
        run.tenant = TeamWorkload::tenant();
        run.provider = QStringLiteral("openai");
        run.model = QStringLiteral("gpt-4o-mini");
        run.tier = QStringLiteral("fast");
        run.inputTokens = d.inputTokens;
        run.outputTokens = d.outputTokens;
        run.cost = d.dollars;
        run.totalMs = 100 + i % 50;
        w.runs = {run};
        RoutingDecisionRecord decision;
        decision.callId = w.id;
        decision.createdAt = run.createdAt;
        decision.tenant = run.tenant;
        decision.complexityClass = RouteClasses::name(d.routeClass);
        decision.tier = run.tier;
        decision.provider = run.provider;
        decision.model = run.model;
        w.decision = decision;
        w.tenant = run.tenant;
        w.usage = d;
        w.limits = limits;
        w.at = run.createdAt;
        tokens += d.tokens();
        dollars += d.dollars;
        recorder.write(std::move(w), [&](const CallWriteResult &r) {
            ++done;
            ok += r.ok ? 1 : 0;
            alerts += r.alerts;
            if (!r.ok && firstError.isEmpty())
                firstError = r.error;
        });
    }
    writer.waitForIdle();
    while (done < o.n)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (ok != o.n)
        return fail(QStringLiteral("%1 of %2 calls failed: %3").arg(o.n - ok).arg(o.n).arg(firstError));
    return print({{u"calls"_s, ok}, {u"tokens"_s, tokens}, {u"dollars"_s, dollars.toString()},
                  {u"alerts"_s, alertsJson(alerts)}});
}

int runRegistrySync(const Options &o)
{
    QNetworkAccessManager network;
    ModelSync sync(o.db, &network);
    ProviderEndpoint endpoint;
    endpoint.provider = QStringLiteral("openai");
    endpoint.kind = ModelListFormat::OpenAi;
    endpoint.baseUrl = QUrl(o.url);
    sync.setEndpoints({endpoint});
    sync.setApiKeyLookup([](const QString &) { return QStringLiteral("sk-test-fake"); });
    QList<SyncOutcome> outcomes;
    QEventLoop loop;
    QObject::connect(&sync, &ModelSync::finished, &loop, [&](const QList<SyncOutcome> &all) {
        outcomes = all;
        loop.quit();
    });
    if (!sync.syncNow())
        return fail(QStringLiteral("sync did not start"));
    loop.exec();
    if (outcomes.size() != 1 || !outcomes[0].ok())
        return fail(outcomes.isEmpty() ? QStringLiteral("no outcome") : outcomes[0].error);
    const SyncOutcome &s = outcomes[0];
    return print({{u"added"_s, s.added}, {u"updated"_s, s.updated}, {u"unchanged"_s, s.unchanged},
                  {u"deactivated"_s, s.deactivated}, {u"reactivated"_s, s.reactivated}});
}

int runResume(const Options &o)
{
    SqlCellStore store;
    QString error;
    if (!store.open(o.db, &error))
        return fail(error);
    FakeCellExecutor executor;
    executor.setScript([](const CellRequest &, int) {
        FakeReply r;
        r.text = QStringLiteral("ok");
        r.latencyMs = 20; // long enough that the other workers try while this one runs
        return r;
    });
    ExperimentRunner runner(&executor, &store);
    ConcurrencyPolicy policy;
    policy.total = policy.cloudPerEndpoint = 2;
    runner.setPolicy(policy);
    QEventLoop loop;
    QObject::connect(&runner, &ExperimentRunner::finished, &loop, &QEventLoop::quit);
    if (!runner.resume(TeamWorkload::experiment(o.n), o.run, false, &error)) {
        if (error.contains(QStringLiteral("is being run by")))
            return print({{u"refused"_s, true}, {u"error"_s, error}}, 3);
        return fail(error);
    }
    loop.exec();
    store.flush();
    if (store.failedWrites() > 0)
        return fail(QStringLiteral("%1 cell writes failed").arg(store.failedWrites()));
    return print({{u"refused"_s, false}, {u"executed"_s, QJsonArray::fromStringList(executor.prompts())}});
}

int runMigrate(const Options &o)
{
    QString error;
    if (!o.db.openAndMigrate(&error))
        return fail(error);
    SqlCellStore store;
    if (!store.open(o.db, &error))
        return fail(error);
    QSqlDatabase c = o.db.connection();
    return print({{u"version"_s, Migrations::currentVersion(c)}});
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"db"_s, u"store location"_s, u"location"_s},
                       {u"role"_s, u"budget|alert|calls|registry-sync|resume|migrate"_s, u"role"_s},
                       {u"n"_s, u"how many steps"_s, u"n"_s, u"100"_s},
                       {u"worker"_s, u"this worker's number"_s, u"k"_s, u"0"_s},
                       {u"start-at"_s, u"wait until this epoch ms, so all workers begin together"_s, u"ms"_s},
                       {u"url"_s, u"registry-sync: the provider's API root"_s, u"url"_s},
                       {u"run"_s, u"resume: the run id"_s, u"id"_s}});
    parser.process(app);
    Options o;
    o.db = Database::fromLocation(parser.value(u"db"_s));
    o.n = parser.value(u"n"_s).toInt();
    o.worker = parser.value(u"worker"_s).toInt();
    o.url = parser.value(u"url"_s);
    o.run = parser.value(u"run"_s);
    const QString role = parser.value(u"role"_s);
    if (!o.db.isValid() || o.n <= 0)
        return 2;
    if (role != u"migrate") {
        QString error;
        if (!o.db.openAndMigrate(&error))
            return fail(error);
    }
    if (parser.isSet(u"start-at"_s)) {
        const qint64 wait = parser.value(u"start-at"_s).toLongLong() - QDateTime::currentMSecsSinceEpoch();
        if (wait > 0)
            QThread::msleep(quint64(wait));
    }
    if (role == u"budget")
        return runBudget(o);
    if (role == u"alert")
        return runAlert(o);
    if (role == u"calls")
        return runCalls(o);
    if (role == u"registry-sync")
        return runRegistrySync(o);
    if (role == u"resume")
        return runResume(o);
    if (role == u"migrate")
        return runMigrate(o);
    std::fprintf(stderr, "tb_store_worker: unknown --role %s\n", qPrintable(role));
    return 2;
}
