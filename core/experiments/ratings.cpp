#include "ratings.h"

#include <algorithm>
#include <cmath>

QString preferenceName(Preference p)
{
    switch (p) {
    case Preference::A: return QStringLiteral("A");
    case Preference::B: return QStringLiteral("B");
    case Preference::Tie: return QStringLiteral("tie");
    case Preference::BothBad: return QStringLiteral("both-bad");
    }
    return {};
}

std::optional<Preference> preferenceFromName(QStringView name)
{
    for (Preference p : {Preference::A, Preference::B, Preference::Tie, Preference::BothBad})
        if (name == preferenceName(p))
            return p;
    return std::nullopt;
}

double RatingTable::expectedScore(double ratingA, double ratingB)
{
    return 1.0 / (1.0 + std::pow(10.0, (ratingB - ratingA) / 400.0));
}

void RatingTable::add(const PairwiseVote &vote)
{
    if (vote.a == vote.b)
        return;
    for (const QString &n : {vote.a, vote.b})
        if (!m_rows.contains(n))
            m_rows.insert(n, Row{n, m_initial, m_initial, 0, 0, 0, 0});
    Row &a = m_rows[vote.a];
    Row &b = m_rows[vote.b];
    double scoreA = 0.5;
    switch (vote.preference) {
    case Preference::A: scoreA = 1.0; ++a.wins; ++b.losses; break;
    case Preference::B: scoreA = 0.0; ++b.wins; ++a.losses; break;
    case Preference::Tie: ++a.ties; ++b.ties; break;
    case Preference::BothBad: ++a.bothBad; ++b.bothBad; break;
    }
    const double expected = expectedScore(a.elo, b.elo);
    a.elo += m_k * (scoreA - expected);
    b.elo -= m_k * (scoreA - expected);
    m_votes.append(vote);
}

void RatingTable::addAll(const QList<PairwiseVote> &votes)
{
    for (const PairwiseVote &v : votes)
        add(v);
}

double RatingTable::elo(const QString &name) const
{
    return m_rows.value(name, Row{name, m_initial, m_initial, 0, 0, 0, 0}).elo;
}

QMap<QString, double> RatingTable::bradleyTerry() const
{
    // wins[i] counts half a win per tie; games[i][j] counts comparisons of i and j.
    const QStringList names = m_rows.keys();
    const qsizetype n = names.size();
    QMap<QString, double> result;
    if (n == 0)
        return result;
    QList<double> wins(n, 0.0);
    QList<QList<double>> games(n, QList<double>(n, 0.0));
    for (const PairwiseVote &v : m_votes) {
        const qsizetype i = names.indexOf(v.a);
        const qsizetype j = names.indexOf(v.b);
        games[i][j] += 1.0;
        games[j][i] += 1.0;
        switch (v.preference) {
        case Preference::A: wins[i] += 1.0; break;
        case Preference::B: wins[j] += 1.0; break;
        case Preference::Tie:
        case Preference::BothBad: wins[i] += 0.5; wins[j] += 0.5; break;
        }
    }
    // A small prior (one virtual tie against each other player, spread thin) keeps an
    // undefeated or winless player finite.
    constexpr double prior = 0.1;
    for (qsizetype i = 0; i < n; ++i)
        for (qsizetype j = 0; j < n; ++j)
            if (i != j) {
                games[i][j] += prior;
                wins[i] += prior / 2.0;
            }
    QList<double> p(n, 1.0);
    for (int iter = 0; iter < 200; ++iter) {
        double maxChange = 0.0;
        for (qsizetype i = 0; i < n; ++i) {
            double denom = 0.0;
            for (qsizetype j = 0; j < n; ++j)
                if (i != j && games[i][j] > 0)
                    denom += games[i][j] / (p[i] + p[j]);
            const double next = denom > 0 ? wins[i] / denom : p[i];
            maxChange = std::max(maxChange, std::abs(next - p[i]) / p[i]);
            p[i] = next;
        }
        double logMean = 0.0;
        for (double v : p)
            logMean += std::log(v);
        logMean /= double(n);
        for (double &v : p)
            v /= std::exp(logMean);
        if (maxChange < 1e-9)
            break;
    }
    for (qsizetype i = 0; i < n; ++i)
        result.insert(names[i], m_initial + 400.0 * std::log10(p[i]));
    return result;
}

QList<RatingTable::Row> RatingTable::rows() const
{
    const QMap<QString, double> bt = bradleyTerry();
    QList<Row> out = m_rows.values();
    for (Row &r : out)
        r.bradleyTerry = bt.value(r.name, m_initial);
    std::sort(out.begin(), out.end(), [](const Row &x, const Row &y) { return x.elo > y.elo; });
    return out;
}
