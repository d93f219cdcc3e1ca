#include "configvalidator.h"

#include <QRegularExpression>
#include <QUrl>

namespace ConfigValidator {

QStringList tierNames()
{
    return {QStringLiteral("fast"), QStringLiteral("standard"), QStringLiteral("reasoning")};
}

QStringList authTypes()
{
    return {QStringLiteral("apiKey"), QStringLiteral("oauth"), QStringLiteral("serviceAccount"),
            QStringLiteral("none"), QStringLiteral("custom")};
}

bool isDns1123Name(QStringView name)
{
    static const QRegularExpression re(QStringLiteral(
        "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    return !name.isEmpty() && name.size() <= 253 && re.match(name).hasMatch();
}

bool isNonNegativeDecimal(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]+(\\.[0-9]{1,12})?$"));
    return re.match(text).hasMatch();
}

bool isQuantity(QStringView text)
{
    static const QRegularExpression pattern(QString::fromLatin1(QuantityPattern));
    return pattern.match(text).hasMatch();
}

bool isHttpUrl(QStringView text)
{
    const QUrl url(text.toString(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme();
    return scheme == u"http" || scheme == u"https";
}

bool isLoopbackHost(const QString &host)
{
    const QString h = host.toLower();
    if (h == u"localhost" || h.endsWith(u".localhost"))
        return true;
    if (h == u"::1" || h == u"0:0:0:0:0:0:0:1" || h == u"::ffff:127.0.0.1")
        return true;
    // 127.0.0.0/8 as a dotted quad (core has no QtNetwork for QHostAddress).
    const QStringList parts = h.split(u'.');
    if (parts.size() != 4 || parts.at(0) != u"127")
        return false;
    for (const QString &p : parts) {
        bool ok = false;
        const int n = p.toInt(&ok);
        if (!ok || n < 0 || n > 255 || p.isEmpty())
            return false;
    }
    return true;
}

bool isCleartextRemote(QStringView text)
{
    const QUrl url(text.toString());
    return url.scheme().compare(u"http", Qt::CaseInsensitive) == 0 && !url.host().isEmpty()
           && !isLoopbackHost(url.host());
}

namespace {
const QRegularExpression &secretPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(^|[^A-Za-z0-9])(sk-(ant-|proj-)?[A-Za-z0-9_\\-]{16,})"));
    return re;
}
} // namespace

bool looksLikeSecret(QStringView text)
{
    return secretPattern().match(text).hasMatch();
}

QString redactSecrets(const QString &text)
{
    QString result = text;
    result.replace(secretPattern(), QStringLiteral("\\1sk-\u2026(hidden)"));
    return result;
}

} // namespace ConfigValidator
