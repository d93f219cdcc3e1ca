#include "routing/budgetmanager.h"
#include "routing/modelrouter.h"

#include <QTest>

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

BudgetLimits tokenLimits(std::int64_t daily, std::int64_t monthly)
{
    BudgetLimits l;
    l.dailyTokens = daily;
    l.monthlyTokens = monthly;
    return l;
}

PricesByClass seedPrices()
{
    const TierConfig c = ModelRouter::defaultTierConfig();
    return {c.findTier(QStringLiteral("fast"))->prices(), c.findTier(QStringLiteral("standard"))->prices(),
            c.findTier(QStringLiteral("reasoning"))->prices()};
}

} // namespace

class TestBudgetManager : public QObject
{
    Q_OBJECT

private slots:
    void environmentDefaults_data();
    void environmentDefaults();
    void checkTokens_data();
    void checkTokens();
    void checkDollars();
    void unreadableLedgerFailsClosed();
    void periodKeys_data();
    void periodKeys();
    void dayAndMonthReset();
    void alertsOncePerPeriod();
    void alertsBothThresholdsAtOnce();
    void alertsSurviveRestart();
    void dollarAlerts();
    void savingsWithWeights();
    void savingsWithPrices();
    void usagePersistsAcrossManagers();
};

void TestBudgetManager::environmentDefaults_data()
{
    QTest::addColumn<QByteArray>("daily");
    QTest::addColumn<QByteArray>("monthly");
    QTest::addColumn<qint64>("expectedDaily");
    QTest::addColumn<qint64>("expectedMonthly");
    QTest::newRow("unset") << QByteArray() << QByteArray() << qint64(1000000) << qint64(20000000);
    QTest::newRow("set") << QByteArray("5000") << QByteArray(" 90000 ") << qint64(5000) << qint64(90000);
    QTest::newRow("garbage falls back") << QByteArray("lots") << QByteArray("-4") << qint64(1000000) << qint64(20000000);
}

void TestBudgetManager::environmentDefaults()
{
    QFETCH(QByteArray, daily);
    QFETCH(QByteArray, monthly);
    if (daily.isNull()) {
        qunsetenv("TOKEN_BUDGET_DAILY");
        qunsetenv("TOKEN_BUDGET_MONTHLY");
    } else {
        qputenv("TOKEN_BUDGET_DAILY", daily);
        qputenv("TOKEN_BUDGET_MONTHLY", monthly);
    }
    const BudgetLimits l = BudgetManager::limitsFromEnvironment();
    qunsetenv("TOKEN_BUDGET_DAILY");
    qunsetenv("TOKEN_BUDGET_MONTHLY");
    QTEST(qint64(*l.dailyTokens), "expectedDaily");
    QTEST(qint64(*l.monthlyTokens), "expectedMonthly");
    QVERIFY(!l.dailyDollars && !l.monthlyDollars);
}

void TestBudgetManager::checkTokens_data()
{
    QTest::addColumn<qint64>("used");
    QTest::addColumn<qint64>("estimate");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("fresh") << qint64(0) << qint64(1000) << true << QString();
    QTest::newRow("exactly at the daily limit") << qint64(900) << qint64(100) << true << QString();
    QTest::newRow("one over daily") << qint64(900) << qint64(101) << false << "daily token";
    QTest::newRow("estimate alone too big") << qint64(0) << qint64(1001) << false << "daily token";
}

void TestBudgetManager::checkTokens()
{
    QFETCH(qint64, used);
    QFETCH(qint64, estimate);
    QFETCH(bool, allowed);
    QFETCH(QString, reasonPart);
    InMemoryBudgetLedger ledger;
    BudgetManager m(ledger, [] { return utc("2026-11-22T10:00:00Z"); });
    m.setDefaultLimits(tokenLimits(1000, 5000));
    if (used)
        m.record(QStringLiteral("acme"), RouteClass::Light, used, 0, std::nullopt);
    const BudgetCheck c = m.check(QStringLiteral("acme"), estimate);
    QCOMPARE(c.allowed, allowed);
    QVERIFY2(c.reason.contains(reasonPart), qPrintable(c.reason));
    if (!allowed) { // which budget, what is left, when it resets
        QCOMPARE(c.period, BudgetPeriod::Day);
        QCOMPARE(c.metric, BudgetAlert::Metric::Tokens);
        QCOMPARE(c.remaining, QString::number(1000 - used));
        QCOMPARE(c.resetsAt, utc("2026-11-23T00:00:00Z"));
        QVERIFY2(c.reason.contains(QStringLiteral("2026-11-23 00:00 UTC")), qPrintable(c.reason));
        QVERIFY2(c.reason.contains(QStringLiteral("%1 left").arg(1000 - used)), qPrintable(c.reason));
    }
    // Another tenant is unaffected.
    QVERIFY(m.check(QStringLiteral("other"), 1000).allowed);
}

