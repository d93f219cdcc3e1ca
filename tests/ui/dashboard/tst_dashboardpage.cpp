// The Dashboard page over a seeded store: each chart gets the series DashboardQueries gives
// (bucket edges, stacked sums, percentile lines), the simulated badge, the empty state,
// stale results, the burn-down's limit lines, and export to PNG, PDF and CSV.
#include "dashboardchart.h"
#include "dashboardcharts.h"
#include "dashboardpage.h"

#include "money/cost.h"
#include "qcp.h"
#include "store/runstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

class TestDashboardPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rangeFilter_data();
    void rangeFilter();
    void emptyStoreSaysHowToGetData();
    void filterWithNoMatchSaysSo();
    void costBarsStackToBucketTotals_data();
    void costBarsStackToBucketTotals();
    void perModelToggleStacksByModel();
    void latencyLinesArePercentiles();
    void tierShareAddsUpToHundred();
    void costPerThousandSuccessfulCalls();
    void errorRatesPerTierAndClass();
    void savingsUseTheHeaviestTier();
    void burnDownHasLimitLines();
    void simulatedBadge_data();
    void simulatedBadge();
    void staleResultsAreDropped();
    void hoverShowsExactValues();
    void everyChartExports();

private:
    void insert(const QList<RunRecord> &runs);
    QList<RunRecord> knownCalls(bool simulated) const;
    std::unique_ptr<DashboardPage> openPage();
    DashboardContext context() const;

    QTemporaryDir m_dir;
    Database m_database;
    int m_counter = 0;
};

namespace {

// A fixed "now": the range "All time" covers the calls, the burn-down month is November 2026.
const QDateTime kNow(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);
const QDateTime kDay1(QDate(2026, 11, 16), QTime(0, 0), Qt::UTC); // a Monday

TierConfig pricedConfig()
{
    TierConfig c;
    c.name = QStringLiteral("test-config");
    const auto entry = [](const char *tier, const char *model, const char *in, const char *out) {
        TierEntry e;
        e.tier = QString::fromLatin1(tier);
        e.provider = QStringLiteral("anthropic");
        e.model = QString::fromLatin1(model);
        e.costPerMillionInput = QString::fromLatin1(in);
        e.costPerMillionOutput = QString::fromLatin1(out);
        return e;
    };
    c.tiers = {entry("fast", "haiku", "1.00", "5.00"), entry("standard", "sonnet", "3.00", "15.00"),
               entry("reasoning", "opus", "15.00", "75.00")};
    return c;
}

void selectData(QComboBox *combo, int value)
{
    combo->setCurrentIndex(combo->findData(value));
}

} // namespace

void TestDashboardPage::init()
{
    m_database = Database::fromLocation(m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++m_counter)));
    QString error;
    QVERIFY2(m_database.openAndMigrate(&error), qPrintable(error));
}

void TestDashboardPage::cleanup()
{
    m_database.closeThreadConnection();
}

void TestDashboardPage::insert(const QList<RunRecord> &runs)
{
    QSqlDatabase db = m_database.connection();
    QVERIFY(db.transaction());
    QString error;
    QVERIFY2(RunStore::insertRuns(db, runs, nullptr, &error), qPrintable(error));
    QVERIFY(db.commit());
}

/// Two days; fast (haiku) and standard (sonnet); team-a and team-b; one timeout on standard.
QList<RunRecord> TestDashboardPage::knownCalls(bool simulated) const
{
    QList<RunRecord> runs;
    for (int i = 0; i < 40; ++i) {
        RunRecord r;
        r.id = QStringLiteral("c%1").arg(i);
        // 25 calls on day 1 (the last one at 23:59:59), 15 on day 2 (the first at 00:00)
        r.createdAt = i < 25 ? kDay1.addSecs(i == 24 ? 86399 : i * 3000) : kDay1.addDays(1).addSecs((i - 25) * 3000);
        const bool fast = i % 3 != 0;
        r.tier = fast ? QStringLiteral("fast") : QStringLiteral("standard");
        r.provider = QStringLiteral("anthropic");
        r.model = fast ? QStringLiteral("haiku") : QStringLiteral("sonnet");
        r.tenant = i % 2 ? QStringLiteral("team-a") : QStringLiteral("team-b");
        r.source = QStringLiteral("import");
        r.config = QStringLiteral("test-config");
        r.simulated = simulated;
        r.inputTokens = 1000 + i;
        r.outputTokens = 200 + 10 * i;
        r.ttftMs = 100 + 7 * i;
        r.totalMs = (fast ? 500 : 2000) + 37 * i;
        r.cost = Decimal::parse(fast ? QStringLiteral("0.0021") : QStringLiteral("0.0123")).value();
        if (i == 9) {
            r.errorClass = QStringLiteral("timeout");
            r.ttftMs.reset();
            r.totalMs.reset();
        }
        runs.append(r);
    }
    return runs;
}

