#include "adaptivelimit.h"

#include <algorithm>

AdaptiveLimit::AdaptiveLimit(int ceiling, int growAfter)
    : m_ceiling(std::max(1, ceiling))
    , m_growAfter(std::max(1, growAfter))
    , m_limit(m_ceiling)
{
}

void AdaptiveLimit::finished(bool success)
{
    m_inFlight = std::max(0, m_inFlight - 1);
    if (!success)
        return;
    m_consecutive429 = 0;
    if (++m_successStreak >= m_growAfter) {
        m_successStreak = 0;
        m_limit = std::min(m_ceiling, m_limit + 1);
    }
}

void AdaptiveLimit::rateLimited(qint64 nowMs, qint64 sentAtMs, std::optional<qint64> retryAfterMs)
{
    m_inFlight = std::max(0, m_inFlight - 1);
    m_successStreak = 0;
    ++m_consecutive429;
    if (sentAtMs >= m_lastDecreaseMs) {
        m_limit = std::max(1, m_limit / 2);
        m_lastDecreaseMs = nowMs;
    }
    qint64 wait = 0;
    if (retryAfterMs) {
        wait = std::max<qint64>(0, *retryAfterMs);
    } else {
        const int shift = std::min(m_consecutive429 - 1, 16);
        wait = std::min(MaxBackoffMs, BaseBackoffMs << shift);
    }
    m_blockedUntil = std::max(m_blockedUntil, nowMs + wait);
}
