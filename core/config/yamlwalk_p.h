#pragma once

// Internal to core/config: the YAML tree walk shared by the codec and the validators.
// yaml-cpp types never appear in public headers.

#include "configcodec.h"

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>

namespace ConfigDetail {

/// State of the walk over one document: where diagnostics go, what is being filled, and how
/// yaml-cpp's 0-based marks (relative to the document's chunk) map to file positions.
struct Walk
{
    ConfigDocument *doc = nullptr;
    Diagnostics *diagnostics = nullptr;
    int lineOffset = 0;         ///< 0-based file line that a mark's line 0 is
    QList<QByteArray> lines;    ///< the chunk's lines, for block-scalar lookups
    int linesBase = 0;          ///< 0-based file line of lines[0]
    bool scanSecrets = false;   ///< recordPositions() also looks for pasted secrets
    /// What the codes of this walk stand under in DiagnosticCodes::table: "policy." for
    /// core/routing's RouterPolicy walk, which adds the prefix to its diagnostics at the end.
    QLatin1StringView codePrefix = {};

    SourcePosition pos(const YAML::Mark &mark) const;
    SourcePosition pos(const YAML::Node &node) const { return pos(node.Mark()); }
    /// Position of line `line` (0-based), column `column` (0-based) of a scalar's text. For a
    /// literal block scalar (`|`, `|-`, `|2`...) this is the exact file position (the block's
    /// content starts on the next line at its indentation); for other styles it is the
    /// scalar's own position.
    SourcePosition inScalar(const YAML::Node &scalar, int line, int column) const;
    /// Where a missing child of `path` should be reported: the parent's key, else its value.
    SourcePosition keyOrValue(const QString &path) const;

    void add(Diagnostic::Severity severity, const QString &code, const QString &path,
             SourcePosition at, const QString &message);
    void error(const QString &code, const QString &path, SourcePosition at, const QString &message)
    {
        add(Diagnostic::Severity::Error, code, path, at, message);
    }
    void warning(const QString &code, const QString &path, SourcePosition at, const QString &message)
    {
        add(Diagnostic::Severity::Warning, code, path, at, message);
    }
};

/// The translation context "ConfigValidator" for the free functions below (lupdate reads it).
class ValidatorTr
{
    Q_DECLARE_TR_FUNCTIONS(ConfigValidator)
};

QString joinPath(const QString &parent, const QString &key);
QString indexPath(const QString &parent, qsizetype index);
QString toQString(const std::string &s);

/// True when the scalar was quoted in the source (yaml-cpp gives it the "!" tag).
bool isQuoted(const YAML::Node &node);
/// True when the node is a scalar that YAML 1.2 reads as a string (quoted, or plain text
/// that is not a number, bool or null).
bool isStringScalar(const YAML::Node &node);
/// True for a plain scalar that is null ("", "~", "null").
bool isNullScalar(const YAML::Node &node);
/// "a string", "a number", "a list", "a mapping", "empty" — for messages.
QString describe(const YAML::Node &node);

/// YAML text of a node, keeping scalar quoting (unlike YAML::Dump).
QByteArray nodeToYaml(const YAML::Node &node);
/// The comment, blank and `---` lines that open a document's source, kept when it is rewritten.
QByteArray leadingLines(const QByteArray &source);
/// Writes a node to an emitter, keeping scalar quoting and multi-line literals.
void emitNode(YAML::Emitter &out, const YAML::Node &node);

/// True when a collection contains itself through an alias (`a: &x [*x]`). Every walk
/// below recurses, so callers check this first.
bool isRecursive(const YAML::Node &node);
/// Records the position of every node and key below `node` under `path`, and, when
/// walk.scanSecrets, warns about every scalar that looks like a pasted secret. Returns false,
/// with a nesting-too-deep error, when the tree nests deeper than YamlLimits::MaxDepth.
bool recordPositions(const YAML::Node &node, const QString &path, Walk &walk, int depth = 1);
/// Warns when one scalar looks like a pasted secret (an inline-secret warning at it).
void scanSecretScalar(const YAML::Node &scalar, const QString &path, Walk &walk);

/// Fills walk.doc->tierConfig from a ModelTierConfig root mapping and validates it.
void readTierConfig(const YAML::Node &root, Walk &walk);
/// Fills walk.doc->modelApi from a ModelAPI root mapping and validates it.
void readModelApi(const YAML::Node &root, Walk &walk);
/// Shared by both kinds: metadata.name must be a DNS-1123 name. Returns the name.
QString readMetadataName(const YAML::Node &root, Walk &walk);

} // namespace ConfigDetail
