#pragma once

#include "routedcall.h"

#include "experiments/cellexecutor.h"

#include <QPointer>

class RoutedCallService;

/// Compare's "router" target on the RoutedCall path. route() plans the call (estimator,
/// router, budget check) and names the tier; the cell then runs through RoutedCellExecutor,
/// which sends it as a RoutedCall (fallback chain, budget record). The A/B run stores the cell
/// itself, so the routed call records only the budget usage.
class RoutedCallRouter final : public TargetRouter
{
    Q_DECLARE_TR_FUNCTIONS(RoutedCallRouter)
public:
    explicit RoutedCallRouter(RoutedCallService *service) : m_service(service) {}
    Route route(const QString &systemPrompt, const QString &prompt) override;

    /// The tenant A/B runs are billed to.
    void setTenant(const QString &tenant) { m_tenant = tenant; }

private:
    RoutedCallService *m_service;
    QString m_tenant = QStringLiteral("default");
};

/// A CellExecutor that sends router-chosen cells as RoutedCalls and every other cell through
/// `direct` (the plain provider executor).
class RoutedCellExecutor final : public CellExecutor
{
public:
    RoutedCellExecutor(RoutedCallService *service, CellExecutor *direct, QString tenant = QStringLiteral("default"))
        : m_service(service), m_direct(direct), m_tenant(std::move(tenant)) {}
    CellJob *start(const CellRequest &request, QObject *parent) override;

    /// The outcome of a cell from a finished routed call (what served it, tokens, timings).
    static CellOutcome outcomeFrom(const RoutedCallResult &result);

private:
    RoutedCallService *m_service;
    CellExecutor *m_direct;
    QString m_tenant;
};

class RoutedCellJob final : public CellJob
{
    Q_OBJECT
public:
    RoutedCellJob(RoutedCall *call, QObject *parent);
    void abort() override;

private:
    QPointer<RoutedCall> m_call;
};
