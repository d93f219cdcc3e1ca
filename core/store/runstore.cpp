#include "runstore.h"

#include "callrollups.h"
#include "sqlliteral_p.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

#include <limits>

namespace {

QVariant opt(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

std::optional<qint64> optInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

const char kRunColumns[] =
    "id, created_at_ms, source, experiment_id, run_id, provider, model, tier, input_tokens,"
    " output_tokens, cached_tokens, first_byte_ms, first_token_ms, last_token_ms, ttft_ms,"
    " total_ms, cost, cost_pico, error_class, error_message, finish_reason, prompt, response_text,"
    " tenant, simulated, config";
/// One row of VALUES for kRunColumns.
void appendRun(QString &sql, const SqlLiterals &lit, const RunRecord &run)
{
    sql += u'(';
    lit.text(sql, run.id);
    sql += u',';
    SqlLiterals::integer(sql, run.createdAt.toMSecsSinceEpoch());
    for (const QString *s : {&run.source, &run.experimentId, &run.runId, &run.provider, &run.model, &run.tier}) {
        sql += u',';
        lit.text(sql, *s);
    }
    for (const std::optional<qint64> *v : {&run.inputTokens, &run.outputTokens, &run.cachedTokens, &run.firstByteMs,
                                           &run.firstTokenMs, &run.lastTokenMs, &run.ttftMs, &run.totalMs}) {
        sql += u',';
        SqlLiterals::integer(sql, *v);
    }
    sql += u',';
    lit.text(sql, run.cost ? run.cost->toString() : QString());
    sql += u',';
    SqlLiterals::integer(sql, CallRollups::costPico(run));
    for (const QString *s : {&run.errorClass, &run.errorMessage, &run.finishReason, &run.prompt, &run.text, &run.tenant}) {
        sql += u',';
        lit.text(sql, *s);
    }
    sql += run.simulated ? QLatin1StringView(",1,") : QLatin1StringView(",0,");
    lit.text(sql, run.config);
    sql += u')';
}

RunRecord readRun(const QSqlQuery &q)
{
    RunRecord r;
    r.id = q.value(0).toString();
    r.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    r.source = q.value(2).toString();
    r.experimentId = q.value(3).toString();
    r.runId = q.value(4).toString();
    r.provider = q.value(5).toString();
    r.model = q.value(6).toString();
    r.tier = q.value(7).toString();
    r.inputTokens = optInt(q.value(8));
    r.outputTokens = optInt(q.value(9));
    r.cachedTokens = optInt(q.value(10));
    r.firstByteMs = optInt(q.value(11));
    r.firstTokenMs = optInt(q.value(12));
    r.lastTokenMs = optInt(q.value(13));
    r.ttftMs = optInt(q.value(14));
    r.totalMs = optInt(q.value(15));
    if (!q.value(16).isNull())
        r.cost = Decimal::parse(q.value(16).toString());
    r.errorClass = q.value(18).toString();
    r.errorMessage = q.value(19).toString();
    r.finishReason = q.value(20).toString();
    r.prompt = q.value(21).toString();
    r.text = q.value(22).toString();
    r.tenant = q.value(23).toString();
    r.simulated = q.value(24).toInt() != 0;
    r.config = q.value(25).toString();
    return r;
}

} // namespace

RunStore::RunStore(Database database)
    : m_database(std::move(database))
{
}

void RunStore::prepare(RunRecord &run)
{
    if (run.id.isEmpty())
        run.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!run.createdAt.isValid())
        run.createdAt = QDateTime::currentDateTimeUtc();
}

bool RunStore::insertRun(QSqlDatabase &db, const RunRecord &run, QString *error)
{
    if (run.provider.isEmpty() || run.model.isEmpty()) {
        if (error)
            *error = tr("A run needs a provider and a model.");
        return false;
    }
    QList<bool> inserted;
    if (!insertRuns(db, {run}, &inserted, error))
        return false;
    if (!inserted.first()) { // counted once: the rollups must not see it again
        if (error)
            *error = tr("Cannot save run %1: a call with this id is already stored.").arg(run.id);
        return false;
    }
    return true;
}

bool RunStore::insertRuns(QSqlDatabase &db, const QList<RunRecord> &runs, QList<bool> *inserted, QString *error)
{
    constexpr qsizetype kChunk = 100;
    if (inserted)
        inserted->fill(false, runs.size());
    QHash<QString, qsizetype> firstIndex;
    firstIndex.reserve(runs.size());
    for (qsizetype i = 0; i < runs.size(); ++i) {
        if (runs[i].id.isEmpty() || runs[i].provider.isEmpty() || runs[i].model.isEmpty()) {
            if (error)
                *error = tr("Run %1 needs an id, a provider and a model.").arg(i + 1);
            return false;
        }
        if (!firstIndex.contains(runs[i].id)) // a repeated id: its first row is the one inserted
            firstIndex.insert(runs[i].id, i);
    }
    const SqlLiterals lit(db);
    const QString head = QStringLiteral("INSERT INTO runs (") + QLatin1StringView(kRunColumns) + QStringLiteral(") VALUES ");
    CallRollups rollups;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString sql;
    for (qsizetype start = 0; start < runs.size(); start += kChunk) {
        const qsizetype end = qMin(start + kChunk, runs.size());
        sql.clear();
        sql.reserve(8192 + (end - start) * 512);
        sql += head;
        for (qsizetype i = start; i < end; ++i) {
            if (i > start)
                sql += u',';
            appendRun(sql, lit, runs[i]);
        }
        // RETURNING reports exactly the rows this statement inserted (not the ones already stored).
        sql += QLatin1StringView(" ON CONFLICT (id) DO NOTHING RETURNING id");
        if (!q.exec(sql)) {
            if (error)
                *error = tr("Cannot save runs: %1").arg(q.lastError().text());
            return false;
        }
        while (q.next()) {
            const qsizetype index = firstIndex.value(q.value(0).toString(), -1);
            if (index < 0)
                continue;
            rollups.add(runs[index]);
            if (inserted)
                (*inserted)[index] = true;
        }
    }
    return rollups.apply(db, error);
}

