// CallImport: TierBench JSONL and LiteLLM spend logs (JSON lines and CSV) from the hand-made
// fixtures in tests/fixtures/calls: mapping, bad rows by line, re-import, unknown values,
// whole batches and cancel.
#include "testbackend.h"
#include "config/configcodec.h"
#include "store/callimport.h"
#include "store/dashboard.h"
#include "store/database.h"
#include "store/runstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCallImport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tierBenchFile();
    void liteLlmJsonl();
    void liteLlmCsv();
    void reimportAddsNothing_data();
    void reimportAddsNothing();
    void sniffing_data();
    void sniffing();
    void csvHeaderMustNameColumns();
    void csvAcrossChunks();
    void cancelKeepsWholeBatches();
    void errorClasses_data();
    void errorClasses();

private:
    CallImportReport import(const char *fixture, CallFormat format = CallFormat::Auto, bool withConfig = true);
    RunRecord stored(const QString &id);
    QList<qint64> badLines(const CallImportReport &report);

    QTemporaryDir m_dir;
    Database m_database;
    TierConfig m_config;
    int m_counter = 0;
};

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(TIERBENCH_SOURCE_DIR "/tests/fixtures/calls/") + QLatin1StringView(name);
}

const QDateTime kNoon(QDate(2026, 11, 30), QTime(12, 0), Qt::UTC);

} // namespace

void TestCallImport::initTestCase()
{
    TIERBENCH_REQUIRE_BACKEND(TestBackend::selected());
    const TierConfigLoad load = ConfigCodec::loadTierConfig(fixture("tiers.yaml"));
    QVERIFY2(load.config, qPrintable(load.error));
    m_config = *load.config;
    QCOMPARE(m_config.name, QStringLiteral("prod"));
}

void TestCallImport::init()
{
    m_database = TestBackend::fresh(m_dir.filePath(QStringLiteral("i%1.sqlite").arg(++m_counter)));
    QString error;
    QVERIFY2(m_database.openAndMigrate(&error), qPrintable(error));
}

void TestCallImport::cleanup()
{
    m_database.closeThreadConnection();
}

CallImportReport TestCallImport::import(const char *name, CallFormat format, bool withConfig)
{
    CallImportOptions options;
    options.format = format;
    if (withConfig)
        options.config = m_config;
    return CallImport::importFile(m_database, fixture(name), options);
}

RunRecord TestCallImport::stored(const QString &id)
{
    const std::optional<RunRecord> r = RunStore(m_database).run(id);
    if (!r)
        qWarning("no stored call %s", qPrintable(id));
    return r.value_or(RunRecord());
}

QList<qint64> TestCallImport::badLines(const CallImportReport &report)
{
    QList<qint64> lines;
    for (const CallImportLineError &e : report.bad)
        lines.append(e.line);
    return lines;
}

void TestCallImport::tierBenchFile()
{
    const CallImportReport report = import("tierbench.jsonl");
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.format, QStringLiteral("tierbench"));
    QCOMPARE(report.rows, 11); // the blank line is no row
    QCOMPARE(report.imported, 5);
    QCOMPARE(report.duplicates, 1); // tb-1 twice in the file
    QCOMPARE(badLines(report), (QList<qint64>{6, 7, 8, 9, 10}));
    QVERIFY(report.bad[0].message.contains(QStringLiteral("not JSON")));
    QVERIFY(report.bad[1].message.contains(QStringLiteral("'id'")));
    QVERIFY(report.bad[2].message.contains(QStringLiteral("yesterday")));
    QVERIFY(report.bad[3].message.contains(QStringLiteral("outputTokens")));
    QVERIFY(report.bad[4].message.contains(QStringLiteral("decimal string")));

    const RunRecord a = stored(QStringLiteral("tb-1"));
    QCOMPARE(a.createdAt, QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
    QCOMPARE(a.tier, QStringLiteral("fast"));
    QCOMPARE(a.tenant, QStringLiteral("team-a"));
    QCOMPARE(a.source, QStringLiteral("gateway"));
    QCOMPARE(a.config, QStringLiteral("prod"));
    QCOMPARE(a.cost->toString(), QStringLiteral("0.00036")); // given, not recomputed
    QCOMPARE(a.ttftMs, std::optional<qint64>(210));
    QCOMPARE(a.totalMs, std::optional<qint64>(812));

    const RunRecord b = stored(QStringLiteral("tb-2"));
    QCOMPARE(b.tier, QStringLiteral("standard"));  // from the config by provider + model
    QCOMPARE(b.cost->toString(), QStringLiteral("0.015")); // 2000 x 2.50 + 1000 x 10.00 per 1M
    QCOMPARE(b.source, QStringLiteral("import"));
    QCOMPARE(b.totalMs, std::optional<qint64>(2310));
    QVERIFY(!b.ttftMs);

    const RunRecord c = stored(QStringLiteral("tb-3"));
    QCOMPARE(c.createdAt, QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC)); // +01:00
    QCOMPARE(c.errorClass, QStringLiteral("rate_limited"));
    QVERIFY(!c.cost); // no tokens: nothing to price

    const RunRecord d = stored(QStringLiteral("tb-4"));
    QCOMPARE(d.tier, QStringLiteral("unassigned"));
    QVERIFY(!d.inputTokens);
    QVERIFY(!d.outputTokens);
    QVERIFY(!d.totalMs);
    QVERIFY(!d.cost);

    const RunRecord e = stored(QStringLiteral("tb-11"));
    QVERIFY(e.simulated);
    QCOMPARE(e.config, QStringLiteral("staging"));
    QCOMPARE(e.tier, QStringLiteral("reasoning"));

    // The dashboard sees them, unknown tokens staying out of the sums.
    DashboardFilter f;
    f.tiers = {QStringLiteral("unassigned")};
    const QList<DashboardGroup> g = DashboardQueries(m_database).aggregate(f, {}, std::nullopt);
    QCOMPARE(g.size(), 1);
    QCOMPARE(g[0].calls, 1);
    QVERIFY(!g[0].inputTokens);
    QCOMPARE(g[0].costedCalls, 0);
}

