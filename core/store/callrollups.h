#pragma once

#include "latencysketch.h"
#include "runrecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// The rollup rows that a set of newly stored calls adds to: one row per UTC hour (and one
/// per UTC day) and (tier, provider, model, tenant, source, config, error class, simulated),
/// with sums, counts and latency/TTFT sketches. RunStore builds one of these from the calls it really
/// inserted and applies it in the same transaction, so the dashboard never reads `runs`.
///
/// Conventions of a rollup row: an empty tier is stored as "unassigned"; other empty text
/// stays empty. Latency and TTFT sketches, min/max latency and the generation time behind
/// tokens/s count only successful calls (empty error class) with a known value.
class CallRollups
{
    Q_DECLARE_TR_FUNCTIONS(CallRollups)

public:
    static constexpr qint64 HourMs = 3600000;
    static constexpr qint64 DayMs = 86400000;
    /// Every call is rolled up twice: per UTC hour (`call_rollups`) and per UTC day
    /// (`call_rollups_day`, the same columns), so day and week charts over months read
    /// a few thousand rows.
    enum class Level { Hour, Day };
    static QString table(Level level);
    static qint64 bucketOf(qint64 ms, Level level);
    static QString unassignedTier() { return QStringLiteral("unassigned"); }

    struct Key
    {
        qint64 bucketMs = 0;
        QString tier, provider, model, tenant, source, config, errorClass;
        bool simulated = false;
    };

    struct Delta
    {
        Key key;
        qint64 calls = 0;
        qint64 inputTokens = 0, inputCalls = 0;
        qint64 outputTokens = 0, outputCalls = 0;
        qint64 costPico = 0, costedCalls = 0;
        qint64 genOutputTokens = 0, genMs = 0; ///< successful calls with output tokens and a latency
        std::optional<qint64> latencyMinMs, latencyMaxMs, ttftMinMs, ttftMaxMs;
        qint64 firstMs = 0, lastMs = 0;
        LatencySketch latency, ttft;
    };

    /// Adds one stored call.
    void add(const RunRecord &run);
    bool isEmpty() const { return m_deltas[0].isEmpty(); }
    qsizetype rows(Level level) const { return m_deltas[int(level)].size(); }

    /// Adds everything to `call_rollups` on `db`, inside the caller's transaction (which must
    /// already have written, so that SQLite holds its write lock): reads the stored sketches
    /// of the hours concerned, merges, and writes every row with multi-row upserts that add
    /// the sums. On PostgreSQL an advisory lock serialises this part between writers.
    bool apply(QSqlDatabase &db, QString *error) const;

    /// The cost of a call as whole 1e-12 USD, when it fits a BIGINT.
    static std::optional<qint64> costPico(const RunRecord &run);

private:
    static void accumulate(Delta &d, const RunRecord &run, qint64 at);
    bool applyLevel(QSqlDatabase &db, Level level, QString *error) const;

    QHash<QString, Delta> m_deltas[2]; ///< by Level
};
