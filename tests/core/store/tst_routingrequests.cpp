// The stored routing requests (migration 6's columns) read back for replay: rows without text
// skipped, oldest first, the latest N, every field, and the conversion to a ReplayRequest.
#include "testbackend.h"
#include "store/database.h"
#include "store/routingrequests.h"
#include "store/runstore.h"
#include "store/storedreplay.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestRoutingRequests final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TIERBENCH_REQUIRE_BACKEND(TestBackend::selected()); }
    void init();
    void cleanup();
    void readsReplayableRows();
    void latestRows();
    void convertsToReplayRequests();
    void emptyStore();
    void unmigratedStoreIsAnError();

private:
    RoutingDecisionRecord decision(const QString &message, qint64 atMs);
    void insert(RoutingDecisionRecord d);

    QTemporaryDir m_dir;
    Database m_database;
    int m_counter = 0;
};

RoutingDecisionRecord TestRoutingRequests::decision(const QString &message, qint64 atMs)
{
    RoutingDecisionRecord d;
    d.createdAt = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
    d.tenant = QStringLiteral("team-a");
    d.taskType = QStringLiteral("code_review");
    d.score = 0.42;
    d.complexityClass = QStringLiteral("standard");
    d.tier = QStringLiteral("standard");
    d.rule = QStringLiteral("threshold");
    d.message = message;
    d.contextTokens = 1500;
    d.capabilities = {QStringLiteral("code_review"), QStringLiteral("security_analysis")};
    d.historyTurns = 4;
    d.preferredTier = QStringLiteral("reasoning");
    return d;
}

void TestRoutingRequests::insert(RoutingDecisionRecord d)
{
    QString error;
    QVERIFY2(RunStore(m_database).insertRoutingDecision(d, &error), qPrintable(error));
}

void TestRoutingRequests::init()
{
    m_database = TestBackend::fresh(m_dir.filePath(QStringLiteral("r%1.sqlite").arg(++m_counter)));
    QVERIFY(m_database.openAndMigrate());
}

void TestRoutingRequests::cleanup()
{
    m_database.closeThreadConnection();
}

void TestRoutingRequests::readsReplayableRows()
{
    insert(decision(QStringLiteral("second"), 2000));
    insert(decision(QString(), 1500)); // recorded without its text: not replayable
    RoutingDecisionRecord sparse;
    sparse.createdAt = QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC);
    sparse.message = QStringLiteral("first, with nothing else known: ünïcode");
    insert(sparse);

    QString error;
    const QList<StoredRoutingRequest> rows = RoutingRequests::read(m_database, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].message, sparse.message);
    QCOMPARE(rows[0].createdAt, QDateTime::fromMSecsSinceEpoch(1000, Qt::UTC));
    QCOMPARE(rows[0].contextTokens, 0);
    QVERIFY(rows[0].capabilities.isEmpty());
    QCOMPARE(rows[0].historyTurns, 0);
    QVERIFY(!rows[0].score.has_value());
    QVERIFY(rows[0].tenant.isEmpty());

    const StoredRoutingRequest &r = rows[1];
    QCOMPARE(r.message, QStringLiteral("second"));
    QCOMPARE(r.tenant, QStringLiteral("team-a"));
    QCOMPARE(r.taskType, QStringLiteral("code_review"));
    QCOMPARE(r.contextTokens, 1500);
    QCOMPARE(r.capabilities, (QStringList{QStringLiteral("code_review"), QStringLiteral("security_analysis")}));
    QCOMPARE(r.historyTurns, 4);
    QCOMPARE(r.preferredTier, QStringLiteral("reasoning"));
    QCOMPARE(r.tier, QStringLiteral("standard"));
    QCOMPARE(r.complexityClass, QStringLiteral("standard"));
    QCOMPARE(*r.score, 0.42);
    QVERIFY(!r.outputTokens.has_value());
    QVERIFY(!r.id.isEmpty());
}

void TestRoutingRequests::latestRows()
{
    for (int i = 0; i < 5; ++i)
        insert(decision(QStringLiteral("m%1").arg(i), 1000 + i));
    const QList<StoredRoutingRequest> rows = RoutingRequests::read(m_database, nullptr, 2);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].message, QStringLiteral("m3")); // the latest two, oldest first
    QCOMPARE(rows[1].message, QStringLiteral("m4"));
    QCOMPARE(RoutingRequests::read(m_database, nullptr, 0).size(), 0);
    QCOMPARE(RoutingRequests::read(m_database).size(), 5);
}

void TestRoutingRequests::convertsToReplayRequests()
{
    insert(decision(QStringLiteral("Review this: naïve"), 1000));
    QSqlQuery q(m_database.connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE routing_decisions SET output_tokens = 321")));

    QString error;
    const ReplayInput in = ReplayInputs::fromStore(m_database, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(in.lineErrors.isEmpty());
    QCOMPARE(in.requests.size(), 1);
    const ReplayRequest &r = in.requests[0];
    QCOMPARE(r.message, QStringLiteral("Review this: naïve").toUtf8());
    QCOMPARE(r.line, 0);
    QVERIFY(!r.id.isEmpty());
    QCOMPARE(r.tenant, QStringLiteral("team-a"));
    QCOMPARE(r.storedTier, QStringLiteral("standard"));
    QCOMPARE(r.request.taskType, QStringLiteral("code_review"));
    QCOMPARE(r.request.preferredTier, QStringLiteral("reasoning"));
    QCOMPARE(r.request.hints.contextTokens, 1500);
    QCOMPARE(r.request.hints.capabilities.size(), 2);
    QCOMPARE(r.request.hints.historyTurns, 4);
    QCOMPARE(r.request.expectedOutputTokens, std::optional<std::int64_t>(321));
    QVERIFY(r.request.message.isEmpty());
}

void TestRoutingRequests::emptyStore()
{
    QString error;
    const ReplayInput in = ReplayInputs::fromStore(m_database, &error);
    QVERIFY(error.isEmpty());
    QVERIFY(in.requests.isEmpty());
}

void TestRoutingRequests::unmigratedStoreIsAnError()
{
    const Database bare = TestBackend::fresh(m_dir.filePath(QStringLiteral("bare.sqlite")));
    QString error;
    QVERIFY(RoutingRequests::read(bare, &error).isEmpty());
    QVERIFY2(error.contains(u"routing requests"), qPrintable(error));
    QString replayError;
    QVERIFY(ReplayInputs::fromStore(bare, &replayError).requests.isEmpty());
    QCOMPARE(replayError, error);
    bare.closeThreadConnection();
}

QTEST_GUILESS_MAIN(TestRoutingRequests)
#include "tst_routingrequests.moc"
