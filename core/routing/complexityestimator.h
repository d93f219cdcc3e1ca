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
    int uniqueWords = 0;      ///< case-folded
    std::int64_t letters = 0; ///< letters and digits inside words
    int sentences = 0;        ///< runs of . ! ? plus a trailing unterminated one
    int clauseMarks = 0;      ///< , ; : (
    int codeSymbols = 0;      ///< { } [ ] ( ) ; = < > | & ` $ backslash
    int codeIdentifiers = 0;  ///< words with an inner _ or ., or camelCase
    bool fencedCode = false;  ///< a ``` fence
    double keywordSum = 0;    ///< sum of the weights of the distinct keyword signals found
    int keywordHits = 0;      ///< number of distinct keyword signals found
};

/// One keyword signal: a word or a phrase of up to three words, matched case-insensitively as
/// whole words. Positive weights push towards heavier tiers (reasoning markers, technical and
/// risk terms, multi-step markers); negative ones are "simple request" indicators.
struct KeywordSignal
{
    QString term;
    double weight = 0;
};

struct Complexity
{
    double score = 0; ///< 0..1
    ComplexityFactors factors;
    RouteClass recommended = RouteClass::Light;
    TextStats stats;
};

/// Scores how demanding a request is, from its text and a few request signals. No network,
/// no regex, no allocation per word: a single pass decodes code points, case-folds and hashes
/// each word in place (FNV-1a 64), and counts unique words in a reusable open-addressing set.
///
/// Factor formulas (each clamped to 0..1):
/// - **message complexity** = 0.30·length + 0.15·richness + 0.15·structure + 0.20·wordLength
///   + 0.20·code, where
///   length = log2(1+words)/log2(1+400) (saturates at 400 words);
///   richness = uniqueWords/words · min(words/20, 1) (a short text cannot show a rich vocabulary);
///   structure = (sentences + 0.5·clauseMarks)/8;
///   wordLength = (average letters per word − 3)/4 (7+ letters scores 1);
///   code = 1 with a ``` fence, else codeSymbols/24 + codeIdentifiers/6 (LiteLLM's code presence).
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
///   markers 0.25 (analyze, evaluate, trade-off, implications...), technical and risk terms 0.15
///   (security, architecture, authentication, concurrency...), multi-step markers 0.15
///   ("step by step", "first"...), simple indicators −0.15 (hello, thanks, translate...).
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

    /// Word hash used for keyword matching (exposed for tests): FNV-1a 64 of the case-folded word.
    static std::uint64_t wordHash(QStringView word);

private:
    template<typename Decoder>
    TextStats scan(Decoder decoder) const;
    Complexity finish(const TextStats &stats, const ComplexitySignals &hints) const;

    ComplexityWeights m_weights;
    ComplexityThresholds m_thresholds;
    QList<KeywordSignal> m_keywords;
    QHash<QString, double> m_capabilities;
    double m_neutralCriticality = 0.3;
    std::int64_t m_contextSaturation = 2048;

    // Keyword table: open addressing on the (phrase) hash; value = index into m_keywords.
    std::vector<std::uint64_t> m_keywordKeys;
    std::vector<int> m_keywordIndex;
    std::uint64_t m_keywordMask = 0;
    // Filters on the first word of two- and three-word phrases (bit = hash & 4095), so that
    // the pair and triple probes run only after a word that starts some phrase.
    std::array<std::uint64_t, 64> m_phraseStart2 = {};
    std::array<std::uint64_t, 64> m_phraseStart3 = {};

    // Reused scratch: unique-word set and per-keyword "seen" stamps, cleared by generation.
    mutable std::vector<std::uint64_t> m_setKeys;
    mutable std::vector<std::uint32_t> m_setStamp;
    mutable std::vector<std::uint32_t> m_keywordStamp;
    mutable std::uint32_t m_generation = 0;
};
