#pragma once

#include "cell.h"
#include "ratings.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
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

/// One blind pairwise vote as stored: which cells were compared (A and B as shown) and the
/// verdict. Tiers are kept so that ratings can be computed per target and per tier.
struct StoredVote
{
    QString runId;
    QString caseId;
    int repeat = 0;
    QString targetA;
    QString targetB;
    QString tierA;
    QString tierB;
    Preference preference = Preference::Tie;
    QDateTime createdAt;

    PairwiseVote byTarget() const { return {targetA, targetB, preference}; }
    PairwiseVote byTier() const
    {
        return {tierA.isEmpty() ? targetA : tierA, tierB.isEmpty() ? targetB : tierB, preference};
    }
};

/// A write that failed after the call that queued it had returned (a queued store).
struct StoreWriteFailure
{
    QString runId;
    std::optional<CellKey> cell; ///< set for a cell write
    QString message;
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
    /// Calls `done` (on the calling thread, unless `context` is gone by then) once every write
    /// queued so far has committed or failed, without blocking. Synchronous stores call it at once.
    virtual void whenFlushed(QObject *context, std::function<void()> done) { (void)context; done(); }
    virtual bool saveVote(const StoredVote &vote, QString *error) = 0;
    /// The votes of one run, or of every run when `runId` is empty, oldest first.
    virtual QList<StoredVote> loadVotes(const QString &runId) = 0;
    /// Where a queued store reports writes that failed later; an empty function stops it.
    /// Synchronous stores report failures through the return values instead.
    virtual void setWriteFailureHandler(std::function<void(const StoreWriteFailure &)> handler) { (void)handler; }

    /// Takes the run for this store, so that two processes never run (or resume) the same
    /// run at once. False, with `error` naming the holder, when another one holds it.
    virtual bool lockRun(const QString &runId, QString *error) { (void)runId; (void)error; return true; }
    /// Renews a held lock (a lock not renewed for a while counts as abandoned).
    virtual void refreshRunLock(const QString &runId) { (void)runId; }
    virtual void unlockRun(const QString &runId) { (void)runId; }
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
    bool saveVote(const StoredVote &vote, QString *error) override;
    QList<StoredVote> loadVotes(const QString &runId) override;

    int saveCount() const { return m_saves; }
    bool lockRun(const QString &runId, QString *error) override;
    void unlockRun(const QString &runId) override { m_locked.remove(runId); }

private:
    QSet<QString> m_locked;
    QList<RunInfo> m_runs;
    QList<StoredVote> m_votes;
    QHash<QString, QMap<CellKey, CellResult>> m_cells;
    int m_saves = 0;
};
