// Default keyword signals and capability criticalities of ComplexityEstimator.
// The lists fold LiteLLM complexity_router's dimensions (reasoning markers, technical terms,
// multi-step patterns, simple indicators) into the seed's keyword factor. They are data: edit
// them through setKeywords() / setCapabilityCriticality() rather than here where possible.
#include "complexityestimator.h"

namespace {

constexpr double kReasoning = 0.25;
constexpr double kTechnical = 0.15;
constexpr double kMultiStep = 0.15;
constexpr double kSimple = -0.15;

constexpr const char *kReasoningTerms[] = {
    "analyze", "analyse", "analysis", "evaluate", "evaluation", "assess", "assessment",
    "compare", "comparison", "explain", "why", "reason", "reasoning", "justify", "prove",
    "derive", "critique", "implications", "trade-off", "trade-offs", "tradeoff", "tradeoffs",
    "pros and cons", "root cause", "review", "audit", "design", "investigate", "diagnose",
    "recommend", "strategy", "what if", "consequences",
};

constexpr const char *kTechnicalTerms[] = {
    "architecture", "security", "vulnerability", "vulnerabilities", "threat", "exploit",
    "compliance", "authentication", "authorization", "encryption", "cryptography", "tls",
    "mtls", "zero-trust", "zero trust", "oauth", "certificate", "firewall", "injection",
    "concurrency", "concurrent", "distributed", "consensus", "scalability", "latency",
    "throughput", "deadlock", "race condition", "memory leak", "algorithm", "complexity",
    "optimize", "optimization", "performance", "database", "postgresql", "kubernetes",
    "microservices", "migration", "refactor", "schema", "protocol", "kernel", "compiler",
    "regression", "gdpr", "hipaa", "soc2", "incident",
};

constexpr const char *kMultiStepTerms[] = {
    "step by step", "step-by-step", "first", "then", "finally", "afterwards", "multi-step",
    "plan", "walk through", "in detail",
};

constexpr const char *kSimpleTerms[] = {
    "hello", "hi", "hey", "thanks", "thank you", "ok", "okay", "translate",
    "define", "spell", "what time", "good morning",
};

template<std::size_t N>
void append(QList<KeywordSignal> &list, const char *const (&terms)[N], double weight)
{
    for (const char *term : terms)
        list.append({QString::fromLatin1(term), weight});
}

} // namespace

QList<KeywordSignal> ComplexityEstimator::defaultKeywords()
{
    QList<KeywordSignal> list;
    append(list, kReasoningTerms, kReasoning);
    append(list, kTechnicalTerms, kTechnical);
    append(list, kMultiStepTerms, kMultiStep);
    append(list, kSimpleTerms, kSimple);
    return list;
}

QHash<QString, double> ComplexityEstimator::defaultCapabilityCriticality()
{
    return {
        {QStringLiteral("security_analysis"), 1.0},
        {QStringLiteral("compliance_review"), 1.0},
        {QStringLiteral("audit"), 1.0},
        {QStringLiteral("threat_modeling"), 1.0},
        {QStringLiteral("pii_handling"), 0.9},
        {QStringLiteral("incident_response"), 0.9},
        {QStringLiteral("architecture"), 0.8},
        {QStringLiteral("code_review"), 0.7},
        {QStringLiteral("code_generation"), 0.6},
        {QStringLiteral("data_analysis"), 0.6},
        {QStringLiteral("chat"), 0.2},
        {QStringLiteral("summarization"), 0.2},
        {QStringLiteral("intent_classification"), 0.1},
        {QStringLiteral("simple_qa"), 0.1},
        {QStringLiteral("pii_detection"), 0.1},
    };
}
