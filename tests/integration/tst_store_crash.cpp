#include "store/database.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

/// A row the writer reported as saved must survive kill -9 of the writing process.
class TestStoreCrash final : public QObject
{
    Q_OBJECT

private slots:
    void savedRowsSurviveKill9();
};

void TestStoreCrash::savedRowsSurviveKill9()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QStringLiteral(STORE_CRASH_CHILD), {path});
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));

    QStringList reported;
    QByteArray buffer;
    // Collect at least 500 reported ids, then kill while it is still writing.
    while (reported.size() < 500) {
        if (!child.waitForReadyRead(20000))
            QFAIL(qPrintable(QStringLiteral("child stopped: ") + QString::fromLocal8Bit(child.readAllStandardError())));
        buffer += child.readAllStandardOutput();
        qsizetype nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            reported.append(QString::fromLatin1(buffer.left(nl)));
            buffer.remove(0, nl + 1);
        }
    }
    child.kill(); // SIGKILL on Unix: no destructors, no flush, no checkpoint
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    // Ids printed between our last read and the kill also count: they were reported.
    buffer += child.readAllStandardOutput();
    for (const QByteArray &line : buffer.split('\n')) {
        if (!line.isEmpty() && !buffer.endsWith(line)) // ignore a half-written last line
            reported.append(QString::fromLatin1(line));
    }

    const Database database = Database::fromLocation(path);
    QString error;
    QSqlDatabase db = database.connection(&error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    QSet<QString> stored;
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM runs")));
        while (q.next())
            stored.insert(q.value(0).toString());
    }
    db = {};
    int missing = 0;
    for (const QString &id : std::as_const(reported))
        missing += stored.contains(id) ? 0 : 1;
    QCOMPARE(missing, 0);
    QVERIFY(stored.size() >= reported.size());
    qInfo("%lld ids reported saved before kill -9, all %lld found; %lld rows in the file",
          qint64(reported.size()), qint64(reported.size()), qint64(stored.size()));
    database.closeThreadConnection();
}

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_store_crash.moc"
