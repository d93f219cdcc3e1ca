// tierctl replay    [--policy P] [--config C] (--db DB | --jsonl FILE) [--json]
// tierctl calibrate --heavy-share X [--light-share Y] (--db DB | --jsonl FILE) [--policy P] [--json]
// Route stored or imported requests under another policy (no model calls), and choose the
// thresholds that send a target share of them to the heavy (and light) class.
#include "cliutil.h"
#include "commands.h"

#include "money/cost.h"
#include "routing/calibration.h"
#include "routing/replay.h"
#include "routing/routerpolicy.h"
#include "routing/routejson.h"
#include "store/storedreplay.h"

#include <QFile>
#include <QLocale>

#include <string>

namespace {

/// The options replay and calibrate share: where the requests come from and the policy.
struct CommonOptions
{
    QCommandLineOption policy{QStringLiteral("policy"),
        QStringLiteral("RouterPolicy YAML to apply (default: the built-in seed policy)."), QStringLiteral("FILE")};
    QCommandLineOption config{QStringLiteral("config"),
        QStringLiteral("ModelTierConfig YAML to route onto (default: the built-in seed config)."), QStringLiteral("FILE")};
    QCommandLineOption db{QStringLiteral("db"),
        QStringLiteral("Replay the routing decisions stored in this database (SQLite file or postgres:// URL)."),
        QStringLiteral("DB")};
    QCommandLineOption jsonl{QStringLiteral("jsonl"),
        QStringLiteral("Replay one JSON request per line of FILE ('-' for stdin), as `tierctl route --jsonl` reads them."),
        QStringLiteral("FILE")};
    QCommandLineOption limit{QStringLiteral("limit"),
        QStringLiteral("With --db: only the latest N stored requests."), QStringLiteral("N")};
    QCommandLineOption standard{QStringLiteral("standard-threshold"),
        QStringLiteral("Standard threshold (0..1), over the policy's."), QStringLiteral("X")};
    QCommandLineOption heavy{QStringLiteral("heavy-threshold"),
        QStringLiteral("Heavy threshold (0..1), over the policy's."), QStringLiteral("Y")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Print the result as JSON.")};

    QList<QCommandLineOption> all() const { return {policy, config, db, jsonl, limit, standard, heavy, json}; }
};

/// Requests read, or the exit code to return.
struct Loaded
{
    ReplayInput input;
    QString source; ///< for messages: the file or the database's display name
    int exitCode = -1;
};

Loaded loadRequests(const QString &command, const QCommandLineParser &parser, const CommonOptions &o)
{
    Loaded l;
    if (parser.isSet(o.db) == parser.isSet(o.jsonl)) {
        l.exitCode = Cli::usageError(command, QStringLiteral("give exactly one of --db DB or --jsonl FILE"));
        return l;
    }
    qint64 limit = -1;
    if (parser.isSet(o.limit)) {
        bool ok = false;
        limit = parser.value(o.limit).toLongLong(&ok);
        if (!ok || limit < 0 || !parser.isSet(o.db)) {
            l.exitCode = Cli::usageError(command, QStringLiteral("--limit needs a non-negative integer and --db"));
            return l;
        }
    }
    if (parser.isSet(o.jsonl)) {
        l.source = parser.value(o.jsonl);
        QByteArray data;
        if (l.source == u"-") {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly)) {
                l.exitCode = Cli::usageError(command, QStringLiteral("cannot read stdin"));
                return l;
            }
            data = in.readAll();
        } else if (const auto read = Cli::readFile(command, l.source)) {
            data = *read;
        } else {
            l.exitCode = 2;
            return l;
        }
        l.input = ReplayInputs::fromJsonl(data);
        return l;
    }
    const Database database = Cli::database(parser.value(o.db));
    l.source = database.displayName();
    QString error;
    if (!database.isPostgres() && !QFile::exists(parser.value(o.db))) {
        Cli::err() << command << ": cannot read " << l.source << ": no such database file\n";
        l.exitCode = 2;
    } else if (!database.openAndMigrate(&error)) {
        Cli::err() << command << ": cannot open " << l.source << ": " << error << "\n";
        l.exitCode = 2;
    } else {
        l.input = ReplayInputs::fromStore(database, &error, limit);
        if (!error.isEmpty()) {
            Cli::err() << command << ": " << error << "\n";
            l.exitCode = 2;
        }
    }
    Cli::err().flush();
    return l;
}

