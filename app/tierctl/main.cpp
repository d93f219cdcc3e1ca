#include "cliutil.h"
#include "commands.h"
#include "versiontext.h"

#include <QCoreApplication>

#include <iterator>

namespace {

// Filled in as commands land; each entry's function lives in cmd_<name>.cpp.
const Command kCommands[] = {
    {"validate", "Check ModelTierConfig / ModelAPI / RouterPolicy YAML files", runValidate},
    {"export", "Print a LiteLLM config.yaml (and router policy), or the validated CRD YAML", runExport},
    {"import", "Build a ModelTierConfig from a LiteLLM config.yaml", runImport},
    {"cost", "Estimate the cost of a call for a tier", runCost},
    {"complete", "Send one prompt to the router, a tier or provider:model and print the answer", runComplete},
    {"budget", "Show each tenant's budget usage and limits for today and this month", runBudget},
    {"route", "Explain where a request would be routed (or route a JSONL batch)", runRoute},
    {"models", "Sync, list and price the model registry; resolve a tier to a model", runModels},
    {"compare", "Run prompts across tiers, models and the router; one row per cell", runCompare},
    {"replay", "Route stored or imported requests under another policy; per-tier share and cost", runReplay},
    {"eval-router", "Measure how well the router separates hard prompts from easy ones on labelled CSVs", runEvalRouter},
    {"calibrate", "Choose the thresholds that give a target heavy (and light) share", runCalibrate},
    {"calls", "Import call logs (TierBench JSONL, LiteLLM spend logs) into the store", runCalls},
    {"report", "Cost, calls and latency percentiles per tier/model/tenant and time bucket", runReport},
    {"db", "Copy one store into another (a laptop's SQLite history into the team's PostgreSQL)", runDb},
    {nullptr, nullptr, nullptr},
};

int printUsage(QTextStream &stream)
{
    stream << "Usage: tierctl <command> [options]\n\nCommands:\n";
    for (const Command &c : kCommands) {
        if (c.name)
            stream << "  " << QString::fromLatin1(c.name).leftJustified(11) << "  "
                   << QString::fromUtf8(c.summary) << "\n";
    }
    stream << "\nRun 'tierctl <command> --help' for a command's options.\n";
    stream.flush();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TierBench"));
    QCoreApplication::setApplicationName(QStringLiteral("TierBench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIERBENCH_VERSION));

    const QStringList args = QCoreApplication::arguments();
    const QString name = args.value(1);
    if (name.isEmpty()) {
        printUsage(Cli::err());
        return 2;
    }
    if (name == u"--help" || name == u"-h" || name == u"help")
        return printUsage(Cli::out());
    if (name == u"--version" || name == u"-v") {
        Cli::out() << versionText(QLatin1StringView("tierctl"));
        Cli::out().flush();
        return 0;
    }
    for (const Command &c : kCommands) {
        if (c.name && name == QLatin1StringView(c.name)) {
            QStringList rest = args.mid(2);
            rest.prepend(QStringLiteral("tierctl ") + name);
            return c.run(rest);
        }
    }
    Cli::err() << "tierctl: unknown command '" << name << "'.\n";
    printUsage(Cli::err());
    return 2;
}
