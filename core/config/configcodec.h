#pragma once

#include <optional>

#include "atomicfile.h"
#include "diagnostic.h"
#include "modelapi.h"
#include "tierconfig.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

/// A 1-based line and column in a source file; 0 when unknown.
struct SourcePosition
{
    int line = 0;
    int column = 0;
    bool isValid() const { return line > 0; }
    bool operator==(const SourcePosition &) const = default;
};

/// One YAML document of a (possibly multi-document) config file.
struct ConfigDocument
{
    enum class Kind {
        TierConfig, ///< core.infraagent.io/v1alpha1 ModelTierConfig: `tierConfig` is filled
        ModelApi,   ///< ethical.institute/v1alpha1 ModelAPI: `modelApi` is filled
        Unknown     ///< another kind (Namespace, Agent...), or a document too broken to read
    };

    Kind kind = Kind::Unknown;
    QString kindName;   ///< `kind:` as written, empty when missing
    int index = 0;      ///< 0-based position of the document in the file
    int startLine = 0;  ///< 1-based first line of the document (its `---` when it has one)
    int endLine = 0;    ///< 1-based last line of the document
    QByteArray source;  ///< this document's own text, as in the file (comments included)

    TierConfig tierConfig;
    ModelApi modelApi;
    /// The CRD schema the document was checked against, e.g. "KAOS ModelAPI 2026-01
    /// (ethical.institute/v1alpha1)"; empty for other kinds.
    QString schemaName;

    /// Position of every node by path ("spec.tiers[1].model", "metadata", "" for the root).
    QHash<QString, SourcePosition> valuePositions;
    /// Position of the key of every mapping entry by path ("spec.tiers[1].model" -> "model:").
    QHash<QString, SourcePosition> keyPositions;

    /// Where the UI should jump for `path`: the value's position, else its key's, else the
    /// nearest parent's that exists, else the document start.
    SourcePosition positionOf(const QString &path) const;
};

/// The result of reading one file: its documents plus every diagnostic of every document,
/// sorted by line, column, then code (deterministic).
struct ParsedConfigFile
{
    QList<ConfigDocument> documents;
    Diagnostics diagnostics;

    bool hasErrors() const { return ::hasErrors(diagnostics); }
    /// The documents of one kind, in file order.
    QList<const ConfigDocument *> documentsOfKind(ConfigDocument::Kind kind) const;
    /// The ModelTierConfig whose metadata.name is `name`, or the first one when `name` is
    /// empty; null when there is none.
    const ConfigDocument *tierConfigNamed(const QString &name = {}) const;
};

/// One ModelTierConfig read from a file for a command or a service that needs a usable
/// config: `config` is set only when the file was read, holds the asked-for config, and that
/// file has no errors. `error` then says what to do; `diagnostics` are the file's findings.
struct TierConfigLoad
{
    std::optional<TierConfig> config;
    Diagnostics diagnostics;
    QString error;
};

/// Reads and writes config YAML. Pure functions: bytes in, values out. yaml-cpp exceptions
/// never leave this module; they become Diagnostics with the line and column yaml-cpp reports.
namespace ConfigCodec {

/// The largest config file read (10 MB): parse() gives one "file-too-large" error above it,
/// and AtomicFile::read() refuses such a file before reading it.
inline constexpr qint64 MaxFileBytes = AtomicFile::MaxReadBytes;

/// Which checks parse() runs on each ModelTierConfig and ModelAPI document.
enum class Checks {
    All,       ///< the CRD schema (what the API server checks) plus TierBench's stricter rules
    SchemaOnly ///< only the CRD schema and the YAML structure, like `kubectl apply --dry-run=server`
};

/// Parses a (multi-document) YAML file and validates each document: against the bundled CRD
/// schema of its kind (ModelAPI: the version it targets, named by a schema-version info) and,
/// with Checks::All, the rules of ConfigValidator. A syntax error in one document does not
/// hide the other documents. Never throws. An empty input gives one "empty-document" error.
ParsedConfigFile parse(const QByteArray &yaml, Checks checks = Checks::All);

/// Reads `path` and picks its ModelTierConfig named `name` (the first when empty). A file
/// with errors gives no config: its error says how many and to run `tierctl validate`.
TierConfigLoad loadTierConfig(const QString &path, const QString &name = {});

/// Deterministic CRD YAML for one ModelTierConfig: fixed key order (apiVersion, kind, metadata,
/// spec{defaultAuth, tiers[]{tier, provider, model, endpoint, maxTokens, costPerMillionInput,
/// costPerMillionOutput, auth}}), costs always double-quoted, two-space indent, and each
/// mapping's UnknownFields written back after its modelled keys. Comments are not kept.
/// Values of the wrong type (a quoted maxTokens, an unquoted cost, a `tiers:` that is not a
/// list, a scalar `auth:`) are kept as written. Known limit: a `tiers` item that is not a
/// mapping (`- fast`) has no TierEntry and is dropped when an edited document is regenerated.
QByteArray toYaml(const TierConfig &config);

/// A whole file. A ModelTierConfig whose `tierConfig` was edited (differs from what its
/// `source` reads as) is regenerated with toYaml(const TierConfig &); every other document,
/// edited-free ModelTierConfigs included, is written back as its `source`, verbatim, comments
/// and all. Documents are separated by "---".
QByteArray toYaml(const QList<ConfigDocument> &documents);

/// The validated CRD YAML of a file: what Configs' "Export Validated CRD YAML…" writes and
/// `tierctl export --to crd` prints. toYaml(documents) when `diagnostics` (the file's, from
/// parse()) has no error, else nullopt: a file with errors is never exported.
std::optional<QByteArray> validatedCrdYaml(const QList<ConfigDocument> &documents, const Diagnostics &diagnostics);

} // namespace ConfigCodec
