// ConfigsMode: the welcome page, the demo workspace and the LiteLLM import (split from configsmode.cpp).
#include "configsmode.h"

#include "config/atomicfile.h"
#include "config/configcodec.h"
#include "config/litellmconfig.h"
#include "demoworkspace.h"
#include "editordocument.h"
#include "editorpage.h"
#include "prompter.h"
#include "settings.h"
#include "welcomepage.h"
#include "workspacemodel.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QUndoGroup>

namespace {
constexpr int MaxRecentWorkspaces = 8;
}

void ConfigsMode::connectWelcome()
{
    connect(m_welcome, &WelcomePage::openFolderRequested, m_openWorkspaceAction, &QAction::trigger);
    connect(m_welcome, &WelcomePage::demoRequested, this, &ConfigsMode::openDemoWorkspace);
    connect(m_welcome, &WelcomePage::newConfigRequested, this, &ConfigsMode::newDocument);
    connect(m_welcome, &WelcomePage::importLiteLlmRequested, this, [this] { importLiteLlm(); });
    connect(m_welcome, &WelcomePage::workspaceRequested, this, &ConfigsMode::setWorkspace);
    connect(m_welcome, &WelcomePage::modeRequested, this, [this](int mode) {
        if (mode == 0 && isWelcomeShown() && !m_workspace->directory().isEmpty()) {
            m_welcomeAsked = false; // "Configs" from the welcome page: back to the editor
            updateWelcome();
        }
        emit modeRequested(mode);
    });
    m_welcome->setRecentWorkspaces(m_settings->value(SettingKeys::RecentWorkspaces));
    updateWelcome();
}

bool ConfigsMode::isWelcomeShown() const
{
    return m_stack->currentWidget() == m_welcome;
}

void ConfigsMode::showWelcome()
{
    m_welcomeAsked = true;
    m_welcome->setRecentWorkspaces(m_settings->value(SettingKeys::RecentWorkspaces));
    updateWelcome();
}

void ConfigsMode::updateWelcome()
{
    const bool nothingOpen = m_workspace->directory().isEmpty() && m_tabs->count() == 0;
    m_stack->setCurrentWidget(m_welcomeAsked || nothingOpen ? static_cast<QWidget *>(m_welcome) : m_splitter);
}

void ConfigsMode::addRecentWorkspace(const QString &directory)
{
    const QString absolute = QFileInfo(directory).absoluteFilePath();
    QStringList recent = m_settings->value(SettingKeys::RecentWorkspaces);
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentWorkspaces)
        recent.removeLast();
    m_settings->setValue(SettingKeys::RecentWorkspaces, recent);
    m_welcome->setRecentWorkspaces(recent);
}

bool ConfigsMode::openDemoWorkspace()
{
    const QString directory = DemoWorkspace::defaultDirectory();
    const QString error = DemoWorkspace::install(directory);
    if (!error.isEmpty()) {
        m_prompter->showError(tr("Cannot open the demo workspace"), error);
        emit message(error);
        return false;
    }
    setWorkspace(directory);
    openFile(QDir(directory).filePath(QStringLiteral("default.yaml")));
    return true;
}

EditorPage *ConfigsMode::importLiteLlm(const QString &path)
{
    QString source = path;
    if (source.isEmpty()) {
        const QStringList picked = m_prompter->openFileNames(tr("Import LiteLLM config"), m_workspace->directory(),
                                                             tr("LiteLLM config (*.yaml *.yml)"));
        if (picked.isEmpty())
            return nullptr;
        source = picked.constFirst();
    }
    const AtomicFile::ReadResult read = AtomicFile::read(source);
    if (!read.ok()) {
        m_prompter->showError(tr("Cannot import"), read.error);
        emit message(read.error);
        return nullptr;
    }
    const QString name = QFileInfo(source).completeBaseName().toLower().replace(u'_', u'-').replace(u'.', u'-');
    const LiteLlmConfig::ImportResult result = LiteLlmConfig::importConfig(read.data, name);
    for (const Diagnostic &d : result.diagnostics)
        emit message(QStringLiteral("%1:%2: %3").arg(QDir::toNativeSeparators(source)).arg(d.line).arg(d.message));
    if (!result.ok() || result.config.tiers.isEmpty()) {
        const QString why = result.diagnostics.isEmpty() ? tr("It holds no model_list entry to make a tier of.")
                                                         : result.diagnostics.constFirst().message;
        m_prompter->showError(tr("Cannot import"),
                              tr("%1 is not a LiteLLM config TierBench can read: %2")
                                  .arg(QDir::toNativeSeparators(source), why));
        return nullptr;
    }
    auto *document = new EditorDocument;
    document->load({}, QString::fromUtf8(ConfigCodec::toYaml(result.config)));
    EditorPage *page = addPage(document);
    emit message(tr("Imported %1 as a new config: %n tier(s), %2 note(s); save it to keep it.", nullptr,
                    int(result.config.tiers.size()))
                     .arg(QDir::toNativeSeparators(source))
                     .arg(result.diagnostics.size()));
    return page;
}
