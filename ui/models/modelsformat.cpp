#include "modelsformat.h"

#include <QCoreApplication>
#include <QLocale>

#include "uilocale.h"

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ModelsFormat)
};
} // namespace

QString ModelsFormat::price(const std::optional<Decimal> &perMillion)
{
    return perMillion ? UiLocale::money(u'$' + perMillion->toString()) : Tr::tr("unknown");
}

QString ModelsFormat::count(const std::optional<qint64> &value)
{
    return value ? QLocale().toString(*value) : Tr::tr("unknown");
}

QString ModelsFormat::age(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return Tr::tr("never");
    const qint64 s = qMax<qint64>(0, at.secsTo(now));
    if (s < 60)
        return Tr::tr("just now");
    if (s < 3600)
        return Tr::tr("%1 min").arg(s / 60);
    if (s < 86400)
        return Tr::tr("%1 h").arg(s / 3600);
    return Tr::tr("%1 d").arg(s / 86400);
}

QString ModelsFormat::time(const QDateTime &at)
{
    return at.isValid() ? UiLocale::dateTime(at) : Tr::tr("unknown");
}
