// Send in the Router mode: the playground's request goes through RoutedCallService to the
// fake provider on loopback; the panel shows the streamed answer, the hops and the budget.
#include "calls/routedcallservice.h"
#include "capabilitychips.h"
#include "fakeproviderserver.h"
#include "playgroundinputs.h"
#include "playgroundview.h"
#include "policydocument.h"
#include "providers/providerclient.h"
#include "routerpage.h"
#include "sendpanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

/// "1,000,000"
QString grouped(qlonglong n)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::DefaultNumberOptions);
    return c.toString(n);
}

const QByteArray kKey = "test-key-not-real";
const QString kReply = u"Rotate the certificates with a short overlap window."_s;

TierEntry tier(const char *name, const char *model, const QUrl &base)
{
    TierEntry e;
    e.tier = QString::fromLatin1(name);
    e.provider = u"openai"_s;
    e.model = QString::fromLatin1(model);
    e.endpoint = base.toString();
    e.costPerMillionInput = u"1.00"_s;
    e.costPerMillionOutput = u"2.00"_s;
    return e;
}

} // namespace

class TestRouterSend final : public QObject
{
    Q_OBJECT

private:
    FakeProviderServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProviderClient> m_client;
    std::unique_ptr<MemoryCallRecorder> m_recorder;
    std::unique_ptr<RoutedCallService> m_service;
    TierConfig m_config;

    /// The page's policy decides the budgets (Send applies it to the service).
    static void setBudget(RouterPage *page, const BudgetLimits &limits)
    {
        RouterPolicy policy = RouterPolicy::seedDefault();
        policy.defaultBudget = limits;
        policy.hasBudgets = true;
        page->policy()->reset(policy, QString());
    }

    std::unique_ptr<RouterPage> makePage()
    {
        RouterContext context;
        context.configs = {{u"fake.yaml"_s, QString(), m_config}};
        context.calls = m_service.get();
        auto page = std::make_unique<RouterPage>(context);
        PlaygroundInputs *in = page->playground()->inputs();
        in->messageEdit()->setPlainText(u"Analyze the security implications of a zero-trust architecture."_s);
        in->taskTypeBox()->setEditText(u"security_analysis"_s); // heavy: reasoning first
        in->tenantEdit()->setText(u"acme"_s);
        page->playground()->rescore();
        return page;
    }

    static RoutedCallResult sendAndWait(SendPanel *panel)
    {
        QSignalSpy finished(panel, &SendPanel::finished);
        panel->sendButton()->click();
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000); }();
        return finished.isEmpty() ? RoutedCallResult{} : finished.constFirst().constFirst().value<RoutedCallResult>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        qputenv("OPENAI_API_KEY", kKey);
        m_server.setRequiredApiKey(kKey);
        m_server.setReplyText(kReply);
        m_client = std::make_unique<ProviderClient>(&m_network, nullptr);
        const QUrl base = m_server.baseUrl().resolved(QUrl(u"/v1"_s));
        m_config.name = u"fake"_s;
        m_config.tiers = {tier("fast", "fake-small", base), tier("standard", "fake-medium", base),
                          tier("reasoning", "fake-large", base)};
        qRegisterMetaType<RoutedCallResult>();
    }

    void init()
    {
        m_server.clearRequests();
        m_recorder = std::make_unique<MemoryCallRecorder>();
        m_service = std::make_unique<RoutedCallService>(m_client.get(), m_recorder.get(), ModelRouter::defaultTierConfig());
        CallPolicy policy;
        policy.maxRetries = 0; // the chain, not the client, moves on after a 503
        m_service->setCallPolicy(policy);
    }

    void sendStreamsTheAnswerAndShowsHopsAndBudget()
    {
        m_server.queueFault(FakeProviderServer::Fault::Unavailable); // the heavy tier fails once
        auto page = makePage();
        setBudget(page.get(), {1'000'000, 20'000'000, std::nullopt, std::nullopt});
        const RoutingDecision shown = page->playground()->decision();
        QCOMPARE(shown.tier, u"reasoning"_s);
        SendPanel *panel = page->playground()->sendPanel();
        QVERIFY(panel->sendButton()->isEnabled());
        const RoutedCallResult r = sendAndWait(panel);
        QVERIFY2(r.ok(), qPrintable(r.error));
        // The service routed exactly as the playground showed (config and policy applied).
        QVERIFY(r.decision);
        QCOMPARE(r.decision->tier, shown.tier);
        QCOMPARE(r.decision->complexity.score, shown.complexity.score);
        QCOMPARE(panel->answer()->toPlainText(), kReply);
        QVERIFY2(panel->statusLabel()->text().contains(u"standard"_s), qPrintable(panel->statusLabel()->text()));
        QVERIFY2(panel->hopsLabel()->text().contains(u"reasoning"_s), qPrintable(panel->hopsLabel()->text()));
        const qint64 used = m_service->budget().usage(u"acme"_s, BudgetPeriod::Day).tokens;
        QVERIFY(used > 0);
        const QString left = grouped(qlonglong(1'000'000 - used));
        QVERIFY2(panel->budgetLabel()->text().contains(left + u" of 1,000,000 tokens left"_s),
                 qPrintable(panel->budgetLabel()->text()));
        QCOMPARE(m_recorder->writes().size(), 1);
        QVERIFY(panel->sendButton()->isEnabled());
    }

    void exhaustedBudgetRefusesWithTheReason()
    {
        auto page = makePage();
        setBudget(page.get(), {10, std::nullopt, std::nullopt, std::nullopt});
        const RoutedCallResult r = sendAndWait(page->playground()->sendPanel());
        QVERIFY(!r.ok());
        QVERIFY(!r.budget.allowed);
        const QString status = page->playground()->sendPanel()->statusLabel()->text();
        QVERIFY2(status.contains(r.budget.reason), qPrintable(status));
        QCOMPARE(m_server.requestCount(), 0);
    }

    void sendIsDisabledWithoutAService()
    {
        RouterPage page(RouterContext{});
        QPushButton *send = page.playground()->sendPanel()->sendButton();
        QVERIFY(!send->isEnabled());
        QVERIFY(send->toolTip().contains(u"RoutedCall"_s));
        QVERIFY(!page.playground()->sendPanel()->send());
    }

    void simulatedBadgeFollowsTheService()
    {
        // A key set or removed after the page was built flips the service (CallServices); the
        // badge follows when the panel is next shown and at the next Send.
        std::unique_ptr<RouterPage> page = makePage();
        page->show();
        SendPanel *panel = page->playground()->sendPanel();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        QVERIFY(!panel->simulatedBadge()->isVisible());
        m_service->setSimulated(true);
        page->hide();
        page->show();
        QVERIFY(panel->simulatedBadge()->isVisible());
        m_service->setSimulated(false);
        const RoutedCallResult result = sendAndWait(panel);
        QVERIFY(!panel->simulatedBadge()->isVisible());
        QVERIFY(result.ok());
        QCOMPARE(m_server.requestCount(), 1);
    }
};

QTEST_MAIN(TestRouterSend)
#include "tst_routersend.moc"
