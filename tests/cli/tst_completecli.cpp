// `tierctl complete` as a user runs it: a child process pointed at the fake server through
// OPENAI_BASE_URL / ANTHROPIC_BASE_URL, plus the proof that an API key from the environment
// reaches no output and no file.
#include "fakeproviderserver.h"
#include "money/cost.h"
#include "store/database.h"
#include "store/runstore.h"
#include "tierctlrun.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kReply = QStringLiteral("Tiers keep agents portable across clusters.");
const QByteArray kCanaryKey = "sk-canary-7f3a9c-test-key-not-real";

} // namespace

class TestCompleteCli final : public QObject
{
    Q_OBJECT

private:
    QProcessEnvironment baseEnvironment() const
    {
        QProcessEnvironment env = hermeticEnvironment(m_home.path());
        env.insert(QStringLiteral("OPENAI_BASE_URL"), m_server.baseUrl().toString() + QStringLiteral("/v1"));
        env.insert(QStringLiteral("ANTHROPIC_BASE_URL"), m_server.baseUrl().toString());
        return env;
    }

    /// Runs tierctl without blocking the event loop (the fake server lives in this process).
    TierctlRun tierctl(const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinData = {})
    {
        return runTierctl(QStringList{QStringLiteral("complete")} + args,
                          {.environment = env, .stdinData = stdinData, .timeoutMs = 30000,
                           .workingDirectory = m_home.path()});
    }

    QString writeConfig()
    {
        const QString path = m_home.filePath(QStringLiteral("tiers.yaml"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("apiVersion: core.infraagent.io/v1alpha1\n"
                "kind: ModelTierConfig\n"
                "metadata:\n  name: default\n"
                "spec:\n"
                "  defaultAuth:\n    type: apiKey\n    secretRef: llm-api-key\n    secretKey: api-key\n"
                "  tiers:\n"
                "    - tier: fast\n      provider: openai\n      model: fake-small\n      maxTokens: 4096\n"
                "      costPerMillionInput: \"0.15\"\n      costPerMillionOutput: \"0.60\"\n"
                "    - tier: standard\n      provider: anthropic\n      model: fake-large\n      maxTokens: 8192\n"
                "      costPerMillionInput: \"3.00\"\n      costPerMillionOutput: \"15.00\"\n"
                "    - tier: reasoning\n      provider: anthropic\n      model: fake-huge\n      maxTokens: 16384\n"
                "      costPerMillionInput: \"15.00\"\n      costPerMillionOutput: \"75.00\"\n");
        return path;
    }

    FakeProviderServer m_server;
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        QVERIFY(m_home.isValid());
        QVERIFY(QFile::exists(tierctlPath()));
    }
    void init()
    {
        m_server.clearRequests();
        m_server.setReplyText(kReply);
        m_server.setRequiredApiKey({});
    }

    void streamsThroughOpenAiBaseUrl()
    {
        QProcessEnvironment env = baseEnvironment();
        env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("test-key-not-real"));
        const TierctlRun r = tierctl({QStringLiteral("--target"), QStringLiteral("openai:fake-small"), QStringLiteral("Why tiers?")}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, kReply.toUtf8() + '\n');
        QVERIFY2(r.err.contains("openai:fake-small") && r.err.contains("output 6"), r.err.constData());
        QCOMPARE(m_server.lastRequest().path, QStringLiteral("/v1/chat/completions"));
        QCOMPARE(m_server.lastRequest().header("authorization"), QByteArray("Bearer test-key-not-real"));
    }