void TestCallImport::liteLlmJsonl()
{
    const CallImportReport report = import("litellm.jsonl");
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.format, QStringLiteral("litellm-jsonl"));
    QCOMPARE(report.imported, 5);
    QCOMPARE(badLines(report), (QList<qint64>{5, 6, 7}));

    const RunRecord a = stored(QStringLiteral("chatcmpl-a1"));
    QCOMPARE(a.provider, QStringLiteral("openai"));
    QCOMPARE(a.model, QStringLiteral("gpt-4o-mini"));
    QCOMPARE(a.tier, QStringLiteral("fast"));
    QCOMPARE(a.tenant, QStringLiteral("team-a"));
    QCOMPARE(a.createdAt, kNoon);
    QCOMPARE(a.totalMs, std::optional<qint64>(1500));
    QCOMPARE(a.ttftMs, std::optional<qint64>(350));
    QCOMPARE(a.inputTokens, std::optional<qint64>(400));
    QCOMPARE(a.outputTokens, std::optional<qint64>(50));
    QCOMPARE(a.cost->toString(), QStringLiteral("0.000123")); // the float, as the shortest exact decimal
    QCOMPARE(a.source, QStringLiteral("litellm"));
    QVERIFY(a.errorClass.isEmpty());

    const RunRecord b = stored(QStringLiteral("chatcmpl-a2"));
    QCOMPARE(b.provider, QStringLiteral("openai")); // from the model prefix
    QCOMPARE(b.model, QStringLiteral("gpt-4o"));
    QCOMPARE(b.tenant, QStringLiteral("bob"));    // no team: the user
    QCOMPARE(b.totalMs, std::optional<qint64>(2000));
    QVERIFY(!b.ttftMs); // completionStartTime == endTime: not streamed
    QCOMPARE(b.cost->toString(), QStringLiteral("0.0045")); // spend 0 on a success: priced from the config

    const RunRecord c = stored(QStringLiteral("chatcmpl-a3"));
    QCOMPARE(c.errorClass, QStringLiteral("rate_limited"));
    QVERIFY(c.errorMessage.contains(QStringLiteral("rate limited")));
    QCOMPARE(c.tenant, QStringLiteral("customer-9"));
    QCOMPARE(c.tier, QStringLiteral("reasoning"));
    QCOMPARE(c.cost->toString(), QStringLiteral("0")); // a failed call that cost nothing
    QCOMPARE(c.inputTokens, std::optional<qint64>(0));

    const RunRecord d = stored(QStringLiteral("chatcmpl-a4"));
    QCOMPARE(d.provider, QStringLiteral("ollama")); // from api_base
    QCOMPARE(d.tier, QStringLiteral("unassigned"));
    QVERIFY(!d.inputTokens); // 0/0 on a success: LiteLLM got no usage
    QVERIFY(!d.cost);

    QCOMPARE(stored(QStringLiteral("chatcmpl-a8")).errorClass, QStringLiteral("server"));
}

