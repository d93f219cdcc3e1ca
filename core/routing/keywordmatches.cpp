#include "keywordmatches.h"

#include "textscan_p.h"

#include <vector>

using namespace TextScan;

namespace {

/// Word spans, tracked beside the tokenizer. A code point starts a word unless it follows a
/// word character, or a joiner that follows one (tokenize() keeps a single inner joiner).
struct Spans
{
    qsizetype wordStart = 0;
    qsizetype lastWordCharEnd = 0;
    unsigned prev = 0;
    unsigned prev2 = 0;
};

struct TrackingDecoder
{
    Utf16Decoder inner;
    const char16_t *begin;
    Spans *spans;

    std::int64_t sizeHint() const { return inner.sizeHint(); }
    bool next(char32_t &cp)
    {
        const qsizetype start = inner.p - begin;
        if (!inner.next(cp))
            return false;
        const unsigned f = flagsOf(cp);
        if (f & WordChar) {
            const bool continues = (spans->prev & WordChar)
                                   || ((spans->prev & Joiner) && (spans->prev2 & WordChar));
            if (!continues)
                spans->wordStart = start;
            spans->lastWordCharEnd = inner.p - begin;
        }
        spans->prev2 = spans->prev;
        spans->prev = f;
        return true;
    }
};

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

struct MatchSink
{
    const std::uint64_t *keys;
    const int *index;
    std::uint64_t mask;
    const QList<KeywordSignal> *keywords;
    const Spans *spans;
    QList<KeywordMatch> *out;
    std::vector<bool> seen;
    std::uint64_t prev1 = 0;
    std::uint64_t prev2 = 0;
    qsizetype start1 = 0; ///< start of the word behind prev1
    qsizetype start2 = 0;

    int find(std::uint64_t key) const
    {
        for (std::uint64_t slot = key & mask; keys[slot]; slot = (slot + 1) & mask) {
            if (keys[slot] == key)
                return index[slot];
        }
        return -1;
    }

    void probe(std::uint64_t key, qsizetype start)
    {
        const int i = find(key);
        if (i < 0)
            return;
        const KeywordSignal &k = keywords->at(i);
        const bool first = !seen[size_t(i)];
        seen[size_t(i)] = true;
        out->append({k.term, k.weight, start, spans->lastWordCharEnd - start, i, first});
    }

    void word(std::uint64_t h, int, unsigned)
    {
        const qsizetype start = spans->wordStart;
        probe(h, start);
        if (prev1)
            probe(combine(prev1, h), start1);
        if (prev2)
            probe(combine(combine(prev2, prev1), h), start2);
        prev2 = prev1;
        start2 = start1;
        prev1 = h;
        start1 = start;
    }

    void punct(unsigned f, char32_t)
    {
        if (f & (Terminator | Clause))
            prev1 = prev2 = 0; // phrases do not span punctuation
    }
};

} // namespace

KeywordMatcher::KeywordMatcher(const QList<KeywordSignal> &keywords)
    : m_keywords(keywords)
{
    std::uint64_t size = 16;
    while (size < 4 * std::uint64_t(keywords.size()))
        size <<= 1;
    m_keys.assign(size, 0);
    m_index.assign(size, -1);
    m_mask = size - 1;
    for (int i = 0; i < keywords.size(); ++i) {
        TermSink sink;
        const QString &term = keywords.at(i).term;
        const auto *p = reinterpret_cast<const char16_t *>(term.utf16());
        tokenize(Utf16Decoder{p, p + term.size()}, sink);
        if (sink.count < 1 || sink.count > 3)
            continue; // as in the estimator: phrases are limited to three words
        std::uint64_t key = sink.hashes[0];
        for (int w = 1; w < sink.count; ++w)
            key = combine(key, sink.hashes[w]);
        std::uint64_t slot = key & m_mask;
        while (m_keys[slot] && m_keys[slot] != key)
            slot = (slot + 1) & m_mask;
        if (!m_keys[slot]) { // the first definition of a term wins
            m_keys[slot] = key;
            m_index[slot] = i;
        }
    }
}

QList<KeywordMatch> KeywordMatcher::matches(QStringView message) const
{
    QList<KeywordMatch> out;
    Spans spans;
    const auto *p = reinterpret_cast<const char16_t *>(message.utf16());
    MatchSink sink{m_keys.data(), m_index.data(), m_mask, &m_keywords, &spans, &out, std::vector<bool>(size_t(m_keywords.size()))};
    tokenize(TrackingDecoder{Utf16Decoder{p, p + message.size()}, p, &spans}, sink);
    return out;
}

double KeywordMatcher::countedSum(const QList<KeywordMatch> &matches)
{
    double sum = 0;
    for (const KeywordMatch &m : matches)
        sum += m.counted ? m.weight : 0;
    return sum;
}
