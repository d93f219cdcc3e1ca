#include "configvalidator.h"
#include "yamlwalk_p.h"

#include "diagnosticcodes.h"
#include "yamlguard_p.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cstring>
#include <vector>

namespace ConfigDetail {

SourcePosition Walk::pos(const YAML::Mark &mark) const
{
    if (mark.line < 0)
        return {};
    return {lineOffset + mark.line + 1, mark.column + 1};
}

SourcePosition Walk::inScalar(const YAML::Node &scalar, int line, int column) const
{
    const YAML::Mark mark = scalar.Mark();
    const int at = lineOffset + mark.line - linesBase; // the mark's line within `lines`
    if (mark.line < 0 || at < 0 || at >= lines.size())
        return pos(mark);
    const QByteArray &header = lines.at(at);
    if (mark.column >= header.size() || header.at(mark.column) != '|')
        return pos(mark);
    // The block's indentation is its first non-blank content line's.
    int indent = -1;
    for (qsizetype i = at + 1; i < lines.size(); ++i) {
        const QByteArray &l = lines.at(i);
        if (l.trimmed().isEmpty())
            continue;
        int spaces = 0;
        while (spaces < l.size() && l.at(spaces) == ' ')
            ++spaces;
        indent = spaces;
        break;
    }
    if (indent < 0)
        return pos(mark);
    return {lineOffset + mark.line + 1 + line + 1, indent + column + 1};
}

SourcePosition Walk::keyOrValue(const QString &path) const
{
    // The key of `path`, else the key of the nearest parent that has one, else the root.
    QString p = path;
    while (!p.isEmpty()) {
        if (const auto it = doc->keyPositions.constFind(p); it != doc->keyPositions.cend())
            return *it;
        if (p.endsWith(u']')) // a list item has no key: point at the item itself
            if (const auto it = doc->valuePositions.constFind(p); it != doc->valuePositions.cend())
                return *it;
        const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
        p = cut > 0 ? p.left(cut) : QString();
    }
    return doc->positionOf(QString());
}

void Walk::add(Diagnostic::Severity severity, const QString &code, const QString &path,
               SourcePosition at, const QString &message)
{
    // Every code is a stable one of diagnosticcodes.h, always with the same severity.
#ifndef QT_NO_DEBUG
    const QString stable = QString(codePrefix) + code;
    const DiagnosticCodes::Code *entry = DiagnosticCodes::find(stable);
    Q_ASSERT_X(entry && entry->severity == severity, "Walk::add", qPrintable(stable));
#endif
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.path = path;
    d.line = at.line;
    d.column = at.column;
    d.message = ConfigValidator::redactSecrets(message);
    diagnostics->append(d);
}

QString joinPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString indexPath(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

QString toQString(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

bool isQuoted(const YAML::Node &node)
{
    return node.IsScalar() && node.Tag() == "!";
}

bool isNullScalar(const YAML::Node &node)
{
    if (node.IsNull())
        return true;
    if (!node.IsScalar() || isQuoted(node))
        return false;
    const std::string &s = node.Scalar();
    return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

bool isStringScalar(const YAML::Node &node)
{
    if (!node.IsScalar())
        return false;
    if (isQuoted(node))
        return true;
    if (node.Tag() == "tag:yaml.org,2002:str")
        return true;
    if (isNullScalar(node))
        return false;
    // YAML 1.2 core schema: these plain scalars are not strings. Each starts with a digit,
    // a sign, '.', or t/T/f/F (booleans); anything else is a string without the regex.
    const std::string &plain = node.Scalar();
    if (!plain.empty() && !std::strchr("0123456789+-.tTfF", plain.front()))
        return true;
    static const QRegularExpression nonString(QStringLiteral(
        "^(true|True|TRUE|false|False|FALSE"
        "|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
        "|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"
        "|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN))$"));
    return !nonString.match(toQString(node.Scalar())).hasMatch();
}

QString describe(const YAML::Node &node)
{
    if (node.IsMap())
        return ValidatorTr::tr("a mapping");
    if (node.IsSequence())
        return ValidatorTr::tr("a list");
    if (isNullScalar(node))
        return ValidatorTr::tr("empty");
    if (isStringScalar(node))
        return ValidatorTr::tr("a string");
    const QString text = toQString(node.Scalar());
    if (text.compare(u"true", Qt::CaseInsensitive) == 0 || text.compare(u"false", Qt::CaseInsensitive) == 0)
        return ValidatorTr::tr("a boolean");
    return ValidatorTr::tr("a number");
}

void emitNode(YAML::Emitter &out, const YAML::Node &node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        if (node.Style() == YAML::EmitterStyle::Flow)
            out << YAML::Flow;
        out << YAML::BeginMap;
        for (const auto &entry : node) { // one iterator dereference per entry
            out << YAML::Key;
            emitNode(out, entry.first);
            out << YAML::Value;
            emitNode(out, entry.second);
        }
        out << YAML::EndMap;
        break;
    case YAML::NodeType::Sequence:
        if (node.Style() == YAML::EmitterStyle::Flow)
            out << YAML::Flow;
        out << YAML::BeginSeq;
        for (const YAML::Node &item : node)
            emitNode(out, item);
        out << YAML::EndSeq;
        break;
    case YAML::NodeType::Scalar: {
        const std::string &tag = node.Tag();
        if (!tag.empty() && tag != "?" && tag != "!")
            out << YAML::VerbatimTag(tag);
        const std::string &s = node.Scalar();
        if (s.find('\n') != std::string::npos)
            out << YAML::Literal << s;
        else if (tag == "!")
            out << YAML::DoubleQuoted << s;
        else
            out << s;
        break;
    }
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        out << YAML::Null;
        break;
    }
}

QByteArray nodeToYaml(const YAML::Node &node)
{
    YAML::Emitter out;
    out.SetIndent(2);
    emitNode(out, node);
    return QByteArray(out.c_str(), qsizetype(out.size()));
}

namespace {

bool containsAncestor(const YAML::Node &node, std::vector<YAML::Node> &ancestors)
{
    if (!node.IsMap() && !node.IsSequence())
        return false;
    for (const YAML::Node &a : ancestors)
        if (a.is(node))
            return true;
    ancestors.push_back(node);
    bool found = false;
    if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end() && !found; ++it)
            found = containsAncestor(it->first, ancestors) || containsAncestor(it->second, ancestors);
    } else {
        for (auto it = node.begin(); it != node.end() && !found; ++it)
            found = containsAncestor(*it, ancestors);
    }
    ancestors.pop_back();
    return found;
}

} // namespace

bool isRecursive(const YAML::Node &node)
{
    std::vector<YAML::Node> ancestors;
    return containsAncestor(node, ancestors);
}

bool recordPositions(const YAML::Node &node, const QString &path, Walk &walk, int depth)
{
    walk.doc->valuePositions.insert(path, walk.pos(node));
    if (walk.scanSecrets && node.IsScalar()) // one walk for both: validate's speed budget
        scanSecretScalar(node, path, walk);
    if ((node.IsMap() || node.IsSequence()) && depth > YamlLimits::MaxDepth) {
        const YamlLoadError e = tooDeep(node.Mark());
        walk.error(e.code, path, walk.pos(node), e.message);
        return false;
    }
    if (node.IsMap()) {
        for (const auto &entry : node) { // one iterator dereference per entry
            if (!entry.first.IsScalar())
                continue;
            const QString child = joinPath(path, toQString(entry.first.Scalar()));
            SourcePosition &slot = walk.doc->keyPositions[child]; // one lookup: new or duplicate
            if (slot.isValid()) {
                walk.error(QStringLiteral("duplicate-key"), child, walk.pos(entry.first),
                           ValidatorTr::tr("\"%1\" appears twice in this mapping (first on line %2); tools disagree on "
                              "which one wins. Remove one of them.")
                               .arg(toQString(entry.first.Scalar()), QString::number(slot.line)));
                continue;
            }
            slot = walk.pos(entry.first);
            if (!recordPositions(entry.second, child, walk, depth + 1))
                return false;
        }
    } else if (node.IsSequence()) {
        qsizetype i = 0;
        for (const YAML::Node &item : node)
            if (!recordPositions(item, indexPath(path, i++), walk, depth + 1))
                return false;
    }
    return true;
}

void scanSecretScalar(const YAML::Node &node, const QString &path, Walk &walk)
{
    {
        // Every key the pattern matches contains "sk-": most scalars are passed over here,
        // without a QString or a regular expression (validate's speed budget, issue 12).
        if (node.Scalar().find("sk-") == std::string::npos)
            return;
        const QStringList textLines = toQString(node.Scalar()).split(u'\n');
        int lineIndex = 0;
        while (lineIndex < textLines.size() && !ConfigValidator::looksLikeSecret(textLines.at(lineIndex)))
            ++lineIndex;
        if (lineIndex == textLines.size())
            return;
        walk.warning(QStringLiteral("inline-secret"), path,
                     textLines.size() > 1 ? walk.inScalar(node, lineIndex, int(qMax(0, textLines.at(lineIndex).indexOf(u"sk-")))) : walk.pos(node),
                     ValidatorTr::tr("This value looks like a real API key pasted inline. Move it into a "
                        "Kubernetes Secret and reference it (auth.secretRef or "
                        "valueFrom.secretKeyRef); then rotate the key."));
    }
}

QString readMetadataName(const YAML::Node &root, Walk &walk)
{
    const YAML::Node metadata = root["metadata"];
    if (!metadata || isNullScalar(metadata)) {
        walk.error(QStringLiteral("missing-name"), QStringLiteral("metadata.name"),
                   walk.keyOrValue(QStringLiteral("metadata")),
                   ValidatorTr::tr("The document has no metadata.name. Add `metadata:` with a `name:` such as "
                      "\"default\"."));
        return {};
    }
    if (!metadata.IsMap()) {
        walk.error(QStringLiteral("wrong-type"), QStringLiteral("metadata"), walk.pos(metadata),
                   ValidatorTr::tr("metadata must be a mapping with a `name:`, not %1.").arg(describe(metadata)));
        return {};
    }
    const YAML::Node name = metadata["name"];
    if (!name || isNullScalar(name)) {
        walk.error(QStringLiteral("missing-name"), QStringLiteral("metadata.name"),
                   walk.keyOrValue(QStringLiteral("metadata")),
                   ValidatorTr::tr("metadata has no `name:`. Add one such as \"default\"."));
        return {};
    }
    const QString text = name.IsScalar() ? toQString(name.Scalar()) : QString();
    if (!isStringScalar(name) || !ConfigValidator::isDns1123Name(text)) {
        walk.error(QStringLiteral("invalid-name"), QStringLiteral("metadata.name"), walk.pos(name),
                   ValidatorTr::tr("metadata.name \"%1\" is not a valid DNS-1123 name: use lower-case letters, "
                      "digits, '-' and '.', starting and ending with a letter or digit, at most 253 "
                      "characters.").arg(text));
        return isStringScalar(name) ? text : QString();
    }
    return text;
}

QByteArray leadingLines(const QByteArray &source)
{
    QByteArray lead;
    for (const QByteArray &line : source.split('\n')) {
        const QByteArray t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith('#') && !t.startsWith("---"))
            break;
        lead += line + '\n';
    }
    return lead;
}

} // namespace ConfigDetail
