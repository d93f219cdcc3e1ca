#pragma once

#include "routeclass.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <cstdint>
#include <vector>

/// Everything about a request except its text that the estimator looks at.
struct ComplexitySignals
{
    std::int64_t contextTokens = 0; ///< RAG / attached context the model must read
    QStringList capabilities;       ///< agent capabilities, e.g. "security_analysis"
    int historyTurns = 0;           ///< earlier turns of the conversation
};

/// The five factors, each in 0..1. Field names match the JSON keys of `tierctl route`.
struct ComplexityFactors
{
    double messageComplexity = 0;
    double contextRequirement = 0;
    double capabilityCriticality = 0;
    double conversationDepth = 0;
    double keywordSignals = 0;
};

/// Factor weights. The score is sum(weight * factor) / sum(weights), so weights need not add to 1.
struct ComplexityWeights
{
    double messageComplexity = 0.30;
    double contextRequirement = 0.15;
    double capabilityCriticality = 0.25;
    double conversationDepth = 0.10;
    double keywordSignals = 0.20;
};

/// Class boundaries: light < standard <= score < heavy <= heavy class.
struct ComplexityThresholds
{
    double standard = 0.3;
    double heavy = 0.7;

    RouteClass classify(double score) const
    {
        return score >= heavy ? RouteClass::Heavy
                              : score >= standard ? RouteClass::Standard : RouteClass::Light;
    }
};

/// What one linear pass over the message found. Word = maximal run of letters/digits, with
/// single inner joiners (- _ . ' ’) kept ("zero-trust", "foo_bar", "v1.2" are one word each).
struct TextStats
{
    int words = 0;
    std::int64_t letters = 0; ///< letters and digits inside words
    int sentences = 0;        ///< runs of . ! ? plus a trailing unterminated one
    int clauseMarks = 0;      ///< , ; : (
    int codeSymbols = 0;      ///< { } [ ] ( ) ; = < > | & ` $ backslash
    int codeIdentifiers = 0;  ///< words with an inner _ or ., or camelCase
    bool fencedCode = false;  ///< a ``` fence
    double keywordSum = 0;    ///< sum of the weights of the distinct keyword signals found
    int keywordHits = 0;      ///< number of distinct keyword signals found
    int numberWords = 0;      ///< words with a digit ("42", "3.5", "x2")
    int mathSymbols = 0;      ///< + * / ^ % = < >
    int deepTerms = 0;        ///< distinct domain terms of depth > 0 (maths, science, law, ...)
    int shallowTerms = 0;     ///< distinct domain terms of depth < 0 (general-knowledge topics)
    std::array<int, 8> kindHits = {}; ///< distinct keyword signals found, by KeywordSignal::Kind
};

/// One keyword signal: a word or a phrase of up to three words, matched case-insensitively as
/// whole words. Positive weights push towards heavier tiers (reasoning markers, technical and
/// risk terms, multi-step markers); negative ones are "simple request" indicators.
struct KeywordSignal
{
    /// What the signal is evidence of; the decision's evidence counts hits per kind.
    enum class Kind : std::uint8_t {
        General,     ///< a user's own term
        Reasoning,   ///< analyze, prove, trade-off...
        Technical,   ///< security, concurrency, schema...
        MultiStep,   ///< step by step, first, finally...
        Simple,      ///< hello, thanks, translate: evidence of triviality (negative weights)
        Constraint,  ///< must, exactly, at least, without...
        Deliverable, ///< write, list, implement, summarize...: one per thing asked for
        MultiHop,    ///< later, subsequently, given that...: facts to chain
    };
    QString term;
    double weight = 0;
    Kind kind = Kind::General;
};

/// A domain term: one word whose presence says how deep the request's domain is. Depth > 0 for
/// maths, science, engineering, law, medicine, finance and software; < 0 for general-knowledge
/// topics (society, culture, marketing...), where the labelled data shows a cheap model does well.
struct DomainTerm
{
    QString term;
    double depth = 1;
};

