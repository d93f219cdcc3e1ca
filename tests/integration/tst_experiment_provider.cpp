// The experiment engine over the real network path: ExperimentRunner -> ProviderCellExecutor
// -> ProviderClient -> the fake provider server, with cells stored in a SQLite run database.
#include "experiments/blindpair.h"
#include "experiments/experimentrunner.h"
#include "experiments/providercellexecutor.h"
#include "experiments/sqlcellstore.h"
#include "config/configcodec.h"
#include "config/modelapitargets.h"
#include "experiments/targetresolver.h"
#include "fakeproviderserver.h"
#include "store/runstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

Target serverTarget(const QString &id, const QString &provider, const QUrl &base)
{
    Target t;
    t.id = id;
    t.tier = id;
    t.provider = provider;
    t.model = id + QStringLiteral("-model");
    t.endpoint = base.toString();
    t.prices.inputPerMillion = Decimal::parse(u"1");
    t.prices.outputPerMillion = Decimal::parse(u"2");
    return t;
}

Experiment makeExperiment(int cases, const QList<Target> &targets, int repeats)
{
    Experiment e;
    e.name = QStringLiteral("integration");
    e.promptTemplate = PromptTemplate(QStringLiteral("Question {{n}}: {{q}}"));
    e.systemPrompt = QStringLiteral("Be brief.");
    for (int i = 0; i < cases; ++i) {
        TestCase tc;
        tc.id = QStringLiteral("case-%1").arg(i + 1);
        tc.vars = {{QStringLiteral("n"), QString::number(i + 1)}, {QStringLiteral("q"), QStringLiteral("why is the sky blue?")}};
        e.cases.append(tc);
    }
    e.targets = targets;
    e.repeats = repeats;
    return e;
}

} // namespace

