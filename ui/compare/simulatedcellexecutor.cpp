#include "simulatedcellexecutor.h"

#include "money/cost.h"
#include "providers/simulatedtext.h"

#include <QCoreApplication>

CellJob *SimulatedCellExecutor::start(const CellRequest &request, QObject *parent)
{
    ++m_started;
    const Pace pace = m_hasFixedPace ? m_fixedPace : paceFor(request.target.model);
    const QString failure = m_failureRule ? m_failureRule(request) : QString();
    return new SimulatedCellJob(request, pace, failure, parent);
}

SimulatedCellExecutor::Pace SimulatedCellExecutor::paceFor(const QString &model)
{
    const QString m = model.toLower();
    if (m.contains(u"haiku") || m.contains(u"mini") || m.contains(u"flash") || m.contains(u"fast"))
        return {180, 22};
    if (m.contains(u"opus") || m.contains(u"reason") || m.contains(u"o1") || m.contains(u"o3"))
        return {650, 55};
    return {350, 35};
}

SimulatedCellJob::SimulatedCellJob(const CellRequest &request, SimulatedCellExecutor::Pace pace,
                                   QString failure, QObject *parent)
    : CellJob(parent)
    , m_request(request)
    , m_pace(pace)
    , m_failure(std::move(failure))
{
    const QString prompt = request.systemPrompt + u'\n' + request.prompt;
    m_tokens = SimulatedText::tokens(SimulatedText::answer(prompt, request.target.model));
    const std::optional<int> limit = request.params.maxTokens ? request.params.maxTokens
                                                              : request.target.maxTokens;
    if (limit && *limit > 0 && m_tokens.size() > *limit) {
        m_tokens = m_tokens.mid(0, *limit);
        m_truncated = true;
    }
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SimulatedCellJob::emitNext);
    m_timer.start(m_pace.ttftMs);
}

void SimulatedCellJob::abort()
{
    if (m_done)
        return;
    m_timer.stop();
    // Report asynchronously like a network reply would, after the caller's abort() returns.
    QTimer::singleShot(0, this, [this] {
        finish(QStringLiteral("cancelled"),
               QCoreApplication::translate("SimulatedCellJob", "Cancelled by the user."));
    });
    m_done = true;
}

void SimulatedCellJob::emitNext()
{
    if (m_done)
        return;
    if (!m_failure.isEmpty()) {
        finish(m_failure, QCoreApplication::translate(
                              "SimulatedCellJob",
                              "The simulated provider was told to fail this request (%1). "
                              "Retry the failed cells to run it again.").arg(m_failure));
        return;
    }
    if (!m_ttftMs)
        m_ttftMs = m_clock.elapsed();
    if (m_next < m_tokens.size()) {
        const QString &piece = m_tokens.at(m_next++);
        m_text += piece;
        emit textDelta(piece);
    }
    if (m_next >= m_tokens.size())
        finish({}, {});
    else
        m_timer.start(m_pace.tokenIntervalMs);
}

void SimulatedCellJob::finish(const QString &errorClass, const QString &message)
{
    m_done = true;
    CellOutcome out;
    out.provider = QStringLiteral("simulated");
    out.model = m_request.target.model;
    out.totalMs = m_clock.elapsed();
    out.errorClass = errorClass;
    out.errorMessage = message;
    if (errorClass.isEmpty()) {
        out.text = m_text;
        out.ttftMs = m_ttftMs;
        out.inputTokens = SimulatedText::estimateTokens(m_request.systemPrompt + m_request.prompt);
        out.outputTokens = m_tokens.size();
        out.cost = Cost::estimate(m_request.target.prices, *out.inputTokens, *out.outputTokens);
        out.finishReason = m_truncated ? QStringLiteral("length") : QStringLiteral("stop");
    } else if (errorClass == u"cancelled") {
        out.text = m_text; // keep what streamed before the cancel
        out.ttftMs = m_ttftMs;
    }
    emit finished(out);
}
