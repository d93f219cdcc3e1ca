// Settings ▸ Team database: a URL with a password is never saved; Test connection opens the
// store off the GUI thread and says what it found (a SQLite file, a refused server with what
// to do, the shared test PostgreSQL when TIERBENCH_TEST_PG_URL is set); Save keeps the URL.
#include "settings.h"
#include "teamdatabasedialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

class TestTeamDatabaseDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void passwordInUrlIsNotSaved();
    void saveKeepsTheUrl();
    void testsASqliteFile();
    void refusedServerSaysWhatToDo();
    void testsTheSharedPostgres();

private:
    bool runTest(TeamDatabaseDialog &dialog, const QString &location, QString *message);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestTeamDatabaseDialog::init()
{
    qputenv("TIERBENCH_NO_KEYCHAIN", "1");
    m_settings = Settings::fromFile(m_dir.filePath(QStringLiteral("settings.ini")));
}

bool TestTeamDatabaseDialog::runTest(TeamDatabaseDialog &dialog, const QString &location, QString *message)
{
    QSignalSpy tested(&dialog, &TeamDatabaseDialog::tested);
    dialog.urlEdit()->setText(location);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    if (!tested.wait(20000))
        return false;
    *message = tested.first().at(1).toString();
    return tested.first().at(0).toBool();
}

void TestTeamDatabaseDialog::passwordInUrlIsNotSaved()
{
    TeamDatabaseDialog dialog(m_settings.get(), QStringLiteral("SQLite"));
    dialog.urlEdit()->setText(QStringLiteral("postgres://team:hunter2@db.example.test/tierbench"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.resultLabel()->text().contains(u"holds a password"));
    QVERIFY(m_settings->value(SettingKeys::TeamDatabase).isEmpty());
    QFile ini(m_dir.filePath(QStringLiteral("settings.ini")));
    if (ini.open(QIODevice::ReadOnly))
        QVERIFY(!ini.readAll().contains("hunter2"));
}

void TestTeamDatabaseDialog::saveKeepsTheUrl()
{
    TeamDatabaseDialog dialog(m_settings.get(), QStringLiteral("SQLite"));
    dialog.urlEdit()->setText(QStringLiteral(" postgres://team@db.example.test/tierbench?sslmode=verify-full "));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_settings->value(SettingKeys::TeamDatabase),
             QStringLiteral("postgres://team@db.example.test/tierbench?sslmode=verify-full"));
    TeamDatabaseDialog again(m_settings.get(), QStringLiteral("SQLite"));
    QCOMPARE(again.urlEdit()->text(), m_settings->value(SettingKeys::TeamDatabase));
}

void TestTeamDatabaseDialog::testsASqliteFile()
{
    TeamDatabaseDialog dialog(m_settings.get(), QStringLiteral("SQLite"));
    QString message;
    QVERIFY2(runTest(dialog, m_dir.filePath(QStringLiteral("probe.sqlite")), &message), qPrintable(message));
    QVERIFY2(message.contains(u"Connected in"), qPrintable(message));
    QVERIFY(dialog.testButton()->isEnabled());
}

void TestTeamDatabaseDialog::refusedServerSaysWhatToDo()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        QSKIP("the QPSQL driver (libqt6sql6-psql) is not installed");
    TeamDatabaseDialog dialog(m_settings.get(), QStringLiteral("SQLite"));
    QString message;
    QVERIFY(!runTest(dialog, QStringLiteral("postgres://team@127.0.0.1:1/tierbench"), &message));
    QVERIFY2(message.contains(u"running and reachable at 127.0.0.1:1"), qPrintable(message));
    QCOMPARE(dialog.resultLabel()->text(), message);
}

void TestTeamDatabaseDialog::testsTheSharedPostgres()
{
    const QString url = qEnvironmentVariable("TIERBENCH_TEST_PG_URL");
    if (url.isEmpty())
        QSKIP("set TIERBENCH_TEST_PG_URL (bash tools/start-test-postgres.sh) to test against PostgreSQL");
    TeamDatabaseDialog dialog(m_settings.get(), QStringLiteral("SQLite"));
    QString message;
    QVERIFY2(runTest(dialog, url, &message), qPrintable(message));
    QVERIFY2(message.contains(u"Connected in"), qPrintable(message));
}

QTEST_MAIN(TestTeamDatabaseDialog)
#include "tst_teamdatabasedialog.moc"
