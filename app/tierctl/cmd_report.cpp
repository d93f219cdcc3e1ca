// tierctl report: the Dashboard's numbers on the command line (text, --json or --csv).
#include "cliutil.h"
#include "commands.h"

#include "money/cost.h"
#include "store/dashboard.h"
#include "store/database.h"
#include "store/timetext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

namespace {

QString jsonString(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact); // ["..."]
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QString bucketText(const QDateTime &bucket, DashboardBucket kind)
{
    return kind == DashboardBucket::Hour ? bucket.toString(Qt::ISODate) : bucket.date().toString(Qt::ISODate);
}

QString ms(const std::optional<double> &v)
{
    return v ? QString::number(std::llround(*v)) : QString();
}

QString rate(const std::optional<double> &v)
{
    return v ? QString::number(std::round(*v * 10) / 10, 'f', 1) : QString();
}

QString count(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : QString();
}

QString cost(const DashboardGroup &g)
{
    return g.costedCalls > 0 ? g.cost.toString() : QString();
}

QString orNull(const QString &s, bool quote = false)
{
    return s.isEmpty() ? QStringLiteral("null") : quote ? jsonString(s) : s;
}

struct Report
{
    QList<DashboardDimension> groupBy;
    std::optional<DashboardBucket> bucket;
    QList<DashboardGroup> groups;
};

void printJson(const Report &r)
{
    QTextStream &out = Cli::out();
    out << "{\"groups\": [";
    for (qsizetype i = 0; i < r.groups.size(); ++i) {
        const DashboardGroup &g = r.groups[i];
        QStringList key;
        for (DashboardDimension d : r.groupBy)
            key.append(jsonString(DashboardQueries::dimensionName(d)) + QStringLiteral(": ") + jsonString(g.key.value(d)));
        if (r.bucket)
            key.append(QStringLiteral("\"bucket\": ") + jsonString(bucketText(g.bucket, *r.bucket)));
        auto percentiles = [](const Percentiles &p) {
            return QStringLiteral("{\"p50\": %1, \"p95\": %2, \"p99\": %3}")
                .arg(orNull(ms(p.p50)), orNull(ms(p.p95)), orNull(ms(p.p99)));
        };
        out << (i ? ",\n  " : "\n  ") << "{\"key\": {" << key.join(QStringLiteral(", ")) << "}, \"calls\": " << g.calls
            << ", \"errors\": " << g.errors << ", \"inputTokens\": " << orNull(count(g.inputTokens))
            << ", \"outputTokens\": " << orNull(count(g.outputTokens)) << ", \"cost\": " << orNull(cost(g), true)
            << ", \"latencyMs\": " << percentiles(g.latencyMs) << ", \"ttftMs\": " << percentiles(g.ttftMs)
            << ", \"tokensPerSecond\": " << orNull(rate(g.tokensPerSecond)) << "}";
    }
    out << (r.groups.isEmpty() ? "]}\n" : "\n]}\n");
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n'))
        return s;
    return u'"' + QString(s).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

void printCsv(const Report &r)
{
    QStringList header;
    for (DashboardDimension d : r.groupBy)
        header.append(DashboardQueries::dimensionName(d));
    if (r.bucket)
        header.append(QStringLiteral("bucket"));
    header << QStringLiteral("calls") << QStringLiteral("errors") << QStringLiteral("inputTokens")
           << QStringLiteral("outputTokens") << QStringLiteral("cost") << QStringLiteral("latencyP50Ms")
           << QStringLiteral("latencyP95Ms") << QStringLiteral("latencyP99Ms") << QStringLiteral("ttftP50Ms")
           << QStringLiteral("ttftP95Ms") << QStringLiteral("ttftP99Ms") << QStringLiteral("tokensPerSecond");
    QTextStream &out = Cli::out();
    out << header.join(u',') << "\n";
    for (const DashboardGroup &g : r.groups) {
        QStringList row;
        for (DashboardDimension d : r.groupBy)
            row.append(csvField(g.key.value(d)));
        if (r.bucket)
            row.append(bucketText(g.bucket, *r.bucket));
        row << QString::number(g.calls) << QString::number(g.errors) << count(g.inputTokens) << count(g.outputTokens)
            << cost(g) << ms(g.latencyMs.p50) << ms(g.latencyMs.p95) << ms(g.latencyMs.p99) << ms(g.ttftMs.p50)
            << ms(g.ttftMs.p95) << ms(g.ttftMs.p99) << rate(g.tokensPerSecond);
        out << row.join(u',') << "\n";
    }
}

void printText(const Report &r)
{
    QTextStream &out = Cli::out();
    if (r.groups.isEmpty()) {
        out << "No calls in this range. Import a call log with 'tierctl calls import FILE', "
               "or make calls with 'tierctl compare' or 'tierctl complete'.\n";
        return;
    }
    QList<QStringList> rows;
    QStringList header;
    for (DashboardDimension d : r.groupBy)
        header.append(DashboardQueries::dimensionName(d));
    if (r.bucket)
        header.append(QStringLiteral("bucket"));
    header << QStringLiteral("calls") << QStringLiteral("errors") << QStringLiteral("cost") << QStringLiteral("p50 ms")
           << QStringLiteral("p95 ms") << QStringLiteral("p99 ms") << QStringLiteral("ttft p50") << QStringLiteral("tok/s");
    rows.append(header);
    auto dash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("-") : s; };
    for (const DashboardGroup &g : r.groups) {
        QStringList row;
        for (DashboardDimension d : r.groupBy)
            row.append(dash(g.key.value(d)));
        if (r.bucket)
            row.append(bucketText(g.bucket, *r.bucket));
        row << QString::number(g.calls) << QString::number(g.errors)
            << (g.costedCalls > 0 ? Cost::format(g.cost) : QStringLiteral("unknown")) << dash(ms(g.latencyMs.p50))
            << dash(ms(g.latencyMs.p95)) << dash(ms(g.latencyMs.p99)) << dash(ms(g.ttftMs.p50))
            << dash(rate(g.tokensPerSecond));
        rows.append(row);
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], row[c].size());
    const qsizetype textColumns = r.groupBy.size() + (r.bucket ? 1 : 0);
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype c = 0; c < row.size(); ++c)
            cells.append(c < textColumns ? row[c].leftJustified(widths[c]) : row[c].rightJustified(widths[c]));
        out << cells.join(QStringLiteral("  ")).trimmed() << "\n";
    }
}

} // namespace

