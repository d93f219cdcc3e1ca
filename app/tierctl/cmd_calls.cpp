// tierctl calls import FILE [--format tierbench|litellm] [--config C] [--db DB]
#include "cliutil.h"
#include "commands.h"
#include "console.h"

#include "config/configcodec.h"
#include "store/callimport.h"
#include "store/database.h"

#include <QDir>

#include <atomic>

namespace {

std::atomic_bool g_cancel = false;
static_assert(std::atomic_bool::is_always_lock_free); // set from a signal handler

int runCallsImport(const QStringList &args)
{
    const QString command = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("tierbench (TierBench call JSONL) or litellm (LiteLLM spend logs, "
                                                   "JSON lines or CSV). Default: sniffed from the file."),
                                    QStringLiteral("F"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QStringLiteral("A ModelTierConfig YAML: tiers for calls without one (by provider and "
                                                   "model), prices for calls without a cost; its name is stored with the calls."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("The store: a SQLite file or postgres://user@host:port/db "
                                               "(default: $TIERBENCH_DB, then the workspace database)."),
                                QStringLiteral("PATH|URL"));
    parser.addOptions({format, config, db});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The call log to import."));
    if (int rc = Cli::parse(parser, args,
                            QStringLiteral("Import calls into the store (the Dashboard and 'tierctl report' read them). "
                                           "Bad rows are reported by line and skipped; ids already stored are skipped, "
                                           "so importing a file again adds nothing."));
        rc >= 0)
        return rc;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return Cli::usageError(command, QStringLiteral("give exactly one FILE."));
    CallImportOptions options;
    if (parser.isSet(format)) {
        const std::optional<CallFormat> f = CallImport::formatFromName(parser.value(format));
        if (!f)
            return Cli::usageError(command, QStringLiteral("--format must be tierbench or litellm, not '%1'.")
                                                .arg(parser.value(format)));
        options.format = *f;
    }
    if (parser.isSet(config)) {
        const TierConfigLoad load = ConfigCodec::loadTierConfig(parser.value(config));
        if (!load.config) {
            for (const Diagnostic &d : load.diagnostics) {
                if (d.isError())
                    Cli::printDiagnostic(Cli::err(), parser.value(config), d);
            }
            Cli::err() << command << ": " << load.error << "\n";
            Cli::err().flush();
            return 2;
        }
        options.config = *load.config;
    }
    const Database store = Cli::database(parser.value(db));
    QString error;
    if (!store.openAndMigrate(&error)) {
        Cli::err() << command << ": " << error << "\n";
        Cli::err().flush();
        return 2;
    }
    options.cancel = &g_cancel;
    const QString file = files.first();
    CallImportReport report;
    {
        const Console::InterruptFlag interrupt(&g_cancel); // Ctrl-C: stop after the current row, keep whole batches
        report = CallImport::importFile(store, file, options);
    }

    const QString shown = QDir::toNativeSeparators(file);
    for (const CallImportLineError &bad : report.bad)
        Cli::err() << shown << ':' << bad.line << ": " << bad.message << "\n";
    if (!report.format.isEmpty())
        Cli::out() << shown << " (" << report.format << "): " << report.imported << " imported, " << report.duplicates
                   << " duplicate" << (report.duplicates == 1 ? "" : "s") << ", " << report.bad.size() << " bad\n";
    Cli::out().flush();
    if (report.cancelled)
        Cli::err() << command << ": cancelled; the calls counted above are stored, import the file again to finish.\n";
    if (!report.error.isEmpty())
        Cli::err() << command << ": " << report.error << "\n";
    Cli::err().flush();
    if (!report.error.isEmpty())
        return 2;
    return report.cancelled || !report.bad.isEmpty() ? 1 : 0;
}

} // namespace

int runCalls(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QString sub = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(command + u' ' + sub);
    if (sub == u"import")
        return runCallsImport(rest);
    const bool help = sub == u"--help" || sub == u"-h";
    QTextStream &stream = help ? Cli::out() : Cli::err();
    stream << "Usage: " << command << " import FILE [--format tierbench|litellm] [--config FILE] [--db PATH|URL]\n"
           << "  import   TierBench call JSONL or LiteLLM spend logs (JSON lines or CSV) into the store\n";
    stream.flush();
    return help ? 0 : 2;
}
