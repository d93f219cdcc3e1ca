#include "migrations.h"

#include "callrollups.h"
#include "database.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Migrations {

namespace {

/// The translation context "Migrations" for the free functions below (lupdate reads it).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
};

/// Migration 7's rollup tables (hour and day rows have the same columns).
QString rollupTable(const QString &name)
{
    return QStringLiteral("CREATE TABLE ") + name
           + QStringLiteral(" ("
                            " bucket_ms BIGINT NOT NULL,"
                            " tier TEXT NOT NULL,"
                            " provider TEXT NOT NULL,"
                            " model TEXT NOT NULL,"
                            " tenant TEXT NOT NULL,"
                            " source TEXT NOT NULL,"
                            " config TEXT NOT NULL,"
                            " error_class TEXT NOT NULL,"
                            " simulated INTEGER NOT NULL,"
                            " calls BIGINT NOT NULL DEFAULT 0,"
                            " input_tokens BIGINT NOT NULL DEFAULT 0,"
                            " input_calls BIGINT NOT NULL DEFAULT 0,"
                            " output_tokens BIGINT NOT NULL DEFAULT 0,"
                            " output_calls BIGINT NOT NULL DEFAULT 0,"
                            " cost_pico BIGINT NOT NULL DEFAULT 0,"
                            " costed_calls BIGINT NOT NULL DEFAULT 0,"
                            " gen_output_tokens BIGINT NOT NULL DEFAULT 0,"
                            " gen_ms BIGINT NOT NULL DEFAULT 0,"
                            " latency_min_ms BIGINT,"
                            " latency_max_ms BIGINT,"
                            " ttft_min_ms BIGINT,"
                            " ttft_max_ms BIGINT,"
                            " latency_sketch TEXT,"
                            " ttft_sketch TEXT,"
                            " first_ms BIGINT NOT NULL,"
                            " last_ms BIGINT NOT NULL,"
                            " PRIMARY KEY (bucket_ms, tier, provider, model, tenant, source, config, error_class, simulated))");
}

/// Migration 7: rolls up the calls stored before it, in chunks so memory stays flat.
bool backfillRollups(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT created_at_ms, tier, provider, model, tenant, source, error_class, simulated,"
                               " input_tokens, output_tokens, cost, ttft_ms, total_ms FROM runs"))) {
        if (error)
            *error = Tr::tr("Cannot read runs for the rollups: %1").arg(q.lastError().text());
        return false;
    }
    auto optInt = [](const QVariant &v) { return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong()); };
    CallRollups rollups;
    while (q.next()) {
        RunRecord r;
        r.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
        r.tier = q.value(1).toString();
        r.provider = q.value(2).toString();
        r.model = q.value(3).toString();
        r.tenant = q.value(4).toString();
        r.source = q.value(5).toString();
        r.errorClass = q.value(6).toString();
        r.simulated = q.value(7).toInt() != 0;
        r.inputTokens = optInt(q.value(8));
        r.outputTokens = optInt(q.value(9));
        if (!q.value(10).isNull())
            r.cost = Decimal::parse(q.value(10).toString());
        r.ttftMs = optInt(q.value(11));
        r.totalMs = optInt(q.value(12));
        rollups.add(r);
    }
    return rollups.apply(db, error);
}