namespace {
/// A ledger whose reads fail, like a database that went away.
class BrokenLedger final : public BudgetLedger
{
public:
    std::optional<PeriodUsage> load(const QString &, const QString &) override { return std::nullopt; }
    std::optional<PeriodUsage> add(const QString &, const QString &, const UsageDelta &) override { return std::nullopt; }
    bool claimAlert(const QString &, const QString &, std::uint32_t) override { return false; }
    QString lastError() const override { return QStringLiteral("database is locked"); }
};
} // namespace

void TestBudgetManager::unreadableLedgerFailsClosed()
{
    BrokenLedger ledger;
    BudgetManager m(ledger, [] { return utc("2026-11-22T10:00:00Z"); });
    m.setDefaultLimits(tokenLimits(1000, 5000));
    const BudgetCheck c = m.check(QStringLiteral("acme"), 1);
    QVERIFY(!c.allowed);
    QVERIFY2(c.reason.contains(QStringLiteral("database is locked")), qPrintable(c.reason));
    QVERIFY(m.record(QStringLiteral("acme"), RouteClass::Light, 10, 0, std::nullopt).isEmpty()); // no alert from a failed add
}

void TestBudgetManager::checkDollars()
{
    InMemoryBudgetLedger ledger;
    BudgetManager m(ledger, [] { return utc("2026-11-22T10:00:00Z"); });
    BudgetLimits l;
    l.monthlyDollars = Decimal::parse(u"1.00");
    m.setTenantLimits(QStringLiteral("acme"), l);
    m.record(QStringLiteral("acme"), RouteClass::Heavy, 1000, 1000, Decimal::parse(u"0.90"));
    QVERIFY(m.check(QStringLiteral("acme"), 10, Decimal::parse(u"0.10")).allowed);
    const BudgetCheck c = m.check(QStringLiteral("acme"), 10, Decimal::parse(u"0.11"));
    QVERIFY(!c.allowed);
    QVERIFY2(c.reason.contains(QStringLiteral("monthly dollar")), qPrintable(c.reason));
    QCOMPARE(c.remaining, QStringLiteral("0.1"));
    QCOMPARE(c.resetsAt, utc("2026-12-01T00:00:00Z"));
    m.record(QStringLiteral("acme"), RouteClass::Heavy, 10, 10, Decimal::parse(u"0.10"));
    QVERIFY(!m.check(QStringLiteral("acme"), 1).allowed); // spent out, even with unknown cost
}

void TestBudgetManager::periodKeys_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("day");
    QTest::addColumn<QString>("month");
    QTest::newRow("utc") << utc("2026-11-22T23:59:59Z") << "day:2026-11-22" << "month:2026-11";
    QTest::newRow("offset converts to utc") << QDateTime::fromString(QStringLiteral("2026-12-01T01:30:00+02:00"), Qt::ISODate)
                                            << "day:2026-11-30" << "month:2026-11";
    QTest::newRow("new year") << utc("2027-01-01T00:00:00Z") << "day:2027-01-01" << "month:2027-01";
}

void TestBudgetManager::periodKeys()
{
    QFETCH(QDateTime, when);
    QTEST(BudgetManager::periodKey(BudgetPeriod::Day, when), "day");
    QTEST(BudgetManager::periodKey(BudgetPeriod::Month, when), "month");
}

