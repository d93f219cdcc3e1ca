// Calibration: the chosen thresholds reach the target share within one request (ties aside),
// the reached shares equal ModelRouter::route's classes, forced requests stay forced, and the
// curves and errors are as documented.
#include "replaysample.h"

#include "routing/calibration.h"

#include <QTest>

#include <algorithm>
#include <cmath>

namespace {

struct Counted
{
    double light = 0, heavy = 0; ///< shares
    qint64 lightCount = 0, heavyCount = 0;
};

/// A router whose classes come from the thresholds alone: the default-tier rule (a light score
/// without evidence of triviality goes standard) is off, so that every light target is reachable.
ModelRouter thresholdsOnly()
{
    ModelRouter router;
    router.setDefaultClass(RouteClass::Light);
    return router;
}

/// The shares ModelRouter::route gives with these thresholds: the oracle.
Counted routedShares(const QList<ReplayRequest> &requests, ModelRouter router, double standard, double heavy)
{
    router.setThresholds({standard, heavy});
    qint64 light = 0, heavyCount = 0;
    for (const ReplayRequest &r : requests) {
        const RoutingDecision d = router.route(ReplaySample::asRouteRequest(r));
        light += d.ok() && d.routeClass == RouteClass::Light ? 1 : 0;
        heavyCount += d.ok() && d.routeClass == RouteClass::Heavy ? 1 : 0;
    }
    const double n = double(requests.size());
    return {double(light) / n, double(heavyCount) / n, light, heavyCount};
}

/// The larger of the two groups of equal scores on either side of `threshold`: the requests
/// that can only move together (1 when there are no ties there).
qint64 tieGroupAt(const QList<ReplayRequest> &requests, const ModelRouter &router, double threshold)
{
    std::vector<double> scores;
    for (const ReplayRequest &r : requests)
        scores.push_back(router.estimator().estimateUtf8(r.message, r.request.hints).score);
    std::sort(scores.begin(), scores.end());
    const auto firstAbove = std::lower_bound(scores.begin(), scores.end(), threshold);
    qint64 largest = 1;
    if (firstAbove != scores.end())
        largest = std::max<qint64>(largest, std::count(scores.begin(), scores.end(), *firstAbove));
    if (firstAbove != scores.begin())
        largest = std::max<qint64>(largest, std::count(scores.begin(), scores.end(), *(firstAbove - 1)));
    return largest;
}

QList<ReplayRequest> unforced(int count, quint32 seed)
{
    return ReplaySample::generate(count, seed, {false, false});
}

} // namespace

class TestCalibration final : public QObject
{
    Q_OBJECT

private slots:
    void landsWithinOneRequest_data();
    void landsWithinOneRequest();
    void forcedRequestsStayForced();
    void tiedScoresMoveTogether();
    void lightNeedsTriviality();
    void standardStaysBelowHeavy();
    void keepsCurrentThresholdWhenItFits();
    void curves();
    void deterministic();
    void errors_data();
    void errors();
};

void TestCalibration::landsWithinOneRequest_data()
{
    QTest::addColumn<double>("heavy"); // < 0: not given
    QTest::addColumn<double>("light");
    QTest::addColumn<bool>("overrides");
    QTest::newRow("heavy 20%") << 0.2 << -1.0 << false;
    QTest::newRow("heavy 5%") << 0.05 << -1.0 << false;
    QTest::newRow("heavy 50%") << 0.5 << -1.0 << false;
    QTest::newRow("light 50%") << -1.0 << 0.5 << false;
    QTest::newRow("heavy 20%, light 50%") << 0.2 << 0.5 << false;
    QTest::newRow("heavy 33.3%, light 33.3%") << 0.333 << 0.333 << false;
    QTest::newRow("with overrides and preferences, heavy 40%") << 0.4 << -1.0 << true;
    QTest::newRow("with overrides and preferences, both") << 0.4 << 0.3 << true;
}

