#include "textdelta.h"

bool TextDelta::applyTo(QString &text) const
{
    if (position < 0 || position + removed.size() > text.size())
        return false;
    if (QStringView(text).mid(position, removed.size()) != removed)
        return false;
    text.replace(position, removed.size(), added);
    return true;
}

TextDelta TextDelta::between(const QString &before, const QString &after)
{
    const qsizetype maxPrefix = qMin(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < maxPrefix && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < maxPrefix - prefix
           && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    TextDelta d;
    d.position = prefix;
    d.removed = before.mid(prefix, before.size() - prefix - suffix);
    d.added = after.mid(prefix, after.size() - prefix - suffix);
    return d;
}
