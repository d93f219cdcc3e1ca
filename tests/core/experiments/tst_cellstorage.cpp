#include "testbackend.h"
#include "experiments/blindpair.h"
#include "experiments/cellcodec.h"
#include "experiments/runsummary.h"
#include "experiments/sqlcellstore.h"
#include "store/runstore.h"
#include "experiments/testcase.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {
CellResult sampleCell(int caseIndex, int targetIndex, const QString &target, const char *cost,
                      bool pass)
{
    CellResult c;
    c.runId = QStringLiteral("run-9");
    c.key = {caseIndex, targetIndex, 0};
    c.caseId = QStringLiteral("case-%1").arg(caseIndex + 1);
    c.targetId = target;
    c.tier = target;
    c.prompt = QStringLiteral("Say \"hi\",\nplease");
    c.state = CellState::Succeeded;
    c.attempts = 2;
    c.outcome.text = QStringLiteral("hi, \"there\"\nbye");
    c.outcome.provider = QStringLiteral("openai");
    c.outcome.model = target + QStringLiteral("-m");
    c.outcome.inputTokens = 12;
    c.outcome.ttftMs = 100;
    c.outcome.totalMs = 600 + 100 * caseIndex;
    c.outcome.outputTokens = 50;
    c.outcome.cost = Decimal::parse(QString::fromLatin1(cost));
    c.outcome.finishReason = QStringLiteral("stop");
    c.assertions = {{QStringLiteral("contains"), QStringLiteral("hi"), pass, pass ? QString() : QStringLiteral("no")}};
    return c;
}
} // namespace

