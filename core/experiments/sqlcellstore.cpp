#include "sqlcellstore.h"

#include "cellcodec.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

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

} // namespace

SqlCellStore::SqlCellStore() = default;

SqlCellStore::~SqlCellStore()
{
    if (m_connection.isEmpty())
        return;
    QSqlDatabase::database(m_connection, false).close();
    QSqlDatabase::removeDatabase(m_connection);
}

bool SqlCellStore::open(const QString &path, QString *error)
{
    const QString name = QStringLiteral("experiments-%1-%2")
                             .arg(quintptr(this), 0, 16)
                             .arg(quintptr(QThread::currentThreadId()), 0, 16);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            if (error)
                *error = tr("Cannot open the run database %1: %2").arg(path, db.lastError().text());
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return false;
        }
    }
    m_connection = name;
    return migrate(error);
}

bool SqlCellStore::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!execText(db, QStringLiteral("PRAGMA journal_mode=WAL"), error)
        || !execText(db, QStringLiteral("PRAGMA synchronous=NORMAL"), error)
        || !execText(db, QStringLiteral("PRAGMA busy_timeout=5000"), error))
        return false;
    if (!execText(db, QStringLiteral("CREATE TABLE IF NOT EXISTS experiment_schema (version INTEGER NOT NULL)"), error))
        return false;
    QSqlQuery v(db);
    v.exec(QStringLiteral("SELECT version FROM experiment_schema"));
    const int version = v.next() ? v.value(0).toInt() : 0;
    v.finish();
    if (version > SchemaVersion) {
        if (error)
            *error = tr("The run database was written by a newer TierBench (schema %1).").arg(version);
        return false;
    }
    if (version == SchemaVersion)
        return true;
    db.transaction();
    const bool ok =
        execText(db, QStringLiteral("CREATE TABLE experiment_runs (run_id TEXT PRIMARY KEY, name TEXT, "
                                    "fingerprint TEXT NOT NULL, experiment TEXT NOT NULL, "
                                    "status TEXT NOT NULL, created_at INTEGER NOT NULL)"), error)
        && execText(db, QStringLiteral("CREATE TABLE experiment_cells (run_id TEXT NOT NULL "
                                       "REFERENCES experiment_runs(run_id), case_index INTEGER NOT NULL, "
                                       "target_index INTEGER NOT NULL, repeat INTEGER NOT NULL, "
                                       "state TEXT NOT NULL, error_class TEXT, total_ms INTEGER, "
                                       "cost TEXT, data TEXT NOT NULL, "
                                       "PRIMARY KEY (run_id, case_index, target_index, repeat))"), error)
        && execText(db, QStringLiteral("INSERT INTO experiment_schema (version) VALUES (1)"), error);
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool SqlCellStore::createRun(const RunInfo &run, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT INTO experiment_runs VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(run.runId);
    q.addBindValue(run.name);
    q.addBindValue(run.fingerprint);
    q.addBindValue(QString::fromUtf8(QJsonDocument(run.experiment).toJson(QJsonDocument::Compact)));
    q.addBindValue(run.status);
    q.addBindValue((run.createdAt.isValid() ? run.createdAt : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch());
    return exec(q, error);
}

std::optional<RunInfo> SqlCellStore::findRun(const QString &runId)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT run_id, name, fingerprint, experiment, status, created_at "
                             "FROM experiment_runs WHERE run_id = ?"));
    q.addBindValue(runId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return runFromQuery(q);
}

bool SqlCellStore::setRunStatus(const QString &runId, const QString &status, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE experiment_runs SET status = ? WHERE run_id = ?"));
    q.addBindValue(status);
    q.addBindValue(runId);
    return exec(q, error);
}

QList<RunInfo> SqlCellStore::listRuns()
{
    QList<RunInfo> runs;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(QStringLiteral("SELECT run_id, name, fingerprint, experiment, status, created_at "
                               "FROM experiment_runs ORDER BY created_at DESC")))
        return runs;
    while (q.next())
        runs.append(runFromQuery(q));
    return runs;
}

bool SqlCellStore::saveCell(const CellResult &cell, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO experiment_cells VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(cell.runId);
    q.addBindValue(cell.key.caseIndex);
    q.addBindValue(cell.key.targetIndex);
    q.addBindValue(cell.key.repeat);
    q.addBindValue(cellStateName(cell.state));
    q.addBindValue(cell.outcome.errorClass);
    q.addBindValue(cell.outcome.totalMs);
    q.addBindValue(cell.outcome.cost ? cell.outcome.cost->toString() : QString());
    q.addBindValue(QString::fromUtf8(QJsonDocument(CellCodec::toJson(cell)).toJson(QJsonDocument::Compact)));
    return exec(q, error);
}

QList<CellResult> SqlCellStore::loadCells(const QString &runId)
{
    QList<CellResult> cells;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT data FROM experiment_cells WHERE run_id = ? "
                             "ORDER BY case_index, repeat, target_index"));
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
