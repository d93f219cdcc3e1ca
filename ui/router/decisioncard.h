#pragma once

#include "routing/modelrouter.h"

#include <QFrame>

class QLabel;

/// The routing decision in words: class, tier, provider, model, the rule that fired and why.
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

private:
    QLabel *addRow(class QGridLayout *grid, int row, const QString &label);

    RoutingDecision m_decision;
    QLabel *m_class;
    QLabel *m_tier;
    QLabel *m_provider;
    QLabel *m_model;
    QLabel *m_rule;
    QLabel *m_reason;
};
