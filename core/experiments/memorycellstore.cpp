#include "cellstore.h"

#include <QCoreApplication>

bool MemoryCellStore::createRun(const RunInfo &run, QString *error)
{
    if (findRun(run.runId)) {
        if (error)
            *error = QCoreApplication::translate("CellStore", "Run %1 already exists.").arg(run.runId);
        return false;
    }
    m_runs.append(run);
    return true;
}

std::optional<RunInfo> MemoryCellStore::findRun(const QString &runId)
{
    for (const RunInfo &r : std::as_const(m_runs))
        if (r.runId == runId)
            return r;
    return std::nullopt;
}

bool MemoryCellStore::setRunStatus(const QString &runId, const QString &status, QString *error)
{
    for (RunInfo &r : m_runs) {
        if (r.runId == runId) {
            r.status = status;
            return true;
        }
    }
    if (error)
        *error = QCoreApplication::translate("CellStore", "No run %1.").arg(runId);
    return false;
}

QList<RunInfo> MemoryCellStore::listRuns()
{
    return m_runs;
}

bool MemoryCellStore::lockRun(const QString &runId, QString *error)
{
    if (m_locked.contains(runId)) {
        if (error)
            *error = QCoreApplication::translate("MemoryCellStore", "Run %1 is already being run here.").arg(runId);
        return false;
    }
    m_locked.insert(runId);
    return true;
}

bool MemoryCellStore::saveCell(const CellResult &cell, QString *)
{
    m_cells[cell.runId].insert(cell.key, cell);
    ++m_saves;
    return true;
}

QList<CellResult> MemoryCellStore::loadCells(const QString &runId)
{
    return m_cells.value(runId).values();
}

bool MemoryCellStore::saveVote(const StoredVote &vote, QString *)
{
    m_votes.append(vote);
    return true;
}

QList<StoredVote> MemoryCellStore::loadVotes(const QString &runId)
{
    QList<StoredVote> out;
    for (const StoredVote &v : std::as_const(m_votes))
        if (runId.isEmpty() || v.runId == runId)
            out.append(v);
    return out;
}
