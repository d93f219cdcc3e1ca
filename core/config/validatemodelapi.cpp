// The KAOS ModelAPI rules (ethical.institute/v1alpha1, both the 2025-12 and 2026-01 CRDs).
#include "configvalidator.h"
#include "modelapiyaml_p.h"
#include "yamlguard_p.h"
#include "yamlwalk_p.h"

#include <QCoreApplication>
#include <algorithm>
#include <initializer_list>
#include <iterator>

namespace ConfigDetail {

namespace {

QString scalarText(const YAML::Node &node)
{
    return node && node.IsScalar() && !isNullScalar(node) ? toQString(node.Scalar()) : QString();
}

QList<EnvVar> readEnv(const YAML::Node &env)
{
    QList<EnvVar> result;
    if (!env || !env.IsSequence())
        return result;
    for (const YAML::Node &item : env) {
        if (!item.IsMap())
            continue;
        EnvVar var;
        var.name = scalarText(item["name"]);
        var.value = scalarText(item["value"]);
        if (const YAML::Node ref = item["valueFrom"]; ref && ref.IsMap()) {
            if (const YAML::Node s = ref["secretKeyRef"]; s && s.IsMap()) {
                var.secretName = scalarText(s["name"]);
                var.secretKey = scalarText(s["key"]);
            }
        }
        result.append(var);
    }
    return result;
}

/// Validates a nested LiteLLM config.yaml; its positions map back into the outer file.
void checkNestedConfig(const YAML::Node &scalar, const QString &path, Walk &walk)
{
    const QList<QByteArray> lines = QByteArray::fromStdString(scalar.Scalar()).split('\n');
    const int lastLine = int(lines.size()) - (lines.constLast().isEmpty() ? 2 : 1);
    const auto at = [&](const YAML::Mark &m) {
        // An error "at end of input" is reported on the block's last line, not past it.
        if (m.line > lastLine && lastLine >= 0)
            return walk.inScalar(scalar, lastLine, int(lines.at(lastLine).size()));
        return walk.inScalar(scalar, qMax(0, m.line), qMax(0, m.column));
    };
    const YamlLoad load = loadYaml(QByteArray::fromStdString(scalar.Scalar()));
    if (load.error) {
        YAML::Mark mark;
        mark.line = load.error->line;
        mark.column = load.error->column;
        walk.error(load.error->code == u"yaml-syntax" ? QStringLiteral("config-yaml-syntax") : load.error->code,
                   path, at(mark), ValidatorTr::tr("The nested LiteLLM config is not usable: %1").arg(load.error->message));
        return;
    }
    const YAML::Node nested = load.root;
    if (!nested.IsMap()) {
        walk.error(QStringLiteral("config-yaml-structure"), path, walk.pos(scalar),
                   ValidatorTr::tr("The nested LiteLLM config must be a mapping with a `model_list:`, not %1.")
                       .arg(describe(nested)));
        return;
    }
    const YAML::Node list = nested["model_list"];
    if (!list || !list.IsSequence()) {
        walk.error(QStringLiteral("config-yaml-structure"), path,
                   list ? at(list.Mark()) : walk.pos(scalar),
                   ValidatorTr::tr("The nested LiteLLM config needs `model_list:` as a list of "
                      "`- model_name: ...` entries."));
        return;
    }
    for (const YAML::Node &entry : list) {
        const bool ok = entry.IsMap() && !scalarText(entry["model_name"]).isEmpty()
                        && entry["litellm_params"] && entry["litellm_params"].IsMap()
                        && !scalarText(entry["litellm_params"]["model"]).isEmpty();
        if (!ok)
            walk.error(QStringLiteral("config-yaml-structure"), path, at(entry.Mark()),
                       ValidatorTr::tr("Each model_list entry needs `model_name:` and `litellm_params:` with "
                          "a `model:`."));
    }
}

void readProxy(const YAML::Node &proxy, const QString &path, ModelApi &api, Walk &walk)
{
    if (!proxy.IsMap()) {
        walk.error(QStringLiteral("wrong-type"), path, walk.pos(proxy),
                   ValidatorTr::tr("%1 must be a mapping, not %2.").arg(path, describe(proxy)));
        return;
    }
    // Field names and types are the CRD schema's (schemacheck.cpp); these are TierBench's rules.
    api.proxyConfig.apiBase = scalarText(proxy["apiBase"]);
    api.proxyConfig.model = scalarText(proxy["model"]);
    api.proxyConfig.env = readEnv(proxy["env"]);
    if (!api.proxyConfig.apiBase.isEmpty() && !ConfigValidator::isHttpUrl(api.proxyConfig.apiBase))
        walk.error(QStringLiteral("endpoint-url"), joinPath(path, QStringLiteral("apiBase")),
                   walk.pos(proxy["apiBase"]),
                   ValidatorTr::tr("apiBase \"%1\" is not an http:// or https:// URL with a host.")
                       .arg(api.proxyConfig.apiBase));
    const YAML::Node config = proxy["configYaml"];
    const QString configPath = joinPath(path, QStringLiteral("configYaml"));
    if (config && config.IsScalar() && !isNullScalar(config)) {
        api.proxyConfig.configYaml = toQString(config.Scalar());
        const SourcePosition at = walk.inScalar(config, 0, 0);
        api.proxyConfig.configYamlLine = at.line;
        api.proxyConfig.configYamlColumn = at.column;
        checkNestedConfig(config, configPath, walk);
    } else if (config && config.IsMap()) {
        if (const YAML::Node s = config["fromString"]; s && s.IsScalar() && !isNullScalar(s)) {
            api.proxyConfig.configYaml = toQString(s.Scalar());
            const SourcePosition at = walk.inScalar(s, 0, 0);
            api.proxyConfig.configYamlLine = at.line;
            api.proxyConfig.configYamlColumn = at.column;
            checkNestedConfig(s, joinPath(configPath, QStringLiteral("fromString")), walk);
        }
        if (const YAML::Node ref = config["fromSecretKeyRef"]; ref && ref.IsMap()) {
            api.proxyConfig.configYamlSecretName = scalarText(ref["name"]);
            api.proxyConfig.configYamlSecretKey = scalarText(ref["key"]);
        }
    }
    const bool hasConfig = !api.proxyConfig.configYaml.isEmpty() || !api.proxyConfig.configYamlSecretName.isEmpty();
    if (api.mode == u"Proxy" && api.proxyConfig.apiBase.isEmpty() && api.proxyConfig.model.isEmpty() && !hasConfig)
        walk.error(QStringLiteral("proxy-empty"), path, walk.keyOrValue(path),
                   ValidatorTr::tr("A Proxy ModelAPI needs at least one of proxyConfig.apiBase, proxyConfig.model "
                      "or proxyConfig.configYaml."));
}

/// `resources.requests` and `.limits` (a 2025-12 serverConfig's, or the 2026-01 podSpec's
/// model-api container's); the CRD schema check reports what is malformed.
void readResources(const YAML::Node &res, ModelApi &api)
{
    if (!res || !res.IsMap())
        return;
    for (const char *group : {"requests", "limits"}) {
        const YAML::Node g = res[group];
        if (!g || !g.IsMap())
            continue;
        auto &target = qstrcmp(group, "requests") == 0 ? api.serverConfig.resourceRequests
                                                       : api.serverConfig.resourceLimits;
        for (auto it = g.begin(); it != g.end(); ++it)
            if (it->first.IsScalar())
                target.insert(toQString(it->first.Scalar()), scalarText(it->second));
    }
}

void readServer(const YAML::Node &server, const QString &path, ModelApi &api, Walk &walk)
{
    if (!server.IsMap()) {
        walk.error(QStringLiteral("wrong-type"), path, walk.pos(server),
                   ValidatorTr::tr("%1 must be a mapping with `model:`, not %2.").arg(path, describe(server)));
        return;
    }
    api.serverConfig.model = scalarText(server["model"]);
    api.serverConfig.env = readEnv(server["env"]);
    readResources(server["resources"], api);
}

} // namespace

void readModelApi(const YAML::Node &root, Walk &walk)
{
    ModelApi &api = walk.doc->modelApi;
    api.name = readMetadataName(root, walk);
    if (const YAML::Node md = root["metadata"]; md && md.IsMap())
        api.namespaceName = scalarText(md["namespace"]);
    const YAML::Node spec = root["spec"];
    if (!spec || isNullScalar(spec)) {
        walk.error(QStringLiteral("missing-spec"), QStringLiteral("spec"), walk.keyOrValue(QStringLiteral("spec")),
                   ValidatorTr::tr("The ModelAPI has no `spec:`. Add `spec:` with `mode: Proxy` or `mode: Hosted`."));
        return;
    }
    if (!spec.IsMap()) {
        walk.error(QStringLiteral("wrong-type"), QStringLiteral("spec"), walk.pos(spec),
                   ValidatorTr::tr("spec must be a mapping, not %1.").arg(describe(spec)));
        return;
    }
    const YAML::Node mode = spec["mode"];
    api.mode = scalarText(mode);
    if (api.mode.isEmpty())
        walk.error(QStringLiteral("missing-mode"), QStringLiteral("spec.mode"), walk.keyOrValue(QStringLiteral("spec")),
                   ValidatorTr::tr("spec has no `mode:`. Add `mode: Proxy` or `mode: Hosted`."));
    else if (api.mode != u"Proxy" && api.mode != u"Hosted")
        walk.error(QStringLiteral("mode-enum"), QStringLiteral("spec.mode"), walk.pos(mode),
                   ValidatorTr::tr("mode \"%1\" is not Proxy or Hosted.").arg(api.mode));

    // Unknown fields are the CRD schema's to report (schemacheck.cpp), per schema version.
    for (auto it = spec.begin(); it != spec.end(); ++it) {
        const std::string key = it->first.Scalar();
        const QString child = joinPath(QStringLiteral("spec"), toQString(key));
        if (key == "proxyConfig")
            readProxy(it->second, child, api, walk);
        else if (key == "serverConfig" || key == "hostedConfig")
            readServer(it->second, child, api, walk);
        else if (const YAML::Node c = key == "podSpec" ? modelApiContainer(it->second) : YAML::Node(); c.IsDefined())
            readResources(c["resources"], api);
    }
    if (api.mode == u"Proxy" && !spec["proxyConfig"])
        walk.error(QStringLiteral("proxy-empty"), QStringLiteral("spec.proxyConfig"), walk.pos(mode),
                   ValidatorTr::tr("A Proxy ModelAPI needs `proxyConfig:` with apiBase, model or configYaml."));
    if (api.mode == u"Hosted" && api.serverConfig.model.isEmpty()) {
        const QString block = spec["hostedConfig"] ? QStringLiteral("spec.hostedConfig") : QStringLiteral("spec.serverConfig");
        walk.error(QStringLiteral("hosted-no-model"), joinPath(block, QStringLiteral("model")),
                   spec[block.mid(5).toStdString()] ? walk.keyOrValue(block) : walk.pos(mode),
                   ValidatorTr::tr("A Hosted ModelAPI needs %1.model, the model to serve (e.g. \"smollm2:135m\").").arg(block));
    }
}

} // namespace ConfigDetail
