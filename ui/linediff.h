#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// A line-based diff (longest common subsequence), for the "review changes before saving" dialog.
struct DiffLine
{
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
};

namespace LineDiff {
QList<DiffLine> compute(const QString &before, const QString &after);
/// Unified-style text: "  same", "- removed", "+ added".
QString toText(const QList<DiffLine> &lines);
int changedLineCount(const QList<DiffLine> &lines);
} // namespace LineDiff
