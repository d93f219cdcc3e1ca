#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

/// A prompt with `{{name}}` placeholders. Whitespace inside the braces is ignored
/// (`{{ name }}`). A variable the row does not supply is an error, never an empty string.
class PromptTemplate
{
    Q_DECLARE_TR_FUNCTIONS(PromptTemplate)
public:
    struct Rendered
    {
        QString text;
        QStringList missing; ///< variables the row did not supply
        QString error;       ///< user-facing; empty on success
        bool ok() const { return error.isEmpty(); }
    };

    PromptTemplate() = default;
    explicit PromptTemplate(QString text) : m_text(std::move(text)) {}

    const QString &text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }

    /// Names of the variables in order of first appearance, without duplicates.
    QStringList variables() const;
    /// Substitutes every placeholder. An unterminated `{{` is an error too.
    Rendered render(const QMap<QString, QString> &vars) const;

private:
    QString m_text;
};
