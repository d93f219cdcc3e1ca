#pragma once

#include "routing/modelrouter.h"

#include <QFrame>

class QLabel;

/// The routing decision in words: class, tier, provider, model, the rule that fired, its
/// cause (a "no signal" request shows that it took the policy's default tier), the signals
/// behind the score, and why.
class DecisionCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DecisionCard)

public:
    explicit DecisionCard(QWidget *parent = nullptr);

    void setDecision(const RoutingDecision &decision);

    const RoutingDecision &decision() const { return m_decision; }
    /// The card's text as shown (for tests and accessibility).
    QString text() const;

    /// The cause token in words ("no_signal_default" -> "no signal either way: ...").
    static QString causeLabel(const QString &cause);
    /// The evidence in one line: domain depth, numbers, plain words, counts, flags.
    static QString signalsText(const ComplexityEvidence &evidence);

private:
    QLabel *addRow(class QGridLayout *grid, int row, const QString &label);

    RoutingDecision m_decision;
    QLabel *m_class;
    QLabel *m_tier;
    QLabel *m_provider;
    QLabel *m_model;
    QLabel *m_rule;
    QLabel *m_cause;
    QLabel *m_signals;
    QLabel *m_reason;
};
