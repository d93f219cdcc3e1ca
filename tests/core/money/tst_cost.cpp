#include "money/cost.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

class TestCost final : public QObject
{
    Q_OBJECT

private slots:
    void estimate_data();
    void estimate();
    void unknownPriceGivesUnknownCost();
    void overflowIsAnErrorNotANegativeCost_data();
    void overflowIsAnErrorNotANegativeCost();
    void format_data();
    void format();
};

static TokenPrices prices(const char *in, const char *out)
{
    TokenPrices p;
    p.inputPerMillion = Decimal::parse(QString::fromLatin1(in));
    p.outputPerMillion = Decimal::parse(QString::fromLatin1(out));
    return p;
}

void TestCost::estimate_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::addColumn<qint64>("inputTokens");
    QTest::addColumn<qint64>("outputTokens");
    QTest::addColumn<QString>("exact");
    QTest::addColumn<QString>("shown");
    // The seed's worked example: standard tier, 3200 in / 1800 out.
    QTest::newRow("seed standard") << "3.00" << "15.00" << 3200LL << 1800LL << "0.0366" << "$0.04";
    QTest::newRow("fast tier") << "0.80" << "4.00" << 3200LL << 1800LL << "0.00976" << "$0.0098";
    QTest::newRow("reasoning") << "15.00" << "75.00" << 3200LL << 1800LL << "0.183" << "$0.18";
    QTest::newRow("free") << "0" << "0" << 1000LL << 1000LL << "0" << "$0.0000";
    QTest::newRow("one token") << "0.15" << "0.60" << 1LL << 0LL << "0.00000015" << "$0.0000";
}

void TestCost::estimate()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QFETCH(qint64, inputTokens);
    QFETCH(qint64, outputTokens);
    QFETCH(QString, exact);
    QFETCH(QString, shown);
    const auto cost = Cost::estimate(prices(qPrintable(in), qPrintable(out)), inputTokens, outputTokens);
    QVERIFY(cost.has_value());
    QCOMPARE(cost->toString(), exact);
    QCOMPARE(Cost::format(*cost), shown);
}

void TestCost::unknownPriceGivesUnknownCost()
{
    TokenPrices p;
    p.inputPerMillion = Decimal::parse(u"3");
    QVERIFY(!Cost::estimate(p, 10, 10).has_value());
    QCOMPARE(Cost::format(std::optional<Decimal>()), QStringLiteral("unknown"));
}

void TestCost::format_data()
{
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("shown");
    QTest::newRow("just under a cent") << "0.0099" << "$0.0099";
    QTest::newRow("a cent") << "0.01" << "$0.01";
    QTest::newRow("dollars") << "12.345" << "$12.35";
    QTest::newRow("negative") << "-0.5" << "-$0.50";
}

void TestCost::format()
{
    QFETCH(QString, amount);
    QFETCH(QString, shown);
    QCOMPARE(Cost::format(*Decimal::parse(amount)), shown);
}

QTEST_APPLESS_MAIN(TestCost)
void TestCost::overflowIsAnErrorNotANegativeCost_data()
{
    QTest::addColumn<QString>("price");
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("output");
    QTest::addColumn<qint64>("cached");
    QTest::addColumn<int>("status");
    using S = Cost::Estimate::Status;
    // Issue 12: this price with 10^12 input tokens printed a negative cost.
    QTest::newRow("huge price x 1e12 tokens") << u"9999999999999999999999999"_qs << qint64(1'000'000'000'000) << qint64(0) << qint64(0) << int(S::Overflow);
    QTest::newRow("int64 max tokens") << u"1000000000000000"_qs << std::numeric_limits<qint64>::max() << qint64(0) << qint64(0) << int(S::Overflow);
    QTest::newRow("sum overflows") << u"99999999999999999999"_qs << qint64(1'000'000'000) << qint64(1'000'000'000) << qint64(0) << int(S::Overflow);
    QTest::newRow("negative tokens") << u"3"_qs << qint64(-5) << qint64(10) << qint64(0) << int(S::BadTokens);
    QTest::newRow("more cached than input") << u"3"_qs << qint64(5) << qint64(10) << qint64(6) << int(S::BadTokens);
    QTest::newRow("large but fine") << u"100000"_qs << qint64(1'000'000'000'000) << qint64(1'000'000'000'000) << qint64(0) << int(S::Ok);
}

void TestCost::overflowIsAnErrorNotANegativeCost()
{
    QFETCH(QString, price);
    QFETCH(qint64, input);
    QFETCH(qint64, output);
    QFETCH(qint64, cached);
    QFETCH(int, status);
    TokenPrices p;
    p.inputPerMillion = Decimal::parse(price);
    p.outputPerMillion = p.inputPerMillion;
    QVERIFY(p.isKnown());
    const Cost::Estimate e = Cost::compute(p, input, output, cached);
    QCOMPARE(int(e.status), status);
    QCOMPARE(e.cost.has_value(), e.status == Cost::Estimate::Status::Ok);
    QCOMPARE(Cost::estimate(p, input, output, cached).has_value(), e.cost.has_value());
    if (e.cost)
        QVERIFY(!e.cost->isNegative());
    else
        QVERIFY(!e.error().isEmpty());
}

#include "tst_cost.moc"
