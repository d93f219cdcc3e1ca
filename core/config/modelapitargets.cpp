#include "modelapitargets.h"

#include "configvalidator.h"
#include "yamlguard_p.h"

#include <QUrl>

namespace {

QStringList nestedModelNames(const QString &configYaml)
{
    QStringList names;
    const ConfigDetail::YamlLoad load = ConfigDetail::loadYaml(configYaml.toUtf8());
    if (load.error || !load.root.IsMap())
        return names;
    try {
        const YAML::Node list = load.root["model_list"];
        if (!list || !list.IsSequence())
            return names;
        for (const YAML::Node &entry : list) {
            if (!entry.IsMap() || !entry["model_name"] || !entry["model_name"].IsScalar())
                continue;
            const QString name = QString::fromStdString(entry["model_name"].Scalar()).trimmed();
            if (!name.isEmpty() && !names.contains(name))
                names << name;
        }
    } catch (const YAML::Exception &) {
        names.clear(); // a malformed tree: the validator reports it at its line
    }
    return names;
}

} // namespace

QStringList ModelApiTargets::servedModels(const ModelApi &api)
{
    if (api.mode != u"Proxy" || api.proxyConfig.apiBase.trimmed().isEmpty())
        return {};
    if (!api.proxyConfig.model.trimmed().isEmpty())
        return {api.proxyConfig.model.trimmed()};
    return nestedModelNames(api.proxyConfig.configYaml);
}

TierConfig ModelApiTargets::asTierConfig(const ModelApi &api)
{
    TierConfig config;
    config.name = api.name;
    const QString base = api.proxyConfig.apiBase.trimmed();
    for (const QString &model : servedModels(api)) {
        TierEntry entry;
        entry.tier = model;
        entry.provider = QString::fromLatin1(ProxyProvider);
        entry.model = model;
        entry.endpoint = base;
        if (ConfigValidator::isLoopbackHost(QUrl(base).host()))
            entry.auth = AuthConfig{.type = QStringLiteral("none")};
        config.tiers.append(entry);
    }
    return config;
}
