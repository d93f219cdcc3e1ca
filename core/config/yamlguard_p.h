#pragma once

// Internal to core/config: loading untrusted YAML with bounds. Every YAML::Load of text that
// came from a file or a user goes through loadYaml(), so that an alias bomb, a NUL byte,
// invalid UTF-8, absurd nesting or a string left open at the end of the input is a diagnostic
// instead of gigabytes of memory, a silently truncated document or a clean bill of health.

#include <yaml-cpp/yaml.h>

#include <QByteArray>
#include <QString>

#include <optional>

namespace ConfigDetail {

namespace YamlLimits {
/// Nodes that expanding a document's aliases may add (walks visit each alias in full).
inline constexpr qint64 MaxExpandedNodes = 1'000'000;
/// Nested mappings and lists. Real configs nest fewer than ten deep.
inline constexpr int MaxDepth = 100;
} // namespace YamlLimits

/// Why a text could not be loaded, at a 0-based line and column of that text.
struct YamlLoadError
{
    QString code;    ///< yaml-syntax, yaml-encoding, alias-expansion, nesting-too-deep
    QString message; ///< complete sentence(s), says what to do
    int line = 0;    ///< 0-based; -1 when unknown
    int column = 0;  ///< 0-based, in characters
};

struct YamlLoad
{
    YAML::Node root;
    std::optional<YamlLoadError> error;
};

/// The first NUL byte or invalid UTF-8 sequence in `text`, as an error at its position.
std::optional<YamlLoadError> checkEncoding(const QByteArray &text);

/// The guards of loadYaml() for text that a caller loads itself (e.g. with YAML::LoadAll):
/// encoding, and alias expansion and cycles over every document. Syntax errors are left to
/// the caller's own load.
std::optional<YamlLoadError> checkUntrustedText(const QByteArray &text);

/// Loads one YAML document, never throwing: encoding, alias expansion (when the text has an
/// alias at all), yaml-cpp's own errors, a quoted string that is never closed, and, when
/// `checkNesting`, nesting (callers whose own walk checks depth pass false).
YamlLoad loadYaml(const QByteArray &text, bool checkNesting = true);

/// yaml-cpp 0.7 accepts a quoted scalar left open at the end of the input: an error at its
/// opening quote when the last node of `root` is such a scalar. `text` is what the marks
/// refer to.
std::optional<YamlLoadError> checkClosingQuote(const YAML::Node &root, const QByteArray &text);

/// Nesting deeper than YamlLimits::MaxDepth below `node`: an error at the first node too
/// deep, or nullopt.
std::optional<YamlLoadError> checkDepth(const YAML::Node &node);
/// The error for a node at depth MaxDepth + 1.
YamlLoadError tooDeep(const YAML::Mark &mark);

} // namespace ConfigDetail
