// tierctl complete --config FILE (--tier T | --target provider/model) [--max-tokens N] [--no-stream]
//                  [--json] PROMPT|-
#include "cliutil.h"
#include "commands.h"

#include "config/atomicfile.h"
#include "config/configcodec.h"
#include "providers/providerclient.h"
#include "store/runstore.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSocketNotifier>

#include <csignal>
#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

QJsonValue tokensJson(const std::optional<std::int64_t> &v)
{
    return v ? QJsonValue(qint64(*v)) : QJsonValue(QJsonValue::Null);
}

std::optional<qint64> msBetween(const std::optional<qint64> &from, const std::optional<qint64> &to)
{
    if (!from || !to)
        return std::nullopt;
    return (*to - *from) / 1000000;
}

/// The stored form of a finished call; the key is never part of it.
RunRecord runRecord(const CompletionRequest &request, const QString &prompt, const CompletionResult &r)
{
    RunRecord run;
    run.source = QStringLiteral("complete");
    run.provider = request.provider;
    run.model = request.model;
    run.tier = request.tier;
    run.inputTokens = r.inputTokens;
    run.outputTokens = r.outputTokens;
    run.cachedTokens = r.cachedInputTokens;
    run.firstByteMs = msBetween(r.timings.requestSentNs, r.timings.firstByteNs);
    run.firstTokenMs = msBetween(r.timings.requestSentNs, r.timings.firstTokenNs);
    run.lastTokenMs = msBetween(r.timings.requestSentNs, r.timings.lastTokenNs);
    run.ttftMs = run.firstTokenMs;
    run.totalMs = r.timings.totalNs / 1000000;
    run.cost = r.cost;
    if (r.error) {
        run.errorClass = errorClassName(r.error->errorClass);
        run.errorMessage = r.error->message; // already scrubbed of resolved secrets
    }
    run.finishReason = r.finishReason;
    run.prompt = prompt;
    run.text = r.text;
    return run;
}

/// Appends the call to the run store named by --db (default: the workspace database).
/// A store that cannot be opened is reported but does not fail the call.
void recordRun(const QString &location, RunRecord run, const QString &command)
{
    const Database db = Database::fromLocation(location);
    QString error;
    if (db.openAndMigrate(&error) && RunStore(db).insertRun(run, &error))
        return;
    Cli::err() << command << ": warning: the call was not recorded: " << error << "\n";
    Cli::err().flush();
}

QJsonObject resultJson(const CompletionRequest &request, const CompletionResult &r)
{
    const auto ttft = msBetween(r.timings.requestSentNs, r.timings.firstTokenNs);
    QJsonValue error = QJsonValue::Null;
    if (r.error)
        error = QJsonObject{{QStringLiteral("class"), errorClassName(r.error->errorClass)},
                            {QStringLiteral("message"), r.error->message},
                            {QStringLiteral("httpStatus"), r.error->httpStatus ? QJsonValue(r.error->httpStatus)
                                                                               : QJsonValue(QJsonValue::Null)}};
    return {{QStringLiteral("text"), r.text},
            {QStringLiteral("provider"), request.provider},
            {QStringLiteral("model"), request.model},
            {QStringLiteral("tier"), request.tier.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(request.tier)},
            {QStringLiteral("inputTokens"), tokensJson(r.inputTokens)},
            {QStringLiteral("outputTokens"), tokensJson(r.outputTokens)},
            {QStringLiteral("cachedInputTokens"), tokensJson(r.cachedInputTokens)},
            {QStringLiteral("ttftMs"), ttft ? QJsonValue(*ttft) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("totalMs"), r.timings.totalNs / 1000000},
            {QStringLiteral("cost"), r.cost ? QJsonValue(Cost::format(*r.cost)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("costExact"), r.cost ? QJsonValue(r.cost->toString()) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("finishReason"), r.finishReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.finishReason)},
            {QStringLiteral("simulated"), r.simulated},
            {QStringLiteral("error"), error}};
}

