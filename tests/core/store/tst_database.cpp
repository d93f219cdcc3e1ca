#include "store/database.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class TestDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void location_data();
    void location();
    void sqlitePragmas();
    void oneConnectionPerThread();
    void openFailureIsAValue();
    void postgresUrlKeepsItsParameters_data();
    void postgresUrlKeepsItsParameters();
    void postgresFailuresSayWhatToDo_data();
    void postgresFailuresSayWhatToDo();
    void refusedConnectionSaysIsTheServerRunning();
};

// libpq's own wording (PostgreSQL 15), as QPSQL hands it over.
void TestDatabase::postgresFailuresSayWhatToDo_data()
{
    QTest::addColumn<QString>("driverText");
    QTest::addColumn<QString>("advice");
    QTest::newRow("server down")
        << "connection to server at \"db.local\" (10.0.0.5), port 5433 failed: Connection refused\n\tIs the server "
           "running on that host and accepting TCP/IP connections?\nQPSQL: Unable to connect"
        << "running and reachable at db.local:5433";
    QTest::newRow("timeout") << "timeout expired\nQPSQL: Unable to connect" << "running and reachable";
    QTest::newRow("bad password")
        << "connection to server at \"db.local\" (10.0.0.5), port 5433 failed: FATAL:  password authentication failed "
           "for user \"bench\"\nQPSQL: Unable to connect"
        << "keychain entry postgres/bench@db.local:5433/tierbench";
    QTest::newRow("no password") << "fe_sendauth: no password supplied\nQPSQL: Unable to connect" << "PGPASSWORD";
    QTest::newRow("tls unavailable") << "server does not support SSL, but SSL was required\nQPSQL: Unable to connect"
                                     << "requires TLS (sslmode=require)";
    QTest::newRow("certificate")
        << "connection to server at \"db.local\" failed: SSL error: certificate verify failed" << "sslrootcert=";
    QTest::newRow("no database")
        << "connection to server at \"db.local\", port 5433 failed: FATAL:  database \"tierbench\" does not exist"
        << "createdb";
    QTest::newRow("unknown") << "something else entirely" << "";
}

void TestDatabase::postgresFailuresSayWhatToDo()
{
    QFETCH(QString, driverText);
    QFETCH(QString, advice);
    const Database db = Database::fromLocation(QStringLiteral("postgres://bench@db.local:5433/tierbench?sslmode=require"));
    const QString got = db.openAdvice(driverText);
    if (advice.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.contains(advice), qPrintable(got));
}

// A real refused connection on loopback (nothing listens on port 1).
void TestDatabase::refusedConnectionSaysIsTheServerRunning()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("the QPSQL driver (libqt6sql6-psql) is not installed");
    const Database db = Database::fromLocation(QStringLiteral("postgres://bench@127.0.0.1:1/tierbench"));
    QString error;
    QVERIFY(!db.connection(&error).isOpen());
    QVERIFY2(error.contains(u"running and reachable at 127.0.0.1:1"), qPrintable(error));
    db.closeThreadConnection();
}

void TestDatabase::location_data()
{
    QTest::addColumn<QString>("location");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("display");
    QTest::newRow("file") << "/tmp/x/work.sqlite" << false << "/tmp/x/work.sqlite";
    QTest::newRow("postgres url hides password")
        << "postgres://bench:s3cret@db.local:5433/tierbench" << true << "postgres://bench@db.local:5433/tierbench";
    QTest::newRow("postgresql scheme") << "postgresql://u@h/d" << true << "postgresql://u@h/d";
}

void TestDatabase::location()
{
    QFETCH(QString, location);
    QFETCH(bool, postgres);
    QFETCH(QString, display);
    const Database db = Database::fromLocation(location);
    QCOMPARE(db.isPostgres(), postgres);
    QCOMPARE(db.displayName(), display);
    QVERIFY(!db.displayName().contains(QStringLiteral("s3cret")));
}

