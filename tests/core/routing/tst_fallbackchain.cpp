#include "routing/fallbackchain.h"

#include <QHash>
#include <QTest>
#include <QTimer>

namespace {

FallbackTarget target(const char *tier, const char *provider = "anthropic",
                      std::optional<std::int64_t> window = std::nullopt)
{
    return {QString::fromLatin1(tier), QString::fromLatin1(provider),
            QString::fromLatin1(tier) + QStringLiteral("-model"), window};
}

QList<FallbackTarget> threeTiers()
{
    return {target("fast", "anthropic", 200000), target("standard", "anthropic", 200000),
            target("reasoning", "anthropic", 200000)};
}

using Outcomes = QHash<QString, std::optional<ErrorClass>>; // tier -> failure; absent = success

struct Harness
{
    Outcomes outcomes;
    QStringList calls;
    bool async = false;
    std::optional<FallbackResult> result;

    FallbackChain::Executor executor(QObject *context)
    {
        return [this, context](const FallbackTarget &t, FallbackChain::Completion done) {
            calls.append(t.tier);
            const auto failure = outcomes.value(t.tier);
            const CallOutcome o = failure ? CallOutcome::failure(*failure, QStringLiteral("injected"))
                                          : CallOutcome::success();
            if (async)
                QTimer::singleShot(1, context, [done, o] { done(o); });
            else
                done(o);
        };
    }
    FallbackChain::Finished finished()
    {
        return [this](const FallbackResult &r) { result = r; };
    }
};

} // namespace

Q_DECLARE_METATYPE(std::optional<ErrorClass>)

class TestFallbackChain : public QObject
{
    Q_OBJECT

private slots:
    void plans_data();
    void plans();
    void paths_data();
    void paths();
    void hopCap();
    void contextWindowSkip();
    void contextLengthNeedsBiggerWindow();
    void accountErrorsSkipSameProvider();
    void asynchronousCompletion();
    void secondCompletionIgnored();
    void policyTable_data();
    void policyTable();
};

void TestFallbackChain::plans_data()
{
    QTest::addColumn<int>("direction");
    QTest::addColumn<int>("start");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("escalate from light") << int(FallbackChain::Direction::Escalate) << 0 << QList<int>{0, 1, 2};
    QTest::newRow("escalate from standard") << int(FallbackChain::Direction::Escalate) << 1 << QList<int>{1, 2};
    QTest::newRow("degrade from heavy") << int(FallbackChain::Direction::Degrade) << 2 << QList<int>{2, 1, 0};
    QTest::newRow("out of range") << int(FallbackChain::Direction::Degrade) << 5 << QList<int>{};
}

void TestFallbackChain::plans()
{
    QFETCH(int, direction);
    QFETCH(int, start);
    const FallbackChain chain(threeTiers(), FallbackChain::Direction(direction));
    QTEST(chain.plan(start), "expected");
}

void TestFallbackChain::paths_data()
{
    QTest::addColumn<int>("direction");
    QTest::addColumn<int>("start");
    QTest::addColumn<Outcomes>("outcomes");
    QTest::addColumn<QStringList>("expectedCalls");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("servedBy");
    QTest::addColumn<int>("events");

    const int degrade = int(FallbackChain::Direction::Degrade);
    const int escalate = int(FallbackChain::Direction::Escalate);
    const QString reasoning = QStringLiteral("reasoning");
    const QString standard = QStringLiteral("standard");
    const QString fast = QStringLiteral("fast");
    QTest::newRow("success first") << degrade << 2 << Outcomes{} << QStringList{reasoning} << true << reasoning << 0;
    QTest::newRow("heavy fails then standard works")
        << degrade << 2 << Outcomes{{reasoning, ErrorClass::Server}} << QStringList{reasoning, standard} << true << standard << 1;
    QTest::newRow("escalate past overloaded and rate limited")
        << escalate << 0 << Outcomes{{fast, ErrorClass::Overloaded}, {standard, ErrorClass::RateLimited}}
        << QStringList{fast, standard, reasoning} << true << reasoning << 2;
    QTest::newRow("all fail")
        << degrade << 2 << Outcomes{{reasoning, ErrorClass::Timeout}, {standard, ErrorClass::Network}, {fast, ErrorClass::BadResponse}}
        << QStringList{reasoning, standard, fast} << false << QString() << 3;
    QTest::newRow("invalid request stops")
        << degrade << 2 << Outcomes{{reasoning, ErrorClass::InvalidRequest}} << QStringList{reasoning} << false << QString() << 1;
    QTest::newRow("cancelled stops")
        << escalate << 0 << Outcomes{{fast, ErrorClass::Cancelled}} << QStringList{fast} << false << QString() << 1;
}