class TestExperimentProvider : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("TIERBENCH_NO_KEYCHAIN", "1");
        qputenv("OPENAI_API_KEY", "test-key-not-real");
        qputenv("ANTHROPIC_API_KEY", "test-key-not-real");
    }

    void init()
    {
        m_server = std::make_unique<FakeProviderServer>();
        QVERIFY(m_server->start());
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<SqlCellStore>();
        QString error;
        QVERIFY2(m_store->open(Database::fromLocation(m_dir.filePath(QStringLiteral("runs-%1.db")
                                                                         .arg(QString::fromLatin1(QTest::currentTestFunction())))),
                               &error), qPrintable(error));
        m_client = std::make_unique<ProviderClient>(&m_network, nullptr);
        m_executor = std::make_unique<ProviderCellExecutor>(m_client.get());
    }

    void cleanup()
    {
        m_executor.reset();
        m_client.reset();
        m_store.reset();
        m_server.reset();
    }

    void batch3x3x2CompletesAndEveryCellIsStored()
    {
        const QUrl base = m_server->baseUrl();
        const QList<Target> targets{serverTarget(QStringLiteral("fast"), QStringLiteral("openai"), base),
                                    serverTarget(QStringLiteral("standard"), QStringLiteral("anthropic"), base),
                                    serverTarget(QStringLiteral("local"), QStringLiteral("ollama"), base)};
        ExperimentRunner runner(m_executor.get(), m_store.get());
        QSignalSpy finished(&runner, &ExperimentRunner::finished);
        QSignalSpy deltas(&runner, &ExperimentRunner::cellDelta);
        QString error;
        QVERIFY2(runner.start(makeExperiment(3, targets, 2), QStringLiteral("batch"), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Completed);
        QCOMPARE(m_server->requestCount(), 18);
        QVERIFY(deltas.size() >= 18); // streamed
        const QList<CellResult> cells = m_store->loadCells(QStringLiteral("batch"));
        QCOMPARE(cells.size(), 18);
        for (const CellResult &c : cells) {
            QVERIFY2(c.state == CellState::Succeeded, qPrintable(c.outcome.errorClass + c.outcome.errorMessage));
            QVERIFY(!c.outcome.text.isEmpty());
            QVERIFY(c.outcome.totalMs >= 0);
            QVERIFY(c.outcome.ttftMs.has_value());
        }
        // the OpenAI cells report usage, so their cost is exact and known
        const CellResult openAiCell = *std::find_if(cells.begin(), cells.end(), [](const CellResult &c) {
            return c.targetId == u"fast";
        });
        QVERIFY(openAiCell.outcome.outputTokens.has_value());
        QVERIFY(openAiCell.outcome.cost.has_value());
        RunStore runs(m_store->database());
        QCOMPARE(runs.runsForRun(QStringLiteral("batch")).size(), 18);
        QCOMPARE(m_store->findRun(QStringLiteral("batch"))->status, QStringLiteral("completed"));
    }

    void proxyModelApiTargetCallsTheProxy()
    {
        // A Proxy ModelAPI (issue 16) as Compare runs it: its apiBase on the OpenAI wire,
        // asked for the model the proxy serves, with no key on loopback.
        const QByteArray yaml = "apiVersion: ethical.institute/v1alpha1\nkind: ModelAPI\nmetadata:\n  name: p\n"
                                "spec:\n  mode: Proxy\n  proxyConfig:\n    apiBase: "
                                + m_server->baseUrl().resolved(QUrl(QStringLiteral("/v1"))).toString().toUtf8()
                                + "\n    model: team-alias\n";
        const ParsedConfigFile file = ConfigCodec::parse(yaml);
        QCOMPARE(file.documents.size(), 1);
        const TierConfig proxy = ModelApiTargets::asTierConfig(file.documents.constFirst().modelApi);
        QCOMPARE(proxy.tiers.size(), 1);
        qunsetenv("OPENAI_API_KEY"); // loopback: the target must not need one
        Target target = TargetResolver::fromTierEntry(proxy.tiers.constFirst(), proxy);
        target.id = QStringLiteral("p/team-alias");
        ExperimentRunner runner(m_executor.get(), m_store.get());
        QSignalSpy finished(&runner, &ExperimentRunner::finished);
        QString error;
        QVERIFY2(runner.start(makeExperiment(1, {target}, 1), QStringLiteral("proxy"), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        qputenv("OPENAI_API_KEY", "test-key-not-real");
        const QList<CellResult> cells = m_store->loadCells(QStringLiteral("proxy"));
        QCOMPARE(cells.size(), 1);
        QVERIFY2(cells.constFirst().state == CellState::Succeeded,
                 qPrintable(cells.constFirst().outcome.errorClass + cells.constFirst().outcome.errorMessage));
        QCOMPARE(m_server->requestCount(), 1);
        const QJsonObject body = QJsonDocument::fromJson(m_server->requests().constFirst().body).object();
        QCOMPARE(body.value(u"model").toString(), QStringLiteral("team-alias"));
        QVERIFY(m_server->requests().constFirst().path.endsWith(u"/v1/chat/completions"));
    }

    void rateLimitStormIsAbsorbed()
    {
        m_server->setRetryAfter("0", "30");
        for (int i = 0; i < 12; ++i)
            m_server->queueFault(FakeProviderServer::Fault::RateLimited);
        const QList<Target> targets{serverTarget(QStringLiteral("fast"), QStringLiteral("openai"), m_server->baseUrl())};
        ExperimentRunner runner(m_executor.get(), m_store.get());
        ConcurrencyPolicy policy;
        policy.total = 8;
        policy.cloudPerEndpoint = 8;
        runner.setPolicy(policy);
        QSignalSpy finished(&runner, &ExperimentRunner::finished);
        QSignalSpy states(&runner, &ExperimentRunner::cellStateChanged);
        QVERIFY(runner.start(makeExperiment(10, targets, 1), QStringLiteral("storm")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(m_server->requestCount(), 10 + 12);
        const RunProgress p = runner.progress();
        QCOMPARE(p.failed, 0);
        QCOMPARE(p.succeeded, 10);
        int rateLimitedStates = 0;
        for (const auto &args : states)
            rateLimitedStates += args.at(1).value<CellState>() == CellState::RateLimited ? 1 : 0;
        QCOMPARE(rateLimitedStates, 12);
        QVERIFY(runner.endpointLimit(targets.first().endpointKey()) < 8);
        int attempts = 0;
        for (const CellResult &c : m_store->loadCells(QStringLiteral("storm"))) {
            QCOMPARE(c.state, CellState::Succeeded);
            attempts += c.attempts;
        }
        QCOMPARE(attempts, 22);
    }

    void cancelStopsEveryInFlightRequest()
    {
        m_server->setTotalLatency(20000);
        m_server->setChunkDelay(2000);
        const QList<Target> targets{serverTarget(QStringLiteral("fast"), QStringLiteral("openai"), m_server->baseUrl()),
                                    serverTarget(QStringLiteral("standard"), QStringLiteral("anthropic"), m_server->baseUrl())};
        ExperimentRunner runner(m_executor.get(), m_store.get());
        ConcurrencyPolicy policy;
        policy.total = 4;
        policy.cloudPerEndpoint = 2;
        runner.setPolicy(policy);
        QSignalSpy finished(&runner, &ExperimentRunner::finished);
        QVERIFY(runner.start(makeExperiment(10, targets, 1), QStringLiteral("cancel")));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(), 4, 10000);
        QCOMPARE(runner.inFlight(), 4);
        runner.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<RunStatus>(), RunStatus::Cancelled);
        QCOMPARE(runner.inFlight(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->abortedStreams(), 4, 10000); // the server saw every connection closed
        QTest::qWait(300);
        QCOMPARE(m_server->requestCount(), 4); // and nothing new was sent
        QCOMPARE(m_store->loadCells(QStringLiteral("cancel")).size(), 0);
        for (const CellResult &c : runner.cells())
            QCOMPARE(c.state, CellState::Cancelled);
    }

    void assertionsPassAndFail()
    {
        m_server->setReplyText(QStringLiteral("{\"answer\": 42}"));
        Experiment e = makeExperiment(4, {serverTarget(QStringLiteral("fast"), QStringLiteral("openai"), m_server->baseUrl())}, 1);
        e.cases[0].assertions = {*Assertion::parse(u"is-json"), *Assertion::parse(u"contains:42")};
        e.cases[1].assertions = {*Assertion::parse(u"regex:\"answer\":\\s*4\\d"), *Assertion::parse(u"max-cost:1")};
        e.cases[2].assertions = {*Assertion::parse(u"icontains:ANSWER"), *Assertion::parse(u"max-latency-ms:60000")};
        e.cases[3].assertions = {*Assertion::parse(u"contains:43"), *Assertion::parse(u"max-cost:0.000000000001")};
        ExperimentRunner runner(m_executor.get(), m_store.get());
        QSignalSpy finished(&runner, &ExperimentRunner::finished);
        QVERIFY(runner.start(e, QStringLiteral("asserts")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        const QList<CellResult> cells = m_store->loadCells(QStringLiteral("asserts"));
        QCOMPARE(cells.size(), 4);
        QVERIFY(cells[0].passed());
        QVERIFY(cells[1].passed());
        QVERIFY(cells[2].passed());
        QVERIFY(!cells[3].passed());
        QCOMPARE(cells[3].failedAssertions(), 2);
        QCOMPARE(runner.progress().assertionFailures, 1);
    }

    void blindModeHidesIdentitiesUntilTheVote()
    {
        const QList<Target> targets{serverTarget(QStringLiteral("fast"), QStringLiteral("openai"), m_server->baseUrl()),
                                    serverTarget(QStringLiteral("reasoning"), QStringLiteral("anthropic"), m_server->baseUrl())};
        ExperimentRunner runner(m_executor.get(), m_store.get());
        QSignalSpy finished(&runner, &ExperimentRunner::finished);
        QVERIFY(runner.start(makeExperiment(6, targets, 1), QStringLiteral("blind")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QRandomGenerator rng(2024);
        RatingTable byTarget;
        RatingTable byTier;
        int fastOnLeft = 0;
        for (int c = 0; c < 6; ++c) {
            BlindPair pair(runner.cell({c, 0, 0}), runner.cell({c, 1, 0}), rng);
            QVERIFY(!pair.textA().isEmpty());
            QVERIFY(!pair.revealA() && !pair.revealB() && !pair.targetVote()); // hidden
            pair.vote(Preference::A);
            QVERIFY(pair.isRevealed());
            const CellResult a = *pair.revealA();
            QCOMPARE(a.outcome.text, pair.textA());
            fastOnLeft += a.targetId == u"fast" ? 1 : 0;
            byTarget.add(*pair.targetVote());
            byTier.add(*pair.tierVote());
        }
        QVERIFY(fastOnLeft > 0 && fastOnLeft < 6); // sides were shuffled (seeded: deterministic)
        // A always won, so whichever target sat on the left more often leads.
        const QString leader = fastOnLeft > 3 ? QStringLiteral("fast") : QStringLiteral("reasoning");
        if (fastOnLeft != 3)
            QCOMPARE(byTarget.rows().first().name, leader);
        QCOMPARE(byTier.rows().size(), 2);
    }

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    std::unique_ptr<FakeProviderServer> m_server;
    std::unique_ptr<SqlCellStore> m_store;
    std::unique_ptr<ProviderClient> m_client;
    std::unique_ptr<ProviderCellExecutor> m_executor;
};

QTEST_GUILESS_MAIN(TestExperimentProvider)
#include "tst_experiment_provider.moc"