/// Prints each bad line; returns true when there was one (the exit code becomes 1).
bool reportLineErrors(const Loaded &l)
{
    for (const auto &[line, message] : l.input.lineErrors)
        Cli::err() << l.source << ':' << line << ": error: " << message << "\n";
    Cli::err().flush();
    return !l.input.lineErrors.isEmpty();
}

/// "nothing to replay", with how to get something to replay. Exit code 1.
int nothingTo(const QString &command, const char *what, const QCommandLineParser &parser,
              const CommonOptions &o, const Loaded &l)
{
    Cli::err() << command << ": nothing to " << what << ": ";
    if (parser.isSet(o.db))
        Cli::err() << l.source << " has no routing decisions with their message text. Record some with "
                      "'tierctl complete --route --config FILE --db " << l.source << " PROMPT' (or the Router mode's Send), "
                      "or replay a file with --jsonl FILE.\n";
    else
        Cli::err() << l.source << " has no readable request lines. Write one JSON object per line, "
                      "e.g. {\"message\": \"Explain TLS\", \"taskType\": \"chat\"}, as 'tierctl route --jsonl' reads them.\n";
    Cli::err().flush();
    return 1;
}

/// The "after" router: the config with the --policy file (default: the seed policy) and the
/// threshold options over it. Returns an exit code >= 0 on failure.
int buildRouter(const QString &command, const QCommandLineParser &parser, const CommonOptions &o,
                const TierConfig &config, ModelRouter &router)
{
    RouterPolicy policy = RouterPolicy::seedDefault();
    if (parser.isSet(o.policy)) {
        const std::optional<RouterPolicy> loaded = Cli::loadPolicy(command, parser.value(o.policy));
        if (!loaded)
            return 2;
        policy = *loaded;
    }
    if (const QString error = Cli::overrideThresholds(parser, o.standard, o.heavy, policy.thresholds);
        !error.isEmpty())
        return Cli::usageError(command, error);
    router.setConfig(config);
    policy.applyTo(router);
    return -1;
}

QString number(double v)
{
    return QString::number(v, 'g', QLocale::FloatingPointShortest);
}

QString percent(double part, double whole)
{
    return whole > 0 ? QString::number(part / whole * 100, 'f', 1) + u'%' : QStringLiteral("-");
}

void appendSide(std::string &out, qint64 requests, const Decimal &cost, qint64 unknown)
{
    out += "{\"requests\":" + std::to_string(requests) + ",\"cost\":";
    if (unknown > 0) {
        out += "null";
    } else {
        const QByteArray text = cost.toString().toLatin1();
        out += '"' + std::string(text.constData(), size_t(text.size())) + '"';
    }
    out += '}';
}

void printReplayJson(const ReplayResult &r)
{
    std::string out = "{\"tiers\":[";
    for (qsizetype i = 0; i < r.tiers.size(); ++i) {
        const ReplayTierRow &row = r.tiers.at(i);
        const QByteArray tier = row.tier.toUtf8();
        out += i ? ",{\"tier\":" : "{\"tier\":";
        RouteJson::appendString(out, std::string_view(tier.constData(), size_t(tier.size())));
        out += ",\"before\":";
        appendSide(out, row.beforeRequests, row.beforeCost, row.beforeUnknownCost);
        out += ",\"after\":";
        appendSide(out, row.afterRequests, row.afterCost, row.afterUnknownCost);
        out += '}';
    }
    out += "],\"changed\":" + std::to_string(r.changed.size()) + "}";
    Cli::out() << QString::fromStdString(out) << "\n";
}

QString costCell(const Decimal &cost, qint64 unknown)
{
    return unknown > 0 ? QStringLiteral("unknown") : Cost::format(cost);
}

