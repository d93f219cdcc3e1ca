#include "routedcall.h"

#include "callrecords.h"
#include "routedcallservice.h"

#include "providers/providerclient.h"

#include <QTimer>
#include <QUuid>

RoutedCall::RoutedCall(RoutedCallService *service, RoutedCallPlan plan, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_plan(std::move(plan))
{
    m_result.callId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_result.decision = m_plan.decision;
    m_result.budget = m_plan.budget;
}

void RoutedCall::start()
{
    if (m_started)
        return;
    m_started = true;
    if (!m_plan.ok()) { // refused before any model call: nothing to store
        m_result.error = m_plan.error;
        QTimer::singleShot(0, this, [this] { emit finished(m_result); });
        return;
    }
    QList<FallbackTarget> targets;
    for (const Target &t : std::as_const(m_plan.targets))
        targets.append({t.tier, t.provider, t.model, std::nullopt});
    const FallbackChain chain(targets, m_plan.direction);
    const std::int64_t inputTokens =
        m_plan.decision ? m_plan.decision->estimatedInputTokens : m_plan.estimatedTokens;
    QPointer<RoutedCall> self(this);
    chain.execute(
        m_plan.start, inputTokens,
        [self](const FallbackTarget &target, FallbackChain::Completion done) {
            if (self)
                self->runTarget(target, std::move(done));
        },
        [self](const FallbackResult &result) {
            if (self)
                self->onChainFinished(result);
        });
}

void RoutedCall::cancel()
{
    m_cancelled = true;
    if (m_inFlight)
        m_inFlight->cancel();
}

void RoutedCall::runTarget(const FallbackTarget &ft, FallbackChain::Completion done)
{
    const Target *target = nullptr;
    for (const Target &t : std::as_const(m_plan.targets))
        if (t.tier == ft.tier && t.provider == ft.provider && t.model == ft.model)
            target = &t;
    if (m_cancelled || !target) {
        done(CallOutcome::failure(ErrorClass::Cancelled, tr("The call was cancelled.")));
        return;
    }
    const CompletionRequest request = m_service->completionRequest(m_plan, *target);
    emit attemptStarted(request.tier, request.provider, request.model);
    CompletionCall *call = m_service->client()->complete(request);
    m_inFlight = call;
    connect(call, &CompletionCall::textDelta, this, &RoutedCall::textDelta);
    connect(call, &CompletionCall::finished, this, [this, call, request, done](const CompletionResult &r) {
        call->deleteLater();
        m_attempts.append(r);
        m_attemptRequests.append(request);
        if (r.ok()) {
            done(CallOutcome::success());
            return;
        }
        emit hop({request.tier, request.provider, request.model, false, r.error->errorClass, r.error->message});
        done(CallOutcome::failure(r.error->errorClass, r.error->message));
    });
}

void RoutedCall::onChainFinished(const FallbackResult &chain)
{
    m_result.calls = chain.calls;
    for (const FallbackEvent &e : chain.events) {
        m_result.hops.append({e.target.tier, e.target.provider, e.target.model,
                              e.kind == FallbackEvent::Kind::Skipped, e.errorClass, e.message});
        if (e.kind == FallbackEvent::Kind::Skipped)
            emit hop(m_result.hops.constLast());
    }
    if (!m_attempts.isEmpty()) {
        m_result.completion = m_attempts.constLast();
        const CompletionRequest &last = m_attemptRequests.constLast();
        m_result.tier = last.tier;
        m_result.provider = last.provider;
        m_result.model = last.model;
    }
    if (!chain.ok) {
        const QString last = m_result.completion.error ? m_result.completion.error->message : QString();
        m_result.error = chain.stopReason.isEmpty() ? last
                         : last.isEmpty()           ? chain.stopReason
                                                    : chain.stopReason + u' ' + last;
        if (m_result.error.isEmpty())
            m_result.error = tr("No target could serve the call.");
    }
    if (m_attempts.isEmpty()) { // cancelled first, or every target skipped: no model was called
        if (chain.lastError)
            m_result.completion.error = ProviderError{*chain.lastError, m_result.error, 0, std::nullopt};
        finish();
        return;
    }
    record(chain.ok);
}

void RoutedCall::record(bool served)
{
    CallWrite write;
    write.id = m_result.callId;
    write.tenant = m_plan.request.tenant;
    write.at = m_service->now();
    write.limits = m_service->budget().limitsFor(write.tenant);
    for (qsizetype i = 0; i < m_attempts.size(); ++i) {
        RunRecord run = CallRecords::run(m_plan, m_attemptRequests[i], m_attempts[i]);
        run.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        run.runId = m_result.callId;
        run.createdAt = write.at;
        write.runs.append(run);
    }
    if (m_plan.decision)
        write.decision = CallRecords::decision(m_plan, m_result, write.runs.constLast().id);
    if (!m_plan.request.recordCall) {
        write.runs.clear();
        write.decision.reset();
    }
    if (served) {
        const auto cls = m_service->router().tierMap().classOf(m_result.tier);
        const RouteClass servedClass = cls ? *cls : m_plan.decision ? m_plan.decision->routeClass : RouteClass::Standard;
        write.usage = CallRecords::usage(m_plan, m_result.completion, servedClass);
    }
    QPointer<RoutedCall> self(this);
    RoutedCallService *service = m_service;
    service->recorder()->write(std::move(write), [self, service](const CallWriteResult &r) {
        service->budget().notify(r.alerts);
        if (!self)
            return;
        self->m_result.persisted = r.ok;
        self->m_result.storeError = r.error;
        self->m_result.alerts = r.alerts;
        self->finish();
    });
}

void RoutedCall::finish()
{
    emit finished(m_result);
}
