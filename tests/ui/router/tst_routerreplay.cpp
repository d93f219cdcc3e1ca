// The Replay and Calibration tabs on generated requests: the shares shown equal a direct
// per-request computation, calibration lands within one request of the target, Apply is
// undoable, an empty source shows what to do instead of a chart.
#include "calibrationview.h"
#include "playgroundinputs.h"
#include "playgroundview.h"
#include "policydocument.h"
#include "replaychart.h"
#include "replaymodels.h"
#include "replayview.h"
#include "requestsource.h"
#include "routerpage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

/// Varied requests: greetings to long technical questions, with context, capabilities and
/// history; `overrides` adds task types and preferences that force a class.
QList<ReplayRequest> sample(int count, quint32 seed, bool overrides)
{
    static const QStringList words = {
        u"hello"_s, u"thanks"_s, u"the"_s, u"service"_s, u"analyze"_s, u"security"_s,
        u"architecture"_s, u"concurrency"_s, u"evaluate"_s, u"trade-offs"_s, u"database"_s,
        u"latency"_s, u"pool"_s, u"why"_s, u"step"_s, u"by"_s, u"first"_s, u"translate"_s,
        u"authentication"_s, u"foo_bar"_s, u"getValue"_s, u"naïve"_s, u"数据库"_s, u"{x=1;}"_s,
        u"implications"_s, u"kubernetes"_s, u"a"_s, u"is"_s};
    static const QStringList caps = {u"security_analysis"_s, u"chat"_s, u"code_review"_s, u"data_analysis"_s};
    static const QStringList tasks = {u"simple_qa"_s, u"security_analysis"_s, u"chat"_s};
    QRandomGenerator rng(seed);
    QList<ReplayRequest> out;
    for (int i = 0; i < count; ++i) {
        ReplayRequest r;
        r.id = u"r%1"_s.arg(i);
        QString text;
        const int length = rng.bounded(100) < 60 ? rng.bounded(1, 25) : rng.bounded(25, 300);
        for (int w = 0; w < length; ++w)
            text += words.at(rng.bounded(int(words.size()))) + (rng.bounded(8) == 0 ? u". "_s : u" "_s);
        r.message = text.toUtf8();
        r.request.hints.contextTokens = rng.bounded(3) == 0 ? rng.bounded(0, 6000) : 0;
        for (int c = rng.bounded(3); c > 0; --c)
            r.request.hints.capabilities.append(caps.at(rng.bounded(int(caps.size()))));
        r.request.hints.historyTurns = rng.bounded(3) == 0 ? rng.bounded(0, 25) : 0;
        if (overrides && rng.bounded(6) == 0)
            r.request.taskType = tasks.at(rng.bounded(int(tasks.size())));
        if (overrides && rng.bounded(15) == 0)
            r.request.preferredTier = u"fast"_s;
        r.tenant = u"default"_s;
        out.append(r);
    }
    return out;
}

RouteRequest routeRequest(const ReplayRequest &r)
{
    RouteRequest q = r.request;
    q.message = QString::fromUtf8(r.message);
    return q;
}

ReplayInput input(const QList<ReplayRequest> &requests)
{
    ReplayInput in;
    in.requests = requests;
    return in;
}

void waitFor(QObject *sender, const char *signal)
{
    QSignalSpy spy(sender, signal);
    QVERIFY(spy.isValid());
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 30000);
}

} // namespace

class TestRouterReplay final : public QObject
{
    Q_OBJECT

private slots:
    void replaySharesEqualDirectComputation();
    void policyEditRerunsAndChangesOpenInPlayground();
    void emptySourceSaysWhatToDo();
    void cancelStopsTheRun();
    void jsonlFileWithBadLines();
    void calibrationLandsWithinOneRequest();
};

