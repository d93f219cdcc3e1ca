// tierctl validate [--json] [--schema-only] FILE...: ModelTierConfig, ModelAPI and RouterPolicy documents
#include "cliutil.h"
#include "commands.h"

#include "config/atomicfile.h"
#include "config/configcodec.h"
#include "routing/routerpolicycodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// QJsonObject sorts its keys; the documented shape has a fixed order, so write it by hand.
QString jsonString(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString toJson(const Diagnostic &d)
{
    return QStringLiteral("{\"severity\":%1,\"code\":%2,\"path\":%3,\"line\":%4,\"column\":%5,\"message\":%6}")
        .arg(jsonString(Diagnostic::severityName(d.severity)), jsonString(d.code), jsonString(d.path),
             QString::number(d.line), QString::number(d.column), jsonString(d.message));
}

} // namespace

int runValidate(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the diagnostics as JSON."));
    parser.addOption(json);
    const QCommandLineOption schemaOnly(
        QStringLiteral("schema-only"),
        QStringLiteral("Run only the CRD schema checks the API server does (like kubectl apply "
                       "--dry-run=server), not TierBench's stricter rules."));
    parser.addOption(schemaOnly);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("ModelTierConfig / ModelAPI / RouterPolicy YAML files; - reads standard input."),
                                 QStringLiteral("FILE..."));
    if (const int rc = Cli::parse(parser, arguments,
                                  QStringLiteral("Validate config files. Prints FILE:LINE:COLUMN: severity: "
                                                 "message [code].\nExit 0: no errors (warnings allowed); 1: "
                                                 "errors found; 2: usage or I/O error."));
        rc >= 0)
        return rc;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return Cli::usageError(arguments.value(0), QStringLiteral("no FILE given."));

    bool anyErrors = false;
    bool ioError = false;
    QStringList jsonFiles;
    for (const QString &file : files) {
        AtomicFile::ReadResult read;
        if (file == u"-") { // standard input, e.g. `kubectl get modeltierconfig -o yaml | tierctl validate -`
            QFile in;
            if (in.open(stdin, QIODevice::ReadOnly))
                read.data = in.read(AtomicFile::MaxReadBytes + 1); // parse() reports a larger input
            else
                read.error = QStringLiteral("cannot read standard input");
        } else {
            read = AtomicFile::read(file);
        }
        if (!read.ok()) {
            Cli::err() << arguments.value(0) << ": " << read.error << "\n";
            ioError = true;
            continue;
        }
        // RouterPolicy documents are checked by core/routing; everything else by core/config.
        const ConfigCodec::Checks checks =
            parser.isSet(schemaOnly) ? ConfigCodec::Checks::SchemaOnly : ConfigCodec::Checks::All;
        const ParsedConfigFile parsed = ConfigCodec::parse(read.data, checks);
        const Diagnostics found = checks == ConfigCodec::Checks::All ? RouterPolicyCodec::validate(parsed)
                                                                     : parsed.diagnostics;
        anyErrors = anyErrors || hasErrors(found);
        if (parser.isSet(json)) {
            QStringList diagnostics;
            for (const Diagnostic &d : found)
                diagnostics << toJson(d);
            jsonFiles << QStringLiteral("{\"file\":%1,\"valid\":%2,\"diagnostics\":[%3]}")
                             .arg(jsonString(file),
                                  hasErrors(found) ? QStringLiteral("false") : QStringLiteral("true"),
                                  diagnostics.join(u','));
            continue;
        }
        for (const Diagnostic &d : found)
            Cli::printDiagnostic(Cli::out(), file, d);
    }
    if (parser.isSet(json))
        Cli::out() << "{\"files\":[" << jsonFiles.join(u',') << "]}\n";
    Cli::out().flush();
    Cli::err().flush();
    if (ioError)
        return 2;
    return anyErrors ? 1 : 0;
}