QList<Step> buildSteps()
{
    QList<Step> list;
    list.append({1, QStringLiteral("runs, routing decisions and budget usage"), {
        QStringLiteral("CREATE TABLE runs ("
                       " id TEXT PRIMARY KEY,"
                       " created_at_ms BIGINT NOT NULL,"
                       " source TEXT,"
                       " experiment_id TEXT,"
                       " run_id TEXT,"
                       " provider TEXT NOT NULL,"
                       " model TEXT NOT NULL,"
                       " tier TEXT,"
                       " input_tokens BIGINT,"
                       " output_tokens BIGINT,"
                       " cached_tokens BIGINT,"
                       " first_byte_ms BIGINT,"
                       " first_token_ms BIGINT,"
                       " last_token_ms BIGINT,"
                       " ttft_ms BIGINT,"
                       " total_ms BIGINT,"
                       " cost TEXT,"
                       " cost_pico BIGINT,"
                       " error_class TEXT,"
                       " error_message TEXT,"
                       " finish_reason TEXT,"
                       " prompt TEXT,"
                       " response_text TEXT)"),
        QStringLiteral("CREATE TABLE routing_decisions ("
                       " id TEXT PRIMARY KEY,"
                       " created_at_ms BIGINT NOT NULL,"
                       " call_id TEXT,"
                       " tenant TEXT,"
                       " task_type TEXT,"
                       " score REAL,"
                       " factors TEXT,"
                       " complexity_class TEXT,"
                       " tier TEXT,"
                       " provider TEXT,"
                       " model TEXT,"
                       " reason TEXT)"),
        QStringLiteral("CREATE TABLE budget_usage ("
                       " tenant TEXT NOT NULL,"
                       " period TEXT NOT NULL,"
                       " period_start TEXT NOT NULL,"
                       " tokens BIGINT NOT NULL DEFAULT 0,"
                       " cost TEXT NOT NULL DEFAULT '0',"
                       " updated_at_ms BIGINT NOT NULL,"
                       " PRIMARY KEY (tenant, period, period_start))"),
    }});
    list.append({2, QStringLiteral("model registry, price sources and audit log"), {
        QStringLiteral("CREATE TABLE models ("
                       " id TEXT PRIMARY KEY,"
                       " provider TEXT NOT NULL,"
                       " model_id TEXT NOT NULL,"
                       " display_name TEXT,"
                       " tier TEXT,"
                       " input_price TEXT,"
                       " output_price TEXT,"
                       " cached_input_price TEXT,"
                       " context_window BIGINT,"
                       " max_output BIGINT,"
                       " is_active INTEGER NOT NULL DEFAULT 1,"
                       " is_default INTEGER NOT NULL DEFAULT 0,"
                       " deprecation_date TEXT,"
                       " price_source TEXT,"
                       " price_updated_at_ms BIGINT,"
                       " released_at_ms BIGINT,"
                       " last_synced_at_ms BIGINT,"
                       " created_at_ms BIGINT NOT NULL,"
                       " updated_at_ms BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE model_prices ("
                       " provider TEXT NOT NULL,"
                       " model_id TEXT NOT NULL,"
                       " source TEXT NOT NULL,"
                       " input_price TEXT,"
                       " output_price TEXT,"
                       " cached_input_price TEXT,"
                       " context_window BIGINT,"
                       " max_output BIGINT,"
                       " deprecation_date TEXT,"
                       " imported_at_ms BIGINT NOT NULL,"
                       " PRIMARY KEY (provider, model_id, source))"),
        QStringLiteral("CREATE TABLE audit_log ("
                       " id %SERIAL_PK%,"
                       " at_ms BIGINT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " entity TEXT NOT NULL,"
                       " field TEXT,"
                       " old_value TEXT,"
                       " new_value TEXT)"),
    }});
    list.append({3, QStringLiteral("indexes for the dashboards and the registry"), {
        // Cost/latency per tier per day over a time range: a covering index, so the
        // dashboard never reads the (large) text columns of runs.
        QStringLiteral("CREATE INDEX idx_runs_time_tier ON runs (created_at_ms, tier, cost_pico, total_ms, ttft_ms, error_class)"),
        QStringLiteral("CREATE INDEX idx_runs_tier_time ON runs (tier, created_at_ms)"),
        QStringLiteral("CREATE INDEX idx_runs_model_time ON runs (provider, model, created_at_ms)"),
        QStringLiteral("CREATE INDEX idx_runs_experiment ON runs (experiment_id, created_at_ms)"),
        QStringLiteral("CREATE INDEX idx_routing_time ON routing_decisions (created_at_ms)"),
        QStringLiteral("CREATE INDEX idx_models_tier ON models (tier, is_active)"),
        QStringLiteral("CREATE INDEX idx_models_provider ON models (provider, model_id)"),
        QStringLiteral("CREATE INDEX idx_audit_time ON audit_log (at_ms)"),
    }});
    list.append({4, QStringLiteral("budget usage per routing class and raised alerts"), {
        // by_class: "in,out;in,out;in,out" for light, standard, heavy (routing's UsageByClass).
        QStringLiteral("ALTER TABLE budget_usage ADD COLUMN by_class TEXT"),
        QStringLiteral("ALTER TABLE budget_usage ADD COLUMN alerts_raised BIGINT NOT NULL DEFAULT 0"),
    }});
    list.append({5, QStringLiteral("routing metrics: usage, latency, cost and fallbacks per decision"), {
        QStringLiteral("ALTER TABLE routing_decisions ADD COLUMN input_tokens BIGINT"),
        QStringLiteral("ALTER TABLE routing_decisions ADD COLUMN output_tokens BIGINT"),
        QStringLiteral("ALTER TABLE routing_decisions ADD COLUMN latency_ms REAL"),
        QStringLiteral("ALTER TABLE routing_decisions ADD COLUMN cost TEXT"),
        // one event per line, e.g. "server@reasoning"
        QStringLiteral("ALTER TABLE routing_decisions ADD COLUMN fallback_events TEXT"),
        QStringLiteral("CREATE INDEX idx_routing_tenant_time ON routing_decisions (tenant, created_at_ms)"),
    }});
    list.append({6, QStringLiteral("replayable requests, atomic budget counters, tenant and simulated calls"), {
        // What the router saw, so stored decisions can be replayed under another policy.
        QStringLiteral("ALTER TABLE routing_decisions ADD COLUMN message TEXT"),
        QStringLiteral("ALTER TABLE routing_decisions ADD COLUMN context_tokens BIGINT"),
        QStringLiteral("ALTER TABLE routing_decisions ADD COLUMN capabilities TEXT"), // one per line
        QStringLiteral("ALTER TABLE routing_decisions ADD COLUMN history_turns INTEGER"),
        QStringLiteral("ALTER TABLE routing_decisions ADD COLUMN preferred_tier TEXT"),
        QStringLiteral("ALTER TABLE routing_decisions ADD COLUMN rule TEXT"),
        // Budget usage is added in SQL (tokens = tokens + ?), never loaded, added and saved.
        // The text columns cost and by_class of older rows are kept and read as a base.
        QStringLiteral("ALTER TABLE budget_usage ADD COLUMN cost_pico BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE budget_usage ADD COLUMN light_input BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE budget_usage ADD COLUMN light_output BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE budget_usage ADD COLUMN standard_input BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE budget_usage ADD COLUMN standard_output BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE budget_usage ADD COLUMN heavy_input BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE budget_usage ADD COLUMN heavy_output BIGINT NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN tenant TEXT"),
        QStringLiteral("ALTER TABLE runs ADD COLUMN simulated INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("CREATE INDEX idx_routing_call ON routing_decisions (call_id)"),
    }});
    list.append({7, QStringLiteral("dashboard: config of a call and hourly rollups with latency sketches"), {
        QStringLiteral("ALTER TABLE runs ADD COLUMN config TEXT"),
        // One row per UTC hour (and per UTC day) and group, kept up to date by every runs
        // insert (CallRollups), so that a dashboard over millions of calls reads thousands of
        // rows. Empty text, not NULL, in the key columns (NULLs would never conflict).
        // Sketches: LatencySketch text.
        rollupTable(QStringLiteral("call_rollups")),
        rollupTable(QStringLiteral("call_rollups_day")),
        // The primary keys serve time ranges; these a tenant's view (budget burn-down, re-filter).
        QStringLiteral("CREATE INDEX idx_rollups_tenant_time ON call_rollups (tenant, bucket_ms)"),
        QStringLiteral("CREATE INDEX idx_rollups_day_tenant_time ON call_rollups_day (tenant, bucket_ms)"),
        // The dashboard no longer groups raw rows: the indexes that served it only slow down
        // every insert. Calls by time (recent calls, exports) keep an index.
        QStringLiteral("DROP INDEX idx_runs_time_tier"),
        QStringLiteral("DROP INDEX idx_runs_tier_time"),
        QStringLiteral("DROP INDEX idx_runs_model_time"),
        QStringLiteral("CREATE INDEX idx_runs_time ON runs (created_at_ms)"),
        // Imported and routed calls have no experiment: keep them out of its index.
        QStringLiteral("DROP INDEX idx_runs_experiment"),
        QStringLiteral("CREATE INDEX idx_runs_experiment ON runs (experiment_id, created_at_ms) WHERE experiment_id IS NOT NULL"),
    }, backfillRollups});
    return list;
}

bool ensureVersionTable(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                              " version INTEGER PRIMARY KEY,"
                              " description TEXT,"
                              " applied_at_ms BIGINT NOT NULL)")))
        return true;
    if (error)
        *error = Tr::tr("Cannot create schema_version: %1").arg(q.lastError().text());
    return false;
}

} // namespace