DashboardContext TestDashboardPage::context() const
{
    DashboardContext c;
    c.database = m_database;
    c.config = pricedConfig();
    c.limits = [](const QString &tenant) {
        BudgetLimits l;
        if (tenant == QLatin1String("team-a"))
            l.monthlyDollars = Decimal::parse(QStringLiteral("0.10")).value();
        return l;
    };
    c.limitsSource = QStringLiteral("test limits");
    return c;
}

std::unique_ptr<DashboardPage> TestDashboardPage::openPage()
{
    auto page = std::make_unique<DashboardPage>(context());
    page->setNow(kNow);
    selectData(page->findChild<QComboBox *>(QStringLiteral("range")), int(DashboardRange::All));
    page->resize(1440, 900);
    QSignalSpy refreshed(page.get(), &DashboardPage::refreshed);
    page->refresh();
    [&] { QVERIFY(refreshed.wait(10000)); }();
    // let the constructor's queued refresh land too
    while (refreshed.wait(300)) {
    }
    return page;
}

void TestDashboardPage::rangeFilter_data()
{
    QTest::addColumn<int>("range");
    QTest::addColumn<QDateTime>("from");
    const QDateTime now(QDate(2026, 11, 20), QTime(12, 34, 56), Qt::UTC);
    const QDateTime midnight(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC);
    // 24 h: whole hours, the current one included; days: whole UTC days, today included
    QTest::newRow("24 h") << int(DashboardRange::Day) << QDateTime(QDate(2026, 11, 19), QTime(13, 0), Qt::UTC);
    QTest::newRow("7 d") << int(DashboardRange::Week) << midnight.addDays(-6);
    QTest::newRow("30 d") << int(DashboardRange::Month) << midnight.addDays(-29);
    QTest::newRow("90 d") << int(DashboardRange::Quarter) << midnight.addDays(-89);
    QTest::newRow("all") << int(DashboardRange::All) << QDateTime();
}

void TestDashboardPage::rangeFilter()
{
    QFETCH(int, range);
    QFETCH(QDateTime, from);
    const QDateTime now(QDate(2026, 11, 20), QTime(12, 34, 56), Qt::UTC);
    const DashboardFilter f = DashboardData::rangeFilter(DashboardRange(range), now);
    QCOMPARE(f.from, from);
    QVERIFY(!f.to.isValid()); // open: calls after "now" (clock skew) still show
}

