#include "streampane.h"

#include <QLabel>
#include <QtTest>

namespace {

Target target(const QString &provider)
{
    Target t;
    t.id = QStringLiteral("fast");
    t.tier = QStringLiteral("fast");
    t.provider = provider;
    t.model = QStringLiteral("claude-haiku");
    t.prices.inputPerMillion = Decimal::parse(u"0.80");
    t.prices.outputPerMillion = Decimal::parse(u"4.00");
    return t;
}

} // namespace

class TestStreamPane final : public QObject
{
    Q_OBJECT
private slots:
    void deltasAreCoalescedUntilFlush();
    void finalFigures();
    void unknownIsNeverZero();
    void errorSaysWhatToDo();
    void serverErrorIsPlainText();
    void simulatedBadge_data();
    void simulatedBadge();
    void routerDecision();
};

void TestStreamPane::deltasAreCoalescedUntilFlush()
{
    StreamPane pane(target(QStringLiteral("anthropic")));
    pane.beginCell(QStringLiteral("case 1"), QStringLiteral("anthropic"), QStringLiteral("claude-haiku"));
    pane.appendDelta(QStringLiteral("Hello "));
    pane.appendDelta(QStringLiteral("world"));
    QCOMPARE(pane.text(), QString()); // nothing painted per token
    QVERIFY(pane.flush());
    QCOMPARE(pane.text(), QStringLiteral("Hello world"));
    QCOMPARE(pane.figureText(StreamPane::Figure::TokensOut), QStringLiteral("≈2 so far"));
    QCOMPARE(pane.figureText(StreamPane::Figure::State), QStringLiteral("streaming"));
    QVERIFY(!pane.flush()); // nothing new
}

void TestStreamPane::finalFigures()
{
    StreamPane pane(target(QStringLiteral("anthropic")));
    CellResult c;
    c.state = CellState::Succeeded;
    c.tier = QStringLiteral("fast");
    c.outcome.text = QStringLiteral("The answer.");
    c.outcome.provider = QStringLiteral("anthropic");
    c.outcome.model = QStringLiteral("claude-haiku-4-5");
    c.outcome.inputTokens = 1000;
    c.outcome.outputTokens = 500;
    c.outcome.ttftMs = 200;
    c.outcome.totalMs = 1200;
    c.outcome.cost = Decimal::parse(u"0.0028");
    c.outcome.finishReason = QStringLiteral("end_turn");
    pane.showResult(c, target(QStringLiteral("anthropic")).prices);
    QCOMPARE(pane.text(), QStringLiteral("The answer."));
    QCOMPARE(pane.figureText(StreamPane::Figure::Model), QStringLiteral("claude-haiku-4-5"));
    QCOMPARE(pane.figureText(StreamPane::Figure::Tier), QStringLiteral("fast"));
    QCOMPARE(pane.figureText(StreamPane::Figure::Ttft), QStringLiteral("200 ms"));
    QCOMPARE(pane.figureText(StreamPane::Figure::TokensPerSecond), QStringLiteral("500.0 tok/s"));
    QCOMPARE(pane.figureText(StreamPane::Figure::TokensIn), QStringLiteral("1000"));
    QCOMPARE(pane.figureText(StreamPane::Figure::TokensOut), QStringLiteral("500"));
    QCOMPARE(pane.figureText(StreamPane::Figure::Cost), QStringLiteral("$0.0028"));
    QCOMPARE(pane.figureToolTip(StreamPane::Figure::Cost),
             QStringLiteral("1000 in × $0.80/M + 500 out × $4.00/M = $0.0028"));
    QCOMPARE(pane.figureToolTip(StreamPane::Figure::Ttft), QStringLiteral("TTFT 200 ms, total 1.20 s"));
    QCOMPARE(pane.figureText(StreamPane::Figure::FinishReason), QStringLiteral("end_turn"));
}

