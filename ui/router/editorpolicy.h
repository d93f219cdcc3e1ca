#pragma once

// Stand-in for RouterPolicy (core/routing/routerpolicy.h, branch `policy`) until it lands on
// main: the fields the Router mode edits, with the same names and defaults as api.md.
#include "routing/complexityestimator.h"
#include "routing/modelrouter.h"

#include <QHash>
#include <QString>

struct EditorPolicy
{
    QString name = QStringLiteral("default");
    ComplexityThresholds thresholds;
    ComplexityWeights weights;
    QHash<QString, RouteClass> taskOverrides = ModelRouter::defaultTaskTypeOverrides();
    QHash<QString, double> capabilities = ComplexityEstimator::defaultCapabilityCriticality();

    static EditorPolicy seedDefault() { return {}; }
    void applyTo(ModelRouter &router) const
    {
        router.setThresholds(thresholds);
        router.estimator().setWeights(weights);
        router.setTaskTypeOverrides(taskOverrides);
        router.estimator().setCapabilityCriticality(capabilities);
    }
};
