#pragma once

#include "cellstore.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QString>

/// The CellStore of the workspace database (core/store's Database: SQLite or PostgreSQL).
///
/// Each saveCell() is one committed transaction that upserts the cell into
/// `experiment_cells` (what resume reads) and inserts the call into the store's `runs`
/// table (source "ab", with experimentId and runId; what the dashboards read), plus a
/// `routing_decisions` row for the router target. A saved cell survives kill -9.
///
/// Tables `experiment_runs` and `experiment_cells` are this module's own (schema version in
/// `experiment_schema`). Use one SqlCellStore per thread: it works on the calling thread's
/// connection of the Database.
class SqlCellStore final : public CellStore
{
    Q_DECLARE_TR_FUNCTIONS(SqlCellStore)
public:
    SqlCellStore() = default;

    /// Opens and migrates the database (the store's schema, then this module's tables).
    bool open(const Database &database, QString *error);
    bool isOpen() const { return m_open; }
    const Database &database() const { return m_database; }

    bool createRun(const RunInfo &run, QString *error) override;
    std::optional<RunInfo> findRun(const QString &runId) override;
    bool setRunStatus(const QString &runId, const QString &status, QString *error) override;
    QList<RunInfo> listRuns() override;
    bool saveCell(const CellResult &cell, QString *error) override;
    QList<CellResult> loadCells(const QString &runId) override;

    static constexpr int SchemaVersion = 1;

private:
    bool migrate(QString *error);
    bool mirrorCall(QSqlDatabase &db, const CellResult &cell, QString *error);

    Database m_database;
    bool m_open = false;
};
