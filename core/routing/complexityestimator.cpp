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
    void word(std::uint64_t h, int, bool)
    {
        if (count < 4)
            hashes[count] = h;
        ++count;
    }
    void punct(unsigned, char32_t) {}
};

} // namespace

ComplexityEstimator::ComplexityEstimator()
    : m_capabilities(defaultCapabilityCriticality())
{
    setKeywords(defaultKeywords());
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
    const std::uint64_t size = nextPow2(std::max<std::uint64_t>(16, 4 * keywords.size()));
    m_keywordKeys.assign(size, 0);
    m_keywordIndex.assign(size, -1);
    m_keywordMask = size - 1;
    m_keywordStamp.assign(keywords.size(), 0);
    m_phraseStart2.fill(0);
    m_phraseStart3.fill(0);
    for (int i = 0; i < keywords.size(); ++i) {
        TermSink sink;
        const QString &term = keywords.at(i).term;
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
        std::uint64_t slot = key & m_keywordMask;
        while (m_keywordKeys[slot] && m_keywordKeys[slot] != key)
            slot = (slot + 1) & m_keywordMask;
        if (!m_keywordKeys[slot]) { // the first definition of a term wins
            m_keywordKeys[slot] = key;
            m_keywordIndex[slot] = i;
        }
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
    std::uint64_t *setKeys;
    std::uint32_t *setStamp;
    std::uint64_t setMask;
    const std::uint64_t *kwKeys;
    const int *kwIndex;
    std::uint64_t kwMask;
    std::uint32_t *kwStamp;
    const KeywordSignal *keywords;
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
                if (kwStamp[i] != generation) {
                    kwStamp[i] = generation;
                    stats.keywordSum += keywords[i].weight;
                    ++stats.keywordHits;
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

    void word(std::uint64_t h, int letters, bool codeLike)
    {
        ++stats.words;
        stats.letters += letters;
        stats.codeIdentifiers += codeLike ? 1 : 0;
        contentSinceTerminator = true;
        backticks = 0;
        std::uint64_t slot = h & setMask;
        for (;;) {
            if (setStamp[slot] != generation) {
                setStamp[slot] = generation;
                setKeys[slot] = h;
                ++stats.uniqueWords;
                break;
            }
            if (setKeys[slot] == h)
                break;
            slot = (slot + 1) & setMask;
        }
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
        if (f & (Terminator | Clause))
            prev1 = prev2 = 0; // phrases do not span punctuation
    }
};

} // namespace

template<typename Decoder>
TextStats ComplexityEstimator::scan(Decoder decoder) const
{
    // At most one word per two code units, and the set stays at most half full.
    const std::uint64_t capacity = nextPow2(std::max<std::int64_t>(64, decoder.sizeHint() + 2));
    if (m_setKeys.size() < capacity) {
        m_setKeys.assign(capacity, 0);
        m_setStamp.assign(capacity, 0);
    }
    if (++m_generation == 0) { // wrapped: forget every stamp once
        std::fill(m_setStamp.begin(), m_setStamp.end(), 0);
        std::fill(m_keywordStamp.begin(), m_keywordStamp.end(), 0);
        m_generation = 1;
    }
    StatsSink sink{{}, m_setKeys.data(), m_setStamp.data(), capacity - 1,
                   m_keywordKeys.data(), m_keywordIndex.data(), m_keywordMask,
                   m_keywordStamp.data(), m_keywords.constData(), m_phraseStart2.data(),
                   m_phraseStart3.data(), m_generation};
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

double ComplexityEstimator::messageFactor(const TextStats &s)
{
    const double code = s.fencedCode ? 1.0 : clamp01(s.codeSymbols / 24.0 + s.codeIdentifiers / 6.0);
    if (s.words == 0)
        return 0.20 * code;
    const double words = s.words;
    const double length = clamp01(std::log2(1 + words) / std::log2(401.0));
    const double richness = clamp01(s.uniqueWords / words * std::min(words / 20.0, 1.0));
    const double structure = clamp01((s.sentences + 0.5 * s.clauseMarks) / 8.0);
    const double wordLength = clamp01((double(s.letters) / words - 3.0) / 4.0);
    return clamp01(0.30 * length + 0.15 * richness + 0.15 * structure + 0.20 * wordLength
                   + 0.20 * code);
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
        || m_capabilities != other.m_capabilities || m_keywords.size() != other.m_keywords.size())
        return false;
    for (qsizetype i = 0; i < m_keywords.size(); ++i) {
        const KeywordSignal &a = m_keywords.at(i);
        const KeywordSignal &b = other.m_keywords.at(i);
        if (a.term != b.term || a.weight != b.weight)
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
    c.score = scoreOf(f);
    c.recommended = m_thresholds.classify(c.score);
    return c;
}
