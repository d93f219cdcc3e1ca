#include "sqlcellstore.h"

#include "cellcodec.h"
#include "processalive.h"

#include "store/migrations.h"
#include "store/runstore.h"
#include "store/storewriter.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSysInfo>
#include <QUuid>
#include <QSqlError>
#include <QSqlQuery>

namespace {

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool execText(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

RunInfo runFromQuery(const QSqlQuery &q)
{
    RunInfo r;
    r.runId = q.value(0).toString();
    r.name = q.value(1).toString();
    r.fingerprint = q.value(2).toString();
    r.experiment = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
    r.status = q.value(4).toString();
    r.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(5).toLongLong(), Qt::UTC);
    return r;
}

QString compactJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

SqlCellStore::SqlCellStore()
    : m_lockToken(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SqlCellStore::~SqlCellStore() = default; // StoreWriter commits what is queued, then stops

bool SqlCellStore::open(const Database &database, QString *error)
{
    m_database = database;
    if (!database.openAndMigrate(error))
        return false;
    m_open = migrate(error);
    if (!m_open)
        return false;
    m_writer = std::make_unique<StoreWriter>(database);
    QObject::connect(m_writer.get(), &StoreWriter::failed, m_writer.get(),
                     [this](const QString &id, const QString &message) {
                         if (m_flushWaiters.contains(id))
                             flushed(id);
                         else
                             onWriteFailed(id, message);
                     });
    QObject::connect(m_writer.get(), &StoreWriter::saved, m_writer.get(), [this](const QString &id) {
        m_pending.remove(id);
        flushed(id);
    });
    return true;
}

void SqlCellStore::enqueue(const QString &kind, StoreWriteFailure what,
                           std::function<bool(QSqlDatabase &, QString *)> op)
{
    const QString id = QStringLiteral("experiment-%1-%2").arg(kind).arg(++m_writes);
    m_pending.insert(id, std::move(what));
    m_writer->enqueue(id, std::move(op));
}

void SqlCellStore::onWriteFailed(const QString &id, const QString &message)
{
    ++m_failedWrites;
    StoreWriteFailure failure = m_pending.take(id);
    failure.message = failure.cell
        ? tr("Could not store cell %1 of run %2: %3").arg(failure.message, failure.runId, message)
        : tr("Could not store %1 of run %2: %3").arg(failure.message, failure.runId, message);
    if (m_onError)
        m_onError(failure.message);
    if (m_onFailure)
        m_onFailure(failure);
}

void SqlCellStore::whenFlushed(QObject *context, std::function<void()> done)
{
    if (!m_writer) {
        done();
        return;
    }
    // A marker write: the writer keeps order, so its commit comes after every earlier write's.
    const QString id = QStringLiteral("experiment-flush-%1").arg(++m_writes);
    m_flushWaiters.insert(id, FlushWaiter{context, std::move(done)});
    m_writer->enqueue(id, [](QSqlDatabase &, QString *) { return true; });
}

void SqlCellStore::flushed(const QString &id)
{
    const auto it = m_flushWaiters.find(id);
    if (it == m_flushWaiters.end())
        return;
    const FlushWaiter waiter = it.value();
    m_flushWaiters.erase(it);
    if (waiter.context)
        waiter.done();
}

void SqlCellStore::flush()
{
    if (m_writer)
        m_writer->waitForIdle();
}

bool SqlCellStore::migrate(QString *error)
{
    QSqlDatabase db = m_database.connection(error);
    // Under the schema lock: two processes opening a new database must not both create.
    if (!Migrations::beginExclusive(m_database, db, error))
        return false;
    if (!execText(db, QStringLiteral("CREATE TABLE IF NOT EXISTS experiment_schema (version INTEGER NOT NULL)"), error)) {
        Migrations::rollback(m_database, db);
        return false;
    }
    int version = 0;
    {
        QSqlQuery v(db);
        if (v.exec(QStringLiteral("SELECT version FROM experiment_schema")) && v.next())
            version = v.value(0).toInt();
    }
    if (version > SchemaVersion) {
        if (error)
            *error = tr("The run database was written by a newer TierBench (experiments schema %1).").arg(version);
        Migrations::rollback(m_database, db);
        return false;
    }
    if (version == SchemaVersion)
        return Migrations::commit(m_database, db, error);
    // Step by step: 0 -> 1 (runs and cells), 1 -> 2 (blind votes), 2 -> 3 (run locks).
    bool ok = true;
    if (version < 1)
        ok = execText(db, QStringLiteral("CREATE TABLE experiment_runs (run_id TEXT PRIMARY KEY, name TEXT, "
                                         "fingerprint TEXT NOT NULL, experiment TEXT NOT NULL, "
                                         "status TEXT NOT NULL, created_at BIGINT NOT NULL)"), error)
             && execText(db, QStringLiteral("CREATE TABLE experiment_cells (run_id TEXT NOT NULL "
                                            "REFERENCES experiment_runs(run_id), case_index INTEGER NOT NULL, "
                                            "target_index INTEGER NOT NULL, repeat_index INTEGER NOT NULL, "
                                            "state TEXT NOT NULL, error_class TEXT, total_ms BIGINT, "
                                            "cost TEXT, data TEXT NOT NULL, "
                                            "PRIMARY KEY (run_id, case_index, target_index, repeat_index))"), error)
             && execText(db, QStringLiteral("INSERT INTO experiment_schema (version) VALUES (1)"), error);
    if (ok && version < 2)
        ok = execText(db, QStringLiteral("CREATE TABLE experiment_votes (run_id TEXT NOT NULL, case_id TEXT, "
                                         "repeat_index INTEGER, target_a TEXT NOT NULL, target_b TEXT NOT NULL, "
                                         "tier_a TEXT, tier_b TEXT, preference TEXT NOT NULL, "
                                         "created_at BIGINT NOT NULL)"), error)
             && execText(db, QStringLiteral("CREATE INDEX experiment_votes_run ON experiment_votes (run_id)"), error)
             && execText(db, QStringLiteral("UPDATE experiment_schema SET version = 2"), error);
    if (ok && version < 3)
        ok = execText(db, QStringLiteral("CREATE TABLE experiment_run_locks (run_id TEXT PRIMARY KEY, "
                                         "holder TEXT NOT NULL, token TEXT NOT NULL, heartbeat_ms BIGINT NOT NULL, "
                                         "host TEXT, pid BIGINT)"), error)
             && execText(db, QStringLiteral("UPDATE experiment_schema SET version = 3"), error);
    if (!ok) {
        Migrations::rollback(m_database, db);
        return false;
    }
    return Migrations::commit(m_database, db, error);
}

bool SqlCellStore::lockRun(const QString &runId, QString *error)
{
    QSqlDatabase db = m_database.connection(error);
    if (!Migrations::beginExclusive(m_database, db, error))
        return false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT holder, token, heartbeat_ms, host, pid FROM experiment_run_locks WHERE run_id = ?"));
    q.addBindValue(runId);
    if (!exec(q, error)) {
        Migrations::rollback(m_database, db);
        return false;
    }
    // A holder on this machine whose process is gone (killed, crashed) gives the run up at once.
    if (q.next() && q.value(1).toString() != m_lockToken && now - q.value(2).toLongLong() < RunLockStaleMs
        && !(q.value(3).toString() == QSysInfo::machineHostName() && !processAlive(q.value(4).toLongLong()))) {
        if (error)
            *error = tr("Run %1 is being run by %2 (last seen %3 s ago). Wait for it to finish or stop it; a "
                        "lock that is not renewed for %4 s is taken over.")
                         .arg(runId, q.value(0).toString())
                         .arg((now - q.value(2).toLongLong()) / 1000)
                         .arg(RunLockStaleMs / 1000);
        Migrations::rollback(m_database, db);
        return false;
    }
    q.finish();
    QSqlQuery w(db);
    w.prepare(QStringLiteral("DELETE FROM experiment_run_locks WHERE run_id = ?"));
    w.addBindValue(runId);
    bool ok = exec(w, error);
    if (ok) {
        w.prepare(QStringLiteral("INSERT INTO experiment_run_locks (run_id, holder, token, heartbeat_ms, host, pid) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
        w.addBindValue(runId);
        w.addBindValue(lockHolder());
        w.addBindValue(m_lockToken);
        w.addBindValue(now);
        w.addBindValue(QSysInfo::machineHostName());
        w.addBindValue(QCoreApplication::applicationPid());
        ok = exec(w, error);
    }
    if (!ok) {
        Migrations::rollback(m_database, db);
        return false;
    }
    return Migrations::commit(m_database, db, error);
}

void SqlCellStore::refreshRunLock(const QString &runId)
{
    const QString token = m_lockToken;
    enqueue(QStringLiteral("lock"), {runId, std::nullopt, tr("the run lock")}, [runId, token](QSqlDatabase &db, QString *error) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE experiment_run_locks SET heartbeat_ms = ? WHERE run_id = ? AND token = ?"));
        q.addBindValue(QDateTime::currentMSecsSinceEpoch());
        q.addBindValue(runId);
        q.addBindValue(token);
        return exec(q, error);
    });
}

void SqlCellStore::unlockRun(const QString &runId)
{
    flush(); // the run's last writes land before another process may take it
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM experiment_run_locks WHERE run_id = ? AND token = ?"));
    q.addBindValue(runId);
    q.addBindValue(m_lockToken);
    q.exec();
}

QString SqlCellStore::lockHolder()
{
    const QString app = QCoreApplication::applicationName().isEmpty() ? QStringLiteral("TierBench")
                                                                      : QCoreApplication::applicationName();
    return tr("%1 (pid %2 on %3)").arg(app).arg(QCoreApplication::applicationPid()).arg(QSysInfo::machineHostName());
}

bool SqlCellStore::createRun(const RunInfo &run, QString *error)
{
    QSqlQuery q(m_database.connection(error));
    q.prepare(QStringLiteral("INSERT INTO experiment_runs (run_id, name, fingerprint, experiment, "
                             "status, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(run.runId);
    q.addBindValue(run.name);
    q.addBindValue(run.fingerprint);
    q.addBindValue(compactJson(run.experiment));
    q.addBindValue(run.status);
    q.addBindValue((run.createdAt.isValid() ? run.createdAt : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch());
    return exec(q, error);
}

std::optional<RunInfo> SqlCellStore::findRun(const QString &runId)
{
    flush();
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT run_id, name, fingerprint, experiment, status, created_at "
                             "FROM experiment_runs WHERE run_id = ?"));
    q.addBindValue(runId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return runFromQuery(q);
}

bool SqlCellStore::setRunStatus(const QString &runId, const QString &status, QString *)
{
    enqueue(QStringLiteral("status"), {runId, std::nullopt, tr("the status \"%1\"").arg(status)},
                      [runId, status](QSqlDatabase &db, QString *error) {
                          QSqlQuery q(db);
                          q.prepare(QStringLiteral("UPDATE experiment_runs SET status = ? WHERE run_id = ?"));
                          q.addBindValue(status);
                          q.addBindValue(runId);
                          return exec(q, error);
                      });
    return true;
}

QList<RunInfo> SqlCellStore::listRuns()
{
    flush();
    QList<RunInfo> runs;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QStringLiteral("SELECT run_id, name, fingerprint, experiment, status, created_at "
                               "FROM experiment_runs ORDER BY created_at DESC")))
        return runs;
    while (q.next())
        runs.append(runFromQuery(q));
    return runs;
}

bool SqlCellStore::mirrorCall(QSqlDatabase &db, const CellResult &cell, QString *error)
{
    if (cell.outcome.provider.isEmpty() || cell.outcome.model.isEmpty())
        return true; // no call was made (e.g. routing failed): nothing for `runs`
    RunRecord rec;
    rec.source = QStringLiteral("ab");
    rec.experimentId = cell.runId;
    rec.runId = cell.runId;
    rec.provider = cell.outcome.provider;
    rec.model = cell.outcome.model;
    rec.tier = cell.tier;
    rec.inputTokens = cell.outcome.inputTokens;
    rec.outputTokens = cell.outcome.outputTokens;
    rec.ttftMs = cell.outcome.ttftMs;
    rec.firstTokenMs = cell.outcome.ttftMs;
    rec.totalMs = cell.outcome.totalMs;
    rec.lastTokenMs = cell.outcome.totalMs;
    rec.cost = cell.outcome.cost;
    rec.errorClass = cell.outcome.errorClass;
    rec.errorMessage = cell.outcome.errorMessage;
    rec.finishReason = cell.outcome.finishReason;
    rec.prompt = cell.prompt;
    rec.text = cell.outcome.text;
    RunStore::prepare(rec);
    if (!RunStore::insertRun(db, rec, error))
        return false;
    if (cell.decision.isEmpty())
        return true;
    RoutingDecisionRecord d;
    d.callId = rec.id;
    const QJsonValue score = cell.decision.value(QStringLiteral("score"));
    if (score.isDouble())
        d.score = score.toDouble();
    d.factorsJson = compactJson(cell.decision.value(QStringLiteral("factors")).toObject());
    d.complexityClass = cell.decision.value(QStringLiteral("class")).toString();
    d.tier = cell.decision.value(QStringLiteral("tier")).toString();
    d.provider = cell.decision.value(QStringLiteral("provider")).toString();
    d.model = cell.decision.value(QStringLiteral("model")).toString();
    d.reason = cell.decision.value(QStringLiteral("reason")).toString();
    RunStore::prepare(d);
    return RunStore::insertRoutingDecision(db, d, error);
}

bool SqlCellStore::saveCell(const CellResult &cell, QString *)
{
    // Queued: a failure arrives later through the error and failure handlers.
    enqueue(QStringLiteral("cell"),
            {cell.runId, cell.key, QStringLiteral("%1/%2#%3").arg(cell.caseId, cell.targetId).arg(cell.key.repeat + 1)},
            [cell](QSqlDatabase &db, QString *error) { return writeCell(db, cell, error); });
    return true;
}

bool SqlCellStore::writeCell(QSqlDatabase &db, const CellResult &cell, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO experiment_cells (run_id, case_index, target_index, repeat_index, state, "
        "error_class, total_ms, cost, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (run_id, case_index, target_index, repeat_index) DO UPDATE SET "
        "state = excluded.state, error_class = excluded.error_class, total_ms = excluded.total_ms, "
        "cost = excluded.cost, data = excluded.data"));
    q.addBindValue(cell.runId);
    q.addBindValue(cell.key.caseIndex);
    q.addBindValue(cell.key.targetIndex);
    q.addBindValue(cell.key.repeat);
    q.addBindValue(cellStateName(cell.state));
    q.addBindValue(cell.outcome.errorClass);
    q.addBindValue(cell.outcome.totalMs);
    q.addBindValue(cell.outcome.cost ? cell.outcome.cost->toString() : QString());
    q.addBindValue(compactJson(CellCodec::toJson(cell)));
    return exec(q, error) && mirrorCall(db, cell, error);
}

QList<CellResult> SqlCellStore::loadCells(const QString &runId)
{
    flush();
    QList<CellResult> cells;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT data FROM experiment_cells WHERE run_id = ? "
                             "ORDER BY case_index, repeat_index, target_index"));
    q.addBindValue(runId);
    if (!q.exec())
        return cells;
    while (q.next()) {
        const auto cell = CellCodec::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
        if (cell)
            cells.append(*cell);
    }
    return cells;
}

