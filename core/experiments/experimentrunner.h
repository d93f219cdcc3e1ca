#pragma once

#include "adaptivelimit.h"
#include "cellexecutor.h"
#include "cellstore.h"
#include "experiment.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QTimer>

/// Concurrency bounds of a run. An endpoint (provider + base URL) gets `localPerEndpoint`
/// when it is local (Ollama, loopback), else `cloudPerEndpoint`, unless `perEndpoint`
/// names it; no endpoint exceeds `total`.
struct ConcurrencyPolicy
{
    int total = 8;
    int cloudPerEndpoint = 8;
    int localPerEndpoint = 1;
    QHash<QString, int> perEndpoint; ///< by Target::endpointKey()
    int growAfter = 4;               ///< successes in a row before an endpoint's limit grows by one
    int maxRateLimitRetries = 50;    ///< after that many 429s a cell fails as rate_limited
};

/// Where a run stands, for progress bars and `tierctl compare`'s progress line.
struct RunProgress
{
    int total = 0;
    int done = 0; ///< cells with a final result (succeeded or failed)
    int succeeded = 0;
    int failed = 0;
    int running = 0;
    int rateLimited = 0; ///< waiting after a 429 right now; not failures
    int assertionFailures = 0; ///< succeeded cells with at least one failed assertion
    qint64 elapsedMs = 0;
    std::optional<qint64> etaMs;
    Decimal costSoFar;
};

enum class RunStatus { Idle, Running, Paused, Completed, Cancelled };
QString runStatusName(RunStatus status);

/// Runs an experiment's cells through a CellExecutor with bounded, adaptive concurrency,
/// storing every cell in a CellStore the moment it completes.
///
/// Pause stops starting cells (the ones in flight finish); cancel aborts every call in
/// flight. resume() continues a stored run, never re-running a completed cell. All signals
/// are emitted on the runner's thread; the UI wraps this in its own models.
class ExperimentRunner final : public QObject
{
    Q_OBJECT
public:
    ExperimentRunner(CellExecutor *executor, CellStore *store, QObject *parent = nullptr);
    ~ExperimentRunner() override;
    Q_DISABLE_COPY_MOVE(ExperimentRunner)

    void setRouter(TargetRouter *router) { m_router = router; }
    void setPolicy(const ConcurrencyPolicy &policy) { m_policy = policy; }
    const ConcurrencyPolicy &policy() const { return m_policy; }

    /// Starts a new run under `runId`. Returns false (with `error`) when the experiment is
    /// invalid (e.g. a missing template variable) or the store refuses.
    bool start(const Experiment &experiment, const QString &runId, QString *error = nullptr);
    /// Continues stored run `runId`, whose definition must match `experiment`. Succeeded
    /// cells are kept; failed cells are kept too unless `retryFailed`.
    bool resume(const Experiment &experiment, const QString &runId, bool retryFailed,
                QString *error = nullptr);
    /// Runs the failed cells of a finished (completed or cancelled) run again.
    bool retryFailed(QString *error = nullptr);

    void pause();
    void unpause();
    void cancel();

    RunStatus status() const { return m_status; }
    const QString &runId() const { return m_runId; }
    const Experiment &experiment() const { return m_experiment; }
    RunProgress progress() const;
    /// Every cell in cell order, with its current state.
    QList<CellResult> cells() const { return m_cells.values(); }
    CellResult cell(const CellKey &key) const { return m_cells.value(key); }
    /// Current limit of an endpoint (for display and tests); 0 when unknown.
    int endpointLimit(const QString &endpointKey) const;
    int inFlight() const { return int(m_flights.size()); }
    /// Store writes of this runner that failed (cells, statuses); a caller that must not lose
    /// results flushes the store and checks this.
    int storeFailures() const { return m_storeFailures; }
    /// How often a held run lock is renewed (CellStore::refreshRunLock).
    static constexpr int RunLockRenewMs = 30000;

signals:
    void cellStarted(const CellKey &key, const QString &provider, const QString &model);
    void cellDelta(const CellKey &key, const QString &delta);
    void cellStateChanged(const CellKey &key, CellState state);
    void cellFinished(const CellResult &cell);
    void progressChanged(const RunProgress &progress);
    void statusChanged(RunStatus status);
    /// Emitted once per start()/resume()/retryFailed() when nothing is left in flight.
    void finished(RunStatus status);
    void storeError(const QString &message);
    /// A finished cell's write to the store failed; cell(key).storeFailed is now true.
    void cellStoreFailed(const CellKey &key);

private:
    struct Flight
    {
        CellKey key;
        QString endpointKey;
        qint64 sentAtMs = 0;
    };

    bool begin(const Experiment &experiment, const QString &runId, QString *error);
    void setStatus(RunStatus status);
    void dispatch();
    bool resolveTarget(const CellKey &key, Target *target);
    AdaptiveLimit &limitFor(const Target &target);
    void startCell(const CellKey &key, const Target &target);
    void onJobFinished(CellJob *job, const CellOutcome &outcome);
    void finalizeCell(CellResult &cell, const CellOutcome &outcome);
    void checkFinished();
    void scheduleWake(qint64 atMs);

    CellExecutor *m_executor;
    CellStore *m_store;
    TargetRouter *m_router = nullptr;
    ConcurrencyPolicy m_policy;
    Experiment m_experiment;
    QString m_runId;
    RunStatus m_status = RunStatus::Idle;
    QMap<CellKey, CellResult> m_cells;
    QList<CellKey> m_queue;
    QHash<CellKey, TargetRouter::Route> m_routes;
    QHash<QString, AdaptiveLimit> m_limits;
    QHash<CellJob *, Flight> m_flights;
    QElapsedTimer m_clock;
    QTimer m_wakeTimer;
    int m_doneThisSession = 0;
    int m_toDoThisSession = 0;
    qint64 m_sessionStartMs = 0;
    bool m_finishEmitted = false;
    int m_storeFailures = 0;
    QString m_lockedRun; ///< the run this runner holds the store's lock on
    QTimer m_lockTimer;  ///< renews the lock while held

    void beginSession();
    /// Takes the store's lock on `runId` (releasing another one held); false names the holder.
    bool acquireLock(const QString &runId, QString *error);
    void releaseLock();
};

Q_DECLARE_METATYPE(RunProgress)