class TestCellStorage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { TIERBENCH_REQUIRE_BACKEND(TestBackend::selected()); }
    void jsonFieldNames()
    {
        CellResult c = sampleCell(0, 0, QStringLiteral("router"), "0.000123456789", true);
        c.decision = QJsonObject{{QStringLiteral("tier"), QStringLiteral("fast")}};
        const QJsonObject j = CellCodec::toJson(c);
        for (const char *field : {"run", "case", "target", "repeat", "tier", "provider", "model", "text",
                                  "inputTokens", "outputTokens", "ttftMs", "totalMs", "cost", "error",
                                  "assertions", "decision"})
            QVERIFY2(j.contains(QLatin1StringView(field)), field);
        QCOMPARE(j.value(QStringLiteral("cost")).toString(), QStringLiteral("0.000123456789"));
        QVERIFY(j.value(QStringLiteral("error")).isNull());
        c.outcome.inputTokens.reset();
        c.outcome.errorClass = QStringLiteral("server");
        c.outcome.errorMessage = QStringLiteral("503");
        const QJsonObject e = CellCodec::toJson(c);
        QVERIFY(e.value(QStringLiteral("inputTokens")).isNull()); // unknown stays unknown
        QCOMPARE(e.value(QStringLiteral("error")).toObject().value(QStringLiteral("class")).toString(), QStringLiteral("server"));
        const auto back = CellCodec::fromJson(e);
        QVERIFY(back);
        QVERIFY(!back->outcome.inputTokens);
        QCOMPARE(back->outcome.cost, c.outcome.cost);
        QCOMPARE(back->assertions, c.assertions);
        QCOMPARE(back->decision, c.decision);
    }

    void csvNeutralisesFormulas_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("exported");
        QTest::newRow("=") << QStringLiteral("=HYPERLINK(\"http://x\")") << QStringLiteral("'=HYPERLINK(\"http://x\")");
        QTest::newRow("+") << QStringLiteral("+1+1") << QStringLiteral("'+1+1");
        QTest::newRow("-") << QStringLiteral("-cmd|calc") << QStringLiteral("'-cmd|calc");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("negative number stays") << QStringLiteral("-3.5") << QStringLiteral("-3.5");
        QTest::newRow("plain") << QStringLiteral("hello = world") << QStringLiteral("hello = world");
    }

    void csvNeutralisesFormulas()
    {
        QFETCH(QString, text);
        QFETCH(QString, exported);
        CellResult c = sampleCell(0, 0, QStringLiteral("fast"), "0.01", true);
        c.outcome.text = text;
        c.prompt = text;
        const QString csv = CellCodec::toCsv({c});
        int errorLine = -1;
        const auto records = TestCaseImport::parseCsvRecords(csv, u',', &errorLine);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[1][int(records[0].indexOf(QStringLiteral("text")))], exported);
        QCOMPARE(records[1][int(records[0].indexOf(QStringLiteral("prompt")))], exported);
    }

    void csvRoundTripsThroughTheImporter()
    {
        const QList<CellResult> cells{sampleCell(0, 0, QStringLiteral("fast"), "0.01", true)};
        const QString csv = CellCodec::toCsv(cells);
        int errorLine = -1;
        const auto records = TestCaseImport::parseCsvRecords(csv, u',', &errorLine);
        QCOMPARE(errorLine, 0);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records[0], CellCodec::csvHeader());
        const int textColumn = int(records[0].indexOf(QStringLiteral("text")));
        QCOMPARE(records[1][textColumn], cells[0].outcome.text);
        QCOMPARE(records[1][records[0].indexOf(QStringLiteral("cost"))], QStringLiteral("0.01"));
    }

    void sqliteRoundTripUpsertAndReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("runs.db"));
        const Database database = TestBackend::fresh(path);
        {
            SqlCellStore store;
            QString error;
            QVERIFY2(store.open(database, &error), qPrintable(error));
            RunInfo info{QStringLiteral("run-9"), QStringLiteral("n"), QStringLiteral("fp"),
                         QJsonObject{{QStringLiteral("repeats"), 1}}, QStringLiteral("running"), {}};
            QVERIFY(store.createRun(info, &error));
            QVERIFY(!store.createRun(info, &error)); // duplicate id refused
            CellResult failed = sampleCell(1, 0, QStringLiteral("fast"), "0.02", false);
            failed.state = CellState::Failed;
            failed.outcome.errorClass = QStringLiteral("server");
            QVERIFY(store.saveCell(sampleCell(0, 0, QStringLiteral("fast"), "0.01", true), &error));
            QVERIFY(store.saveCell(failed, &error));
            QVERIFY(store.saveCell(sampleCell(1, 0, QStringLiteral("fast"), "0.03", true), &error)); // retry replaces
            QVERIFY(store.setRunStatus(QStringLiteral("run-9"), QStringLiteral("completed"), &error));
        }
        SqlCellStore store;
        QString error;
        QVERIFY2(store.open(database, &error), qPrintable(error));
        const auto run = store.findRun(QStringLiteral("run-9"));
        QVERIFY(run);
        QCOMPARE(run->status, QStringLiteral("completed"));
        QCOMPARE(run->experiment.value(QStringLiteral("repeats")).toInt(), 1);
        const QList<CellResult> cells = store.loadCells(QStringLiteral("run-9"));
        QCOMPARE(cells.size(), 2);
        QCOMPARE(cells[1].state, CellState::Succeeded);
        QCOMPARE(cells[1].outcome.cost, Decimal::parse(u"0.03"));
        QCOMPARE(cells[0].outcome.text, sampleCell(0, 0, QStringLiteral("fast"), "0.01", true).outcome.text);
        QCOMPARE(store.listRuns().size(), 1);
        // every call also went to the store's `runs` table, for the dashboards
        RunStore runs(store.database());
        const QList<RunRecord> calls = runs.runsForRun(QStringLiteral("run-9"));
        QCOMPARE(calls.size(), 3); // one row per call, the failed one included
        int serverErrors = 0;
        Decimal total;
        for (const RunRecord &r : calls) {
            QCOMPARE(r.source, QStringLiteral("ab"));
            serverErrors += r.errorClass == u"server" ? 1 : 0;
            total += r.cost.value_or(Decimal());
        }
        QCOMPARE(serverErrors, 1);
        QCOMPARE(total, *Decimal::parse(u"0.06"));
    }

    void migratesFromSchemaOne()
    {
        QTemporaryDir dir;
        const Database database = TestBackend::fresh(dir.filePath(QStringLiteral("v1.db")));
        QString error;
        QVERIFY2(database.openAndMigrate(&error), qPrintable(error));
        {
            // the version-1 layout, with one run and one cell in it
            QSqlDatabase db = database.connection();
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE experiment_schema (version INTEGER NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO experiment_schema (version) VALUES (1)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE experiment_runs (run_id TEXT PRIMARY KEY, name TEXT, "
                                          "fingerprint TEXT NOT NULL, experiment TEXT NOT NULL, "
                                          "status TEXT NOT NULL, created_at BIGINT NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE experiment_cells (run_id TEXT NOT NULL "
                                          "REFERENCES experiment_runs(run_id), case_index INTEGER NOT NULL, "
                                          "target_index INTEGER NOT NULL, repeat_index INTEGER NOT NULL, "
                                          "state TEXT NOT NULL, error_class TEXT, total_ms BIGINT, "
                                          "cost TEXT, data TEXT NOT NULL, "
                                          "PRIMARY KEY (run_id, case_index, target_index, repeat_index))")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO experiment_runs VALUES ('old', 'n', 'fp', '{}', 'completed', 0)")));
            const CellResult cell = sampleCell(0, 0, QStringLiteral("fast"), "0.01", true);
            q.prepare(QStringLiteral("INSERT INTO experiment_cells VALUES ('old', 0, 0, 0, 'succeeded', '', 600, '0.01', ?)"));
            QJsonObject json = CellCodec::toJson(cell);
            json.insert(QStringLiteral("run"), QStringLiteral("old"));
            q.addBindValue(QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
            QVERIFY(q.exec());
        }
        SqlCellStore store;
        QVERIFY2(store.open(database, &error), qPrintable(error));
        QCOMPARE(store.loadCells(QStringLiteral("old")).size(), 1); // kept
        StoredVote v{QStringLiteral("old"), QStringLiteral("case-1"), 0, QStringLiteral("a"), QStringLiteral("b"),
                     {}, {}, Preference::Tie, {}};
        QVERIFY(store.saveVote(v, &error)); // the new table exists
        QCOMPARE(store.loadVotes(QStringLiteral("old")).size(), 1);
        QSqlQuery version(database.connection());
        QVERIFY(version.exec(QStringLiteral("SELECT version FROM experiment_schema")) && version.next());
        QCOMPARE(version.value(0).toInt(), SqlCellStore::SchemaVersion);
        QVERIFY(!version.next()); // one row
    }

    void votesPersistAndFeedRatings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("votes.db"));
        const Database database = TestBackend::fresh(path);
        CellResult fast = sampleCell(0, 0, QStringLiteral("fast"), "0.01", true);
        CellResult big = sampleCell(0, 1, QStringLiteral("reasoning"), "0.04", true);
        big.outcome.text = QStringLiteral("a longer answer");
        {
            SqlCellStore store;
            QString error;
            QVERIFY2(store.open(database, &error), qPrintable(error));
            QRandomGenerator rng(1);
            for (int i = 0; i < 5; ++i) {
                BlindPair pair(fast, big, rng);
                QVERIFY(!pair.storedVote()); // nothing to store before the vote
                // the user always prefers the longer answer, wherever it is shown
                pair.vote(pair.textA() == big.outcome.text ? Preference::A : Preference::B);
                QVERIFY(store.saveVote(*pair.storedVote(), &error));
            }
            BlindPair tie(fast, big, rng);
            tie.vote(Preference::BothBad);
            QVERIFY(store.saveVote(*tie.storedVote(), &error));
        }
        SqlCellStore store;
        QString error;
        QVERIFY2(store.open(database, &error), qPrintable(error));
        const QList<StoredVote> votes = store.loadVotes(QStringLiteral("run-9"));
        QCOMPARE(votes.size(), 6);
        QCOMPARE(store.loadVotes(QString()).size(), 6);
        QCOMPARE(store.loadVotes(QStringLiteral("other")).size(), 0);
        QCOMPARE(votes.last().preference, Preference::BothBad);
        RatingTable byTarget;
        RatingTable byTier;
        for (const StoredVote &v : votes) {
            byTarget.add(v.byTarget());
            byTier.add(v.byTier());
        }
        const auto rows = byTarget.rows();
        QCOMPARE(rows.first().name, QStringLiteral("reasoning"));
        QCOMPARE(rows.first().wins, 5);
        QCOMPARE(rows.first().bothBad, 1);
        QVERIFY(rows.first().bradleyTerry > rows.last().bradleyTerry);
        QCOMPARE(byTier.rows().first().name, QStringLiteral("reasoning"));
    }

    void summaryAndRouterComparison()
    {
        QList<CellResult> cells;
        for (int i = 0; i < 4; ++i) {
            cells.append(sampleCell(i, 0, QStringLiteral("router"), "0.01", i != 3));
            cells.append(sampleCell(i, 1, QStringLiteral("reasoning"), "0.04", true));
        }
        const RunSummary s(cells);
        QCOMPARE(s.targets().size(), 2);
        const auto router = *s.target(QStringLiteral("router"));
        QCOMPARE(router.cells, 4);
        QCOMPARE(router.passed, 3);
        QCOMPARE(router.totalCost, *Decimal::parse(u"0.04"));
        QCOMPARE(router.p50Ms, std::optional<qint64>(700));
        QCOMPARE(router.p95Ms, std::optional<qint64>(900));
        QCOMPARE(router.rateLimitedRetries, 4);
        const auto cmp = s.compare(QStringLiteral("router"), QStringLiteral("reasoning"));
        QCOMPARE(cmp.pairedCells, 4);
        QCOMPARE(cmp.costSaved(), *Decimal::parse(u"0.12"));
        QCOMPARE(cmp.costSavedPercent(), 75.0);
        QCOMPARE(cmp.passRateDelta, -0.25);
        const QString md = s.toMarkdown(QStringLiteral("Run"), cmp);
        QVERIFY(md.contains(QStringLiteral("| router | 4 | 4 | 0 | 75.0% | 700 ms | 900 ms |")));
        QVERIFY2(md.contains(QStringLiteral("saved $0.12 (75.0%)")), qPrintable(md));
        QVERIFY(md.contains(QStringLiteral("-25.0 points")));
    }

    void percentile_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<double>("p");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("single") << QList<qint64>{5} << 95.0 << qint64(5);
        QTest::newRow("p50 even") << QList<qint64>{4, 1, 3, 2} << 50.0 << qint64(2);
        QTest::newRow("p95 of 20") << QList<qint64>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20} << 95.0 << qint64(19);
        QTest::newRow("p100") << QList<qint64>{3, 9, 1} << 100.0 << qint64(9);
    }
    void percentile()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(double, p);
        QFETCH(qint64, expected);
        QCOMPARE(RunSummary::percentile(values, p), std::optional<qint64>(expected));
    }
};

QTEST_GUILESS_MAIN(TestCellStorage)
#include "tst_cellstorage.moc"
