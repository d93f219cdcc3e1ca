// tierctl complete (--route | --tier T | --target provider:model) [--config FILE] [--tenant T]
//                  [--task-type T] [--capability C]... [--context-tokens N] [--history N]
//                  [--max-tokens N] [--no-stream] [--json] [--db DB | --no-record] PROMPT|-
// Every form is one RoutedCall: resolution, routing, budget check, fallback, record.
#include "callsession.h"
#include "cliutil.h"
#include "commands.h"

#include "calls/callrecords.h"
#include "calls/routedcallservice.h"
#include "config/configcodec.h"
#include "routing/routejson.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonValue tokensJson(const std::optional<std::int64_t> &v)
{
    return v ? QJsonValue(qint64(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonArray hopsJson(const QList<FallbackHop> &hops)
{
    QJsonArray out;
    for (const FallbackHop &h : hops)
        out.append(QJsonObject{{QStringLiteral("tier"), orNull(h.tier)},
                               {QStringLiteral("provider"), h.provider},
                               {QStringLiteral("model"), h.model},
                               {QStringLiteral("skipped"), h.skipped},
                               {QStringLiteral("errorClass"), h.errorClass ? QJsonValue(errorClassName(*h.errorClass))
                                                                           : QJsonValue(QJsonValue::Null)},
                               {QStringLiteral("message"), h.message}});
    return out;
}

QJsonObject resultJson(const RoutedCallResult &call)
{
    const CompletionResult &r = call.completion;
    const auto ttft = CallRecords::msBetween(r.timings.requestSentNs, r.timings.firstTokenNs);
    QJsonValue error = QJsonValue::Null;
    if (r.error)
        error = QJsonObject{{QStringLiteral("class"), errorClassName(r.error->errorClass)},
                            {QStringLiteral("message"), r.error->message},
                            {QStringLiteral("httpStatus"), r.error->httpStatus ? QJsonValue(r.error->httpStatus)
                                                                               : QJsonValue(QJsonValue::Null)}};
    else if (!call.ok())
        error = QJsonObject{{QStringLiteral("class"), call.budget.allowed ? QStringLiteral("routing") : QStringLiteral("budget")},
                            {QStringLiteral("message"), call.error},
                            {QStringLiteral("httpStatus"), QJsonValue(QJsonValue::Null)}};
    QJsonObject o{{QStringLiteral("text"), r.text},
                  {QStringLiteral("provider"), orNull(call.provider)},
                  {QStringLiteral("model"), orNull(call.model)},
                  {QStringLiteral("tier"), orNull(call.tier)},
                  {QStringLiteral("inputTokens"), tokensJson(r.inputTokens)},
                  {QStringLiteral("outputTokens"), tokensJson(r.outputTokens)},
                  {QStringLiteral("cachedInputTokens"), tokensJson(r.cachedInputTokens)},
                  {QStringLiteral("ttftMs"), ttft ? QJsonValue(*ttft) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("totalMs"), r.timings.totalNs / 1000000},
                  {QStringLiteral("cost"), r.cost ? QJsonValue(Cost::format(*r.cost)) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("costExact"), r.cost ? QJsonValue(r.cost->toString()) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("finishReason"), orNull(r.finishReason)},
                  {QStringLiteral("simulated"), r.simulated},
                  {QStringLiteral("callId"), call.callId},
                  {QStringLiteral("hops"), hopsJson(call.hops)},
                  {QStringLiteral("budget"), CallSession::budgetJson(call.budget)},
                  {QStringLiteral("alerts"), CallSession::alertsJson(call.alerts)},
                  {QStringLiteral("error"), error}};
    o.insert(QStringLiteral("decision"), call.decision
                 ? QJsonValue(QJsonDocument::fromJson(RouteJson::decisionToJson(*call.decision)).object())
                 : QJsonValue(QJsonValue::Null));
    return o;
}

QString figures(const RoutedCallResult &call)
{
    const CompletionResult &r = call.completion;
    auto tokens = [](const std::optional<std::int64_t> &v) { return v ? QString::number(*v) : QStringLiteral("unknown"); };
    const auto ttft = CallRecords::msBetween(r.timings.requestSentNs, r.timings.firstTokenNs);
    QString line = call.provider + u':' + call.model;
    if (!call.tier.isEmpty())
        line += QStringLiteral(" (tier ") + call.tier + u')';
    if (r.simulated)
        line += QStringLiteral(" [SIMULATED: no provider was called]");
    line += QStringLiteral("\n  input %1 (cached %2)  output %3  ttft %4  total %5 ms  cost %6  finish %7")
                .arg(tokens(r.inputTokens), tokens(r.cachedInputTokens), tokens(r.outputTokens),
                     ttft ? QString::number(*ttft) + QStringLiteral(" ms") : QStringLiteral("unknown"))
                .arg(r.timings.totalNs / 1000000)
                .arg(Cost::format(r.cost), r.finishReason.isEmpty() ? QStringLiteral("unknown") : r.finishReason);
    if (r.cost)
        line += QStringLiteral(" (exact ") + r.cost->toString() + u')';
    if (r.attempts > 1)
        line += QStringLiteral("  attempts %1").arg(r.attempts);
    return line;
}

/// The decision and the hops, for stderr.
QString routeLines(const RoutedCallResult &call)
{
    QString out;
    if (call.decision) {
        const RoutingDecision &d = *call.decision;
        out += QStringLiteral("route: score %1, class %2, tier %3 (%4): %5\n")
                   .arg(d.complexity.score, 0, 'f', 4)
                   .arg(RouteClasses::name(d.routeClass), d.tier, RoutingDecision::ruleName(d.rule), d.reason);
    }
    for (const FallbackHop &h : call.hops)
        out += QStringLiteral("hop: %1 %2:%3 %4: %5\n")
                   .arg(h.skipped ? QStringLiteral("skipped") : QStringLiteral("failed"), h.provider, h.model,
                        h.errorClass ? errorClassName(*h.errorClass) : QStringLiteral("-"), h.message);
    return out;
}

} // namespace

int runComplete(const QStringList &arguments)
{
    QCommandLineParser parser;
    CallSession::Options options;
    options.add(parser, /*routing=*/true);
    const QCommandLineOption tier(QStringLiteral("tier"), QStringLiteral("Call this tier of the config."), QStringLiteral("T"));
    const QCommandLineOption target(QStringLiteral("target"),
                                    QStringLiteral("Call provider:model directly (e.g. openai:gpt-4o-mini, ollama:llama3.2:3b, "
                                                   "simulated:demo), or 'router'."),
                                    QStringLiteral("provider:model"));
    const QCommandLineOption route(QStringLiteral("route"), QStringLiteral("Let the router pick the tier (needs --config)."));
    const QCommandLineOption maxTokens(QStringLiteral("max-tokens"), QStringLiteral("Limit the answer."), QStringLiteral("N"));
    const QCommandLineOption noStream(QStringLiteral("no-stream"), QStringLiteral("Ask for the whole answer at once."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object at the end."));
    parser.addOptions({tier, target, route, maxTokens, noStream, json});
    parser.addPositionalArgument(QStringLiteral("PROMPT"), QStringLiteral("The prompt, or - to read it from stdin."));
    if (const int rc = Cli::parse(parser, arguments,
                                  QStringLiteral("Send one prompt to a tier, a model or the router and print the answer.\n"
                                                 "With --route the estimator picks the tier; the decision and every fallback "
                                                 "hop go to stderr (or into --json). Tenant budgets are checked first.\n"
                                                 "Keys: keychain entry <secretRef>/<secretKey>, then env vars (the derived "
                                                 "name, ANTHROPIC_API_KEY, OPENAI_API_KEY). Base URLs: the tier's endpoint, "
                                                 "else ANTHROPIC_BASE_URL / OPENAI_BASE_URL / OLLAMA_HOST.\n"
                                                 "Exit 0: ok; 1: the call failed or a budget refused it; 2: usage or I/O error."));
        rc >= 0)
        return rc;
    const QString command = arguments.value(0);
    const int targets = int(parser.isSet(tier)) + int(parser.isSet(target)) + int(parser.isSet(route));
    if (targets != 1)
        return Cli::usageError(command, QStringLiteral("give exactly one of --route, --tier or --target."));
    const QString spec = parser.isSet(route) ? QStringLiteral("router")
                         : parser.isSet(tier) ? parser.value(tier) : parser.value(target);
    if ((parser.isSet(tier) || spec == u"router") && !options.hasConfig(parser))
        return Cli::usageError(command, QStringLiteral("--route and --tier need --config."));
    if (parser.isSet(target) && spec != u"router" && !spec.contains(u':'))
        return Cli::usageError(command, QStringLiteral("--target must look like provider:model, e.g. openai:gpt-4o-mini."));
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(command, QStringLiteral("give one PROMPT (or - for stdin)."));

    RoutedCallRequest request;
    request.target = spec;
    request.source = QStringLiteral("complete");
    request.prompt = parser.positionalArguments().constFirst();
    if (request.prompt == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Cli::usageError(command, QStringLiteral("cannot read stdin."));
        request.prompt = QString::fromUtf8(in.readAll());
    }
    if (request.prompt.trimmed().isEmpty())
        return Cli::usageError(command, QStringLiteral("the prompt is empty."));
    if (parser.isSet(maxTokens)) {
        bool ok = false;
        const int n = parser.value(maxTokens).toInt(&ok);
        if (!ok || n <= 0)
            return Cli::usageError(command, QStringLiteral("--max-tokens must be a positive whole number."));
        request.maxTokens = n;
    }
    request.stream = !parser.isSet(noStream);
    if (const int rc = options.fillRequest(parser, command, request); rc >= 0)
        return rc;

    CallSession session;
    if (const int rc = session.open(parser, options, command); rc >= 0)
        return rc;
    RoutedCall *call = session.service().call(request, nullptr);
    CallSession::cancelOnSignals(call);
    const bool asJson = parser.isSet(json);
    if (!asJson) {
        QObject::connect(call, &RoutedCall::textDelta, call, [](const QString &text) {
            Cli::out() << text;
            Cli::out().flush();
        });
        QObject::connect(call, &RoutedCall::hop, call, [](const FallbackHop &) {
            Cli::out() << "\n"; // the text so far came from a target that failed
            Cli::out().flush();
        });
    }
    QEventLoop loop; // the app layer may wait; core never does
    RoutedCallResult result;
    QObject::connect(call, &RoutedCall::finished, &loop, [&](const RoutedCallResult &r) {
        result = r;
        loop.quit();
    });
    call->start();
    loop.exec();
    delete call;

    if (asJson) {
        Cli::out() << QJsonDocument(resultJson(result)).toJson(QJsonDocument::Compact) << "\n";
        Cli::out().flush();
    } else {
        if (!result.completion.text.isEmpty() && !result.completion.text.endsWith(u'\n'))
            Cli::out() << "\n";
        Cli::out().flush();
        Cli::err() << routeLines(result);
        if (result.calls > 0) // nothing to report when no request went out (e.g. refused)
            Cli::err() << figures(result) << "\n";
        if (!result.ok())
            Cli::err() << command << ": "
                       << (result.completion.error ? errorClassName(result.completion.error->errorClass) + QStringLiteral(": ")
                                                   : QString())
                       << result.error << "\n";
    }
    session.report(result, command);
    Cli::err().flush();
    return result.ok() ? 0 : 1;
}
