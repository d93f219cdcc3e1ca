#pragma once

#include "cellstore.h"

#include "store/database.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class StoreWriter;

/// The CellStore of the workspace database (core/store's Database: SQLite or PostgreSQL).
///
/// Each saved cell is one write that upserts the cell into `experiment_cells` (what resume
/// reads) and inserts the call into the store's `runs` table (source "ab", with experimentId
/// and runId; what the dashboards read), plus a `routing_decisions` row for the router target.
///
/// Writes go through core/store's StoreWriter (the single batching writer on its own thread),
/// so a run never waits for an fsync on its own thread; cell writes and status changes keep
/// their order. A cell is durable once its batch commits (within milliseconds when idle);
/// one that finished but was not yet committed at a crash simply runs again on resume.
/// Reads (findRun, listRuns, loadCells) first wait for the queued writes.
///
/// Tables `experiment_runs` and `experiment_cells` are this module's own (schema version in
/// `experiment_schema`). Use one SqlCellStore per thread: it works on the calling thread's
/// connection of the Database.
class SqlCellStore final : public CellStore
{
    Q_DECLARE_TR_FUNCTIONS(SqlCellStore)
public:
    SqlCellStore();
    ~SqlCellStore() override;
    Q_DISABLE_COPY_MOVE(SqlCellStore)

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
    /// Blocks until every queued write has committed or failed.
    void flush() override;
    /// The same without blocking: `done` runs when the writer has got past every write queued so far.
    void whenFlushed(QObject *context, std::function<void()> done) override;
    bool saveVote(const StoredVote &vote, QString *error) override;
    QList<StoredVote> loadVotes(const QString &runId) override;

    /// Called (on the thread that opened the store) for each write that failed.
    void setErrorHandler(std::function<void(const QString &)> handler) { m_onError = std::move(handler); }
    void setWriteFailureHandler(std::function<void(const StoreWriteFailure &)> handler) override
    {
        m_onFailure = std::move(handler);
    }
    /// Writes that failed since open(); a caller that must not lose results checks it after flush().
    int failedWrites() const { return m_failedWrites; }

    bool lockRun(const QString &runId, QString *error) override;
    void refreshRunLock(const QString &runId) override;
    void unlockRun(const QString &runId) override;
    /// "tierctl (pid 1234 on host)": who holds a run, as another process is told.
    static QString lockHolder();
    /// A run lock not renewed for this long is taken over (its holder crashed).
    static constexpr qint64 RunLockStaleMs = 120000;

    static constexpr int SchemaVersion = 3;

private:
    bool migrate(QString *error);
    static bool writeCell(QSqlDatabase &db, const CellResult &cell, QString *error);
    static bool mirrorCall(QSqlDatabase &db, const CellResult &cell, QString *error);

    Database m_database;
    bool m_open = false;
    std::unique_ptr<StoreWriter> m_writer;
    /// Queues a write and remembers what it was for, until it commits or fails.
    void enqueue(const QString &kind, StoreWriteFailure what, std::function<bool(QSqlDatabase &, QString *)> op);
    void onWriteFailed(const QString &id, const QString &message);

    std::function<void(const QString &)> m_onError;
    std::function<void(const StoreWriteFailure &)> m_onFailure;
    QHash<QString, StoreWriteFailure> m_pending; ///< write id -> what it writes
    struct FlushWaiter { QPointer<QObject> context; std::function<void()> done; };
    QHash<QString, FlushWaiter> m_flushWaiters; ///< marker write id -> who waits for it
    void flushed(const QString &id);
    int m_failedWrites = 0;
    quint64 m_writes = 0;
    QString m_lockToken; ///< this store's identity in experiment_run_locks
};
