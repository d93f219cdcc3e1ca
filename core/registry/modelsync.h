#pragma once

#include "modellistparser.h"
#include "modelregistry.h"
#include "store/database.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QNetworkRequest>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
struct TierConfig;

/// Where one provider's list-models API lives.
struct ProviderEndpoint
{
    QString provider;  ///< registry name: "openai", "anthropic", ...
    ModelListFormat kind = ModelListFormat::OpenAi;
    /// API root. OpenAI and OpenRouter include the version ("https://api.openai.com/v1",
    /// "https://openrouter.ai/api/v1"), as OPENAI_BASE_URL does; Anthropic, Ollama and Gemini
    /// do not ("https://api.anthropic.com", "http://localhost:11434",
    /// "https://generativelanguage.googleapis.com").
    QUrl baseUrl;

    /// The public endpoint of `kind`, honouring OPENAI_BASE_URL, ANTHROPIC_BASE_URL,
    /// OLLAMA_HOST, OPENROUTER_BASE_URL and GEMINI_BASE_URL.
    static ProviderEndpoint defaultFor(ModelListFormat kind);
};

/// Returns the API key for a provider, or an empty string (Ollama needs none). Keys are held
/// only in memory for the request headers: never logged, stored or put into an error.
using ApiKeyLookup = std::function<QString(const QString &provider)>;

/// The sync job: asks each configured provider for its models (following after_id,
/// pageToken and links.next paging), then applies each complete list to the registry.
///
/// A provider that fails (network, HTTP status, malformed page) leaves its rows untouched and
/// reports the error in its SyncOutcome; the others still sync. All I/O is asynchronous on
/// the thread of the QNetworkAccessManager. Runs on demand (syncNow) and on a schedule.
class ModelSync final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelSync)

public:
    ModelSync(Database database, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~ModelSync() override;

    void setEndpoints(const QList<ProviderEndpoint> &endpoints) { m_endpoints = endpoints; }
    const QList<ProviderEndpoint> &endpoints() const { return m_endpoints; }
    void setApiKeyLookup(ApiKeyLookup lookup) { m_keys = std::move(lookup); }
    /// The tier configs whose models raise alerts when they disappear or get deprecated.
    void setTierConfigs(const QList<TierConfig> &configs);
    void setRequestTimeout(int ms) { m_timeoutMs = ms; }
    /// Sync every `intervalMs` (0 stops the schedule).
    void setSchedule(int intervalMs);
    int scheduleInterval() const { return m_timer.isActive() ? m_timer.interval() : 0; }
    bool isRunning() const { return !m_jobs.isEmpty(); }

    /// "Check now": syncs the named providers (all endpoints when empty). Ignored while a
    /// sync runs (returns false).
    bool syncNow(const QStringList &providers = {});
    /// Stops the providers still in flight: each finishes with a "cancelled" error and keeps
    /// its rows; finished() follows.
    void cancel();

    /// The first-page list-models request of `endpoint` (`cursor` for the next pages).
    static QNetworkRequest listRequest(const ProviderEndpoint &endpoint, const QString &key,
                                       const QString &cursor, int timeoutMs);

signals:
    void started(const QStringList &providers);
    void providerFinished(const SyncOutcome &outcome);
    void alert(const ModelAlert &alert);
    void finished(const QList<SyncOutcome> &outcomes);

private:
    struct Job;
    void request(const std::shared_ptr<Job> &job);
    void onReply(const std::shared_ptr<Job> &job, QNetworkReply *reply);
    void finishJob(const std::shared_ptr<Job> &job, const QString &error);

    Database m_database;
    QNetworkAccessManager *m_network;
    QList<ProviderEndpoint> m_endpoints;
    ApiKeyLookup m_keys;
    QHash<QString, QStringList> m_usage;
    int m_timeoutMs = 30000;
    QTimer m_timer;
    QList<std::shared_ptr<Job>> m_jobs;
    QList<SyncOutcome> m_outcomes;
};
