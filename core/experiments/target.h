#pragma once

#include "config/tierconfig.h"
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
    std::optional<AuthConfig> auth; ///< the config's auth in force for this tier (no secrets)
    bool isRouter = false; ///< resolved per prompt through a TargetRouter
    bool viaRouter = false; ///< a tier the router chose for one prompt (its cell runs as a routed call)

    /// Key that groups targets sharing one concurrency budget (provider + endpoint).
    QString endpointKey() const { return provider + u'|' + endpoint; }
    /// A local Ollama (provider "ollama", or its port 11434) runs one request at a time by
    /// default; everything else counts as a cloud endpoint that runs in parallel.
    bool isLocal() const { return provider == u"ollama" || endpoint.contains(u":11434"); }
};