void TestRouterReplay::replaySharesEqualDirectComputation()
{
    RouterPage page(RouterContext{});
    ReplayView *view = page.replay();
    QAbstractItemModelTester tiersTester(view->tierModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester changesTester(view->changeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.showTab(RouterPage::Tab::Replay);
    // After: a lower heavy threshold than the saved (seed) policy.
    QVERIFY(page.policy()->setValue(PolicyField::HeavyThreshold, 0.5));
    const QList<ReplayRequest> requests = sample(800, 7, true);
    page.requests()->setInput(RequestSource::Kind::File, u"sample"_s, input(requests));
    waitFor(view, SIGNAL(finished()));
    QVERIFY(view->hasResult());
    QVERIFY(!view->showsEmptyState());

    // The direct computation: every request routed one by one with each policy.
    ModelRouter before(page.tierConfig());
    page.policy()->savedPolicy().applyTo(before);
    const ModelRouter &after = page.router();
    QHash<QString, qint64> beforeCount, afterCount;
    int changed = 0;
    for (const ReplayRequest &r : requests) {
        const RoutingDecision b = before.route(routeRequest(r));
        const RoutingDecision a = after.route(routeRequest(r));
        ++beforeCount[b.tier];
        ++afterCount[a.tier];
        changed += a.tier != b.tier ? 1 : 0;
    }
    ReplayTierModel *model = view->tierModel();
    QCOMPARE(model->rowCount(), int(page.tierConfig().tiers.size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString tier = model->index(row, ReplayTierModel::TierColumn).data().toString();
        QCOMPARE(model->index(row, ReplayTierModel::BeforeShareColumn).data(ReplayTierModel::ShareRole).toDouble(),
                 double(beforeCount.value(tier)) / requests.size());
        QCOMPARE(model->index(row, ReplayTierModel::AfterShareColumn).data(ReplayTierModel::ShareRole).toDouble(),
                 double(afterCount.value(tier)) / requests.size());
    }
    QCOMPARE(view->changeModel()->rowCount(), changed);
    QVERIFY(changed > 0);
    QVERIFY(view->summaryLabel()->text().contains(u"saving"_s));
    // The chart's exported data carries the same numbers.
    QCOMPARE(view->chart()->table().rows.size(), model->rowCount());
}

void TestRouterReplay::policyEditRerunsAndChangesOpenInPlayground()
{
    RouterPage page(RouterContext{});
    page.showTab(RouterPage::Tab::Replay);
    ReplayView *view = page.replay();
    page.requests()->setInput(RequestSource::Kind::File, u"sample"_s, input(sample(300, 11, false)));
    waitFor(view, SIGNAL(finished()));
    QCOMPARE(view->changeModel()->rowCount(), 0); // before == after
    QVERIFY(page.policy()->setValue(PolicyField::StandardThreshold, 0.15)); // re-runs by itself
    waitFor(view, SIGNAL(finished()));
    QVERIFY(view->changeModel()->rowCount() > 0);

    const ReplayRequest first = view->changeModel()->request(0);
    const QModelIndex cell = view->changeModel()->index(0, ReplayChangeModel::MessageColumn);
    view->changeView()->show();
    emit view->changeView()->doubleClicked(cell);
    QCOMPARE(page.playground()->inputs()->messageEdit()->toPlainText(), QString::fromUtf8(first.message));
    QCOMPARE(page.playground()->decision().tier,
             view->changeModel()->index(0, ReplayChangeModel::AfterTierColumn).data().toString());
}

void TestRouterReplay::emptySourceSaysWhatToDo()
{
    RouterPage page(RouterContext{});
    ReplayView *view = page.replay();
    QVERIFY(view->showsEmptyState());
    page.requests()->setInput(RequestSource::Kind::Stored, u"workspace database"_s, ReplayInput{});
    QVERIFY(!view->run());
    QVERIFY(view->showsEmptyState());
    QVERIFY(!view->hasResult());
    const QString hint = view->emptyLabel()->text();
    QVERIFY2(hint.contains(u"Nothing to replay"_s) && hint.contains(u"tierctl route --jsonl"_s), qPrintable(hint));
    QVERIFY(page.calibration()->showsEmptyState());
    QVERIFY(!page.calibration()->calibrate());
}

void TestRouterReplay::cancelStopsTheRun()
{
    RouterPage page(RouterContext{});
    ReplayView *view = page.replay();
    QSignalSpy finished(view, &ReplayView::finished);
    page.requests()->setInput(RequestSource::Kind::File, u"big"_s, input(sample(60000, 3, false)));
    QVERIFY(view->isRunning());
    view->cancel(); // before the first progress report: the run stops after its first chunk
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(!view->hasResult());
    QVERIFY(view->showsEmptyState() || view->summaryLabel()->text().contains(u"cancelled"_s));
}

void TestRouterReplay::jsonlFileWithBadLines()
{
    RouterPage page(RouterContext{});
    page.requests()->loadFile(QStringLiteral(TIERBENCH_SOURCE_DIR "/tests/fixtures/router/requests.jsonl"));
    waitFor(page.requests(), SIGNAL(loaded()));
    QCOMPARE(page.requests()->input().requests.size(), 8);
    QCOMPARE(page.requests()->input().lineErrors.size(), 2);
    QVERIFY2(page.requests()->description().contains(u"2 bad line"_s), qPrintable(page.requests()->description()));
    QCOMPARE(page.requests()->input().lineErrors.constFirst().first, 4);
}

void TestRouterReplay::calibrationLandsWithinOneRequest()
{
    RouterPage page(RouterContext{});
    // The thresholds alone decide the light share here: with the default-tier rule on, only
    // requests with evidence of triviality can be light, and the sample has few.
    RouterPolicy thresholdsOnly = RouterPolicy::seedDefault();
    thresholdsOnly.defaultClass = RouteClass::Light;
    page.policy()->reset(thresholdsOnly, QString());
    CalibrationView *view = page.calibration();
    view->heavyEnabled()->setChecked(true);
    view->heavyTarget()->setValue(20);
    view->lightEnabled()->setChecked(true);
    view->lightTarget()->setValue(45);
    const QList<ReplayRequest> requests = sample(500, 5, false);
    page.requests()->setInput(RequestSource::Kind::File, u"sample"_s, input(requests));
    waitFor(view, SIGNAL(finished())); // calibrates on load
    QVERIFY(view->hasResult());
    QVERIFY(!view->showsEmptyState());
    const ComplexityThresholds old = page.policy()->policy().thresholds;
    QVERIFY(view->apply());
    const ComplexityThresholds t = page.policy()->policy().thresholds;
    QCOMPARE(t.heavy, view->result().heavyThreshold);
    QCOMPARE(t.standard, view->result().standardThreshold);

    // Route every request with the applied policy: the heavy and light counts are within one
    // request of the targets, unless requests with equal scores straddle the threshold.
    QList<double> scores;
    int heavy = 0, light = 0;
    for (const ReplayRequest &r : requests) {
        const RoutingDecision d = page.router().route(routeRequest(r));
        scores.append(d.complexity.score);
        heavy += d.routeClass == RouteClass::Heavy ? 1 : 0;
        light += d.routeClass == RouteClass::Light ? 1 : 0;
    }
    const auto ties = [&scores](double threshold) { // the largest group of equal scores next to it
        QHash<double, int> groups;
        for (double s : std::as_const(scores))
            ++groups[s];
        int most = 0;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            if (std::abs(it.key() - threshold) < 0.02)
                most = std::max(most, it.value());
        }
        return most;
    };
    const double n = requests.size();
    QVERIFY2(std::abs(heavy - 0.20 * n) <= 1 + ties(t.heavy), qPrintable(u"heavy %1 of %2"_s.arg(heavy).arg(n)));
    QVERIFY2(std::abs(light - 0.45 * n) <= 1 + ties(t.standard), qPrintable(u"light %1 of %2"_s.arg(light).arg(n)));
    QCOMPARE(double(heavy) / n, view->result().heavyShare);
    QCOMPARE(double(light) / n, view->result().lightShare);

    // Apply is one undo step.
    QCOMPARE(page.policy()->undoStack()->undoText(), u"Apply calibration"_s);
    page.undoAction()->trigger();
    QCOMPARE(page.policy()->policy().thresholds.heavy, old.heavy);
    QCOMPARE(page.policy()->policy().thresholds.standard, old.standard);
}

QTEST_MAIN(TestRouterReplay)
#include "tst_routerreplay.moc"
