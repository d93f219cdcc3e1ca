#include "prompttemplate.h"

namespace {

struct Placeholder
{
    qsizetype begin = -1; ///< index of the first '{'
    qsizetype end = -1;   ///< one past the last '}'
    QString name;
};

/// Finds the next placeholder from `from`; begin == -1 when there is none, end == -1 when
/// the braces are not closed.
Placeholder nextPlaceholder(const QString &text, qsizetype from)
{
    Placeholder p;
    p.begin = text.indexOf(QStringLiteral("{{"), from);
    if (p.begin < 0)
        return p;
    const qsizetype close = text.indexOf(QStringLiteral("}}"), p.begin + 2);
    if (close < 0)
        return p;
    p.end = close + 2;
    p.name = text.mid(p.begin + 2, close - p.begin - 2).trimmed();
    return p;
}

} // namespace

QStringList PromptTemplate::variables() const
{
    QStringList names;
    qsizetype pos = 0;
    for (;;) {
        const Placeholder p = nextPlaceholder(m_text, pos);
        if (p.begin < 0 || p.end < 0)
            break;
        if (!p.name.isEmpty() && !names.contains(p.name))
            names.append(p.name);
        pos = p.end;
    }
    return names;
}

PromptTemplate::Rendered PromptTemplate::render(const QMap<QString, QString> &vars) const
{
    Rendered r;
    qsizetype pos = 0;
    for (;;) {
        const Placeholder p = nextPlaceholder(m_text, pos);
        if (p.begin < 0) {
            r.text += QStringView(m_text).mid(pos);
            break;
        }
        if (p.end < 0) {
            r.error = tr("Unterminated '{{' at offset %1 of the prompt template.").arg(p.begin);
            return r;
        }
        r.text += QStringView(m_text).mid(pos, p.begin - pos);
        if (p.name.isEmpty()) {
            r.error = tr("Empty placeholder '{{}}' at offset %1 of the prompt template.").arg(p.begin);
            return r;
        }
        const auto it = vars.constFind(p.name);
        if (it == vars.constEnd()) {
            if (!r.missing.contains(p.name))
                r.missing.append(p.name);
        } else {
            r.text += *it;
        }
        pos = p.end;
    }
    if (!r.missing.isEmpty()) {
        r.error = tr("The test case has no value for the template variable(s): %1.")
                      .arg(r.missing.join(QStringLiteral(", ")));
        r.text.clear();
    }
    return r;
}
