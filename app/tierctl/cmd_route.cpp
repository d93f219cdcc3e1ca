// tierctl route: explain where one request (or a JSONL batch of them) would be routed.
#include "cliutil.h"
#include "commands.h"

#include "config/configcodec.h"
#include "money/cost.h"
#include "routing/modelrouter.h"
#include "routing/routefields.h"
#include "routing/routejson.h"
#include "routing/routerpolicy.h"

#include <QFile>

#include <cstdio>
#include <string>

namespace {

void printHuman(const RoutingDecision &d)
{
    QTextStream &out = Cli::out();
    const ComplexityFactors &f = d.complexity.factors;
    out << "class:        " << RouteClasses::name(d.routeClass) << " (score "
        << QString::number(d.complexity.score, 'f', 4) << ")\n";
    if (d.ok())
        out << "tier:         " << d.tier << " -> " << d.provider << " / " << d.model << "\n";
    else
        out << "tier:         none: " << d.error << "\n";
    const ComplexityEvidence &e = d.complexity.evidence;
    out << "rule:         " << RoutingDecision::ruleName(d.rule) << "\n"
        << "cause:        " << d.cause << "\n"
        << "reason:       " << d.reason << "\n"
        << "factors:      message_complexity " << QString::number(f.messageComplexity, 'f', 4)
        << ", context_requirement " << QString::number(f.contextRequirement, 'f', 4)
        << ", capability_criticality " << QString::number(f.capabilityCriticality, 'f', 4)
        << ", conversation_depth " << QString::number(f.conversationDepth, 'f', 4)
        << ", keyword_signals " << QString::number(f.keywordSignals, 'f', 4) << "\n"
        << "signals:      domain_depth " << QString::number(e.domainDepth, 'f', 4) << ", quantitative "
        << QString::number(e.quantitative, 'f', 4) << ", plain_words " << QString::number(e.plainWords, 'f', 4)
        << ", constraints " << e.constraints << ", deliverables " << e.deliverables << ", multi_hop "
        << e.multiHop << (e.trivial ? ", trivial" : "") << (e.noSignal ? ", no signal" : "") << "\n"
        << "estimate:     " << d.estimatedInputTokens << " input + " << d.estimatedOutputTokens
        << " output tokens, " << Cost::format(d.estimatedCost) << "\n";
    if (!d.alternatives.isEmpty())
        out << "alternatives:\n";
    for (const TierAlternative &a : d.alternatives)
        out << "  " << a.tier.leftJustified(10) << " " << QString(a.provider + QStringLiteral(" / ") + a.model).leftJustified(40)
            << " " << Cost::format(a.estimatedCost) << "\n";
    out.flush();
}

void flushOut(std::string &buffer)
{
    std::fwrite(buffer.data(), 1, buffer.size(), stdout);
    buffer.clear();
}

/// Routes one request per line; same order out as in. Blank lines are skipped.
int runBatch(const QString &command, const QString &path, const ModelRouter &router,
             const std::optional<RouteFields> &fields)
{
    std::FILE *in = path == u"-" ? stdin : std::fopen(QFile::encodeName(path).constData(), "rb");
    if (!in) {
        Cli::err() << command << ": cannot read " << path << "\n";
        return 2;
    }
    Cli::out().flush();
    std::string buffer;
    std::string out;
    std::string message;
    RouteRequest request;
    RouteJson::RequestExtras extras;
    const bool wantsId = fields && fields->has(RouteFields::Id);
    QString error;
    std::int64_t lineNumber = 0;
    bool failed = false;
    const auto handleLine = [&](std::string_view line) {
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos)
            return;
        if (!RouteJson::parseRequest(line, message, request, &error, wantsId ? &extras : nullptr)) {
            failed = true;
            RouteJson::appendError(out, QStringLiteral("line %1: %2").arg(lineNumber).arg(error));
        } else if (fields) {
            const QByteArrayView text(message.data(), qsizetype(message.size()));
            failed = !RouteJson::appendRouted(out, router, text, request, *fields, extras.id) || failed;
        } else {
            const RoutingDecision d = router.routeUtf8(
                QByteArrayView(message.data(), qsizetype(message.size())), request);
            failed = failed || !d.ok();
            RouteJson::appendDecision(out, d);
        }
        out += '\n';
        if (out.size() > (1 << 20))
            flushOut(out);
    };
    constexpr size_t kChunk = 1 << 20;
    size_t start = 0;
    for (;;) {
        const size_t old = buffer.size();
        buffer.resize(old + kChunk);
        const size_t got = std::fread(buffer.data() + old, 1, kChunk, in);
        buffer.resize(old + got);
        size_t nl;
        while ((nl = buffer.find('\n', start)) != std::string::npos) {
            handleLine(std::string_view(buffer.data() + start, nl - start));
            start = nl + 1;
        }
        buffer.erase(0, start);
        start = 0;
        if (got == 0)
            break;
    }
    const bool readError = std::ferror(in);
    if (!buffer.empty())
        handleLine(std::string_view(buffer));
    flushOut(out);
    std::fflush(stdout);
    if (in != stdin)
        std::fclose(in);
    if (readError) {
        Cli::err() << command << ": read error on " << path << "\n";
        return 2;
    }
    return failed ? 1 : 0;
}

