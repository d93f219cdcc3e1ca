#pragma once

#include "diagnostic.h"
#include "tierconfig.h"

#include <QByteArray>
#include <QCoreApplication>

/// LiteLLM proxy `config.yaml` <-> ModelTierConfig.
///
/// Export writes one `model_list` entry per tier:
///   model_name: <tier>                      (agents ask the proxy for "fast", "standard"...)
///   litellm_params:
///     model: <provider>/<model>
///     api_base: <endpoint>                  (when set)
///     api_key: os.environ/<NAME>            (apiKey auth only; NAME = secretEnvName(); never a key)
///     input_cost_per_token: <per million / 1e6>     (exact decimal text, e.g. 0.0000008)
///     output_cost_per_token: <per million / 1e6>
///     max_tokens: <maxTokens>
/// Import reverses it: a model_name that is a tier name maps to that tier; other entries
/// fill the free tiers in order fast, standard, reasoning, with a warning; what cannot map
/// (extra entries, auto_router/* entries, inline keys, unreadable prices, router settings) gives a warning and is
/// left out. Nothing is rounded: a price that does not convert exactly is a diagnostic.
namespace LiteLlmConfig {

/// Result of an export: the YAML text plus warnings or errors (e.g. a cost that is not a decimal).
struct ExportResult
{
    QByteArray yaml;
    Diagnostics diagnostics;
};

/// Result of an import: the config plus what could not be mapped. `line`/`column` of each
/// diagnostic point into the LiteLLM file.
struct ImportResult
{
    TierConfig config;
    Diagnostics diagnostics;
    bool ok() const { return !hasErrors(diagnostics); }
};

ExportResult exportConfig(const TierConfig &config);
/// `name` becomes metadata.name of the imported config.
ImportResult importConfig(const QByteArray &litellmYaml, const QString &name = QStringLiteral("imported"));

} // namespace LiteLlmConfig
