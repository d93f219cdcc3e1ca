#include "yamlhighlighter.h"

namespace {
QTextCharFormat makeFormat(const QColor &color, bool bold = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::Bold);
    return f;
}
} // namespace

YamlHighlighter::YamlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_rules = {
        {QRegularExpression(QStringLiteral("^(---|\\.\\.\\.)\\s*$")), makeFormat(QColor(0x80, 0x80, 0x80), true), 0},
        {QRegularExpression(QStringLiteral("^\\s*(?:-\\s+)?([A-Za-z_][\\w.-]*)\\s*:(?=\\s|$)")), makeFormat(QColor(0x1f, 0x4e, 0x9c), true), 1},
        {QRegularExpression(QStringLiteral(":\\s+(-?\\d+(?:\\.\\d+)?)\\s*$")), makeFormat(QColor(0x9c, 0x5d, 0x00)), 1},
        {QRegularExpression(QStringLiteral(":\\s+(true|false|null|~)\\s*$")), makeFormat(QColor(0x8a, 0x2b, 0xa8)), 1},
        {QRegularExpression(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'")), makeFormat(QColor(0x0a, 0x7a, 0x2f)), 0},
    };
    m_commentFormat = makeFormat(QColor(0x70, 0x70, 0x70));
    m_commentFormat.setFontItalic(true);
}

void YamlHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            setFormat(int(m.capturedStart(rule.group)), int(m.capturedLength(rule.group)),
                      rule.format);
        }
    }
    // A comment starts at '#' at line start or after whitespace, outside quotes.
    bool inSingle = false;
    bool inDouble = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"') && !inSingle)
            inDouble = !inDouble;
        else if (c == QLatin1Char('\'') && !inDouble)
            inSingle = !inSingle;
        else if (c == QLatin1Char('#') && !inSingle && !inDouble
                 && (i == 0 || text.at(i - 1).isSpace())) {
            setFormat(int(i), int(text.size() - i), m_commentFormat);
            break;
        }
    }
}
