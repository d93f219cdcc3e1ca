// router-preview: the Router mode alone, on the seed config (no key, no network).
// Used for screenshots:  router-preview --scene playground --size 1440x900 --screenshot FILE
#include "playgroundinputs.h"
#include "playgroundview.h"
#include "calibrationview.h"
#include "policydocument.h"
#include "requestsource.h"
#include "routerpage.h"

#include "capabilitychips.h"
#include "demoworkspace.h"
#include "sendpanel.h"

#include "calls/routedcallservice.h"
#include "providers/providerclient.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCheckBox>
#include <QComboBox>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>

namespace {

const char kMessage[] =
    "We are moving our payment service from a monolith to microservices on Kubernetes. "
    "Analyze the security implications of a zero-trust architecture with mutual TLS between "
    "services, and explain the trade-offs against keeping a single ingress with OAuth token "
    "validation. First, list the threats that change (lateral movement, certificate rotation, "
    "secret sprawl). Then evaluate the latency and throughput cost of mTLS on every hop, and "
    "recommend a migration plan step by step, including how we roll back if authentication "
    "starts failing during the cut-over.\n\n"
    "Constraints: PCI DSS scope must not grow, the on-call team is four people, and the "
    "PostgreSQL cluster stays where it is for now. Thanks!";

/// The seed's tiers with the long model ids real deployments use (Bedrock, Vertex).
TierConfig longNamesConfig()
{
    TierConfig c = ModelRouter::defaultTierConfig();
    c.name = QStringLiteral("bedrock-long-names");
    c.tiers[0].provider = QStringLiteral("bedrock");
    c.tiers[0].model = QStringLiteral("anthropic.claude-3-5-haiku-20241022-v1:0");
    c.tiers[1].provider = QStringLiteral("vertex_ai");
    c.tiers[1].model = QStringLiteral("publishers/anthropic/models/claude-sonnet-4@20250514");
    c.tiers[2].provider = QStringLiteral("bedrock");
    c.tiers[2].model = QStringLiteral("us.anthropic.claude-opus-4-20250514-v1:0");
    return c;
}

/// A day of plausible support-bot and engineering requests (deterministic): what replay and
/// calibration screenshots run on when no store is given.
ReplayInput sampleRequests(int count)
{
    const QStringList openers = {
        QStringLiteral("hello, thanks!"), QStringLiteral("Translate this sentence into German:"),
        QStringLiteral("What time is it in Tokyo?"), QStringLiteral("Summarize the ticket below in two lines."),
        QStringLiteral("How do I reset my password?"),
        QStringLiteral("Explain why our PostgreSQL queries got slower after the migration."),
        QStringLiteral("Review this function for race conditions and suggest a fix."),
        QStringLiteral("Analyze the security implications of exposing the admin API behind OAuth."),
        QStringLiteral("Compare Redis and Memcached for session storage; list the trade-offs."),
        QStringLiteral("Design a step by step rollback plan for the Kubernetes upgrade."),
        QStringLiteral("Evaluate the threat model of our payment flow and recommend mitigations.")};
    const QStringList fillers = {
        QStringLiteral("The service runs on three nodes."), QStringLiteral("Latency doubled at peak."),
        QStringLiteral("We use mutual TLS between services."), QStringLiteral("Keep it short."),
        QStringLiteral("The team is small and on call is shared."), QStringLiteral("Logs are attached."),
        QStringLiteral("First check the connection pool, then the indexes.")};
    const QStringList caps = {QStringLiteral("chat"), QStringLiteral("code_review"),
                              QStringLiteral("security_analysis"), QStringLiteral("data_analysis")};
    ReplayInput in;
    std::uint32_t x = 12345;
    const auto next = [&x](std::uint32_t n) { x = x * 1664525u + 1013904223u; return (x >> 8) % n; };
    for (int i = 0; i < count; ++i) {
        ReplayRequest r;
        r.id = QStringLiteral("req-%1").arg(i + 1, 4, 10, QLatin1Char('0'));
        QString text = openers.at(int(next(std::uint32_t(openers.size()))));
        for (std::uint32_t f = next(6); f > 0; --f)
            text += u' ' + fillers.at(int(next(std::uint32_t(fillers.size()))));
        r.message = text.toUtf8();
        if (next(3) == 0)
            r.request.hints.contextTokens = 256 * (1 + next(16));
        if (next(2) == 0)
            r.request.hints.capabilities.append(caps.at(int(next(std::uint32_t(caps.size())))));
        r.request.hints.historyTurns = int(next(8));
        r.tenant = QStringLiteral("default");
        in.requests.append(r);
    }
    return in;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("router-preview"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The Router mode on the seed config."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("scene"), QStringLiteral("playground, replay or calibration."),
                      QStringLiteral("scene"), QStringLiteral("playground")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Window size WxH."), QStringLiteral("WxH"),
                      QStringLiteral("1440x900")});
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("Grab the window to FILE and quit."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("config"), QStringLiteral("Config to route onto (default: bedrock-long-names.yaml)."),
                      QStringLiteral("name"), QStringLiteral("bedrock-long-names.yaml")});
    parser.addOption({QStringLiteral("policy"), QStringLiteral("RouterPolicy file to open."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("requests"), QStringLiteral("replay/calibration: sample size."),
                      QStringLiteral("n"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("send"), QStringLiteral("Press Send (simulated provider) before the screenshot.")});
    parser.process(app);

    // Send goes to the simulated provider: no key, no network.
    QNetworkAccessManager network;
    ProviderClient client(&network, nullptr);
    MemoryCallRecorder recorder;
    RoutedCallService calls(&client, &recorder);
    calls.setSimulated(true);
    calls.budget().setDefaultLimits(BudgetManager::limitsFromEnvironment());

    RouterContext context;
    context.calls = &calls;
    // The demo workspace's configs (a scratch copy), plus one with long model ids.
    QTemporaryDir demo;
    if (const QString error = DemoWorkspace::install(demo.path()); !error.isEmpty())
        qWarning("%s", qPrintable(error));
    context.configs = workspaceRouterConfigs(demo.path());
    context.configs.append({QStringLiteral("bedrock-long-names.yaml"), QString(), longNamesConfig()});
    context.currentConfig = parser.value(QStringLiteral("config"));
    context.policyPath = parser.value(QStringLiteral("policy"));
    RouterPage page(context);
    page.setWindowTitle(QStringLiteral("TierBench — Router (preview)"));
    const QStringList size = parser.value(QStringLiteral("size")).split(u'x');
    page.resize(size.value(0).toInt(), size.value(1).toInt());

    PlaygroundInputs *in = page.playground()->inputs();
    in->messageEdit()->setPlainText(QString::fromUtf8(kMessage));
    in->contextTokensBox()->setValue(3200);
    in->historyBox()->setValue(4);
    in->capabilityChips()->setCapabilities({QStringLiteral("security_analysis"),
                                            QStringLiteral("architecture"),
                                            QStringLiteral("code_review")});
    const QString scene = parser.value(QStringLiteral("scene"));
    if (scene == u"replay" || scene == u"calibration") {
        page.showTab(scene == u"replay" ? RouterPage::Tab::Replay : RouterPage::Tab::Calibration);
        // What-if: a lower heavy threshold than the saved policy's.
        page.policy()->setValue(PolicyField::HeavyThreshold, 0.55);
        page.policy()->setValue(PolicyField::StandardThreshold, 0.35);
        page.calibration()->lightEnabled()->setChecked(true);
        page.requests()->setInput(RequestSource::Kind::File, QStringLiteral("support-week.jsonl"),
                                  sampleRequests(parser.value(QStringLiteral("requests")).toInt()));
    }
    page.show();

    const QString shot = parser.value(QStringLiteral("screenshot"));
    const auto grab = [&page, shot] {
        QTimer::singleShot(500, &page, [&page, shot] { QApplication::exit(page.grab().save(shot) ? 0 : 1); });
    };
    if (parser.isSet(QStringLiteral("send"))) {
        SendPanel *panel = page.playground()->sendPanel();
        if (!shot.isEmpty())
            QObject::connect(panel, &SendPanel::finished, &page, grab);
        QTimer::singleShot(300, panel, &SendPanel::send);
    } else if (!shot.isEmpty()) {
        grab();
    }
    return QApplication::exec();
}
