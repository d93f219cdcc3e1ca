#include "complexityestimator.h"

#include "textscan_p.h"

#include <algorithm>
#include <cmath>

using namespace TextScan;

namespace {

double clamp01(double v)
{
    return v < 0 ? 0 : v > 1 ? 1 : v;
}

std::uint64_t nextPow2(std::uint64_t v)
{
    std::uint64_t p = 1;
    while (p < v)
        p <<= 1;
    return p;
}

/// Collects the word hashes of a keyword term.
struct TermSink
{
    std::uint64_t hashes[4] = {};
    int count = 0;
    void word(std::uint64_t h, int, unsigned)
    {
        if (count < 4)
            hashes[count] = h;
        ++count;
    }
    void punct(unsigned, char32_t) {}
};

} // namespace

ComplexityEstimator::ComplexityEstimator()
    : m_keywords(defaultKeywords())
    , m_domainTerms(defaultDomainTerms())
    , m_capabilities(defaultCapabilityCriticality())
{
    rebuildTermTable();
}

std::uint64_t ComplexityEstimator::wordHash(QStringView word)
{
    TermSink sink;
    const auto *p = reinterpret_cast<const char16_t *>(word.utf16());
    tokenize(Utf16Decoder{p, p + word.size()}, sink);
    return sink.count == 1 ? sink.hashes[0] : 0;
}

void ComplexityEstimator::setKeywords(const QList<KeywordSignal> &keywords)
{
    m_keywords = keywords;
    rebuildTermTable();
}

void ComplexityEstimator::setDomainTerms(const QList<DomainTerm> &terms)
{
    m_domainTerms = terms;
    rebuildTermTable();
}

void ComplexityEstimator::rebuildTermTable()
{
    const std::uint64_t size = nextPow2(std::max<std::uint64_t>(
        16, 4 * std::uint64_t(m_keywords.size() + m_domainTerms.size())));
    m_keywordKeys.assign(size, 0);
    m_keywordIndex.assign(size, -1);
    m_domainIndex.assign(size, -1);
    m_keywordMask = size - 1;
    m_keywordStamp.assign(size_t(m_keywords.size()), 0);
    m_domainStamp.assign(size_t(m_domainTerms.size()), 0);
    m_phraseStart2.fill(0);
    m_phraseStart3.fill(0);
    const auto slotOf = [this](std::uint64_t key) {
        std::uint64_t slot = key & m_keywordMask;
        while (m_keywordKeys[slot] && m_keywordKeys[slot] != key)
            slot = (slot + 1) & m_keywordMask;
        m_keywordKeys[slot] = key;
        return slot;
    };
    for (int i = 0; i < m_keywords.size(); ++i) {
        TermSink sink;
        const QString &term = m_keywords.at(i).term;
        const auto *p = reinterpret_cast<const char16_t *>(term.utf16());
        tokenize(Utf16Decoder{p, p + term.size()}, sink);
        if (sink.count < 1 || sink.count > 3)
            continue; // phrases are limited to three words
        auto &starts = sink.count == 2 ? m_phraseStart2 : m_phraseStart3;
        if (sink.count > 1)
            starts[(sink.hashes[0] >> 6) & 63] |= 1ull << (sink.hashes[0] & 63);
        std::uint64_t key = sink.hashes[0];
        for (int w = 1; w < sink.count; ++w)
            key = combine(key, sink.hashes[w]);
        const std::uint64_t slot = slotOf(key);
        if (m_keywordIndex[slot] < 0) // the first definition of a term wins
            m_keywordIndex[slot] = i;
    }
    for (int i = 0; i < m_domainTerms.size(); ++i) {
        const std::uint64_t key = wordHash(m_domainTerms.at(i).term);
        if (!key)
            continue; // domain terms are single words
        const std::uint64_t slot = slotOf(key);
        if (m_domainIndex[slot] < 0)
            m_domainIndex[slot] = i;
    }
}

void ComplexityEstimator::setCapabilityCriticality(const QHash<QString, double> &criticality)
{
    m_capabilities.clear();
    for (auto it = criticality.cbegin(); it != criticality.cend(); ++it)
        m_capabilities.insert(it.key().toLower(), it.value());
}

namespace {

/// Gathers TextStats while the tokenizer runs; owns no memory (tables belong to the estimator).
struct StatsSink
{
    TextStats stats;
    const std::uint64_t *kwKeys;
    const int *kwIndex;
    const int *domainIndex;
    std::uint64_t kwMask;
    std::uint32_t *kwStamp;
    std::uint32_t *domainStamp;
    const KeywordSignal *keywords;
    const DomainTerm *domainTerms;
    const std::uint64_t *phraseStart2;
    const std::uint64_t *phraseStart3;
    std::uint32_t generation;
    std::uint64_t prev1 = 0;
    std::uint64_t prev2 = 0;
    bool contentSinceTerminator = false;
    int backticks = 0;

