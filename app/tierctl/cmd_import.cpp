// tierctl import --from litellm FILE
#include "cliutil.h"
#include "commands.h"

#include "config/configcodec.h"
#include "config/configvalidator.h"
#include "config/litellmconfig.h"

#include <QFileInfo>

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Source format (only: litellm)."),
                                  QStringLiteral("FORMAT"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  QStringLiteral("metadata.name of the new config (default: imported)."),
                                  QStringLiteral("NAME"), QStringLiteral("imported"));
    parser.addOption(from);
    parser.addOption(name);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A LiteLLM proxy config.yaml."));
    if (const int rc = Cli::parse(parser, arguments,
                                  QStringLiteral("Print a ModelTierConfig built from a LiteLLM config.yaml. "
                                                 "What cannot be mapped is reported on stderr as warnings.\n"
                                                 "Exit 0: ok; 1: nothing importable; 2: usage or I/O error."));
        rc >= 0)
        return rc;
    const QString command = arguments.value(0);
    if (!parser.isSet(from))
        return Cli::usageError(command, QStringLiteral("--from is required (--from litellm)."));
    if (parser.value(from) != u"litellm")
        return Cli::usageError(command, QStringLiteral("unknown format '%1'; only 'litellm' is supported.")
                                            .arg(parser.value(from)));
    if (!ConfigValidator::isDns1123Name(parser.value(name)))
        return Cli::usageError(command, QStringLiteral("--name '%1' is not a DNS-1123 name.").arg(parser.value(name)));
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(command, QStringLiteral("give exactly one FILE."));
    const QString file = parser.positionalArguments().constFirst();
    const std::optional<QByteArray> data = Cli::readFile(command, file);
    if (!data)
        return 2;
    const LiteLlmConfig::ImportResult result = LiteLlmConfig::importConfig(*data, parser.value(name));
    for (const Diagnostic &d : result.diagnostics)
        Cli::printDiagnostic(Cli::err(), file, d);
    Cli::err().flush();
    if (!result.ok() || result.config.tiers.isEmpty())
        return 1;
    Cli::out() << QString::fromUtf8(ConfigCodec::toYaml(result.config));
    Cli::out().flush();
    return 0;
}