const QList<Step> &steps()
{
    static const QList<Step> all = buildSteps();
    return all;
}

int latestVersion()
{
    return steps().constLast().version;
}

int currentVersion(QSqlDatabase &db, QString *error)
{
    // QSqlDatabase::tables() ignores PostgreSQL's search_path, so probe the table itself.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")))
        return 0; // no schema_version table yet: an empty database
    if (!q.next()) {
        if (error)
            *error = Tr::tr("Cannot read the schema version: %1").arg(q.lastError().text());
        return -1;
    }
    return q.value(0).isNull() ? 0 : q.value(0).toInt();
}

bool migrate(const Database &database, QSqlDatabase &db, int targetVersion, QString *error)
{
    const int current = currentVersion(db, error);
    if (current < 0)
        return false;
    if (current > latestVersion()) {
        if (error)
            *error = Tr::tr("The database has schema version %1, newer than this program knows (%2): a newer TierBench "
                        "has upgraded it. Install that version (everyone sharing the database needs it); this one "
                        "leaves the database untouched.")
                         .arg(current).arg(latestVersion());
        return false;
    }
    if (targetVersion < current) {
        if (error)
            *error = Tr::tr("Refusing to downgrade the schema from %1 to %2.").arg(current).arg(targetVersion);
        return false;
    }
    if (current >= targetVersion)
        return true;
    // One step per locked transaction; the version is read again under the lock, because
    // another process may have applied the step since (two processes opening a new database).
    while (true) {
        if (!beginExclusive(database, db, error))
            return false;
        if (!ensureVersionTable(db, error)) {
            rollback(database, db);
            return false;
        }
        const int now = currentVersion(db, error);
        if (now < 0) {
            rollback(database, db);
            return false;
        }
        const auto next = std::find_if(steps().cbegin(), steps().cend(),
                                       [&](const Step &s) { return s.version > now && s.version <= targetVersion; });
        if (next == steps().cend())
            return commit(database, db, error);
        QSqlQuery q(db);
        for (const QString &statement : next->statements) {
            if (!q.exec(database.dialect(statement))) {
                if (error)
                    *error = Tr::tr("Migration %1 failed: %2").arg(next->version).arg(q.lastError().text());
                rollback(database, db);
                return false;
            }
        }
        QString codeError;
        if (next->code && !next->code(db, &codeError)) {
            if (error)
                *error = Tr::tr("Migration %1 failed: %2").arg(next->version).arg(codeError);
            rollback(database, db);
            return false;
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version (version, description, applied_at_ms) VALUES (?, ?, ?)"));
        q.addBindValue(next->version);
        q.addBindValue(next->description);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec()) {
            if (error)
                *error = Tr::tr("Migration %1 could not be recorded: %2").arg(next->version).arg(q.lastError().text());
            rollback(database, db);
            return false;
        }
        if (!commit(database, db, error))
            return false;
    }
}

