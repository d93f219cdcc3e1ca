#pragma once

#include "config/tierconfig.h"
#include "experiments/target.h"
#include "registry/llmmodel.h"

#include <QList>

#include <functional>

/// Registry models offered as Compare targets ("provider:modelId"), beside the config's tiers.
///
/// Only models worth offering: active, listed by their provider's API (lastSyncedAt set, so the
/// account can see them, not just priced from LiteLLM's map), reachable (`canCall(provider)`,
/// e.g. a key is set), and not already a tier of `config`. Endpoint and auth come from a tier of
/// the same provider; prices from the registry. At most `limit`, ordered by provider then id.
QList<Target> registryTargets(const QList<LLMModel> &models, const TierConfig &config,
                              const std::function<bool(const QString &provider)> &canCall,
                              int limit = 40);
