#pragma once

#include "money/decimal.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

/// One model call as stored in the `runs` table. Written by A/B runs, routed calls and
/// `tierctl complete`. Unknown values stay unknown (nullopt / empty), never 0: a provider
/// that reports no usage gives a row with no token counts and no cost.
struct RunRecord
{
    QString id;          ///< unique call id; RunStore/StoreWriter fill in a UUID when empty
    QDateTime createdAt; ///< wall-clock time the request was sent (UTC); now when invalid
    QString source;      ///< "ab", "routed", "complete", "import", ...
    QString tenant;      ///< who the call is billed to; empty when unknown
    QString config;      ///< name of the ModelTierConfig the call was made (or priced) under
    bool simulated = false; ///< answered by the simulated provider, not a model
    QString experimentId;
    QString runId;       ///< groups the calls of one A/B run or batch
    QString provider;    ///< required
    QString model;       ///< required
    QString tier;

    std::optional<qint64> inputTokens;
    std::optional<qint64> outputTokens;
    std::optional<qint64> cachedTokens;

    // Timing points in milliseconds after the request was sent (monotonic clock).
    std::optional<qint64> firstByteMs;
    std::optional<qint64> firstTokenMs;
    std::optional<qint64> lastTokenMs;
    std::optional<qint64> ttftMs;
    std::optional<qint64> totalMs;

    std::optional<Decimal> cost; ///< exact USD; stored as Decimal::toString() text
    QString errorClass;          ///< empty on success; else auth, rate_limited, timeout, ...
    QString errorMessage;
    QString finishReason;
    QString prompt;
    QString text;                ///< the response text
};

/// One routing decision (ModelRouter output) as stored in `routing_decisions`.
struct RoutingDecisionRecord
{
    QString id;          ///< filled in when empty
    QDateTime createdAt; ///< now when invalid
    QString callId;      ///< the runs.id of the call this decision led to, if any
    QString tenant;
    QString taskType;
    std::optional<double> score;
    QString factorsJson; ///< the five factors as a JSON object
    QString complexityClass; ///< light | standard | heavy
    QString tier;
    QString provider;
    QString model;
    QString reason;
    QString rule;        ///< threshold | task-type-override | agent-preference

    // How the call it led to went (the routing metrics).
    std::optional<qint64> inputTokens;
    std::optional<qint64> outputTokens;
    std::optional<double> latencyMs;
    std::optional<Decimal> cost;
    QStringList fallbackEvents; ///< e.g. "server@reasoning", one per failed or skipped target

    // The request as the router saw it, so that it can be replayed under another policy.
    QString message;
    std::optional<qint64> contextTokens;
    QStringList capabilities;
    std::optional<int> historyTurns;
    QString preferredTier;
};