void TestBudgetManager::dayAndMonthReset()
{
    InMemoryBudgetLedger ledger;
    QDateTime now = utc("2026-11-30T23:59:59Z");
    BudgetManager m(ledger, [&now] { return now; });
    m.setDefaultLimits(tokenLimits(1000, 1500));
    m.record(QStringLiteral("t"), RouteClass::Standard, 600, 300, std::nullopt);
    QCOMPARE(m.usage(QStringLiteral("t"), BudgetPeriod::Day).tokens, 900);
    QVERIFY(!m.check(QStringLiteral("t"), 200).allowed);

    now = utc("2026-11-30T00:00:00Z").addDays(1); // 2026-12-01: new day and new month
    QCOMPARE(m.usage(QStringLiteral("t"), BudgetPeriod::Day).tokens, 0);
    QCOMPARE(m.usage(QStringLiteral("t"), BudgetPeriod::Month).tokens, 0);
    QVERIFY(m.check(QStringLiteral("t"), 1000).allowed);

    m.record(QStringLiteral("t"), RouteClass::Light, 900, 0, std::nullopt);
    now = utc("2026-12-02T00:00:00Z"); // next day, same month
    QCOMPARE(m.usage(QStringLiteral("t"), BudgetPeriod::Day).tokens, 0);
    QCOMPARE(m.usage(QStringLiteral("t"), BudgetPeriod::Month).tokens, 900);
    const BudgetCheck c = m.check(QStringLiteral("t"), 700);
    QVERIFY(!c.allowed);
    QVERIFY(c.reason.contains(QStringLiteral("monthly token")));
}

void TestBudgetManager::alertsOncePerPeriod()
{
    InMemoryBudgetLedger ledger;
    QDateTime now = utc("2026-11-22T08:00:00Z");
    BudgetManager m(ledger, [&now] { return now; });
    BudgetLimits l;
    l.dailyTokens = 1000;
    m.setDefaultLimits(l);
    QList<BudgetAlert> handled;
    m.setAlertHandler([&handled](const BudgetAlert &a) { handled.append(a); });
    const QString t = QStringLiteral("acme");

    QCOMPARE(m.record(t, RouteClass::Light, 700, 0, {}).size(), 0);
    const QList<BudgetAlert> at80 = m.record(t, RouteClass::Light, 100, 0, {}); // 800 = 80%
    QCOMPARE(at80.size(), 1);
    QCOMPARE(at80[0].thresholdPercent, 80);
    QCOMPARE(at80[0].metric, BudgetAlert::Metric::Tokens);
    QCOMPARE(at80[0].periodKey, QStringLiteral("day:2026-11-22"));
    QCOMPARE(at80[0].used, QStringLiteral("800"));
    QCOMPARE(m.record(t, RouteClass::Light, 100, 0, {}).size(), 0); // 900: no repeat
    const QList<BudgetAlert> at95 = m.record(t, RouteClass::Light, 50, 0, {}); // 950 = 95%
    QCOMPARE(at95.size(), 1);
    QCOMPARE(at95[0].thresholdPercent, 95);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m.record(t, RouteClass::Light, 100, 0, {}).size(), 0); // over 100%: still quiet
    QCOMPARE(handled.size(), 2);

    now = utc("2026-11-23T08:00:00Z"); // a new day raises again
    QCOMPARE(m.record(t, RouteClass::Light, 850, 0, {}).size(), 1);
    QCOMPARE(handled.size(), 3);
}

void TestBudgetManager::alertsBothThresholdsAtOnce()
{
    InMemoryBudgetLedger ledger;
    BudgetManager m(ledger, [] { return utc("2026-11-22T08:00:00Z"); });
    m.setDefaultLimits(tokenLimits(1000, 100000));
    const QList<BudgetAlert> alerts = m.record(QStringLiteral("t"), RouteClass::Heavy, 960, 0, {});
    QCOMPARE(alerts.size(), 2);
    QCOMPARE(alerts[0].thresholdPercent, 80);
    QCOMPARE(alerts[1].thresholdPercent, 95);
    QCOMPARE(alerts[0].period, BudgetPeriod::Day);
}

