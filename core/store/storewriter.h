#pragma once

#include "database.h"
#include "runrecord.h"

#include <QObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QThread>

#include <functional>

class StoreWriterWorker;

/// The single writer of the store: a worker on its own QThread (owned here) takes queued
/// writes and commits them in batched transactions. `saved(id)` is emitted only after the
/// transaction holding that write has committed, so a saved row survives a crash.
///
/// A batch is whatever has queued up when the worker gets to it (at most maxBatchSize
/// writes): under load the writes share one fsync, when idle a write commits at once.
/// When a batch fails it is rolled back and its writes are retried one by one, so one bad
/// row costs only itself (reported by `failed(id, error)`).
///
/// Create it on a thread with an event loop (signals are delivered there).
class StoreWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWriter)

public:
    /// One write; runs inside the batch's transaction on the writer's connection.
    using Operation = std::function<bool(QSqlDatabase &db, QString *error)>;

    explicit StoreWriter(Database database, QObject *parent = nullptr);
    /// Commits what is queued, then stops the thread.
    ~StoreWriter() override;

    /// Queues a call; returns its id (generated when the record has none).
    QString enqueueRun(RunRecord run);
    /// Queues a routing decision; returns its id.
    QString enqueueRoutingDecision(RoutingDecisionRecord decision);
    /// Queues any write under `id` (used for budget usage and other tables).
    void enqueue(const QString &id, Operation operation);

    void setMaxBatchSize(int size);
    /// Blocks until everything queued before this call has been committed or failed.
    /// The saved()/failed() signals for those writes are then queued to this object.
    void waitForIdle();

signals:
    void saved(const QString &id);
    void failed(const QString &id, const QString &error);
    /// After each commit, with the ids it made durable.
    void batchCommitted(const QStringList &ids);

private:
    void onCommitted(const QStringList &ids);

    QThread m_thread;
    StoreWriterWorker *m_worker = nullptr;
};
