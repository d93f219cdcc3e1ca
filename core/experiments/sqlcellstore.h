#pragma once

#include "cellstore.h"

#include <QCoreApplication>
#include <QString>

/// A CellStore on a SQLite file through Qt SQL (WAL, synchronous=NORMAL; every saveCell()
/// is its own committed transaction, so a saved cell survives kill -9).
///
/// Tables `experiment_runs` and `experiment_cells`, schema version in `experiment_schema`.
/// Use from one thread: the connection is named after this object and that thread.
class SqlCellStore final : public CellStore
{
    Q_DECLARE_TR_FUNCTIONS(SqlCellStore)
public:
    SqlCellStore();
    ~SqlCellStore() override;
    Q_DISABLE_COPY_MOVE(SqlCellStore)

    /// Opens (and creates or migrates) the database file.
    bool open(const QString &path, QString *error);
    bool isOpen() const { return !m_connection.isEmpty(); }

    bool createRun(const RunInfo &run, QString *error) override;
    std::optional<RunInfo> findRun(const QString &runId) override;
    bool setRunStatus(const QString &runId, const QString &status, QString *error) override;
    QList<RunInfo> listRuns() override;
    bool saveCell(const CellResult &cell, QString *error) override;
    QList<CellResult> loadCells(const QString &runId) override;

    static constexpr int SchemaVersion = 1;

private:
    bool migrate(QString *error);
    QString m_connection;
};
