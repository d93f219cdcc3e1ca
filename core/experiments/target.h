#pragma once

#include "money/cost.h"

#include <QString>

#include <optional>

/// One column of an experiment: a tier of a config, a pinned provider:model, or the router.
struct Target
{
    QString id;       ///< what the user typed: "fast", "router", "openai:gpt-4o-mini"
    QString tier;     ///< config tier name when known
    QString provider; ///< anthropic | openai | openai-compatible | ollama | ...
    QString model;
    QString endpoint; ///< base URL; empty = the provider's default
    TokenPrices prices;
    std::optional<int> maxTokens;
    bool isRouter = false; ///< resolved per prompt through a TargetRouter

    /// Key that groups targets sharing one concurrency budget (provider + endpoint).
    QString endpointKey() const { return provider + u'|' + endpoint; }
    /// Ollama and loopback endpoints count as local: one request at a time by default.
    bool isLocal() const
    {
        return provider == u"ollama" || endpoint.contains(u"localhost")
               || endpoint.contains(u"127.0.0.1");
    }
};
