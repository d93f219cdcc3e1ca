#include "store/latencysketch.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>

class TestLatencySketch final : public QObject
{
    Q_OBJECT

private slots:
    void quantilesWithinOnePercent_data();
    void quantilesWithinOnePercent();
    void mergeEqualsAddingEverything();
    void encodeDecodeRoundTrip();
    void rejectsBadInput();
    void emptyHasNoQuantile();
};

namespace {

double exactAt(QList<double> values, double q)
{
    std::sort(values.begin(), values.end());
    return values[qsizetype(std::floor(q * double(values.size() - 1)))];
}

} // namespace

void TestLatencySketch::quantilesWithinOnePercent_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<int>("n");
    QTest::newRow("log-normal, 10,000") << QStringLiteral("lognormal") << 10000;
    QTest::newRow("uniform ms, 1,000") << QStringLiteral("uniform") << 1000;
    QTest::newRow("heavy tail, 5,000") << QStringLiteral("pareto") << 5000;
    QTest::newRow("three values") << QStringLiteral("uniform") << 3;
    QTest::newRow("one value") << QStringLiteral("uniform") << 1;
}

void TestLatencySketch::quantilesWithinOnePercent()
{
    QFETCH(QString, shape);
    QFETCH(int, n);
    QRandomGenerator rng(42);
    QList<double> values;
    LatencySketch sketch;
    for (int i = 0; i < n; ++i) {
        const double u = rng.generateDouble();
        double v = 0;
        if (shape == u"lognormal")
            v = std::exp(6.5 + 0.8 * std::sqrt(-2 * std::log(1 - u)) * std::cos(2 * M_PI * rng.generateDouble()));
        else if (shape == u"pareto")
            v = 100 / std::pow(1 - u, 1 / 1.5);
        else
            v = std::round(1 + u * 20000);
        values.append(v);
        QVERIFY(sketch.add(v));
    }
    QCOMPARE(sketch.count(), qint64(n));
    for (double q : {0.0, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1.0}) {
        const double exact = exactAt(values, q);
        const double got = *sketch.quantile(q);
        QVERIFY2(std::abs(got - exact) <= 0.01 * exact * (1 + 1e-9),
                 qPrintable(QStringLiteral("q=%1 exact %2 sketch %3").arg(q).arg(exact).arg(got)));
    }
}

void TestLatencySketch::mergeEqualsAddingEverything()
{
    LatencySketch all, a, b;
    for (int i = 0; i < 500; ++i) {
        const double v = 5 + i * 7.3;
        all.add(v);
        (i % 3 ? a : b).add(v);
    }
    all.add(0);
    b.add(0);
    a.merge(b);
    QCOMPARE(a.count(), all.count());
    for (double q : {0.0, 0.1, 0.5, 0.95, 0.99, 1.0})
        QCOMPARE(*a.quantile(q), *all.quantile(q));
    QCOMPARE(a.encode(), all.encode());
}

void TestLatencySketch::encodeDecodeRoundTrip()
{
    LatencySketch s;
    for (double v : {0.0, 0.5, 1.0, 12.0, 250.0, 250.0, 99999.0, 3.6e6})
        s.add(v);
    const QByteArray text = s.encode();
    QVERIFY(!text.isEmpty());
    QVERIFY(text.size() < 64); // compact: a few bytes per bucket
    const std::optional<LatencySketch> back = LatencySketch::decode(text);
    QVERIFY(back);
    QCOMPARE(back->count(), s.count());
    QCOMPARE(back->encode(), text);
    for (double q : {0.0, 0.3, 0.5, 1.0})
        QCOMPARE(*back->quantile(q), *s.quantile(q));
    QVERIFY(LatencySketch::decode(QByteArray())->isEmpty());
    QVERIFY(LatencySketch::decode(QByteArray(text + "=="))); // padded base64 reads too
    // Merging the text (UTF-16 or bytes) equals merging the sketch.
    LatencySketch viaText, viaSketch;
    QVERIFY(viaText.mergeEncoded(QString::fromLatin1(text)));
    QVERIFY(viaText.mergeEncoded(text));
    viaSketch.merge(s);
    viaSketch.merge(s);
    QCOMPARE(viaText.encode(), viaSketch.encode());
    LatencySketch untouched;
    QVERIFY(!untouched.mergeEncoded(QStringLiteral("AQ*bad")));
    QVERIFY(untouched.isEmpty());
    QVERIFY(!LatencySketch::decode("not a sketch!"));
    QVERIFY(!LatencySketch::decode(text.left(text.size() - 2)));
}

void TestLatencySketch::rejectsBadInput()
{
    LatencySketch s;
    QVERIFY(!s.add(-1));
    QVERIFY(!s.add(std::nan("")));
    QVERIFY(!s.add(INFINITY));
    QVERIFY(s.isEmpty());
    QVERIFY(s.add(0));
    QCOMPARE(*s.quantile(0.5), 0.0);
}

void TestLatencySketch::emptyHasNoQuantile()
{
    LatencySketch s;
    QVERIFY(!s.quantile(0.5));
    s.add(10);
    QVERIFY(!s.quantile(1.5));
    QVERIFY(s.encode().size() > 0);
}

QTEST_GUILESS_MAIN(TestLatencySketch)
#include "tst_latencysketch.moc"