void TestDashboardPage::emptyStoreSaysHowToGetData()
{
    const auto page = openPage();
    QVERIFY(page->isShowingEmptyState());
    const QString text = page->emptyStateText();
    QVERIFY2(text.contains(QStringLiteral("Import calls")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Compare")));
    QVERIFY(text.contains(QStringLiteral("tierbench --demo")));
}

void TestDashboardPage::filterWithNoMatchSaysSo()
{
    insert(knownCalls(false));
    const auto page = openPage();
    QVERIFY(!page->isShowingEmptyState());
    selectData(page->findChild<QComboBox *>(QStringLiteral("range")), int(DashboardRange::Day)); // kNow: 4 days later
    QSignalSpy refreshed(page.get(), &DashboardPage::refreshed);
    page->refresh();
    QVERIFY(refreshed.wait(10000));
    QVERIFY(page->isShowingEmptyState());
    QVERIFY2(page->emptyStateText().contains(QStringLiteral("No calls match")), qPrintable(page->emptyStateText()));
}

void TestDashboardPage::costBarsStackToBucketTotals_data()
{
    QTest::addColumn<int>("bucket");
    QTest::newRow("hour") << int(DashboardBucket::Hour);
    QTest::newRow("day") << int(DashboardBucket::Day);
    QTest::newRow("week") << int(DashboardBucket::Week);
}

void TestDashboardPage::costBarsStackToBucketTotals()
{
    QFETCH(int, bucket);
    insert(knownCalls(false));
    auto page = std::make_unique<DashboardPage>(context());
    page->setNow(kNow);
    selectData(page->findChild<QComboBox *>(QStringLiteral("range")), int(DashboardRange::All));
    selectData(page->findChild<QComboBox *>(QStringLiteral("bucket")), bucket);
    QSignalSpy refreshed(page.get(), &DashboardPage::refreshed);
    page->refresh();
    QVERIFY(refreshed.wait(10000));
    while (refreshed.wait(300)) {
    }
    const QList<DashboardGroup> totals =
        DashboardQueries(m_database).aggregate({}, {}, DashboardBucket(bucket));
    QVERIFY(!totals.isEmpty());
    if (DashboardBucket(bucket) == DashboardBucket::Day) {
        QCOMPARE(totals.size(), 2); // the 23:59:59 call stays on day 1, the 00:00 call opens day 2
        QCOMPARE(totals[0].calls, 25);
    }
    QCustomPlot *plot = page->chart(QStringLiteral("dashboard-cost"))->plot();
    QCOMPARE(plot->plottableCount(), 2); // fast, standard
    QCOMPARE(plot->plottable(0)->name(), QStringLiteral("fast")); // the config's order
    QCOMPARE(plot->plottable(1)->name(), QStringLiteral("standard"));
    for (const DashboardGroup &total : totals) {
        const double key = DashboardCharts::bucketKey(total.bucket, DashboardBucket(bucket));
        double stack = 0;
        for (int i = 0; i < plot->plottableCount(); ++i) {
            auto *bars = qobject_cast<QCPBars *>(plot->plottable(i));
            QVERIFY(bars);
            const auto it = bars->data()->findBegin(key, false);
            if (it != bars->data()->constEnd() && it->key == key)
                stack += it->value;
        }
        QVERIFY2(qFuzzyCompare(stack, total.cost.toDouble()),
                 qPrintable(QStringLiteral("%1 vs %2").arg(stack).arg(total.cost.toDouble())));
    }
    // The CSV holds the exact decimals, which add up to the store's total exactly.
    Decimal sum;
    const ChartTable &table = page->chart(QStringLiteral("dashboard-cost"))->table();
    for (const QStringList &row : table.rows)
        sum += Decimal::parse(row.at(4)).value();
    QCOMPARE(sum, DashboardQueries(m_database).aggregate({}, {}, std::nullopt).at(0).cost);
}

void TestDashboardPage::perModelToggleStacksByModel()
{
    insert(knownCalls(false));
    const auto page = openPage();
    page->findChild<QCheckBox *>(QStringLiteral("perModel"))->setChecked(true);
    QCustomPlot *plot = page->chart(QStringLiteral("dashboard-cost"))->plot();
    QStringList names;
    for (int i = 0; i < plot->plottableCount(); ++i)
        names.append(plot->plottable(i)->name());
    QCOMPARE(names, (QStringList{QStringLiteral("haiku"), QStringLiteral("sonnet")}));
}

void TestDashboardPage::latencyLinesArePercentiles()
{
    insert(knownCalls(false));
    const auto page = openPage();
    QCustomPlot *plot = page->chart(QStringLiteral("dashboard-latency"))->plot();
    QCOMPARE(plot->graphCount(), 6); // 2 tiers x p50, p95, p99, each its own line
    QCOMPARE(plot->plottableCount(), 6); // and no bars: nothing is stacked
    const QList<DashboardGroup> groups =
        DashboardQueries(m_database).aggregate({}, {DashboardDimension::Tier}, DashboardBucket::Day);
    for (int i = 0; i < plot->graphCount(); ++i) {
        QCPGraph *graph = plot->graph(i);
        const QStringList parts = graph->name().split(u' ');
        QCOMPARE(parts.size(), 2);
        int checked = 0;
        for (const DashboardGroup &g : groups) {
            if (g.key.value(DashboardDimension::Tier) != parts[0])
                continue;
            const Percentiles &p = g.latencyMs;
            const std::optional<double> want = parts[1] == QLatin1String("p50") ? p.p50
                : parts[1] == QLatin1String("p95")                            ? p.p95 : p.p99;
            const auto it = graph->data()->findBegin(DashboardCharts::bucketKey(g.bucket, DashboardBucket::Day), false);
            QVERIFY(it != graph->data()->constEnd());
            QVERIFY(want);
            QCOMPARE(it->value, *want);
            ++checked;
        }
        QCOMPARE(checked, 2); // both days
    }
}

void TestDashboardPage::tierShareAddsUpToHundred()
{
    insert(knownCalls(false));
    const auto page = openPage();
    QCustomPlot *plot = page->chart(QStringLiteral("dashboard-tier-share"))->plot();
    QMap<double, double> sums;
    for (int i = 0; i < plot->plottableCount(); ++i) {
        auto *bars = qobject_cast<QCPBars *>(plot->plottable(i));
        QVERIFY(bars);
        for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
            sums[it->key] += it->value;
    }
    QCOMPARE(sums.size(), 2);
    for (double s : std::as_const(sums))
        QVERIFY(qFuzzyCompare(s, 100.0));
}

void TestDashboardPage::costPerThousandSuccessfulCalls()
{
    insert(knownCalls(false));
    const auto page = openPage();
    auto *bars = qobject_cast<QCPBars *>(page->chart(QStringLiteral("dashboard-cost-per-1000"))->plot()->plottable(0));
    QVERIFY(bars);
    QCOMPARE(bars->data()->size(), 2);
    // standard: 14 calls (i % 3 == 0 for i < 40), one failed, each $0.0123
    const auto standard = bars->data()->at(1);
    QCOMPARE(standard->key, 2.0);
    QVERIFY(qFuzzyCompare(standard->value, 14 * 0.0123 * 1000 / 13));
    const auto fast = bars->data()->at(0);
    QVERIFY(qFuzzyCompare(fast->value, 0.0021 * 1000));
}

void TestDashboardPage::errorRatesPerTierAndClass()
{
    insert(knownCalls(false));
    const auto page = openPage();
    QCustomPlot *plot = page->chart(QStringLiteral("dashboard-errors"))->plot();
    QCOMPARE(plot->plottableCount(), 1);
    QCOMPARE(plot->plottable(0)->name(), QStringLiteral("timeout"));
    auto *bars = qobject_cast<QCPBars *>(plot->plottable(0));
    QVERIFY(qFuzzyCompare(bars->data()->at(1)->value, 100.0 / 14)); // 1 of 14 standard calls
    QCOMPARE(bars->data()->at(0)->value, 0.0);
}

void TestDashboardPage::savingsUseTheHeaviestTier()
{
    insert(knownCalls(false));
    const auto page = openPage();
    DashboardChart *chart = page->chart(QStringLiteral("dashboard-savings"));
    QVERIFY2(chart->note().contains(QStringLiteral("\"reasoning\"")), qPrintable(chart->note()));
    QVERIFY(chart->note().contains(QStringLiteral("test-config")));
    // the baseline's last cumulative point = all tokens at $15 / $75 per million
    qint64 in = 0, out = 0;
    for (const RunRecord &r : knownCalls(false)) {
        in += *r.inputTokens;
        out += *r.outputTokens;
    }
    const double expected = (double(in) * 15 + double(out) * 75) / 1e6;
    QCPGraph *baseline = chart->plot()->graph(1);
    QVERIFY(qFuzzyCompare((baseline->data()->constEnd() - 1)->value, expected));
}

void TestDashboardPage::burnDownHasLimitLines()
{
    insert(knownCalls(false));
    const auto page = openPage();
    auto *tenant = page->findChild<QComboBox *>(QStringLiteral("burnDownTenant"));
    tenant->setCurrentIndex(tenant->findData(QStringLiteral("team-a")));
    emit tenant->activated(tenant->currentIndex());
    QCustomPlot *plot = page->chart(QStringLiteral("dashboard-burn-down"))->plot();
    QCOMPARE(plot->graphCount(), 4); // used, limit, 95%, 80%
    QCOMPARE(plot->graph(1)->data()->at(0)->value, 0.10);
    QVERIFY(qFuzzyCompare(plot->graph(2)->data()->at(0)->value, 0.095));
    QVERIFY(qFuzzyCompare(plot->graph(3)->data()->at(0)->value, 0.08));
    // team-a: the odd calls; cumulative cost at the end of day 2 is all of them
    Decimal total;
    for (const RunRecord &r : knownCalls(false)) {
        if (r.tenant == QLatin1String("team-a"))
            total += *r.cost;
    }
    QCOMPARE(plot->graph(0)->data()->size(), 2);
    QVERIFY(qFuzzyCompare((plot->graph(0)->data()->constEnd() - 1)->value, total.toDouble()));
    // team-b has no limit: no limit lines, and the note says how to set one
    tenant->setCurrentIndex(tenant->findData(QStringLiteral("team-b")));
    emit tenant->activated(tenant->currentIndex());
    QCOMPARE(plot->graphCount(), 1);
    QVERIFY(page->chart(QStringLiteral("dashboard-burn-down"))->note().contains(QStringLiteral("router-policy.yaml")));
}

void TestDashboardPage::simulatedBadge_data()
{
    QTest::addColumn<bool>("simulated");
    QTest::newRow("real calls") << false;
    QTest::newRow("simulated calls") << true;
}

void TestDashboardPage::simulatedBadge()
{
    QFETCH(bool, simulated);
    insert(knownCalls(simulated));
    const auto page = openPage();
    for (DashboardChart *chart : page->charts())
        QVERIFY2(chart->isSimulatedShown() == simulated, qPrintable(chart->title()));
}

void TestDashboardPage::staleResultsAreDropped()
{
    insert(knownCalls(false));
    const auto page = openPage();
    auto *tenant = page->findChild<QComboBox *>(QStringLiteral("tenant"));
    QSignalSpy refreshed(page.get(), &DashboardPage::refreshed);
    page->refresh(); // all tenants: superseded by the next request
    tenant->setCurrentIndex(tenant->findData(QStringLiteral("team-a")));
    page->refresh();
    QVERIFY(refreshed.wait(10000));
    while (refreshed.wait(300)) {
    }
    QCOMPARE(refreshed.size(), 1);
    QCOMPARE(page->snapshot().matching, 20);
}

void TestDashboardPage::hoverShowsExactValues()
{
    insert(knownCalls(false));
    const auto page = openPage();
    const QList<DashboardGroup> days = DashboardQueries(m_database).aggregate({}, {}, DashboardBucket::Day);
    QCOMPARE(days.size(), 2);
    const double key = DashboardCharts::bucketKey(days[1].bucket, DashboardBucket::Day);
    const QString cost = page->chart(QStringLiteral("dashboard-cost"))->hoverTextAt(key + 3600);
    QVERIFY2(cost.contains(QStringLiteral("total: %1").arg(Cost::format(days[1].cost))), qPrintable(cost));
    QVERIFY(cost.contains(QStringLiteral("(15 calls")));
    const QString latency = page->chart(QStringLiteral("dashboard-latency"))->hoverTextAt(key);
    QVERIFY2(latency.contains(QStringLiteral("p95")), qPrintable(latency));
    // nothing between the bars of the box plot
    QVERIFY(page->chart(QStringLiteral("dashboard-latency-box"))->hoverTextAt(1.5).isEmpty());
    QVERIFY(page->chart(QStringLiteral("dashboard-latency-box"))->hoverTextAt(1.0).contains(QStringLiteral("median")));
}

void TestDashboardPage::everyChartExports()
{
    insert(knownCalls(true));
    const auto page = openPage();
    page->show();
    QVERIFY(QTest::qWaitForWindowExposed(page.get()));
    QTemporaryDir out;
    QCOMPARE(page->charts().size(), 10);
    for (DashboardChart *chart : page->charts()) {
        QVERIFY2(!chart->table().rows.isEmpty(), qPrintable(chart->title()));
        for (const QString &ext : {QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("csv")}) {
            const QString path = out.filePath(chart->objectName() + u'.' + ext);
            const std::optional<QString> error = ChartExport::save(chart->plot(), chart->table(), path);
            QVERIFY2(!error, qPrintable(error.value_or(QString())));
            QVERIFY2(QFileInfo(path).size() > 0, qPrintable(path));
        }
    }
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