QString figures(const CompletionRequest &request, const CompletionResult &r)
{
    auto tokens = [](const std::optional<std::int64_t> &v) { return v ? QString::number(*v) : QStringLiteral("unknown"); };
    const auto ttft = msBetween(r.timings.requestSentNs, r.timings.firstTokenNs);
    QString line = request.provider + u'/' + request.model;
    if (!request.tier.isEmpty())
        line += QStringLiteral(" (tier ") + request.tier + u')';
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

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1); // async-signal-safe
}

/// SIGINT / SIGTERM cancel the call instead of killing the process, so the partial text and the
/// figures (class cancelled) still come out. Self-pipe: the handler only writes a byte.
void cancelOnSignals(CompletionCall *call)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, call);
    QObject::connect(notifier, &QSocketNotifier::activated, call, [call, notifier] {
        char byte;
        [[maybe_unused]] const auto got = ::read(g_signalPipe[0], &byte, 1);
        notifier->setEnabled(false);
        call->cancel();
    });
    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
}
#else
void cancelOnSignals(CompletionCall *) {}
#endif

struct Target
{
    CompletionRequest request;
    QString error;
};

/// Fills provider, model, endpoint, auth and prices from the config and the command line.
Target resolveTarget(const QString &configFile, const QString &tierName,
                     const QString &target)
{
    Target t;
    std::optional<TierConfig> config;
    if (!configFile.isEmpty()) {
        TierConfigLoad load = ConfigCodec::loadTierConfig(configFile);
        if (!load.config)
            return {{}, load.error};
        config = std::move(load.config);
    }
    const TierEntry *entry = nullptr;
    if (!tierName.isEmpty()) {
        entry = config ? config->findTier(tierName) : nullptr;
        if (!entry)
            return {{}, QStringLiteral("the config has no tier '%1'.").arg(tierName)};
        t.request.provider = entry->provider;
        t.request.model = entry->model;
        t.request.tier = entry->tier;
    } else {
        const qsizetype slash = target.indexOf(u'/');
        if (slash <= 0 || slash == target.size() - 1)
            return {{}, QStringLiteral("--target must look like provider/model, e.g. openai/gpt-4o-mini.")};
        t.request.provider = target.left(slash);
        t.request.model = target.mid(slash + 1);
        if (config) { // a tier with the same target lends its endpoint, prices and auth
            for (const TierEntry &e : config->tiers) {
                if (e.provider == t.request.provider && e.model == t.request.model)
                    entry = &e;
            }
        }
    }
    t.request.kind = providerKindFromName(t.request.provider);
    if (entry) {
        if (!entry->endpoint.isEmpty())
            t.request.baseUrl = QUrl(entry->endpoint);
        t.request.prices = entry->prices();
        if (!t.request.maxTokens && entry->maxTokens)
            t.request.maxTokens = entry->maxTokens;
        t.request.auth = config->effectiveAuth(*entry);
    } else if (config) {
        t.request.auth = config->defaultAuth;
    }
    return t;
}

} // namespace

