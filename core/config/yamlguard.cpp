#include "yamlguard_p.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>

#include <QCoreApplication>
#include <QLocale>

#include <istream>
#include <streambuf>
#include <vector>

namespace ConfigDetail {

namespace {

/// The translation context "ConfigValidator" for the free functions below (lupdate reads it).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ConfigValidator)
};

/// 0-based line and character column of byte `offset`; the text before it is valid UTF-8.
std::pair<int, int> lineColumnOf(const QByteArray &text, qsizetype offset)
{
    int line = 0;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 0;
    for (qsizetype i = lineStart; i < offset; ++i)
        column += (uchar(text.at(i)) & 0xC0) != 0x80 ? 1 : 0; // count lead bytes only
    return {line, column};
}

/// Length of the valid UTF-8 sequence starting at `p`, or 0 when it is not one.
int utf8SequenceLength(const uchar *p, const uchar *end)
{
    const uchar c = p[0];
    int length = 0;
    uint32_t min = 0;
    uint32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2; cp = c & 0x1F; min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3; cp = c & 0x0F; min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4; cp = c & 0x07; min = 0x10000;
    } else {
        return 0;
    }
    if (end - p < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return length;
}

struct ExpansionStop
{
    YamlLoadError error;
};

/// Counts the nodes a document has with every alias expanded, from the parser's events, and
/// stops at the first alias that would pass the budget, or at a node nested too deep.
class ExpansionCounter final : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark &mark, YAML::anchor_t anchor) override { leaf(mark, anchor); }
    void OnScalar(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor, const std::string &) override
    {
        leaf(mark, anchor);
    }
    void OnAnchor(const YAML::Mark &, const std::string &name) override { m_pendingName = name; }
    void OnAlias(const YAML::Mark &mark, YAML::anchor_t anchor) override
    {
        const QString name = QString::fromStdString(nameOf(anchor));
        const qint64 size = anchor < m_sizes.size() ? m_sizes[anchor] : 0;
        if (size < 0)
            throw ExpansionStop{{QStringLiteral("alias-cycle"),
                                 Tr::tr("The alias *%1 refers to a node that contains it, which would never end "
                                    "when expanded. Remove the alias or point it at another anchor.").arg(name),
                                 mark.line, mark.column}};
        // Plain nodes are bounded by the text's size; only what aliases add is budgeted.
        if (m_aliasNodes + size > YamlLimits::MaxExpandedNodes)
            throw ExpansionStop{{QStringLiteral("alias-expansion"),
                                 Tr::tr("Expanding the alias *%1 here takes the document past %2 nodes (nested "
                                    "aliases multiply: an \"alias bomb\"). Use fewer levels of aliases, or "
                                    "write the values out.")
                                     .arg(name, QLocale::c().toString(YamlLimits::MaxExpandedNodes)),
                                 mark.line, mark.column}};
        m_aliasNodes += size;
        add(size);
    }
    void OnSequenceStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark &mark, const std::string &, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override
    {
        open(mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Open { qint64 size; YAML::anchor_t anchor; };

    void remember(YAML::anchor_t anchor, qint64 size)
    {
        if (anchor == 0)
            return;
        if (m_sizes.size() <= anchor) {
            m_sizes.resize(anchor + 1, 0);
            m_names.resize(anchor + 1);
        }
        m_sizes[anchor] = size;
        if (!m_pendingName.empty())
            m_names[anchor] = std::move(m_pendingName);
        m_pendingName.clear();
    }
    std::string nameOf(YAML::anchor_t anchor) const { return anchor < m_names.size() ? m_names[anchor] : std::string(); }
    void add(qint64 size)
    {
        m_total += size;
        if (!m_stack.empty())
            m_stack.back().size += size;
    }
    void leaf(const YAML::Mark &, YAML::anchor_t anchor)
    {
        remember(anchor, 1);
        add(1);
    }
    void open(const YAML::Mark &mark, YAML::anchor_t anchor)
    {
        if (int(m_stack.size()) >= YamlLimits::MaxDepth)
            throw ExpansionStop{tooDeep(mark)};
        remember(anchor, -1); // open: an alias to it now is a cycle
        m_total += 1;
        m_stack.push_back({1, anchor});
    }
    void close()
    {
        const Open done = m_stack.back();
        m_stack.pop_back();
        if (done.anchor != 0 && done.anchor < m_sizes.size())
            m_sizes[done.anchor] = done.size;
        if (!m_stack.empty())
            m_stack.back().size += done.size;
    }

    std::vector<Open> m_stack;
    std::vector<qint64> m_sizes;
    std::vector<std::string> m_names;
    std::string m_pendingName;
    qint64 m_total = 0;
    qint64 m_aliasNodes = 0;
};

/// A read-only std::streambuf over bytes that outlive it: yaml-cpp reads the text in place,
/// without the copies std::istringstream makes.
class BytesBuffer final : public std::streambuf
{
public:
    explicit BytesBuffer(const QByteArray &bytes)
    {
        char *begin = const_cast<char *>(bytes.constData()); // never written: no putback area
        setg(begin, begin, begin + bytes.size());
    }
};

std::optional<YamlLoadError> checkExpansion(const QByteArray &text, bool everyDocument = false)
{
    BytesBuffer buffer(text);
    std::istream in(&buffer);
    YAML::Parser parser(in);
    try {
        do {
            ExpansionCounter counter;
            if (!parser.HandleNextDocument(counter))
                break;
        } while (everyDocument);
    } catch (const ExpansionStop &stop) {
        return stop.error;
    } catch (const YAML::Exception &) {
        // A syntax error: YAML::Load reports it with its position.
    }
    return std::nullopt;
}

/// The last node of the document in reading order: an unterminated quoted string can only
/// be that one, since it swallows everything after it.
/// (YAML::Node's operator= writes through to the node; reset() rebinds the handle.)
YAML::Node lastNode(const YAML::Node &root)
{
    YAML::Node node;
    node.reset(root);
    for (int depth = 0; depth <= YamlLimits::MaxDepth; ++depth) {
        if (node.IsSequence() && node.size() > 0) {
            YAML::Node last;
            for (const YAML::Node &item : node)
                last.reset(item);
            node.reset(last);
        } else if (node.IsMap() && node.size() > 0) {
            YAML::Node value;
            for (auto it = node.begin(); it != node.end(); ++it)
                value.reset(it->second);
            node.reset(value);
        } else {
            break;
        }
    }
    return node;
}

} // namespace

