#include "migrations.h"

#include <algorithm>

#include "database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace Migrations {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Migrations", text);
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
        *error = tr("Cannot create schema_version: %1").arg(q.lastError().text());
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
            *error = tr("Cannot read the schema version: %1").arg(q.lastError().text());
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
            *error = tr("The database has schema version %1, newer than this program knows (%2).")
                         .arg(current).arg(latestVersion());
        return false;
    }
    if (targetVersion < current) {
        if (error)
            *error = tr("Refusing to downgrade the schema from %1 to %2.").arg(current).arg(targetVersion);
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
                    *error = tr("Migration %1 failed: %2").arg(next->version).arg(q.lastError().text());
                rollback(database, db);
                return false;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version (version, description, applied_at_ms) VALUES (?, ?, ?)"));
        q.addBindValue(next->version);
        q.addBindValue(next->description);
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!q.exec()) {
            if (error)
                *error = tr("Migration %1 could not be recorded: %2").arg(next->version).arg(q.lastError().text());
            rollback(database, db);
            return false;
        }
        if (!commit(database, db, error))
            return false;
    }
}

bool beginExclusive(const Database &database, QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (database.isPostgres()) {
        // Any fixed key: every TierBench process that changes the schema takes the same one.
        if (db.transaction() && q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(7314159265)")))
            return true;
        if (error)
            *error = tr("Cannot lock the database schema: %1").arg(q.lastError().text() + db.lastError().text());
        db.rollback();
        return false;
    }
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    if (error)
        *error = tr("Cannot lock the database (another TierBench is writing for more than 10 s?): %1")
                     .arg(q.lastError().text());
    return false;
}

bool commit(const Database &database, QSqlDatabase &db, QString *error)
{
    if (database.isPostgres() ? db.commit() : QSqlQuery(db).exec(QStringLiteral("COMMIT")))
        return true;
    if (error)
        *error = tr("Cannot commit: %1").arg(db.lastError().text());
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
