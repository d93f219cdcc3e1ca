#include "blindpair.h"

BlindPair::BlindPair(const CellResult &first, const CellResult &second, QRandomGenerator &rng)
{
    const bool swap = rng.bounded(2) == 1;
    m_a = swap ? second : first;
    m_b = swap ? first : second;
}

bool BlindPair::vote(Preference preference)
{
    if (m_vote)
        return false;
    m_vote = preference;
    return true;
}

std::optional<CellResult> BlindPair::revealA() const
{
    return m_vote ? std::optional<CellResult>(m_a) : std::nullopt;
}

std::optional<CellResult> BlindPair::revealB() const
{
    return m_vote ? std::optional<CellResult>(m_b) : std::nullopt;
}

std::optional<PairwiseVote> BlindPair::targetVote() const
{
    const std::optional<StoredVote> vote = storedVote();
    return vote ? std::optional<PairwiseVote>(vote->byTarget()) : std::nullopt;
}

std::optional<PairwiseVote> BlindPair::tierVote() const
{
    const std::optional<StoredVote> vote = storedVote();
    return vote ? std::optional<PairwiseVote>(vote->byTier()) : std::nullopt;
}

std::optional<StoredVote> BlindPair::storedVote() const
{
    if (!m_vote)
        return std::nullopt;
    StoredVote v;
    v.runId = m_a.runId;
    v.caseId = m_a.caseId;
    v.repeat = m_a.key.repeat;
    v.targetA = m_a.targetId;
    v.targetB = m_b.targetId;
    v.tierA = m_a.tier;
    v.tierB = m_b.tier;
    v.preference = *m_vote;
    v.createdAt = QDateTime::currentDateTimeUtc();
    return v;
}
