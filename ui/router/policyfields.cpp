#include "policyfields.h"

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PolicyFields)
};

double *slot(RouterPolicy &p, PolicyField f)
{
    switch (f) {
    case PolicyField::StandardThreshold: return &p.thresholds.standard;
    case PolicyField::HeavyThreshold: return &p.thresholds.heavy;
    case PolicyField::MessageComplexity: return &p.weights.messageComplexity;
    case PolicyField::ContextRequirement: return &p.weights.contextRequirement;
    case PolicyField::CapabilityCriticality: return &p.weights.capabilityCriticality;
    case PolicyField::ConversationDepth: return &p.weights.conversationDepth;
    case PolicyField::KeywordSignals: return &p.weights.keywordSignals;
    }
    return &p.thresholds.standard;
}
} // namespace

double PolicyFields::value(const RouterPolicy &policy, PolicyField field)
{
    return *slot(const_cast<RouterPolicy &>(policy), field);
}

void PolicyFields::setValue(RouterPolicy &policy, PolicyField field, double value)
{
    *slot(policy, field) = value;
}

double PolicyFields::weight(const ComplexityWeights &w, PolicyField field)
{
    switch (field) {
    case PolicyField::MessageComplexity: return w.messageComplexity;
    case PolicyField::ContextRequirement: return w.contextRequirement;
    case PolicyField::CapabilityCriticality: return w.capabilityCriticality;
    case PolicyField::ConversationDepth: return w.conversationDepth;
    case PolicyField::KeywordSignals: return w.keywordSignals;
    default: return 0;
    }
}

double PolicyFields::factor(const ComplexityFactors &f, PolicyField field)
{
    switch (field) {
    case PolicyField::MessageComplexity: return f.messageComplexity;
    case PolicyField::ContextRequirement: return f.contextRequirement;
    case PolicyField::CapabilityCriticality: return f.capabilityCriticality;
    case PolicyField::ConversationDepth: return f.conversationDepth;
    case PolicyField::KeywordSignals: return f.keywordSignals;
    default: return 0;
    }
}

QString PolicyFields::label(PolicyField f)
{
    switch (f) {
    case PolicyField::StandardThreshold: return Tr::tr("Standard threshold");
    case PolicyField::HeavyThreshold: return Tr::tr("Heavy threshold");
    case PolicyField::MessageComplexity: return Tr::tr("Message complexity");
    case PolicyField::ContextRequirement: return Tr::tr("Context requirement");
    case PolicyField::CapabilityCriticality: return Tr::tr("Capability criticality");
    case PolicyField::ConversationDepth: return Tr::tr("Conversation depth");
    case PolicyField::KeywordSignals: return Tr::tr("Keyword signals");
    }
    return {};
}

QString PolicyFields::key(PolicyField f)
{
    switch (f) {
    case PolicyField::StandardThreshold: return QStringLiteral("standard");
    case PolicyField::HeavyThreshold: return QStringLiteral("heavy");
    case PolicyField::MessageComplexity: return QStringLiteral("messageComplexity");
    case PolicyField::ContextRequirement: return QStringLiteral("contextRequirement");
    case PolicyField::CapabilityCriticality: return QStringLiteral("capabilityCriticality");
    case PolicyField::ConversationDepth: return QStringLiteral("conversationDepth");
    case PolicyField::KeywordSignals: return QStringLiteral("keywordSignals");
    }
    return {};
}
