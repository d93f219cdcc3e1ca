#include "cellgridfilter.h"
#include "cellgridmodel.h"
#include "rundiffmodel.h"

#include <QAbstractItemModelTester>
#include <QtTest>

namespace {

Experiment experiment(int cases, int targets)
{
    Experiment e;
    e.promptTemplate = PromptTemplate(QStringLiteral("{{q}}"));
    for (int i = 0; i < cases; ++i)
        e.cases.append(TestCase{QStringLiteral("case-%1").arg(i + 1), {{QStringLiteral("q"), QStringLiteral("q%1").arg(i)}}, {}});
    for (int t = 0; t < targets; ++t) {
        Target target;
        target.id = QStringLiteral("t%1").arg(t);
        target.provider = QStringLiteral("simulated");
        target.model = QStringLiteral("m%1").arg(t);
        e.targets.append(target);
    }
    return e;
}

CellResult cell(int caseIndex, int target, const QString &text, qint64 ms, const char *cost,
                const QString &errorClass = {}, bool assertionPassed = true)
{
    CellResult c;
    c.runId = QStringLiteral("run-a");
    c.key = {caseIndex, target, 0};
    c.caseId = QStringLiteral("case-%1").arg(caseIndex + 1);
    c.targetId = QStringLiteral("t%1").arg(target);
    c.state = errorClass.isEmpty() ? CellState::Succeeded : CellState::Failed;
    c.outcome.text = text;
    c.outcome.totalMs = ms;
    c.outcome.errorClass = errorClass;
    if (cost)
        c.outcome.cost = Decimal::parse(QString::fromLatin1(cost));
    if (errorClass.isEmpty())
        c.assertions.append(AssertionResult{QStringLiteral("contains"), QStringLiteral("x"),
                                            assertionPassed, assertionPassed ? QString() : QStringLiteral("no x")});
    return c;
}

// Row 0: same answers, all pass. Row 1: an assertion fails. Row 2: an error.
// Row 3: answers differ. Row 4: one answer only (still pending elsewhere).
QList<CellResult> sampleCells()
{
    return {cell(0, 0, QStringLiteral("x same"), 100, "0.001"), cell(0, 1, QStringLiteral("x same"), 300, "0.003"),
            cell(1, 0, QStringLiteral("x same"), 200, "0.001"), cell(1, 1, QStringLiteral("same"), 400, "0.003", {}, false),
            cell(2, 0, QStringLiteral("x a"), 150, "0.001"), cell(2, 1, {}, 900, nullptr, QStringLiteral("timeout")),
            cell(3, 0, QStringLiteral("x one"), 120, "0.001"), cell(3, 1, QStringLiteral("x two"), 350, nullptr),
            cell(4, 0, QStringLiteral("x lone"), 110, "0.001")};
}

} // namespace

class TestCellGridModel final : public QObject
{
    Q_OBJECT
private slots:
    void passesModelTester();
    void filters_data();
    void filters();
    void filterFollowsUpdates();
    void headerAggregates();
    void cellRoles();
    void tooltipEscapesServerText();
    void diffModel();
};

void TestCellGridModel::passesModelTester()
{
    CellGridModel model;
    CellGridFilter filter;
    filter.setGridModel(&model);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setExperiment(experiment(5, 2));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.columnCount(), 2);
    for (const CellResult &c : sampleCells())
        model.updateCell(c);
    filter.setRowFilter(CellGridModel::RowFilter::Failures);
    model.setCells(experiment(3, 3), {});
    filter.setRowFilter(CellGridModel::RowFilter::All);
    QCOMPARE(filter.rowCount(), 3);
}

void TestCellGridModel::filters_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<QStringList>("rows");
    QTest::newRow("all") << int(CellGridModel::RowFilter::All)
                         << QStringList{QStringLiteral("case-1"), QStringLiteral("case-2"), QStringLiteral("case-3"),
                                        QStringLiteral("case-4"), QStringLiteral("case-5")};
    QTest::newRow("failures") << int(CellGridModel::RowFilter::Failures)
                              << QStringList{QStringLiteral("case-2"), QStringLiteral("case-3")};
    QTest::newRow("errors") << int(CellGridModel::RowFilter::Errors) << QStringList{QStringLiteral("case-3")};
    QTest::newRow("different") << int(CellGridModel::RowFilter::Different)
                               << QStringList{QStringLiteral("case-2"), QStringLiteral("case-4")};
}

void TestCellGridModel::filters()
{
    QFETCH(int, filter);
    QFETCH(QStringList, rows);
    CellGridModel model;
    CellGridFilter proxy;
    proxy.setGridModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCells(experiment(5, 2), sampleCells());
    proxy.setRowFilter(CellGridModel::RowFilter(filter));
    QStringList shown;
    for (int r = 0; r < proxy.rowCount(); ++r)
        shown << proxy.headerData(r, Qt::Vertical).toString();
    QCOMPARE(shown, rows);
}

