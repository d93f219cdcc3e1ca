#pragma once

#include "routedcall.h"

#include "store/runrecord.h"

/// The stored forms of a routed call. Keys are never part of them.
namespace CallRecords {

/// One attempt as a `runs` row.
RunRecord run(const RoutedCallPlan &plan, const CompletionRequest &request, const CompletionResult &result);
/// The routing decision as a `routing_decisions` row, with the outcome of the call it led to.
RoutingDecisionRecord decision(const RoutedCallPlan &plan, const RoutedCallResult &result,
                               const QString &servedRunId);
/// The usage charged to the budget: the reported tokens, else the plan's estimate (a provider
/// that reports no usage must not slip past the budget).
UsageDelta usage(const RoutedCallPlan &plan, const CompletionResult &served, RouteClass servedClass);
/// Milliseconds between two monotonic nanosecond marks, when both are known.
std::optional<qint64> msBetween(const std::optional<qint64> &fromNs, const std::optional<qint64> &toNs);

} // namespace CallRecords