bool beginExclusive(const Database &database, QSqlDatabase &db, QString *error)
{
    return beginLocked(database, db, SchemaLockKey, error);
}

bool beginLocked(const Database &database, QSqlDatabase &db, qint64 pgLockKey, QString *error)
{
    QSqlQuery q(db);
    if (database.isPostgres()) {
        // A fixed key per resource: every TierBench process that changes it takes the same one.
        if (db.transaction() && q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(pgLockKey)))
            return true;
        if (error)
            *error = Tr::tr("Cannot take the database lock %1: %2").arg(pgLockKey).arg(q.lastError().text() + db.lastError().text());
        db.rollback();
        return false;
    }
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    if (error)
        *error = Tr::tr("Cannot lock the database (another TierBench is writing for more than 10 s?): %1")
                     .arg(q.lastError().text());
    return false;
}

bool commit(const Database &database, QSqlDatabase &db, QString *error)
{
    if (database.isPostgres() ? db.commit() : QSqlQuery(db).exec(QStringLiteral("COMMIT")))
        return true;
    if (error)
        *error = Tr::tr("Cannot commit: %1").arg(db.lastError().text());
    rollback(database, db);
    return false;
}

void rollback(const Database &database, QSqlDatabase &db)
{
    if (database.isPostgres())
        db.rollback();
    else
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
}

} // namespace Migrations
