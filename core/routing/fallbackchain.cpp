#include "fallbackchain.h"

#include <memory>

FallbackChain::FallbackChain(QList<FallbackTarget> targets, Direction direction, int maxHops)
    : m_targets(std::move(targets))
    , m_direction(direction)
    , m_maxHops(maxHops)
{
}

QList<int> FallbackChain::plan(int start) const
{
    QList<int> order;
    const int step = m_direction == Direction::Escalate ? 1 : -1;
    for (int i = start; i >= 0 && i < m_targets.size(); i += step)
        order.append(i);
    return order;
}

FallbackChain::Policy FallbackChain::policyFor(ErrorClass c)
{
    switch (c) {
    case ErrorClass::RateLimited:
    case ErrorClass::Overloaded:
    case ErrorClass::Server:
    case ErrorClass::Timeout:
    case ErrorClass::Network:
    case ErrorClass::BadResponse:
        return Policy::MoveOn;
    case ErrorClass::ContextLength:
        return Policy::MoveOnBiggerWindow;
    case ErrorClass::Auth:
    case ErrorClass::SpendCap:
        return Policy::MoveOnOtherProvider;
    case ErrorClass::InvalidRequest:
    case ErrorClass::Cancelled:
        return Policy::Stop;
    }
    return Policy::Stop;
}

namespace {

struct Run : std::enable_shared_from_this<Run>
{
    QList<FallbackTarget> targets;
    QList<int> order;
    int position = 0;
    int maxHops = 5;
    std::int64_t requiredContext = 0;
    std::optional<std::int64_t> minimumWindow; // after a context_length failure
    QStringList excludedProviders;             // after auth / spend_cap
    FallbackChain::Executor executor;
    FallbackChain::Finished finished;
    FallbackResult result;

    void skip(int index, const QString &why)
    {
        FallbackEvent e;
        e.kind = FallbackEvent::Kind::Skipped;
        e.targetIndex = index;
        e.target = targets.at(index);
        e.message = why;
        result.events.append(e);
    }

    /// Why target `index` must not be called now, or an empty string.
    QString skipReason(int index) const
    {
        const FallbackTarget &t = targets.at(index);
        if (excludedProviders.contains(t.provider, Qt::CaseInsensitive))
            return FallbackChain::tr("provider '%1' already failed with an account-wide error").arg(t.provider);
        if (t.contextWindow && *t.contextWindow < requiredContext)
            return FallbackChain::tr("context window %1 is smaller than the request's %2 tokens")
                .arg(*t.contextWindow).arg(requiredContext);
        if (minimumWindow && !(t.contextWindow && *t.contextWindow > *minimumWindow))
            return FallbackChain::tr("context window is not known to be larger than %1 tokens")
                .arg(*minimumWindow);
        return {};
    }

    void finish(const QString &stopReason)
    {
        result.stopReason = result.ok ? QString() : stopReason;
        // The executor may still be on the stack (synchronous completion): keep it alive.
        const FallbackChain::Finished done = std::move(finished);
        finished = nullptr;
        if (done)
            done(result);
    }

    void advance()
    {
        for (; position < order.size(); ++position) {
            const int index = order.at(position);
            const QString why = skipReason(index);
            if (!why.isEmpty()) {
                skip(index, why);
                continue;
            }
            if (result.calls >= maxHops)
                return finish(FallbackChain::tr("gave up after %1 calls (the hop limit)").arg(maxHops));
            ++result.calls;
            ++position;
            auto self = shared_from_this();
            auto called = std::make_shared<bool>(false);
            executor(targets.at(index), [self, called, index](const CallOutcome &outcome) {
                if (*called)
                    return; // a second completion is ignored
                *called = true;
                self->onOutcome(index, outcome);
            });
            return;
        }
        finish(result.events.isEmpty() ? FallbackChain::tr("no target to call")
                                       : FallbackChain::tr("every target failed or was skipped"));
    }

    void onOutcome(int index, const CallOutcome &outcome)
    {
        const FallbackTarget &t = targets.at(index);
        if (outcome.ok) {
            result.ok = true;
            result.targetIndex = index;
            result.target = t;
            return finish({});
        }
        FallbackEvent e;
        e.targetIndex = index;
        e.target = t;
        e.errorClass = outcome.errorClass;
        e.message = outcome.message;
        result.events.append(e);
        result.lastError = outcome.errorClass;
        switch (FallbackChain::policyFor(outcome.errorClass)) {
        case FallbackChain::Policy::MoveOn:
            break;
        case FallbackChain::Policy::MoveOnBiggerWindow:
            minimumWindow = std::max(t.contextWindow.value_or(0), requiredContext);
            break;
        case FallbackChain::Policy::MoveOnOtherProvider:
            excludedProviders.append(t.provider);
            break;
        case FallbackChain::Policy::Stop:
            return finish(FallbackChain::tr("%1 will fail on every target; not falling back")
                              .arg(errorClassName(outcome.errorClass)));
        }
        advance();
    }
};

} // namespace

void FallbackChain::execute(int start, std::int64_t requiredContextTokens, Executor executor,
                            Finished finished) const
{
    auto run = std::make_shared<Run>();
    run->targets = m_targets;
    run->order = plan(start);
    run->maxHops = m_maxHops;
    run->requiredContext = requiredContextTokens;
    run->executor = std::move(executor);
    run->finished = std::move(finished);
    run->advance();
}
