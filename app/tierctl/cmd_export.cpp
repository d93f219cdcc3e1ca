// tierctl export --to litellm FILE
#include "cliutil.h"
#include "commands.h"

#include "config/configcodec.h"
#include "config/litellmconfig.h"

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
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Target format (only: litellm)."),
                                QStringLiteral("FORMAT"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  QStringLiteral("metadata.name of the config to export when FILE holds several "
                                                 "(default: the first)."),
                                  QStringLiteral("NAME"));
    parser.addOption(to);
    parser.addOption(name);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A ModelTierConfig YAML file."));
    if (const int rc = Cli::parse(parser, arguments,
                                  QStringLiteral("Print a LiteLLM proxy config.yaml for a ModelTierConfig. "
                                                 "API keys are referenced as os.environ/NAME, never inlined.\n"
                                                 "Exit 0: ok; 1: the config has errors; 2: usage or I/O error."));
        rc >= 0)
        return rc;
    const QString command = arguments.value(0);
    if (!parser.isSet(to))
        return Cli::usageError(command, QStringLiteral("--to is required (--to litellm)."));
    if (parser.value(to) != u"litellm")
        return Cli::usageError(command, QStringLiteral("unknown format '%1'; only 'litellm' is supported.")
                                            .arg(parser.value(to)));
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
    const LiteLlmConfig::ExportResult result = LiteLlmConfig::exportConfig(chosen->tierConfig);
    printDiagnostics(file, result.diagnostics);
    Cli::err().flush();
    if (hasErrors(result.diagnostics))
        return 1;
    Cli::out() << QString::fromUtf8(result.yaml);
    Cli::out().flush();
    return 0;
}
