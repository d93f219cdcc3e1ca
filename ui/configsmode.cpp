#include "configsmode.h"

#include "config/atomicfile.h"
#include "config/configcodec.h"
#include "config/litellmconfig.h"
#include "editordocument.h"
#include "editorpage.h"
#include "formview.h"
#include "prompter.h"
#include "settings.h"
#include "welcomepage.h"
#include "workspacemodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTreeView>
#include <QUndoGroup>
#include <QVBoxLayout>

ConfigsMode::ConfigsMode(Settings *settings, const ModelCatalog *catalog, Prompter *prompter,
                         QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_catalog(catalog)
    , m_prompter(prompter)
    , m_workspace(new WorkspaceModel(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_workspaceView(new QTreeView(this))
    , m_tabs(new QTabWidget(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_recentMenu(new QMenu(tr("Open &Recent"), this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_stack))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_splitter);

    auto *panel = new QWidget(m_splitter);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(4, 4, 0, 4);
    auto *panelTitle = new QLabel(tr("<b>Workspace</b> — double-click a config to open it"), panel);
    panelTitle->setWordWrap(true);
    panelLayout->addWidget(panelTitle);
    panelLayout->addWidget(m_workspaceView);
    m_workspaceView->setModel(m_workspace);
    m_workspaceView->setRootIsDecorated(false);
    m_workspaceView->setAlternatingRowColors(true);
    m_workspaceView->setAccessibleName(tr("Workspace configs"));
    m_workspaceView->setTextElideMode(Qt::ElideMiddle); // "broken…example": both ends tell
    m_workspaceView->setMinimumWidth(150);
    m_workspaceView->installEventFilter(this);
    m_workspaceView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_workspaceView->header()->setSectionResizeMode(WorkspaceModel::NameColumn, QHeaderView::Stretch);
    m_workspaceView->header()->setStretchLastSection(false);
    m_splitter->addWidget(panel);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({290, 1110});

    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Open configs"));

    createActions();
    connect(m_tabs, &QTabWidget::currentChanged, this, &ConfigsMode::onCurrentTabChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this,
            [this](int index) { closePage(qobject_cast<EditorPage *>(m_tabs->widget(index))); });
    connect(m_workspaceView, &QTreeView::activated, this, &ConfigsMode::onWorkspaceActivated);
    rebuildRecentMenu();
    connectWelcome();
}

void ConfigsMode::createActions()
{
    auto make = [this](const QString &text, QKeySequence::StandardKey key, auto slot) {
        auto *a = new QAction(text, this);
        if (key != QKeySequence::UnknownKey)
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_newAction = make(tr("&New Config"), QKeySequence::New, [this] { newDocument(); });
    m_openAction = make(tr("&Open…"), QKeySequence::Open, [this] {
        const QStringList files = m_prompter->openFileNames(tr("Open config"), m_workspace->directory());
        for (const QString &f : files)
            openFile(f);
    });
    m_openWorkspaceAction = make(tr("Open &Workspace Folder…"), QKeySequence::UnknownKey, [this] {
        const QString dir = m_prompter->existingDirectory(tr("Open workspace"), m_workspace->directory());
        if (!dir.isEmpty())
            setWorkspace(dir);
    });
    m_saveAction = make(tr("&Save"), QKeySequence::Save, [this] { save(currentPage()); });
    m_saveAsAction = make(tr("Save &As…"), QKeySequence::SaveAs, [this] { saveAs(currentPage()); });
    m_closeAction = make(tr("&Close"), QKeySequence::Close, [this] { closePage(currentPage()); });
    m_exportCrdAction = make(tr("Export Validated &CRD YAML…"), QKeySequence::UnknownKey,
                             [this] { exportCrd(); });
    m_exportLiteLlmAction = make(tr("Export &LiteLLM config.yaml…"), QKeySequence::UnknownKey,
                                 [this] { exportLiteLlm(); });
    m_copyYamlAction = make(tr("Copy CRD YAML to Clip&board"), QKeySequence::UnknownKey,
                            [this] { copyYaml(); });
    m_copyYamlAction->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_importLiteLlmAction = make(tr("&Import LiteLLM config.yaml…"), QKeySequence::UnknownKey,
                                 [this] { importLiteLlm(); });
    m_newAction->setIcon(style()->standardIcon(QStyle::SP_FileIcon));
    m_openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_saveAction->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
}

bool ConfigsMode::eventFilter(QObject *watched, QEvent *event)
{
    // A narrow panel shows the names whole and drops the Kind column (its tooltip keeps it).
    if (watched == m_workspaceView && event->type() == QEvent::Resize)
        m_workspaceView->setColumnHidden(WorkspaceModel::KindColumn, m_workspaceView->width() < 250);
    return QWidget::eventFilter(watched, event);
}

void ConfigsMode::setWorkspace(const QString &directory)
{
    connect(m_workspace, &WorkspaceModel::scanned, this, [this, directory] {
        emit message(tr("Workspace %1: %n config(s)", nullptr, m_workspace->rowCount())
                         .arg(QDir::toNativeSeparators(directory)));
    }, Qt::SingleShotConnection);
    m_workspace->setDirectory(directory);
    m_settings->setValue(SettingKeys::Workspace, directory);
    addRecentWorkspace(directory);
    m_welcomeAsked = false;
    updateWelcome();
    emit currentDocumentChanged();
}

EditorPage *ConfigsMode::currentPage() const
{
    return qobject_cast<EditorPage *>(m_tabs->currentWidget());
}

EditorDocument *ConfigsMode::currentDocument() const
{
    EditorPage *page = currentPage();
    return page ? page->document() : nullptr;
}

QList<EditorPage *> ConfigsMode::pages() const
{
    QList<EditorPage *> out;
    for (int i = 0; i < m_tabs->count(); ++i)
        out.append(qobject_cast<EditorPage *>(m_tabs->widget(i)));
    return out;
}

int ConfigsMode::pageIndex(EditorPage *page) const
{
    return m_tabs->indexOf(page);
}

EditorPage *ConfigsMode::openFile(const QString &path, int documentIndex)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (EditorPage *page : pages()) {
        if (page->document()->filePath() == absolute) {
            m_tabs->setCurrentWidget(page);
            page->form()->showField(documentIndex, {});
            return page;
        }
    }
    const AtomicFile::ReadResult read = AtomicFile::read(absolute);
    if (!read.ok()) {
        m_prompter->showError(tr("Cannot open"), read.error);
        emit message(read.error);
        return nullptr;
    }
    auto *document = new EditorDocument;
    document->load(absolute, QString::fromUtf8(read.data));
    EditorPage *page = addPage(document);
    page->form()->showField(documentIndex, {});
    addRecentFile(absolute);
    emit message(tr("Opened %1: %n problem(s)", nullptr, int(document->diagnostics().size()))
                     .arg(QDir::toNativeSeparators(absolute)));
    return page;
}

EditorPage *ConfigsMode::newDocument()
{
    auto *document = new EditorDocument;
    ++m_untitledCounter;
    document->load({}, EditorDocument::newConfigTemplate(
                           QStringLiteral("new-config-%1").arg(m_untitledCounter)));
    return addPage(document);
}

EditorPage *ConfigsMode::addPage(EditorDocument *document)
{
    auto *page = new EditorPage(document, m_catalog, m_tabs);
    page->form()->setTypicalRequest(m_settings->value(SettingKeys::CostInputTokens),
                                    m_settings->value(SettingKeys::CostOutputTokens));
    m_undoGroup->addStack(document->undoStack());
    connect(document, &EditorDocument::modificationChanged, page, [this, page] {
        updateTabTitle(page);
        if (page == currentPage())
            emit currentDocumentChanged();
    });
    connect(document, &EditorDocument::filePathChanged, page, [this, page] {
        updateTabTitle(page);
        updateWorkspaceProblems(page);
    });
    connect(document, &EditorDocument::parsed, page, [this, page] {
        updateTabTitle(page);
        updateWorkspaceProblems(page);
        if (page == currentPage())
            emit currentDocumentChanged();
    });
    updateWorkspaceProblems(page);
    connect(page->form(), &FormView::typicalRequestChanged, this, [this](int in, int out) {
        m_settings->setValue(SettingKeys::CostInputTokens, in);
        m_settings->setValue(SettingKeys::CostOutputTokens, out);
    });
    const int index = m_tabs->addTab(page, document->displayName());
    updateTabTitle(page);
    m_tabs->setCurrentIndex(index);
    m_welcomeAsked = false;
    updateWelcome();
    const QByteArray sizes = m_settings->value(SettingKeys::EditorSplitter);
    if (!sizes.isEmpty())
        page->restoreSplitter(sizes);
    return page;
}

void ConfigsMode::updateTabTitle(EditorPage *page)
{
    const int index = pageIndex(page);
    if (index < 0)
        return;
    EditorDocument *doc = page->document();
    m_tabs->setTabText(index, doc->displayName() + (doc->isModified() ? QStringLiteral("*") : QString()));
    m_tabs->setTabToolTip(index, doc->filePath().isEmpty() ? tr("Not saved yet")
                                                           : QDir::toNativeSeparators(doc->filePath()));
    m_tabs->setTabIcon(index, doc->errorCount() > 0
                                  ? style()->standardIcon(QStyle::SP_MessageBoxCritical)
                                  : QIcon());
}

void ConfigsMode::updateWorkspaceProblems(EditorPage *page)
{
    // The Issues column counts what the editor holds, saved or not.
    const QString before = page->property("workspacePath").toString();
    const QString path = page->document()->filePath();
    if (!before.isEmpty() && before != path)
        m_workspace->clearEditorDiagnostics(before);
    page->setProperty("workspacePath", path);
    if (!path.isEmpty())
        m_workspace->setEditorDiagnostics(path, page->document()->documents(),
                                          page->document()->diagnostics());
}

void ConfigsMode::onCurrentTabChanged()
{
    EditorDocument *doc = currentDocument();
    m_undoGroup->setActiveStack(doc ? doc->undoStack() : nullptr);
    const bool has = doc != nullptr;
    for (QAction *a : {m_saveAction, m_saveAsAction, m_closeAction, m_exportCrdAction,
                       m_exportLiteLlmAction, m_copyYamlAction})
        a->setEnabled(has);
    emit currentDocumentChanged();
}

void ConfigsMode::onWorkspaceActivated(const QModelIndex &index)
{
    openFile(index.data(WorkspaceModel::FilePathRole).toString(),
             index.data(WorkspaceModel::DocumentIndexRole).toInt());
}

void ConfigsMode::addRecentFile(const QString &path)
{
    QStringList recent = m_settings->value(SettingKeys::RecentFiles);
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > 10)
        recent.removeLast();
    m_settings->setValue(SettingKeys::RecentFiles, recent);
    rebuildRecentMenu();
}

void ConfigsMode::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings->value(SettingKeys::RecentFiles);
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}
