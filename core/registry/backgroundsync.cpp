#include "backgroundsync.h"

#include "config/tierconfig.h"

#include <QNetworkAccessManager>

BackgroundModelSync::BackgroundModelSync(Database database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    m_thread.setObjectName(QStringLiteral("model sync"));
    m_network = new QNetworkAccessManager;
    m_sync = new ModelSync(m_database, m_network);
    m_network->moveToThread(&m_thread);
    m_sync->moveToThread(&m_thread);
    connect(m_sync, &ModelSync::providerFinished, this, [this](const SyncOutcome &outcome) {
        ++m_done;
        emit progress(m_done, m_total, outcome);
    });
    connect(m_sync, &ModelSync::alert, this, &BackgroundModelSync::alert);
    connect(m_sync, &ModelSync::finished, this, [this](const QList<SyncOutcome> &outcomes) {
        m_running = false;
        emit finished(outcomes);
    });
    m_thread.start();
}

BackgroundModelSync::~BackgroundModelSync()
{
    ModelSync *sync = m_sync;
    QNetworkAccessManager *network = m_network;
    const Database db = m_database;
    QMetaObject::invokeMethod(
        sync,
        [sync, network, db] {
            sync->disconnect();
            delete sync; // aborts what is in flight
            delete network;
            db.closeThreadConnection();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool BackgroundModelSync::start(const QList<ProviderEndpoint> &endpoints, const QHash<QString, QString> &keys,
                                const QList<TierConfig> &configs)
{
    if (m_running)
        return false;
    m_running = true;
    m_total = int(endpoints.size());
    m_done = 0;
    emit started(m_total);
    ModelSync *sync = m_sync;
    const int timeout = m_timeoutMs;
    QMetaObject::invokeMethod(sync, [sync, endpoints, keys, configs, timeout] {
        sync->setEndpoints(endpoints);
        sync->setApiKeyLookup([keys](const QString &provider) { return keys.value(provider); });
        sync->setTierConfigs(configs);
        sync->setRequestTimeout(timeout);
        sync->syncNow();
    });
    return true;
}

void BackgroundModelSync::cancel()
{
    ModelSync *sync = m_sync;
    QMetaObject::invokeMethod(sync, [sync] { sync->cancel(); });
}