void TestFallbackChain::paths()
{
    QFETCH(int, direction);
    QFETCH(int, start);
    QFETCH(Outcomes, outcomes);
    QFETCH(QStringList, expectedCalls);
    QFETCH(bool, ok);
    QFETCH(QString, servedBy);
    QFETCH(int, events);
    Harness h;
    h.outcomes = outcomes;
    const FallbackChain chain(threeTiers(), FallbackChain::Direction(direction));
    chain.execute(start, 1000, h.executor(this), h.finished());
    QVERIFY(h.result);
    QCOMPARE(h.calls, expectedCalls);
    QCOMPARE(h.result->ok, ok);
    QCOMPARE(h.result->target.tier, servedBy);
    QCOMPARE(h.result->events.size(), events);
    QCOMPARE(h.result->calls, expectedCalls.size());
    for (const FallbackEvent &e : h.result->events) {
        QCOMPARE(e.kind, FallbackEvent::Kind::Failed);
        QCOMPARE(e.message, QStringLiteral("injected"));
        QVERIFY(e.errorClass.has_value());
    }
    QCOMPARE(h.result->stopReason.isEmpty(), ok);
}

void TestFallbackChain::hopCap()
{
    QList<FallbackTarget> targets;
    Harness h;
    for (int i = 0; i < 8; ++i) {
        targets.append({QStringLiteral("t%1").arg(i), QStringLiteral("p"), QStringLiteral("m"), std::nullopt});
        h.outcomes.insert(QStringLiteral("t%1").arg(i), ErrorClass::Server);
    }
    const FallbackChain chain(targets, FallbackChain::Direction::Escalate);
    QCOMPARE(chain.maxHops(), 5);
    chain.execute(0, 0, h.executor(this), h.finished());
    QVERIFY(h.result);
    QCOMPARE(h.calls.size(), 5);
    QVERIFY(!h.result->ok);
    QVERIFY(h.result->stopReason.contains(QStringLiteral("hop limit")));
    QCOMPARE(h.result->lastError, std::optional(ErrorClass::Server));

    Harness two;
    two.outcomes = h.outcomes;
    FallbackChain(targets, FallbackChain::Direction::Escalate, 2).execute(0, 0, two.executor(this), two.finished());
    QCOMPARE(two.calls, (QStringList{QStringLiteral("t0"), QStringLiteral("t1")}));
}

void TestFallbackChain::contextWindowSkip()
{
    Harness h;
    h.outcomes.insert(QStringLiteral("reasoning"), ErrorClass::Server);
    const QList<FallbackTarget> targets{target("fast", "a", 8000), target("standard", "a", std::nullopt),
                                        target("reasoning", "a", 200000)};
    FallbackChain(targets, FallbackChain::Direction::Degrade).execute(2, 50000, h.executor(this), h.finished());
    QVERIFY(h.result);
    // standard's window is unknown, so it is tried; fast's 8000 is known to be too small.
    QCOMPARE(h.calls, (QStringList{QStringLiteral("reasoning"), QStringLiteral("standard")}));
    QVERIFY(h.result->ok);

    Harness all;
    all.outcomes = {{QStringLiteral("reasoning"), ErrorClass::Server}, {QStringLiteral("standard"), ErrorClass::Server}};
    FallbackChain(targets, FallbackChain::Direction::Degrade).execute(2, 50000, all.executor(this), all.finished());
    QCOMPARE(all.calls.size(), 2);
    QCOMPARE(all.result->events.size(), 3);
    QCOMPARE(all.result->events.last().kind, FallbackEvent::Kind::Skipped);
    QCOMPARE(all.result->events.last().target.tier, QStringLiteral("fast"));
    QVERIFY(all.result->events.last().message.contains(QStringLiteral("8000")));
}

