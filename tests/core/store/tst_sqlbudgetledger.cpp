#include "testbackend.h"
#include "routing/budgetmanager.h"
#include "store/database.h"
#include "store/sqlbudgetledger.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <QTest>

class TestSqlBudgetLedger final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TIERBENCH_REQUIRE_BACKEND(TestBackend::selected()); }
    void init();
    void cleanup();
    void missingRowIsNullopt();
    void addIsExactAndPerKey();
    void alertIsClaimedOnce();
    void legacyTextTotalsAreTheBase();
    void concurrentAddsLoseNothing();
    void budgetSurvivesRestart();

private:
    QTemporaryDir m_dir;
    Database m_database;
    int m_counter = 0;
};

void TestSqlBudgetLedger::init()
{
    m_database = TestBackend::fresh(m_dir.filePath(QStringLiteral("b%1.sqlite").arg(++m_counter)));
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

void TestSqlBudgetLedger::addIsExactAndPerKey()
{
    SqlBudgetLedger ledger(m_database);
    const QString month = QStringLiteral("month:2026-11");
    const auto first = ledger.add(QStringLiteral("acme"), month,
                                  {100, 200, *Decimal::parse(u"0.300000000001"), RouteClass::Light});
    QVERIFY2(first, qPrintable(ledger.lastError()));
    QCOMPARE(first->tokens, 300);
    const auto second = ledger.add(QStringLiteral("acme"), month,
                                   {3000, 4000, *Decimal::parse(u"0.000000000002"), RouteClass::Heavy});
    QVERIFY(second);
    QCOMPARE(second->tokens, 7300);
    QCOMPARE(second->dollars.toString(), QStringLiteral("0.300000000003"));
    QCOMPARE(second->byClass[RouteClasses::index(RouteClass::Light)], (ClassUsage{100, 200}));
    QCOMPARE(second->byClass[RouteClasses::index(RouteClass::Heavy)], (ClassUsage{3000, 4000}));
    QCOMPARE(*ledger.load(QStringLiteral("acme"), month), *second);
    QVERIFY(!ledger.load(QStringLiteral("acme"), QStringLiteral("day:2026-11")));   // other period
    QVERIFY(!ledger.load(QStringLiteral("other"), month)); // other tenant
    QCOMPARE(ledger.tenants({month}), QStringList{QStringLiteral("acme")});
}

void TestSqlBudgetLedger::alertIsClaimedOnce()
{
    SqlBudgetLedger ledger(m_database);
    const QString day = QStringLiteral("day:2026-01-01");
    QVERIFY(ledger.add(QStringLiteral("t"), day, {10, 0, Decimal(), RouteClass::Light}));
    QVERIFY(ledger.claimAlert(QStringLiteral("t"), day, 0b01));
    QVERIFY(!ledger.claimAlert(QStringLiteral("t"), day, 0b01)); // already raised
    QVERIFY(ledger.claimAlert(QStringLiteral("t"), day, 0b10));  // another alert
    QCOMPARE(ledger.load(QStringLiteral("t"), day)->alertsRaised, 0b11u);
    QVERIFY(ledger.lastError().isEmpty());
}

void TestSqlBudgetLedger::legacyTextTotalsAreTheBase()
{
    // A row written before schema 6 kept its totals as text; new usage adds to them.
    QSqlQuery q(m_database.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO budget_usage (tenant, period, period_start, tokens, cost, by_class,"
                                  " updated_at_ms) VALUES ('old', 'day', '2026-11-22', 900, '0.05', '0,0;400,500;0,0', 1)")));
    SqlBudgetLedger ledger(m_database);
    const auto after = ledger.add(QStringLiteral("old"), QStringLiteral("day:2026-11-22"),
                                  {1, 2, *Decimal::parse(u"0.01"), RouteClass::Standard});
    QVERIFY2(after, qPrintable(ledger.lastError()));
    QCOMPARE(after->tokens, 903);
    QCOMPARE(after->dollars.toString(), QStringLiteral("0.06"));
    QCOMPARE(after->byClass[RouteClasses::index(RouteClass::Standard)], (ClassUsage{401, 502}));
}

void TestSqlBudgetLedger::concurrentAddsLoseNothing()
{
    // Four writers, each on its own connection (as separate processes would be), add at once.
    constexpr int kThreads = 4;
    constexpr int kAdds = 100;
    const QString day = QStringLiteral("day:2026-11-22");
    const Decimal cent = *Decimal::parse(u"0.01");
    std::atomic<int> claimed{0};
    std::atomic<int> failures{0};
    QList<QThread *> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.append(QThread::create([this, day, cent, &claimed, &failures] {
            SqlBudgetLedger ledger(m_database);
            for (int i = 0; i < kAdds; ++i) {
                if (!ledger.add(QStringLiteral("team"), day, {3, 7, cent, RouteClass::Standard}))
                    ++failures;
                if (ledger.claimAlert(QStringLiteral("team"), day, 0b01))
                    ++claimed;
            }
            m_database.closeThreadConnection();
        }));
        threads.last()->start();
    }
    for (QThread *t : threads) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QCOMPARE(failures.load(), 0);
    QCOMPARE(claimed.load(), 1);
    SqlBudgetLedger ledger(m_database);
    const auto total = ledger.load(QStringLiteral("team"), day);
    QVERIFY(total);
    QCOMPARE(total->tokens, qint64(kThreads * kAdds * 10));
    QCOMPARE(total->dollars, cent * (kThreads * kAdds));
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