bool parseCount(const QString &text, std::int64_t &value)
{
    bool ok = false;
    value = text.toLongLong(&ok);
    return ok && value >= 0;
}

} // namespace

int runRoute(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the decision as JSON."));
    const QCommandLineOption config(QStringLiteral("config"),
        QStringLiteral("ModelTierConfig YAML to route onto (default: the built-in seed config)."),
        QStringLiteral("FILE"));
    const QCommandLineOption taskType(QStringLiteral("task-type"), QStringLiteral("Task type, e.g. security_analysis."), QStringLiteral("T"));
    const QCommandLineOption contextTokens(QStringLiteral("context-tokens"), QStringLiteral("Context tokens the request carries."), QStringLiteral("N"));
    const QCommandLineOption capability(QStringLiteral("capability"), QStringLiteral("An agent capability (repeatable)."), QStringLiteral("C"));
    const QCommandLineOption history(QStringLiteral("history"), QStringLiteral("Earlier conversation turns."), QStringLiteral("N"));
    const QCommandLineOption prefer(QStringLiteral("prefer"), QStringLiteral("Agent/spec preference: a tier name or light|standard|heavy."), QStringLiteral("TIER"));
    const QCommandLineOption outputTokens(QStringLiteral("output-tokens"), QStringLiteral("Expected completion tokens for the cost estimates (default 512)."), QStringLiteral("N"));
    const QCommandLineOption jsonl(QStringLiteral("jsonl"),
        QStringLiteral("Route one JSON request per line of FILE ('-' for stdin); prints one JSON decision per line."),
        QStringLiteral("FILE"));
    const QCommandLineOption policy(QStringLiteral("policy"),
        QStringLiteral("RouterPolicy YAML: thresholds, weights, task-type overrides, capabilities "
                       "(default: the built-in seed policy)."),
        QStringLiteral("FILE"));
    const QCommandLineOption standardThreshold(QStringLiteral("standard-threshold"),
        QStringLiteral("Score (0..1) from which a request routes standard; overrides the policy."),
        QStringLiteral("X"));
    const QCommandLineOption heavyThreshold(QStringLiteral("heavy-threshold"),
        QStringLiteral("Score (0..1) from which a request routes heavy; overrides the policy."),
        QStringLiteral("Y"));
    const QCommandLineOption fieldsOption(QStringLiteral("fields"),
        QStringLiteral("With --jsonl: write only these keys, comma-separated (%1). Without reason and "
                       "alternatives each decision takes the lean path (no reason text, no other tier priced).")
            .arg(RouteFields::names()),
        QStringLiteral("LIST"));
    const QCommandLineOption compact(QStringLiteral("compact"),
        QStringLiteral("With --jsonl: the same as --fields id,score,class,tier,rule,cause."));
    parser.addOptions({json, config, policy, standardThreshold, heavyThreshold, taskType, contextTokens,
                       capability, history, prefer, outputTokens, jsonl, fieldsOption, compact});
    parser.addPositionalArgument(QStringLiteral("MESSAGE"), QStringLiteral("The message, or '-' to read it from stdin."));
    if (const int rc = Cli::parse(parser, arguments,
            QStringLiteral("Explain where a request would be routed. --policy FILE sets the thresholds, "
                           "weights, task-type overrides and capability criticalities; "
                           "--standard-threshold and --heavy-threshold override its thresholds.\n"
                           "Exit 0: routed; 1: no tier could be chosen (or a bad --jsonl line); 2: usage "
                           "error, unreadable file, or a config or policy with errors."));
        rc >= 0)
        return rc;

    TierConfig tierConfig = ModelRouter::defaultTierConfig();
    if (parser.isSet(config) && !Cli::loadTierConfig(command, parser.value(config), tierConfig))
        return 2;
    RouterPolicy routerPolicy = RouterPolicy::seedDefault();
    if (parser.isSet(policy)) {
        const std::optional<RouterPolicy> loaded = Cli::loadPolicy(command, parser.value(policy));
        if (!loaded)
            return 2;
        routerPolicy = *loaded;
    }
    if (const QString error = Cli::overrideThresholds(parser, standardThreshold, heavyThreshold, routerPolicy.thresholds);
        !error.isEmpty())
        return Cli::usageError(command, error);
    ModelRouter router(tierConfig);
    routerPolicy.applyTo(router);
    if ((parser.isSet(fieldsOption) || parser.isSet(compact)) && !parser.isSet(jsonl))
        return Cli::usageError(command, QStringLiteral("--fields and --compact apply to --jsonl batches; "
                                                       "use --json for one request"));
    if (parser.isSet(fieldsOption) && parser.isSet(compact))
        return Cli::usageError(command, QStringLiteral("give --fields or --compact, not both"));
    if (parser.isSet(jsonl)) {
        if (!parser.positionalArguments().isEmpty())
            return Cli::usageError(command, QStringLiteral("--jsonl takes no MESSAGE argument"));
        std::optional<RouteFields> fields;
        if (parser.isSet(compact))
            fields = RouteFields::compact();
        if (parser.isSet(fieldsOption)) {
            QString error;
            fields = RouteFields::parse(parser.value(fieldsOption), &error);
            if (!fields)
                return Cli::usageError(command, QStringLiteral("--fields: ") + error);
        }
        return runBatch(command, parser.value(jsonl), router, fields);
    }
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(command, QStringLiteral("expected exactly one MESSAGE (or '-')"));

    RouteRequest request;
    request.message = parser.positionalArguments().constFirst();
    if (request.message == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Cli::usageError(command, QStringLiteral("cannot read stdin"));
        request.message = QString::fromUtf8(in.readAll());
    }
    request.taskType = parser.value(taskType);
    request.preferredTier = parser.value(prefer);
    request.hints.capabilities = parser.values(capability);
    std::int64_t n = 0;
    if (parser.isSet(contextTokens) && !parseCount(parser.value(contextTokens), n))
        return Cli::usageError(command, QStringLiteral("--context-tokens needs a non-negative integer"));
    request.hints.contextTokens = n;
    n = 0;
    if (parser.isSet(history) && !parseCount(parser.value(history), n))
        return Cli::usageError(command, QStringLiteral("--history needs a non-negative integer"));
    request.hints.historyTurns = int(std::min<std::int64_t>(n, 1 << 30));
    if (parser.isSet(outputTokens)) {
        if (!parseCount(parser.value(outputTokens), n))
            return Cli::usageError(command, QStringLiteral("--output-tokens needs a non-negative integer"));
        request.expectedOutputTokens = n;
    }

    const RoutingDecision decision = router.route(request);
    if (parser.isSet(json)) {
        Cli::out() << QString::fromUtf8(RouteJson::decisionToJson(decision)) << "\n";
        Cli::out().flush();
    } else {
        printHuman(decision);
    }
    return decision.ok() ? 0 : 1;
}