void printReplayTable(const ReplayResult &r, const QList<ReplayRequest> &requests, int listChanged)
{
    QTextStream &out = Cli::out();
    const double n = double(r.requests);
    const auto row = [&](const QString &tier, qint64 b, const QString &bc, qint64 a, const QString &ac) {
        out << tier.leftJustified(12) << QString::number(b).rightJustified(9) << percent(double(b), n).rightJustified(8)
            << bc.rightJustified(12) << "   " << QString::number(a).rightJustified(9)
            << percent(double(a), n).rightJustified(8) << ac.rightJustified(12) << "\n";
    };
    out << QStringLiteral("tier").leftJustified(12) << QStringLiteral("before").rightJustified(17)
        << QStringLiteral("cost").rightJustified(12) << "   " << QStringLiteral("after").rightJustified(17)
        << QStringLiteral("cost").rightJustified(12) << "\n";
    for (const ReplayTierRow &t : r.tiers)
        row(t.tier, t.beforeRequests, costCell(t.beforeCost, t.beforeUnknownCost), t.afterRequests,
            costCell(t.afterCost, t.afterUnknownCost));
    if (r.beforeUnrouted || r.afterUnrouted)
        row(QStringLiteral("(no tier)"), r.beforeUnrouted, QString(), r.afterUnrouted, QString());
    row(QStringLiteral("total"), r.requests, costCell(r.beforeCost, r.beforeUnknownCost()), r.requests,
        costCell(r.afterCost, r.afterUnknownCost()));
    const auto savings = [](const std::optional<double> &s) {
        return s ? QString::number(*s, 'f', 1) + u'%' : QStringLiteral("unknown");
    };
    out << "\nall-heavy baseline (" << (r.heaviestTier.isEmpty() ? QStringLiteral("no tier") : r.heaviestTier)
        << "): " << (r.allHeavyCostKnown ? Cost::format(r.allHeavyCost) : QStringLiteral("unknown")) << "\n"
        << "savings vs all-heavy: before " << savings(r.beforeSavingsPercent) << ", after "
        << savings(r.afterSavingsPercent) << "\n"
        << "requests whose tier changed: " << r.changed.size() << " of " << r.requests << "\n";
    for (qsizetype i = 0; i < r.changed.size() && i < listChanged; ++i) {
        const ReplayChange &c = r.changed.at(i);
        out << "  " << requests.at(c.index).id << ": " << c.beforeTier << " -> " << c.afterTier << " (score "
            << QString::number(c.beforeScore, 'f', 4) << " -> " << QString::number(c.afterScore, 'f', 4) << ")\n";
    }
}

std::optional<double> parseShare(const QString &text)
{
    bool ok = false;
    const bool isPercent = text.endsWith(u'%');
    const double v = (isPercent ? text.chopped(1) : text).toDouble(&ok) / (isPercent ? 100.0 : 1.0);
    return ok && v >= 0 && v <= 1 ? std::optional(v) : std::nullopt;
}

} // namespace

