// Times the Dashboard on 1,000,000 calls: (a) `calls import` of a 1M-line TierBench JSONL
// file into a fresh SQLite store (against parsing the same JSON alone), (b) opening the
// dashboard = the aggregate() calls its charts need, (c) re-filtering to one tenant and one
// week; (b) and (c) against the same groupings as raw GROUP BYs over `runs` (the baseline,
// which computes no percentiles at all). With TIERBENCH_TEST_PG_URL set, again on PostgreSQL.
//
//   bench_dashboard [--calls 1000000] [--days 90] [--runs 5] [--keep DIR]
#include "store/callimport.h"
#include "store/dashboard.h"
#include "store/database.h"
#include "store/migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <ctime>
#include <cstdio>
#include <functional>

namespace {

quint64 mix(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

double unit(quint64 &state)
{
    state += 0x9e3779b97f4a7c15ULL;
    return double(mix(state) >> 11) * 0x1.0p-53;
}

/// N calls over `days` ending at `end`: 3 tiers, 4 models, 2 tenants, 2 sources, errors of 4 classes.
QByteArray makeJsonl(qint64 calls, int days, const QDateTime &end)
{
    struct Model { const char *tier, *provider, *model; double ttft, speed, inPrice, outPrice; };
    const Model models[] = {
        {"fast", "openai", "gpt-4o-mini", 250, 110, 0.15, 0.60},
        {"standard", "openai", "gpt-4o", 600, 60, 2.50, 10.0},
        {"standard", "anthropic", "claude-sonnet-4", 700, 55, 3.0, 15.0},
        {"reasoning", "anthropic", "claude-opus-4", 2000, 30, 15.0, 75.0},
    };
    const double weights[] = {0.6, 0.18, 0.12, 0.1};
    const char *errors[] = {"rate_limited", "timeout", "server", "overloaded"};
    QByteArray out;
    out.reserve(calls * 260);
    quint64 rng = 20261130;
    const qint64 span = qint64(days) * 86400000;
    const qint64 start = end.toMSecsSinceEpoch() - span;
    for (qint64 i = 0; i < calls; ++i) {
        const qint64 at = start + qint64((double(i) + unit(rng)) * double(span) / double(calls));
        double pick = unit(rng);
        int m = 0;
        while (m < 3 && pick >= weights[m]) {
            pick -= weights[m];
            ++m;
        }
        const Model &x = models[m];
        const qint64 in = 200 + qint64(unit(rng) * 4000);
        const qint64 outTokens = 20 + qint64(unit(rng) * 900);
        const double ttft = x.ttft * std::exp(0.4 * (unit(rng) - 0.5) * 2);
        const double total = ttft + 1000.0 * double(outTokens) / (x.speed * (0.7 + 0.6 * unit(rng)));
        const bool failed = unit(rng) < 0.02;
        out += "{\"id\":\"bench-" + QByteArray::number(i) + "\",\"time\":\""
               + QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1()
               + "\",\"provider\":\"" + x.provider + "\",\"model\":\"" + x.model + "\",\"tier\":\"" + x.tier
               + "\",\"tenant\":\"" + (i % 3 ? "team-a" : "team-b") + "\",\"source\":\"" + (i % 4 ? "litellm" : "routed")
               + "\",\"totalMs\":" + QByteArray::number(qint64(total));
        if (failed) {
            out += ",\"errorClass\":\"" + QByteArray(errors[i % 4]) + "\"}\n";
            continue;
        }
        // cost = in x inPrice / 1e6 + out x outPrice / 1e6, written exactly with 8 decimals
        const qint64 costE8 = std::llround((double(in) * x.inPrice + double(outTokens) * x.outPrice) * 100.0);
        out += ",\"ttftMs\":" + QByteArray::number(qint64(ttft)) + ",\"inputTokens\":" + QByteArray::number(in)
               + ",\"outputTokens\":" + QByteArray::number(outTokens) + ",\"cost\":\"" + QByteArray::number(costE8 / 100000000)
               + '.' + QByteArray::number(costE8 % 100000000).rightJustified(8, '0') + "\"}\n";
    }
    return out;
}

/// Process CPU time in ms (all threads): the machine may be shared, so wall time alone misleads.
qint64 cpuMs()
{
    return qint64(std::clock()) * 1000 / CLOCKS_PER_SEC;
}

/// Bytes this process made the kernel write (Linux /proc/self/io; -1 elsewhere).
qint64 writtenBytes()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("write_bytes:"))
            return line.mid(12).trimmed().toLongLong();
    }
    return -1;
}

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

