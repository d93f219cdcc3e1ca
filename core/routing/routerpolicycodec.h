#pragma once

#include "routerpolicy.h"

#include "config/configcodec.h"
#include "config/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/// The result of reading a policy: `policy` is set only when there are no errors.
struct RouterPolicyLoad
{
    std::optional<RouterPolicy> policy; ///< nullopt when there are errors
    QList<Diagnostic> diagnostics;      ///< with line:column (1-based), sorted by position
    QString error;                      ///< unreadable file, or "has N errors" with what to do
};

/// Reads and writes RouterPolicy YAML. yaml-cpp exceptions never leave this namespace.
///
/// Stable diagnostic codes: the "policy." rows of DiagnosticCodes::table
/// (config/diagnosticcodes.h), rendered in docs/diagnostic-codes.md.
///
/// Dollars follow the tier config's cost rule: a quoted decimal string ("50.00"); an unquoted
/// YAML number is an error, never coerced.
namespace RouterPolicyCodec {

/// Parses one RouterPolicy document. Never throws.
RouterPolicyLoad parse(const QByteArray &yaml);
/// Reads `path` and parses it; `error` says what to do when the file is unreadable or has errors.
RouterPolicyLoad load(const QString &path);
/// Deterministic YAML: fixed key order, maps sorted by key, dollars double-quoted, kept unknown
/// fields after the modelled ones. parse(toYaml(p)).policy == p. Comments are not kept.
QByteArray toYaml(const RouterPolicy &policy);

/// Every diagnostic of `file` (ConfigCodec::parse's result), with each RouterPolicy document
/// checked by parse() instead of by ConfigCodec. For `tierctl validate` and the workspace.
Diagnostics validate(const ParsedConfigFile &file);

} // namespace RouterPolicyCodec
