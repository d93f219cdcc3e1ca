#pragma once

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

/// The verdict of one blind comparison.
enum class Preference { A, B, Tie, BothBad };
QString preferenceName(Preference p);
std::optional<Preference> preferenceFromName(QStringView name);

/// One vote between two identities (targets, or tiers).
struct PairwiseVote
{
    QString a;
    QString b;
    Preference preference = Preference::Tie;
};

/// Ratings from pairwise votes: sequential Elo (K = 32, start 1500; a tie and "both bad"
/// score half a win each, as Chatbot Arena does) and a Bradley–Terry fit by the MM
/// algorithm (Hunter 2004) on the same votes, scaled to Elo points (400·log10 strength,
/// anchored so the mean is 1500). Elo depends on vote order; Bradley–Terry does not.
class RatingTable
{
public:
    struct Row
    {
        QString name;
        double elo = 1500.0;
        double bradleyTerry = 1500.0;
        int wins = 0;
        int losses = 0;
        int ties = 0;
        int bothBad = 0;
        int votes() const { return wins + losses + ties + bothBad; }
    };

    explicit RatingTable(double k = 32.0, double initial = 1500.0) : m_k(k), m_initial(initial) {}

    void add(const PairwiseVote &vote);
    void addAll(const QList<PairwiseVote> &votes);

    double elo(const QString &name) const;
    /// Rows sorted by Elo, best first; Bradley–Terry computed on demand.
    QList<Row> rows() const;

    /// Expected score of a against b under Elo.
    static double expectedScore(double ratingA, double ratingB);

private:
    QMap<QString, double> bradleyTerry() const;

    double m_k;
    double m_initial;
    QMap<QString, Row> m_rows;
    QList<PairwiseVote> m_votes;
};
