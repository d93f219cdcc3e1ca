#pragma once

// What tb_store_worker and tst_team_concurrency agree on: the tenant, the budget period, the
// experiment a resume worker continues, the usage a budget worker records per step.

#include "experiments/experiment.h"
#include "money/decimal.h"
#include "routing/budgetledger.h"

#include <QDateTime>
#include <QString>

namespace TeamWorkload {

inline QString tenant() { return QStringLiteral("platform-team"); }
inline QDateTime at() { return QDateTime(QDate(2026, 11, 22), QTime(10, 0), Qt::UTC); }
inline QString dayKey() { return QStringLiteral("day:2026-11-22"); }
inline QString monthKey() { return QStringLiteral("month:2026-11"); }

/// Step `i` of worker `worker`: varied amounts, so a lost or doubled update shows in the sum.
inline UsageDelta usage(int worker, int i)
{
    UsageDelta d;
    d.inputTokens = 1 + (worker * 7 + i) % 13;
    d.outputTokens = (worker + i) % 5;
    d.dollars = Decimal::fromRaw(qint64(1000003) * (1 + (worker + 3 * i) % 17)); // picodollars
    d.routeClass = RouteClass(i % 3);
    return d;
}

/// The experiment of the resume workers: `cases` prompts on one fake target.
inline Experiment experiment(int cases)
{
    Experiment e;
    e.name = QStringLiteral("team-resume");
    e.promptTemplate = PromptTemplate(QStringLiteral("Q{{n}}"));
    for (int i = 0; i < cases; ++i) {
        TestCase tc;
        tc.id = QStringLiteral("c%1").arg(i);
        tc.vars.insert(QStringLiteral("n"), QString::number(i));
        e.cases.append(tc);
    }
    Target t;
    t.id = QStringLiteral("fast");
    t.tier = QStringLiteral("fast");
    t.provider = QStringLiteral("openai");
    t.model = QStringLiteral("gpt-4o-mini");
    t.endpoint = QStringLiteral("http://127.0.0.1:9");
    e.targets = {t};
    e.repeats = 1;
    return e;
}

} // namespace TeamWorkload
