// tierctl db copy --from LOCATION --to LOCATION [--json]
#include "cliutil.h"
#include "commands.h"
#include "console.h"

#include "experiments/sqlcellstore.h"
#include "store/storecopy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <atomic>

namespace {

std::atomic_bool g_cancel = false;

int runDbCopy(const QStringList &args)
{
    const QString command = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The store to read: sqlite:PATH, a file path or a postgres:// URL."),
                                  QStringLiteral("LOCATION"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The store to add to (default: $TIERBENCH_DB)."),
                                QStringLiteral("LOCATION"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the counts as one JSON object."));
    parser.addOptions({from, to, json});
    if (int rc = Cli::parse(parser, args,
                            QStringLiteral("Copy one store into another (a laptop's history into the team database). "
                                           "Rows the target already has are left as they are, so copying again adds "
                                           "nothing; each batch is one transaction, and Ctrl-C keeps the batches done."));
        rc >= 0)
        return rc;
    if (!parser.isSet(from))
        return Cli::usageError(command, QStringLiteral("give --from, the store to copy."));
    if (!parser.isSet(to) && qEnvironmentVariableIsEmpty("TIERBENCH_DB"))
        return Cli::usageError(command, QStringLiteral("give --to (or set TIERBENCH_DB), the store to copy into."));
    const Database source = Cli::database(parser.value(from));
    const Database target = Cli::database(parser.value(to));
    {
        // The experiment tables are SqlCellStore's; create them in the target first.
        SqlCellStore experiments;
        QString error;
        if (!experiments.open(target, &error)) {
            Cli::err() << command << ": " << error << "\n";
            Cli::err().flush();
            return 2;
        }
    }
    StoreCopy::Options options;
    options.cancel = &g_cancel;
    StoreCopyReport report;
    {
        const Console::InterruptFlag interrupt(&g_cancel); // Ctrl-C keeps the batches done
        report = StoreCopy::copy(source, target, options);
    }
    if (parser.isSet(json)) {
        QJsonArray tables;
        for (const StoreCopyTable &t : report.tables)
            tables.append(QJsonObject{{QStringLiteral("table"), t.table}, {QStringLiteral("read"), t.read},
                                      {QStringLiteral("added"), t.added}, {QStringLiteral("kept"), t.kept}});
        QJsonObject o{{QStringLiteral("from"), source.displayName()}, {QStringLiteral("to"), target.displayName()},
                      {QStringLiteral("tables"), tables}, {QStringLiteral("cancelled"), report.cancelled}};
        if (!report.error.isEmpty())
            o.insert(QStringLiteral("error"), report.error);
        Cli::out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << "\n";
    } else {
        Cli::out() << "Copied " << source.displayName() << " into " << target.displayName() << ":\n";
        for (const StoreCopyTable &t : report.tables)
            Cli::out() << "  " << t.table << ": " << t.added << " added, " << t.kept << " already there (" << t.read
                       << " read)\n";
    }
    Cli::out().flush();
    if (report.cancelled)
        Cli::err() << command << ": cancelled; the batches copied so far are kept, and copying again completes it.\n";
    if (!report.error.isEmpty())
        Cli::err() << command << ": " << report.error << "\n";
    Cli::err().flush();
    return report.ok() ? 0 : 1;
}

} // namespace

int runDb(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QString sub = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(command + u' ' + sub);
    if (sub == u"copy")
        return runDbCopy(rest);
    const bool help = sub == u"--help" || sub == u"-h";
    QTextStream &stream = help ? Cli::out() : Cli::err();
    stream << "Usage: " << command << " copy --from LOCATION --to LOCATION [--json]\n"
           << "  copy   one store into another (sqlite:PATH or postgres://...), idempotently\n";
    stream.flush();
    return help ? 0 : 2;
}
