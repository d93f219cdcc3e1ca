#pragma once
// Seeded random replay requests shared by tst_replay and tst_calibration: varied text (short
// greetings to long technical questions with code), context, capabilities, history, task types
// (with and without overrides), preferences and expected output tokens. Same seed, same list.

#include "routing/replay.h"

#include <QRandomGenerator>
#include <QStringList>

namespace ReplaySample {

struct Options
{
    bool taskTypes = true;   ///< include task types, some of which have overrides
    bool preferences = true; ///< include preferred tiers and classes (and an unknown one)
};

inline QList<ReplayRequest> generate(int count, quint32 seed, Options options = {})
{
    static const QStringList words = {
        QStringLiteral("hello"), QStringLiteral("thanks"), QStringLiteral("the"), QStringLiteral("service"),
        QStringLiteral("analyze"), QStringLiteral("security"), QStringLiteral("architecture"),
        QStringLiteral("concurrency"), QStringLiteral("evaluate"), QStringLiteral("trade-offs"),
        QStringLiteral("database"), QStringLiteral("latency"), QStringLiteral("pool"), QStringLiteral("why"),
        QStringLiteral("step"), QStringLiteral("by"), QStringLiteral("first"), QStringLiteral("translate"),
        QStringLiteral("authentication"), QStringLiteral("foo_bar"), QStringLiteral("getValue"),
        QStringLiteral("naïve"), QStringLiteral("Straße"), QStringLiteral("数据库"), QStringLiteral("{x=1;}"),
        QStringLiteral("implications"), QStringLiteral("kubernetes"), QStringLiteral("a"), QStringLiteral("is")};
    static const QStringList taskTypes = {
        QString(), QString(), QString(), QStringLiteral("chat"), QStringLiteral("code_review"),
        QStringLiteral("simple_qa"), QStringLiteral("security_analysis"), QStringLiteral("architecture")};
    static const QStringList capabilities = {
        QStringLiteral("security_analysis"), QStringLiteral("chat"), QStringLiteral("code_review"),
        QStringLiteral("data_analysis"), QStringLiteral("unknown_capability")};
    static const QStringList preferences = {QStringLiteral("fast"), QStringLiteral("reasoning"),
                                            QStringLiteral("heavy"), QStringLiteral("turbo")};
    static const char *const punctuation[] = {" ", " ", " ", ", ", ". ", "? ", "\n"};
    QRandomGenerator rng(seed);
    QList<ReplayRequest> out;
    for (int i = 0; i < count; ++i) {
        ReplayRequest r;
        r.id = QStringLiteral("r%1").arg(i);
        const int length = rng.bounded(100) < 70 ? rng.bounded(1, 30) : rng.bounded(30, 400);
        QString text;
        for (int w = 0; w < length; ++w)
            text += words.at(rng.bounded(int(words.size())))
                    + QLatin1StringView(punctuation[rng.bounded(7)]);
        if (rng.bounded(20) == 0)
            text += QStringLiteral("```\nint main() { return 0; }\n```");
        r.message = text.toUtf8();
        r.request.hints.contextTokens = rng.bounded(4) == 0 ? rng.bounded(0, 8000) : 0;
        for (int c = rng.bounded(3); c > 0; --c)
            r.request.hints.capabilities.append(capabilities.at(rng.bounded(int(capabilities.size()))));
        r.request.hints.historyTurns = rng.bounded(3) == 0 ? rng.bounded(0, 30) : 0;
        if (options.taskTypes)
            r.request.taskType = taskTypes.at(rng.bounded(int(taskTypes.size())));
        if (options.preferences && rng.bounded(10) == 0)
            r.request.preferredTier = preferences.at(rng.bounded(int(preferences.size())));
        if (rng.bounded(3) == 0)
            r.request.expectedOutputTokens = rng.bounded(0, 4000);
        out.append(r);
    }
    return out;
}

/// The request as ModelRouter::route takes it.
inline RouteRequest asRouteRequest(const ReplayRequest &r)
{
    RouteRequest q = r.request;
    q.message = QString::fromUtf8(r.message);
    return q;
}

} // namespace ReplaySample
