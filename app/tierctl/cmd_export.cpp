// tierctl export --to litellm FILE; tierctl export --to litellm-router [--policy P] FILE
#include "cliutil.h"
#include "commands.h"

#include "config/configcodec.h"
#include "config/litellmconfig.h"
#include "routing/litellmrouterexport.h"

#include <algorithm>

namespace {

void printDiagnostics(const QString &file, const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        Cli::printDiagnostic(Cli::err(), file, d);
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("Target format: litellm (one model per tier) or litellm-router "
                                               "(the same plus an auto_router/complexity_router entry)."),
                                QStringLiteral("FORMAT"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  QStringLiteral("metadata.name of the config to export when FILE holds several "
                                                 "(default: the first)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption policy(QStringLiteral("policy"),
                                    QStringLiteral("RouterPolicy YAML whose thresholds become the router's tier "
                                                   "boundaries (litellm-router only; default: the built-in policy)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption routerName(QStringLiteral("router-name"),
                                        QStringLiteral("model_name of the router entry (litellm-router only; "
                                                       "default: router)."),
                                        QStringLiteral("NAME"));
    parser.addOptions({to, name, policy, routerName});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A ModelTierConfig YAML file."));
    if (const int rc = Cli::parse(parser, arguments,
                                  QStringLiteral("Print a LiteLLM proxy config.yaml for a ModelTierConfig. "
                                                 "API keys are referenced as os.environ/NAME, never inlined.\n"
                                                 "With --to litellm-router, a router policy is added as a "
                                                 "complexity router; what cannot map is listed on stderr and as "
                                                 "comments.\n"
                                                 "Exit 0: ok; 1: the config or policy has errors; 2: usage or I/O error."));
        rc >= 0)
        return rc;
    const QString command = arguments.value(0);
    if (!parser.isSet(to))
        return Cli::usageError(command, QStringLiteral("--to is required (--to litellm or --to litellm-router)."));
    const bool router = parser.value(to) == u"litellm-router";
    if (!router && parser.value(to) != u"litellm")
        return Cli::usageError(command, QStringLiteral("unknown format '%1'; use 'litellm' or 'litellm-router'.")
                                            .arg(parser.value(to)));
    if (!router && (parser.isSet(policy) || parser.isSet(routerName)))
        return Cli::usageError(command, QStringLiteral("--policy and --router-name need --to litellm-router."));
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(command, QStringLiteral("give exactly one FILE."));
    const QString file = parser.positionalArguments().constFirst();
    const std::optional<QByteArray> data = Cli::readFile(command, file);
    if (!data)
        return 2;
    const ParsedConfigFile parsed = ConfigCodec::parse(*data);
    const ConfigDocument *chosen = parsed.tierConfigNamed(parser.value(name));
    if (parsed.hasErrors() || !chosen) {
        printDiagnostics(file, parsed.diagnostics);
        if (!chosen)
            Cli::err() << command << ": " << file << " holds no ModelTierConfig"
                       << (parser.isSet(name) ? QStringLiteral(" named '%1'").arg(parser.value(name)) : QString())
                       << ".\n";
        else
            Cli::err() << command << ": " << file << " has errors; fix them before exporting.\n";
        Cli::err().flush();
        return 1;
    }
    const qsizetype configCount = parsed.documentsOfKind(ConfigDocument::Kind::TierConfig).size();
    if (configCount > 1 && !parser.isSet(name))
        Cli::err() << command << ": " << file << " holds " << configCount
                   << " ModelTierConfigs; exporting the first (" << chosen->tierConfig.name
                   << "). Use --name to pick another.\n";

    QByteArray yaml;
    Diagnostics diagnostics;
    if (router) {
        RouterPolicy routerPolicy = RouterPolicy::seedDefault();
        if (parser.isSet(policy)) {
            bool unreadable = false;
            const std::optional<RouterPolicy> loaded = Cli::loadPolicy(command, parser.value(policy), &unreadable);
            if (!loaded)
                return unreadable ? 2 : 1;
            routerPolicy = *loaded;
        }
        const QString entryName = parser.isSet(routerName) ? parser.value(routerName) : QStringLiteral("router");
        const bool clash = std::any_of(chosen->tierConfig.tiers.cbegin(), chosen->tierConfig.tiers.cend(),
                                       [&](const TierEntry &t) { return t.tier == entryName; });
        if (entryName.trimmed().isEmpty() || clash)
            return Cli::usageError(command, QStringLiteral("--router-name '%1' must be a name that no tier has "
                                                           "(the proxy routes by model_name).").arg(entryName));
        const LiteLlmRouterExport::Result result =
            LiteLlmRouterExport::exportRouter(routerPolicy, chosen->tierConfig, entryName);
        for (const QString &line : result.notMapped)
            Cli::err() << command << ": cannot map exactly: " << line << "\n";
        yaml = result.yaml;
        diagnostics = result.diagnostics;
    } else {
        const LiteLlmConfig::ExportResult result = LiteLlmConfig::exportConfig(chosen->tierConfig);
        yaml = result.yaml;
        diagnostics = result.diagnostics;
    }
    printDiagnostics(file, diagnostics);
    Cli::err().flush();
    if (hasErrors(diagnostics))
        return 1;
    Cli::out() << QString::fromUtf8(yaml);
    Cli::out().flush();
    return 0;
}
