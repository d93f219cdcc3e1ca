#pragma once

// Internal to core/config: where a KAOS ModelAPI keeps the served model's resources. The
// 2025-12 CRD has `spec.serverConfig.resources`; the 2026-01 CRD moved them onto the
// container named model-api of `spec.podSpec`.

#include <yaml-cpp/yaml.h>

namespace ConfigDetail {

inline constexpr const char *ModelApiContainer = "model-api";

/// The model-api container of `podSpec`, or an undefined node.
inline YAML::Node modelApiContainer(const YAML::Node &podSpec)
{
    if (!podSpec || !podSpec.IsMap() || !podSpec["containers"] || !podSpec["containers"].IsSequence())
        return YAML::Node(YAML::NodeType::Undefined);
    for (const YAML::Node &c : podSpec["containers"])
        if (c.IsMap() && c["name"] && c["name"].IsScalar() && c["name"].Scalar() == ModelApiContainer)
            return c;
    return YAML::Node(YAML::NodeType::Undefined);
}

/// A copy of `podSpec` with `resources` on the model-api container (added when missing); a
/// null `resources` removes them.
inline YAML::Node withResources(const YAML::Node &podSpec, const YAML::Node &resources)
{
    YAML::Node pod = podSpec && podSpec.IsMap() ? YAML::Clone(podSpec) : YAML::Node(YAML::NodeType::Map);
    YAML::Node containers = pod["containers"];
    if (!containers || !containers.IsSequence()) {
        containers = YAML::Node(YAML::NodeType::Sequence);
        pod["containers"] = containers;
    }
    for (YAML::Node c : containers)
        if (c.IsMap() && c["name"] && c["name"].IsScalar() && c["name"].Scalar() == ModelApiContainer) {
            if (resources.IsNull())
                c.remove("resources");
            else
                c["resources"] = resources;
            return pod;
        }
    if (resources.IsNull())
        return pod;
    YAML::Node container(YAML::NodeType::Map);
    container["name"] = ModelApiContainer;
    container["resources"] = resources;
    pod["containers"].push_back(container);
    return pod;
}

} // namespace ConfigDetail
