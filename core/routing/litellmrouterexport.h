#pragma once

#include "routerpolicy.h"
#include "tiermap.h"

#include "config/diagnostic.h"
#include "config/tierconfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

/// A RouterPolicy plus a ModelTierConfig as a LiteLLM proxy config.yaml: one model_list entry
/// per tier (LiteLlmConfig::exportConfig) and one `auto_router/complexity_router` entry.
///
/// Mapping:
///   tiers: SIMPLE -> the light class's tier, MEDIUM -> standard's, COMPLEX and REASONING ->
///          heavy's (TierMap's nearest-tier rule when a class has no tier of its own)
///   tier_boundaries: simple_medium = thresholds.standard, medium_complex = thresholds.heavy,
///          complex_reasoning = 1.0 (COMPLEX covers the whole heavy band; both go to one tier)
///   complexity_router_default_model: the tier of the policy's defaultTier (standard by default)
/// What has no LiteLLM equivalent (weights, capabilities, task-type overrides, budgets, the
/// score scale itself) is listed in `notMapped` and written as comments at the top.
namespace LiteLlmRouterExport {

struct Result
{
    QByteArray yaml;
    Diagnostics diagnostics; ///< from the tier entries (e.g. a price that does not convert)
    QStringList notMapped;   ///< one sentence per policy part that LiteLLM cannot express
};

Result exportRouter(const RouterPolicy &policy, const TierConfig &config,
                    const QString &routerName = QStringLiteral("router"), const TierMap &map = {});

} // namespace LiteLlmRouterExport
