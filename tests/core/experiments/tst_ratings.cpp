#include "experiments/blindpair.h"
#include "experiments/ratings.h"

#include <QTest>

#include <cmath>

class TestRatings : public QObject
{
    Q_OBJECT
private slots:
    void eloSingleVotes_data()
    {
        QTest::addColumn<int>("preference");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::newRow("A wins") << int(Preference::A) << 1516.0 << 1484.0;
        QTest::newRow("B wins") << int(Preference::B) << 1484.0 << 1516.0;
        QTest::newRow("tie") << int(Preference::Tie) << 1500.0 << 1500.0;
        QTest::newRow("both bad") << int(Preference::BothBad) << 1500.0 << 1500.0;
    }
    void eloSingleVotes()
    {
        QFETCH(int, preference);
        QFETCH(double, a);
        QFETCH(double, b);
        RatingTable t;
        t.add({QStringLiteral("x"), QStringLiteral("y"), Preference(preference)});
        QCOMPARE(t.elo(QStringLiteral("x")), a);
        QCOMPARE(t.elo(QStringLiteral("y")), b);
    }

    void eloExpectedScore()
    {
        QCOMPARE(RatingTable::expectedScore(1500, 1500), 0.5);
        QVERIFY(qAbs(RatingTable::expectedScore(1900, 1500) - 10.0 / 11.0) < 1e-12);
        // An upset moves ratings more than an expected win.
        RatingTable t;
        t.add({QStringLiteral("x"), QStringLiteral("y"), Preference::A}); // x 1516
        t.add({QStringLiteral("x"), QStringLiteral("y"), Preference::B});
        QVERIFY(t.elo(QStringLiteral("y")) > 1500.0);
        QCOMPARE(t.elo(QStringLiteral("x")) + t.elo(QStringLiteral("y")), 3000.0); // zero-sum
    }

    void orderingAndBradleyTerry()
    {
        RatingTable t;
        // strong beats mid 8 of 10, mid beats weak 8 of 10, strong beats weak 10 of 10
        for (int i = 0; i < 10; ++i) {
            t.add({QStringLiteral("strong"), QStringLiteral("mid"), i < 8 ? Preference::A : Preference::B});
            t.add({QStringLiteral("mid"), QStringLiteral("weak"), i < 8 ? Preference::A : Preference::B});
            t.add({QStringLiteral("weak"), QStringLiteral("strong"), Preference::B});
        }
        const QList<RatingTable::Row> rows = t.rows();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].name, QStringLiteral("strong"));
        QCOMPARE(rows[2].name, QStringLiteral("weak"));
        QCOMPARE(rows[0].wins, 18);
        QCOMPARE(rows[0].losses, 2);
        QVERIFY(rows[0].bradleyTerry > rows[1].bradleyTerry);
        QVERIFY(rows[1].bradleyTerry > rows[2].bradleyTerry);
        const double mean = (rows[0].bradleyTerry + rows[1].bradleyTerry + rows[2].bradleyTerry) / 3;
        QVERIFY(qAbs(mean - 1500.0) < 1e-6);
    }

    void bradleyTerryTwoPlayers()
    {
        // 3 wins to 1: strengths 3:1 (a 0.1 prior moves it slightly toward even).
        RatingTable t;
        for (Preference p : {Preference::A, Preference::A, Preference::A, Preference::B})
            t.add({QStringLiteral("p"), QStringLiteral("q"), p});
        const auto rows = t.rows();
        const double diff = rows[0].name == u"p" ? rows[0].bradleyTerry - rows[1].bradleyTerry
                                                   : rows[1].bradleyTerry - rows[0].bradleyTerry;
        const double ideal = 400.0 * std::log10(3.0);
        QVERIFY2(diff > ideal * 0.9 && diff < ideal, qPrintable(QString::number(diff)));
    }

    void blindPairHidesUntilVote()
    {
        CellResult a;
        a.targetId = QStringLiteral("fast");
        a.tier = QStringLiteral("fast");
        a.outcome.text = QStringLiteral("answer one");
        a.outcome.model = QStringLiteral("small-model");
        CellResult b = a;
        b.targetId = QStringLiteral("reasoning");
        b.tier = QStringLiteral("reasoning");
        b.outcome.text = QStringLiteral("answer two");
        QRandomGenerator rng(42);
        BlindPair pair(a, b, rng);
        QVERIFY(!pair.isRevealed());
        QVERIFY(!pair.revealA());
        QVERIFY(!pair.revealB());
        QVERIFY(!pair.targetVote());
        QVERIFY(pair.vote(Preference::A));
        QVERIFY(!pair.vote(Preference::B)); // one vote only
        QVERIFY(pair.isRevealed());
        QCOMPARE(pair.revealA()->outcome.text, pair.textA());
        QCOMPARE(pair.targetVote()->a, pair.revealA()->targetId);
        QCOMPARE(pair.tierVote()->b, pair.revealB()->tier);
    }

    void blindPairSidesAreRandomAndSeedable()
    {
        CellResult a;
        a.targetId = QStringLiteral("x");
        a.outcome.text = QStringLiteral("X");
        CellResult b = a;
        b.targetId = QStringLiteral("y");
        b.outcome.text = QStringLiteral("Y");
        QString sidesFirst;
        QString sidesSecond;
        QRandomGenerator r1(7);
        QRandomGenerator r2(7);
        for (int i = 0; i < 64; ++i) {
            sidesFirst += BlindPair(a, b, r1).textA();
            sidesSecond += BlindPair(a, b, r2).textA();
        }
        QCOMPARE(sidesFirst, sidesSecond); // same seed, same sides
        QVERIFY(sidesFirst.contains(u'X'));
        QVERIFY(sidesFirst.contains(u'Y')); // both orders occur
    }
};

QTEST_GUILESS_MAIN(TestRatings)
#include "tst_ratings.moc"
