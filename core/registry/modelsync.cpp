#include "modelsync.h"

#include "config/tierconfig.h"
#include "providers/providerkeys.h"
#include "providers/redirectguard.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace {

constexpr int kMaxPages = 100;

QUrl joined(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString p = url.path();
    while (p.endsWith(u'/'))
        p.chop(1);
    url.setPath(p + path);
    return url;
}

/// Error text from a provider's error body, without anything that looks like the key.
QString describe(QNetworkReply *reply, const QByteArray &body, const QString &key)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QString detail = QString::fromUtf8(body.left(300)).simplified();
    if (!key.isEmpty())
        detail.replace(key, QStringLiteral("[key]"));
    if (status > 0)
        return QCoreApplication::translate("ModelSync", "HTTP %1 from %2: %3")
            .arg(status)
            .arg(reply->url().toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo), detail);
    return QCoreApplication::translate("ModelSync", "Network error from %1: %2")
        .arg(reply->url().toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo), reply->errorString());
}

} // namespace

struct ModelSync::Job
{
    ProviderEndpoint endpoint;
    QString key;
    QString cursor;
    QStringList seenCursors;
    int pages = 0;
    QList<ListedModel> models;
    QNetworkReply *reply = nullptr;
    QUrl refusedRedirect; ///< a redirect to another origin that was not followed
};

ProviderEndpoint ProviderEndpoint::defaultFor(ModelListFormat kind)
{
    ProviderEndpoint e;
    e.kind = kind;
    e.provider = ModelListParser::kindName(kind);
    // The base-URL variable and the default of each provider: ProviderKeys' table.
    if (const std::optional<ProviderInfo> info = ProviderKeys::provider(e.provider))
        e.baseUrl = info->baseUrl();
    return e;
}

