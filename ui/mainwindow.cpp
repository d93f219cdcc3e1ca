#include "mainwindow.h"

#include "bottomdock.h"
#include "configsmode.h"
#include "documentationdialog.h"
#include "editordocument.h"
#include "editorpage.h"
#include "modelcatalog.h"
#include "placeholderpage.h"
#include "problemsmodel.h"
#include "settings.h"
#include "settingsdialog.h"
#include "teamdatabasedialog.h"
#include "welcomepage.h"
#include "workspacemodel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QtGlobal>
#include <QStyle>
#include <QToolBar>
#include <QUndoGroup>

#include <iterator>
#include <QUndoStack>

MainWindow::MainWindow(Settings *settings, const ModelCatalog *catalog, Prompter *prompter,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_catalog(catalog)
    , m_prompter(prompter)
    , m_modes(new QStackedWidget(this))
    , m_configs(new ConfigsMode(settings, catalog, prompter, m_modes))
    , m_dock(new BottomDock(this))
    , m_modeActions(new QActionGroup(this))
    , m_workspaceLabel(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_catalogLabel(new QLabel(this))
    , m_storeLabel(new QLabel(this))
{
    setCentralWidget(m_modes);
    addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    createModes();
    createMenus();
    statusBar()->addWidget(m_workspaceLabel);
    statusBar()->addWidget(m_problemLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->addPermanentWidget(m_catalogLabel);
    m_catalogLabel->setText(tr("Models: %1").arg(catalog->description()));

    connect(m_configs, &ConfigsMode::currentDocumentChanged, this,
            &MainWindow::onCurrentDocumentChanged);
    connect(m_configs, &ConfigsMode::message, m_dock, &BottomDock::appendOutput);
    connect(m_dock, &BottomDock::problemActivated, this, &MainWindow::jumpToProblem);
    connect(m_configs, &ConfigsMode::modeRequested, this, &MainWindow::setMode);
    // 90 % of the screen, at most 1800 x 1100: room for the form and the YAML side by side.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1400, 900);
    resize(qMin(1800, available.width() * 9 / 10), qMin(1100, available.height() * 9 / 10));
    resizeDocks({m_dock}, {120}, Qt::Vertical); // four rows: the mode above keeps the height
    onCurrentDocumentChanged();
}

void MainWindow::createModes()
{
    struct ModeInfo
    {
        QString name;
        QStyle::StandardPixmap icon;
        QString question;
        QString parts;
    };
    const QList<ModeInfo> infos = {
        {tr("Configs"), QStyle::SP_FileDialogDetailedView, {}, {}},
        {tr("Compare"), QStyle::SP_FileDialogContentsView,
         tr("Which model answers this better, faster, cheaper?"),
         tr("Target picker, prompt and variables, streaming panes side by side, batch grid, "
            "run history.")},
        {tr("Router"), QStyle::SP_ArrowRight, tr("Why did this request go to that tier?"),
         tr("Message input, score gauge with thresholds, factor bars, decision card, per-tier "
            "cost, what-if replay.")},
        {tr("Models"), QStyle::SP_DriveNetIcon, tr("What can I use, at what price, and what changed?"),
         tr("Registry table with filters, sync now, price sources and drift, audit log.")},
        {tr("Dashboard"), QStyle::SP_ComputerIcon, tr("What do my tiers cost and how fast are they?"),
         tr("Cost per tier over time, latency p50/p95/p99, TTFT, tokens/s, tier share, budget "
            "burn-down.")},
    };
    auto *bar = new QToolBar(tr("Modes"), this);
    bar->setObjectName(QStringLiteral("modeBar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    bar->setIconSize(QSize(28, 28));
    bar->setAccessibleName(tr("Mode bar"));
    addToolBar(Qt::LeftToolBarArea, bar);
    const QStringList descriptions = WelcomePage::modeDescriptions();
    for (int i = 0; i < infos.size(); ++i) {
        const ModeInfo &info = infos.at(i);
        m_modes->addWidget(i == 0 ? static_cast<QWidget *>(m_configs)
                                  : new PlaceholderPage(info.name, info.question, info.parts, m_modes));
        QAction *a = bar->addAction(style()->standardIcon(info.icon), info.name);
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        a->setToolTip(tr("%1 (%2)").arg(info.name, a->shortcut().toString(QKeySequence::NativeText)));
        a->setStatusTip(descriptions.value(i));
        a->setData(i);
        m_modeActions->addAction(a);
        connect(a, &QAction::triggered, this, [this, i] { setMode(i); });
    }
    m_modeActions->actions().constFirst()->setChecked(true);
    sizeModePages();
}

void MainWindow::setModePage(int mode, QWidget *page)
{
    if (mode <= ConfigsModeIndex || mode >= ModeCount || !page)
        return;
    QWidget *old = m_modes->widget(mode);
    const bool current = m_modes->currentIndex() == mode;
    m_modes->insertWidget(mode, page);
    m_modes->removeWidget(old);
    old->deleteLater();
    if (current)
        m_modes->setCurrentIndex(mode);
    sizeModePages();
    // A page with a session of its own gets it back (see saveSession()).
    const QByteArray state = m_settings->value(SettingKeys::ModeStates[mode]);
    if (!state.isEmpty() && page->metaObject()->indexOfMethod("restoreSessionState(QByteArray)") >= 0)
        QMetaObject::invokeMethod(page, "restoreSessionState", Q_ARG(QByteArray, state));
}

void MainWindow::setModeUndoStack(int mode, QUndoStack *stack)
{
    if (QUndoStack *old = m_modeStacks.take(mode))
        m_configs->undoGroup()->removeStack(old);
    if (!stack)
        return;
    m_modeStacks.insert(mode, stack);
    m_configs->undoGroup()->addStack(stack);
    activateUndoStack();
    if (m_toolBar && mode == this->mode())
        showModeActions();
}

void MainWindow::activateUndoStack()
{
    // One undo group serves the window's Undo/Redo actions: the current mode's stack, or in
    // the Configs mode the current document's.
    QUndoStack *stack = m_modeStacks.value(mode());
    if (!stack && mode() == ConfigsModeIndex && m_configs->currentDocument())
        stack = m_configs->currentDocument()->undoStack();
    m_configs->undoGroup()->setActiveStack(stack);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_configs->newAction());
    file->addAction(m_configs->openAction());
    file->addAction(m_configs->openWorkspaceAction());
    file->addMenu(m_configs->recentMenu());
    file->addAction(m_configs->importLiteLlmAction());
    file->addSeparator();
    file->addAction(m_configs->saveAction());
    file->addAction(m_configs->saveAsAction());
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(m_configs->exportCrdAction());
    exportMenu->addAction(m_configs->exportLiteLlmAction());
    exportMenu->addAction(m_configs->copyYamlAction());
    file->addSeparator();
    file->addAction(m_configs->closeAction());
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_configs->undoGroup()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    QAction *redo = m_configs->undoGroup()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addActions(m_modeActions->actions());
    view->addSeparator();
    QAction *problems = view->addAction(tr("Show &Problems"), this, [this] {
        m_dock->show();
        m_dock->showProblems();
    });
    problems->setShortcut(QKeySequence(tr("Ctrl+Shift+M")));
    view->addAction(tr("&Welcome Page"), this, [this] {
        setMode(ConfigsModeIndex);
        m_configs->showWelcome();
    });

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *preferences = settingsMenu->addAction(tr("&Preferences…"), this, [this] { showSettings(); });
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    settingsMenu->addAction(tr("&Team database…"), this,
                            [this] { showSettings(SettingsDialog::TeamDatabasePageIndex); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *docs = help->addAction(tr("&Documentation"), this, [this] { showDocumentation(); });
    docs->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&Welcome Page"), this, [this] {
        setMode(ConfigsModeIndex);
        m_configs->showWelcome();
    });
    help->addSeparator();
    help->addAction(tr("&About TierBench"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);

    // The toolbar shows the current mode's own actions. Its Undo/Redo keep short labels (the
    // menu's carry the command, "Undo Change model"); the detail is in the tooltip.
    QUndoGroup *group = m_configs->undoGroup();
    auto *undoTool = m_undoTool = new QAction(undo->icon(), tr("Undo"), this);
    auto *redoTool = m_redoTool = new QAction(redo->icon(), tr("Redo"), this);
    connect(undoTool, &QAction::triggered, group, &QUndoGroup::undo);
    connect(redoTool, &QAction::triggered, group, &QUndoGroup::redo);
    const auto syncUndo = [this, group, undoTool, redoTool] {
        undoTool->setEnabled(group->canUndo());
        redoTool->setEnabled(group->canRedo());
        const QString shortcut = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
        undoTool->setToolTip(group->canUndo() ? tr("Undo %1 (%2)").arg(group->undoText(), shortcut)
                                              : tr("Nothing to undo"));
        redoTool->setToolTip(group->canRedo() ? tr("Redo %1").arg(group->redoText()) : tr("Nothing to redo"));
    };
    connect(group, &QUndoGroup::canUndoChanged, this, syncUndo);
    connect(group, &QUndoGroup::canRedoChanged, this, syncUndo);
    connect(group, &QUndoGroup::undoTextChanged, this, syncUndo);
    connect(group, &QUndoGroup::redoTextChanged, this, syncUndo);
    connect(group, &QUndoGroup::activeStackChanged, this, syncUndo);
    syncUndo();
    const auto separator = [this] {
        auto *a = new QAction(this);
        a->setSeparator(true);
        return a;
    };
    m_modeToolActions.insert(int(ConfigsModeIndex), QList<QAction *>
                             {m_configs->newAction(), m_configs->openAction(), m_configs->saveAction(),
                              separator(), undoTool, redoTool, separator(), m_configs->exportCrdAction(),
                              m_configs->exportLiteLlmAction()});
    m_toolBar = new QToolBar(tr("Mode actions"), this);
    m_toolBar->setObjectName(QStringLiteral("fileToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    showModeActions();
}

QList<QAction *> MainWindow::modeActions() const
{
    return m_modeActions->actions();
}

void MainWindow::addSettingsPage(const QString &title, std::function<QWidget *()> factory)
{
    m_settingsPages.append({title, std::move(factory)});
}

void MainWindow::showSettings(int page)
{
    SettingsDialog dialog(m_settings, m_storeLabel->toolTip(), this);
    for (const auto &[title, factory] : std::as_const(m_settingsPages))
        dialog.addPage(title, factory());
    dialog.setCurrentPage(page);
    connect(&dialog, &SettingsDialog::applied, this, &MainWindow::settingsApplied);
    dialog.exec();
}

void MainWindow::showDocumentation(const QString &section)
{
    auto *dialog = new DocumentationDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!section.isEmpty())
        dialog->showSection(section);
    dialog->show();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About TierBench"),
                       tr("<b>TierBench %1</b><p>Edit tier configs, compare models, see routing decisions and "
                          "chart cost and latency per tier.</p><p>Built with Qt %2 (running on Qt %3).</p>")
                           .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                                QString::fromLatin1(qVersion())));
}

void MainWindow::setModeActions(int mode, const QList<QAction *> &actions)
{
    m_modeToolActions.insert(mode, actions);
    if (mode == this->mode())
        showModeActions();
}

QList<QAction *> MainWindow::toolBarActions() const
{
    return m_toolBar->actions();
}

void MainWindow::showModeActions()
{
    m_toolBar->clear();
    QList<QAction *> actions = m_modeToolActions.value(mode());
    if (m_modeStacks.contains(mode()) && !actions.contains(m_undoTool)) // e.g. the Router's policy
        actions = QList<QAction *>{m_undoTool, m_redoTool} + actions;
    m_toolBar->addActions(actions);
    m_toolBar->setVisible(!actions.isEmpty());
}

static_assert(std::size(SettingKeys::ModeStates) == MainWindow::ModeCount, "one session key per mode");

void MainWindow::sizeModePages()
{
    // Only the page shown sets the window's minimum size: a hidden mode's wide layout must not
    // keep a small screen from fitting the one in use.
    for (int i = 0; i < m_modes->count(); ++i) {
        const QSizePolicy::Policy p = i == m_modes->currentIndex() ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        m_modes->widget(i)->setSizePolicy(p, p);
    }
}

int MainWindow::mode() const
{
    return m_modes->currentIndex();
}

void MainWindow::setMode(int mode)
{
    if (mode < 0 || mode >= ModeCount)
        return;
    m_modes->setCurrentIndex(mode);
    m_modeActions->actions().at(mode)->setChecked(true);
    sizeModePages();
    activateUndoStack();
    if (m_toolBar)
        showModeActions();
}

void MainWindow::onCurrentDocumentChanged()
{
    EditorDocument *doc = m_configs->currentDocument();
    const QString workspace = m_configs->workspaceModel()->workspaceName();
    m_workspaceLabel->setText(workspace.isEmpty() ? tr("No workspace")
                                                  : tr("Workspace: %1").arg(workspace));
    m_dock->problems()->setDiagnostics(doc ? doc->displayName() : QString(),
                                       doc ? doc->diagnostics() : Diagnostics());
    const int errors = doc ? doc->errorCount() : 0;
    const int warnings = doc ? doc->warningCount() : 0;
    m_problemLabel->setText(tr("%n error(s)", nullptr, errors) + QStringLiteral(", ")
                            + tr("%n warning(s)", nullptr, warnings));
    m_problemLabel->setStyleSheet(errors > 0 ? QStringLiteral("color:#c01010; font-weight:bold;")
                                             : QString());
    setWindowTitle((doc ? doc->displayName() + QStringLiteral("[*] — ") : QString())
                   + QStringLiteral("TierBench"));
    setWindowModified(doc && doc->isModified());
    activateUndoStack();
}

void MainWindow::jumpToProblem(int line, int column, const QString &path)
{
    setMode(ConfigsModeIndex);
    if (EditorPage *page = m_configs->currentPage())
        page->jumpTo(line, column, path);
}

void MainWindow::restoreSession()
{
    restoreGeometry(m_settings->value(SettingKeys::WindowGeometry));
    restoreState(m_settings->value(SettingKeys::WindowState));
    setMode(m_settings->value(SettingKeys::Mode));
    m_configs->restoreSession();
}

void MainWindow::saveSession()
{
    m_settings->setValue(SettingKeys::WindowGeometry, saveGeometry());
    m_settings->setValue(SettingKeys::WindowState, saveState());
    m_settings->setValue(SettingKeys::Mode, mode());
    for (int i = ConfigsModeIndex + 1; i < ModeCount; ++i) {
        QWidget *page = m_modes->widget(i);
        QByteArray state;
        if (page->metaObject()->indexOfMethod("saveSessionState()") >= 0
            && QMetaObject::invokeMethod(page, "saveSessionState", Q_RETURN_ARG(QByteArray, state)))
            m_settings->setValue(SettingKeys::ModeStates[i], state);
    }
    m_configs->saveSession();
    m_settings->sync();
}

void MainWindow::setStoreStatus(const QString &kind, const QString &where, const QString &why)
{
    if (where.isEmpty()) {
        m_storeLabel->setText(tr("Store: memory only"));
        m_storeLabel->setToolTip(tr("Calls and runs are not saved: %1").arg(why));
        return;
    }
    const QString file = QFileInfo(where).fileName();
    m_storeLabel->setText(tr("Store: %1 %2").arg(kind, kind == u"SQLite" ? file : where));
    m_storeLabel->setToolTip(where);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_configs->closeAll()) {
        event->ignore();
        return;
    }
    saveSession();
    event->accept();
}
