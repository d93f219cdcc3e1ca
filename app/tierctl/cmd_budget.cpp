// tierctl budget [--tenant T] [--db DB] [--json]
// Each tenant's usage and limits for the current UTC day and month.
#include "cliutil.h"
#include "commands.h"

#include "routing/budgetmanager.h"
#include "routing/routerpolicy.h"
#include "store/database.h"
#include "store/sqlbudgetledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonValue limitJson(const std::optional<std::int64_t> &v)
{
    return v ? QJsonValue(qint64(*v)) : QJsonValue(QJsonValue::Null);
}

QJsonValue limitJson(const std::optional<Decimal> &v)
{
    return v ? QJsonValue(v->toString()) : QJsonValue(QJsonValue::Null);
}

QJsonObject periodJson(const BudgetManager &budget, const QString &tenant, BudgetPeriod period)
{
    const BudgetLimits limits = budget.limitsFor(tenant);
    const bool day = period == BudgetPeriod::Day;
    const QDateTime now = budget.currentTime();
    const PeriodUsage u = budget.usage(tenant, period);
    const QString key = BudgetManager::periodKey(period, now);
    return {{QStringLiteral("period"), key.mid(key.indexOf(u':') + 1)},
            {QStringLiteral("tokens"), qint64(u.tokens)},
            {QStringLiteral("usd"), u.dollars.toString()},
            {QStringLiteral("limits"), QJsonObject{{QStringLiteral("tokens"), limitJson(day ? limits.dailyTokens : limits.monthlyTokens)},
                                                   {QStringLiteral("usd"), limitJson(day ? limits.dailyDollars : limits.monthlyDollars)}}},
            {QStringLiteral("resetsAt"), BudgetManager::periodEnd(period, now).toString(Qt::ISODate)}};
}

QString line(const QJsonObject &p, const char *label)
{
    const QJsonObject limits = p.value(u"limits").toObject();
    auto of = [](const QJsonValue &limit) {
        return limit.isNull() ? QStringLiteral("no limit") : QStringLiteral("of ") + limit.toVariant().toString();
    };
    return QStringLiteral("  %1 %2: %3 tokens (%4), $%5 (%6); resets %7\n")
        .arg(QLatin1StringView(label), p.value(u"period").toString())
        .arg(p.value(u"tokens").toInteger())
        .arg(of(limits.value(u"tokens")), p.value(u"usd").toString(), of(limits.value(u"usd")),
             p.value(u"resetsAt").toString());
}

} // namespace

int runBudget(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption tenant(QStringLiteral("tenant"), QStringLiteral("Only this tenant."), QStringLiteral("T"));
    const QCommandLineOption db(QStringLiteral("db"),
                                QStringLiteral("The store: a SQLite file or postgres:// URL (default: $TIERBENCH_DB, then the workspace database)."),
                                QStringLiteral("PATH|URL"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print one JSON object."));
    const QCommandLineOption policy(QStringLiteral("policy"), QStringLiteral("RouterPolicy YAML whose budgets give the limits."),
                                    QStringLiteral("FILE"));
    parser.addOptions({tenant, db, json, policy});
    if (const int rc = Cli::parse(parser, arguments,
                                  QStringLiteral("Show each tenant's token and dollar usage and limits for the current UTC day "
                                                 "and month. Limits: the --policy file's budgets, else TOKEN_BUDGET_DAILY / TOKEN_BUDGET_MONTHLY.\n"
                                                 "Exit 0: ok; 2: usage error or the store cannot be opened."));
        rc >= 0)
        return rc;
    const QString command = arguments.value(0);
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(command, QStringLiteral("takes no positional arguments."));
    const Database database = Cli::database(parser.value(db));
    QString error;
    if (!database.openAndMigrate(&error)) {
        Cli::err() << command << ": " << error << "\n";
        Cli::err().flush();
        return 2;
    }
    SqlBudgetLedger ledger(database);
    BudgetManager budget(ledger);
    std::optional<RouterPolicy> loaded;
    if (parser.isSet(policy)) {
        loaded = Cli::loadPolicy(command, parser.value(policy));
        if (!loaded)
            return 2;
        loaded->applyTo(budget);
    }
    const QDateTime now = budget.currentTime();
    QStringList tenants = parser.isSet(tenant)
        ? QStringList{parser.value(tenant)}
        : ledger.tenants({BudgetManager::periodKey(BudgetPeriod::Day, now), BudgetManager::periodKey(BudgetPeriod::Month, now)});
    if (loaded && !parser.isSet(tenant)) { // tenants the policy names, even before they used anything
        for (auto it = loaded->tenantBudgets.cbegin(); it != loaded->tenantBudgets.cend(); ++it)
            if (!tenants.contains(it.key()))
                tenants.append(it.key());
        tenants.sort();
    }
    if (!ledger.lastError().isEmpty()) {
        Cli::err() << command << ": " << ledger.lastError() << "\n";
        Cli::err().flush();
        return 2;
    }
    QJsonArray rows;
    for (const QString &t : std::as_const(tenants))
        rows.append(QJsonObject{{QStringLiteral("tenant"), t},
                                {QStringLiteral("day"), periodJson(budget, t, BudgetPeriod::Day)},
                                {QStringLiteral("month"), periodJson(budget, t, BudgetPeriod::Month)}});
    if (parser.isSet(json)) {
        Cli::out() << QJsonDocument(QJsonObject{{QStringLiteral("tenants"), rows}}).toJson(QJsonDocument::Compact) << "\n";
    } else if (rows.isEmpty()) {
        Cli::out() << "No usage recorded this month. Routed calls (tierctl complete, Compare, the Router mode) "
                      "record it in " << database.displayName() << ".\n";
    } else {
        for (const QJsonValue &row : std::as_const(rows)) {
            const QJsonObject o = row.toObject();
            Cli::out() << o.value(u"tenant").toString() << "\n"
                       << line(o.value(u"day").toObject(), "day") << line(o.value(u"month").toObject(), "month");
        }
    }
    Cli::out().flush();
    return 0;
}
