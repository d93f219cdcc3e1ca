// Team store under load (issue 17). W writer processes (this program again, --child) each
// record N routed calls one after another, as a client would, through the product's path:
// StoreWriter + StoreCallRecorder, one transaction per call holding the `runs` row, the
// routing decision and the budget usage (SqlBudgetLedger upserts, alert claims). Meanwhile
// the parent opens the dashboard (DashboardQueries: the charts' aggregate() calls and the
// pickers) in a loop. Baseline: the same dashboard opens with no writers, on the store before
// (seeded with W*N calls) and after the writers ran.
//
// Afterwards it checks that no call row is missing or doubled and that the budget totals equal
// the sum of what was recorded, exactly; it reports p50/p99 per write, the total throughput,
// and the dashboard's p50/p99 under load against the baselines.
//
//   bench_team_load [--writers 8] [--calls 5000] [--backend sqlite|postgres|both] [--pg URL]
//                   [--dir DIR] [--keep]
// PostgreSQL: --pg or TIERBENCH_TEST_PG_URL; the run uses a private schema, dropped at the end.

#include "calls/callrecorder.h"
#include "store/dashboard.h"
#include "store/database.h"
#include "store/runstore.h"
#include "store/storewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

const QDateTime kStart(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);

/// Call `i` of writer `w`: varied amounts so that a lost or doubled update shows in the sums.
UsageDelta usage(int w, int i)
{
    UsageDelta d;
    d.inputTokens = 100 + (w * 7 + i) % 900;
    d.outputTokens = 20 + (w + i) % 400;
    d.dollars = Decimal::fromRaw(qint64(1000003) * (1 + (w + 3 * i) % 97));
    d.routeClass = RouteClass(i % 3);
    return d;
}