std::optional<YamlLoadError> checkClosingQuote(const YAML::Node &root, const QByteArray &text)
{
    const YAML::Node last = lastNode(root);
    if (!last || !last.IsScalar() || last.Tag() != "!")
        return std::nullopt;
    const YAML::Mark mark = last.Mark();
    if (mark.pos < 0 || mark.pos >= text.size())
        return std::nullopt;
    const char quote = text.at(mark.pos);
    if (quote != '"' && quote != '\'')
        return std::nullopt;
    for (qsizetype i = mark.pos + 1; i < text.size(); ++i) {
        const char c = text.at(i);
        if (quote == '"' && c == '\\') {
            ++i;
        } else if (c == quote) {
            if (quote == '\'' && i + 1 < text.size() && text.at(i + 1) == '\'')
                ++i; // '' is an escaped quote
            else
                return std::nullopt;
        }
    }
    return YamlLoadError{QStringLiteral("yaml-syntax"),
                         quote == '"' ? Tr::tr("YAML syntax error: the double-quoted string that starts here is never "
                                           "closed. Add the closing \".")
                                      : Tr::tr("YAML syntax error: the single-quoted string that starts here is never "
                                           "closed. Add the closing '."),
                         mark.line, mark.column};
}

namespace {

std::optional<YamlLoadError> depthBelow(const YAML::Node &node, int depth)
{
    if (!node.IsMap() && !node.IsSequence())
        return std::nullopt;
    if (depth > YamlLimits::MaxDepth)
        return tooDeep(node.Mark());
    if (node.IsMap()) {
        for (auto it = node.begin(); it != node.end(); ++it)
            if (auto e = depthBelow(it->second, depth + 1))
                return e;
    } else {
        for (const YAML::Node &item : node)
            if (auto e = depthBelow(item, depth + 1))
                return e;
    }
    return std::nullopt;
}

} // namespace

YamlLoadError tooDeep(const YAML::Mark &mark)
{
    return {QStringLiteral("nesting-too-deep"),
            Tr::tr("The document nests mappings and lists more than %1 levels deep here. Flatten it; "
               "no config needs that many levels.").arg(YamlLimits::MaxDepth),
            mark.line, mark.column};
}

std::optional<YamlLoadError> checkEncoding(const QByteArray &text)
{
    const auto *begin = reinterpret_cast<const uchar *>(text.constData());
    const uchar *end = begin + text.size();
    for (const uchar *p = begin; p < end;) {
        if (*p >= 0x01 && *p < 0x80) { // ASCII but NUL
            ++p;
            continue;
        }
        const int length = *p == 0 ? 0 : utf8SequenceLength(p, end);
        if (length > 0) {
            p += length;
            continue;
        }
        const auto [line, column] = lineColumnOf(text, p - begin);
        return YamlLoadError{QStringLiteral("yaml-encoding"),
                             *p == 0 ? Tr::tr("The file contains a NUL byte here. YAML is text: remove it (was a "
                                          "binary file opened by mistake?).")
                                     : Tr::tr("The file is not valid UTF-8 here (byte 0x%1). Save it as UTF-8.")
                                           .arg(QString::number(*p, 16).toUpper()),
                             line, column};
    }
    return std::nullopt;
}

std::optional<YamlLoadError> checkDepth(const YAML::Node &node)
{
    return depthBelow(node, 1);
}

std::optional<YamlLoadError> checkUntrustedText(const QByteArray &text)
{
    if (auto e = checkEncoding(text))
        return e;
    return text.contains('*') ? checkExpansion(text, /*everyDocument=*/true) : std::nullopt;
}

YamlLoad loadYaml(const QByteArray &text, bool checkNesting)
{
    YamlLoad load;
    if (auto e = checkEncoding(text)) {
        load.error = e;
        return load;
    }
    // Only an alias multiplies nodes, and every alias starts with '*'.
    if (text.contains('*')) {
        if (auto e = checkExpansion(text)) {
            load.error = e;
            return load;
        }
    }
    try {
        BytesBuffer buffer(text);
        std::istream in(&buffer);
        load.root = YAML::Load(in);
    } catch (const YAML::DeepRecursion &e) {
        load.error = tooDeep(e.mark);
        return load;
    } catch (const YAML::Exception &e) {
        load.error = YamlLoadError{QStringLiteral("yaml-syntax"),
                                   Tr::tr("YAML syntax error: %1.").arg(QString::fromStdString(e.msg)),
                                   e.mark.line, e.mark.column};
        return load;
    }
    if (auto e = checkClosingQuote(load.root, text))
        load.error = e;
    else if (checkNesting)
        load.error = checkDepth(load.root);
    return load;
}

} // namespace ConfigDetail
