#include "secretenv.h"

QString secretEnvName(const QString &secretRef, const QString &secretKey)
{
    const QString key = secretKey.isEmpty() ? QStringLiteral("api-key") : secretKey;
    const QString joined = (secretRef + QLatin1Char('_') + key).toUpper();
    QString name;
    name.reserve(joined.size() + 1);
    for (const QChar c : joined) {
        const bool keep = (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (keep)
            name += c;
        else if (!name.isEmpty() && !name.endsWith(u'_'))
            name += u'_';
    }
    while (name.endsWith(u'_'))
        name.chop(1);
    if (!name.isEmpty() && name.front().isDigit())
        name.prepend(u'_');
    return name;
}