void TestCallImport::liteLlmCsv()
{
    const CallImportReport report = import("litellm.csv");
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.format, QStringLiteral("litellm-csv"));
    QCOMPARE(report.rows, 8);
    QCOMPARE(report.imported, 4);
    QCOMPARE(badLines(report), (QList<qint64>{6, 7, 9, 10})); // physical lines: record 3 spans 4-5
    QVERIFY(report.bad[1].message.contains(QStringLiteral("15 fields, the header has 18")));
    QVERIFY(report.bad[2].message.contains(QStringLiteral("prompt_tokens")));
    QVERIFY(report.bad[3].message.contains(QStringLiteral("quoted")));

    const RunRecord a = stored(QStringLiteral("chatcmpl-c1"));
    QCOMPARE(a.cost->toString(), QStringLiteral("0.000123"));
    QCOMPARE(a.ttftMs, std::optional<qint64>(350));
    QCOMPARE(a.tenant, QStringLiteral("team-a"));
    const RunRecord b = stored(QStringLiteral("chatcmpl-c2"));
    QCOMPARE(b.cost->toString(), QStringLiteral("0.0075")); // spend text, exact
    QCOMPARE(b.model, QStringLiteral("gpt-4o"));
    const RunRecord c = stored(QStringLiteral("chatcmpl-c3"));
    QCOMPARE(c.errorClass, QStringLiteral("rate_limited")); // from the two-line metadata
    const RunRecord d = stored(QStringLiteral("chatcmpl-c6"));
    QVERIFY(!d.cost);      // "None"
    QVERIFY(!d.totalMs);   // no endTime
    QVERIFY(!d.inputTokens);
}

void TestCallImport::reimportAddsNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("tierbench") << QStringLiteral("tierbench.jsonl");
    QTest::newRow("litellm jsonl") << QStringLiteral("litellm.jsonl");
    QTest::newRow("litellm csv") << QStringLiteral("litellm.csv");
}

void TestCallImport::reimportAddsNothing()
{
    QFETCH(QString, file);
    const QByteArray name = file.toLatin1();
    const CallImportReport first = import(name.constData());
    const QList<DashboardGroup> before = DashboardQueries(m_database).aggregate({}, {}, std::nullopt);
    const CallImportReport again = import(name.constData());
    QVERIFY(first.imported > 0);
    QCOMPARE(again.imported, 0);
    QCOMPARE(again.duplicates, first.imported + first.duplicates);
    QCOMPARE(again.bad.size(), first.bad.size());
    const QList<DashboardGroup> after = DashboardQueries(m_database).aggregate({}, {}, std::nullopt);
    QCOMPARE(after[0].calls, before[0].calls);
    QCOMPARE(after[0].cost, before[0].cost);
    QSqlQuery q(m_database.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM runs")) && q.next());
    QCOMPARE(q.value(0).toLongLong(), first.imported);
}

void TestCallImport::sniffing_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("expected"); // format name, or a piece of the error
    const QByteArray tb = R"({"id":"x","time":"2026-11-30T12:00:00Z","provider":"openai","model":"gpt-4o"})";
    const QByteArray ll = R"({"request_id":"x","startTime":"2026-11-30 12:00:00","model":"gpt-4o"})";
    const QByteArray csv = "request_id,startTime,model\nx,2026-11-30 12:00:00,gpt-4o\n";
    QTest::newRow("tierbench jsonl") << tb << QString() << int(CallFormat::Auto) << "tierbench";
    QTest::newRow("litellm jsonl") << ll << QStringLiteral("spend.jsonl") << int(CallFormat::Auto) << "litellm-jsonl";
    QTest::newRow("csv by content") << csv << QString() << int(CallFormat::Auto) << "litellm-csv";
    QTest::newRow("csv by name") << csv << QStringLiteral("x.CSV") << int(CallFormat::Auto) << "litellm-csv";
    QTest::newRow("litellm forced, json") << ll << QString() << int(CallFormat::LiteLlm) << "litellm-jsonl";
    QTest::newRow("litellm forced, csv") << csv << QString() << int(CallFormat::LiteLlm) << "litellm-csv";
    QTest::newRow("tierbench forced on csv") << csv << QString() << int(CallFormat::TierBench) << "looks like CSV";
    QTest::newRow("json array") << QByteArray("[" + ll + "]") << QString() << int(CallFormat::Auto) << "jq -c";
    QTest::newRow("neither") << QByteArray("hello\nworld\n") << QString() << int(CallFormat::Auto) << "--format";
}

void TestCallImport::sniffing()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, fileName);
    QFETCH(int, format);
    QFETCH(QString, expected);
    CallImportOptions options;
    options.format = CallFormat(format);
    const CallImportReport report = CallImport::importData(m_database, data, options, fileName);
    if (report.error.isEmpty()) {
        QCOMPARE(report.format, expected);
        QCOMPARE(report.imported, 1);
    } else {
        QVERIFY2(report.error.contains(expected), qPrintable(report.error));
        QCOMPARE(report.imported, 0);
    }
}

