// `tierctl compare` as a user runs it: a child process against the fake provider server.
// Includes kill -9 in the middle of a run and --resume afterwards.
#include "experiments/sqlcellstore.h"
#include "fakeproviderserver.h"
#include "tierctlrun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString userPrompt(const FakeRequest &r)
{
    const QJsonArray messages = r.json().value(QStringLiteral("messages")).toArray();
    for (const QJsonValue &m : messages) {
        const QJsonObject o = m.toObject();
        if (o.value(QStringLiteral("role")).toString() != u"user")
            continue;
        const QJsonValue content = o.value(QStringLiteral("content"));
        if (content.isString())
            return content.toString();
        return content.toArray().first().toObject().value(QStringLiteral("text")).toString();
    }
    return {};
}

} // namespace

class TestCompareCli : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(tierctlPath()), "build tierctl first");
        QVERIFY(m_server.start());
        QVERIFY(m_dir.isValid());
        const QString base = m_server.baseUrl().toString();
        const QString yaml = QStringLiteral(
            "apiVersion: core.infraagent.io/v1alpha1\n"
            "kind: ModelTierConfig\n"
            "metadata:\n  name: fake\n"
            "spec:\n"
            "  defaultAuth:\n    type: apiKey\n    secretRef: llm-api-key\n"
            "  tiers:\n"
            "    - tier: fast\n      provider: openai\n      model: small-model\n"
            "      endpoint: %1/v1\n      costPerMillionInput: \"0.15\"\n      costPerMillionOutput: \"0.60\"\n"
            "    - tier: standard\n      provider: anthropic\n      model: mid-model\n"
            "      endpoint: %1\n      costPerMillionInput: \"3.00\"\n      costPerMillionOutput: \"15.00\"\n"
            "    - tier: reasoning\n      provider: openai\n      model: big-model\n"
            "      endpoint: %1/v1\n      costPerMillionInput: \"15.00\"\n      costPerMillionOutput: \"75.00\"\n").arg(base);
        m_config = write(QStringLiteral("tiers.yaml"), yaml);
    }

    void init() { m_server.clearRequests(); m_server.setTotalLatency(0); }

    void jsonlOutputHasEveryFieldAndAssertionFailuresDoNotFail()
    {
        const QString prompts = write(QStringLiteral("p.jsonl"),
            QStringLiteral("{\"prompt\": \"Hello\", \"assert\": [\"contains:this will not be there\"]}\n"
                           "{\"prompt\": \"Compare the security architecture of two designs and explain why\"}\n"));
        const auto [rc, out, err] = run({QStringLiteral("--config"), m_config, QStringLiteral("--targets"),
                                         QStringLiteral("fast,reasoning,router"), QStringLiteral("--prompts"), prompts,
                                         QStringLiteral("--format"), QStringLiteral("jsonl"), QStringLiteral("--db"),
                                         m_dir.filePath(QStringLiteral("a.db"))});
        QVERIFY2(rc == 0, err.constData());
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), 6);
        int routerRows = 0;
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            for (const char *f : {"run", "case", "target", "repeat", "tier", "provider", "model", "text",
                                  "inputTokens", "outputTokens", "ttftMs", "totalMs", "cost", "error", "assertions"})
                QVERIFY2(o.contains(QLatin1StringView(f)), f);
            QVERIFY(o.value(QStringLiteral("error")).isNull());
            if (o.value(QStringLiteral("target")).toString() == u"router") {
                ++routerRows;
                QVERIFY(o.value(QStringLiteral("decision")).toObject().contains(QStringLiteral("class")));
            } else {
                QVERIFY(!o.contains(QStringLiteral("decision")));
            }
        }
        QCOMPARE(routerRows, 2);
        QVERIFY2(err.contains("3 cells failed assertions"), err.constData());
        QCOMPARE(m_server.requestCount(), 6);
    }

    void csvInputWithTemplateAndTableOutput()
    {
        const QString prompts = write(QStringLiteral("c.csv"),
            QStringLiteral("city,__expected\n\"Paris, France\",icontains:a\nRome,max-latency-ms:60000\n"));
        const auto [rc, out, err] = run({QStringLiteral("--config"), m_config, QStringLiteral("--targets"),
                                         QStringLiteral("fast,openai:big-model"), QStringLiteral("--prompts"), prompts,
                                         QStringLiteral("--template"), QStringLiteral("What is the capital near {{city}}?"),
                                         QStringLiteral("--repeat"), QStringLiteral("2"), QStringLiteral("--db"),
                                         m_dir.filePath(QStringLiteral("b.db"))});
        QVERIFY2(rc == 0, err.constData());
        QCOMPARE(out.trimmed().split('\n').size(), 1 + 8);
        QCOMPARE(m_server.requestCount(), 8);
        QVERIFY(userPrompt(m_server.requests().first()).startsWith(QStringLiteral("What is the capital near ")));
        QVERIFY(err.contains("0 cells failed assertions"));
    }

    void cellsThatFailToStoreFailTheCommand()
    {
        // Issue 12: a cell whose write failed was lost and the command still exited 0.
        const QString dbPath = m_dir.filePath(QStringLiteral("full.db"));
        {
            SqlCellStore store;
            QString error;
            QVERIFY2(store.open(Database::fromLocation(dbPath), &error), qPrintable(error));
            QSqlQuery q(store.database().connection());
            QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER full_disk BEFORE INSERT ON experiment_cells "
                                          "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END")));
            store.database().closeThreadConnection();
        }
        const QString prompts = write(QStringLiteral("s.txt"), QStringLiteral("one\ntwo\n"));
        const auto [rc, out, err] = run({QStringLiteral("--config"), m_config, QStringLiteral("--targets"),
                                         QStringLiteral("fast"), QStringLiteral("--prompts"), prompts,
                                         QStringLiteral("--db"), dbPath, QStringLiteral("--format"), QStringLiteral("jsonl")});
        QCOMPARE(rc, 1);
        QVERIFY2(err.contains("disk is full"), err.constData());
        QVERIFY2(err.contains("2 write(s)"), err.constData());
        QCOMPARE(out.trimmed().split('\n').size(), 2); // the results are still printed
    }

    void failedCellsAreRetriedOnTheirOwn()
    {
        // A final failure (a 5xx is backed off and run again by the runner).
        m_server.queueFault(FakeProviderServer::Fault::InvalidRequest);
        const QString prompts = write(QStringLiteral("r.txt"), QStringLiteral("one\ntwo\nthree\n"));
        const QStringList args{QStringLiteral("--config"), m_config, QStringLiteral("--targets"), QStringLiteral("fast"),
                               QStringLiteral("--prompts"), prompts, QStringLiteral("--concurrency"), QStringLiteral("1"),
                               QStringLiteral("--db"), m_dir.filePath(QStringLiteral("r.db")),
                               QStringLiteral("--format"), QStringLiteral("jsonl")};
        const auto [rc, out, err] = run(args);
        QCOMPARE(rc, 0); // completed; the failed call is reported, not fatal
        QVERIFY2(err.contains("1 failed calls"), err.constData());
        QCOMPARE(m_server.requestCount(), 3);
        QString failedPrompt;
        QString runId;
        for (const QByteArray &line : out.trimmed().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            runId = o.value(QStringLiteral("run")).toString();
            if (!o.value(QStringLiteral("error")).isNull()) {
                QCOMPARE(o.value(QStringLiteral("error")).toObject().value(QStringLiteral("class")).toString(), QStringLiteral("invalid_request"));
                failedPrompt = o.value(QStringLiteral("prompt")).toString();
            }
        }
        QCOMPARE(failedPrompt, QStringLiteral("one"));
        // a plain resume keeps the failed cell; --retry-failed runs it, and only it, again
        const auto [rc2, out2, err2] = run(args + QStringList{QStringLiteral("--resume"), runId});
        QCOMPARE(rc2, 0);
        QCOMPARE(m_server.requestCount(), 3);
        const auto [rc3, out3, err3] = run(args + QStringList{QStringLiteral("--resume"), runId, QStringLiteral("--retry-failed")});
        QCOMPARE(rc3, 0);
        QCOMPARE(m_server.requestCount(), 4);
        QCOMPARE(userPrompt(m_server.lastRequest()), failedPrompt);
        QVERIFY2(err3.contains("3 ok, 0 failed calls"), err3.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("vars without template") << QStringList{QStringLiteral("--targets"), QStringLiteral("fast")} << QByteArray("--template");
        QTest::newRow("unknown tier") << QStringList{QStringLiteral("--targets"), QStringLiteral("turbo")} << QByteArray("turbo");
    }
    void usageErrors()
    {
        QFETCH(QStringList, extra);
        QFETCH(QByteArray, message);
        const QString prompts = write(QStringLiteral("v.jsonl"), QStringLiteral("{\"vars\": {\"city\": \"Oslo\"}}\n"));
        const auto [rc, out, err] = run(QStringList{QStringLiteral("--config"), m_config, QStringLiteral("--prompts"), prompts,
                                                    QStringLiteral("--db"), m_dir.filePath(QStringLiteral("u.db"))} + extra);
        QCOMPARE(rc, 2);
        QVERIFY2(err.contains(message), err.constData());
        QCOMPARE(m_server.requestCount(), 0);
    }

    void killDashNineThenResumeRerunsNothingCompleted()
    {
        m_server.setTotalLatency(120);
        QString lines;
        for (int i = 1; i <= 12; ++i)
            lines += QStringLiteral("Prompt number %1\n").arg(i);
        const QString prompts = write(QStringLiteral("k.txt"), lines);
        const QString db = m_dir.filePath(QStringLiteral("kill.db"));
        const QStringList args{QStringLiteral("compare"), QStringLiteral("--config"), m_config, QStringLiteral("--targets"),
                               QStringLiteral("fast,standard"), QStringLiteral("--prompts"), prompts,
                               QStringLiteral("--concurrency"), QStringLiteral("2"), QStringLiteral("--db"), db};
        QProcess child;
        child.setProcessEnvironment(environment());
        child.start(tierctlPath(), args);
        QVERIFY(child.waitForStarted());
        QByteArray childErr;
        QTRY_VERIFY_WITH_TIMEOUT((childErr += child.readAllStandardError()).contains(": run "), 10000);
        SqlCellStore store;
        QString error;
        QVERIFY2(store.open(Database::fromLocation(db), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(store.listRuns().size(), 1, 5000);
        const QString runId = store.listRuns().first().runId;
        QTRY_VERIFY_WITH_TIMEOUT(store.loadCells(runId).size() >= 5, 20000);
        child.kill(); // SIGKILL: no chance to clean up
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QTest::qWait(200); // let the server notice the dropped connections
        const QList<CellResult> completed = store.loadCells(runId);
        QVERIFY2(completed.size() < 24, "the run finished before it was killed");
        QSet<QString> done; // "model|prompt" of every completed cell
        for (const CellResult &c : completed) {
            QCOMPARE(c.state, CellState::Succeeded);
            done.insert(c.outcome.model + u'|' + c.prompt);
        }
        const int before = m_server.requestCount();

        const auto [rc, out, err] = run(args.mid(1) + QStringList{QStringLiteral("--resume"), runId,
                                                                 QStringLiteral("--format"), QStringLiteral("jsonl")});
        QVERIFY2(rc == 0, err.constData());
        const QList<FakeRequest> requests = m_server.requests().mid(before);
        QCOMPARE(requests.size(), 24 - completed.size());
        for (const FakeRequest &r : requests) {
            const QString key = r.json().value(QStringLiteral("model")).toString() + u'|' + userPrompt(r);
            QVERIFY2(!done.contains(key), qPrintable(QStringLiteral("re-ran a completed cell: ") + key));
        }
        QCOMPARE(out.trimmed().split('\n').size(), 24);
        const QList<CellResult> all = store.loadCells(runId);
        QCOMPARE(all.size(), 24);
        for (const CellResult &c : all)
            QCOMPARE(c.state, CellState::Succeeded);
        QCOMPARE(store.findRun(runId)->status, QStringLiteral("completed"));
    }

private:
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TIERBENCH_NO_KEYCHAIN"), QStringLiteral("1"));
        env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("test-key-not-real"));
        env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("test-key-not-real"));
        return env;
    }

    /// Runs `tierctl compare ARGS` while this process's event loop keeps serving the fake server.
    TierctlRun run(const QStringList &args)
    {
        return runTierctl(QStringList{QStringLiteral("compare")} + args, {.environment = environment()});
    }

    QString write(const QString &name, const QString &text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(text.toUtf8());
        return path;
    }

    FakeProviderServer m_server;
    QTemporaryDir m_dir;
    QString m_config;
};

QTEST_GUILESS_MAIN(TestCompareCli)
#include "tst_compare_cli.moc"
