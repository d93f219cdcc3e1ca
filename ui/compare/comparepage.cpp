// ComparePage: construction and layout.
#include "comparepage.h"

#include "blindvoteview.h"
#include "elidedlabel.h"
#include "cellgriddelegate.h"
#include "cellgridfilter.h"
#include "cellgridmodel.h"
#include "prompteditor.h"
#include "runcontrols.h"
#include "runhistory.h"
#include "streampane.h"
#include "targetpicker.h"
#include "verticalscrollarea.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QPushButton>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

ComparePage::ComparePage(const CompareContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_runner(new ExperimentRunner(context.executor, context.store, this))
    , m_picker(new TargetPicker(this))
    , m_editor(new PromptEditor(this))
    , m_controls(new RunControls(this))
    , m_tabs(new QTabWidget(this))
    , m_grid(new CellGridModel(this))
    , m_filter(new CellGridFilter(this))
    , m_message(new QLabel(this))
{
    if (context.router)
        m_runner->setRouter(context.router);

    m_paneArea = new QScrollArea(this);
    auto *paneHost = new QWidget(m_paneArea);
    m_paneGrid = new QGridLayout(paneHost);
    m_paneGrid->setContentsMargins(0, 0, 0, 0);
    m_paneArea->setWidget(paneHost);
    m_paneArea->setWidgetResizable(true);
    m_paneArea->setFrameShape(QFrame::NoFrame);
    // Panes wrap into rows instead of scrolling sideways.
    m_paneArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_paneArea->viewport()->installEventFilter(this);
    m_tabs->addTab(m_paneArea, tr("Panes"));
    m_tabs->addTab(buildGridTab(), tr("Grid"));
    // History and the blind vote scroll in a short window instead of setting its height.
    m_history = new RunHistory(context.store, this);
    m_tabs->addTab(new VerticalScrollArea(m_history, this), tr("History"));
    m_blind = new BlindVoteView(this);
    m_tabs->addTab(new VerticalScrollArea(m_blind, this), tr("Blind vote"));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 0, 0, 0);
    m_runHeader = new ElidedLabel(this);
    QFont bold = m_runHeader->font();
    bold.setBold(true);
    m_runHeader->setFont(bold);
    rightLayout->addWidget(m_runHeader);
    rightLayout->addWidget(m_controls);
    rightLayout->addWidget(m_tabs, 1);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // store and server errors are shown as written
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rightLayout->addWidget(m_message);
    right->setMinimumWidth(320);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(buildLeftPanel());
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setCollapsible(0, false);
    splitter->setCollapsible(1, false);
    splitter->setSizes({360, 1200});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    if (!context.storeWarning.isEmpty()) {
        m_storeBanner = new QLabel(tr("Runs are kept in memory only and are lost when TierBench closes: %1")
                                       .arg(context.storeWarning), this);
        m_storeBanner->setObjectName(QStringLiteral("storeBanner"));
        m_storeBanner->setTextFormat(Qt::PlainText);
        m_storeBanner->setWordWrap(true);
        m_storeBanner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #5c4400; padding: 6px; }"));
        layout->addWidget(m_storeBanner);
    }
    layout->addWidget(splitter);

    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &ComparePage::run);
    auto *enterShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), this);
    enterShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(enterShortcut, &QShortcut::activated, this, &ComparePage::run);
    createActions();

    connect(m_controls, &RunControls::runRequested, this, &ComparePage::run);
    connect(m_controls, &RunControls::pauseRequested, m_runner, &ExperimentRunner::pause);
    connect(m_controls, &RunControls::resumeRequested, m_runner, &ExperimentRunner::unpause);
    connect(m_controls, &RunControls::cancelRequested, m_runner, &ExperimentRunner::cancel);
    connect(m_controls, &RunControls::retryFailedRequested, this, &ComparePage::retryFailed);
    connect(m_controls, &RunControls::runRemainingRequested, this, &ComparePage::runRemaining);
    connect(m_runner, &ExperimentRunner::progressChanged, m_controls, &RunControls::setProgress);
    connect(m_runner, &ExperimentRunner::statusChanged, this, &ComparePage::onStatusChanged);
    connect(m_runner, &ExperimentRunner::cellStarted, this, &ComparePage::onCellStarted);
    connect(m_runner, &ExperimentRunner::cellDelta, this, &ComparePage::onCellDelta);
    connect(m_runner, &ExperimentRunner::cellStateChanged, this, &ComparePage::onCellStateChanged);
    connect(m_runner, &ExperimentRunner::cellFinished, this, &ComparePage::onCellFinished);
    connect(m_runner, &ExperimentRunner::finished, this, &ComparePage::onFinished);
    connect(m_runner, &ExperimentRunner::storeError, this,
            [this](const QString &text) { setMessage(text, true); });
    connect(m_runner, &ExperimentRunner::cellStoreFailed, this,
            [this](const CellKey &key) { m_grid->updateCell(m_runner->cell(key)); });
    connect(m_editor, &PromptEditor::message, this, [this](const QString &text) { setMessage(text); });
    connect(m_editor, &PromptEditor::changed, this, &ComparePage::updatePlan);
    connect(m_picker, &TargetPicker::selectionChanged, this, &ComparePage::updatePlan);
    connect(m_history, &RunHistory::openRequested, this, &ComparePage::openRun);
    connect(m_history, &RunHistory::diffRequested, this, &ComparePage::showDiff);

    // Deltas are buffered per pane and painted together, at most 25 times a second.
    m_flushTimer.setInterval(40);
    connect(&m_flushTimer, &QTimer::timeout, this, &ComparePage::flushPanes);
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(150);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ComparePage::refreshConfigs);

    if (m_context.configs) {
        connect(m_context.configs, &CompareConfigSource::changed, this, &ComparePage::scheduleRefresh);
        refreshConfigs();
        if (!context.initiallyChecked.isEmpty())
            m_picker->setChecked(context.initiallyChecked);
    } else {
        setTargets(context.targets);
        m_picker->setChecked(context.initiallyChecked);
    }
    updateConfigNotes();
    updatePlan();
}

