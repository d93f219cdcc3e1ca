#pragma once

#include "providers/completion.h" // ErrorClass, shared with the provider clients and the store

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

/// One place a call can go.
struct FallbackTarget
{
    QString tier;
    QString provider;
    QString model;
    std::optional<std::int64_t> contextWindow; ///< tokens; unknown when nullopt
};

/// What the executor reports for one call.
struct CallOutcome
{
    bool ok = true;
    ErrorClass errorClass = ErrorClass::Server; ///< meaningful when !ok
    QString message;
    static CallOutcome success() { return {}; }
    static CallOutcome failure(ErrorClass c, const QString &text = {}) { return {false, c, text}; }
};

/// A failure or a skip on the way; every one is recorded.
struct FallbackEvent
{
    enum class Kind { Failed, Skipped };
    Kind kind = Kind::Failed;
    int targetIndex = -1;
    FallbackTarget target;
    std::optional<ErrorClass> errorClass; ///< set for Failed
    QString message;                      ///< the executor's message, or why the target was skipped
};

struct FallbackResult
{
    bool ok = false;
    int targetIndex = -1; ///< the target that succeeded, else -1
    FallbackTarget target;
    int calls = 0;        ///< executor calls made (hops)
    QList<FallbackEvent> events;
    std::optional<ErrorClass> lastError;
    QString stopReason;   ///< why the chain gave up, when !ok
};

/// Runs a call along an ordered list of targets until one succeeds.
///
/// Targets are ordered from least to most capable (light -> heavy). The direction says which
/// way the chain moves from the starting target: Escalate tries heavier ones, Degrade lighter
/// ones. Each target is tried at most once (retries on one target belong to the provider
/// client), and at most maxHops calls are made in total (default 5, as LiteLLM).
///
/// Policy per error class (policyFor()):
/// - rate_limited, overloaded, server, timeout, network, bad_response: target-specific, move on;
/// - context_length: move on, but only to targets with a known, strictly larger window;
/// - auth, spend_cap: tied to a provider account, so every further target of the same provider
///   is skipped and the chain moves on to another provider (a spend-cap 429 is never retried
///   on the account that hit it);
/// - invalid_request (the request itself is wrong) and cancelled: stop at once.
/// Before a call, a target whose known context window is smaller than the request is skipped.
class FallbackChain
{
    Q_DECLARE_TR_FUNCTIONS(FallbackChain)

public:
    enum class Direction { Escalate, Degrade };
    enum class Policy { MoveOn, MoveOnBiggerWindow, MoveOnOtherProvider, Stop };

    using Completion = std::function<void(const CallOutcome &outcome)>;
    /// Starts a call to `target` and invokes `done` exactly once, now or later (asynchronously).
    using Executor = std::function<void(const FallbackTarget &target, Completion done)>;
    using Finished = std::function<void(const FallbackResult &result)>;

    FallbackChain(QList<FallbackTarget> targets, Direction direction, int maxHops = 5);

    const QList<FallbackTarget> &targets() const { return m_targets; }
    Direction direction() const { return m_direction; }
    int maxHops() const { return m_maxHops; }

    /// Indexes in attempt order from `start`.
    QList<int> plan(int start) const;
    static Policy policyFor(ErrorClass errorClass);

    /// Runs the chain from target `start`; `finished` is called exactly once. The chain object
    /// may be destroyed while a call is in flight: the run keeps its own copy of the targets.
    void execute(int start, std::int64_t requiredContextTokens, Executor executor,
                 Finished finished) const;

private:
    QList<FallbackTarget> m_targets;
    Direction m_direction;
    int m_maxHops;
};