/// One dashboard open: the aggregate() calls of the charts, plus the pickers.
qint64 openDashboard(const Database &db, const DashboardFilter &f, qint64 *groups)
{
    using D = DashboardDimension;
    DashboardQueries q(db);
    QElapsedTimer t;
    t.start();
    QString error;
    *groups = 0;
    const std::pair<QList<D>, std::optional<DashboardBucket>> charts[] = {
        {{D::Tier}, DashboardBucket::Day},     // cost stack, latency p50/p95/p99, TTFT, tokens/s, tier share, cost/1k
        {{D::Model}, DashboardBucket::Day},    // cost per model
        {{D::Provider, D::Model}, std::nullopt}, // latency box per model
        {{D::Tier, D::ErrorClass}, std::nullopt}, // error rate per tier and class
        {{D::Tenant}, DashboardBucket::Day},   // budget burn-down per tenant
    };
    for (const auto &[dims, bucket] : charts) {
        *groups += q.aggregate(f, dims, bucket, &error).size();
        if (!error.isEmpty())
            std::fprintf(stderr, "aggregate failed: %s\n", qPrintable(error));
    }
    q.options(f, &error);
    return t.elapsed();
}

/// The baseline: the same groupings as raw-rows GROUP BYs over runs (sums and mean latency only).
qint64 rawGroupBys(const Database &db, const DashboardFilter &f)
{
    QSqlDatabase conn = db.connection();
    QElapsedTimer t;
    t.start();
    const char *groups[] = {
        "tier, created_at_ms / 86400000", "model, created_at_ms / 86400000", "provider, model",
        "tier, error_class", "tenant, created_at_ms / 86400000",
    };
    for (const char *g : groups) {
        QSqlQuery q(conn);
        q.setForwardOnly(true);
        QString sql = QStringLiteral("SELECT ") + QLatin1StringView(g)
                      + QStringLiteral(", COUNT(*), COUNT(error_class), SUM(cost_pico), COUNT(cost_pico), SUM(input_tokens),"
                                       " SUM(output_tokens), AVG(total_ms), AVG(ttft_ms) FROM runs"
                                       " WHERE created_at_ms >= ? AND created_at_ms < ?");
        if (!f.tenants.isEmpty())
            sql += QStringLiteral(" AND tenant = ?");
        sql += QStringLiteral(" GROUP BY ") + QLatin1StringView(g);
        q.prepare(sql);
        q.addBindValue(f.from.isValid() ? f.from.toMSecsSinceEpoch() : 0LL);
        q.addBindValue(f.to.isValid() ? f.to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max());
        if (!f.tenants.isEmpty())
            q.addBindValue(f.tenants.first());
        if (!q.exec())
            std::fprintf(stderr, "baseline failed: %s\n", qPrintable(q.lastError().text()));
        while (q.next()) {
        }
    }
    return t.elapsed();
}

void timeDashboard(const char *label, const Database &db, const QDateTime &end, int runs)
{
    DashboardFilter all;
    DashboardFilter week;
    week.tenants = {QStringLiteral("team-b")};
    week.to = end;
    week.from = end.addDays(-7);
    for (const auto &[name, filter] : {std::pair{"open (b)", all}, std::pair{"re-filter (c) one tenant, one week", week}}) {
        QList<qint64> ours, raw, cpu;
        qint64 groups = 0;
        for (int i = 0; i < runs; ++i) {
            db.closeThreadConnection(); // a fresh connection each time, like a worker thread's first query
            const qint64 cpu0 = cpuMs();
            ours.append(openDashboard(db, filter, &groups));
            cpu.append(cpuMs() - cpu0);
            raw.append(rawGroupBys(db, filter));
        }
        const qint64 m = median(ours);
        const qint64 b = median(raw);
        std::printf("%s %s: median %lld ms wall (worst %lld), %lld ms CPU, for 5 aggregate() calls + options(), %lld groups;"
                    " raw GROUP BY over runs %lld ms: %.1fx faster\n",
                    label, name, m, *std::max_element(ours.begin(), ours.end()), median(cpu), groups, b,
                    double(b) / double(qMax<qint64>(1, m)));
    }
}

QString rollupRows(const Database &db)
{
    QSqlQuery q(db.connection());
    auto count = [&q](const char *table) {
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1StringView(table)) && q.next() ? q.value(0).toLongLong() : -1;
    };
    return QStringLiteral("%1 hourly + %2 daily").arg(count("call_rollups")).arg(count("call_rollups_day"));
}

