#pragma once

#include <QtGlobal>

#include <optional>

/// Concurrency limit of one endpoint with additive increase and multiplicative decrease:
/// a 429 halves the limit (at most once per round trip: only a request sent after the last
/// decrease can decrease it again) and blocks new requests until retry-after (or an
/// exponential backoff when the server gives none); `growAfter` successes in a row add one,
/// up to the ceiling. Times are monotonic milliseconds supplied by the caller.
class AdaptiveLimit
{
public:
    explicit AdaptiveLimit(int ceiling = 1, int growAfter = 4);

    int limit() const { return m_limit; }
    int ceiling() const { return m_ceiling; }
    int inFlight() const { return m_inFlight; }
    /// Monotonic ms before which no request may start; 0 when not blocked.
    qint64 blockedUntil() const { return m_blockedUntil; }

    bool canStart(qint64 nowMs) const { return m_inFlight < m_limit && nowMs >= m_blockedUntil; }
    void started() { ++m_inFlight; }
    /// A request ended without a rate-limit error (success or another error).
    void finished(bool success);
    /// A request that was sent at `sentAtMs` got a 429.
    void rateLimited(qint64 nowMs, qint64 sentAtMs, std::optional<qint64> retryAfterMs);

    static constexpr qint64 BaseBackoffMs = 500;
    static constexpr qint64 MaxBackoffMs = 30000;

private:
    int m_ceiling;
    int m_growAfter;
    int m_limit;
    int m_inFlight = 0;
    int m_successStreak = 0;
    int m_consecutive429 = 0;
    qint64 m_blockedUntil = 0;
    qint64 m_lastDecreaseMs = -1;
};