int runReplay(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    const CommonOptions o;
    const QCommandLineOption listChanged(QStringLiteral("list-changed"),
        QStringLiteral("Also list the first N requests whose tier changed (table output)."), QStringLiteral("N"));
    parser.addOptions(o.all());
    parser.addOption(listChanged);
    if (const int rc = Cli::parse(parser, arguments,
            QStringLiteral("Route stored or imported requests with the built-in seed policy (before) and "
                           "with --policy FILE and the threshold options over it (after), on the same tier "
                           "config; no model is called.\n"
                           "Exit codes: 0 ok, 1 bad request lines (the rest is replayed) or nothing to "
                           "replay, 2 bad usage, unreadable file, or a config or policy with errors.")); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(command, QStringLiteral("replay takes no positional arguments"));
    TierConfig config = ModelRouter::defaultTierConfig();
    if (parser.isSet(o.config) && !Cli::loadTierConfig(command, parser.value(o.config), config))
        return 2;
    ModelRouter before(config);
    RouterPolicy::seedDefault().applyTo(before);
    ModelRouter after;
    if (const int rc = buildRouter(command, parser, o, config, after); rc >= 0)
        return rc;
    const Loaded loaded = loadRequests(command, parser, o);
    if (loaded.exitCode >= 0)
        return loaded.exitCode;
    const bool badLines = reportLineErrors(loaded);
    if (loaded.input.requests.isEmpty())
        return nothingTo(command, "replay", parser, o, loaded);

    const ReplayResult result = Replay::run(loaded.input.requests, before, after);
    if (parser.isSet(o.json))
        printReplayJson(result);
    else
        printReplayTable(result, loaded.input.requests, parser.value(listChanged).toInt());
    Cli::out().flush();
    return badLines ? 1 : 0;
}

int runCalibrate(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    const CommonOptions o;
    const QCommandLineOption heavyShare(QStringLiteral("heavy-share"),
        QStringLiteral("Target share of requests for the heavy class, 0..1 (or 20%)."), QStringLiteral("X"));
    const QCommandLineOption lightShare(QStringLiteral("light-share"),
        QStringLiteral("Target share of requests for the light class, 0..1 (or 50%)."), QStringLiteral("Y"));
    parser.addOptions(o.all());
    parser.addOptions({heavyShare, lightShare});
    if (const int rc = Cli::parse(parser, arguments,
            QStringLiteral("Choose the heavy (and standard) threshold that sends a target share of the "
                           "stored or imported requests to the heavy (and light) class, with --policy FILE's "
                           "weights, overrides and capabilities (default: the seed policy). Requests that an "
                           "override or a preference forces stay forced; the shares printed are the ones reached.")); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(command, QStringLiteral("calibrate takes no positional arguments"));
    std::optional<double> heavy, light;
    if (parser.isSet(heavyShare) && !(heavy = parseShare(parser.value(heavyShare))))
        return Cli::usageError(command, QStringLiteral("--heavy-share needs a share from 0 to 1 (or 0% to 100%)"));
    if (parser.isSet(lightShare) && !(light = parseShare(parser.value(lightShare))))
        return Cli::usageError(command, QStringLiteral("--light-share needs a share from 0 to 1 (or 0% to 100%)"));
    if (!heavy && !light)
        return Cli::usageError(command, QStringLiteral("give --heavy-share, --light-share or both"));
    if (heavy && light && *heavy + *light > 1)
        return Cli::usageError(command, QStringLiteral("--heavy-share and --light-share add up to more than 1"));
    TierConfig config = ModelRouter::defaultTierConfig();
    if (parser.isSet(o.config) && !Cli::loadTierConfig(command, parser.value(o.config), config))
        return 2;
    ModelRouter router;
    if (const int rc = buildRouter(command, parser, o, config, router); rc >= 0)
        return rc;
    const Loaded loaded = loadRequests(command, parser, o);
    if (loaded.exitCode >= 0)
        return loaded.exitCode;
    const bool badLines = reportLineErrors(loaded);
    if (loaded.input.requests.isEmpty())
        return nothingTo(command, "calibrate", parser, o, loaded);

    const CalibrationResult c = Calibration::calibrate(loaded.input.requests, router, heavy, light);
    if (!c.ok()) {
        Cli::err() << command << ": " << c.error << "\n";
        return 1;
    }
    QTextStream &out = Cli::out();
    if (parser.isSet(o.json)) {
        out << "{\"standardThreshold\":" << number(c.standardThreshold) << ",\"heavyThreshold\":"
            << number(c.heavyThreshold) << ",\"lightShare\":" << number(c.lightShare) << ",\"heavyShare\":"
            << number(c.heavyShare) << ",\"requests\":" << c.requests << "}\n";
    } else {
        const auto target = [](const std::optional<double> &t) {
            return t ? QStringLiteral(", target ") + QString::number(*t * 100, 'f', 1) + u'%' : QString();
        };
        out << "calibrated on " << c.requests << " requests from " << loaded.source << "\n"
            << "standard threshold: " << number(c.standardThreshold).leftJustified(10) << " light share "
            << percent(c.lightShare, 1) << target(light) << "\n"
            << "heavy threshold:    " << number(c.heavyThreshold).leftJustified(10) << " heavy share "
            << percent(c.heavyShare, 1) << target(heavy) << "\n"
            << "try it: tierctl replay --standard-threshold " << number(c.standardThreshold)
            << " --heavy-threshold " << number(c.heavyThreshold) << " ...\n";
    }
    out.flush();
    return badLines ? 1 : 0;
}
