#include "modelapimigration.h"

#include "modelapiyaml_p.h"
#include "yamlguard_p.h"
#include "yamlwalk_p.h"

using namespace ConfigDetail;

namespace {

bool present(const YAML::Node &map, const char *key)
{
    const YAML::Node v = map[key];
    return v && !isNullScalar(v);
}

/// A copy of `map` with each entry passed through `entry(key, value, out)`, in order.
template<typename F>
YAML::Node rebuild(const YAML::Node &map, F entry)
{
    YAML::Node out(YAML::NodeType::Map);
    for (const auto &kv : map)
        entry(kv.first.Scalar(), kv.second, out);
    return out;
}

} // namespace

namespace ModelApiMigration {

bool canMigrate(const ConfigDocument &doc)
{
    return doc.kind == ConfigDocument::Kind::ModelApi && doc.schemaName.contains(u"2025-12");
}

Result toV202601(const ConfigDocument &doc)
{
    Result result;
    if (doc.kind != ConfigDocument::Kind::ModelApi) {
        result.error = ValidatorTr::tr("Only a ModelAPI document can be migrated.");
        return result;
    }
    const YamlLoad load = loadYaml(doc.source);
    if (load.error || !load.root.IsMap() || !load.root["spec"] || !load.root["spec"].IsMap()) {
        result.error = ValidatorTr::tr("The document must parse, with a `spec:` mapping, before it can be migrated.");
        return result;
    }
    try {
        const YAML::Node &root0 = load.root;
        const YAML::Node spec = root0["spec"];
        if (present(spec, "serverConfig") && present(spec, "hostedConfig")) {
            result.error = ValidatorTr::tr("The document has both serverConfig and hostedConfig; remove one first.");
            return result;
        }
        YAML::Node resources;
        bool moveResources = false;
        const YAML::Node newSpec = rebuild(spec, [&](const std::string &key, const YAML::Node &value, YAML::Node &out) {
            if (key == "serverConfig" && value.IsMap()) {
                out["hostedConfig"] = rebuild(value, [&](const std::string &k, const YAML::Node &v, YAML::Node &h) {
                    if (k == "resources" && !isNullScalar(v)) {
                        resources.reset(v);
                        moveResources = true;
                    } else {
                        h[k] = v;
                    }
                });
                result.changes << ValidatorTr::tr("spec.serverConfig → spec.hostedConfig");
            } else if (key == "proxyConfig" && value.IsMap()) {
                out[key] = rebuild(value, [&](const std::string &k, const YAML::Node &v, YAML::Node &p) {
                    if (k == "configYaml" && v.IsScalar() && !isNullScalar(v)) {
                        YAML::Node wrapped(YAML::NodeType::Map);
                        wrapped["fromString"] = v;
                        p[k] = wrapped;
                        result.changes << ValidatorTr::tr("proxyConfig.configYaml → proxyConfig.configYaml.fromString");
                    } else {
                        p[k] = v;
                    }
                });
            } else {
                out[key] = value;
            }
        });
        YAML::Node finalSpec = newSpec;
        if (moveResources) {
            // Replaces a podSpec copied above in place, or adds one at the end.
            finalSpec["podSpec"] = withResources(spec["podSpec"], resources);
            result.changes << ValidatorTr::tr("serverConfig.resources → podSpec.containers[model-api].resources");
        }
        if (result.changes.isEmpty()) {
            result.error = ValidatorTr::tr("The document already has the 2026-01 shape.");
            return result;
        }
        const YAML::Node root = rebuild(load.root, [&](const std::string &key, const YAML::Node &value, YAML::Node &out) {
            out[key] = key == "spec" ? finalSpec : value;
        });
        result.source = leadingLines(doc.source) + nodeToYaml(root) + '\n';
    } catch (const YAML::Exception &e) {
        result.error = ValidatorTr::tr("The document could not be migrated: %1.").arg(toQString(e.msg));
        result.changes.clear();
    }
    return result;
}

} // namespace ModelApiMigration
