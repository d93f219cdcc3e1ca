#include "variablehighlighter.h"

#include <QColor>
#include <QTextCharFormat>

VariableHighlighter::VariableHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
}

void VariableHighlighter::highlightBlock(const QString &text)
{
    QTextCharFormat variable;
    variable.setForeground(QColor(0x1f, 0x5f, 0xbf));
    variable.setBackground(QColor(0xe3, 0xed, 0xfb));
    variable.setFontWeight(QFont::DemiBold);
    QTextCharFormat broken;
    broken.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    broken.setUnderlineColor(Qt::red);

    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf(QStringLiteral("{{"), from);
        if (open < 0)
            return;
        const qsizetype close = text.indexOf(QStringLiteral("}}"), open + 2);
        if (close < 0) {
            setFormat(int(open), int(text.size() - open), broken);
            return;
        }
        setFormat(int(open), int(close + 2 - open), variable);
        from = close + 2;
    }
}
