// compare-preview: the Compare screen alone, on the simulated provider (no key, no network).
// Used for screenshots:  compare-preview --scene panes|grid --screenshot FILE
#include "cellgridfilter.h"
#include "comparepage.h"
#include "experiments/providercellexecutor.h"
#include "experiments/sqlcellstore.h"
#include "prompteditor.h"
#include "experiments/targetresolver.h"
#include "simulatedcellexecutor.h"
#include "targetpicker.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

namespace {

TierConfig demoConfig()
{
    TierConfig config = ModelRouter::defaultTierConfig();
    for (TierEntry &e : config.tiers)
        e.provider = QStringLiteral("simulated");
    return config;
}

QList<TestCase> demoCases()
{
    const QList<std::pair<QString, QString>> rows{
        {QStringLiteral("caching"), QStringLiteral("contains:cach")},
        {QStringLiteral("choosing a model tier"), QStringLiteral("icontains:model")},
        {QStringLiteral("prompt length and cost"), QStringLiteral("icontains:cost")},
        {QStringLiteral("streaming responses"), QStringLiteral("max-latency-ms:3000")},
        {QStringLiteral("security review of an OAuth flow"), QStringLiteral("icontains:trade-off")},
        {QStringLiteral("rate limits"), QStringLiteral("max-cost:0.002")},
    };
    QList<TestCase> cases;
    for (const auto &[topic, check] : rows) {
        TestCase c;
        c.id = QStringLiteral("case-%1").arg(cases.size() + 1);
        c.vars.insert(QStringLiteral("topic"), topic);
        if (const auto a = Assertion::parse(check))
            c.assertions.append(*a);
        cases.append(c);
    }
    return cases;
}

bool save(QWidget *w, const QString &file)
{
    const bool ok = w->grab().save(file);
    if (!ok)
        qWarning("could not write %s", qPrintable(file));
    return ok;
}

// Eight panes streaming at once on the local executor; prints how many deltas arrived and
// the longest the event loop was blocked (a 5 ms heartbeat timer's largest gap).
int runStress(SimulatedCellExecutor &executor, int paceMs, const QList<Target> &tiers)
{
    executor.setFixedPace({50, std::max(1, paceMs)});
    MemoryCellStore store;
    QList<Target> targets;
    QStringList ids;
    for (int i = 0; i < 8; ++i) {
        Target t = tiers.at(i % tiers.size());
        t.id = QStringLiteral("%1-%2").arg(t.tier).arg(i + 1);
        t.endpoint = QStringLiteral("https://sim-%1.invalid").arg(i); // one endpoint each
        targets.append(t);
        ids.append(t.id);
    }
    CompareContext context{.executor = &executor, .store = &store, .targets = targets, .initiallyChecked = ids};
    ComparePage page(context);
    page.resize(1600, 1000);
    page.promptEditor()->setPromptTemplate(QStringLiteral("Tell me about {{topic}}."));
    QList<TestCase> cases;
    for (int i = 0; i < 10; ++i)
        cases.append(TestCase{QStringLiteral("case-%1").arg(i + 1), {{QStringLiteral("topic"), QStringLiteral("topic %1").arg(i)}}, {}});
    page.promptEditor()->setCases(cases);
    page.show();
    qint64 deltas = 0;
    QObject::connect(page.runner(), &ExperimentRunner::cellDelta, &page, [&deltas] { ++deltas; });
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 maxGap = 0;
    qint64 maxGapAt = 0;
    qint64 streamingMaxGap = 0; // after the first 300 ms (pane creation, first layout)
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, &page, [&] {
        const qint64 now = clock.elapsed();
        if (now - last > maxGap) {
            maxGap = now - last;
            maxGapAt = now;
        }
        if (last > 300 && page.runner()->status() == RunStatus::Running)
            streamingMaxGap = std::max(streamingMaxGap, now - last);
        last = now;
    });
    QObject::connect(page.runner(), &ExperimentRunner::finished, &page, [&] {
        const qint64 total = clock.elapsed();
        std::printf("8 panes, %d cells, %lld deltas in %lld ms (%.0f deltas/s); longest event-loop "
                    "stall %lld ms at %lld ms; longest while streaming (after 300 ms) %lld ms (heartbeat 5 ms)\n",
                    page.runner()->progress().done, static_cast<long long>(deltas),
                    static_cast<long long>(total), deltas * 1000.0 / double(std::max<qint64>(1, total)),
                    static_cast<long long>(maxGap), static_cast<long long>(maxGapAt),
                    static_cast<long long>(streamingMaxGap));
        QApplication::quit();
    });
    QTimer::singleShot(200, &page, [&] {
        clock.start();
        heartbeat.start();
        page.run();
    });
    return QApplication::exec();
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("compare-preview"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The Compare screen on the simulated provider."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("scene"), QStringLiteral("panes (single prompt) or grid (batch)."),
                      QStringLiteral("scene"), QStringLiteral("panes")});
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("Grab the window to FILE and quit."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("at-ms"), QStringLiteral("panes: grab this long after the run starts."),
                      QStringLiteral("ms"), QStringLiteral("1400")});
    parser.addOption({QStringLiteral("db"), QStringLiteral("SQLite cell store (default: in memory)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("executor"),
                      QStringLiteral("provider: the real simulated provider through ProviderClient "
                                     "(default); local: the UI's own simulated executor, which can "
                                     "inject an error (grid scene)."),
                      QStringLiteral("kind"), QStringLiteral("provider")});
    parser.addOption({QStringLiteral("pace-ms"),
                      QStringLiteral("stress: milliseconds between streamed tokens (local executor)."),
                      QStringLiteral("ms"), QStringLiteral("3")});
    parser.process(app);

    // No keychain, no network use: every tier is on the simulated provider.
    QNetworkAccessManager network;
    ProviderClient client(&network, nullptr);
    ProviderCellExecutor providerExecutor(&client);
    SimulatedCellExecutor localExecutor;
    const bool local = parser.value(QStringLiteral("executor")) == u"local";
    CellExecutor *executor = local ? static_cast<CellExecutor *>(&localExecutor) : &providerExecutor;
    MemoryCellStore memoryStore;
    SqlCellStore sqlStore;
    CellStore *store = &memoryStore;
    if (parser.isSet(QStringLiteral("db"))) {
        QString error;
        if (!sqlStore.open(Database::fromLocation(parser.value(QStringLiteral("db"))), &error)) {
            qWarning("%s", qPrintable(error));
            return 2;
        }
        store = &sqlStore;
    }
    const TierConfig config = demoConfig();
    const QList<Target> tiers = TargetResolver::fromTierConfig(config);
    RouterTarget router{ModelRouter(config)};

    const QString scene = parser.value(QStringLiteral("scene"));
    if (scene == u"stress")
        return runStress(localExecutor, parser.value(QStringLiteral("pace-ms")).toInt(), tiers);
    const bool grid = scene == u"grid";
    CompareContext context{.executor = executor, .store = store, .router = &router, .targets = tiers};
    context.initiallyChecked = grid ? QStringList{QStringLiteral("fast"), QStringLiteral("standard"),
                                                  QStringLiteral("reasoning"), QStringLiteral("router")}
                                    : QStringList{QStringLiteral("fast"), QStringLiteral("reasoning"),
                                                  QStringLiteral("router")};
    ComparePage page(context);
    page.setWindowTitle(QStringLiteral("TierBench — Compare (preview on the simulated provider)"));
    page.resize(1600, 1000);
    if (grid) {
        page.promptEditor()->setPromptTemplate(QStringLiteral("In two sentences, what should an engineer know about {{topic}}?"));
        page.promptEditor()->setCases(demoCases());
        // One target times out on one case, to show how an error reads in the grid.
        localExecutor.setFailureRule([](const CellRequest &r) {
            return r.prompt.contains(u"rate limits") && r.target.tier == u"standard"
                       ? QStringLiteral("timeout") : QString();
        });
    } else {
        page.promptEditor()->setPromptTemplate(QStringLiteral(
            "Analyze the trade-offs of caching LLM responses for a customer-support bot, step by step."));
        page.promptEditor()->setSystemPrompt(QStringLiteral("You are a concise senior engineer."));
    }
    page.show();

    const QString shot = parser.value(QStringLiteral("screenshot"));
    QTimer::singleShot(300, &page, [&] {
        if (!page.run())
            QApplication::exit(1);
        if (shot.isEmpty())
            return;
        if (grid) {
            QObject::connect(page.runner(), &ExperimentRunner::finished, &page, [&] {
                page.showTab(ComparePage::Tab::Grid);
                QTimer::singleShot(300, &page, [&] { QApplication::exit(save(&page, shot) ? 0 : 1); });
            });
        } else {
            QTimer::singleShot(parser.value(QStringLiteral("at-ms")).toInt(), &page,
                               [&] { QApplication::exit(save(&page, shot) ? 0 : 1); });
        }
    });
    return QApplication::exec();
}
