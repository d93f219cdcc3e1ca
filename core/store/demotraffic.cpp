#include "demotraffic.h"

#include "callrollups.h"
#include "money/cost.h"
#include "runstore.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace {

/// splitmix64: small, fast and the same on every platform (std distributions are not).
class Random
{
public:
    explicit Random(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return uniform() < p; }
    double normal()
    {
        const double u = 1.0 - uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * M_PI * uniform());
    }
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }

private:
    quint64 m_state;
};

/// How one tier behaves: TTFT, output speed and sizes (medians), and its errors.
struct TierProfile
{
    double share, ttftMs, tokensPerSecond, inputTokens, outputTokens, timeoutRate;
};

TierProfile profileFor(const QString &tier, qsizetype index)
{
    if (tier == u"fast" || (index == 0 && tier != u"standard" && tier != u"reasoning"))
        return {0.6, 260, 115, 900, 180, 0.0005};
    if (tier == u"reasoning" || index >= 2)
        return {0.1, 2100, 30, 5200, 1100, 0.015};
    return {0.3, 620, 58, 2300, 450, 0.002};
}

/// Calls in an hour: a daytime peak at 15:00 UTC, quieter weekends, growth over the period.
double callsPerHour(const QDateTime &hour, double progress)
{
    const double h = hour.time().hour();
    const double daily = 0.18 + 0.82 * std::exp(-(h - 15) * (h - 15) / (2 * 4.0 * 4.0));
    const bool weekend = hour.date().dayOfWeek() >= 6;
    return 95.0 * daily * (weekend ? 0.45 : 1.0) * (0.8 + 0.4 * progress);
}

} // namespace

QList<RunRecord> DemoTraffic::generate(const TierConfig &config, int days, const QDateTime &endTime)
{
    QList<RunRecord> out;
    if (config.tiers.isEmpty() || days <= 0)
        return out;
    const qint64 endMs = endTime.toMSecsSinceEpoch();
    const qint64 firstHour = endMs - (endMs % CallRollups::HourMs) - qint64(days) * 24 * CallRollups::HourMs;
    QList<TierProfile> profiles;
    double shares = 0;
    for (qsizetype i = 0; i < config.tiers.size(); ++i) {
        profiles.append(profileFor(config.tiers[i].tier, i));
        shares += profiles.last().share;
    }
    Random rng(0x7133b3c4 + quint64(days));
    const int hours = days * 24;
    const int outageHour = hours / 2 + 3; // team-b's key expires for three hours mid-period
    qint64 n = 0;
    for (int h = 0; h < hours; ++h) {
        const QDateTime hour = QDateTime::fromMSecsSinceEpoch(firstHour + h * CallRollups::HourMs, Qt::UTC);
        const double load = callsPerHour(hour, double(h) / hours);
        const int calls = int(load * (0.85 + 0.3 * rng.uniform()));
        for (int c = 0; c < calls; ++c) {
            const qint64 at = hour.toMSecsSinceEpoch() + qint64(rng.uniform() * CallRollups::HourMs);
            if (at >= endMs)
                continue;
            double pick = rng.uniform() * shares;
            qsizetype t = 0;
            while (t + 1 < profiles.size() && pick >= profiles[t].share) {
                pick -= profiles[t].share;
                ++t;
            }
            const TierEntry &entry = config.tiers[t];
            const TierProfile &p = profiles[t];
            RunRecord r;
            r.id = QStringLiteral("demo-%1").arg(++n);
            r.createdAt = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
            r.source = source();
            r.simulated = true;
            r.config = config.name;
            r.tenant = rng.chance(0.65) ? QStringLiteral("team-a") : QStringLiteral("team-b");
            r.provider = entry.provider;
            r.model = entry.model;
            r.tier = entry.tier;
            const bool outage = r.tenant == u"team-b" && h >= outageHour && h < outageHour + 3;
            const double busy = load / 95.0;
            if (outage)
                r.errorClass = QStringLiteral("auth");
            else if (rng.chance(0.002 + 0.02 * busy * busy))
                r.errorClass = QStringLiteral("rate_limited");
            else if (rng.chance(p.timeoutRate))
                r.errorClass = QStringLiteral("timeout");
            else if (rng.chance(0.004))
                r.errorClass = rng.chance(0.5) ? QStringLiteral("server") : QStringLiteral("overloaded");
            if (!r.errorClass.isEmpty()) {
                r.totalMs = r.errorClass == u"timeout" ? 60000 : qint64(rng.logNormal(r.errorClass == u"server" ? 900 : 140, 0.4));
                r.cost = Decimal(); // refused calls are not billed
                out.append(r);
                continue;
            }
            const qint64 input = qMax<qint64>(20, qint64(rng.logNormal(p.inputTokens, 0.7)));
            const qint64 output = qMax<qint64>(1, qint64(rng.logNormal(p.outputTokens, 0.6)));
            const double ttft = rng.logNormal(p.ttftMs * (1 + 0.3 * busy), 0.35);
            const double speed = rng.logNormal(p.tokensPerSecond, 0.2);
            r.inputTokens = input;
            r.outputTokens = output;
            if (rng.chance(0.9)) // a tenth of the callers do not stream
                r.ttftMs = qint64(ttft);
            r.totalMs = qint64(ttft + 1000.0 * double(output) / speed);
            r.firstTokenMs = r.ttftMs;
            r.lastTokenMs = r.totalMs;
            r.cost = Cost::estimate(entry.prices(), input, output);
            out.append(r);
        }
    }
    return out;
}

bool DemoTraffic::hasDemoRows(const Database &database, QString *error)
{
    QSqlDatabase db = database.connection(error);
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM call_rollups_day WHERE source = ? AND simulated = 1 LIMIT 1"));
    q.addBindValue(source());
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot read the store: %1").arg(q.lastError().text());
        return false;
    }
    return q.next();
}

DemoTrafficReport DemoTraffic::seed(const Database &database, const TierConfig &config, int days, QDateTime end)
{
    DemoTrafficReport report;
    if (hasDemoRows(database, &report.error) || !report.error.isEmpty()) {
        report.alreadySeeded = report.error.isEmpty();
        return report;
    }
    if (config.tiers.isEmpty()) {
        report.error = tr("The config '%1' has no tiers to simulate.").arg(config.name);
        return report;
    }
    const QList<RunRecord> calls = generate(config, days, end.isValid() ? end : QDateTime::currentDateTimeUtc());
    QSqlDatabase db = database.connection(&report.error);
    if (!db.isOpen())
        return report;
    constexpr qsizetype kBatch = 5000;
    for (qsizetype start = 0; start < calls.size(); start += kBatch) {
        QList<bool> inserted;
        if (!db.transaction() || !RunStore::insertRuns(db, calls.mid(start, kBatch), &inserted, &report.error)
            || !db.commit()) {
            if (report.error.isEmpty())
                report.error = db.lastError().text();
            db.rollback();
            return report;
        }
        report.inserted += inserted.count(true);
    }
    return report;
}
