#pragma once

#include "money/decimal.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <compare>
#include <optional>

/// Address of one cell of the cross product test case × target × repeat.
struct CellKey
{
    int caseIndex = 0;
    int targetIndex = 0;
    int repeat = 0;

    auto operator<=>(const CellKey &) const = default;
    bool operator==(const CellKey &) const = default;
};

inline size_t qHash(const CellKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.caseIndex, k.targetIndex, k.repeat);
}

/// Lifecycle of a cell. RateLimited is its own state: the cell waits for the endpoint to
/// recover and is never counted as a model failure.
enum class CellState { Pending, Running, RateLimited, Succeeded, Failed, Cancelled };

QString cellStateName(CellState state);
std::optional<CellState> cellStateFromName(QStringView name);

/// What one model call produced, as reported by a CellExecutor. Unknown stays unknown.
struct CellOutcome
{
    QString text;
    QString provider; ///< what actually answered (may differ from the target for the router)
    QString model;
    std::optional<qint64> inputTokens;
    std::optional<qint64> outputTokens;
    std::optional<qint64> ttftMs;
    qint64 totalMs = 0;
    std::optional<Decimal> cost;
    QString finishReason;
    QString errorClass; ///< empty on success; else ARCHITECTURE.md's classes (rate_limited, ...)
    QString errorMessage;
    std::optional<qint64> retryAfterMs;

    bool isError() const { return !errorClass.isEmpty(); }
    bool isRateLimited() const { return errorClass == u"rate_limited"; }
    /// The endpoint is saturated (429, overloaded, 5xx): the runner halves its limit, waits
    /// and runs the cell again.
    bool isBackOff() const
    {
        return errorClass == u"rate_limited" || errorClass == u"overloaded" || errorClass == u"server";
    }
    /// Output tokens per second over the generation time (after the first token).
    std::optional<double> tokensPerSecond() const;
};

/// Result of one assertion on one cell.
struct AssertionResult
{
    QString type;  ///< contains | icontains | regex | is-json | max-latency-ms | max-cost
    QString value;
    bool passed = false;
    QString detail; ///< why it failed; empty when it passed

    bool operator==(const AssertionResult &) const = default;
};

/// One stored cell of a run: its address, what ran, and what came back.
struct CellResult
{
    QString runId;
    CellKey key;
    QString caseId;
    QString targetId;
    QString tier;
    QString prompt; ///< the rendered prompt
    CellState state = CellState::Pending;
    int attempts = 0;    ///< calls made, including rate-limited ones
    CellOutcome outcome;
    QList<AssertionResult> assertions;
    QJsonObject decision; ///< routing decision, for the router target
    bool storeFailed = false; ///< its write to the store failed: not durable, a resume runs it again

    bool isFinal() const { return state == CellState::Succeeded || state == CellState::Failed; }
    /// True when every assertion passed (and there was no error).
    bool passed() const;
    int failedAssertions() const;
};

Q_DECLARE_METATYPE(CellKey)
Q_DECLARE_METATYPE(CellResult)