void TestStreamPane::unknownIsNeverZero()
{
    StreamPane pane(target(QStringLiteral("openai-compatible")));
    CellResult c;
    c.state = CellState::Succeeded;
    c.outcome.text = QStringLiteral("ok");
    c.outcome.totalMs = 300;
    pane.showResult(c, {});
    for (auto f : {StreamPane::Figure::TokensIn, StreamPane::Figure::TokensOut, StreamPane::Figure::Cost,
                   StreamPane::Figure::Ttft, StreamPane::Figure::TokensPerSecond, StreamPane::Figure::FinishReason})
        QCOMPARE(pane.figureText(f), QStringLiteral("unknown"));
    QVERIFY(pane.figureToolTip(StreamPane::Figure::Cost).contains(QStringLiteral("did not report token counts")));
}

void TestStreamPane::errorSaysWhatToDo()
{
    StreamPane pane(target(QStringLiteral("anthropic")));
    CellResult c;
    c.state = CellState::Failed;
    c.outcome.errorClass = QStringLiteral("auth");
    c.outcome.errorMessage = QStringLiteral("ANTHROPIC_API_KEY is not set.");
    pane.showResult(c, {});
    const QString error = pane.figureText(StreamPane::Figure::Error);
    QVERIFY2(error.startsWith(QStringLiteral("auth: ANTHROPIC_API_KEY is not set.")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("Settings ▸ Keys")), qPrintable(error));
}

void TestStreamPane::serverErrorIsPlainText()
{
    // Issue 12: a server's error text is shown as written, never rendered as HTML.
    StreamPane pane(target(QStringLiteral("openai")));
    CellResult c;
    c.state = CellState::Failed;
    c.outcome.errorClass = QStringLiteral("server");
    c.outcome.errorMessage = QStringLiteral("HTTP 500: <img src=x><a href='http://evil'>click</a>");
    pane.showResult(c, {});
    bool found = false;
    for (const QLabel *label : pane.findChildren<QLabel *>()) {
        if (!label->text().contains(QStringLiteral("<img src=x>")))
            continue;
        found = true;
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    QVERIFY(found);
}

void TestStreamPane::simulatedBadge_data()
{
    QTest::addColumn<QString>("targetProvider");
    QTest::addColumn<QString>("answeredBy");
    QTest::addColumn<bool>("badge");
    QTest::newRow("simulated target") << QStringLiteral("simulated") << QString() << true;
    QTest::newRow("real target") << QStringLiteral("anthropic") << QStringLiteral("anthropic") << false;
    QTest::newRow("router answered by simulator") << QStringLiteral("router") << QStringLiteral("simulated") << true;
}

void TestStreamPane::simulatedBadge()
{
    QFETCH(QString, targetProvider);
    QFETCH(QString, answeredBy);
    QFETCH(bool, badge);
    StreamPane pane(target(targetProvider));
    if (!answeredBy.isEmpty())
        pane.beginCell(QStringLiteral("case 1"), answeredBy, QStringLiteral("m"));
    QCOMPARE(pane.isSimulated(), badge);
}

void TestStreamPane::routerDecision()
{
    Target router;
    router.id = QStringLiteral("router");
    router.isRouter = true;
    StreamPane pane(router);
    QCOMPARE(pane.figureText(StreamPane::Figure::Model), QStringLiteral("chosen per prompt"));
    QJsonObject decision{{QStringLiteral("class"), QStringLiteral("heavy")},
                         {QStringLiteral("score"), 0.74},
                         {QStringLiteral("rule"), QStringLiteral("threshold")},
                         {QStringLiteral("tier"), QStringLiteral("reasoning")},
                         {QStringLiteral("reason"), QStringLiteral("Score 0.74 is at or above 0.70.")},
                         {QStringLiteral("factors"), QJsonObject{{QStringLiteral("keyword_signals"), 0.5}}}};
    pane.setDecision(decision);
    QCOMPARE(pane.figureText(StreamPane::Figure::Decision),
             QStringLiteral("routed: heavy · score 0.74 · threshold → reasoning"));
    QVERIFY(pane.figureToolTip(StreamPane::Figure::Decision).contains(QStringLiteral("keyword_signals: 0.50")));
    QCOMPARE(pane.figureText(StreamPane::Figure::Tier), QStringLiteral("reasoning"));
}

QTEST_MAIN(TestStreamPane)
#include "tst_streampane.moc"
