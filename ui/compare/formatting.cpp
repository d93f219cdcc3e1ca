#include "formatting.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include "uilocale.h"

namespace {
/// The translation context "CompareFormat" for the free functions below (lupdate reads it).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(CompareFormat)
};
} // namespace

namespace CompareFormat {

QString unknown()
{
    return Tr::tr("unknown");
}

QString ms(std::optional<qint64> value)
{
    if (!value)
        return unknown();
    if (*value < 1000)
        return Tr::tr("%1 ms").arg(*value);
    return Tr::tr("%1 s").arg(UiLocale::number(double(*value) / 1000.0, 2));
}

QString tokens(std::optional<qint64> value)
{
    return value ? UiLocale::count(*value) : unknown();
}

QString tokensPerSecond(std::optional<double> value)
{
    return value ? Tr::tr("%1 tok/s").arg(UiLocale::number(*value, 1)) : unknown();
}

QString cost(const std::optional<Decimal> &value)
{
    return value ? UiLocale::money(Cost::format(*value)) : unknown();
}

QString costExplanation(const CellOutcome &o, const TokenPrices &prices)
{
    if (!o.inputTokens || !o.outputTokens)
        return Tr::tr("Cost unknown: the provider did not report token counts.");
    if (!prices.isKnown()) {
        if (o.cost)
            return Tr::tr("%1 (reported by the executor; the target's prices are unknown)")
                .arg(cost(o.cost));
        return Tr::tr("Cost unknown: set cost per million input and output tokens on this tier.");
    }
    return Tr::tr("%1 in × $%2/M + %3 out × $%4/M = %5")
        .arg(UiLocale::count(*o.inputTokens), UiLocale::money(prices.inputPerMillion->toFixed(2)),
             UiLocale::count(*o.outputTokens), UiLocale::money(prices.outputPerMillion->toFixed(2)), cost(o.cost));
}

QString latencyExplanation(const CellOutcome &o)
{
    return Tr::tr("TTFT %1, total %2").arg(ms(o.ttftMs), ms(o.totalMs));
}

QString errorAdvice(const QString &errorClass)
{
    if (errorClass == u"auth")
        return Tr::tr("Check the API key for this provider in Settings ▸ Keys.");
    if (errorClass == u"rate_limited")
        return Tr::tr("Rate limited: lower the concurrency or wait; the cell is retried.");
    if (errorClass == u"context_length")
        return Tr::tr("The prompt is too long for this model: shorten it or pick a larger model.");
    if (errorClass == u"timeout" || errorClass == u"network")
        return Tr::tr("The endpoint did not answer: check the base URL and your connection, then "
                  "retry the failed cells.");
    if (errorClass == u"server" || errorClass == u"overloaded")
        return Tr::tr("The provider had a problem: retry the failed cells later.");
    if (errorClass == u"spend_cap")
        return Tr::tr("The account's spending limit is reached: raise it with the provider.");
    if (errorClass == u"cancelled")
        return Tr::tr("Cancelled before it finished.");
    if (errorClass == u"routing")
        return Tr::tr("The router could not pick a tier: check the config's tiers.");
    if (errorClass == u"invalid_request")
        return Tr::tr("The provider refused the request: check the model name and parameters.");
    return Tr::tr("Retry the failed cells; if it persists, check the provider's status.");
}

QString decisionSummary(const QJsonObject &d)
{
    if (d.isEmpty())
        return {};
    const QString score = QLocale::c().toString(d.value(u"score").toDouble(), 'f', 2);
    return Tr::tr("%1 · score %2 · %3 → %4")
        .arg(d.value(u"class").toString(), score, d.value(u"rule").toString(),
             d.value(u"tier").toString());
}

QString decisionDetails(const QJsonObject &d)
{
    if (d.isEmpty())
        return {};
    QStringList lines{d.value(u"reason").toString()};
    const QJsonObject f = d.value(u"factors").toObject();
    for (auto it = f.constBegin(); it != f.constEnd(); ++it)
        lines << QStringLiteral("%1: %2").arg(it.key(),
                                              QLocale::c().toString(it->toDouble(), 'f', 2));
    return lines.join(u'\n');
}

} // namespace CompareFormat
