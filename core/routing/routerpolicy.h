#pragma once

#include "budgetmanager.h"
#include "complexityestimator.h"
#include "routeclass.h"

#include "config/unknownfield.h"

#include <QHash>
#include <QString>

class ModelRouter;

/// The user's routing knobs as data: thresholds, factor weights, task-type overrides, the default tier,
/// capability criticalities and budgets. Read and written by RouterPolicyCodec
/// (`kind: RouterPolicy`, apiVersion tierbench.io/v1alpha1).
///
/// A section the document leaves out takes the seed's value; a section it writes replaces the
/// seed's whole (an empty `taskOverrides: {}` means no overrides at all).
///
/// Budgets: with a `spec.budgets` section (`hasBudgets`), its limits are the only ones; an
/// unset limit is unlimited. Without it, the seed's TOKEN_BUDGET_DAILY / TOKEN_BUDGET_MONTHLY
/// environment variables apply (BudgetManager::limitsFromEnvironment()).
struct RouterPolicy
{
    static constexpr auto ApiVersion = "tierbench.io/v1alpha1";
    static constexpr auto Kind = "RouterPolicy";

    QString name = QStringLiteral("default");
    ComplexityThresholds thresholds;          ///< {standard 0.3, heavy 0.7}
    ComplexityWeights weights;                ///< the seed's weights
    QHash<QString, RouteClass> taskOverrides; ///< seed: ModelRouter::defaultTaskTypeOverrides()
    /// `spec.defaultTier`: where a request goes whose score says light without evidence of
    /// triviality, or that shows no signal at all (cause no_signal_default). `light` turns the
    /// rule off.
    RouteClass defaultClass = RouteClass::Standard;
    QHash<QString, double> capabilities;      ///< seed: ComplexityEstimator::defaultCapabilityCriticality()
    BudgetLimits defaultBudget;               ///< unset = unlimited; the environment's when !hasBudgets
    QHash<QString, BudgetLimits> tenantBudgets; ///< a tenant's entry overrides only the fields it sets
    bool hasBudgets = false;                  ///< the document had a spec.budgets section
    /// Fields the struct does not model, kept for the round trip, by the path of the mapping
    /// that holds them ("" for the top level, "metadata", "spec", "spec.thresholds",
    /// "spec.budgets.tenants.team-a"...).
    QHash<QString, UnknownFields> unknownFields;

    /// The seed's built-in values; defaultBudget comes from the environment.
    static RouterPolicy seedDefault();

    /// Thresholds, weights, task-type overrides and capability criticalities.
    void applyTo(ModelRouter &router) const;
    /// Default and per-tenant limits; TOKEN_BUDGET_* when there is no budgets section.
    /// Replaces every tenant limit set before (a tenant this policy does not name gets the default).
    void applyTo(BudgetManager &budget) const;
    /// The limits that apply to `tenant`: its own entry over the default.
    BudgetLimits limitsFor(const QString &tenant) const;

    bool operator==(const RouterPolicy &other) const;
};

/// `limits` with every limit that `overrides` sets replaced by that one.
BudgetLimits mergedLimits(const BudgetLimits &limits, const BudgetLimits &overrides);
bool sameLimits(const BudgetLimits &a, const BudgetLimits &b);