bool RunStore::insertRun(RunRecord &run, QString *error)
{
    prepare(run);
    QSqlDatabase db = m_database.connection(error);
    if (!db.isOpen())
        return false;
    // The row and its rollup commit together. Inside a caller's transaction, join it.
    const bool own = db.transaction();
    if (!insertRun(db, run, error)) {
        if (own)
            db.rollback();
        return false;
    }
    if (own && !db.commit()) {
        if (error)
            *error = tr("Cannot save run %1: %2").arg(run.id, db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

void RunStore::prepare(RoutingDecisionRecord &decision)
{
    if (decision.id.isEmpty())
        decision.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!decision.createdAt.isValid())
        decision.createdAt = QDateTime::currentDateTimeUtc();
}

bool RunStore::insertRoutingDecision(QSqlDatabase &db, const RoutingDecisionRecord &d, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO routing_decisions (id, created_at_ms, call_id, tenant, task_type,"
                             " score, factors, complexity_class, tier, provider, model, reason, rule,"
                             " message, context_tokens, capabilities, history_turns, preferred_tier, input_tokens,"
                             " output_tokens, latency_ms, cost, fallback_events)"
                             " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(d.id);
    q.addBindValue(d.createdAt.toMSecsSinceEpoch());
    q.addBindValue(text(d.callId));
    q.addBindValue(text(d.tenant));
    q.addBindValue(text(d.taskType));
    q.addBindValue(d.score ? QVariant(*d.score) : QVariant(QMetaType::fromType<double>()));
    q.addBindValue(text(d.factorsJson));
    q.addBindValue(text(d.complexityClass));
    q.addBindValue(text(d.tier));
    q.addBindValue(text(d.provider));
    q.addBindValue(text(d.model));
    q.addBindValue(text(d.reason));
    q.addBindValue(text(d.rule));
    q.addBindValue(text(d.message));
    q.addBindValue(d.contextTokens ? QVariant(*d.contextTokens) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(d.capabilities.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(d.capabilities.join(u'\n')));
    q.addBindValue(d.historyTurns ? QVariant(*d.historyTurns) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(text(d.preferredTier));
    q.addBindValue(opt(d.inputTokens));
    q.addBindValue(opt(d.outputTokens));
    q.addBindValue(d.latencyMs ? QVariant(*d.latencyMs) : QVariant(QMetaType::fromType<double>()));
    q.addBindValue(d.cost ? QVariant(d.cost->toString()) : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(d.fallbackEvents.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(d.fallbackEvents.join(u'\n')));
    if (q.exec())
        return true;
    if (error)
        *error = tr("Cannot save routing decision %1: %2").arg(d.id, q.lastError().text());
    return false;
}

bool RunStore::insertRoutingDecision(RoutingDecisionRecord &decision, QString *error)
{
    prepare(decision);
    QSqlDatabase db = m_database.connection(error);
    return db.isOpen() && insertRoutingDecision(db, decision, error);
}

/// Runs `SELECT kRunColumns FROM runs <tail>` with `binds` and reads every row.
QList<RunRecord> RunStore::queryRuns(QSqlDatabase &db, const QString &tail, const QVariantList &binds, QString *error)
{
    QList<RunRecord> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QLatin1StringView(kRunColumns) + QStringLiteral(" FROM runs ") + tail);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot read runs: %1").arg(q.lastError().text());
        return out;
    }
    while (q.next())
        out.append(readRun(q));
    return out;
}

QList<RunRecord> RunStore::selectRuns(const QString &where, const QString &value, QString *error)
{
    QSqlDatabase db = m_database.connection(error);
    if (!db.isOpen())
        return {};
    return queryRuns(db, QStringLiteral("WHERE ") + where + QStringLiteral(" = ? ORDER BY created_at_ms, id"), {value}, error);
}

QList<RunRecord> RunStore::runsAfter(QSqlDatabase &db, const QString &afterId, int limit, QString *error)
{
    // A null QString would bind NULL, and `id > NULL` matches nothing.
    return queryRuns(db, QStringLiteral("WHERE id > ? ORDER BY id LIMIT ?"),
                     {afterId.isNull() ? QStringLiteral("") : afterId, limit}, error);
}

QList<RunRecord> RunStore::runsForExperiment(const QString &experimentId, QString *error)
{
    return selectRuns(QStringLiteral("experiment_id"), experimentId, error);
}

QList<RunRecord> RunStore::runsForRun(const QString &runId, QString *error)
{
    return selectRuns(QStringLiteral("run_id"), runId, error);
}

std::optional<RunRecord> RunStore::run(const QString &id, QString *error)
{
    const QList<RunRecord> rows = selectRuns(QStringLiteral("id"), id, error);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}
