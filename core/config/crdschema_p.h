#pragma once

// Internal to core/config: the bundled CRD schemas (resources/crd/*.json, openAPIV3Schema of
// each CRD) and the check of a document against one of them, the way the API server does it.

#include "yamlwalk_p.h"

#include <QString>

namespace ConfigDetail {

enum class CrdSchemaId {
    TierConfig,     ///< core.infraagent.io ModelTierConfig
    ModelApi202512, ///< KAOS ethical.institute ModelAPI of 2025-12: serverConfig, string configYaml
    ModelApi202601, ///< KAOS ethical.institute ModelAPI of 2026-01: hostedConfig, podSpec, gatewayRoute
};

/// A short user-facing name, e.g. "KAOS ModelAPI 2026-01".
QString crdSchemaLabel(CrdSchemaId id);

/// The ModelAPI schema a document targets, from its apiVersion and the fields only one
/// version has; `reason` says which fields decided (for the schema-version info).
struct SchemaPick
{
    CrdSchemaId id = CrdSchemaId::ModelApi202601;
    QString reason;
};
SchemaPick pickModelApiSchema(const YAML::Node &root);

/// Validates `root` against the schema: structural types, enum, required, pattern, minItems,
/// int32/int64 ranges, int-or-string and quantities (valijson, with null fields pruned), then
/// warns about fields the schema does not know. A finding is left out when the document
/// already has one at the same path (TierBench's own, more specific rules ran first):
/// `firstDiagnostic` is the index in walk.diagnostics where this document's findings start.
void checkAgainstSchema(const YAML::Node &root, CrdSchemaId id, Walk &walk, qsizetype firstDiagnostic);

} // namespace ConfigDetail
