#include "formatting.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CompareFormat", text);
}
} // namespace

namespace CompareFormat {

QString unknown()
{
    return tr("unknown");
}

QString ms(std::optional<qint64> value)
{
    if (!value)
        return unknown();
    if (*value < 1000)
        return tr("%1 ms").arg(*value);
    return tr("%1 s").arg(QLocale::c().toString(double(*value) / 1000.0, 'f', 2));
}

QString tokens(std::optional<qint64> value)
{
    return value ? QLocale::c().toString(*value) : unknown();
}

QString tokensPerSecond(std::optional<double> value)
{
    return value ? tr("%1 tok/s").arg(QLocale::c().toString(*value, 'f', 1)) : unknown();
}

QString cost(const std::optional<Decimal> &value)
{
    return Cost::format(value);
}

QString costExplanation(const CellOutcome &o, const TokenPrices &prices)
{
    if (!o.inputTokens || !o.outputTokens)
        return tr("Cost unknown: the provider did not report token counts.");
    if (!prices.isKnown()) {
        if (o.cost)
            return tr("%1 (reported by the executor; the target's prices are unknown)")
                .arg(Cost::format(*o.cost));
        return tr("Cost unknown: set cost per million input and output tokens on this tier.");
    }
    const QLocale c = QLocale::c();
    return tr("%1 in × $%2/M + %3 out × $%4/M = %5")
        .arg(c.toString(*o.inputTokens), prices.inputPerMillion->toFixed(2),
             c.toString(*o.outputTokens), prices.outputPerMillion->toFixed(2), cost(o.cost));
}

QString latencyExplanation(const CellOutcome &o)
{
    return tr("TTFT %1, total %2").arg(ms(o.ttftMs), ms(o.totalMs));
}

QString errorAdvice(const QString &errorClass)
{
    if (errorClass == u"auth")
        return tr("Check the API key for this provider in Settings ▸ Keys.");
    if (errorClass == u"rate_limited")
        return tr("Rate limited: lower the concurrency or wait; the cell is retried.");
    if (errorClass == u"context_length")
        return tr("The prompt is too long for this model: shorten it or pick a larger model.");
    if (errorClass == u"timeout" || errorClass == u"network")
        return tr("The endpoint did not answer: check the base URL and your connection, then "
                  "retry the failed cells.");
    if (errorClass == u"server" || errorClass == u"overloaded")
        return tr("The provider had a problem: retry the failed cells later.");
    if (errorClass == u"spend_cap")
        return tr("The account's spending limit is reached: raise it with the provider.");
    if (errorClass == u"cancelled")
        return tr("Cancelled before it finished.");
    if (errorClass == u"routing")
        return tr("The router could not pick a tier: check the config's tiers.");
    if (errorClass == u"invalid_request")
        return tr("The provider refused the request: check the model name and parameters.");
    return tr("Retry the failed cells; if it persists, check the provider's status.");
}

QString decisionSummary(const QJsonObject &d)
{
    if (d.isEmpty())
        return {};
    const QString score = QLocale::c().toString(d.value(u"score").toDouble(), 'f', 2);
    return tr("%1 · score %2 · %3 → %4")
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