int runReport(const QStringList &args)
{
    const QString command = args.value(0);
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("The store: a SQLite file or postgres://user@host:port/db "
                                               "(default: $TIERBENCH_DB, then the workspace database)."),
                                QStringLiteral("PATH|URL"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Start (inclusive): an ISO date or time, UTC unless it has a zone."),
                                  QStringLiteral("T"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("End (exclusive): --from 2026-11-01 --to 2026-12-01 is November."),
                                QStringLiteral("T"));
    const QCommandLineOption groupBy(QStringLiteral("group-by"),
                                     QStringLiteral("tier, model, provider, tenant (also source, config, error-class); repeatable."),
                                     QStringLiteral("DIM"));
    const QCommandLineOption bucket(QStringLiteral("bucket"), QStringLiteral("hour, day or week (UTC; weeks start Monday)."),
                                    QStringLiteral("B"));
    const QCommandLineOption tenant(QStringLiteral("tenant"), QStringLiteral("Only this tenant; repeatable."), QStringLiteral("T"));
    const QCommandLineOption tier(QStringLiteral("tier"), QStringLiteral("Only this tier; repeatable."), QStringLiteral("T"));
    const QCommandLineOption provider(QStringLiteral("provider"), QStringLiteral("Only this provider; repeatable."), QStringLiteral("P"));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Only this model; repeatable."), QStringLiteral("M"));
    const QCommandLineOption source(QStringLiteral("source"), QStringLiteral("Only calls from this source (demo, litellm, import, "
                                                                             "routed, ab, complete); repeatable."), QStringLiteral("S"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print JSON: {\"groups\": [...]}, cost an exact decimal string."));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("Print CSV with a header row."));
    parser.addOptions({db, from, to, groupBy, bucket, tenant, tier, provider, model, source, json, csv});
    if (int rc = Cli::parse(parser, args,
                            QStringLiteral("Calls, errors, tokens, cost and latency percentiles (p50/p95/p99 within 1%) "
                                           "per group and time bucket, as the Dashboard shows them."));
        rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(command, QStringLiteral("unexpected argument '%1'.").arg(parser.positionalArguments().first()));
    if (parser.isSet(json) && parser.isSet(csv))
        return Cli::usageError(command, QStringLiteral("choose one of --json and --csv."));
    DashboardFilter filter;
    for (const auto &[option, target] : {std::pair{&from, &filter.from}, std::pair{&to, &filter.to}}) {
        if (!parser.isSet(*option))
            continue;
        *target = TimeText::parseUtc(parser.value(*option));
        if (!target->isValid())
            return Cli::usageError(command, QStringLiteral("--%1 must be an ISO date or time such as 2026-11-30 or "
                                                           "2026-11-30T12:00:00Z, not '%2'.")
                                                .arg(option->names().first(), parser.value(*option)));
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from >= filter.to)
        return Cli::usageError(command, QStringLiteral("--from must be before --to."));
    filter.tenants = parser.values(tenant);
    filter.tiers = parser.values(tier);
    filter.providers = parser.values(provider);
    filter.models = parser.values(model);
    filter.sources = parser.values(source);
    Report report;
    for (const QString &name : parser.values(groupBy)) {
        const std::optional<DashboardDimension> d = DashboardQueries::dimensionFromName(name);
        if (!d)
            return Cli::usageError(command, QStringLiteral("--group-by must be tier, model, provider, tenant, source, "
                                                           "config or error-class, not '%1'.").arg(name));
        if (!report.groupBy.contains(*d))
            report.groupBy.append(*d);
    }
    if (parser.isSet(bucket)) {
        const QString b = parser.value(bucket);
        if (b == u"hour")
            report.bucket = DashboardBucket::Hour;
        else if (b == u"day")
            report.bucket = DashboardBucket::Day;
        else if (b == u"week")
            report.bucket = DashboardBucket::Week;
        else
            return Cli::usageError(command, QStringLiteral("--bucket must be hour, day or week, not '%1'.").arg(b));
    }
    const Database store = Cli::database(parser.value(db));
    QString error;
    if (!store.openAndMigrate(&error)) {
        Cli::err() << command << ": " << error << "\n";
        Cli::err().flush();
        return 2;
    }
    report.groups = DashboardQueries(store).aggregate(filter, report.groupBy, report.bucket, &error);
    if (!error.isEmpty()) {
        Cli::err() << command << ": " << error << "\n";
        Cli::err().flush();
        return 2;
    }
    if (parser.isSet(json))
        printJson(report);
    else if (parser.isSet(csv))
        printCsv(report);
    else
        printText(report);
    Cli::out().flush();
    return 0;
}
