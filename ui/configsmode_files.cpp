// ConfigsMode: saving, closing, exporting and the session (split from configsmode.cpp).
#include "configsmode.h"

#include "config/atomicfile.h"
#include "config/configcodec.h"
#include "config/litellmconfig.h"
#include "editordocument.h"
#include "editorpage.h"
#include "formview.h"
#include "prompter.h"
#include "settings.h"
#include "workspacemodel.h"

#include <algorithm>

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QSplitter>
#include <QTabWidget>
#include <QUndoGroup>

bool ConfigsMode::save(EditorPage *page)
{
    if (!page)
        return false;
    EditorDocument *doc = page->document();
    if (doc->filePath().isEmpty())
        return saveAs(page);
    return writeFile(page, doc->filePath());
}

bool ConfigsMode::saveAs(EditorPage *page)
{
    if (!page)
        return false;
    EditorDocument *doc = page->document();
    const QString suggested = doc->filePath().isEmpty()
        ? QDir(m_workspace->directory()).filePath(doc->displayName())
        : doc->filePath();
    const QString path = m_prompter->saveFileName(tr("Save config as"), suggested,
                                                  tr("YAML files (*.yaml *.yml)"));
    return !path.isEmpty() && writeFile(page, path);
}

bool ConfigsMode::writeFile(EditorPage *page, const QString &path)
{
    EditorDocument *doc = page->document();
    doc->flushReparse();
    if (doc->errorCount() > 0
        && !m_prompter->confirm(tr("Save with errors?"),
                                tr("%1 has %n error(s) (see Problems). Save anyway?", nullptr,
                                   doc->errorCount()).arg(doc->displayName())))
        return false;
    const AtomicFile::ReadResult onDisk = AtomicFile::read(path);
    const QString before = onDisk.ok() ? QString::fromUtf8(onDisk.data).remove(QLatin1Char('\r'))
                                       : QString();
    if (onDisk.ok() && before != doc->text()
        && !m_prompter->reviewDiff(QFileInfo(path).fileName(), before, doc->text()))
        return false;
    if (const auto error = AtomicFile::write(path, doc->text().toUtf8())) {
        m_prompter->showError(tr("Cannot save"), *error);
        emit message(*error);
        return false;
    }
    doc->setFilePath(QFileInfo(path).absoluteFilePath());
    doc->markSaved();
    addRecentFile(doc->filePath());
    m_workspace->rescan();
    emit message(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ConfigsMode::closePage(EditorPage *page)
{
    if (!page)
        return false;
    EditorDocument *doc = page->document();
    if (doc->isModified()) {
        switch (m_prompter->askSaveChanges(doc->displayName())) {
        case Prompter::CloseAnswer::Cancel: return false;
        case Prompter::CloseAnswer::Save:
            if (!save(page))
                return false;
            break;
        case Prompter::CloseAnswer::Discard: break;
        }
    }
    if (pages().size() == 1)
        m_settings->setValue(SettingKeys::EditorSplitter, page->splitter()->saveState());
    m_undoGroup->removeStack(doc->undoStack());
    m_workspace->clearEditorDiagnostics(page->property("workspacePath").toString());
    m_tabs->removeTab(pageIndex(page));
    page->deleteLater();
    updateWelcome();
    return true;
}

bool ConfigsMode::closeAll()
{
    for (EditorPage *page : pages()) {
        if (!page->document()->isModified())
            continue;
        m_tabs->setCurrentWidget(page);
        switch (m_prompter->askSaveChanges(page->document()->displayName())) {
        case Prompter::CloseAnswer::Cancel: return false;
        case Prompter::CloseAnswer::Save:
            if (!save(page))
                return false;
            break;
        case Prompter::CloseAnswer::Discard: break;
        }
    }
    return true;
}

bool ConfigsMode::refuseExportWithErrors(const QString &what)
{
    EditorDocument *doc = currentDocument();
    doc->flushReparse();
    const Diagnostics &diagnostics = doc->diagnostics();
    const auto first = std::find_if(diagnostics.cbegin(), diagnostics.cend(),
                                    [](const Diagnostic &d) { return d.isError(); });
    if (first == diagnostics.cend())
        return false;
    const QString where = first->line > 0 ? tr("line %1: ").arg(first->line) : QString();
    const QString text =
        tr("%1 has %n error(s), so it cannot be exported as %2. Fix them first (see Problems).",
           nullptr, doc->errorCount()).arg(doc->displayName(), what)
        + QStringLiteral("\n\n") + tr("First error, %1%2").arg(where, first->message);
    emit message(tr("Export refused: %1 has %n error(s); first, %2%3", nullptr, doc->errorCount())
                     .arg(doc->displayName(), where, first->message));
    if (m_prompter->refuse(tr("Export refused"), text, tr("&Go to the First Error"))) {
        if (EditorPage *page = currentPage())
            page->jumpTo(first->line, first->column, first->path);
    }
    return true;
}

QString ConfigsMode::suggestedExportPath(const QString &suffix) const
{
    EditorDocument *doc = currentDocument();
    QString name;
    const QList<ConfigDocument> &docs = doc->documents();
    const int index = currentPage()->form()->documentIndex();
    if (index >= 0 && index < docs.size() && docs.at(index).kind == ConfigDocument::Kind::TierConfig)
        name = docs.at(index).tierConfig.name;
    for (const ConfigDocument &d : docs)
        if (name.isEmpty() && d.kind == ConfigDocument::Kind::TierConfig)
            name = d.tierConfig.name;
    if (name.isEmpty())
        name = QFileInfo(doc->displayName()).completeBaseName();
    // Exports go beside the workspace, not into it: a copy there would be listed (and
    // offered to Compare) as one more config, and <name>.yaml is often the source itself.
    QString directory = m_settings->value(SettingKeys::ExportDirectory);
    if (directory.isEmpty() || !QFileInfo(directory).isDir()) {
        const QString base = !m_workspace->directory().isEmpty() ? m_workspace->directory()
            : !doc->filePath().isEmpty()                        ? QFileInfo(doc->filePath()).absolutePath()
                                                                : QDir::homePath();
        directory = QDir(base).filePath(QStringLiteral("exports"));
    }
    return QDir(directory).filePath(name + suffix);
}

QString ConfigsMode::chooseExportPath(const QString &caption, const QString &suffix)
{
    const QString suggested = suggestedExportPath(suffix);
    const QString directory = QFileInfo(suggested).absolutePath();
    const bool created = !QFileInfo::exists(directory) && QDir().mkpath(directory);
    const QString path = m_prompter->saveFileName(caption, suggested, tr("YAML files (*.yaml *.yml)"));
    if (created && path.isEmpty())
        QDir().rmdir(directory); // cancelled: leave no empty folder behind
    if (!path.isEmpty())
        m_settings->setValue(SettingKeys::ExportDirectory, QFileInfo(path).absolutePath());
    return path;
}

bool ConfigsMode::exportCrd(const QString &targetPath)
{
    EditorDocument *doc = currentDocument();
    if (!doc || refuseExportWithErrors(tr("validated CRD YAML")))
        return false;
    // The same bytes as `tierctl export --to crd`.
    const std::optional<QByteArray> yaml = ConfigCodec::validatedCrdYaml(doc->documents(), doc->diagnostics());
    if (!yaml)
        return false;
    const QString path = !targetPath.isEmpty() ? targetPath
                                               : chooseExportPath(tr("Export CRD YAML"), QStringLiteral(".yaml"));
    if (path.isEmpty())
        return false;
    if (const auto error = AtomicFile::write(path, *yaml)) {
        m_prompter->showError(tr("Export failed"), *error);
        return false;
    }
    emit message(tr("Exported CRD YAML to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ConfigsMode::exportLiteLlm(const QString &targetPath)
{
    EditorDocument *doc = currentDocument();
    if (!doc)
        return false;
    if (refuseExportWithErrors(tr("a LiteLLM config.yaml")))
        return false;
    const QList<ConfigDocument> &docs = doc->documents();
    int index = currentPage()->form()->documentIndex();
    if (index < 0 || index >= docs.size() || docs.at(index).kind != ConfigDocument::Kind::TierConfig) {
        index = -1;
        for (const ConfigDocument &d : docs)
            if (d.kind == ConfigDocument::Kind::TierConfig) {
                index = d.index;
                break;
            }
    }
    if (index < 0) {
        m_prompter->showError(tr("Export"), tr("This file has no ModelTierConfig to export."));
        return false;
    }
    const LiteLlmConfig::ExportResult result = LiteLlmConfig::exportConfig(docs.at(index).tierConfig);
    const QString path = !targetPath.isEmpty()
        ? targetPath
        : chooseExportPath(tr("Export LiteLLM config"), QStringLiteral(".litellm.yaml"));
    if (path.isEmpty())
        return false;
    if (const auto error = AtomicFile::write(path, result.yaml)) {
        m_prompter->showError(tr("Export failed"), *error);
        return false;
    }
    emit message(tr("Exported LiteLLM config to %1").arg(QDir::toNativeSeparators(path)));
    for (const Diagnostic &d : result.diagnostics)
        emit message(tr("LiteLLM export %1: %2").arg(Diagnostic::severityName(d.severity), d.message));
    return true;
}

void ConfigsMode::copyYaml()
{
    EditorDocument *doc = currentDocument();
    if (!doc)
        return;
    doc->flushReparse();
    QApplication::clipboard()->setText(QString::fromUtf8(ConfigCodec::toYaml(doc->documents())));
    emit message(tr("Copied the CRD YAML of %1 to the clipboard").arg(doc->displayName()));
}

QStringList ConfigsMode::openFilePaths() const
{
    QStringList out;
    for (EditorPage *page : pages())
        if (!page->document()->filePath().isEmpty())
            out.append(page->document()->filePath());
    return out;
}

void ConfigsMode::saveSession()
{
    m_settings->setValue(SettingKeys::OpenDocuments, openFilePaths());
    m_settings->setValue(SettingKeys::CurrentDocument,
                         currentDocument() ? currentDocument()->filePath() : QString());
    m_settings->setValue(SettingKeys::ConfigsSplitter, m_splitter->saveState());
    if (EditorPage *page = currentPage())
        m_settings->setValue(SettingKeys::EditorSplitter, page->splitter()->saveState());
}

void ConfigsMode::restoreSession()
{
    const QByteArray splitter = m_settings->value(SettingKeys::ConfigsSplitter);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const QStringList files = m_settings->value(SettingKeys::OpenDocuments);
    for (const QString &file : files)
        if (QFileInfo::exists(file))
            openFile(file);
    const QString current = m_settings->value(SettingKeys::CurrentDocument);
    for (EditorPage *page : pages())
        if (page->document()->filePath() == current)
            m_tabs->setCurrentWidget(page);
}
