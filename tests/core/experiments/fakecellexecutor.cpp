#include "fakecellexecutor.h"

FakeCellExecutor::FakeCellExecutor()
    : m_script([](const CellRequest &r, int) {
          FakeReply reply;
          reply.text = r.target.model + QStringLiteral(" says: ") + r.prompt;
          return reply;
      })
{
}

CellJob *FakeCellExecutor::start(const CellRequest &request, QObject *parent)
{
    const QString key = request.target.endpointKey();
    FakeReply reply = m_script(request, m_calls);
    ++m_calls;
    m_prompts.append(request.prompt);
    const auto cap = m_capacity.constFind(key);
    if (cap != m_capacity.constEnd() && m_inFlight.value(key) >= cap->first) {
        reply = FakeReply{};
        reply.errorClass = QStringLiteral("rate_limited");
        reply.retryAfterMs = cap->second;
        reply.latencyMs = 1;
        reply.inputTokens.reset();
        reply.outputTokens.reset();
        reply.cost.reset();
    }
    if (reply.errorClass == u"rate_limited")
        ++m_rateLimited;
    ++m_inFlight[key];
    ++m_inFlightTotal;
    m_maxInFlight[key] = std::max(m_maxInFlight.value(key), m_inFlight.value(key));
    m_maxInFlightTotal = std::max(m_maxInFlightTotal, m_inFlightTotal);
    return new FakeCellJob(this, key, reply, request.target.provider, request.target.model, parent);
}

void FakeCellExecutor::jobEnded(const QString &endpointKey, bool aborted)
{
    --m_inFlight[endpointKey];
    --m_inFlightTotal;
    if (aborted)
        ++m_aborted;
}

FakeCellJob::FakeCellJob(FakeCellExecutor *executor, QString endpointKey, FakeReply reply,
                         QString provider, QString model, QObject *parent)
    : CellJob(parent)
    , m_executor(executor)
    , m_endpointKey(std::move(endpointKey))
    , m_reply(std::move(reply))
    , m_provider(std::move(provider))
    , m_model(std::move(model))
{
    m_deltaTimer.setSingleShot(true);
    m_doneTimer.setSingleShot(true);
    connect(&m_deltaTimer, &QTimer::timeout, this, [this] {
        if (m_reply.errorClass.isEmpty())
            emit textDelta(m_reply.text.left(m_reply.text.size() / 2));
    });
    connect(&m_doneTimer, &QTimer::timeout, this, &FakeCellJob::finish);
    m_deltaTimer.start(m_reply.latencyMs / 2);
    m_doneTimer.start(m_reply.latencyMs);
}

void FakeCellJob::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_executor->jobEnded(m_endpointKey, false);
    CellOutcome o;
    o.provider = m_provider;
    o.model = m_model;
    o.totalMs = m_reply.latencyMs;
    o.errorClass = m_reply.errorClass;
    o.retryAfterMs = m_reply.retryAfterMs;
    if (o.errorClass.isEmpty()) {
        emit textDelta(m_reply.text.mid(m_reply.text.size() / 2));
        o.text = m_reply.text;
        o.ttftMs = m_reply.latencyMs / 2;
        o.inputTokens = m_reply.inputTokens;
        o.outputTokens = m_reply.outputTokens;
        o.cost = m_reply.cost;
        o.finishReason = QStringLiteral("stop");
    } else {
        o.errorMessage = QStringLiteral("fake error ") + o.errorClass;
    }
    emit finished(o);
}

void FakeCellJob::abort()
{
    if (m_done)
        return;
    m_done = true;
    m_deltaTimer.stop();
    m_doneTimer.stop();
    m_executor->jobEnded(m_endpointKey, true);
    QTimer::singleShot(0, this, [this] {
        CellOutcome o;
        o.provider = m_provider;
        o.model = m_model;
        o.errorClass = QStringLiteral("cancelled");
        o.errorMessage = QStringLiteral("aborted");
        emit finished(o);
    });
}
