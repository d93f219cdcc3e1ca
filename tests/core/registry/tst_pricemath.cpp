#include "registry/pricemath.h"

#include <QTest>

class TestPriceMath final : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
    void fromDouble_data();
    void fromDouble();
};

void TestPriceMath::text_data()
{
    QTest::addColumn<QString>("perToken");
    QTest::addColumn<QString>("perMillion"); // empty: not a number
    QTest::addColumn<bool>("rounded");
    QTest::newRow("openrouter prompt") << "0.00003" << "30" << false;
    QTest::newRow("openrouter completion") << "0.00006" << "60" << false;
    QTest::newRow("exponent") << "2.5e-06" << "2.5" << false;
    QTest::newRow("upper exponent") << "1.5E-5" << "15" << false;
    QTest::newRow("tiny") << "1e-10" << "0.0001" << false;
    QTest::newRow("zero") << "0" << "0" << false;
    QTest::newRow("integer") << "2" << "2000000" << false;
    QTest::newRow("too precise, rounded") << "2.9999900000000002e-06" << "2.99999" << true;
    QTest::newRow("rounds half up") << "1.0000000000005e-06" << "1.000000000001" << true;
    QTest::newRow("rounds down") << "1.0000000000000005e-06" << "1" << true;
    QTest::newRow("negative sentinel") << "-1" << "-1000000" << false;
    QTest::newRow("garbage") << "abc" << "" << false;
    QTest::newRow("empty") << "" << "" << false;
    QTest::newRow("trailing junk") << "0.1x" << "" << false;
}

void TestPriceMath::text()
{
    QFETCH(QString, perToken);
    QFETCH(QString, perMillion);
    QFETCH(bool, rounded);
    const auto c = PriceMath::perTokenTextToPerMillion(perToken);
    if (perMillion.isEmpty()) {
        QVERIFY(!c);
        return;
    }
    QVERIFY(c);
    QCOMPARE(c->perMillion.toString(), perMillion);
    QCOMPARE(c->rounded, rounded);
}

void TestPriceMath::fromDouble_data()
{
    QTest::addColumn<double>("perToken");
    QTest::addColumn<QString>("perMillion");
    // Values as LiteLLM's JSON holds them; none may pick up binary noise.
    QTest::newRow("gpt-4o in") << 2.5e-06 << "2.5";
    QTest::newRow("gpt-4o-mini in") << 1.5e-07 << "0.15";
    QTest::newRow("gpt-4o-mini cached") << 7.5e-08 << "0.075";
    QTest::newRow("0.1 + 0.2 trap") << 3e-07 << "0.3";
    QTest::newRow("deepseek") << 2.8e-07 << "0.28";
    QTest::newRow("embedding") << 2e-08 << "0.02";
}

void TestPriceMath::fromDouble()
{
    QFETCH(double, perToken);
    QFETCH(QString, perMillion);
    const auto c = PriceMath::perTokenToPerMillion(perToken);
    QVERIFY(c);
    QCOMPARE(c->perMillion.toString(), perMillion);
    QVERIFY(!c->rounded);
    // Agrees with the documented route: Decimal::fromDouble, then mulPow10(6).
    QCOMPARE(Decimal::fromDouble(perToken)->mulPow10(6), c->perMillion);
}

QTEST_GUILESS_MAIN(TestPriceMath)
#include "tst_pricemath.moc"
