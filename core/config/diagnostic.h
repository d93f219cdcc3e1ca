#pragma once

#include <QList>
#include <QString>

/// One finding of the validator or the codec, pointing at a node of the source file.
struct Diagnostic
{
    enum class Severity { Error, Warning, Info };

    Severity severity = Severity::Error;
    QString code;    ///< stable identifier, e.g. "tier-enum"
    QString path;    ///< e.g. "spec.tiers[2].tier"; empty for file-level problems
    int line = 0;    ///< 1-based; 0 when unknown
    int column = 0;  ///< 1-based; 0 when unknown
    QString message; ///< what is wrong and what to do about it

    bool isError() const { return severity == Severity::Error; }
    static QString severityName(Severity s);
};

using Diagnostics = QList<Diagnostic>;

inline QString Diagnostic::severityName(Severity s)
{
    switch (s) {
    case Severity::Error: return QStringLiteral("error");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Info: return QStringLiteral("info");
    }
    return {};
}

inline bool hasErrors(const Diagnostics &list)
{
    for (const Diagnostic &d : list)
        if (d.isError())
            return true;
    return false;
}
