#include "routing/budgetmanager.h"
#include "store/database.h"
#include "store/sqlbudgetledger.h"

#include <QTemporaryDir>
#include <QTest>

class TestSqlBudgetLedger final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void missingRowIsNullopt();
    void roundTripIsExact();
    void saveReplacesTheRow();
    void budgetSurvivesRestart();

private:
    QTemporaryDir m_dir;
    Database m_database;
    int m_counter = 0;
};

void TestSqlBudgetLedger::init()
{
    m_database = Database::fromLocation(m_dir.filePath(QStringLiteral("b%1.sqlite").arg(++m_counter)));
    QVERIFY(m_database.openAndMigrate());
}

void TestSqlBudgetLedger::cleanup()
{
    m_database.closeThreadConnection();
}

void TestSqlBudgetLedger::missingRowIsNullopt()
{
    SqlBudgetLedger ledger(m_database);
    QVERIFY(!ledger.load(QStringLiteral("acme"), QStringLiteral("day:2026-11-22")));
    QVERIFY(ledger.lastError().isEmpty());
}

void TestSqlBudgetLedger::roundTripIsExact()
{
    SqlBudgetLedger ledger(m_database);
    PeriodUsage usage;
    usage.tokens = 123456;
    usage.dollars = *Decimal::parse(QStringLiteral("0.300000000001"));
    usage.byClass = {ClassUsage{100, 200}, ClassUsage{3000, 4000}, ClassUsage{50000, 66156}};
    usage.alertsRaised = 0b0101;
    QVERIFY2(ledger.save(QStringLiteral("acme"), QStringLiteral("month:2026-11"), usage), qPrintable(ledger.lastError()));
    const std::optional<PeriodUsage> back = ledger.load(QStringLiteral("acme"), QStringLiteral("month:2026-11"));
    QVERIFY(back);
    QCOMPARE(*back, usage);
    QVERIFY(!ledger.load(QStringLiteral("acme"), QStringLiteral("day:2026-11")));   // other period
    QVERIFY(!ledger.load(QStringLiteral("other"), QStringLiteral("month:2026-11"))); // other tenant
}

void TestSqlBudgetLedger::saveReplacesTheRow()
{
    SqlBudgetLedger ledger(m_database);
    PeriodUsage usage;
    usage.tokens = 10;
    QVERIFY(ledger.save(QStringLiteral("t"), QStringLiteral("day:2026-01-01"), usage));
    usage.tokens = 25;
    usage.dollars = Decimal::fromInt(2);
    QVERIFY(ledger.save(QStringLiteral("t"), QStringLiteral("day:2026-01-01"), usage));
    QCOMPARE(ledger.load(QStringLiteral("t"), QStringLiteral("day:2026-01-01"))->tokens, 25);
    QCOMPARE(ledger.load(QStringLiteral("t"), QStringLiteral("day:2026-01-01"))->dollars, Decimal::fromInt(2));
}

void TestSqlBudgetLedger::budgetSurvivesRestart()
{
    const QDateTime now(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
    BudgetLimits limits;
    limits.dailyTokens = 1000;
    {
        SqlBudgetLedger ledger(m_database);
        BudgetManager manager(ledger, [now] { return now; });
        manager.setDefaultLimits(limits);
        manager.record(QStringLiteral("acme"), RouteClass::Heavy, 600, 300, Decimal::parse(QStringLiteral("0.05")));
    }
    // A new process: a fresh ledger and manager on the same database.
    SqlBudgetLedger ledger(m_database);
    BudgetManager manager(ledger, [now] { return now; });
    manager.setDefaultLimits(limits);
    QCOMPARE(manager.usage(QStringLiteral("acme"), BudgetPeriod::Day).tokens, 900);
    QCOMPARE(manager.usage(QStringLiteral("acme"), BudgetPeriod::Day).dollars.toString(), QStringLiteral("0.05"));
    QVERIFY(!manager.check(QStringLiteral("acme"), 200).allowed);
    QVERIFY(manager.check(QStringLiteral("acme"), 100).allowed);
}

QTEST_GUILESS_MAIN(TestSqlBudgetLedger)
#include "tst_sqlbudgetledger.moc"
