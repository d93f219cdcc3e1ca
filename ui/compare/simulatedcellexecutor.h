#pragma once

#include "experiments/cellexecutor.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QTimer>

#include <functional>

/// The simulated demo provider as a CellExecutor: no key, no network. Answers come from
/// SimulatedText (same prompt and model, same answer) and stream word by word on a timer,
/// with a TTFT and pace that depend on the model, so side-by-side panes look like real ones.
/// Token counts are estimates and cost uses the target's prices; the provider reported on
/// every outcome is "simulated" so the UI can badge it.
class SimulatedCellExecutor final : public CellExecutor
{
public:
    struct Pace
    {
        int ttftMs = 300;
        int tokenIntervalMs = 40;
    };
    /// Returns an error class ("server", "timeout", ...) to fail a request, or empty.
    using FailureRule = std::function<QString(const CellRequest &request)>;

    CellJob *start(const CellRequest &request, QObject *parent) override;

    /// Uses `pace` for every model instead of the per-model default (tests use a fast one).
    void setFixedPace(const Pace &pace) { m_fixedPace = pace; m_hasFixedPace = true; }
    void setFailureRule(FailureRule rule) { m_failureRule = std::move(rule); }
    /// The default pace of a model: small models start and stream faster.
    static Pace paceFor(const QString &model);

    int started() const { return m_started; }

private:
    Pace m_fixedPace;
    bool m_hasFixedPace = false;
    FailureRule m_failureRule;
    int m_started = 0;
};

/// One simulated call in flight.
class SimulatedCellJob final : public CellJob
{
    Q_OBJECT
public:
    SimulatedCellJob(const CellRequest &request, SimulatedCellExecutor::Pace pace,
                     QString failure, QObject *parent);
    Q_DISABLE_COPY_MOVE(SimulatedCellJob)
    void abort() override;

private:
    void emitNext();
    void finish(const QString &errorClass, const QString &message);

    CellRequest m_request;
    SimulatedCellExecutor::Pace m_pace;
    QString m_failure;
    QStringList m_tokens;
    QString m_text;
    int m_next = 0;
    bool m_done = false;
    bool m_truncated = false;
    std::optional<qint64> m_ttftMs;
    QElapsedTimer m_clock;
    QTimer m_timer;
};