void TestCalibration::landsWithinOneRequest()
{
    QFETCH(double, heavy);
    QFETCH(double, light);
    QFETCH(bool, overrides);
    const int n = 3000;
    const QList<ReplayRequest> requests = overrides ? ReplaySample::generate(n, 21) : unforced(n, 21);
    const ModelRouter router = thresholdsOnly();
    const auto target = [](double v) { return v < 0 ? std::nullopt : std::optional<double>(v); };
    const CalibrationResult c = Calibration::calibrate(requests, router, target(heavy), target(light));
    QVERIFY2(c.ok(), qPrintable(c.error));
    QCOMPARE(c.requests, qint64(n));
    QVERIFY(c.standardThreshold < c.heavyThreshold);
    QVERIFY(c.standardThreshold >= 0 && c.heavyThreshold <= 1);

    const Counted direct = routedShares(requests, router, c.standardThreshold, c.heavyThreshold);
    QCOMPARE(c.heavyShare, direct.heavy);
    QCOMPARE(c.lightShare, direct.light);
    if (heavy >= 0) {
        const qint64 slack = tieGroupAt(requests, router, c.heavyThreshold);
        QVERIFY2(std::fabs(c.heavyShare - heavy) * n <= double(slack),
                 qPrintable(QStringLiteral("heavy %1 for %2 (ties %3)").arg(c.heavyShare).arg(heavy).arg(slack)));
    }
    if (light >= 0) {
        const qint64 slack = tieGroupAt(requests, router, c.standardThreshold);
        QVERIFY2(std::fabs(c.lightShare - light) * n <= double(slack),
                 qPrintable(QStringLiteral("light %1 for %2 (ties %3)").arg(c.lightShare).arg(light).arg(slack)));
    }
}

void TestCalibration::forcedRequestsStayForced()
{
    // A third of the requests are security analyses, which the seed's overrides send to heavy.
    QList<ReplayRequest> requests = unforced(900, 31);
    for (qsizetype i = 0; i < requests.size(); i += 3)
        requests[i].request.taskType = QStringLiteral("security_analysis");
    const ModelRouter router = thresholdsOnly();
    const CalibrationResult low = Calibration::calibrate(requests, router, 0.1, std::nullopt);
    QVERIFY(low.ok());
    QCOMPARE(low.heavyShare, 300.0 / 900.0); // the target is below what the overrides force
    QCOMPARE(low.heavyShare, routedShares(requests, router, low.standardThreshold, low.heavyThreshold).heavy);

    const CalibrationResult mid = Calibration::calibrate(requests, router, 0.6, std::nullopt);
    QVERIFY(mid.ok());
    QVERIFY(std::fabs(mid.heavyShare - 0.6) * 900 <= double(tieGroupAt(requests, router, mid.heavyThreshold)));
}

void TestCalibration::tiedScoresMoveTogether()
{
    // Ten identical requests share one score: 50% cannot be reached; the documented tie rule
    // takes the cheaper side (none heavy) when both are equally far.
    QList<ReplayRequest> requests = unforced(1, 41);
    for (int i = 0; i < 9; ++i)
        requests.append(requests.constFirst());
    const CalibrationResult c = Calibration::calibrate(requests, thresholdsOnly(), 0.5, std::nullopt);
    QVERIFY(c.ok());
    QCOMPARE(c.heavyShare, 0.0);
    const CalibrationResult l = Calibration::calibrate(requests, thresholdsOnly(), std::nullopt, 0.5);
    QCOMPARE(l.lightShare, 1.0); // and more light for a light target
}

void TestCalibration::lightNeedsTriviality()
{
    // With the default-tier rule on (the seed's), a light target reaches only the trivial
    // requests, and what calibration reports is what route() does.
    QList<ReplayRequest> requests = unforced(200, 71);
    const ModelRouter router;
    const CalibrationResult c = Calibration::calibrate(requests, router, std::nullopt, 0.9);
    QVERIFY(c.ok());
    const Counted direct = routedShares(requests, router, c.standardThreshold, c.heavyThreshold);
    QCOMPARE(c.lightShare, direct.light);
    qint64 trivial = 0;
    for (const ReplayRequest &r : requests)
        trivial += router.estimator().estimateUtf8(r.message, r.request.hints).evidence.trivial ? 1 : 0;
    QVERIFY(direct.lightCount <= trivial);
}

void TestCalibration::standardStaysBelowHeavy()
{
    const QList<ReplayRequest> requests = unforced(1000, 51);
    ModelRouter router = thresholdsOnly();
    router.setThresholds({0.6, 0.9});
    const CalibrationResult c = Calibration::calibrate(requests, router, 0.95, std::nullopt);
    QVERIFY(c.ok());
    QVERIFY(c.heavyThreshold < 0.6); // below the old standard threshold, which had to move
    QVERIFY(c.standardThreshold < c.heavyThreshold);
    // Requests under the new heavy threshold stay light: there is no standard band left.
    const Counted direct = routedShares(requests, router, c.standardThreshold, c.heavyThreshold);
    QCOMPARE(direct.lightCount + direct.heavyCount, qint64(requests.size()));

    router.setThresholds({0.05, 0.1});
    const CalibrationResult l = Calibration::calibrate(requests, router, std::nullopt, 0.95);
    QVERIFY(l.ok());
    QVERIFY(l.standardThreshold > 0.1); // above the old heavy threshold, which had to move
    QVERIFY(l.standardThreshold < l.heavyThreshold);
    const Counted lightDirect = routedShares(requests, router, l.standardThreshold, l.heavyThreshold);
    QCOMPARE(l.lightShare, lightDirect.light);
    QCOMPARE(lightDirect.lightCount + lightDirect.heavyCount, qint64(requests.size()));
}

