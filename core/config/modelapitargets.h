#pragma once

#include "modelapi.h"
#include "tierconfig.h"

#include <QStringList>

/// A Proxy ModelAPI as something to call: its `apiBase` is an OpenAI-compatible endpoint (a
/// LiteLLM proxy), so a user can test the proxy they are about to deploy, in Compare or with
/// tierctl, before it reaches the cluster.
namespace ModelApiTargets {

/// The provider name a proxy's targets carry: it speaks the OpenAI wire, and needs no key on
/// loopback, else OPENAI_API_KEY (ProviderKeys).
inline constexpr auto ProxyProvider = "litellm";

/// The model names a client may ask the proxy for: `proxyConfig.model` when set, else the
/// `model_name` of each entry of the nested LiteLLM config's `model_list`, in order, once each.
/// Empty for a Hosted ModelAPI, a proxy without `apiBase`, or a nested config that does not parse.
QStringList servedModels(const ModelApi &api);

/// The proxy as a tier config Compare can run: named after the ModelAPI, one entry per served
/// model (tier = the model name, provider ProxyProvider, endpoint = apiBase, auth none on
/// loopback), prices unknown. No tiers when servedModels() is empty.
TierConfig asTierConfig(const ModelApi &api);

} // namespace ModelApiTargets