ComparePage::~ComparePage() = default;

QWidget *ComparePage::buildLeftPanel()
{
    // Everything on the left keeps its height; a short window scrolls it instead.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 4, 0);
    auto *configRow = new QHBoxLayout;
    auto *configLabel = new QLabel(tr("&Config"), left);
    m_configBox = new QComboBox(left);
    m_configBox->setAccessibleName(tr("Config"));
    m_configBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_configBox->setMinimumContentsLength(12);
    m_configBox->setToolTip(tr("The config whose tiers are ticked by default and that the router "
                               "routes over. It follows the tab open in Configs."));
    configLabel->setBuddy(m_configBox);
    configRow->addWidget(configLabel);
    configRow->addWidget(m_configBox, 1);
    leftLayout->addLayout(configRow);
    m_configNotes = new ElidedLabel(left);
    m_configNotes->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));
    leftLayout->addWidget(m_configNotes);
    leftLayout->addWidget(m_picker, 1);
    leftLayout->addWidget(m_editor, 1);
    auto *area = new VerticalScrollArea(left, this);
    area->setMinimumWidth(300); // the form rows and the case buttons fit beside a scrollbar
    connect(m_configBox, &QComboBox::activated, this,
            [this](int index) { chooseConfig(m_configBox->itemData(index).toString()); });
    return area;
}

void ComparePage::createActions()
{
    m_runAction = new QAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("Run"), this);
    m_runAction->setToolTip(tr("Run the comparison (Ctrl+Enter)"));
    connect(m_runAction, &QAction::triggered, this, &ComparePage::run);
    m_cancelAction = new QAction(style()->standardIcon(QStyle::SP_MediaStop), tr("Cancel"), this);
    m_cancelAction->setToolTip(tr("Abort every request in flight"));
    m_cancelAction->setEnabled(false);
    connect(m_cancelAction, &QAction::triggered, m_runner, &ExperimentRunner::cancel);
    m_exportAction = new QAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Export Cells…"), this);
    m_exportAction->setToolTip(tr("CSV or JSONL (one row per cell, every field), or a Markdown summary"));
    connect(m_exportAction, &QAction::triggered, this, &ComparePage::chooseExportFile);
}

QList<QAction *> ComparePage::toolBarActions() const
{
    return {m_runAction, m_cancelAction, m_exportAction};
}

void ComparePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_configsDirty)
        refreshConfigs();
}

bool ComparePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_paneArea->viewport() && event->type() == QEvent::Resize)
        layoutPanes();
    return QWidget::eventFilter(watched, event);
}

QWidget *ComparePage::buildGridTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show"), tab));
    m_filterBox = new QComboBox(tab);
    m_filterBox->addItem(tr("All rows"), int(CellGridModel::RowFilter::All));
    m_filterBox->addItem(tr("Rows with failures"), int(CellGridModel::RowFilter::Failures));
    m_filterBox->addItem(tr("Rows with errors"), int(CellGridModel::RowFilter::Errors));
    m_filterBox->addItem(tr("Rows whose answers differ"), int(CellGridModel::RowFilter::Different));
    bar->addWidget(m_filterBox);
    bar->addStretch();
    auto *exportButton = new QPushButton(tr("Export…"), tab);
    exportButton->setToolTip(tr("CSV or JSONL (one row per cell, every field), or a Markdown summary"));
    bar->addWidget(exportButton);
    connect(exportButton, &QPushButton::clicked, this, &ComparePage::chooseExportFile);
    layout->addLayout(bar);
    connect(m_filterBox, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_filter->setRowFilter(CellGridModel::RowFilter(m_filterBox->itemData(i).toInt()));
    });

    m_filter->setGridModel(m_grid);
    m_gridView = new QTableView(tab);
    m_gridView->setModel(m_filter);
    m_gridView->setItemDelegate(new CellGridDelegate(m_gridView));
    m_gridView->setWordWrap(true);
    m_gridView->setShowGrid(false);
    m_gridView->horizontalHeader()->setDefaultSectionSize(300);
    m_gridView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_gridView->verticalHeader()->setDefaultSectionSize(84);
    m_gridView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    layout->addWidget(m_gridView);
    return tab;
}

