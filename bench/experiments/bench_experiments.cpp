// Scheduler throughput: N cells at concurrency C against the fake provider server with a
// fixed per-call latency, through the real path (ExperimentRunner -> ProviderCellExecutor ->
// ProviderClient -> HTTP -> FakeProviderServer). Reports actual time against the ideal
// N x latency / C. Built, never run by CI.
//
//   bench_experiments [--cells 2000] [--concurrency 16] [--latency 50] [--store memory|sqlite]
//                     [--clients K]
#include "experiments/experimentrunner.h"
#include "experiments/providercellexecutor.h"
#include "experiments/sqlcellstore.h"
#include "fakeproviderserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <memory>


int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cellsOpt(QStringLiteral("cells"), QStringLiteral("Cells."), QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption concOpt(QStringLiteral("concurrency"), QStringLiteral("Concurrency."), QStringLiteral("C"), QStringLiteral("16"));
    const QCommandLineOption latOpt(QStringLiteral("latency"), QStringLiteral("Per-call latency in ms."), QStringLiteral("MS"), QStringLiteral("50"));
    const QCommandLineOption storeOpt(QStringLiteral("store"), QStringLiteral("memory or sqlite."), QStringLiteral("KIND"), QStringLiteral("sqlite"));
    const QCommandLineOption clientsOpt(QStringLiteral("clients"), QStringLiteral("Network managers to spread over (default: ProviderCellExecutor::clientsFor(C))."), QStringLiteral("K"));
    parser.addOptions({cellsOpt, concOpt, latOpt, storeOpt, clientsOpt});
    parser.process(app);
    const int cells = parser.value(cellsOpt).toInt();
    const int concurrency = parser.value(concOpt).toInt();
    const int latency = parser.value(latOpt).toInt();
    const int clients = parser.isSet(clientsOpt) ? std::max(1, parser.value(clientsOpt).toInt())
                                                 : ProviderCellExecutor::clientsFor(concurrency);
    QTextStream out(stdout);

    qputenv("TIERBENCH_NO_KEYCHAIN", "1");
    qputenv("OPENAI_API_KEY", "test-key-not-real");
    FakeProviderServer server;
    if (!server.start()) {
        out << "cannot start the fake provider server\n";
        return 1;
    }
    server.setTotalLatency(latency);

    QTemporaryDir dir;
    std::unique_ptr<CellStore> store;
    if (parser.value(storeOpt) == u"sqlite") {
        auto sql = std::make_unique<SqlCellStore>();
        QString error;
        if (!sql->open(Database::fromLocation(dir.filePath(QStringLiteral("bench.db"))), &error)) {
            out << "cannot open the database: " << error << "\n";
            return 1;
        }
        store = std::move(sql);
    } else {
        store = std::make_unique<MemoryCellStore>();
    }

    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    std::vector<std::unique_ptr<ProviderClient>> providerClients;
    QList<ProviderClient *> pool;
    for (int i = 0; i < clients; ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        providerClients.push_back(std::make_unique<ProviderClient>(managers.back().get(), nullptr));
        pool.append(providerClients.back().get());
    }
    ProviderCellExecutor executor(pool);

    Experiment e;
    e.name = QStringLiteral("bench");
    Target t;
    t.id = QStringLiteral("fast");
    t.tier = t.id;
    t.provider = QStringLiteral("openai");
    t.model = QStringLiteral("bench-model");
    t.endpoint = server.baseUrl().toString();
    t.prices.inputPerMillion = Decimal::parse(u"0.15");
    t.prices.outputPerMillion = Decimal::parse(u"0.60");
    e.targets = {t};
    for (int i = 0; i < cells; ++i) {
        TestCase tc;
        tc.id = QString::number(i);
        tc.vars.insert(QStringLiteral("prompt"), QStringLiteral("Benchmark prompt %1").arg(i));
        e.cases.append(tc);
    }

    ExperimentRunner runner(&executor, store.get());
    ConcurrencyPolicy policy;
    policy.total = concurrency;
    policy.cloudPerEndpoint = concurrency;
    runner.setPolicy(policy);
    QEventLoop loop;
    QObject::connect(&runner, &ExperimentRunner::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!runner.start(e, QStringLiteral("bench"), &error)) {
        out << "cannot start: " << error << "\n";
        return 1;
    }
    loop.exec();
    const qint64 elapsed = timer.elapsed();
    const RunProgress p = runner.progress();
    const double ideal = double(cells) * latency / concurrency;
    out << QStringLiteral("cells %1 (ok %2, failed %3), concurrency %4, latency %5 ms, store %6, network managers %7\n")
               .arg(cells).arg(p.succeeded).arg(p.failed).arg(concurrency).arg(latency)
               .arg(parser.value(storeOpt)).arg(clients);
    out << QStringLiteral("actual %1 s, ideal %2 s, ratio %3 (%4% over ideal)\n")
               .arg(elapsed / 1000.0, 0, 'f', 3).arg(ideal / 1000.0, 0, 'f', 3)
               .arg(elapsed / ideal, 0, 'f', 3).arg((elapsed / ideal - 1.0) * 100.0, 0, 'f', 1);
    // Split the gap: how long each call took as the client saw it (server + transport), and
    // what the scheduler made of that (ideal time from the observed mean).
    const QList<CellResult> stored = store->loadCells(QStringLiteral("bench"));
    double sumMs = 0;
    for (const CellResult &c : stored)
        sumMs += double(c.outcome.totalMs);
    const double meanMs = stored.isEmpty() ? 0.0 : sumMs / double(stored.size());
    const double idealObserved = double(cells) * meanMs / concurrency;
    out << QStringLiteral("mean call time seen by the client %1 ms; ideal from that %2 s; scheduler "
                          "efficiency %3%\n")
               .arg(meanMs, 0, 'f', 1).arg(idealObserved / 1000.0, 0, 'f', 3)
               .arg(100.0 * idealObserved / double(elapsed), 0, 'f', 1);
    out << QStringLiteral("server requests %1, stored cells %2\n").arg(server.requestCount()).arg(stored.size());
    out.flush();
    return p.failed == 0 ? 0 : 1;
}
