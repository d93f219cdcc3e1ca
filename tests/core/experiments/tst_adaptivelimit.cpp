#include "experiments/adaptivelimit.h"

#include <QTest>

class TestAdaptiveLimit : public QObject
{
    Q_OBJECT
private slots:
    void startsAtCeilingAndBoundsInFlight()
    {
        AdaptiveLimit l(3);
        QCOMPARE(l.limit(), 3);
        for (int i = 0; i < 3; ++i) {
            QVERIFY(l.canStart(0));
            l.started();
        }
        QVERIFY(!l.canStart(0));
        l.finished(true);
        QVERIFY(l.canStart(0));
    }

    void halvesOnRateLimitAndHonoursRetryAfter()
    {
        AdaptiveLimit l(16);
        for (int i = 0; i < 16; ++i)
            l.started();
        l.rateLimited(1000, 900, 2000);
        QCOMPARE(l.limit(), 8);
        QCOMPARE(l.blockedUntil(), 3000);
        QVERIFY(!l.canStart(2999));
        // in flight is 15 now, still above the new limit
        QVERIFY(!l.canStart(3000));
        for (int i = 0; i < 8; ++i)
            l.finished(false);
        QCOMPARE(l.inFlight(), 7);
        QVERIFY(l.canStart(3000));
    }

    void oneDecreasePerRoundTrip()
    {
        AdaptiveLimit l(16);
        for (int i = 0; i < 10; ++i)
            l.started();
        // a burst of 429s for requests all sent before the first decrease: one halving
        l.rateLimited(1000, 500, 100);
        l.rateLimited(1001, 500, 100);
        l.rateLimited(1002, 600, 100);
        QCOMPARE(l.limit(), 8);
        // a request sent after that decrease may decrease again
        l.rateLimited(2000, 1500, 100);
        QCOMPARE(l.limit(), 4);
        l.rateLimited(3000, 2500, 100);
        l.rateLimited(4000, 3500, 100);
        l.rateLimited(5000, 4500, 100);
        QCOMPARE(l.limit(), 1); // never below one
    }

    void exponentialBackoffWithoutRetryAfter()
    {
        AdaptiveLimit l(4);
        l.started();
        l.rateLimited(0, 0, std::nullopt);
        QCOMPARE(l.blockedUntil(), AdaptiveLimit::BaseBackoffMs);
        l.started();
        l.rateLimited(1000, 1000, std::nullopt);
        QCOMPARE(l.blockedUntil(), 1000 + 2 * AdaptiveLimit::BaseBackoffMs);
        for (int i = 0; i < 20; ++i) {
            l.started();
            l.rateLimited(100000, 100000, std::nullopt);
        }
        QCOMPARE(l.blockedUntil(), 100000 + AdaptiveLimit::MaxBackoffMs);
    }

    void growsSlowlyOnSuccess()
    {
        AdaptiveLimit l(8, 4);
        l.started();
        l.rateLimited(0, 0, 0);
        QCOMPARE(l.limit(), 4);
        for (int i = 0; i < 3; ++i) {
            l.started();
            l.finished(true);
        }
        QCOMPARE(l.limit(), 4);
        l.started();
        l.finished(true);
        QCOMPARE(l.limit(), 5); // +1 after 4 successes
        // an error that is not a 429 neither grows nor shrinks
        for (int i = 0; i < 10; ++i) {
            l.started();
            l.finished(false);
        }
        QCOMPARE(l.limit(), 5);
        for (int i = 0; i < 100; ++i) {
            l.started();
            l.finished(true);
        }
        QCOMPARE(l.limit(), 8); // capped at the ceiling
    }
};

QTEST_GUILESS_MAIN(TestAdaptiveLimit)
#include "tst_adaptivelimit.moc"