void TestFallbackChain::contextLengthNeedsBiggerWindow()
{
    Harness h;
    h.outcomes.insert(QStringLiteral("a"), ErrorClass::ContextLength);
    const QList<FallbackTarget> targets{{QStringLiteral("a"), QStringLiteral("p"), {}, 32000},
                                        {QStringLiteral("b"), QStringLiteral("p"), {}, 16000},
                                        {QStringLiteral("c"), QStringLiteral("p"), {}, std::nullopt},
                                        {QStringLiteral("d"), QStringLiteral("p"), {}, 128000}};
    FallbackChain(targets, FallbackChain::Direction::Escalate).execute(0, 1000, h.executor(this), h.finished());
    QVERIFY(h.result && h.result->ok);
    QCOMPARE(h.calls, (QStringList{QStringLiteral("a"), QStringLiteral("d")}));
    QCOMPARE(h.result->events.size(), 3); // a failed, b and c skipped
}

void TestFallbackChain::accountErrorsSkipSameProvider()
{
    for (ErrorClass c : {ErrorClass::Auth, ErrorClass::SpendCap}) {
        Harness h;
        h.outcomes.insert(QStringLiteral("a"), c);
        const QList<FallbackTarget> targets{target("a", "openai"), target("b", "OpenAI"), target("c", "anthropic")};
        FallbackChain(targets, FallbackChain::Direction::Escalate).execute(0, 0, h.executor(this), h.finished());
        QVERIFY(h.result && h.result->ok);
        QCOMPARE(h.calls, (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(h.result->events[1].kind, FallbackEvent::Kind::Skipped);
    }
}

void TestFallbackChain::asynchronousCompletion()
{
    Harness h;
    h.async = true;
    h.outcomes.insert(QStringLiteral("reasoning"), ErrorClass::Overloaded);
    {
        const FallbackChain chain(threeTiers(), FallbackChain::Direction::Degrade);
        chain.execute(2, 0, h.executor(this), h.finished());
    } // the chain may go away while calls are in flight
    QVERIFY(!h.result);
    QTRY_VERIFY(h.result.has_value());
    QVERIFY(h.result->ok);
    QCOMPARE(h.result->target.tier, QStringLiteral("standard"));
    QCOMPARE(h.calls.size(), 2);
}

void TestFallbackChain::secondCompletionIgnored()
{
    int finishedCount = 0;
    const FallbackChain chain(threeTiers(), FallbackChain::Direction::Degrade);
    chain.execute(2, 0,
                  [](const FallbackTarget &, FallbackChain::Completion done) {
                      done(CallOutcome::failure(ErrorClass::InvalidRequest));
                      done(CallOutcome::success());
                  },
                  [&finishedCount](const FallbackResult &r) {
                      ++finishedCount;
                      QVERIFY(!r.ok);
                  });
    QCOMPARE(finishedCount, 1);
}

void TestFallbackChain::policyTable_data()
{
    QTest::addColumn<int>("errorClass");
    QTest::addColumn<int>("policy");
    using P = FallbackChain::Policy;
    QTest::newRow("rate_limited") << int(ErrorClass::RateLimited) << int(P::MoveOn);
    QTest::newRow("overloaded") << int(ErrorClass::Overloaded) << int(P::MoveOn);
    QTest::newRow("server") << int(ErrorClass::Server) << int(P::MoveOn);
    QTest::newRow("timeout") << int(ErrorClass::Timeout) << int(P::MoveOn);
    QTest::newRow("network") << int(ErrorClass::Network) << int(P::MoveOn);
    QTest::newRow("bad_response") << int(ErrorClass::BadResponse) << int(P::MoveOn);
    QTest::newRow("context_length") << int(ErrorClass::ContextLength) << int(P::MoveOnBiggerWindow);
    QTest::newRow("auth") << int(ErrorClass::Auth) << int(P::MoveOnOtherProvider);
    QTest::newRow("spend_cap") << int(ErrorClass::SpendCap) << int(P::MoveOnOtherProvider);
    QTest::newRow("invalid_request") << int(ErrorClass::InvalidRequest) << int(P::Stop);
    QTest::newRow("cancelled") << int(ErrorClass::Cancelled) << int(P::Stop);
}

void TestFallbackChain::policyTable()
{
    QFETCH(int, errorClass);
    QFETCH(int, policy);
    QCOMPARE(int(FallbackChain::policyFor(ErrorClass(errorClass))), policy);
}

QTEST_GUILESS_MAIN(TestFallbackChain)
#include "tst_fallbackchain.moc"
