#include "routedcellexecutor.h"

#include "callrecords.h"
#include "routedcallservice.h"

#include "routing/routejson.h"

#include <QJsonDocument>
#include <QTimer>

TargetRouter::Route RoutedCallRouter::route(const QString &systemPrompt, const QString &prompt)
{
    RoutedCallRequest request;
    request.systemPrompt = systemPrompt;
    request.prompt = prompt;
    request.tenant = m_tenant;
    const RoutedCallPlan plan = m_service->plan(request);
    Route r;
    if (plan.decision)
        r.decision = QJsonDocument::fromJson(RouteJson::decisionToJson(*plan.decision)).object();
    if (!plan.ok()) {
        r.error = plan.error;
        return r;
    }
    r.target = *plan.chosen();
    r.target.viaRouter = true;
    return r;
}

CellJob *RoutedCellExecutor::start(const CellRequest &request, QObject *parent)
{
    if (!request.target.viaRouter)
        return m_direct->start(request, parent);
    RoutedCallRequest r;
    r.systemPrompt = request.systemPrompt;
    r.prompt = request.prompt;
    r.tenant = m_tenant;
    r.source = QStringLiteral("ab");
    r.maxTokens = request.params.maxTokens;
    r.temperature = request.params.temperature;
    r.recordCall = false;
    auto *job = new RoutedCellJob(m_service->call(r, nullptr), parent);
    return job;
}

CellOutcome RoutedCellExecutor::outcomeFrom(const RoutedCallResult &result)
{
    const CompletionResult &c = result.completion;
    CellOutcome o;
    o.text = c.text;
    o.provider = result.provider;
    o.model = result.model;
    o.inputTokens = c.inputTokens;
    o.outputTokens = c.outputTokens;
    o.ttftMs = CallRecords::msBetween(c.timings.requestSentNs, c.timings.firstTokenNs);
    o.totalMs = c.timings.totalNs / 1000000;
    o.cost = c.cost;
    o.finishReason = c.finishReason;
    if (c.error) {
        o.errorClass = errorClassName(c.error->errorClass);
        o.errorMessage = result.error;
        o.retryAfterMs = c.error->retryAfterMs;
    } else if (!result.ok()) {
        o.errorClass = result.budget.allowed ? QStringLiteral("routing") : QStringLiteral("budget");
        o.errorMessage = result.error;
    }
    return o;
}

RoutedCellJob::RoutedCellJob(RoutedCall *call, QObject *parent)
    : CellJob(parent)
    , m_call(call)
{
    call->setParent(this);
    connect(call, &RoutedCall::textDelta, this, &CellJob::textDelta);
    connect(call, &RoutedCall::finished, this, [this](const RoutedCallResult &result) {
        emit finished(RoutedCellExecutor::outcomeFrom(result));
    });
    // The runner connects after start() returns; start the call from the event loop.
    QTimer::singleShot(0, call, &RoutedCall::start);
}

void RoutedCellJob::abort()
{
    if (m_call)
        m_call->cancel();
}
