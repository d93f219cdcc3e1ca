// What-if replay throughput. Prints, for N requests of the generated corpus (default 100,000):
//  - reading them from JSONL (ReplayInputs::fromJsonl),
//  - Replay::run with an "after" policy that differs in thresholds and weights (one scan per
//    message) and one that differs in capability criticality (two scans),
//  - the baseline: a plain single-threaded loop of before.routeUtf8() + after.routeUtf8(),
//    which computes the same figures, and the ratio baseline / Replay::run,
//  - `tierctl replay --jsonl FILE --json` end to end (read, parse, replay, print).
// Times are the best of --repeat runs (the machine is shared). Build in Release.
#include "corpus.h"

#include "money/cost.h"
#include "routing/replay.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>

#include <functional>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Timing
{
    double wall = 1e300;
    double cpu = 1e300;
};

Timing best(int repeat, const std::function<void()> &work)
{
    Timing t;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer timer;
        const double cpu0 = cpuSeconds();
        timer.start();
        work();
        t.wall = std::min(t.wall, double(timer.nsecsElapsed()) / 1e9);
        t.cpu = std::min(t.cpu, cpuSeconds() - cpu0);
    }
    return t;
}

QString describe(const Timing &t, qint64 n)
{
    return QString::number(t.wall * 1000, 'f', 1) + QStringLiteral(" ms wall, ")
           + QString::number(double(n) / t.wall, 'f', 0) + QStringLiteral(" requests/s [cpu ")
           + QString::number(t.cpu, 'f', 3) + QStringLiteral(" s]");
}

/// The naive replay: route every request twice with full decisions, on one thread.
qint64 baseline(const QList<ReplayRequest> &requests, const ModelRouter &before, const ModelRouter &after,
                Decimal &afterCost)
{
    qint64 changed = 0;
    QHash<QString, qint64> beforeCounts, afterCounts;
    Decimal beforeCost;
    afterCost = Decimal();
    for (const ReplayRequest &r : requests) {
        const QByteArrayView message(r.message);
        const RoutingDecision b = before.routeUtf8(message, r.request);
        const RoutingDecision a = after.routeUtf8(message, r.request);
        ++beforeCounts[b.tier];
        ++afterCounts[a.tier];
        if (b.estimatedCost)
            beforeCost += *b.estimatedCost;
        if (a.estimatedCost)
            afterCost += *a.estimatedCost;
        changed += b.tier != a.tier ? 1 : 0;
    }
    return changed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("requests"), QStringLiteral("Requests to replay (default 100000)."),
                                   QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Runs per measurement (default 3)."),
                                    QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({count, repeat});
    parser.process(app);
    const qint64 wanted = std::max<qint64>(1, parser.value(count).toLongLong());
    const int runs = std::max(1, parser.value(repeat).toInt());

    // About 600 bytes per request in the corpus: generate enough, then keep the first N lines.
    QByteArray jsonl = BenchCorpus::generate(wanted * 700);
    qsizetype end = 0;
    for (qint64 lines = 0; lines < wanted; ++lines) {
        const qsizetype newline = jsonl.indexOf('\n', end);
        if (newline < 0)
            break;
        end = newline + 1;
    }
    jsonl.truncate(end);

    ReplayInput input;
    const Timing load = best(runs, [&] { input = ReplayInputs::fromJsonl(jsonl); });
    const QList<ReplayRequest> &requests = input.requests;
    const qint64 n = requests.size();
    out() << "corpus: " << n << " requests, " << QString::number(double(jsonl.size()) / 1048576.0, 'f', 1)
          << " MB JSONL; " << QThread::idealThreadCount() << " threads\n";
    out() << "ReplayInputs::fromJsonl: " << describe(load, n) << "\n";

    const ModelRouter before;
    ModelRouter after;
    after.setThresholds({0.25, 0.6});
    ComplexityWeights weights;
    weights.keywordSignals = 0.3;
    weights.messageComplexity = 0.25;
    after.estimator().setWeights(weights);
    ModelRouter otherFactors = after;
    otherFactors.estimator().setCapabilityCriticality({{QStringLiteral("code_review"), 0.9}});

    ReplayResult result;
    const Timing shared = best(runs, [&] { result = Replay::run(requests, before, after); });
    out() << "Replay::run (thresholds+weights, one scan): " << describe(shared, n) << "\n"
          << "  after: ";
    for (const ReplayTierRow &row : std::as_const(result.tiers))
        out() << row.tier << ' ' << row.afterRequests << "  ";
    out() << "changed " << result.changed.size() << ", cost " << result.afterCost.toString() << "\n";

    const Timing twoScans = best(runs, [&] { result = Replay::run(requests, before, otherFactors); });
    out() << "Replay::run (capabilities, two scans):      " << describe(twoScans, n) << "\n";

    Decimal baselineCost;
    qint64 baselineChanged = 0;
    const Timing plain = best(runs, [&] { baselineChanged = baseline(requests, before, after, baselineCost); });
    out() << "baseline, 2x routeUtf8() on one thread:     " << describe(plain, n) << "\n"
          << "  changed " << baselineChanged << ", cost " << baselineCost.toString() << "\n";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("requests.jsonl"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(jsonl) == jsonl.size()) {
        file.close();
        int exitCode = -1;
        const Timing cli = best(runs, [&] {
            QProcess p;
            p.setStandardOutputFile(QProcess::nullDevice());
            p.start(QCoreApplication::applicationDirPath() + QStringLiteral("/tierctl"),
                    {QStringLiteral("replay"), QStringLiteral("--jsonl"), path, QStringLiteral("--heavy-threshold"),
                     QStringLiteral("0.6"), QStringLiteral("--json")});
            p.waitForFinished(-1);
            exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        });
        out() << "tierctl replay --jsonl (end to end):         " << QString::number(cli.wall * 1000, 'f', 1)
              << " ms wall (exit " << exitCode << ")\n";
    }
    out() << "ratio baseline / Replay::run: " << QString::number(plain.wall / shared.wall, 'f', 2)
          << "x wall, " << QString::number(plain.cpu / shared.cpu, 'f', 2) << "x cpu (one scan); "
          << QString::number(plain.wall / twoScans.wall, 'f', 2) << "x wall, "
          << QString::number(plain.cpu / twoScans.cpu, 'f', 2) << "x cpu (two scans)\n";
    out().flush();
    return 0;
}