bool SqlCellStore::saveVote(const StoredVote &vote, QString *)
{
    enqueue(QStringLiteral("vote"), {vote.runId, std::nullopt, tr("a vote")},
                      [vote](QSqlDatabase &db, QString *error) {
                          QSqlQuery q(db);
                          q.prepare(QStringLiteral("INSERT INTO experiment_votes (run_id, case_id, repeat_index, "
                                                   "target_a, target_b, tier_a, tier_b, preference, created_at) "
                                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
                          q.addBindValue(vote.runId);
                          q.addBindValue(vote.caseId);
                          q.addBindValue(vote.repeat);
                          q.addBindValue(vote.targetA);
                          q.addBindValue(vote.targetB);
                          q.addBindValue(vote.tierA);
                          q.addBindValue(vote.tierB);
                          q.addBindValue(preferenceName(vote.preference));
                          q.addBindValue((vote.createdAt.isValid() ? vote.createdAt
                                                                   : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch());
                          return exec(q, error);
                      });
    return true;
}

QList<StoredVote> SqlCellStore::loadVotes(const QString &runId)
{
    flush();
    QList<StoredVote> votes;
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT run_id, case_id, repeat_index, target_a, target_b, tier_a, tier_b, "
                             "preference, created_at FROM experiment_votes")
              + (runId.isEmpty() ? QString() : QStringLiteral(" WHERE run_id = ?"))
              + QStringLiteral(" ORDER BY created_at"));
    if (!runId.isEmpty())
        q.addBindValue(runId);
    if (!q.exec())
        return votes;
    while (q.next()) {
        const auto preference = preferenceFromName(q.value(7).toString());
        if (!preference)
            continue;
        votes.append(StoredVote{q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                q.value(6).toString(), *preference,
                                QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC)});
    }
    return votes;
}