void TestCalibration::keepsCurrentThresholdWhenItFits()
{
    const QList<ReplayRequest> requests = unforced(1000, 61);
    ModelRouter router = thresholdsOnly();
    const double heavyNow = router.thresholds().heavy;
    const Counted now = routedShares(requests, router, router.thresholds().standard, heavyNow);
    const CalibrationResult c = Calibration::calibrate(requests, router, now.heavy, std::nullopt);
    QVERIFY(c.ok());
    QCOMPARE(c.heavyThreshold, heavyNow);
    QCOMPARE(c.standardThreshold, router.thresholds().standard);
    QCOMPARE(c.heavyShare, now.heavy);
}

void TestCalibration::curves()
{
    const QList<ReplayRequest> requests = unforced(2000, 71);
    const CalibrationResult c = Calibration::calibrate(requests, thresholdsOnly(), 0.2, 0.4);
    QVERIFY(c.ok());
    for (const QList<CalibrationPoint> *curve : {&c.heavyCurve, &c.lightCurve}) {
        QVERIFY(curve->size() >= 101);
        QCOMPARE(curve->constFirst().threshold, 0.0);
        QCOMPARE(curve->constLast().threshold, 1.0);
        for (qsizetype i = 1; i < curve->size(); ++i)
            QVERIFY(curve->at(i - 1).threshold < curve->at(i).threshold);
    }
    for (qsizetype i = 1; i < c.heavyCurve.size(); ++i) // a higher heavy threshold, fewer heavy
        QVERIFY(c.heavyCurve.at(i).share <= c.heavyCurve.at(i - 1).share);
    for (qsizetype i = 1; i < c.lightCurve.size(); ++i)
        QVERIFY(c.lightCurve.at(i).share >= c.lightCurve.at(i - 1).share);
    const auto at = [](const QList<CalibrationPoint> &curve, double t) {
        for (const CalibrationPoint &p : curve)
            if (p.threshold == t)
                return p.share;
        return -1.0;
    };
    QCOMPARE(at(c.heavyCurve, c.heavyThreshold), c.heavyShare);
    QCOMPARE(at(c.lightCurve, c.standardThreshold), c.lightShare);
    QCOMPARE(c.heavyCurve.constFirst().share, 1.0);
    QCOMPARE(c.lightCurve.constFirst().share, 0.0);
}

void TestCalibration::deterministic()
{
    const QList<ReplayRequest> requests = ReplaySample::generate(5000, 81);
    const CalibrationResult a = Calibration::calibrate(requests, thresholdsOnly(), 0.25, 0.45);
    const CalibrationResult b = Calibration::calibrate(requests, thresholdsOnly(), 0.25, 0.45);
    QCOMPARE(a.heavyThreshold, b.heavyThreshold);
    QCOMPARE(a.standardThreshold, b.standardThreshold);
    QCOMPARE(a.heavyShare, b.heavyShare);
    QCOMPARE(a.heavyCurve.size(), b.heavyCurve.size());
}

void TestCalibration::errors_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<double>("heavy");
    QTest::addColumn<double>("light");
    QTest::addColumn<QString>("needle");
    QTest::newRow("empty") << 0 << 0.2 << -1.0 << QStringLiteral("nothing to calibrate");
    QTest::newRow("no target") << 10 << -1.0 << -1.0 << QStringLiteral("target");
    QTest::newRow("share above 1") << 10 << 1.5 << -1.0 << QStringLiteral("between 0 and 1");
    QTest::newRow("shares over 1") << 10 << 0.6 << 0.6 << QStringLiteral("more than 1");
}

void TestCalibration::errors()
{
    QFETCH(int, count);
    QFETCH(double, heavy);
    QFETCH(double, light);
    QFETCH(QString, needle);
    const auto target = [](double v) { return v < 0 ? std::nullopt : std::optional<double>(v); };
    const CalibrationResult c = Calibration::calibrate(unforced(count, 91), ModelRouter(), target(heavy), target(light));
    QVERIFY(!c.ok());
    QVERIFY2(c.error.contains(needle), qPrintable(c.error));
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
