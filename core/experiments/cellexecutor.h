#pragma once

#include "cell.h"
#include "experiment.h"
#include "target.h"

#include <QObject>

/// What one cell asks a model: a concrete target (never the router), the rendered prompt,
/// the system prompt and the sampling parameters.
struct CellRequest
{
    Target target;
    QString systemPrompt;
    QString prompt;
    GenerationParams params;
};

/// One call in flight. It emits textDelta() as the answer streams and finished() exactly
/// once. abort() ends the call; finished() then reports the "cancelled" error class.
class CellJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void abort() = 0;

signals:
    void textDelta(const QString &delta);
    void finished(const CellOutcome &outcome);
};

/// Starts calls. The runner owns no network code: a ProviderCellExecutor adapts the
/// provider clients, tests use a fake one.
class CellExecutor
{
public:
    virtual ~CellExecutor() = default;
    /// Starts `request`; the returned job is parented to `parent`. Never returns null.
    /// The job must not emit anything before start() has returned (the runner connects to
    /// it afterwards): report an immediate failure from the event loop (QTimer::singleShot).
    virtual CellJob *start(const CellRequest &request, QObject *parent) = 0;
};

/// Resolves the "router" target for one prompt: the concrete target plus the decision
/// stored beside the answer.
class TargetRouter
{
public:
    struct Route
    {
        Target target;
        QJsonObject decision;
        QString error; ///< user-facing; the cell fails with class "routing" when set
    };
    virtual ~TargetRouter() = default;
    virtual Route route(const QString &systemPrompt, const QString &prompt) = 0;
};
