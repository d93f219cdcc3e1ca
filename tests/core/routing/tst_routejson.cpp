#include "routing/routejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestRouteJson : public QObject
{
    Q_OBJECT

private slots:
    void parseRequest_data();
    void parseRequest();
    void parseErrors_data();
    void parseErrors();
    void decisionIsValidJson();
    void errorDecisionHasNulls();
};

void TestRouteJson::parseRequest_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("taskType");
    QTest::addColumn<qint64>("context");
    QTest::addColumn<QStringList>("capabilities");
    QTest::addColumn<int>("history");

    QTest::newRow("message only") << QByteArray(R"({"message":"Hello"})") << "Hello" << QString() << qint64(0) << QStringList() << 0;
    QTest::newRow("all fields") << QByteArray(R"( { "message" : "a" , "taskType":"simple_qa", "contextTokens": 2048, "capabilities":["security_analysis","audit"], "history": 4 } )")
                                << "a" << "simple_qa" << qint64(2048)
                                << QStringList{QStringLiteral("security_analysis"), QStringLiteral("audit")} << 4;
    QTest::newRow("escapes") << QByteArray(R"({"message":"q\"\\\/\n\t\u00e9\ud83d\ude00"})")
                             << QStringLiteral("q\"\\/\n\t\u00e9\U0001F600") << QString() << qint64(0) << QStringList() << 0;
    QTest::newRow("raw utf-8") << QByteArray("{\"message\":\"caf\xc3\xa9\"}") << QStringLiteral("caf\u00e9") << QString() << qint64(0) << QStringList() << 0;
    QTest::newRow("nulls and unknown keys") << QByteArray(R"({"id":7,"meta":{"a":[1,{"b":null}],"c":"}"},"message":"m","taskType":null,"capabilities":null,"history":null,"flag":true})")
                                            << "m" << QString() << qint64(0) << QStringList() << 0;
    QTest::newRow("integral float") << QByteArray(R"({"message":"m","contextTokens":1e3})") << "m" << QString() << qint64(1000) << QStringList() << 0;
    QTest::newRow("empty capabilities") << QByteArray(R"({"message":"","capabilities":[]})") << "" << QString() << qint64(0) << QStringList() << 0;
}

void TestRouteJson::parseRequest()
{
    QFETCH(QByteArray, line);
    std::string message;
    RouteRequest r;
    QString error;
    QVERIFY2(RouteJson::parseRequest(std::string_view(line.constData(), size_t(line.size())), message, r, &error),
             qPrintable(error));
    QTEST(QString::fromUtf8(message.data(), qsizetype(message.size())), "message");
    QTEST(r.taskType, "taskType");
    QTEST(qint64(r.hints.contextTokens), "context");
    QTEST(r.hints.capabilities, "capabilities");
    QTEST(r.hints.historyTurns, "history");
    QVERIFY(r.message.isEmpty());
}

void TestRouteJson::parseErrors_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not an object") << QByteArray("[1]") << "expected an object";
    QTest::newRow("missing message") << QByteArray(R"({"taskType":"x"})") << "missing \"message\"";
    QTest::newRow("trailing") << QByteArray(R"({"message":"x"} x)") << "trailing";
    QTest::newRow("unterminated") << QByteArray(R"({"message":"x)") << "unterminated string";
    QTest::newRow("bad escape") << QByteArray(R"({"message":"\q"})") << "bad escape";
    QTest::newRow("fractional tokens") << QByteArray(R"({"message":"x","contextTokens":1.5})") << "integer";
    QTest::newRow("negative history") << QByteArray(R"({"message":"x","history":-1})") << "non-negative";
    QTest::newRow("capability not string") << QByteArray(R"({"message":"x","capabilities":[1]})") << "expected a string";
    QTest::newRow("missing colon") << QByteArray(R"({"message" "x"})") << "expected :";
}

void TestRouteJson::parseErrors()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    std::string message;
    RouteRequest r;
    QString error;
    QVERIFY(!RouteJson::parseRequest(std::string_view(line.constData(), size_t(line.size())), message, r, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("at byte")));
}

void TestRouteJson::decisionIsValidJson()
{
    const ModelRouter router;
    RouteRequest r;
    r.message = QStringLiteral("Hello");
    r.taskType = QStringLiteral("weird\"task\n\x01");
    const RoutingDecision d = router.route(r);
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(RouteJson::decisionToJson(d), &err);
    QCOMPARE(err.error, QJsonParseError::NoError);
    const QJsonObject o = doc.object();
    const QStringList keys{QStringLiteral("alternatives"), QStringLiteral("cause"), QStringLiteral("class"),
                           QStringLiteral("factors"), QStringLiteral("model"), QStringLiteral("provider"),
                           QStringLiteral("reason"), QStringLiteral("rule"), QStringLiteral("score"),
                           QStringLiteral("signals"), QStringLiteral("tier")};
    QCOMPARE(o.keys(), keys);
    const QStringList factorKeys{QStringLiteral("capability_criticality"), QStringLiteral("context_requirement"),
                                 QStringLiteral("conversation_depth"), QStringLiteral("keyword_signals"),
                                 QStringLiteral("message_complexity")};
    QCOMPARE(o.value(u"factors").toObject().keys(), factorKeys);
    QCOMPARE(o.value(u"score").toDouble(), QString::number(d.complexity.score, 'f', 4).toDouble());
    QCOMPARE(o.value(u"class").toString(), QStringLiteral("light"));
    QCOMPARE(o.value(u"rule").toString(), QStringLiteral("threshold"));
    const QJsonArray alts = o.value(u"alternatives").toArray();
    QCOMPARE(alts.size(), 2);
    QCOMPARE(alts[0].toObject().keys(), (QStringList{QStringLiteral("estimatedCost"), QStringLiteral("model"),
                                                     QStringLiteral("provider"), QStringLiteral("tier")}));
    QCOMPARE(alts[0].toObject().value(u"estimatedCost").toString(), d.alternatives[0].estimatedCost->toString());
}

void TestRouteJson::errorDecisionHasNulls()
{
    TierConfig config;
    const ModelRouter router(config);
    RouteRequest r;
    r.message = QStringLiteral("x");
    const QJsonObject o = QJsonDocument::fromJson(RouteJson::decisionToJson(router.route(r))).object();
    QVERIFY(o.value(u"tier").isNull());
    QVERIFY(o.value(u"model").isNull());
    QVERIFY(!o.value(u"error").toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestRouteJson)
#include "tst_routejson.moc"
