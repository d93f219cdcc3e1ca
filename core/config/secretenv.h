#pragma once

#include <QString>

/// The environment variable name under which a Kubernetes secret key is exposed to a process
/// (LiteLLM `os.environ/NAME`, the providers' key lookup, the CLI).
///
/// Rule: `<secretRef>_<secretKey>`, upper-cased, every character outside [A-Z0-9] becomes '_',
/// runs of '_' collapse to one, leading/trailing '_' are dropped, and a leading digit gets a
/// '_' prefix. An empty secretKey means the CRD default "api-key".
///   secretEnvName("llm-api-key", "api-key") == "LLM_API_KEY_API_KEY"
///   secretEnvName("openai-key", "key")      == "OPENAI_KEY_KEY"
QString secretEnvName(const QString &secretRef, const QString &secretKey);
