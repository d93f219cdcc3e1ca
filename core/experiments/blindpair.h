#pragma once

#include "cell.h"
#include "cellstore.h"
#include "ratings.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QString>

#include <optional>

/// Two answers to the same prompt shown as A and B. Which cell is A is decided by a
/// seedable RNG, and who produced each answer stays hidden until vote() is called.
class BlindPair
{
    Q_DECLARE_TR_FUNCTIONS(BlindPair)
public:
    /// Shuffles `first` and `second` into sides A and B with `rng`.
    BlindPair(const CellResult &first, const CellResult &second, QRandomGenerator &rng);

    /// The prompt both answered.
    QString prompt() const { return m_a.prompt; }
    /// The answers only: no target, tier, provider or model.
    QString textA() const { return m_a.outcome.text; }
    QString textB() const { return m_b.outcome.text; }

    bool isRevealed() const { return m_vote.has_value(); }
    /// Records the verdict and reveals the identities. A second vote is refused (false).
    bool vote(Preference preference);
    std::optional<Preference> preference() const { return m_vote; }

    /// The identities, available only after the vote.
    std::optional<CellResult> revealA() const;
    std::optional<CellResult> revealB() const;
    /// The vote by target ids and by tier, for RatingTable; nullopt before the vote.
    std::optional<PairwiseVote> targetVote() const;
    std::optional<PairwiseVote> tierVote() const;
    /// The vote as CellStore keeps it; nullopt before the vote.
    std::optional<StoredVote> storedVote() const;

private:
    CellResult m_a;
    CellResult m_b;
    std::optional<Preference> m_vote;
};
