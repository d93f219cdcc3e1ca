#pragma once

#include "database.h"

#include "routing/metricscollector.h"

#include <QCoreApplication>

/// routing's MetricsSink on the store's `routing_decisions` table, so the tier distribution,
/// savings and GPU-hours survive a restart and the dashboards can query them.
///
/// Unknown token counts and costs are stored as NULL, never 0. Each append() is one INSERT on
/// the calling thread's connection, committed when it returns true.
class SqlMetricsSink final : public MetricsSink
{
    Q_DECLARE_TR_FUNCTIONS(SqlMetricsSink)

public:
    explicit SqlMetricsSink(Database database);

    bool append(const DecisionRecord &record) override;
    QList<DecisionRecord> query(const QString &tenant, const QDateTime &from,
                                const QDateTime &to) const override;

    /// The last error of append() or query(), for logs and the UI.
    QString lastError() const { return m_lastError; }

private:
    Database m_database;
    mutable QString m_lastError;
};
