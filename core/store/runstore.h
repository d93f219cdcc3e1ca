#pragma once

#include "database.h"
#include "runrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

/// Reads and writes model calls (`runs`) and routing decisions. The API the experiments,
/// routing and CLI code use.
///
/// Every method works on the calling thread's connection of the Database, so a RunStore
/// may be used from any thread (one RunStore per thread is cheapest). Synchronous inserts
/// are single statements; for many rows, or from a GUI thread, use StoreWriter, which
/// batches on its own thread and reports `saved(id)` after commit.
///
/// All methods report failure by return value plus `error` text; none throws.
class RunStore
{
    Q_DECLARE_TR_FUNCTIONS(RunStore)

public:
    explicit RunStore(Database database);

    const Database &database() const { return m_database; }

    /// Inserts one call and commits it. Fills in `run.id` and `run.createdAt` when empty.
    bool insertRun(RunRecord &run, QString *error = nullptr);
    /// Inserts one routing decision. Fills in `decision.id` and `createdAt` when empty.
    bool insertRoutingDecision(RoutingDecisionRecord &decision, QString *error = nullptr);

    /// All calls of an experiment, oldest first.
    QList<RunRecord> runsForExperiment(const QString &experimentId, QString *error = nullptr);
    /// All calls of one A/B run or batch, oldest first.
    QList<RunRecord> runsForRun(const QString &runId, QString *error = nullptr);
    /// One call, or nullopt when there is none with that id.
    std::optional<RunRecord> run(const QString &id, QString *error = nullptr);

    // Dashboard numbers: DashboardQueries (dashboard.h), which reads the rollups.

    // Helpers shared with StoreWriter.
    static void prepare(RunRecord &run);
    /// Inserts one prepared call and adds it to `call_rollups`, inside the caller's
    /// transaction. A call whose id is already stored is refused and counted nowhere.
    static bool insertRun(QSqlDatabase &db, const RunRecord &run, QString *error);
    /// Inserts many prepared calls in multi-row statements, skipping ids already stored
    /// (or repeated in `runs`), and adds the inserted ones to the rollups, inside the
    /// caller's transaction. `inserted` (when given) flags each run that was new. On false
    /// the caller must roll back.
    static bool insertRuns(QSqlDatabase &db, const QList<RunRecord> &runs, QList<bool> *inserted, QString *error);
    /// Up to `limit` calls with an id after `afterId`, in id order (keyset paging for copies).
    static QList<RunRecord> runsAfter(QSqlDatabase &db, const QString &afterId, int limit, QString *error);
    static void prepare(RoutingDecisionRecord &decision);
    static bool insertRoutingDecision(QSqlDatabase &db, const RoutingDecisionRecord &decision, QString *error);

private:
    QList<RunRecord> selectRuns(const QString &where, const QString &value, QString *error);
    static QList<RunRecord> queryRuns(QSqlDatabase &db, const QString &tail, const QVariantList &binds, QString *error);

    Database m_database;
};
