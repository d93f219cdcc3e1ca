#pragma once

#include "routing/routerpolicy.h"

#include <QCoreApplication>
#include <QString>

#include <array>

/// The numbers of a router policy that the editor shows as sliders: two thresholds, five weights.
enum class PolicyField {
    StandardThreshold,
    HeavyThreshold,
    MessageComplexity,
    ContextRequirement,
    CapabilityCriticality,
    ConversationDepth,
    KeywordSignals,
};

namespace PolicyFields {

inline constexpr std::array<PolicyField, 7> all = {
    PolicyField::StandardThreshold, PolicyField::HeavyThreshold, PolicyField::MessageComplexity,
    PolicyField::ContextRequirement, PolicyField::CapabilityCriticality,
    PolicyField::ConversationDepth, PolicyField::KeywordSignals};
/// The five factor weights, in the estimator's order (also the factor chart's order).
inline constexpr std::array<PolicyField, 5> weights = {
    PolicyField::MessageComplexity, PolicyField::ContextRequirement,
    PolicyField::CapabilityCriticality, PolicyField::ConversationDepth,
    PolicyField::KeywordSignals};

inline bool isThreshold(PolicyField f)
{
    return f == PolicyField::StandardThreshold || f == PolicyField::HeavyThreshold;
}

double value(const RouterPolicy &policy, PolicyField field);
void setValue(RouterPolicy &policy, PolicyField field, double value);
/// A weight field's value in `weights` (0 for the thresholds).
double weight(const ComplexityWeights &weights, PolicyField field);
/// A factor's value in `factors` (for the weight fields).
double factor(const ComplexityFactors &factors, PolicyField field);
/// The user-facing name ("Heavy threshold", "Keyword signals").
QString label(PolicyField field);
/// The key in the policy file and in `tierctl route --json` ("keywordSignals").
QString key(PolicyField field);

} // namespace PolicyFields