/// Why the score is what it is, beyond the five factors: the signals that fed the message
/// factor, and whether the request shows evidence of triviality or none at all.
struct ComplexityEvidence
{
    double domainDepth = 0;  ///< -1..1: deep-domain terms (4 saturate) minus shallow ones (3 saturate)
    double quantitative = 0; ///< 0..1: numbers (10 saturate) and maths symbols (12 saturate)
    double plainWords = 0;   ///< 0..1: short everyday words, 1 - (average letters - 3)/4
    int constraints = 0;     ///< distinct constraint signals
    int deliverables = 0;    ///< distinct deliverable signals
    int multiHop = 0;        ///< distinct multi-hop and multi-step signals
    /// A "simple" signal (greeting, thanks...) and nothing heavier: no positive keyword,
    /// deep-domain term, number or code. Only such a request may route light by its score.
    bool trivial = false;
    /// No evidence either way: no keyword, domain term, number or code in the text, and no
    /// context, capability or history. Routed to the policy's default tier.
    bool noSignal = false;
};

struct Complexity
{
    double score = 0; ///< 0..1
    ComplexityFactors factors;
    RouteClass recommended = RouteClass::Light;
    TextStats stats;
    ComplexityEvidence evidence;
};

/// Scores how demanding a request is, from its text and a few request signals. No network,
/// no regex, no allocation per word: a single pass decodes code points, case-folds and hashes
/// each word in place (FNV-1a 64), and probes one open-addressing table of keyword and domain
/// terms per word. (The unique-word set is gone with the richness term: it cost about a sixth of
/// the scan and fed no factor.)
///
/// Factor formulas (each clamped to 0..1):
/// - **message complexity** = 0.30·length + 0.18·plainWords + 0.18·quantitative
///   + 0.25·domainDepth + 0.15·code + 0.08·structure (clamped), where
///   length = log2(1+words)/log2(1+400) (saturates at 400 words);
///   plainWords = 1 − (average letters per word − 3)/4, clamped (short everyday words: on
///   RouteLLM's labels long words mark recall questions a cheap model answers, short ones
///   mark narratives and computations it gets wrong);
///   quantitative = numberWords/10 + mathSymbols/12, clamped;
///   domainDepth = min(deepTerms/4, 1) − min(shallowTerms/3, 1) (see DomainTerm);
///   code = 1 with a ``` fence, else codeSymbols/24 + codeIdentifiers/6 (LiteLLM's code presence);
///   structure = (sentences + 0.5·clauseMarks)/8.
///   The seed's richness (unique-word ratio) and its positive word length are gone: both
///   ranked the labelled development set backwards (ROC AUC 0.39).
/// - **context requirement** = log2(1 + t/64) / log2(1 + S/64) for t context tokens, S the
///   saturation point (2048 by default, the seed's "large context" example). Logarithmic: the
///   first kilotokens matter more than the next ones.
/// - **capability criticality** = the highest criticality of the declared capabilities, plus 0.1
///   for each further critical (>= 0.8) one. Unknown capabilities and "none declared" count as
///   the neutral value (0.3): an undeclared workload is neither trivial nor safety-critical.
///   Defaults: security_analysis, compliance_review, audit, threat_modeling 1.0; pii_handling,
///   incident_response 0.9; architecture 0.8; code_review 0.7; code_generation, data_analysis 0.6;
///   chat, summarization 0.2; intent_classification, simple_qa, pii_detection 0.1.
/// - **conversation depth** = historyTurns / 20.
/// - **keyword signals** = sum of the weights of the distinct signals present (each counts once,
///   so repeating a word does not inflate it). Defaults fold in LiteLLM's dimensions: reasoning
///   markers 0.15 (analyze, evaluate, trade-off, implications...), technical and risk terms 0.15
///   (security, architecture, authentication, concurrency...), multi-step markers 0.15
///   ("step by step", "first"...), simple indicators −0.15 (hello, thanks, translate...),
///   constraints 0.04 (must, exactly, at least...), deliverables 0.04 (write, list,
///   implement...), multi-hop markers 0.12 (later, subsequently, given that...).
///
/// Not thread-safe: the scratch tables are reused between calls. Use one estimator per thread.
class ComplexityEstimator
{
public:
    ComplexityEstimator();