void importInto(const char *label, const Database &db, const QString &file, qint64 parseMs)
{
    QElapsedTimer t;
    t.start();
    const qint64 cpu0 = cpuMs();
    const qint64 written0 = writtenBytes();
    const CallImportReport report = CallImport::importFile(db, file);
    const qint64 ms = t.elapsed();
    const qint64 cpu = cpuMs() - cpu0;
    const qint64 written = writtenBytes() - written0;
    if (!report.ok())
        std::fprintf(stderr, "import failed: %s\n", qPrintable(report.error));
    std::printf("%s import (a): %lld calls in %.2f s wall, %.2f s CPU (%.0f calls/s), %lld bad; JSON parsing alone %.2f s"
                " (%.1fx of it); %s rollup rows; %.0f MB written to disk\n",
                label, report.imported, ms / 1000.0, cpu / 1000.0, report.imported * 1000.0 / double(qMax<qint64>(1, ms)),
                qint64(report.bad.size()), parseMs / 1000.0, double(ms) / double(qMax<qint64>(1, parseMs)), qPrintable(rollupRows(db)),
                written / 1e6);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption callsOpt(QStringLiteral("calls"), QStringLiteral("Calls."), QStringLiteral("N"), QStringLiteral("1000000"));
    const QCommandLineOption daysOpt(QStringLiteral("days"), QStringLiteral("Days they span."), QStringLiteral("D"), QStringLiteral("90"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Timed repetitions."), QStringLiteral("R"), QStringLiteral("5"));
    parser.addOptions({callsOpt, daysOpt, runsOpt});
    parser.process(app);
    const qint64 calls = parser.value(callsOpt).toLongLong();
    const int days = parser.value(daysOpt).toInt();
    const int runs = qMax(1, parser.value(runsOpt).toInt());
    const QDateTime end(QDate(2026, 11, 30), QTime(0, 0), Qt::UTC);

    QTemporaryDir dir;
    QElapsedTimer t;
    t.start();
    const QByteArray jsonl = makeJsonl(calls, days, end);
    const QString file = dir.filePath(QStringLiteral("calls.jsonl"));
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly) || f.write(jsonl) != jsonl.size())
            return 2;
    }
    std::printf("seed: %lld calls over %d days, %.0f MB of JSONL, written in %.2f s\n", calls, days,
                jsonl.size() / 1e6, t.elapsed() / 1000.0);
    t.restart();
    qint64 objects = 0;
    for (qsizetype pos = 0; pos < jsonl.size();) {
        const qsizetype nl = jsonl.indexOf('\n', pos);
        objects += QJsonDocument::fromJson(jsonl.mid(pos, nl - pos)).isObject() ? 1 : 0;
        pos = nl + 1;
    }
    const qint64 parseMs = t.elapsed();

    const Database sqlite = Database::fromLocation(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!sqlite.openAndMigrate())
        return 1;
    importInto("SQLite", sqlite, file, parseMs);
    timeDashboard("SQLite", sqlite, end, runs);
    sqlite.closeThreadConnection();

    const QString pg = qEnvironmentVariable("TIERBENCH_TEST_PG_URL");
    if (pg.isEmpty()) {
        std::printf("PostgreSQL: skipped (set TIERBENCH_TEST_PG_URL, e.g. $(bash tools/start-test-postgres.sh))\n");
        return 0;
    }
    // A private schema, set on the one connection this thread uses.
    const Database postgres = Database::fromLocation(pg);
    const QString schema = QStringLiteral("tierbench_bench_") + QUuid::createUuid().toString(QUuid::Id128).left(10);
    {
        QString error;
        QSqlDatabase conn = postgres.connection(&error);
        if (!conn.isOpen()) {
            std::printf("PostgreSQL: cannot connect: %s\n", qPrintable(error));
            return 1;
        }
        QSqlQuery q(conn);
        q.exec(QStringLiteral("CREATE SCHEMA ") + schema);
        q.exec(QStringLiteral("SET search_path TO ") + schema);
        if (!Migrations::migrate(postgres, conn, Migrations::latestVersion(), &error)) {
            std::printf("PostgreSQL: migration failed: %s\n", qPrintable(error));
            return 1;
        }
    }
    importInto("PostgreSQL", postgres, file, parseMs);
    QSqlQuery(postgres.connection()).exec(QStringLiteral("ANALYZE"));
    // timeDashboard reopens connections; keep the schema on the path of each new one.
    auto reopen = [&] {
        QSqlQuery set(postgres.connection());
        set.exec(QStringLiteral("SET search_path TO ") + schema);
    };
    DashboardFilter all;
    DashboardFilter week;
    week.tenants = {QStringLiteral("team-b")};
    week.to = end;
    week.from = end.addDays(-7);
    for (const auto &[name, filter] : {std::pair{"open (b)", all}, std::pair{"re-filter (c) one tenant, one week", week}}) {
        QList<qint64> ours, raw;
        qint64 groups = 0;
        for (int i = 0; i < runs; ++i) {
            postgres.closeThreadConnection();
            reopen();
            ours.append(openDashboard(postgres, filter, &groups));
            raw.append(rawGroupBys(postgres, filter));
        }
        std::printf("PostgreSQL %s: median %lld ms (worst %lld), %lld groups; raw GROUP BY over runs %lld ms: %.1fx faster\n",
                    name, median(ours), *std::max_element(ours.begin(), ours.end()), groups, median(raw),
                    double(median(raw)) / double(qMax<qint64>(1, median(ours))));
    }
    QSqlQuery(postgres.connection()).exec(QStringLiteral("DROP SCHEMA ") + schema + QStringLiteral(" CASCADE"));
    postgres.closeThreadConnection();
    return 0;
}