ModelSync::ModelSync(Database database, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_network(network)
{
    connect(&m_timer, &QTimer::timeout, this, [this] { syncNow(); });
}

ModelSync::~ModelSync()
{
    for (const std::shared_ptr<Job> &job : std::as_const(m_jobs)) {
        if (job->reply) {
            job->reply->disconnect(this);
            job->reply->abort();
        }
    }
}

void ModelSync::setTierConfigs(const QList<TierConfig> &configs)
{
    m_usage = ModelRegistry::usage(configs);
}

void ModelSync::setSchedule(int intervalMs)
{
    if (intervalMs <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(intervalMs);
}

bool ModelSync::syncNow(const QStringList &providers)
{
    if (isRunning())
        return false;
    m_outcomes.clear();
    QStringList names;
    for (const ProviderEndpoint &endpoint : std::as_const(m_endpoints)) {
        if (!providers.isEmpty() && !providers.contains(endpoint.provider))
            continue;
        auto job = std::make_shared<Job>();
        job->endpoint = endpoint;
        job->key = m_keys ? m_keys(endpoint.provider) : QString();
        m_jobs.append(job);
        names.append(endpoint.provider);
    }
    emit started(names);
    if (m_jobs.isEmpty()) {
        emit finished({});
        return true;
    }
    const QList<std::shared_ptr<Job>> jobs = m_jobs;
    for (const std::shared_ptr<Job> &job : jobs)
        request(job);
    return true;
}

QNetworkRequest ModelSync::listRequest(const ProviderEndpoint &e, const QString &key, const QString &cursor,
                                       int timeoutMs)
{
    QUrl url;
    QUrlQuery query;
    switch (e.kind) {
    case ModelListFormat::OpenAi:
        url = joined(e.baseUrl, QStringLiteral("/models"));
        break;
    case ModelListFormat::Anthropic:
        url = joined(e.baseUrl, QStringLiteral("/v1/models"));
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1000"));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("after_id"), cursor);
        break;
    case ModelListFormat::Ollama:
        url = joined(e.baseUrl, QStringLiteral("/api/tags"));
        break;
    case ModelListFormat::OpenRouter:
        url = cursor.isEmpty() ? joined(e.baseUrl, QStringLiteral("/models")) : e.baseUrl.resolved(QUrl(cursor));
        break;
    case ModelListFormat::Gemini:
        url = joined(e.baseUrl, QStringLiteral("/v1beta/models"));
        query.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("1000"));
        if (!cursor.isEmpty())
            query.addQueryItem(QStringLiteral("pageToken"), cursor);
        break;
    }
    if (!query.isEmpty())
        url.setQuery(query);

    QNetworkRequest req(url);
    req.setTransferTimeout(timeoutMs);
    req.setRawHeader("Accept", "application/json");
    if (!key.isEmpty()) {
        switch (e.kind) {
        case ModelListFormat::Anthropic: req.setRawHeader("x-api-key", key.toUtf8()); break;
        case ModelListFormat::Gemini: req.setRawHeader("x-goog-api-key", key.toUtf8()); break;
        default: req.setRawHeader("Authorization", "Bearer " + key.toUtf8()); break;
        }
    }
    if (e.kind == ModelListFormat::Anthropic)
        req.setRawHeader("anthropic-version", "2023-06-01");
    RedirectGuard::prepare(req);
    return req;
}

void ModelSync::cancel()
{
    const QList<std::shared_ptr<Job>> jobs = m_jobs;
    for (const std::shared_ptr<Job> &job : jobs) {
        if (job->reply) {
            job->reply->disconnect(this);
            job->reply->abort();
            job->reply->deleteLater();
            job->reply = nullptr;
        }
        finishJob(job, tr("Cancelled: %1's rows were left as they were.").arg(job->endpoint.provider));
    }
}

void ModelSync::request(const std::shared_ptr<Job> &job)
{
    const ProviderEndpoint &e = job->endpoint;
    QNetworkRequest req = listRequest(e, job->key, job->cursor, m_timeoutMs);
    // links.next comes from the server: the key goes only to the endpoint's own origin.
    if (e.kind == ModelListFormat::OpenRouter && !RedirectGuard::sameOrigin(e.baseUrl, req.url())) {
        finishJob(job, tr("%1's next page link points to %2, another host; it was not followed with the key.")
                           .arg(e.provider, req.url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
        return;
    }
    ++job->pages;
    job->reply = m_network->get(req);
    QNetworkReply *reply = job->reply;
    job->refusedRedirect.clear();
    RedirectGuard::watch(reply, this, [job](const QUrl &target) { job->refusedRedirect = target; });
    connect(reply, &QNetworkReply::finished, this, [this, job, reply] { onReply(job, reply); });
}

void ModelSync::onReply(const std::shared_ptr<Job> &job, QNetworkReply *reply)
{
    reply->deleteLater();
    job->reply = nullptr;
    const QByteArray body = reply->read(64 * 1024 * 1024); // a model list is kilobytes; more is not read
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!job->refusedRedirect.isEmpty()) {
        finishJob(job, RedirectGuard::refusedMessage(reply->url(), job->refusedRedirect));
        return;
    }
    if (reply->error() != QNetworkReply::NoError || status >= 400) {
        finishJob(job, describe(reply, body, job->key));
        return;
    }
    const ModelListPage page = ModelListParser::parse(job->endpoint.kind, body);
    if (!page.ok()) {
        finishJob(job, tr("Bad response from %1 (page %2): %3").arg(job->endpoint.provider).arg(job->pages).arg(page.error));
        return;
    }
    job->models.append(page.models);
    if (page.nextCursor.isEmpty()) {
        finishJob(job, {});
        return;
    }
    if (job->pages >= kMaxPages || job->seenCursors.contains(page.nextCursor)) {
        finishJob(job, tr("%1 keeps paging (%2 pages); stopped without applying a partial list.")
                           .arg(job->endpoint.provider).arg(job->pages));
        return;
    }
    job->seenCursors.append(page.nextCursor);
    job->cursor = page.nextCursor;
    request(job);
}

void ModelSync::finishJob(const std::shared_ptr<Job> &job, const QString &error)
{
    SyncOutcome outcome;
    if (error.isEmpty()) {
        ModelRegistry registry(m_database);
        outcome = registry.applySync(job->endpoint.provider, job->models,
                                     QStringLiteral("sync:") + job->endpoint.provider, m_usage);
    } else {
        outcome.provider = job->endpoint.provider;
        outcome.error = error; // nothing written: the provider's rows stay as they were
    }
    m_jobs.removeOne(job);
    m_outcomes.append(outcome);
    emit providerFinished(outcome);
    for (const ModelAlert &a : std::as_const(outcome.alerts))
        emit alert(a);
    if (m_jobs.isEmpty())
        emit finished(m_outcomes);
}