    void recordsTheCallInTheRunStore()
    {
        QProcessEnvironment env = baseEnvironment();
        env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("test-key-not-real"));
        const QString dbPath = m_home.filePath(QStringLiteral("runs.sqlite"));
        const TierctlRun r = tierctl({QStringLiteral("--config"), writeConfig(), QStringLiteral("--tier"), QStringLiteral("standard"),
                               QStringLiteral("--db"), dbPath, QStringLiteral("--json"), QStringLiteral("Why tiers?")}, env);
        QCOMPARE(r.exitCode, 0);
        const Database db = Database::fromLocation(dbPath);
        QString error;
        QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT source, provider, model, tier, output_tokens, cost, response_text FROM runs")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("complete"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("anthropic"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("fake-large"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("standard"));
        QCOMPARE(q.value(4).toLongLong(), 6);
        QCOMPARE(q.value(5).toString(), r.json().value(QStringLiteral("costExact")).toString());
        QCOMPARE(q.value(6).toString(), kReply);
        QVERIFY(!q.next());

        const TierctlRun skipped = tierctl({QStringLiteral("--config"), writeConfig(), QStringLiteral("--tier"), QStringLiteral("standard"),
                                     QStringLiteral("--db"), dbPath, QStringLiteral("--no-record"), QStringLiteral("Again")}, env);
        QCOMPARE(skipped.exitCode, 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM runs")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void jsonThroughAnthropicBaseUrlWithTierPrices()
    {
        QProcessEnvironment env = baseEnvironment();
        env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("test-key-not-real"));
        const TierctlRun r = tierctl({QStringLiteral("--config"), writeConfig(), QStringLiteral("--tier"), QStringLiteral("standard"),
                               QStringLiteral("--json"), QStringLiteral("Why tiers?")}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 1); // one JSON object only
        const QJsonObject o = r.json();
        for (const char *key : {"text", "provider", "model", "tier", "inputTokens", "outputTokens", "cachedInputTokens",
                                "ttftMs", "totalMs", "cost", "costExact", "finishReason", "error"})
            QVERIFY2(o.contains(QLatin1StringView(key)), key);
        QCOMPARE(o.value(QStringLiteral("text")).toString(), kReply);
        QCOMPARE(o.value(QStringLiteral("provider")).toString(), QStringLiteral("anthropic"));
        QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("fake-large"));
        QCOMPARE(o.value(QStringLiteral("tier")).toString(), QStringLiteral("standard"));
        QCOMPARE(o.value(QStringLiteral("outputTokens")).toInt(), 6);
        QCOMPARE(o.value(QStringLiteral("finishReason")).toString(), QStringLiteral("end_turn"));
        QVERIFY(o.value(QStringLiteral("error")).isNull());
        const qint64 in = o.value(QStringLiteral("inputTokens")).toInteger();
        const Decimal exact = (Decimal::fromInt(3) * in + Decimal::fromInt(15) * 6).divPow10(6);
        QCOMPARE(o.value(QStringLiteral("costExact")).toString(), exact.toString());
        QCOMPARE(o.value(QStringLiteral("cost")).toString(), Cost::format(exact));
        QCOMPARE(m_server.lastRequest().path, QStringLiteral("/v1/messages"));
        QCOMPARE(m_server.lastRequest().json().value(QStringLiteral("max_tokens")).toInt(), 8192);
    }

    void ollamaThroughOllamaHost()
    {
        QProcessEnvironment env = baseEnvironment();
        env.insert(QStringLiteral("OLLAMA_HOST"), QStringLiteral("127.0.0.1:%1").arg(m_server.port())); // no scheme, as Ollama allows
        const TierctlRun r = tierctl({QStringLiteral("--target"), QStringLiteral("ollama:fake-small"), QStringLiteral("--json"),
                               QStringLiteral("hi")}, env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("text")).toString(), kReply);
        QCOMPARE(r.json().value(QStringLiteral("outputTokens")).toInt(), 6);
        QCOMPARE(m_server.lastRequest().path, QStringLiteral("/api/chat"));
        QVERIFY(!m_server.lastRequest().hasHeader("authorization"));
    }

    void noStreamMaxTokensAndStdin()
    {
        QProcessEnvironment env = baseEnvironment();
        env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("test-key-not-real"));
        const TierctlRun r = tierctl({QStringLiteral("--target"), QStringLiteral("vllm:fake-small"), QStringLiteral("--no-stream"),
                               QStringLiteral("--max-tokens"), QStringLiteral("2"), QStringLiteral("--json"), QStringLiteral("-")},
                              env, "prompt from stdin");
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("text")).toString(), QStringLiteral("Tiers keep "));
        QCOMPARE(r.json().value(QStringLiteral("finishReason")).toString(), QStringLiteral("length"));
        QVERIFY(r.json().value(QStringLiteral("cost")).isNull()); // no prices for a bare target
        const QJsonObject sent = m_server.lastRequest().json();
        QCOMPARE(sent.value(QStringLiteral("stream")).toBool(true), false);
        QCOMPARE(sent.value(QStringLiteral("max_tokens")).toInt(), 2);
        QVERIFY(m_server.lastRequest().body.contains("prompt from stdin"));
    }

    void missingKeySaysWhatToDo()
    {
        const TierctlRun r = tierctl({QStringLiteral("--config"), writeConfig(), QStringLiteral("--tier"), QStringLiteral("standard"),
                               QStringLiteral("Why tiers?")}, baseEnvironment());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("ANTHROPIC_API_KEY") && r.err.contains("llm-api-key/api-key")
                     && r.err.contains("LLM_API_KEY_API_KEY"), r.err.constData());
        QCOMPARE(m_server.requestCount(), 0);
    }

    void providerErrorIsJsonAndExitOne()
    {
        m_server.setFault(FakeProviderServer::Fault::SpendCap);
        QProcessEnvironment env = baseEnvironment();
        env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("test-key-not-real"));
        const TierctlRun r = tierctl({QStringLiteral("--target"), QStringLiteral("openai:fake-small"), QStringLiteral("--json"),
                               QStringLiteral("hi")}, env);
        QCOMPARE(r.exitCode, 1);
        const QJsonObject error = r.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("class")).toString(), QStringLiteral("spend_cap"));
        QCOMPARE(error.value(QStringLiteral("httpStatus")).toInt(), 429);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(m_server.requestCount(), 1); // never retried
    }

    void simulatedNeedsNoKey()
    {
        const TierctlRun r = tierctl({QStringLiteral("--target"), QStringLiteral("simulated:demo-small"), QStringLiteral("hello")},
                              baseEnvironment());
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!r.out.trimmed().isEmpty());
        QVERIFY2(r.err.contains("SIMULATED"), r.err.constData());
        QCOMPARE(m_server.requestCount(), 0);
    }

    void sigtermCancelsAndKeepsPartialText()
    {
        m_server.setChunkDelay(500); // the whole stream would take about 4.5 s
        QProcessEnvironment env = baseEnvironment();
        env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("test-key-not-real"));
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(tierctlPath(),
                      {QStringLiteral("complete"), QStringLiteral("--target"), QStringLiteral("openai:fake-small"),
                       QStringLiteral("--json"), QStringLiteral("hi")});
        QVERIFY(process.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount() == 1, 10000);
        QTest::qWait(500); // let a couple of pieces arrive (not a timing assert: any split works)
        process.terminate(); // SIGTERM
        QVERIFY(finished.wait(10000));
        m_server.setChunkDelay(0);
        QCOMPARE(process.exitStatus(), QProcess::NormalExit); // handled, not killed by the signal
        QCOMPARE(process.exitCode(), 1);
        const QJsonObject o = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("class")).toString(),
                 QStringLiteral("cancelled"));
        QVERIFY(o.value(QStringLiteral("text")).toString().size() < kReply.size());
        QTRY_COMPARE(m_server.abortedStreams(), 1);
    }

    void routeFallsBackAndReportsTheDecision()
    {
        QProcessEnvironment env = baseEnvironment();
        env.insert(QStringLiteral("LLM_API_KEY_API_KEY"), QStringLiteral("test-key-not-real"));
        for (int i = 0; i < 3; ++i) // the client's two retries and the first try on the heavy tier
            m_server.queueFault(FakeProviderServer::Fault::Unavailable);
        const QString dbPath = m_home.filePath(QStringLiteral("routed.sqlite"));
        const TierctlRun r = tierctl({QStringLiteral("--config"), writeConfig(), QStringLiteral("--route"),
                               QStringLiteral("--task-type"), QStringLiteral("security_analysis"),
                               QStringLiteral("--capability"), QStringLiteral("security_analysis"),
                               QStringLiteral("--context-tokens"), QStringLiteral("2048"), QStringLiteral("--tenant"),
                               QStringLiteral("team-a"), QStringLiteral("--db"), dbPath, QStringLiteral("--json"),
                               QStringLiteral("Analyze the security implications of mutual TLS.")}, env);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = r.json();
        const QJsonObject decision = o.value(u"decision").toObject();
        QCOMPARE(decision.value(u"tier").toString(), QStringLiteral("reasoning"));
        QCOMPARE(decision.value(u"rule").toString(), QStringLiteral("task-type-override"));
        QCOMPARE(o.value(u"tier").toString(), QStringLiteral("standard"));
        QCOMPARE(o.value(u"model").toString(), QStringLiteral("fake-large"));
        const QJsonArray hops = o.value(u"hops").toArray();
        QCOMPARE(hops.size(), 1);
        QCOMPARE(hops[0].toObject().value(u"tier").toString(), QStringLiteral("reasoning"));
        QCOMPARE(hops[0].toObject().value(u"errorClass").toString(), QStringLiteral("server"));
        const Database db = Database::fromLocation(dbPath);
        QVERIFY(db.openAndMigrate());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(CASE WHEN error_class IS NULL THEN 0 ELSE 1 END) FROM runs"
                                      " WHERE tenant = 'team-a' AND source = 'complete'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(q.value(1).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("SELECT tier, tenant, capabilities FROM routing_decisions")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("standard"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("security_analysis"));
        QVERIFY(q.exec(QStringLiteral("SELECT tokens FROM budget_usage WHERE tenant = 'team-a' AND period = 'day'")) && q.next());
        QVERIFY(q.value(0).toLongLong() > 0);
        db.closeThreadConnection();

        // Without --json the decision and the hop go to stderr.
        m_server.queueFault(FakeProviderServer::Fault::Unavailable);
        m_server.queueFault(FakeProviderServer::Fault::Unavailable);
        m_server.queueFault(FakeProviderServer::Fault::Unavailable);
        const TierctlRun text = tierctl({QStringLiteral("--config"), writeConfig(), QStringLiteral("--route"),
                                  QStringLiteral("--task-type"), QStringLiteral("security_analysis"), QStringLiteral("--no-record"),
                                  QStringLiteral("Analyze the security implications of mutual TLS.")}, env);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.err.contains("route: score") && text.err.contains("tier reasoning (task-type-override)"), text.err.constData());
        QVERIFY2(text.err.contains("hop: failed anthropic:fake-huge server"), text.err.constData());
        QVERIFY2(text.err.contains("anthropic:fake-large (tier standard)"), text.err.constData());
    }

    void budgetRefusesAndAlertsOnStderr()
    {
        QProcessEnvironment env = baseEnvironment();
        env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("test-key-not-real"));
        env.insert(QStringLiteral("TOKEN_BUDGET_DAILY"), QStringLiteral("100"));
        const QString dbPath = m_home.filePath(QStringLiteral("budget.sqlite"));
        const QStringList call{QStringLiteral("--config"), writeConfig(), QStringLiteral("--tier"), QStringLiteral("fast"),
                               QStringLiteral("--max-tokens"), QStringLiteral("1"), QStringLiteral("--db"), dbPath,
                               QStringLiteral("Why tiers?")};
        // Each call estimates 3 + 1 tokens, so usage climbs past 80% and 95% before a refusal.
        QList<TierctlRun> runs;
        for (int i = 0; i < 60 && (runs.isEmpty() || runs.constLast().exitCode == 0); ++i)
            runs << tierctl(call, env);
        const TierctlRun &refused = runs.constLast();
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("daily token budget of tenant 'default'"), refused.err.constData());
        QVERIFY2(refused.err.contains("left") && refused.err.contains("resets at"), refused.err.constData());
        QByteArray allErr;
        for (const TierctlRun &r : std::as_const(runs))
            allErr += r.err;
        QCOMPARE(allErr.count("has used 80% of its daily token budget"), 1);
        QCOMPARE(allErr.count("has used 95% of its daily token budget"), 1);
        QCOMPARE(m_server.requestCount(), runs.size() - 1); // the refused call sent nothing
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no target") << QStringList{QStringLiteral("hi")};
        QTest::newRow("both") << QStringList{QStringLiteral("--tier"), QStringLiteral("fast"), QStringLiteral("--target"),
                                             QStringLiteral("openai:x"), QStringLiteral("hi")};
        QTest::newRow("tier without config") << QStringList{QStringLiteral("--tier"), QStringLiteral("fast"), QStringLiteral("hi")};
        QTest::newRow("bad target") << QStringList{QStringLiteral("--target"), QStringLiteral("openai"), QStringLiteral("hi")};
        QTest::newRow("no prompt") << QStringList{QStringLiteral("--target"), QStringLiteral("openai:x")};
        QTest::newRow("bad max tokens") << QStringList{QStringLiteral("--target"), QStringLiteral("openai:x"),
                                                       QStringLiteral("--max-tokens"), QStringLiteral("-3"), QStringLiteral("hi")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const TierctlRun r = tierctl(args, baseEnvironment());
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(m_server.requestCount(), 0);
    }

    void keyFromEnvironmentLeaksNowhere()
    {
        QProcessEnvironment env = baseEnvironment();
        env.insert(QStringLiteral("OPENAI_API_KEY"), QString::fromLatin1(kCanaryKey));
        env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QString::fromLatin1(kCanaryKey));
        env.insert(QStringLiteral("LLM_API_KEY_API_KEY"), QString::fromLatin1(kCanaryKey));
        const QString config = writeConfig();
        QList<TierctlRun> runs;
        runs << tierctl({QStringLiteral("--target"), QStringLiteral("openai:fake-small"), QStringLiteral("hi")}, env);
        runs << tierctl({QStringLiteral("--config"), config, QStringLiteral("--tier"), QStringLiteral("standard"),
                         QStringLiteral("--json"), QStringLiteral("hi")}, env);
        // A server that echoes the key back in its error message must not make it leak either.
        m_server.setCannedResponse("POST", QStringLiteral("/v1/chat/completions"), 401, {{"Content-Type", "application/json"}},
                                   "{\"error\":{\"message\":\"Incorrect API key provided: " + kCanaryKey + "\",\"code\":\"invalid_api_key\"}}");
        runs << tierctl({QStringLiteral("--target"), QStringLiteral("openai:fake-small"), QStringLiteral("hi")}, env);
        runs << tierctl({QStringLiteral("--target"), QStringLiteral("openai:fake-small"), QStringLiteral("--json"), QStringLiteral("hi")}, env);
        m_server.removeCannedResponse("POST", QStringLiteral("/v1/chat/completions"));

        // the key really was used: the server saw it on every call
        QCOMPARE(m_server.requestCount(), 4);
        for (const FakeRequest &req : m_server.requests())
            QVERIFY(req.header("authorization").contains(kCanaryKey) || req.header("x-api-key") == kCanaryKey);
        QCOMPARE(runs.at(0).exitCode, 0);
        QCOMPARE(runs.at(1).exitCode, 0);
        QCOMPARE(runs.at(2).exitCode, 1);
        QCOMPARE(runs.at(3).exitCode, 1);
        for (const TierctlRun &r : std::as_const(runs)) {
            QVERIFY2(!r.out.contains(kCanaryKey), r.out.constData());
            QVERIFY2(!r.err.contains(kCanaryKey), r.err.constData());
        }
        QVERIFY(runs.at(3).out.contains("[redacted]"));
        int files = 0;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(kCanaryKey), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files >= 1); // at least the config we wrote was scanned
    }
};

QTEST_MAIN(TestCompleteCli)
#include "tst_completecli.moc"
