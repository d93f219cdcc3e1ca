// tierctl export --to litellm FILE; tierctl export --to litellm-router [--policy P] FILE;
// tierctl export --to crd FILE
#include "cliutil.h"
#include "commands.h"

#include "config/configcodec.h"
#include "config/litellmconfig.h"
#include "routing/litellmrouterexport.h"
#include "routing/routerpolicycodec.h"

#include <QFile>

#include <algorithm>

namespace {

void printDiagnostics(const QString &file, const Diagnostics &diagnostics)
{
    for (const Diagnostic &d : diagnostics)
        Cli::printDiagnostic(Cli::err(), file, d);
}

/// --to crd: the file's validated CRD YAML, the bytes the GUI's Export Validated CRD YAML…
/// writes. With an error nothing goes to stdout; the diagnostics go to stderr either way.
int exportCrd(const QString &command, const QString &file)
{
    const std::optional<QByteArray> data = Cli::readFile(command, file);
    if (!data)
        return 2;
    const ParsedConfigFile parsed = ConfigCodec::parse(*data);
    const Diagnostics diagnostics = RouterPolicyCodec::validate(parsed); // what `tierctl validate` reports
    printDiagnostics(file, diagnostics);
    const std::optional<QByteArray> yaml = ConfigCodec::validatedCrdYaml(parsed.documents, diagnostics);
    if (!yaml)
        Cli::err() << command << ": " << file << " has errors; fix them before exporting.\n";
    Cli::err().flush();
    if (!yaml)
        return 1;
    Cli::out().flush();
    QFile out; // the bytes as they are: no text codec between the export and stdout
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(*yaml) != yaml->size() || !out.flush()) {
        Cli::err() << command << ": cannot write standard output.\n";
        return 2;
    }
    return 0;
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("Target format: litellm (one model per tier), litellm-router "
                                               "(the same plus an auto_router/complexity_router entry) or crd "
                                               "(the whole file as validated CRD YAML, as the workbench's Export "
                                               "Validated CRD YAML writes it)."),
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
                                                 "With --to crd, the file's validated CRD YAML is printed; with "
                                                 "errors, nothing is printed on stdout and the diagnostics go to "
                                                 "stderr as tierctl validate prints them.\n"
                                                 "Exit 0: ok; 1: the config or policy has errors; 2: usage or I/O error."));
        rc >= 0)
        return rc;
    const QString command = arguments.value(0);
    if (!parser.isSet(to))
        return Cli::usageError(command,
                               QStringLiteral("--to is required (--to litellm, --to litellm-router or --to crd)."));
    const bool router = parser.value(to) == u"litellm-router";
    const bool crd = parser.value(to) == u"crd";
    if (!router && !crd && parser.value(to) != u"litellm")
        return Cli::usageError(command, QStringLiteral("unknown format '%1'; use 'litellm', 'litellm-router' or 'crd'.")
                                            .arg(parser.value(to)));
    if (crd && (parser.isSet(name) || parser.isSet(policy) || parser.isSet(routerName)))
        return Cli::usageError(command, QStringLiteral("--to crd exports the whole file: --name, --policy and "
                                                       "--router-name do not apply."));
    if (!router && (parser.isSet(policy) || parser.isSet(routerName)))
        return Cli::usageError(command, QStringLiteral("--policy and --router-name need --to litellm-router."));
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(command, QStringLiteral("give exactly one FILE."));
    const QString file = parser.positionalArguments().constFirst();
    if (crd)
        return exportCrd(command, file);
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
