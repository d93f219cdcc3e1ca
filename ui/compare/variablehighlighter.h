#pragma once

#include <QSyntaxHighlighter>

/// Highlights `{{variables}}` in a prompt template; an unterminated `{{` is underlined red.
class VariableHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit VariableHighlighter(QTextDocument *document);
    Q_DISABLE_COPY_MOVE(VariableHighlighter)

protected:
    void highlightBlock(const QString &text) override;
};
