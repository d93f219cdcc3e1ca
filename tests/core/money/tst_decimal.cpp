#include "money/decimal.h"

#include <QTest>

class TestDecimal final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void fromDouble_data();
    void fromDouble();
    void toFixedRoundsHalfAwayFromZero();
    void arithmeticIsExact();
    void wideValuesKeepEveryDigit();
    void checkedArithmeticStopsAtTheRange();
};

void TestDecimal::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("plain") << "0.80" << "0.8";
    QTest::newRow("integer") << "15" << "15";
    QTest::newRow("trailing zeros") << "15.000" << "15";
    QTest::newRow("zero") << "0" << "0";
    QTest::newRow("negative") << "-3.25" << "-3.25";
    QTest::newRow("plus sign") << "+1.5" << "1.5";
    QTest::newRow("leading dot") << ".5" << "0.5";
    QTest::newRow("exponent") << "1e-6" << "0.000001";
    QTest::newRow("exponent upper") << "3.5E+2" << "350";
    QTest::newRow("twelve digits") << "0.000000000001" << "0.000000000001";
    QTest::newRow("large") << "123456789.123456789" << "123456789.123456789";
}

void TestDecimal::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    const auto d = Decimal::parse(text);
    QVERIFY2(d.has_value(), qPrintable(text));
    QCOMPARE(d->toString(), canonical);
}

void TestDecimal::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("letters") << "abc";
    QTest::newRow("dollar") << "$1.00";
    QTest::newRow("comma") << "1,5";
    QTest::newRow("two dots") << "1.2.3";
    QTest::newRow("trailing text") << "1.5 USD";
    QTest::newRow("too precise") << "0.0000000000001";
    QTest::newRow("bare exponent") << "1e";
    QTest::newRow("space") << " 1";
    QTest::newRow("sign only") << "-";
}

void TestDecimal::rejects()
{
    QFETCH(QString, text);
    QVERIFY(!Decimal::parse(text).has_value());
}

void TestDecimal::fromDouble_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("perMillion");
    // LiteLLM's price map stores USD per token as floats.
    QTest::newRow("3e-06") << 3e-06 << "3";
    QTest::newRow("1.5e-05") << 1.5e-05 << "15";
    QTest::newRow("1.25e-07") << 1.25e-07 << "0.125";
    QTest::newRow("8e-07") << 8e-07 << "0.8";
    QTest::newRow("0.0") << 0.0 << "0";
    QTest::newRow("3.3e-07") << 3.3e-07 << "0.33";
}

void TestDecimal::fromDouble()
{
    QFETCH(double, value);
    QFETCH(QString, perMillion);
    const auto d = Decimal::fromDouble(value);
    QVERIFY(d.has_value());
    QCOMPARE(d->mulPow10(6).toString(), perMillion);
}

void TestDecimal::toFixedRoundsHalfAwayFromZero()
{
    QCOMPARE(Decimal::parse(u"0.0366")->toFixed(2), QStringLiteral("0.04"));
    QCOMPARE(Decimal::parse(u"0.005")->toFixed(2), QStringLiteral("0.01"));
    QCOMPARE(Decimal::parse(u"0.0049")->toFixed(2), QStringLiteral("0.00"));
    QCOMPARE(Decimal::parse(u"-0.005")->toFixed(2), QStringLiteral("-0.01"));
    QCOMPARE(Decimal::parse(u"2")->toFixed(2), QStringLiteral("2.00"));
    QCOMPARE(Decimal::parse(u"0.00036")->toFixed(4), QStringLiteral("0.0004"));
}

void TestDecimal::arithmeticIsExact()
{
    // 0.1 + 0.2 is exactly 0.3 here, unlike binary floating point.
    const Decimal sum = *Decimal::parse(u"0.1") + *Decimal::parse(u"0.2");
    QCOMPARE(sum, *Decimal::parse(u"0.3"));
    Decimal acc;
    for (int i = 0; i < 1000; ++i)
        acc += *Decimal::parse(u"0.001");
    QCOMPARE(acc.toString(), QStringLiteral("1"));
    QCOMPARE((*Decimal::parse(u"0.80") * 3200).toString(), QStringLiteral("2560"));
    QVERIFY(*Decimal::parse(u"0.8") < *Decimal::parse(u"0.81"));
}

void TestDecimal::wideValuesKeepEveryDigit()
{
    // Past 64 bits of units (about 9.2 million): the 128-bit path, native or portable.
    const QString big = QStringLiteral("123456789012345678901234.000000000001");
    const auto d = Decimal::parse(big);
    QVERIFY(d.has_value());
    QCOMPARE(d->toString(), big);
    QCOMPARE((-*d).toString(), u'-' + big);
    QCOMPARE(d->toFixed(2), QStringLiteral("123456789012345678901234.00"));
    QCOMPARE((*d * 100).divPow10(2), *d);
    QCOMPARE(Decimal::parse(u"-98765432109876.5")->rounded(0).toString(), QStringLiteral("-98765432109877"));
    QCOMPARE(Decimal::parse(u"4e17")->mulPow10(6).toString(), QStringLiteral("400000000000000000000000"));
    QCOMPARE(Decimal::fromInt(INT64_MAX).toString(), QStringLiteral("9223372036854775807"));
    QVERIFY(*d > Decimal::fromInt(INT64_MAX));
}

void TestDecimal::checkedArithmeticStopsAtTheRange()
{
    // parse() stops at about 2e25; arithmetic reaches the ~1.7e26 of 2^127 units.
    QVERIFY(!Decimal::parse(u"100000000000000000000000000").has_value());
    const Decimal near = *Decimal::checkedMul(*Decimal::parse(u"10000000000000000000000000"), 10); // 1e26
    QVERIFY(Decimal::checkedAdd(near, *Decimal::parse(u"0.5")).has_value());
    QVERIFY(!Decimal::checkedAdd(near, near).has_value());
    QVERIFY(!Decimal::checkedAdd(-near, -near).has_value());
    QCOMPARE(Decimal::checkedAdd(near, -near), Decimal());
    QCOMPARE(Decimal::checkedMul(*Decimal::parse(u"0.000003"), 1000000000000)->toString(), QStringLiteral("3000000"));
    QVERIFY(!Decimal::checkedMul(near, 2).has_value());
    QVERIFY(!Decimal::checkedMul(-near, INT64_MAX).has_value());
    QCOMPARE(Decimal::checkedMul(-near, 1)->toString(), QStringLiteral("-100000000000000000000000000"));
}

QTEST_APPLESS_MAIN(TestDecimal)
#include "tst_decimal.moc"
