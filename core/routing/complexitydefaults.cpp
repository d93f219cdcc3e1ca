// Default keyword signals, domain terms and capability criticalities of ComplexityEstimator.
// The lists fold LiteLLM complexity_router's dimensions (reasoning markers, technical terms,
// multi-step patterns, simple indicators) and its v2 ones (constraints, deliverables, multi-hop,
// domain depth) into the seed's factors. Domain terms were chosen by field, then checked
// against RouteLLM's MMLU labels with cross-validation by subject (BENCHMARKS.md); they are data: edit
// them through setKeywords() / setCapabilityCriticality() rather than here where possible.
#include "complexityestimator.h"

namespace {

constexpr double kReasoning = 0.15;
constexpr double kTechnical = 0.15;
constexpr double kMultiStep = 0.15;
constexpr double kSimple = -0.15;
constexpr double kConstraint = 0.04;
constexpr double kDeliverable = 0.04;
constexpr double kMultiHop = 0.12;

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

constexpr const char *kConstraintTerms[] = {
    "must", "exactly", "at least", "at most", "no more than", "no less than", "without",
    "except", "unless", "only if", "within", "required", "ensure", "never", "always",
    "strictly", "not exceed", "limit",
};

constexpr const char *kDeliverableTerms[] = {
    "write", "list", "implement", "summarize", "summarise", "draft", "generate", "create",
    "provide", "outline", "build", "produce", "return", "calculate", "compute", "solve",
};

// Facts to chain: narrative sequence and conditions (LiteLLM v2's multi-hop).
constexpr const char *kMultiHopTerms[] = {
    "later", "subsequently", "thereafter", "after", "before", "immediately", "initially",
    "decided", "suddenly", "meanwhile", "until", "eventually", "given that", "assuming",
    "suppose",
};

// Deep domains: maths, statistics, physics, chemistry, accounting and finance, computing and
// software, logic, law, medicine.
constexpr const char *kDeepTerms[] = {
    // maths
    "calculate", "compute", "computed", "probability", "integer", "integers", "equation",
    "equations", "function", "functions", "matrix", "matrices", "derivative", "integral",
    "polynomial", "solve", "solution", "prime", "ratio", "sqrt", "log", "vector", "vectors",
    "variance", "median", "expected", "theorem", "proof", "prove", "real", "roots", "root",
    "digit", "digits", "remainder", "divisible", "sum", "product", "quotient", "fraction",
    "decimal", "percent", "percentage", "multiply", "divided", "divide", "area", "volume",
    "perimeter", "radius", "diameter", "triangle", "angle", "circle", "square", "cube",
    "sequence", "series", "limit", "converges", "infinite", "finite", "set", "sets", "subset",
    "group", "ring", "field", "modulo", "mod", "odd", "even", "maximum", "minimum", "x", "y",
    "z", "n", "k", "f", "g",
    // statistics
    "sample", "samples", "random", "variable", "distribution", "normal", "standard",
    "deviation", "hypothesis", "significance", "regression", "correlation", "confidence",
    "interval", "estimate", "estimator", "population", "mean", "binomial", "poisson",
    // physics
    "velocity", "acceleration", "force", "mass", "energy", "momentum", "kinetic", "potential",
    "charge", "electron", "current", "voltage", "resistance", "circuit", "magnetic",
    "frequency", "wavelength", "wave", "photon", "temperature", "pressure", "heat", "gas",
    "friction", "gravity", "orbit", "speed", "m", "s", "kg", "j", "w", "hz",
    // chemistry
    "mol", "moles", "molar", "reaction", "concentration", "ph", "acid", "base", "oxidation",
    "bond", "atom", "atoms", "molecule", "ion", "ions", "equilibrium", "compound", "element",
    "isotope",
    // accounting and finance
    "debit", "credit", "depreciation", "inventory", "assets", "liabilities", "equity",
    "dividend", "loan", "payment", "bond", "net", "income", "revenue", "expense", "expenses",
    "balance", "accounts", "receivable", "payable", "audit", "tax", "cost", "costs", "price",
    "interest",
    // computing and software
    "algorithm", "program", "code", "loop", "array", "string", "bit", "bits", "byte",
    "binary", "recursion", "complexity", "runtime", "compiler", "memory", "pointer",
    "boolean", "input", "output", "security", "architecture", "authentication",
    "authorization", "encryption", "cryptography", "tls", "mtls", "zero-trust", "certificate",
    "protocol", "kernel", "concurrency", "distributed", "database", "latency", "throughput",
    "api", "server", "network",
    // logic
    "premise", "premises", "conclusion", "valid", "invalid", "argument", "argues",
    "symbolization", "translation", "predicate", "proposition", "entails", "implies", "iff",
    "therefore",
    // law
    "plaintiff", "defendant", "liable", "liability", "statute", "contract", "deed", "hearsay",
    "admissible", "inadmissible", "negligence", "negligent", "court", "jury", "tort", "breach",
    "lease", "tenant", "landlord", "prosecution", "prosecutor", "conviction", "convicted",
    "constitutional", "ordinance", "easement", "conveyance", "testimony", "evidence",
    "appeal", "damages", "injunction", "owner", "buyer", "seller", "purchaser", "sued",
    "suit", "claim", "crime", "charged", "arrested", "trial", "judge", "motion",
    // medicine
    "diagnosis", "dosage", "contraindication", "pathophysiology", "etiology", "prognosis",
    "pharmacokinetics", "mg",
};

// General-knowledge topics and definitional recall, where a cheap model does as well.
constexpr const char *kShallowTerms[] = {
    "social", "society", "societies", "cultural", "culture", "political", "politics",
    "government", "policy", "policies", "psychology", "psychological", "behavior", "behaviour",
    "marketing", "brand", "consumer", "consumers", "advertising", "religion", "religious",
    "god", "church", "media", "public", "community", "communities", "education", "health",
    "nutrition", "diet", "people", "identity", "gender", "beliefs", "values", "attitudes",
    "theory", "refers", "term", "known", "best", "describes", "characterized", "concept",
    "defined", "definition", "associated", "primarily", "typically", "generally", "most",
};

template<std::size_t N>
void append(QList<KeywordSignal> &list, const char *const (&terms)[N], double weight,
            KeywordSignal::Kind kind)
{
    for (const char *term : terms)
        list.append({QString::fromLatin1(term), weight, kind});
}

template<std::size_t N>
void append(QList<DomainTerm> &list, const char *const (&terms)[N], double depth)
{
    for (const char *term : terms)
        list.append({QString::fromLatin1(term), depth});
}

} // namespace

QList<KeywordSignal> ComplexityEstimator::defaultKeywords()
{
    using Kind = KeywordSignal::Kind;
    QList<KeywordSignal> list;
    append(list, kReasoningTerms, kReasoning, Kind::Reasoning);
    append(list, kTechnicalTerms, kTechnical, Kind::Technical);
    append(list, kMultiStepTerms, kMultiStep, Kind::MultiStep);
    append(list, kSimpleTerms, kSimple, Kind::Simple);
    append(list, kConstraintTerms, kConstraint, Kind::Constraint);
    append(list, kDeliverableTerms, kDeliverable, Kind::Deliverable);
    append(list, kMultiHopTerms, kMultiHop, Kind::MultiHop);
    return list;
}

QList<DomainTerm> ComplexityEstimator::defaultDomainTerms()
{
    QList<DomainTerm> list;
    append(list, kDeepTerms, 1.0);
    append(list, kShallowTerms, -1.0);
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