    void keyword(std::uint64_t key)
    {
        std::uint64_t slot = key & kwMask;
        while (kwKeys[slot]) {
            if (kwKeys[slot] == key) {
                const int i = kwIndex[slot];
                if (i >= 0 && kwStamp[i] != generation) {
                    kwStamp[i] = generation;
                    stats.keywordSum += keywords[i].weight;
                    ++stats.keywordHits;
                    ++stats.kindHits[size_t(keywords[i].kind)];
                }
                const int d = domainIndex[slot];
                if (d >= 0 && domainStamp[d] != generation) {
                    domainStamp[d] = generation;
                    const double depth = domainTerms[d].depth;
                    stats.deepTerms += depth > 0 ? 1 : 0;
                    stats.shallowTerms += depth < 0 ? 1 : 0;
                }
                return;
            }
            slot = (slot + 1) & kwMask;
        }
    }

    static bool startsPhrase(const std::uint64_t *bits, std::uint64_t h)
    {
        return bits[(h >> 6) & 63] & (1ull << (h & 63));
    }

    void word(std::uint64_t h, int letters, unsigned traits)
    {
        ++stats.words;
        stats.letters += letters;
        stats.codeIdentifiers += (traits & CodeLikeWord) ? 1 : 0;
        stats.numberWords += (traits & HasDigit) ? 1 : 0;
        contentSinceTerminator = true;
        backticks = 0;
        keyword(h);
        if (prev1 && startsPhrase(phraseStart2, prev1))
            keyword(combine(prev1, h));
        if (prev2 && startsPhrase(phraseStart3, prev2))
            keyword(combine(combine(prev2, prev1), h));
        prev2 = prev1;
        prev1 = h;
    }

    void punct(unsigned f, char32_t cp)
    {
        if (cp == '`') {
            if (++backticks >= 3)
                stats.fencedCode = true;
        } else {
            backticks = 0;
        }
        if (f & Terminator) {
            if (contentSinceTerminator)
                ++stats.sentences;
            contentSinceTerminator = false;
        }
        if (f & Clause)
            ++stats.clauseMarks;
        if (f & CodeSymbol)
            ++stats.codeSymbols;
        if (cp == '+' || cp == '*' || cp == '/' || cp == '^' || cp == '%' || cp == '=' || cp == '<'
            || cp == '>')
            ++stats.mathSymbols;
        if (f & (Terminator | Clause))
            prev1 = prev2 = 0; // phrases do not span punctuation
    }
};

} // namespace

template<typename Decoder>
TextStats ComplexityEstimator::scan(Decoder decoder) const
{
    if (++m_generation == 0) { // wrapped: forget every stamp once
        std::fill(m_keywordStamp.begin(), m_keywordStamp.end(), 0);
        std::fill(m_domainStamp.begin(), m_domainStamp.end(), 0);
        m_generation = 1;
    }
    StatsSink sink{{},
                   m_keywordKeys.data(), m_keywordIndex.data(), m_domainIndex.data(), m_keywordMask,
                   m_keywordStamp.data(), m_domainStamp.data(), m_keywords.constData(),
                   m_domainTerms.constData(), m_phraseStart2.data(), m_phraseStart3.data(),
                   m_generation};
    tokenize(decoder, sink);
    if (sink.contentSinceTerminator)
        ++sink.stats.sentences;
    return sink.stats;
}

Complexity ComplexityEstimator::estimate(QStringView message, const ComplexitySignals &hints) const
{
    const auto *p = reinterpret_cast<const char16_t *>(message.utf16());
    return finish(scan(Utf16Decoder{p, p + message.size()}), hints);
}

Complexity ComplexityEstimator::estimateUtf8(QByteArrayView utf8, const ComplexitySignals &hints) const
{
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.data());
    return finish(scan(Utf8Decoder{p, p + utf8.size()}), hints);
}

namespace {

double codeOf(const TextStats &s)
{
    return s.fencedCode ? 1.0 : clamp01(s.codeSymbols / 24.0 + s.codeIdentifiers / 6.0);
}

double plainWordsOf(const TextStats &s)
{
    return s.words ? 1.0 - clamp01((double(s.letters) / s.words - 3.0) / 4.0) : 0.0;
}

double quantitativeOf(const TextStats &s)
{
    return clamp01(s.numberWords / 10.0 + s.mathSymbols / 12.0);
}

double domainDepthOf(const TextStats &s)
{
    return std::min(s.deepTerms / 4.0, 1.0) - std::min(s.shallowTerms / 3.0, 1.0);
}

int hits(const TextStats &s, KeywordSignal::Kind kind)
{
    return s.kindHits[size_t(kind)];
}

} // namespace

