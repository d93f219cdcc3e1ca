#include "playgroundview.h"

#include "decisioncard.h"
#include "factorchart.h"
#include "playgroundinputs.h"
#include "scoregauge.h"
#include "sendpanel.h"
#include "signalhighlighter.h"
#include "tiercostmodel.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

PlaygroundView::PlaygroundView(const ModelRouter *router, QWidget *parent)
    : QWidget(parent)
    , m_router(router)
    , m_matcher(router->estimator().keywords())
    , m_inputs(new PlaygroundInputs(this))
    , m_gauge(new ScoreGauge(this))
    , m_card(new DecisionCard(this))
    , m_factors(new FactorChart(this))
    , m_costs(new TierCostModel(this))
    , m_costView(new QTableView(this))
    , m_timing(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    // The request above, Send and the answer below; the user can move the line between them.
    m_left = new QSplitter(Qt::Vertical, m_splitter);
    m_left->setChildrenCollapsible(false);
    m_left->setContentsMargins(0, 0, 6, 0);
    m_left->addWidget(m_inputs);
    setSendService(nullptr, {});
    m_splitter->addWidget(m_left);
    m_splitter->addWidget(buildOutputs());
    m_splitter->setStretchFactor(0, 5);
    m_splitter->setStretchFactor(1, 6);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_rescoreTimer.setSingleShot(true);
    m_rescoreTimer.setInterval(0);
    connect(&m_rescoreTimer, &QTimer::timeout, this, &PlaygroundView::rescore);
    connect(m_inputs, &PlaygroundInputs::changed, &m_rescoreTimer, qOverload<>(&QTimer::start));
    routerChanged();
}

QWidget *PlaygroundView::buildOutputs()
{
    // Scrolls rather than forcing the window taller or wider than a 1024x700 screen.
    auto *scroll = new QScrollArea(m_splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *right = new QWidget(scroll);
    auto *layout = new QVBoxLayout(right);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_gauge);
    layout->addWidget(m_card);
    auto *factorsLabel = new QLabel(tr("<b>Factors</b> (hover a bar for the numbers; right-click to export)"), right);
    factorsLabel->setWordWrap(true);
    layout->addWidget(factorsLabel);
    layout->addWidget(m_factors, 1);
    auto *costLabel = new QLabel(tr("<b>Cost of this request on every tier</b> (hover a cost for tokens × price)"), right);
    costLabel->setWordWrap(true);
    layout->addWidget(costLabel);
    m_costView->setModel(m_costs);
    m_costView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_costView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_costView->verticalHeader()->hide();
    m_costView->setWordWrap(false);
    m_costView->setTextElideMode(Qt::ElideMiddle);
    m_costView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_costView->horizontalHeader()->setSectionResizeMode(TierCostModel::ModelColumn, QHeaderView::Stretch);
    m_costView->setAccessibleName(tr("Cost of this request on every tier"));
    m_costView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_costView->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    layout->addWidget(m_costView);
    m_timing->setForegroundRole(QPalette::PlaceholderText);
    m_timing->setWordWrap(true);
    layout->addWidget(m_timing);
    scroll->setWidget(right);
    return scroll;
}

void PlaygroundView::setSendService(RoutedCallService *service, std::function<void()> applyPolicy)
{
    delete m_send;
    m_send = new SendPanel(service, [this, applyPolicy] {
        if (applyPolicy)
            applyPolicy();
        const RouteRequest r = m_inputs->request();
        RoutedCallRequest call;
        call.target = QStringLiteral("router");
        call.prompt = r.message;
        call.taskType = r.taskType;
        call.capabilities = r.hints.capabilities;
        call.contextTokens = r.hints.contextTokens;
        call.historyTurns = r.hints.historyTurns;
        call.preferredTier = r.preferredTier;
        call.tenant = m_inputs->tenant();
        // The expected output is also the cap, so the call's estimate is the playground's.
        call.maxTokens = int(r.expectedOutputTokens.value_or(512));
        call.source = QStringLiteral("router-mode");
        return call;
    }, m_left);
    m_left->addWidget(m_send);
    m_left->setStretchFactor(0, 3);
    m_left->setStretchFactor(1, 2);
    connect(m_send, &SendPanel::answerShown, this, [this] {
        const int total = m_left->height();
        m_left->setSizes({total * 3 / 5, total - total * 3 / 5});
    });
}

void PlaygroundView::fitCostView()
{
    // As tall as its rows (up to eight), so the factor chart gets the rest.
    const int rows = std::min(m_costs->rowCount(), 8);
    const int rowHeight = m_costView->verticalHeader()->defaultSectionSize();
    m_costView->setFixedHeight(m_costView->horizontalHeader()->sizeHint().height() + rows * rowHeight
                               + 2 * m_costView->frameWidth());
}

void PlaygroundView::routerChanged()
{
    QStringList tiers;
    for (const TierEntry &e : m_router->config().tiers)
        tiers.append(e.tier);
    m_inputs->setTiers(tiers);
    m_inputs->setTaskOverrides(m_router->taskTypeOverrides());
    m_inputs->setKnownCapabilities(m_router->estimator().capabilityCriticality());
    rescore();
}

void PlaygroundView::rescore()
{
    m_rescoreTimer.stop();
    QElapsedTimer clock;
    clock.start();
    const RouteRequest request = m_inputs->request();
    m_decision = m_router->route(request);
    m_matches = m_matcher.matches(request.message);
    const Complexity &c = m_decision.complexity;
    m_gauge->setThresholds(m_router->thresholds());
    m_gauge->setScore(c.score, m_router->thresholds().classify(c.score));
    m_card->setDecision(m_decision);
    m_factors->setFactors(c.factors, m_router->estimator().weights());
    m_costs->setDecision(m_router->config(), m_decision);
    fitCostView();
    m_inputs->highlighter()->setMatches(m_matches);
    m_lastRescoreNs = clock.nsecsElapsed();
    const int hits = c.stats.keywordHits;
    m_timing->setText(tr("%n word(s), %1 keyword signal(s) · re-scored in %2 ms", nullptr, c.stats.words)
                          .arg(hits)
                          .arg(QString::number(double(m_lastRescoreNs) / 1e6, 'f', 2)));
    emit rescored();
}
