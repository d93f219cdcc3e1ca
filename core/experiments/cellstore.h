#pragma once

#include "cell.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// A stored experiment run: its definition (so it can be resumed) and its status.
struct RunInfo
{
    QString runId;
    QString name;
    QString fingerprint;    ///< Experiment::fingerprint()
    QJsonObject experiment; ///< Experiment::toJson()
    QString status;         ///< running | paused | cancelled | completed
    QDateTime createdAt;
};

/// Where a runner keeps its cells. saveCell() upserts by (run, case, target, repeat); an
/// implementation may queue the write (see SqlCellStore) as long as writes keep their order
/// and flush() waits for them. Reads see every earlier write.
/// Errors are values: a failed call returns false and fills `error`.
class CellStore
{
public:
    virtual ~CellStore() = default;
    virtual bool createRun(const RunInfo &run, QString *error) = 0;
    virtual std::optional<RunInfo> findRun(const QString &runId) = 0;
    virtual bool setRunStatus(const QString &runId, const QString &status, QString *error) = 0;
    virtual QList<RunInfo> listRuns() = 0;
    virtual bool saveCell(const CellResult &cell, QString *error) = 0;
    /// Every stored cell of a run, in cell order.
    virtual QList<CellResult> loadCells(const QString &runId) = 0;
    /// Waits until every queued write is durable (no-op for synchronous stores).
    virtual void flush() {}
};

/// A CellStore in memory, for tests and throwaway runs.
class MemoryCellStore final : public CellStore
{
public:
    bool createRun(const RunInfo &run, QString *error) override;
    std::optional<RunInfo> findRun(const QString &runId) override;
    bool setRunStatus(const QString &runId, const QString &status, QString *error) override;
    QList<RunInfo> listRuns() override;
    bool saveCell(const CellResult &cell, QString *error) override;
    QList<CellResult> loadCells(const QString &runId) override;

    int saveCount() const { return m_saves; }

private:
    QList<RunInfo> m_runs;
    QHash<QString, QMap<CellKey, CellResult>> m_cells;
    int m_saves = 0;
};
