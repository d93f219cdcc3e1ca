#pragma once

#include "experiments/blindpair.h"
#include "experiments/ratings.h"

#include <QRandomGenerator>
#include <QWidget>

#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

/// Blind pairwise voting: two answers to the same prompt as A and B (sides shuffled, models
/// hidden), a vote (A, B, tie, both bad), then the reveal; votes feed the ratings table.
class BlindVoteView final : public QWidget
{
    Q_OBJECT
public:
    explicit BlindVoteView(QWidget *parent = nullptr);
    ~BlindVoteView() override;
    Q_DISABLE_COPY_MOVE(BlindVoteView)

    /// Builds the pairs from a run's cells: two succeeded answers to the same case and repeat.
    void setCells(const QList<CellResult> &cells);
    void setSeed(quint32 seed) { m_rng.seed(seed); }

    int pairCount() const { return int(m_pairs.size()); }
    bool hasPair() const { return m_current != nullptr; }
    QString textA() const;
    QString textB() const;
    QString revealText() const;
    bool vote(Preference preference);
    void nextPair();
    QList<RatingTable::Row> ratings() const { return m_ratings.rows(); }

private:
    void showCurrent();
    void refreshRatings();

    QList<std::pair<CellResult, CellResult>> m_pairs;
    int m_next = 0;
    std::unique_ptr<BlindPair> m_current;
    RatingTable m_ratings;
    QRandomGenerator m_rng{20261122u};
    QLabel *m_prompt;
    QPlainTextEdit *m_a;
    QPlainTextEdit *m_b;
    QList<QPushButton *> m_voteButtons;
    QPushButton *m_nextButton;
    QLabel *m_reveal;
    QTableWidget *m_table;
};
