#pragma once

#include "money/cost.h"
#include "money/decimal.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

/// One row of the model registry (`models` table): the seed's LLMModel plus the fields
/// issue 5 adds. Prices are exact decimals in USD per million tokens; unknown stays unknown.
struct LLMModel
{
    QString id;          ///< "provider:modelId", e.g. "anthropic:claude-haiku-4-5"
    QString provider;    ///< "anthropic", "openai", "gemini", "openrouter", "ollama", ...
    QString modelId;     ///< the id the provider's API takes
    QString displayName;
    QString tier;        ///< empty when no tier uses it

    std::optional<Decimal> inputPrice;       ///< per 1M input tokens
    std::optional<Decimal> outputPrice;      ///< per 1M output tokens
    std::optional<Decimal> cachedInputPrice; ///< per 1M cached input tokens, where known
    std::optional<qint64> contextWindow;
    std::optional<qint64> maxOutput;

    bool isActive = true;
    bool isDefault = false; ///< the default model of its tier

    QString deprecationDate; ///< ISO date ("2026-10-23") or empty
    QString priceSource;     ///< "litellm", "openrouter-api", "local", "manual", ...
    QDateTime priceUpdatedAt;
    QDateTime releasedAt;    ///< the provider's created / modified time, for recency

    QDateTime lastSyncedAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    static QString makeId(const QString &provider, const QString &modelId) { return provider + u':' + modelId; }

    TokenPrices prices() const { return {inputPrice, outputPrice, cachedInputPrice}; }
};

/// One model as a provider's list-models API describes it (the input of a sync).
struct ListedModel
{
    QString modelId;
    QString displayName;
    std::optional<qint64> contextWindow;
    std::optional<qint64> maxOutput;
    QString deprecationDate;
    QDateTime releasedAt;
    /// Prices the API itself gives (OpenRouter), per million tokens.
    std::optional<Decimal> inputPrice;
    std::optional<Decimal> outputPrice;
    std::optional<Decimal> cachedInputPrice;
};
