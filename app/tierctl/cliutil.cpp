#include "cliutil.h"

#include "config/atomicfile.h"
#include "config/configcodec.h"
#include "routing/routerpolicycodec.h"
#include "store/databasepassword.h"

#include <cstdio>

namespace Cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        err() << arguments.value(0) << ": " << parser.errorText() << "\n"
              << "Run '" << arguments.value(0) << " --help' for usage.\n";
        err().flush();
        return 2;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        return 0;
    }
    return -1;
}

int usageError(const QString &command, const QString &message)
{
    err() << command << ": " << message << "\n"
          << "Run '" << command << " --help' for usage.\n";
    err().flush();
    return 2;
}

std::optional<QByteArray> readFile(const QString &command, const QString &path)
{
    AtomicFile::ReadResult read = AtomicFile::read(path);
    if (read.ok())
        return std::move(read.data);
    err() << command << ": " << read.error << "\n";
    err().flush();
    return std::nullopt;
}

void printDiagnostic(QTextStream &stream, const QString &file, const Diagnostic &d)
{
    stream << file << ':' << d.line << ':' << d.column << ": " << Diagnostic::severityName(d.severity)
           << ": " << d.message << " [" << d.code << "]\n";
}

bool loadTierConfig(const QString &command, const QString &path, TierConfig &config)
{
    const TierConfigLoad load = ConfigCodec::loadTierConfig(path);
    if (load.config) {
        config = *load.config;
        return true;
    }
    for (const Diagnostic &d : load.diagnostics) {
        if (d.isError())
            printDiagnostic(err(), path, d);
    }
    err() << command << ": " << load.error << "\n";
    err().flush();
    return false;
}

std::optional<RouterPolicy> loadPolicy(const QString &command, const QString &path, bool *unreadable)
{
    const RouterPolicyLoad load = RouterPolicyCodec::load(path);
    if (unreadable)
        *unreadable = !load.policy && !hasErrors(load.diagnostics);
    for (const Diagnostic &d : load.diagnostics)
        if (d.severity != Diagnostic::Severity::Info)
            printDiagnostic(err(), path, d);
    if (!load.policy)
        err() << command << ": " << load.error << "\n";
    err().flush();
    return load.policy;
}

QString overrideThresholds(const QCommandLineParser &parser, const QCommandLineOption &standard,
                           const QCommandLineOption &heavy, ComplexityThresholds &thresholds)
{
    for (const auto &[option, target] : {std::pair{&standard, &thresholds.standard}, std::pair{&heavy, &thresholds.heavy}}) {
        if (!parser.isSet(*option))
            continue;
        bool ok = false;
        const double value = parser.value(*option).toDouble(&ok);
        if (!ok || !(value >= 0 && value <= 1))
            return QStringLiteral("--%1 needs a score between 0 and 1, e.g. 0.5 (got '%2')")
                .arg(option->names().constFirst(), parser.value(*option));
        *target = value;
    }
    if (thresholds.standard >= thresholds.heavy)
        return QStringLiteral("the standard threshold (%1) must be below the heavy threshold (%2); "
                              "set both with --standard-threshold and --heavy-threshold")
            .arg(thresholds.standard).arg(thresholds.heavy);
    return {};
}

Database database(const QString &location)
{
    QString where = location.trimmed();
    if (where.isEmpty())
        where = qEnvironmentVariable("TIERBENCH_DB").trimmed();
    return DatabasePassword::locate(where);
}

} // namespace Cli
