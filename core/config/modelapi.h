#pragma once

#include <QList>
#include <QMap>
#include <QString>

/// One item of an `env` list: a name with a literal value or a reference to a secret.
struct EnvVar
{
    QString name;
    QString value;
    QString secretName; ///< valueFrom.secretKeyRef.name, when the value comes from a secret
    QString secretKey;  ///< valueFrom.secretKeyRef.key

    bool operator==(const EnvVar &) const = default;
};

/// ethical.institute/v1alpha1 ModelAPI (KAOS): an LLM endpoint, either a LiteLLM proxy
/// in front of other APIs (Proxy) or a model served in the cluster (Hosted).
struct ModelApi
{
    static constexpr auto ApiVersion = "ethical.institute/v1alpha1";
    static constexpr auto Kind = "ModelAPI";

    QString name;
    QString namespaceName; ///< metadata.namespace
    QString mode;          ///< Proxy | Hosted

    struct ProxyConfig
    {
        QString apiBase;
        QString model;
        /// A whole LiteLLM config.yaml, nested as a string (`configYaml: |` in the 2025-12 CRD,
        /// `configYaml: {fromString: |}` in the 2026-01 CRD).
        QString configYaml;
        /// 1-based file line of the nested text's first line when it is a literal block
        /// (`|`), else of the scalar; 0 when there is none. Maps the nested config's
        /// diagnostics onto its own lines.
        int configYamlLine = 0;
        int configYamlColumn = 0; ///< 1-based file column of the nested text's first character
        QString configYamlSecretName; ///< configYaml.fromSecretKeyRef.name (2026-01 CRD)
        QString configYamlSecretKey;  ///< configYaml.fromSecretKeyRef.key
        QList<EnvVar> env;
        /// The same proxy, wherever its text sits in the file (the positions are not compared).
        bool operator==(const ProxyConfig &o) const
        {
            return apiBase == o.apiBase && model == o.model && configYaml == o.configYaml
                   && configYamlSecretName == o.configYamlSecretName && configYamlSecretKey == o.configYamlSecretKey
                   && env == o.env;
        }
    } proxyConfig;

    /// `spec.serverConfig` (2025-12 CRD) or `spec.hostedConfig` (2026-01 CRD): both are read here.
    struct ServerConfig
    {
        QString model;
        QList<EnvVar> env;
        QMap<QString, QString> resourceRequests;
        QMap<QString, QString> resourceLimits;
        bool operator==(const ServerConfig &) const = default;
    } serverConfig;

    bool operator==(const ModelApi &) const = default;
};
