#pragma once

#include "modelsync.h"

#include <QHash>
#include <QThread>

class QNetworkAccessManager;

/// ModelSync on a worker thread with its own network manager and store connection, so that
/// the GUI thread never waits on a provider or on SQLite. Signals arrive on the thread that
/// created this object. Keys are handed over per run, held in memory only.
class BackgroundModelSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundModelSync)

public:
    explicit BackgroundModelSync(Database database, QObject *parent = nullptr);
    ~BackgroundModelSync() override;

    void setRequestTimeout(int ms) { m_timeoutMs = ms; }
    /// Syncs `endpoints`; `keys` maps a provider name to its key (none: no key is sent).
    /// Ignored (false) while a sync runs.
    bool start(const QList<ProviderEndpoint> &endpoints, const QHash<QString, QString> &keys,
               const QList<TierConfig> &configs = {});
    /// Stops the providers still in flight; they keep their rows. finished() follows.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void started(int total);
    /// After each provider: `done` of `total` have finished.
    void progress(int done, int total, const SyncOutcome &outcome);
    void alert(const ModelAlert &alert);
    void finished(const QList<SyncOutcome> &outcomes);

private:
    Database m_database;
    QThread m_thread;
    QNetworkAccessManager *m_network = nullptr; ///< lives on m_thread
    ModelSync *m_sync = nullptr;                ///< lives on m_thread
    int m_timeoutMs = 30000;
    int m_total = 0;
    int m_done = 0;
    bool m_running = false;
};
