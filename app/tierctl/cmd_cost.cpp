// tierctl cost --config FILE --tier T --input N --output N
#include "cliutil.h"
#include "commands.h"

#include "config/configcodec.h"
#include "config/configvalidator.h"

int runCost(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("ModelTierConfig YAML file."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption tier(QStringLiteral("tier"), QStringLiteral("Tier: fast, standard or reasoning."),
                                  QStringLiteral("T"));
    const QCommandLineOption input(QStringLiteral("input"), QStringLiteral("Input tokens."), QStringLiteral("N"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("Output tokens."), QStringLiteral("N"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  QStringLiteral("metadata.name of the config to use when FILE holds several "
                                                 "(default: the first)."),
                                  QStringLiteral("NAME"));
    parser.addOptions({config, tier, input, output, name});
    if (const int rc = Cli::parse(parser, arguments,
                                  QStringLiteral("Estimate the cost of a call from the tier's prices, exactly: "
                                                 "prints e.g. \"$0.04 (exact 0.0366)\".\n"
                                                 "Exit 0: ok; 1: the config or its prices are invalid; 2: usage "
                                                 "or I/O error."));
        rc >= 0)
        return rc;
    const QString command = arguments.value(0);
    for (const QCommandLineOption *o : {&config, &tier, &input, &output})
        if (!parser.isSet(*o))
            return Cli::usageError(command, QStringLiteral("--%1 is required.").arg(o->names().constFirst()));
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(command, QStringLiteral("unexpected argument '%1'.")
                                            .arg(parser.positionalArguments().constFirst()));
    const auto tokens = [&](const QCommandLineOption &o) -> std::optional<qint64> {
        bool ok = false;
        const qint64 n = parser.value(o).toLongLong(&ok);
        return ok && n >= 0 && n <= 1'000'000'000'000LL ? std::optional<qint64>(n) : std::nullopt;
    };
    const std::optional<qint64> in = tokens(input);
    const std::optional<qint64> out = tokens(output);
    if (!in || !out)
        return Cli::usageError(command, QStringLiteral("--input and --output must be whole numbers of tokens (0 or more)."));

    const QString file = parser.value(config);
    const std::optional<QByteArray> data = Cli::readFile(command, file);
    if (!data)
        return 2;
    const ParsedConfigFile parsed = ConfigCodec::parse(*data);
    const ConfigDocument *chosen = parsed.tierConfigNamed(parser.value(name));
    if (!chosen) {
        Cli::err() << command << ": " << file << " holds no ModelTierConfig"
                   << (parser.isSet(name) ? QStringLiteral(" named '%1'").arg(parser.value(name)) : QString()) << ".\n";
        Cli::err().flush();
        return 1;
    }
    const TierEntry *entry = chosen->tierConfig.findTier(parser.value(tier));
    if (!entry) {
        Cli::err() << command << ": config '" << chosen->tierConfig.name << "' has no tier '"
                   << parser.value(tier) << "'.\n";
        Cli::err().flush();
        return 1;
    }
    const bool validPrices = ConfigValidator::isNonNegativeDecimal(entry->costPerMillionInput)
                             && ConfigValidator::isNonNegativeDecimal(entry->costPerMillionOutput);
    const Cost::Estimate estimate = Cost::compute(entry->prices(), *in, *out);
    if (validPrices && estimate.status == Cost::Estimate::Status::Overflow) {
        Cli::err() << command << ": tier '" << entry->tier << "': " << estimate.error() << "\n";
        Cli::err().flush();
        return 1;
    }
    const std::optional<Decimal> cost = validPrices ? estimate.cost : std::nullopt;
    if (!cost) {
        Cli::err() << command << ": tier '" << entry->tier
                   << "' has no valid costPerMillionInput/costPerMillionOutput; run 'tierctl validate "
                   << file << "'.\n";
        Cli::err().flush();
        return 1;
    }
    Cli::out() << Cost::format(*cost) << " (exact " << cost->toString() << ")\n";
    Cli::out().flush();
    return 0;
}
