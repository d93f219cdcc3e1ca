#include "experiments/assertion.h"

#include <QTest>

static QString S(const char *text)
{
    return QString::fromUtf8(text);
}

class TestAssertion : public QObject
{
    Q_OBJECT
private slots:
    void evaluate_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("totalMs");
        QTest::addColumn<QString>("cost"); // empty = unknown
        QTest::addColumn<bool>("passed");
        QTest::newRow("contains yes") << S("contains:Paris") << S("It is Paris.") << 10LL << S("0.01") << true;
        QTest::newRow("contains case") << S("contains:paris") << S("It is Paris.") << 10LL << S("0.01") << false;
        QTest::newRow("icontains") << S("icontains:paris") << S("It is PARIS.") << 10LL << S("0.01") << true;
        QTest::newRow("regex yes") << S("regex:^\\d+$") << S("42") << 10LL << S("") << true;
        QTest::newRow("regex no") << S("regex:^\\d+$") << S("42 apples") << 10LL << S("") << false;
        QTest::newRow("is-json object") << S("is-json") << S("  {\"a\": [1, 2]}\n") << 10LL << S("") << true;
        QTest::newRow("is-json fenced") << S("is-json") << S("```json\n{}\n```") << 10LL << S("") << false;
        QTest::newRow("is-json prose") << S("is-json") << S("sure: {}") << 10LL << S("") << false;
        QTest::newRow("latency under") << S("max-latency-ms:500") << S("x") << 500LL << S("") << true;
        QTest::newRow("latency over") << S("max-latency-ms:500") << S("x") << 501LL << S("") << false;
        QTest::newRow("cost under") << S("max-cost:0.01") << S("x") << 1LL << S("0.0099") << true;
        QTest::newRow("cost equal") << S("max-cost:0.01") << S("x") << 1LL << S("0.010") << true;
        QTest::newRow("cost over") << S("max-cost:0.01") << S("x") << 1LL << S("0.010000000001") << false;
        QTest::newRow("cost unknown") << S("max-cost:0.01") << S("x") << 1LL << S("") << false;
    }
    void evaluate()
    {
        QFETCH(QString, spec);
        QFETCH(QString, text);
        QFETCH(qint64, totalMs);
        QFETCH(QString, cost);
        QFETCH(bool, passed);
        QString error;
        const auto a = Assertion::parse(spec, &error);
        QVERIFY2(a, qPrintable(error));
        CellOutcome o;
        o.text = text;
        o.totalMs = totalMs;
        if (!cost.isEmpty())
            o.cost = Decimal::parse(cost);
        const AssertionResult r = a->evaluate(o);
        QCOMPARE(r.passed, passed);
        QCOMPARE(r.detail.isEmpty(), passed);
        QCOMPARE(r.type, a->type);
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("unknown") << S("similar:x");
        QTest::newRow("bad regex") << S("regex:(");
        QTest::newRow("latency text") << S("max-latency-ms:fast");
        QTest::newRow("cost text") << S("max-cost:cheap");
        QTest::newRow("contains empty") << S("contains:");
    }
    void invalid()
    {
        QFETCH(QString, spec);
        QString error;
        QVERIFY(!Assertion::parse(spec, &error));
        QVERIFY(!error.isEmpty());
    }

    void jsonRoundTrip()
    {
        const Assertion a{QStringLiteral("regex"), QStringLiteral("a:b")};
        QCOMPARE(Assertion::fromJson(a.toJson()), std::optional<Assertion>(a));
        QCOMPARE(Assertion::parse(a.toString()), std::optional<Assertion>(a));
    }
};

QTEST_GUILESS_MAIN(TestAssertion)
#include "tst_assertion.moc"