void TestBudgetManager::alertsSurviveRestart()
{
    InMemoryBudgetLedger ledger;
    const auto clock = [] { return utc("2026-11-22T08:00:00Z"); };
    {
        BudgetManager m(ledger, clock);
        m.setDefaultLimits(tokenLimits(1000, 100000));
        QCOMPARE(m.record(QStringLiteral("t"), RouteClass::Light, 850, 0, {}).size(), 1);
    }
    BudgetManager restarted(ledger, clock);
    restarted.setDefaultLimits(tokenLimits(1000, 100000));
    QCOMPARE(restarted.record(QStringLiteral("t"), RouteClass::Light, 10, 0, {}).size(), 0);
}

void TestBudgetManager::dollarAlerts()
{
    InMemoryBudgetLedger ledger;
    BudgetManager m(ledger, [] { return utc("2026-11-22T08:00:00Z"); });
    BudgetLimits l;
    l.dailyDollars = Decimal::parse(u"10");
    m.setDefaultLimits(l);
    QCOMPARE(m.record(QStringLiteral("t"), RouteClass::Heavy, 1, 1, Decimal::parse(u"7.99")).size(), 0);
    const QList<BudgetAlert> a = m.record(QStringLiteral("t"), RouteClass::Heavy, 1, 1, Decimal::parse(u"0.01"));
    QCOMPARE(a.size(), 1);
    QCOMPARE(a[0].metric, BudgetAlert::Metric::Dollars);
    QCOMPARE(a[0].used, QStringLiteral("8"));
    QCOMPARE(a[0].limit, QStringLiteral("10"));
}

void TestBudgetManager::savingsWithWeights()
{
    InMemoryBudgetLedger ledger;
    BudgetManager m(ledger, [] { return utc("2026-11-22T08:00:00Z"); });
    for (RouteClass c : RouteClasses::all)
        m.record(QStringLiteral("t"), c, 600, 400, std::nullopt);
    const SavingsReport r = m.savingsReport(QStringLiteral("t"));
    QCOMPARE(r.basis, SavingsReport::Basis::CostWeights);
    QCOMPARE(r.totalTokens, 3000);
    QCOMPARE(r.actualUnits, 14000);
    QCOMPARE(r.baselineUnits, 30000);
    QCOMPARE(r.unitsSaved(), 16000);
    QCOMPARE(QString::number(r.reductionPercent, 'f', 2), QStringLiteral("53.33"));
    QCOMPARE(m.savingsReport(QStringLiteral("nobody")).reductionPercent, 0.0);
}

void TestBudgetManager::savingsWithPrices()
{
    InMemoryBudgetLedger ledger;
    BudgetManager m(ledger, [] { return utc("2026-11-22T08:00:00Z"); });
    m.setClassPrices(seedPrices());
    for (RouteClass c : RouteClasses::all)
        m.record(QStringLiteral("t"), c, 1000, 1000, std::nullopt);
    const SavingsReport r = m.savingsReport(QStringLiteral("t"), BudgetPeriod::Day);
    QCOMPARE(r.basis, SavingsReport::Basis::Prices);
    // fast 0.0008+0.004, standard 0.003+0.015, reasoning 0.015+0.075 = 0.1128
    QCOMPARE(r.actualCost, Decimal::parse(u"0.1128"));
    QCOMPARE(r.baselineCost, Decimal::parse(u"0.27")); // 3000 x 15/M + 3000 x 75/M
    QCOMPARE(r.costSaved(), Decimal::parse(u"0.1572"));
    QCOMPARE(QString::number(r.reductionPercent, 'f', 2), QStringLiteral("58.22"));
}

void TestBudgetManager::usagePersistsAcrossManagers()
{
    InMemoryBudgetLedger ledger;
    const auto clock = [] { return utc("2026-11-22T08:00:00Z"); };
    BudgetManager(ledger, clock).record(QStringLiteral("t"), RouteClass::Standard, 10, 5, Decimal::parse(u"0.25"));
    const PeriodUsage u = BudgetManager(ledger, clock).usage(QStringLiteral("t"), BudgetPeriod::Month);
    QCOMPARE(u.tokens, 15);
    QCOMPARE(u.dollars, *Decimal::parse(u"0.25"));
    QCOMPARE(u.byClass[1].inputTokens, 10);
    QCOMPARE(ledger.rowCount(), 2); // one day row, one month row
}

QTEST_GUILESS_MAIN(TestBudgetManager)
#include "tst_budgetmanager.moc"
