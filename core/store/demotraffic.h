#pragma once

#include "config/tierconfig.h"
#include "database.h"
#include "runrecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

/// Simulated traffic for `tierbench --demo`, so the Dashboard has something to show on a
/// fresh install: every tier of the config (most calls on the first, fewest on the last),
/// two tenants, a daily and weekly cycle, TTFT and latency per tier, a few percent of
/// errors of several classes (rate limits at peak hours, reasoning timeouts, an auth
/// outage of one tenant), costs from the config's prices. Every call has simulated = 1 and
/// source "demo". The same config, days and end give the same calls (ids "demo-N").
struct DemoTrafficReport
{
    qint64 inserted = 0;
    bool alreadySeeded = false; ///< the store had demo calls; nothing was added
    QString error;
    bool ok() const { return error.isEmpty(); }
};

class DemoTraffic
{
    Q_DECLARE_TR_FUNCTIONS(DemoTraffic)

public:
    static QString source() { return QStringLiteral("demo"); }

    /// Whether the store holds any demo call (one indexed read of the rollups).
    static bool hasDemoRows(const Database &database, QString *error = nullptr);
    /// Stores `days` days of demo calls ending at `end` (now when invalid), once: a store
    /// that already has demo calls gets nothing. Runs on the calling thread (about a second
    /// for 30 days: call it off the GUI thread).
    static DemoTrafficReport seed(const Database &database, const TierConfig &config, int days = 30,
                                  QDateTime end = {});
    /// The calls seed() stores (deterministic, no I/O).
    static QList<RunRecord> generate(const TierConfig &config, int days, const QDateTime &end);
};