void TestCellGridModel::filterFollowsUpdates()
{
    CellGridModel model;
    CellGridFilter proxy;
    proxy.setGridModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setExperiment(experiment(2, 2));
    proxy.setRowFilter(CellGridModel::RowFilter::Errors);
    QCOMPARE(proxy.rowCount(), 0);
    model.updateCell(cell(1, 0, {}, 50, nullptr, QStringLiteral("server")));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.headerData(0, Qt::Vertical).toString(), QStringLiteral("case-2"));
}

void TestCellGridModel::headerAggregates()
{
    CellGridModel model;
    model.setCells(experiment(5, 2), sampleCells());
    // Target t0: 5 cells, 100..200 ms, $0.005, 5/5 pass.
    const QString t0 = model.headerData(0, Qt::Horizontal).toString();
    QVERIFY2(t0.contains(QStringLiteral("p50 120 ms")), qPrintable(t0));
    QVERIFY2(t0.contains(QStringLiteral("p95 200 ms")), qPrintable(t0));
    QVERIFY2(t0.contains(QStringLiteral("$0.0050")), qPrintable(t0));
    QVERIFY2(t0.contains(QStringLiteral("pass 100% (5/5)")), qPrintable(t0));
    // Target t1: one error, one failed assertion, one unknown cost: pass 2/4.
    const QString t1 = model.headerData(1, Qt::Horizontal).toString();
    QVERIFY2(t1.contains(QStringLiteral("pass 50% (2/4)")), qPrintable(t1));
    QVERIFY2(t1.contains(QStringLiteral("+?")), qPrintable(t1)); // a cost is unknown
    QVERIFY(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("unknown cost")));
    QCOMPARE(model.columnStats(1).failed, 1);
}

void TestCellGridModel::cellRoles()
{
    CellGridModel model;
    model.setCells(experiment(5, 2), sampleCells());
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("x same"));
    QCOMPARE(model.index(0, 1).data(CellGridModel::LatencyTextRole).toString(), QStringLiteral("300 ms"));
    QCOMPARE(model.index(0, 1).data(CellGridModel::CostTextRole).toString(), QStringLiteral("$0.0030"));
    QCOMPARE(model.index(3, 1).data(CellGridModel::CostTextRole).toString(), QStringLiteral("unknown"));
    QCOMPARE(model.index(1, 1).data(CellGridModel::BadgeTextRole).toString(), QStringLiteral("1 failed"));
    QCOMPARE(model.index(2, 1).data(CellGridModel::BadgeTextRole).toString(), QStringLiteral("error: timeout"));
    QCOMPARE(model.index(4, 1).data(CellGridModel::BadgeTextRole).toString(), QStringLiteral("pending"));
    QVERIFY(model.index(2, 1).data(Qt::ToolTipRole).toString().contains(QStringLiteral("base URL")));
}

void TestCellGridModel::tooltipEscapesServerText()
{
    // A tooltip that looks like HTML is rendered as HTML by Qt: the server's text is escaped.
    CellGridModel model;
    CellResult c = cell(0, 0, QStringLiteral("<b>bold</b> & <img src=x>"), 100, "0.001");
    QList<CellResult> cells{c};
    model.setCells(experiment(1, 1), cells);
    const QString tip = model.index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;img src=x&gt;")), qPrintable(tip));
    QVERIFY(!tip.contains(QStringLiteral("<img")));
}

void TestCellGridModel::diffModel()
{
    QList<CellResult> a = sampleCells();
    QList<CellResult> b = sampleCells();
    b[0].outcome.cost = Decimal::parse(u"0.0004"); // 0.001 -> 0.0004: cheaper
    b[0].outcome.totalMs = 80;
    b.removeLast();
    RunDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRuns(a, b);
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(model.index(0, RunDiffModel::DeltaCost).data().toString(), QStringLiteral("−$0.0006"));
    QCOMPARE(model.index(0, RunDiffModel::DeltaLatency).data().toString(), QStringLiteral("−20 ms"));
    QCOMPARE(model.totalDeltaCost(), *Decimal::parse(u"-0.0006"));
    // case-5 exists only in A.
    int lone = -1;
    for (int r = 0; r < model.rowCount(); ++r)
        if (model.index(r, RunDiffModel::Case).data().toString() == u"case-5")
            lone = r;
    QVERIFY(lone >= 0);
    QCOMPARE(model.index(lone, RunDiffModel::CostB).data().toString(), QStringLiteral("–"));
}

QTEST_MAIN(TestCellGridModel)
#include "tst_cellgridmodel.moc"