int runComplete(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("ModelTierConfig YAML file."), QStringLiteral("FILE"));
    const QCommandLineOption tier(QStringLiteral("tier"), QStringLiteral("Call this tier of the config."), QStringLiteral("T"));
    const QCommandLineOption target(QStringLiteral("target"),
                                    QStringLiteral("Call provider/model directly (e.g. openai/gpt-4o-mini, simulated/demo)."),
                                    QStringLiteral("provider/model"));
    const QCommandLineOption maxTokens(QStringLiteral("max-tokens"), QStringLiteral("Limit the answer."), QStringLiteral("N"));
    const QCommandLineOption noStream(QStringLiteral("no-stream"), QStringLiteral("Ask for the whole answer at once."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object at the end."));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("Record the call in this store: a SQLite file or postgres:// URL "
                                               "(default: the workspace database)."),
                                QStringLiteral("PATH|URL"));
    const QCommandLineOption noRecord(QStringLiteral("no-record"), QStringLiteral("Do not record the call."));
    parser.addOptions({config, tier, target, maxTokens, noStream, json, db, noRecord});
    parser.addPositionalArgument(QStringLiteral("PROMPT"), QStringLiteral("The prompt, or - to read it from stdin."));
    if (const int rc = Cli::parse(parser, arguments,
                                  QStringLiteral("Send one prompt to a tier or target and print the answer.\n"
                                                 "Keys: keychain entry <secretRef>/<secretKey>, then env vars (the derived "
                                                 "name, ANTHROPIC_API_KEY, OPENAI_API_KEY). Base URLs: the tier's endpoint, "
                                                 "else ANTHROPIC_BASE_URL / OPENAI_BASE_URL / OLLAMA_HOST.\n"
                                                 "Exit 0: ok; 1: the call failed; 2: usage or I/O error."));
        rc >= 0)
        return rc;
    const QString command = arguments.value(0);
    if (parser.isSet(tier) == parser.isSet(target))
        return Cli::usageError(command, QStringLiteral("give exactly one of --tier or --target."));
    if (parser.isSet(tier) && !parser.isSet(config))
        return Cli::usageError(command, QStringLiteral("--tier needs --config."));
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(command, QStringLiteral("give one PROMPT (or - for stdin)."));

    QString prompt = parser.positionalArguments().constFirst();
    if (prompt == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Cli::usageError(command, QStringLiteral("cannot read stdin."));
        prompt = QString::fromUtf8(in.readAll());
    }
    if (prompt.trimmed().isEmpty())
        return Cli::usageError(command, QStringLiteral("the prompt is empty."));

    Target t = resolveTarget(parser.value(config), parser.value(tier), parser.value(target));
    if (!t.error.isEmpty()) {
        Cli::err() << command << ": " << t.error << "\n";
        Cli::err().flush();
        return 2;
    }
    if (parser.isSet(maxTokens)) {
        bool ok = false;
        const int n = parser.value(maxTokens).toInt(&ok);
        if (!ok || n <= 0)
            return Cli::usageError(command, QStringLiteral("--max-tokens must be a positive whole number."));
        t.request.maxTokens = n;
    }
    t.request.stream = !parser.isSet(noStream);
    t.request.messages = {{QStringLiteral("user"), prompt}};

    QNetworkAccessManager network;
    ProviderClient client(&network, SecretStore::defaultBackend());
    CompletionCall *call = client.complete(t.request);
    cancelOnSignals(call);
    const bool asJson = parser.isSet(json);
    if (!asJson) {
        QObject::connect(call, &CompletionCall::textDelta, call, [](const QString &text) {
            Cli::out() << text;
            Cli::out().flush();
        });
    }
    QEventLoop loop; // the app layer may wait; core never does
    CompletionResult result;
    QObject::connect(call, &CompletionCall::finished, &loop, [&](const CompletionResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (result.attempts > 0 && !parser.isSet(noRecord))
        recordRun(parser.value(db), runRecord(t.request, prompt, result), command);

    if (asJson) {
        Cli::out() << QJsonDocument(resultJson(t.request, result)).toJson(QJsonDocument::Compact) << "\n";
        Cli::out().flush();
    } else {
        if (!result.text.isEmpty() && !result.text.endsWith(u'\n'))
            Cli::out() << "\n";
        Cli::out().flush();
        if (result.attempts > 0) // nothing to report when no request went out (e.g. no key)
            Cli::err() << figures(t.request, result) << "\n";
        if (result.error)
            Cli::err() << command << ": " << errorClassName(result.error->errorClass) << ": " << result.error->message << "\n";
        Cli::err().flush();
    }
    return result.error ? 1 : 0;
}