void TestCallImport::csvHeaderMustNameColumns()
{
    const CallImportReport report =
        CallImport::importData(m_database, "id,time\nx,2026-11-30\n", {}, QStringLiteral("calls.csv"));
    QVERIFY(report.error.contains(QStringLiteral("request_id")));
    QCOMPARE(report.imported, 0);
}

void TestCallImport::csvAcrossChunks()
{
    // Over 1 MiB, so records (some with quoted newlines) cross the reader's chunk edges.
    QByteArray csv = "request_id,startTime,endTime,model,custom_llm_provider,metadata,status\n";
    const int rows = 12000;
    for (int i = 0; i < rows; ++i)
        csv += "r" + QByteArray::number(i) + ",2026-11-30 12:00:00,2026-11-30 12:00:01,gpt-4o,openai,\"{\"\"a\"\":\n"
               + QByteArray(60, 'x') + "}\",success\n";
    QVERIFY(csv.size() > (1 << 20));
    csv += "bad,not a time,,gpt-4o,openai,{},success\n";
    const CallImportReport report = CallImport::importData(m_database, csv, {}, QStringLiteral("big.csv"));
    QVERIFY2(report.ok(), qPrintable(report.error));
    QCOMPARE(report.imported, rows);
    QCOMPARE(badLines(report), (QList<qint64>{2 + 2 * rows}));
}

void TestCallImport::cancelKeepsWholeBatches()
{
    QByteArray jsonl;
    for (int i = 0; i < 10; ++i)
        jsonl += R"({"id":"c)" + QByteArray::number(i) + R"(","time":"2026-11-30T12:00:00Z","provider":"openai","model":"gpt-4o"})" "\n";
    std::atomic_bool cancel = false;
    QList<CallImportProgress> seen;
    CallImportOptions options;
    options.batchSize = 3;
    options.cancel = &cancel;
    options.progress = [&](const CallImportProgress &p) {
        seen.append(p);
        cancel = true; // stop after the first batch
    };
    const CallImportReport report = CallImport::importData(m_database, jsonl, options);
    QVERIFY(report.cancelled);
    QVERIFY(!report.ok());
    QCOMPARE(report.imported, 3);
    QCOMPARE(seen.first().imported, 3);
    QCOMPARE(seen.first().bytesTotal, jsonl.size());
    QSqlQuery q(m_database.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM runs")) && q.next());
    QCOMPARE(q.value(0).toInt(), 3); // whole batches only
    // Importing again finishes the job.
    options.cancel = nullptr;
    options.progress = {};
    const CallImportReport rest = CallImport::importData(m_database, jsonl, options);
    QCOMPARE(rest.imported, 7);
    QCOMPARE(rest.duplicates, 3);
}

void TestCallImport::errorClasses_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("litellmClass");
    QTest::addColumn<QString>("expected");
    QTest::newRow("429") << "429" << "RateLimitError" << "rate_limited";
    QTest::newRow("401") << "401" << "AuthenticationError" << "auth";
    QTest::newRow("403") << "403" << "" << "auth";
    QTest::newRow("timeout") << "408" << "Timeout" << "timeout";
    QTest::newRow("context") << "400" << "ContextWindowExceededError" << "context_length";
    QTest::newRow("bad request") << "400" << "BadRequestError" << "invalid_request";
    QTest::newRow("budget") << "400" << "BudgetExceededError" << "spend_cap";
    QTest::newRow("529") << "529" << "" << "overloaded";
    QTest::newRow("500") << "500" << "InternalServerError" << "server";
    QTest::newRow("connection") << "" << "APIConnectionError" << "network";
    QTest::newRow("nothing") << "" << "" << "failed";
}

void TestCallImport::errorClasses()
{
    QFETCH(QString, code);
    QFETCH(QString, litellmClass);
    QFETCH(QString, expected);
    // Through the importer, as a LiteLLM failure row.
    const QByteArray row = R"({"request_id":"e","startTime":"2026-11-30 12:00:00","model":"gpt-4o","status":"failure",)"
                           R"("metadata":{"error_information":{"error_code":")" + code.toLatin1()
                           + R"(","error_class":")" + litellmClass.toLatin1() + R"("}}})";
    const CallImportReport report = CallImport::importData(m_database, row, {});
    QCOMPARE(report.imported, 1);
    QCOMPARE(stored(QStringLiteral("e")).errorClass, expected);
}

QTEST_GUILESS_MAIN(TestCallImport)
#include "tst_callimport.moc"
