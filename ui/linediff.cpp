#include "linediff.h"

#include <vector>

namespace LineDiff {

QList<DiffLine> compute(const QString &before, const QString &after)
{
    const QStringList a = before.split(QLatin1Char('\n'));
    const QStringList b = after.split(QLatin1Char('\n'));
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    // lcs[i][j]: length of the LCS of a[i..] and b[j..]. Config files are small.
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a.at(i) == b.at(j)
                ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                : qMax(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    QList<DiffLine> out;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            out.append({DiffLine::Kind::Same, a.at(i)});
            ++i;
            ++j;
        } else if (lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)]) {
            out.append({DiffLine::Kind::Removed, a.at(i++)});
        } else {
            out.append({DiffLine::Kind::Added, b.at(j++)});
        }
    }
    while (i < n)
        out.append({DiffLine::Kind::Removed, a.at(i++)});
    while (j < m)
        out.append({DiffLine::Kind::Added, b.at(j++)});
    return out;
}

QString toText(const QList<DiffLine> &lines)
{
    QString out;
    for (const DiffLine &l : lines) {
        switch (l.kind) {
        case DiffLine::Kind::Same: out += QStringLiteral("  "); break;
        case DiffLine::Kind::Removed: out += QStringLiteral("- "); break;
        case DiffLine::Kind::Added: out += QStringLiteral("+ "); break;
        }
        out += l.text + QLatin1Char('\n');
    }
    return out;
}

int changedLineCount(const QList<DiffLine> &lines)
{
    int n = 0;
    for (const DiffLine &l : lines)
        if (l.kind != DiffLine::Kind::Same)
            ++n;
    return n;
}

} // namespace LineDiff
