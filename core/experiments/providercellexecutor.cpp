#include "providercellexecutor.h"

#include <QTimer>

ProviderCellExecutor::ProviderCellExecutor(ProviderClient *client)
    : ProviderCellExecutor(QList<ProviderClient *>{client})
{
}

ProviderCellExecutor::ProviderCellExecutor(QList<ProviderClient *> clients)
    : m_clients(std::move(clients))
{
    Q_ASSERT(!m_clients.isEmpty());
    m_policy.maxRetries = 0;
}

CompletionRequest ProviderCellExecutor::completionRequest(const CellRequest &request) const
{
    const Target &t = request.target;
    CompletionRequest r;
    r.kind = providerKindFromName(t.provider);
    r.provider = t.provider;
    r.model = t.model;
    r.tier = t.tier;
    r.baseUrl = QUrl(t.endpoint);
    r.auth = t.auth;
    if (!request.systemPrompt.isEmpty())
        r.messages.append(ChatMessage{QStringLiteral("system"), request.systemPrompt});
    r.messages.append(ChatMessage{QStringLiteral("user"), request.prompt});
    r.maxTokens = request.params.maxTokens ? request.params.maxTokens : t.maxTokens;
    r.temperature = request.params.temperature;
    r.stream = true;
    r.prices = t.prices;
    r.policy = m_policy;
    return r;
}

CellOutcome ProviderCellExecutor::outcomeFrom(const CompletionRequest &request,
                                              const CompletionResult &result)
{
    constexpr qint64 nsPerMs = 1000000;
    CellOutcome o;
    o.text = result.text;
    o.provider = request.provider;
    o.model = result.responseModel.isEmpty() ? request.model : result.responseModel;
    o.inputTokens = result.inputTokens;
    o.outputTokens = result.outputTokens;
    if (result.timings.firstTokenNs)
        o.ttftMs = *result.timings.firstTokenNs / nsPerMs;
    o.totalMs = result.timings.totalNs / nsPerMs;
    o.cost = result.cost;
    o.finishReason = result.finishReason;
    if (result.error) {
        o.errorClass = errorClassName(result.error->errorClass);
        o.errorMessage = result.error->message;
        o.retryAfterMs = result.error->retryAfterMs;
    }
    return o;
}

CellJob *ProviderCellExecutor::start(const CellRequest &request, QObject *parent)
{
    const CompletionRequest completion = completionRequest(request);
    ProviderClient *client = m_clients[m_next++ % m_clients.size()];
    CompletionCall *call = client->complete(completion);
    return new ProviderCellJob(call, parent);
}

ProviderCellJob::ProviderCellJob(CompletionCall *call, QObject *parent)
    : CellJob(parent)
    , m_call(call)
{
    connect(call, &CompletionCall::textDelta, this, &CellJob::textDelta);
    connect(call, &CompletionCall::finished, this, &ProviderCellJob::onFinished);
    if (call->isFinished()) { // failed before it could be connected (e.g. no API key)
        QTimer::singleShot(0, this, [this] {
            if (m_call)
                onFinished(m_call->result());
        });
    }
}

ProviderCellJob::~ProviderCellJob()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->deleteLater(); // deleting an unfinished call cancels it
    }
}

void ProviderCellJob::onFinished(const CompletionResult &result)
{
    if (m_done || !m_call)
        return;
    m_done = true;
    emit finished(ProviderCellExecutor::outcomeFrom(m_call->request(), result));
}

void ProviderCellJob::abort()
{
    if (m_call && !m_done)
        m_call->cancel();
}
