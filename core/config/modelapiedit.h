#pragma once

#include "configcodec.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

/// Form edits of a KAOS ModelAPI document: each returns the document's new `source` (empty,
/// with `error` set, when it cannot be applied). Values are written double-quoted, as strings,
/// so a model "8080" or an env value "true" keeps its type. The document is regenerated from
/// its tree: its leading comment block is kept, comments inside it are not (as for a
/// ModelTierConfig edited in the form).
namespace ModelApiEdit {

enum class Field {
    Mode,        ///< spec.mode
    ApiBase,     ///< spec.proxyConfig.apiBase
    ProxyModel,  ///< spec.proxyConfig.model
    HostedModel, ///< spec.hostedConfig.model (spec.serverConfig.model in a 2025-12 document)
};

struct Result
{
    QByteArray source;
    QString error;
};

/// `field` set to `value`; an empty value removes the field.
Result setField(const ConfigDocument &doc, Field field, const QString &value);
/// The `env` list of the Proxy block (`hosted` false) or of the Hosted block replaced by
/// `env`: each entry a literal `value`, or `valueFrom.secretKeyRef` when it has a secret
/// name or key. An empty list removes `env`.
Result setEnv(const ConfigDocument &doc, bool hosted, const QList<EnvVar> &env);

/// The served model's resources (`requests`, `limits`: resource name → quantity): in
/// `serverConfig.resources` (2025-12), or on the model-api container of `spec.podSpec`
/// (2026-01). Values are written as strings; empty maps remove them. Refused when a value
/// is not a Kubernetes quantity (ConfigValidator::isQuantity).
Result setResources(const ConfigDocument &doc, const QMap<QString, QString> &requests,
                    const QMap<QString, QString> &limits);

/// `spec.proxyConfig.configYaml` set to the nested LiteLLM config `text`, as a literal block:
/// a string in a 2025-12 document, `configYaml.fromString` in a 2026-01 one. Empty text
/// removes it. Refused when the config comes from a Secret (fromSecretKeyRef).
Result setConfigYaml(const ConfigDocument &doc, const QString &text);

/// The diagnostics of the nested config of `doc` (paths under spec.proxyConfig.configYaml),
/// with lines and columns relative to the nested text, as its own view shows it.
Diagnostics nestedConfigDiagnostics(const ConfigDocument &doc, const Diagnostics &fileDiagnostics);

/// The Hosted block's key in `doc`: "serverConfig" (2025-12) or "hostedConfig".
QString hostedBlock(const ConfigDocument &doc);

} // namespace ModelApiEdit
