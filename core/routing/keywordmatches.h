#pragma once

#include "complexityestimator.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <vector>

/// One occurrence of a keyword signal in a message, for highlighting what made the score.
struct KeywordMatch
{
    QString term;         ///< the signal as configured ("step by step")
    double weight = 0;    ///< its weight (negative for "simple request" indicators)
    qsizetype start = 0;  ///< UTF-16 offset of the first word in the message
    qsizetype length = 0; ///< UTF-16 code units up to the end of the last word
    int keyword = -1;     ///< index into the keyword list
    bool counted = false; ///< the first occurrence: the one that adds to the keyword factor

    bool operator==(const KeywordMatch &) const = default;
};

/// Finds where the estimator's keyword signals occur in a message. It uses the estimator's
/// tokenizer (textscan_p.h) and the same rules (whole words, case-folded, phrases of up to
/// three words that do not span , ; : ( or sentence ends, the first definition of a term wins),
/// so the counted matches add up to exactly the keyword sum behind the score:
/// sum(weight of counted matches) == estimate(message).stats.keywordSum.
///
/// Build it once per keyword list; matches() allocates only its result.
class KeywordMatcher
{
public:
    explicit KeywordMatcher(const QList<KeywordSignal> &keywords = ComplexityEstimator::defaultKeywords());

    const QList<KeywordSignal> &keywords() const { return m_keywords; }
    /// Every occurrence, in text order (a phrase is reported when its last word is read,
    /// so it follows the single words it contains).
    QList<KeywordMatch> matches(QStringView message) const;

    /// Sum of the weights of the counted matches (equals TextStats::keywordSum).
    static double countedSum(const QList<KeywordMatch> &matches);

private:
    QList<KeywordSignal> m_keywords;
    // Open addressing on the (phrase) hash, as in the estimator; value = index into m_keywords.
    std::vector<std::uint64_t> m_keys;
    std::vector<int> m_index;
    std::uint64_t m_mask = 0;
};