RunRecord callRow(const QString &id, int w, int i, qint64 slot, const UsageDelta &d)
{
    static const char *tiers[] = {"fast", "standard", "reasoning"};
    static const char *models[] = {"gpt-4o-mini", "gpt-4o", "claude-opus-4"};
    RunRecord r;
    r.id = id;
    r.createdAt = kStart.addSecs(slot * 60); // one call a minute per slot: weeks of hour rollups
    r.source = QStringLiteral("routed");
    r.tenant = w % 2 ? QStringLiteral("team-a") : QStringLiteral("team-b");
    r.provider = i % 3 == 2 ? QStringLiteral("anthropic") : QStringLiteral("openai");
    r.model = QString::fromLatin1(models[i % 3]);
    r.tier = QString::fromLatin1(tiers[i % 3]);
    r.inputTokens = d.inputTokens;
    r.outputTokens = d.outputTokens;
    r.cost = d.dollars;
    r.ttftMs = 200 + (i * 37) % 900;
    r.totalMs = *r.ttftMs + 300 + (i * 53) % 4000;
    return r;
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

/// The child: N routed calls, one at a time; writes one latency (µs) per line to `out`.
int runChild(const Database &db, int w, int calls, qint64 startAt, const QString &out)
{
    QString error;
    if (!db.openAndMigrate(&error)) {
        std::fprintf(stderr, "writer %d: %s\n", w, qPrintable(error));
        return 1;
    }
    StoreWriter writer(db);
    StoreCallRecorder recorder(db, &writer);
    BudgetLimits limits;
    limits.dailyTokens = qint64(1) << 40; // never refused; the alert thresholds are still checked
    std::vector<qint64> micros;
    micros.reserve(size_t(calls));
    const qint64 wait = startAt - QDateTime::currentMSecsSinceEpoch();
    if (wait > 0)
        QThread::msleep(quint64(wait));
    int failed = 0;
    for (int i = 0; i < calls; ++i) {
        const UsageDelta d = usage(w, i);
        CallWrite write;
        write.id = QStringLiteral("w%1-%2").arg(w).arg(i);
        const RunRecord run = callRow(write.id, w, i, qint64(i) * 64 + w, d);
        write.runs = {run};
        RoutingDecisionRecord decision;
        decision.callId = write.id;
        decision.createdAt = run.createdAt;
        decision.tenant = run.tenant;
        decision.complexityClass = RouteClasses::name(d.routeClass);
        decision.tier = run.tier;
        decision.provider = run.provider;
        decision.model = run.model;
        decision.inputTokens = d.inputTokens;
        decision.outputTokens = d.outputTokens;
        decision.cost = d.dollars;
        write.decision = decision;
        write.tenant = run.tenant;
        write.usage = d;
        write.limits = limits;
        write.at = run.createdAt;
        bool done = false;
        QElapsedTimer t;
        t.start();
        recorder.write(std::move(write), [&](const CallWriteResult &r) {
            done = true;
            if (!r.ok && ++failed == 1)
                std::fprintf(stderr, "writer %d: %s\n", w, qPrintable(r.error));
        });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        micros.push_back(t.nsecsElapsed() / 1000);
    }
    QFile f(out);
    if (!f.open(QIODevice::WriteOnly))
        return 1;
    QByteArray text;
    for (qint64 us : micros)
        text += QByteArray::number(us) + '\n';
    f.write(text);
    return failed == 0 ? 0 : 1;
}

/// One dashboard open (the charts' aggregate() calls and the pickers), in µs.
double openDashboard(const Database &db)
{
    using D = DashboardDimension;
    DashboardQueries q(db);
    DashboardFilter f;
    f.from = kStart.addDays(-240); // the seeded calls and the writers' (each ~222 days of minutes)
    f.to = kStart.addDays(240);
    QElapsedTimer t;
    t.start();
    QString error;
    const std::pair<QList<D>, std::optional<DashboardBucket>> charts[] = {
        {{D::Tier}, DashboardBucket::Day},   {{D::Model}, DashboardBucket::Day},
        {{D::Provider, D::Model}, std::nullopt}, {{D::Tier, D::ErrorClass}, std::nullopt},
        {{D::Tenant}, DashboardBucket::Day},
    };
    for (const auto &[dims, bucket] : charts)
        q.aggregate(f, dims, bucket, &error);
    q.options(f, &error);
    if (!error.isEmpty())
        std::fprintf(stderr, "dashboard query failed: %s\n", qPrintable(error));
    return double(t.nsecsElapsed()) / 1000.0;
}

std::vector<double> dashboardLoop(const Database &db, int opens)
{
    std::vector<double> v;
    for (int i = 0; i < opens; ++i)
        v.push_back(openDashboard(db));
    return v;
}

qint64 scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next()) {
        std::fprintf(stderr, "check failed: %s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

/// W*N calls like the writers' (ids "seed-..."), a month earlier, in bulk: the store the baseline reads.
bool seed(const Database &db, int writers, int calls)
{
    QSqlDatabase c = db.connection();
    for (int w = 0; w < writers; ++w) {
        QList<RunRecord> rows;
        for (int i = 0; i < calls; ++i) {
            RunRecord r = callRow(QStringLiteral("seed-%1-%2").arg(w).arg(i), w, i, qint64(i) * 64 + w - 64 * calls, usage(w, i));
            RunStore::prepare(r);
            rows.append(r);
        }
        QString error;
        c.transaction();
        if (!RunStore::insertRuns(c, rows, nullptr, &error) || !c.commit()) {
            std::fprintf(stderr, "seed failed: %s\n", qPrintable(error));
            c.rollback();
            return false;
        }
    }
    return true;
}

void report(const char *what, const std::vector<double> &v)
{
    std::printf("  %-34s p50 %8.2f ms   p99 %8.2f ms   (n=%zu)\n", what, percentile(v, 0.5) / 1000.0,
                percentile(v, 0.99) / 1000.0, v.size());
}

bool runBackend(const QString &name, const Database &db, int writers, int calls, const QString &dir)
{
    QString error;
    if (!db.openAndMigrate(&error) || !seed(db, writers, calls)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(error));
        return false;
    }
    std::printf("== %s: %d writers x %d routed calls (seeded with %d calls)\n", qPrintable(name), writers, calls,
                writers * calls);
    const std::vector<double> before = dashboardLoop(db, 200);

    const qint64 startAt = QDateTime::currentMSecsSinceEpoch() + 1500;
    std::vector<std::unique_ptr<QProcess>> children;
    for (int w = 0; w < writers; ++w) {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--child"), QStringLiteral("--db"), db.location(), QStringLiteral("--worker"),
                  QString::number(w), QStringLiteral("--calls"), QString::number(calls), QStringLiteral("--start-at"),
                  QString::number(startAt), QStringLiteral("--out"), dir + QStringLiteral("/lat-%1.txt").arg(w)});
        children.push_back(std::move(p));
    }
    const qint64 wait = startAt - QDateTime::currentMSecsSinceEpoch();
    if (wait > 0)
        QThread::msleep(quint64(wait));
    QElapsedTimer wall;
    wall.start();
    std::vector<double> under;
    auto running = [&] {
        return std::any_of(children.begin(), children.end(),
                           [](const auto &p) { return p->state() != QProcess::NotRunning; });
    };
    while (running()) {
        under.push_back(openDashboard(db));
        for (const auto &p : children)
            p->waitForFinished(0);
    }
    const double seconds = double(wall.elapsed()) / 1000.0;
    bool ok = true;
    std::vector<double> writes;
    for (int w = 0; w < writers; ++w) {
        if (children[size_t(w)]->exitCode() != 0)
            ok = false;
        QFile f(dir + QStringLiteral("/lat-%1.txt").arg(w));
        if (f.open(QIODevice::ReadOnly))
            for (const QByteArray &line : f.readAll().split('\n'))
                if (!line.isEmpty())
                    writes.push_back(line.toDouble());
    }
    const std::vector<double> after = dashboardLoop(db, 200);

    // Every call once, and the budgets equal the sum of what was recorded.
    const qint64 total = qint64(writers) * calls;
    qint64 tokens = 0;
    Decimal dollars;
    for (int w = 0; w < writers; ++w)
        for (int i = 0; i < calls; ++i) {
            tokens += usage(w, i).tokens();
            dollars += usage(w, i).dollars;
        }
    const qint64 rows = scalar(db, QStringLiteral("SELECT COUNT(*) FROM runs WHERE id LIKE 'w%'"));
    const qint64 distinct = scalar(db, QStringLiteral("SELECT COUNT(DISTINCT id) FROM runs WHERE id LIKE 'w%'"));
    const qint64 decisions = scalar(db, QStringLiteral("SELECT COUNT(DISTINCT call_id) FROM routing_decisions"));
    const qint64 dayTokens = scalar(db, QStringLiteral("SELECT SUM(tokens) FROM budget_usage WHERE period = 'day'"));
    const qint64 monthTokens = scalar(db, QStringLiteral("SELECT SUM(tokens) FROM budget_usage WHERE period = 'month'"));
    const qint64 dayPico = scalar(db, QStringLiteral("SELECT SUM(cost_pico) FROM budget_usage WHERE period = 'day'"));
    const qint64 monthPico = scalar(db, QStringLiteral("SELECT SUM(cost_pico) FROM budget_usage WHERE period = 'month'"));
    const bool exact = rows == total && distinct == total && decisions == total && dayTokens == tokens
                       && monthTokens == tokens && dayPico == dollars.raw() && monthPico == dollars.raw();
    std::printf("  checks: %lld call rows (%lld distinct, %lld expected), %lld decisions; budget tokens day %lld / month "
                "%lld, expected %lld; dollars day %s / month %s, expected %s: %s\n",
                rows, distinct, total, decisions, dayTokens, monthTokens, tokens,
                qPrintable(Decimal::fromRaw(dayPico).toString()), qPrintable(Decimal::fromRaw(monthPico).toString()),
                qPrintable(dollars.toString()), exact && ok ? "EXACT" : "MISMATCH");
    std::printf("  writes: %zu in %.1f s = %.0f calls/s total\n", writes.size(), seconds, double(writes.size()) / seconds);
    report("per write (call+decision+usage)", writes);
    report("dashboard open, no writers, before", before);
    report("dashboard open, under write load", under);
    report("dashboard open, no writers, after", after);
    std::printf("  under load / before: p50 x%.2f p99 x%.2f; under load / after: p50 x%.2f p99 x%.2f\n",
                percentile(under, 0.5) / percentile(before, 0.5), percentile(under, 0.99) / percentile(before, 0.99),
                percentile(under, 0.5) / percentile(after, 0.5), percentile(under, 0.99) / percentile(after, 0.99));
    std::fflush(stdout);
    return exact && ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("writers"), QStringLiteral("writer processes"), QStringLiteral("n"), QStringLiteral("8")},
                       {QStringLiteral("calls"), QStringLiteral("calls per writer"), QStringLiteral("n"), QStringLiteral("5000")},
                       {QStringLiteral("backend"), QStringLiteral("sqlite, postgres or both"), QStringLiteral("b"), QStringLiteral("both")},
                       {QStringLiteral("pg"), QStringLiteral("PostgreSQL URL"), QStringLiteral("url")},
                       {QStringLiteral("dir"), QStringLiteral("where the SQLite file goes"), QStringLiteral("dir")},
                       {QStringLiteral("keep"), QStringLiteral("keep the stores")},
                       {QStringLiteral("child"), QStringLiteral("internal: run as a writer")},
                       {QStringLiteral("db"), QStringLiteral("internal"), QStringLiteral("location")},
                       {QStringLiteral("worker"), QStringLiteral("internal"), QStringLiteral("k")},
                       {QStringLiteral("start-at"), QStringLiteral("internal"), QStringLiteral("ms")},
                       {QStringLiteral("out"), QStringLiteral("internal"), QStringLiteral("file")}});
    parser.process(app);
    const int writers = parser.value(QStringLiteral("writers")).toInt();
    const int calls = parser.value(QStringLiteral("calls")).toInt();
    if (parser.isSet(QStringLiteral("child")))
        return runChild(Database::fromLocation(parser.value(QStringLiteral("db"))),
                        parser.value(QStringLiteral("worker")).toInt(), calls,
                        parser.value(QStringLiteral("start-at")).toLongLong(), parser.value(QStringLiteral("out")));

    QTemporaryDir tmp(parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir")) + QStringLiteral("/team-load-XXXXXX")
                                                        : QDir::tempPath() + QStringLiteral("/team-load-XXXXXX"));
    tmp.setAutoRemove(!parser.isSet(QStringLiteral("keep")));
    const QString backend = parser.value(QStringLiteral("backend"));
    std::printf("bench_team_load: %d writers x %d calls; %d cores; load average before: %s\n", writers, calls,
                QThread::idealThreadCount(), [] {
                    QFile f(QStringLiteral("/proc/loadavg"));
                    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
                }().constData());
    bool ok = true;
    if (backend != u"postgres")
        ok = runBackend(QStringLiteral("SQLite file"), Database::fromLocation(tmp.filePath(QStringLiteral("team.sqlite"))),
                        writers, calls, tmp.path()) && ok;
    const QString pg = parser.isSet(QStringLiteral("pg")) ? parser.value(QStringLiteral("pg")) : qEnvironmentVariable("TIERBENCH_TEST_PG_URL");
    if (backend != u"sqlite" && !pg.isEmpty()) {
        // A private schema, reached by every connection through the URL's search_path.
        const QString schema = QStringLiteral("bench_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        const Database server = Database::fromLocation(pg);
        QString error;
        QSqlQuery q(server.connection(&error));
        if (!q.exec(QStringLiteral("CREATE SCHEMA ") + schema)) {
            std::fprintf(stderr, "PostgreSQL at %s: %s %s\n", qPrintable(server.displayName()), qPrintable(error),
                         qPrintable(q.lastError().text()));
            return 1;
        }
        const Database db = Database::fromLocation(pg + (pg.contains(u'?') ? u'&' : u'?')
                                                   + QStringLiteral("options=-csearch_path%3D") + schema);
        ok = runBackend(QStringLiteral("PostgreSQL"), db, writers, calls, tmp.path()) && ok;
        db.closeThreadConnection();
        if (!parser.isSet(QStringLiteral("keep")))
            q.exec(QStringLiteral("DROP SCHEMA ") + schema + QStringLiteral(" CASCADE"));
    } else if (backend != u"sqlite") {
        std::printf("PostgreSQL skipped: give --pg URL or set TIERBENCH_TEST_PG_URL.\n");
    }
    std::printf("load average after: %s\n", [] {
        QFile f(QStringLiteral("/proc/loadavg"));
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
    }().constData());
    return ok ? 0 : 1;
}
