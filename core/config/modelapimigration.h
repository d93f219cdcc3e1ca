#pragma once

#include "configcodec.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

/// Rewrites a KAOS ModelAPI of the 2025-12 CRD shape into the 2026-01 shape (both are
/// ethical.institute/v1alpha1):
///  - `spec.serverConfig` becomes `spec.hostedConfig` with its `model` and `env`;
///  - `serverConfig.resources` moves to `spec.podSpec.containers[name: model-api].resources`,
///    the strategic-merge override of the generated container (2026-01 has no resources in
///    hostedConfig);
///  - a string `proxyConfig.configYaml` becomes `configYaml: {fromString: ...}`.
/// Everything else is kept, in order, with its quoting; comments inside the document are not
/// kept (the leading comment block and `---` marker are).
namespace ModelApiMigration {

/// True when `doc` is a ModelAPI that uses a 2025-12-only field.
bool canMigrate(const ConfigDocument &doc);

struct Result
{
    QByteArray source;   ///< the rewritten document (empty on error)
    QStringList changes; ///< one line per change, for the undo text and the user
    QString error;       ///< why it could not be migrated
};

/// The document's `source` in the 2026-01 shape.
Result toV202601(const ConfigDocument &doc);

} // namespace ModelApiMigration