double ComplexityEstimator::messageFactor(const TextStats &s)
{
    const double code = codeOf(s);
    if (s.words == 0)
        return clamp01(0.15 * code + 0.18 * quantitativeOf(s));
    const double length = clamp01(std::log2(1 + double(s.words)) / std::log2(401.0));
    const double structure = clamp01((s.sentences + 0.5 * s.clauseMarks) / 8.0);
    return clamp01(0.30 * length + 0.18 * plainWordsOf(s) + 0.18 * quantitativeOf(s)
                   + 0.25 * domainDepthOf(s) + 0.15 * code + 0.08 * structure);
}

ComplexityEvidence ComplexityEstimator::evidenceOf(const TextStats &s, const ComplexitySignals &hints)
{
    using Kind = KeywordSignal::Kind;
    ComplexityEvidence e;
    e.domainDepth = domainDepthOf(s);
    e.quantitative = quantitativeOf(s);
    e.plainWords = plainWordsOf(s);
    e.constraints = hits(s, Kind::Constraint);
    e.deliverables = hits(s, Kind::Deliverable);
    e.multiHop = hits(s, Kind::MultiHop) + hits(s, Kind::MultiStep);
    const bool code = s.fencedCode || s.codeSymbols > 0 || s.codeIdentifiers > 0;
    const int heavier = s.keywordHits - hits(s, Kind::Simple);
    e.trivial = hits(s, Kind::Simple) > 0 && heavier == 0 && s.deepTerms == 0 && s.numberWords == 0
                && !code;
    e.noSignal = s.keywordHits == 0 && s.deepTerms == 0 && s.shallowTerms == 0 && s.numberWords == 0
                 && s.mathSymbols == 0 && !code && hints.contextTokens <= 0
                 && hints.capabilities.isEmpty() && hints.historyTurns <= 0;
    return e;
}

double ComplexityEstimator::contextFactor(std::int64_t contextTokens) const
{
    if (contextTokens <= 0 || m_contextSaturation <= 0)
        return 0;
    return clamp01(std::log2(1 + contextTokens / 64.0) / std::log2(1 + m_contextSaturation / 64.0));
}

double ComplexityEstimator::capabilityFactor(const QStringList &capabilities) const
{
    if (capabilities.isEmpty())
        return clamp01(m_neutralCriticality);
    double highest = 0;
    int critical = 0;
    for (const QString &name : capabilities) {
        const double c = m_capabilities.value(name.toLower(), m_neutralCriticality);
        highest = std::max(highest, c);
        critical += c >= 0.8 ? 1 : 0;
    }
    return clamp01(highest + 0.1 * std::max(0, critical - 1));
}

double ComplexityEstimator::depthFactor(int historyTurns)
{
    return clamp01(historyTurns / 20.0);
}

double ComplexityEstimator::keywordFactor(const TextStats &stats)
{
    return clamp01(stats.keywordSum);
}

double ComplexityEstimator::scoreOf(const ComplexityFactors &f) const
{
    const ComplexityWeights &w = m_weights;
    const double total = w.messageComplexity + w.contextRequirement + w.capabilityCriticality
                         + w.conversationDepth + w.keywordSignals;
    const double sum = w.messageComplexity * f.messageComplexity
                       + w.contextRequirement * f.contextRequirement
                       + w.capabilityCriticality * f.capabilityCriticality
                       + w.conversationDepth * f.conversationDepth
                       + w.keywordSignals * f.keywordSignals;
    return total > 0 ? clamp01(sum / total) : 0;
}

bool ComplexityEstimator::sameFactorsAs(const ComplexityEstimator &other) const
{
    if (m_neutralCriticality != other.m_neutralCriticality
        || m_contextSaturation != other.m_contextSaturation
        || m_capabilities != other.m_capabilities || m_keywords.size() != other.m_keywords.size()
        || m_domainTerms.size() != other.m_domainTerms.size())
        return false;
    for (qsizetype i = 0; i < m_keywords.size(); ++i) {
        const KeywordSignal &a = m_keywords.at(i);
        const KeywordSignal &b = other.m_keywords.at(i);
        if (a.term != b.term || a.weight != b.weight || a.kind != b.kind)
            return false;
    }
    for (qsizetype i = 0; i < m_domainTerms.size(); ++i) {
        if (m_domainTerms.at(i).term != other.m_domainTerms.at(i).term
            || m_domainTerms.at(i).depth != other.m_domainTerms.at(i).depth)
            return false;
    }
    return true;
}

Complexity ComplexityEstimator::finish(const TextStats &stats, const ComplexitySignals &hints) const
{
    Complexity c;
    c.stats = stats;
    ComplexityFactors &f = c.factors;
    f.messageComplexity = messageFactor(stats);
    f.contextRequirement = contextFactor(hints.contextTokens);
    f.capabilityCriticality = capabilityFactor(hints.capabilities);
    f.conversationDepth = depthFactor(hints.historyTurns);
    f.keywordSignals = keywordFactor(stats);
    c.evidence = evidenceOf(stats, hints);
    c.score = scoreOf(f);
    c.recommended = m_thresholds.classify(c.score);
    return c;
}