void TestDatabase::sqlitePragmas()
{
    QTemporaryDir dir;
    const Database database = Database::fromLocation(dir.filePath(QStringLiteral("sub/dir/t.sqlite")));
    QString error;
    QSqlDatabase db = database.connection(&error);
    QVERIFY2(db.isOpen(), qPrintable(error));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(QStringLiteral("PRAGMA synchronous")) && q.next());
    QCOMPARE(q.value(0).toInt(), 2); // FULL
    QVERIFY(q.exec(QStringLiteral("PRAGMA busy_timeout")) && q.next());
    QVERIFY(q.value(0).toInt() >= 1000);
    database.closeThreadConnection();
}

void TestDatabase::oneConnectionPerThread()
{
    QTemporaryDir dir;
    const Database database = Database::fromLocation(dir.filePath(QStringLiteral("t.sqlite")));
    QVERIFY(database.openAndMigrate());
    const QString mainName = database.connection().connectionName();
    QCOMPARE(database.connection().connectionName(), mainName); // reused on the same thread

    QString otherName;
    bool otherOpen = false;
    QThread *thread = QThread::create([&] {
        QSqlDatabase db = database.connection();
        otherName = db.connectionName();
        otherOpen = db.isOpen() && db.tables().contains(QStringLiteral("runs"));
        database.closeThreadConnection();
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(otherOpen);
    QVERIFY(!otherName.isEmpty());
    QVERIFY(otherName != mainName);
    database.closeThreadConnection();
}

void TestDatabase::openFailureIsAValue()
{
    const Database database = Database::fromLocation(QStringLiteral("/proc/definitely/not/writable/x.sqlite"));
    QString error;
    QSqlDatabase db = database.connection(&error);
    QVERIFY(!db.isOpen());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDatabase)
void TestDatabase::postgresUrlKeepsItsParameters_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("options"); // empty: refused
    QTest::addColumn<bool>("passwordInUrl");
    // Issue 12: ?sslmode=verify-full was dropped, so the connection was not verified.
    QTest::newRow("sslmode") << u"postgres://tb@db.example/tierbench?sslmode=verify-full&sslrootcert=/etc/ca.pem"_s
                             << u"sslmode='verify-full';sslrootcert='/etc/ca.pem';connect_timeout=3"_s << false;
    QTest::newRow("timeout given") << u"postgresql://tb:pw@db.example:6543/t?connect_timeout=10&application_name=tier%20bench"_s
                                   << u"connect_timeout='10';application_name='tier bench'"_s << true;
    QTest::newRow("quote escaped") << u"postgres://tb@h/t?options=-c%20x%3D'y'"_s
                                   << u"options='-c x=\\'y\\'';connect_timeout=3"_s << false;
    QTest::newRow("none") << u"postgres://tb@h/t"_s << u"connect_timeout=3"_s << false;
    QTest::newRow("unknown") << u"postgres://tb@h/t?sslmdoe=require"_s << QString() << false;
    QTest::newRow("semicolon") << u"postgres://tb@h/t?application_name=a%3Bhost%3Devil"_s << QString() << false;
}

void TestDatabase::postgresUrlKeepsItsParameters()
{
    QFETCH(QString, url);
    QFETCH(QString, options);
    QFETCH(bool, passwordInUrl);
    const Database db = Database::fromLocation(url);
    QVERIFY(db.isPostgres());
    QString error;
    const std::optional<QString> got = db.postgresOptions(&error);
    if (options.isEmpty()) {
        QVERIFY(!got);
        QVERIFY(!error.isEmpty());
        QString openError;
        QVERIFY(!db.connection(&openError).isOpen()); // refused before connecting
        QVERIFY2(openError.contains(error), qPrintable(openError));
    } else {
        QVERIFY2(got, qPrintable(error));
        QCOMPARE(*got, options);
    }
    QCOMPARE(db.passwordInUrl(), passwordInUrl);
    QVERIFY(!db.displayName().contains(u"pw"));
}

#include "tst_database.moc"
