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
    if (!m_vote)
        return std::nullopt;
    return PairwiseVote{m_a.targetId, m_b.targetId, *m_vote};
}

std::optional<PairwiseVote> BlindPair::tierVote() const
{
    if (!m_vote)
        return std::nullopt;
    const QString tierA = m_a.tier.isEmpty() ? m_a.targetId : m_a.tier;
    const QString tierB = m_b.tier.isEmpty() ? m_b.targetId : m_b.tier;
    return PairwiseVote{tierA, tierB, *m_vote};
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
