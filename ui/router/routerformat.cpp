#include "routerformat.h"

#include <QCoreApplication>
#include <QLocale>

#include "uilocale.h"

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RouterFormat)
};
} // namespace

QString RouterFormat::className(RouteClass c)
{
    switch (c) {
    case RouteClass::Light: return Tr::tr("light");
    case RouteClass::Standard: return Tr::tr("standard");
    case RouteClass::Heavy: return Tr::tr("heavy");
    }
    return {};
}

QColor RouterFormat::classColor(RouteClass c)
{
    switch (c) {
    case RouteClass::Light: return QColor(0x8f, 0xd1, 0x9e);
    case RouteClass::Standard: return QColor(0xf5, 0xd0, 0x7a);
    case RouteClass::Heavy: return QColor(0xef, 0x9a, 0x8a);
    }
    return {};
}

QString RouterFormat::ruleLabel(RoutingDecision::Rule rule)
{
    switch (rule) {
    case RoutingDecision::Rule::Threshold: return Tr::tr("threshold");
    case RoutingDecision::Rule::TaskTypeOverride: return Tr::tr("task-type override");
    case RoutingDecision::Rule::AgentPreference: return Tr::tr("agent preference");
    case RoutingDecision::Rule::NoSignalDefault: return Tr::tr("default tier (no signal)");
    }
    return {};
}

QString RouterFormat::costExplanation(std::int64_t in, std::int64_t out, const TokenPrices &prices)
{
    if (!prices.isKnown())
        return Tr::tr("Cost unknown: set cost per million input and output tokens on this tier "
                      "in the Configs mode.");
    return Tr::tr("%1 in × $%2/M + %3 out × $%4/M = %5")
        .arg(count(in), UiLocale::money(prices.inputPerMillion->toFixed(2)), count(out),
             UiLocale::money(prices.outputPerMillion->toFixed(2)), cost(Cost::estimate(prices, in, out)));
}

QString RouterFormat::count(std::int64_t value)
{
    QLocale locale; // the UI language's (Translations::apply())
    if (locale.language() == QLocale::C)
        locale.setNumberOptions(QLocale::DefaultNumberOptions); // the C locale omits separators by default
    return locale.toString(qlonglong(value));
}

QString RouterFormat::cost(const std::optional<Decimal> &value)
{
    return value ? UiLocale::money(Cost::format(*value)) : Tr::tr("unknown");
}

QString RouterFormat::percent(double fraction, int decimals)
{
    return QStringLiteral("%1%").arg(UiLocale::number(100 * fraction, decimals));
}
