#include "routerpage.h"

#include "calibrationview.h"
#include "playgroundinputs.h"
#include "playgroundview.h"
#include "policydocument.h"
#include "policyeditor.h"
#include "policyfileactions.h"
#include "prompter.h"
#include "replayview.h"
#include "requestsource.h"

#include "calls/routedcallservice.h"
#include "wrappinglayout.h"

#include <QAction>
#include <QComboBox>
#include "wrappinglayout.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

RouterPage::RouterPage(const RouterContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_policy(new PolicyDocument(this))
    , m_tabs(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_configBox(new QComboBox(this))
{
    Prompter *prompter = m_context.prompter;
    if (!prompter) {
        m_ownPrompter = std::make_unique<DialogPrompter>(this);
        prompter = m_ownPrompter.get();
    }
    m_files = new PolicyFileActions(m_policy, prompter, this);
    if (!m_context.policyPath.isEmpty())
        m_files->open(m_context.policyPath);
    m_undo = m_policy->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_redo = m_policy->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    if (m_context.configs.isEmpty())
        m_context.configs.append({tr("built-in default"), QString(), ModelRouter::defaultTierConfig()});
    m_router.setConfig(m_context.configs.constFirst().config);
    m_policy->policy().applyTo(m_router);

    m_editor = new PolicyEditor(m_policy, this);
    m_playground = new PlaygroundView(&m_router, this);
    if (m_context.calls) {
        m_playground->setSendService(m_context.calls, [this] {
            RoutedCallService *calls = m_context.calls;
            calls->setConfig(m_router.config());
            m_policy->policy().applyTo(calls->router());
            m_policy->policy().applyTo(calls->budget());
        });
    }
    m_tabs->addTab(m_playground, tr("&Playground"));
    m_requests = new RequestSource(m_context.storedRequests, this);
    m_replay = new ReplayView(m_requests, [this] {
        const QString config = currentConfig();
        return ReplayView::Routers{routerFor(m_policy->savedPolicy()), m_router,
                                   tr("before = the saved policy, after = the edited policy, both on %1")
                                       .arg(config.isEmpty() ? tr("the current config") : config)};
    }, prompter, this);
    m_tabs->addTab(m_replay, tr("&What-if Replay"));
    m_calibration = new CalibrationView(m_requests, [this] { return m_router; },
        [this](const ComplexityThresholds &t) { m_policy->setThresholds(t, tr("Apply calibration")); },
        prompter, this);
    m_tabs->addTab(m_calibration, tr("&Calibration"));
    connect(m_replay, &ReplayView::openRequest, this, &RouterPage::openInPlayground);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        // The first visit loads the stored requests, so the tab opens on real data.
        if (m_tabs->currentWidget() != m_playground && m_requests->kind() == RequestSource::Kind::None
            && m_requests->hasStore() && !m_requests->isLoading())
            m_requests->loadStored();
    });
    m_tabs->setDocumentMode(true);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(m_editor->minimumSizeHint().width() + 16);
    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(scroll);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_splitter, 1);

    fillConfigCombo();
    setCurrentConfig(m_context.currentConfig);
    rebuildRouter();
    connect(m_configBox, &QComboBox::currentIndexChanged, this, [this] {
        rebuildRouter();
        emit currentConfigChanged(currentConfig());
    });
    connect(m_policy, &PolicyDocument::changed, this, &RouterPage::rebuildRouter);
}

RouterPage::~RouterPage() = default;

QUndoStack *RouterPage::undoStack() const
{
    return m_policy->undoStack();
}

QWidget *RouterPage::buildToolbar()
{
    // Three groups that wrap onto a second line when the window is narrow.
    auto *bar = new QWidget(this);
    auto *flow = new WrappingLayout(bar, 16, 4);
    flow->setContentsMargins(0, 0, 0, 0);
    const auto group = [bar, flow] {
        auto *box = new QWidget(bar);
        auto *row = new QHBoxLayout(box);
        row->setContentsMargins(0, 0, 0, 0);
        flow->addWidget(box);
        return row;
    };
    QHBoxLayout *configRow = group();
    auto *configLabel = new QLabel(tr("Route onto &config"), bar);
    configLabel->setBuddy(m_configBox);
    m_configBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_configBox->setMinimumContentsLength(18);
    m_configBox->setToolTip(tr("The workspace tier config whose tiers, models and prices the policy routes onto"));
    configRow->addWidget(configLabel);
    configRow->addWidget(m_configBox);
    QHBoxLayout *fileRow = group();
    for (QAction *a : {m_files->openAction(), m_files->saveAction(), m_files->saveAsAction(),
                       m_files->defaultAction()}) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(a);
        fileRow->addWidget(button);
    }
    QHBoxLayout *undoRow = group();
    for (QAction *a : {m_undo, m_redo}) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(a); // icon only: the action's text ("Undo Set …") is the tooltip
        undoRow->addWidget(button);
        m_undoButtons.append(button);
    }
    return bar;
}

void RouterPage::setUndoButtonsVisible(bool visible)
{
    for (QToolButton *b : std::as_const(m_undoButtons))
        b->setVisible(visible);
}

void RouterPage::fillConfigCombo()
{
    const QSignalBlocker block(m_configBox);
    const QString current = m_configBox->currentText();
    m_configBox->clear();
    for (const RouterConfigChoice &c : std::as_const(m_context.configs)) {
        m_configBox->addItem(c.name);
        m_configBox->setItemData(m_configBox->count() - 1,
                                 c.path.isEmpty() ? tr("the seed's default config") : c.path,
                                 Qt::ToolTipRole);
    }
    const int i = m_configBox->findText(current);
    m_configBox->setCurrentIndex(i >= 0 ? i : 0);
}

void RouterPage::setConfigs(const QList<RouterConfigChoice> &configs)
{
    const QString current = currentConfig();
    m_context.configs = configs;
    if (m_context.configs.isEmpty())
        m_context.configs.append({tr("built-in default"), QString(), ModelRouter::defaultTierConfig()});
    fillConfigCombo();
    rebuildRouter();
    if (currentConfig() != current)
        emit currentConfigChanged(currentConfig());
}

bool RouterPage::setCurrentConfig(const QString &name)
{
    const int i = m_configBox->findText(name);
    if (i < 0)
        return false;
    m_configBox->setCurrentIndex(i); // rebuilds through currentIndexChanged
    return true;
}

QString RouterPage::currentConfig() const
{
    return m_configBox->currentText();
}

void RouterPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(std::min(int(tab), m_tabs->count() - 1));
}

ModelRouter RouterPage::routerFor(const RouterPolicy &policy) const
{
    ModelRouter router(m_router.config(), m_router.tierMap());
    policy.applyTo(router);
    return router;
}

void RouterPage::rebuildRouter()
{
    const int i = std::max(0, m_configBox->currentIndex());
    m_router.setConfig(m_context.configs.value(i).config);
    m_policy->policy().applyTo(m_router);
    m_playground->routerChanged();
    if (m_replay && m_tabs->currentWidget() == m_replay)
        m_replay->scheduleRerun();
}

void RouterPage::openInPlayground(const ReplayRequest &request)
{
    RouteRequest r = request.request;
    r.message = QString::fromUtf8(request.message);
    m_playground->inputs()->setRequest(r, request.tenant);
    m_playground->rescore();
    showTab(Tab::Playground);
}