void ComparePage::setTargets(const QList<Target> &targets)
{
    QList<Target> offered = targets;
    if (m_context.router) {
        Target router;
        router.id = QStringLiteral("router");
        router.isRouter = true;
        router.provider = QStringLiteral("router");
        offered.append(router);
    }
    m_picker->setTargets(offered);
}

void ComparePage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

QString ComparePage::message() const
{
    return m_message->text();
}

void ComparePage::setMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
    m_message->setText(text);
}

void ComparePage::buildPanes(const QList<Target> &targets)
{
    qDeleteAll(m_panes);
    m_panes.clear();
    m_paneKey.clear();
    for (const Target &t : targets)
        m_panes.append(new StreamPane(t, m_paneGrid->parentWidget()));
    m_paneColumns = 0;
    layoutPanes();
}

void ComparePage::layoutPanes()
{
    const int count = int(m_panes.size());
    if (count == 0)
        return;
    // As many panes side by side as fit at their minimum width, the rest in more rows,
    // balanced (six that fit four a row make two rows of three).
    const int spacing = std::max(0, m_paneGrid->horizontalSpacing());
    const int width = m_paneArea->viewport()->width();
    const int fit = std::max(1, (width + spacing) / (StreamPane::minimumPaneWidth() + spacing));
    const int rows = (count + fit - 1) / fit;
    const int columns = (count + rows - 1) / rows;
    if (columns == m_paneColumns)
        return;
    for (int c = 0; c < m_paneGrid->columnCount(); ++c)
        m_paneGrid->setColumnStretch(c, 0);
    for (int r = 0; r < m_paneGrid->rowCount(); ++r)
        m_paneGrid->setRowStretch(r, 0);
    for (StreamPane *pane : std::as_const(m_panes))
        m_paneGrid->removeWidget(pane);
    for (int i = 0; i < count; ++i)
        m_paneGrid->addWidget(m_panes.at(i), i / columns, i % columns);
    for (int c = 0; c < columns; ++c)
        m_paneGrid->setColumnStretch(c, 1);
    for (int r = 0; r < rows; ++r)
        m_paneGrid->setRowStretch(r, 1);
    m_paneColumns = columns;
}

void ComparePage::fitGridColumns()
{
    const int columns = m_grid->columnCount();
    if (columns == 0)
        return;
    const int available = m_gridView->viewport()->width() > 100 ? m_gridView->viewport()->width()
                                                                : m_tabs->width() - 80;
    const int width = std::max(220, available / columns);
    for (int c = 0; c < columns; ++c)
        m_gridView->setColumnWidth(c, width);
}

TokenPrices ComparePage::pricesFor(const CellResult &cell) const
{
    const QList<Target> &targets = m_runner->experiment().targets;
    if (cell.key.targetIndex < int(targets.size()) && !targets.at(cell.key.targetIndex).isRouter)
        return targets.at(cell.key.targetIndex).prices;
    // A routed cell is priced by the config the router routed over, never another file.
    const QString tier = cell.decision.value(u"tier").toString();
    for (const TierEntry &entry : m_routerConfig.tiers)
        if (!tier.isEmpty() && entry.tier == tier) {
            CompareConfig config;
            config.config = m_routerConfig;
            config.config.tiers = {entry};
            return CompareTargets::forConfig(config, {}).constFirst().prices;
        }
    if (!m_context.configs) { // one fixed list of tiers (compare-preview, tests)
        for (const Target &t : m_picker->targets())
            if (!tier.isEmpty() && !t.isRouter && t.tier == tier)
                return t.prices;
    }
    return {};
}

QString ComparePage::caseCaption(const CellKey &key) const
{
    const Experiment &e = m_runner->experiment();
    if (key.caseIndex >= int(e.cases.size()))
        return {};
    QString caption = tr("case %1 of %2 (%3)").arg(key.caseIndex + 1).arg(e.cases.size())
                          .arg(e.cases.at(key.caseIndex).id);
    if (e.repeats > 1)
        caption += tr(", repeat %1").arg(key.repeat + 1);
    return caption;
}
