#pragma once

#include "routing/keywordmatches.h"
#include "routing/modelrouter.h"

#include <QTimer>

#include <functional>
#include <QWidget>

class DecisionCard;
class FactorChart;
class PlaygroundInputs;
class QLabel;
class QPushButton;
class RoutedCallService;
class SendPanel;
class QSplitter;
class QTableView;
class ScoreGauge;
class TierCostModel;

/// The playground: a request on the left, and on the right, live as the user types, the score
/// gauge, the decision card, the factor bars and the cost on every tier. Re-scoring runs on
/// the next event-loop turn after an edit (a 0 ms timer), so a burst of edits costs one pass.
class PlaygroundView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlaygroundView)

public:
    /// `router` is not owned; the page changes it and calls routerChanged().
    explicit PlaygroundView(const ModelRouter *router, QWidget *parent = nullptr);

    /// Enables Send on `service`. `applyPolicy` brings the service's config and policy in
    /// line with the page's before each call.
    void setSendService(RoutedCallService *service, std::function<void()> applyPolicy);
    /// The router's config or policy changed: refresh the offered tiers and task types, re-score.
    void routerChanged();
    /// Re-scores now (tests and the benchmark call it directly).
    void rescore();

    const RoutingDecision &decision() const { return m_decision; }
    const QList<KeywordMatch> &matches() const { return m_matches; }
    /// Wall time of the last rescore(), in nanoseconds.
    qint64 lastRescoreNs() const { return m_lastRescoreNs; }

    PlaygroundInputs *inputs() const { return m_inputs; }
    ScoreGauge *gauge() const { return m_gauge; }
    FactorChart *factorChart() const { return m_factors; }
    DecisionCard *decisionCard() const { return m_card; }
    TierCostModel *costModel() const { return m_costs; }
    QTableView *costView() const { return m_costView; }
    SendPanel *sendPanel() const { return m_send; }
    QSplitter *splitter() const { return m_splitter; }

signals:
    /// After every re-score.
    void rescored();

private:
    QWidget *buildOutputs();
    void fitCostView();

    const ModelRouter *m_router;
    KeywordMatcher m_matcher;
    PlaygroundInputs *m_inputs;
    ScoreGauge *m_gauge;
    DecisionCard *m_card;
    FactorChart *m_factors;
    TierCostModel *m_costs;
    QTableView *m_costView;
    QLabel *m_timing;
    SendPanel *m_send = nullptr;
    QSplitter *m_left = nullptr;
    QSplitter *m_splitter;
    QTimer m_rescoreTimer;
    RoutingDecision m_decision;
    QList<KeywordMatch> m_matches;
    qint64 m_lastRescoreNs = 0;
};