    void setWeights(const ComplexityWeights &weights) { m_weights = weights; }
    const ComplexityWeights &weights() const { return m_weights; }
    void setThresholds(const ComplexityThresholds &thresholds) { m_thresholds = thresholds; }
    const ComplexityThresholds &thresholds() const { return m_thresholds; }

    /// Replaces the keyword signals. Terms are tokenised like messages (max three words).
    void setKeywords(const QList<KeywordSignal> &keywords);
    const QList<KeywordSignal> &keywords() const { return m_keywords; }
    static QList<KeywordSignal> defaultKeywords();

    /// Replaces the domain terms (single words, case-insensitive; the first definition wins).
    void setDomainTerms(const QList<DomainTerm> &terms);
    const QList<DomainTerm> &domainTerms() const { return m_domainTerms; }
    static QList<DomainTerm> defaultDomainTerms();

    /// Replaces the capability criticalities (names are matched case-insensitively).
    void setCapabilityCriticality(const QHash<QString, double> &criticality);
    const QHash<QString, double> &capabilityCriticality() const { return m_capabilities; }
    static QHash<QString, double> defaultCapabilityCriticality();
    void setNeutralCriticality(double value) { m_neutralCriticality = value; }
    double neutralCriticality() const { return m_neutralCriticality; }
    void setContextSaturationTokens(std::int64_t tokens) { m_contextSaturation = tokens; }
    std::int64_t contextSaturationTokens() const { return m_contextSaturation; }

    /// True when `other` computes the same factors for every request: same keywords,
    /// capabilities, neutral criticality and context saturation. Weights and thresholds may
    /// differ; then scoreOf() turns one estimate's factors into the other's score (replay).
    bool sameFactorsAs(const ComplexityEstimator &other) const;
    /// The score estimate() gives for these factors: the weighted mean, clamped to 0..1.
    double scoreOf(const ComplexityFactors &factors) const;

    Complexity estimate(QStringView message, const ComplexitySignals &hints = {}) const;
    /// Same result as estimate() for the same text, read directly from UTF-8 (batch mode).
    Complexity estimateUtf8(QByteArrayView utf8, const ComplexitySignals &hints = {}) const;

    /// The individual formulas, public so that tests can pin every edge.
    static double messageFactor(const TextStats &stats);
    double contextFactor(std::int64_t contextTokens) const;
    double capabilityFactor(const QStringList &capabilities) const;
    static double depthFactor(int historyTurns);
    static double keywordFactor(const TextStats &stats);
    /// The signals behind the message factor and the triviality / no-signal flags.
    static ComplexityEvidence evidenceOf(const TextStats &stats, const ComplexitySignals &hints);

    /// Word hash used for keyword matching (exposed for tests): FNV-1a 64 of the case-folded word.
    static std::uint64_t wordHash(QStringView word);

private:
    template<typename Decoder>
    TextStats scan(Decoder decoder) const;
    Complexity finish(const TextStats &stats, const ComplexitySignals &hints) const;
    void rebuildTermTable();

    ComplexityWeights m_weights;
    ComplexityThresholds m_thresholds;
    QList<KeywordSignal> m_keywords;
    QList<DomainTerm> m_domainTerms;
    QHash<QString, double> m_capabilities;
    double m_neutralCriticality = 0.3;
    std::int64_t m_contextSaturation = 2048;

    // Term table: open addressing on the (phrase) hash; values = index into m_keywords and
    // into m_domainTerms (-1: none), so one probe per word finds both.
    std::vector<std::uint64_t> m_keywordKeys;
    std::vector<int> m_keywordIndex;
    std::vector<int> m_domainIndex;
    std::uint64_t m_keywordMask = 0;
    // Filters on the first word of two- and three-word phrases (bit = hash & 4095), so that
    // the pair and triple probes run only after a word that starts some phrase.
    std::array<std::uint64_t, 64> m_phraseStart2 = {};
    std::array<std::uint64_t, 64> m_phraseStart3 = {};

    // Reused scratch: per-keyword and per-domain-term "seen" stamps, cleared by generation.
    mutable std::vector<std::uint32_t> m_keywordStamp;
    mutable std::vector<std::uint32_t> m_domainStamp;
    mutable std::uint32_t m_generation = 0;
};
