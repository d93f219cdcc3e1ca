#include "testbackend.h"
#include "store/database.h"
#include "store/runstore.h"
#include "store/storewriter.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestStoreWriter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TIERBENCH_REQUIRE_BACKEND(TestBackend::selected()); }
    void init();
    void cleanup();
    void savedOnlyAfterCommit();
    void batchesWhatQueuesUp();
    void badRowFailsAlone();

private:
    static RunRecord run(int i);
    qint64 countRuns(const QString &id = {});

    QTemporaryDir m_dir;
    Database m_database;
    int m_counter = 0;
};

RunRecord TestStoreWriter::run(int i)
{
    RunRecord r;
    r.provider = QStringLiteral("openai");
    r.model = QStringLiteral("gpt-4o-mini");
    r.tier = QStringLiteral("fast");
    r.outputTokens = i;
    r.cost = Decimal::parse(QStringLiteral("0.000150"));
    return r;
}

qint64 TestStoreWriter::countRuns(const QString &id)
{
    QSqlQuery q(m_database.connection());
    if (id.isEmpty()) {
        q.exec(QStringLiteral("SELECT COUNT(*) FROM runs"));
    } else {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM runs WHERE id = ?"));
        q.addBindValue(id);
        q.exec();
    }
    return q.next() ? q.value(0).toLongLong() : -1;
}

void TestStoreWriter::init()
{
    m_database = TestBackend::fresh(m_dir.filePath(QStringLiteral("w%1.sqlite").arg(++m_counter)));
    QVERIFY(m_database.openAndMigrate());
}

void TestStoreWriter::cleanup()
{
    m_database.closeThreadConnection();
}

void TestStoreWriter::savedOnlyAfterCommit()
{
    StoreWriter writer(m_database);
    int missingAtSignal = 0;
    int savedCount = 0;
    // Read through this thread's own connection: a committed row is visible, an
    // uncommitted one is not.
    connect(&writer, &StoreWriter::saved, this, [&](const QString &id) {
        ++savedCount;
        if (countRuns(id) != 1)
            ++missingAtSignal;
    });
    QStringList ids;
    for (int i = 0; i < 300; ++i)
        ids.append(writer.enqueueRun(run(i)));
    QTRY_COMPARE(savedCount, 300);
    QCOMPARE(missingAtSignal, 0);
    QCOMPARE(countRuns(), 300);
    QCOMPARE(ids.size(), 300);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 300);
}

void TestStoreWriter::batchesWhatQueuesUp()
{
    StoreWriter writer(m_database);
    QSignalSpy batches(&writer, &StoreWriter::batchCommitted);
    QSignalSpy saved(&writer, &StoreWriter::saved);
    QSemaphore gate;
    // Hold the writer inside a write while 200 rows queue up behind it.
    writer.enqueue(QStringLiteral("gate"), [&gate](QSqlDatabase &, QString *) {
        gate.acquire();
        return true;
    });
    for (int i = 0; i < 200; ++i)
        writer.enqueueRun(run(i));
    gate.release();
    QTRY_COMPARE(saved.count(), 201);
    // The gate may have been alone in the first batch; the 200 rows then share one.
    QVERIFY2(batches.count() <= 2, qPrintable(QString::number(batches.count())));
    QCOMPARE(countRuns(), 200);
}

void TestStoreWriter::badRowFailsAlone()
{
    StoreWriter writer(m_database);
    QSignalSpy saved(&writer, &StoreWriter::saved);
    QSignalSpy failed(&writer, &StoreWriter::failed);
    RunRecord dup = run(1);
    dup.id = QStringLiteral("same-id");
    writer.enqueueRun(dup);
    writer.enqueueRun(run(2));
    writer.enqueueRun(dup); // primary key clash
    writer.enqueueRun(run(3));
    writer.waitForIdle();
    QTRY_COMPARE(saved.count() + failed.count(), 4);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), QStringLiteral("same-id"));
    QCOMPARE(countRuns(), 3);
}

QTEST_GUILESS_MAIN(TestStoreWriter)
#include "tst_storewriter.moc"
