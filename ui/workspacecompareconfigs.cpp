#include "workspacecompareconfigs.h"

#include "configsmode.h"
#include "editordocument.h"
#include "editorpage.h"
#include "formview.h"
#include "workspacemodel.h"

#include "config/atomicfile.h"
#include "config/configcodec.h"
#include "config/modelapitargets.h"
#include "routing/modelrouter.h"

#include <QFileInfo>

WorkspaceCompareConfigs::WorkspaceCompareConfigs(ConfigsMode *configs, Callable callable, QObject *parent)
    : CompareConfigSource(parent)
    , m_configs(configs)
    , m_callable(std::move(callable))
{
    connect(configs, &ConfigsMode::currentDocumentChanged, this, &CompareConfigSource::changed);
    connect(configs->workspaceModel(), &QAbstractItemModel::modelReset, this, &CompareConfigSource::changed);
}

QString WorkspaceCompareConfigs::keyOf(const QString &filePath, int documentIndex)
{
    return filePath + u'#' + QString::number(documentIndex);
}

const WorkspaceCompareConfigs::DiskEntry &WorkspaceCompareConfigs::readDisk(const QString &path) const
{
    const QFileInfo info(path);
    DiskEntry &entry = m_disk[path];
    if (entry.modified != info.lastModified() || entry.size != info.size()) {
        const ParsedConfigFile parsed = ConfigCodec::parse(AtomicFile::read(path).data);
        entry = {info.lastModified(), info.size(), parsed.documents, parsed.diagnostics};
    }
    return entry;
}

void WorkspaceCompareConfigs::append(QList<CompareConfig> &out, const QString &path, const QString &fileName,
                                     const QList<ConfigDocument> &documents, const Diagnostics &diagnostics,
                                     const EditorDocument *editor) const
{
    for (const ConfigDocument &doc : documents) {
        const TierConfig config = callableConfig(doc);
        if (config.tiers.isEmpty())
            continue;
        CompareConfig c;
        c.key = keyOf(path, doc.index);
        c.name = config.name.isEmpty() ? QFileInfo(fileName).completeBaseName() : config.name;
        c.fileName = fileName;
        if (doc.kind == ConfigDocument::Kind::ModelApi)
            c.proxyBase = doc.modelApi.proxyConfig.apiBase.trimmed();
        c.config = config;
        if (m_callable)
            c.config = m_callable(config, &c.simulated);
        c.unsaved = editor && editor->isModified();
        c.stale = editor && !editor->isFormEditable();
        for (const Diagnostic &d : diagnostics)
            if (d.isError() && (d.line == 0 || (d.line >= doc.startLine && d.line <= doc.endLine)))
                ++c.errors;
        out.append(c);
    }
}

TierConfig WorkspaceCompareConfigs::callableConfig(const ConfigDocument &doc)
{
    if (doc.kind == ConfigDocument::Kind::TierConfig)
        return doc.tierConfig;
    if (doc.kind == ConfigDocument::Kind::ModelApi)
        return ModelApiTargets::asTierConfig(doc.modelApi);
    return {};
}

QList<CompareConfig> WorkspaceCompareConfigs::configs() const
{
    QHash<QString, EditorDocument *> open;
    QList<EditorDocument *> untitled;
    for (EditorPage *page : m_configs->pages()) {
        EditorDocument *doc = page->document();
        doc->flushReparse(); // an edit typed a moment ago counts
        if (doc->filePath().isEmpty())
            untitled.append(doc);
        else
            open.insert(doc->filePath(), doc);
    }
    QList<CompareConfig> out;
    QStringList listed;
    for (const QString &path : m_configs->workspaceModel()->files()) {
        listed << path;
        const QString fileName = QFileInfo(path).fileName();
        if (EditorDocument *doc = open.value(path))
            append(out, path, fileName, doc->documents(), doc->diagnostics(), doc);
        else {
            const DiskEntry &disk = readDisk(path);
            append(out, path, fileName, disk.documents, disk.diagnostics, nullptr);
        }
    }
    for (EditorPage *page : m_configs->pages()) {
        EditorDocument *doc = page->document();
        if (!doc->filePath().isEmpty() && listed.contains(doc->filePath()))
            continue;
        const QString path = doc->filePath().isEmpty() ? QStringLiteral("untitled:") + doc->displayName()
                                                       : doc->filePath();
        append(out, path, doc->displayName(), doc->documents(), doc->diagnostics(), doc);
    }
    if (out.isEmpty()) {
        CompareConfig builtin;
        builtin.key = QStringLiteral("builtin:default");
        builtin.name = tr("default"); // the notes say "built in"
        builtin.config = ModelRouter::defaultTierConfig();
        if (m_callable)
            builtin.config = m_callable(builtin.config, &builtin.simulated);
        out.append(builtin);
    }
    return out;
}

QString WorkspaceCompareConfigs::currentKey() const
{
    EditorPage *page = m_configs->currentPage();
    if (!page)
        return {};
    const EditorDocument *doc = page->document();
    const QString path = doc->filePath().isEmpty() ? QStringLiteral("untitled:") + doc->displayName()
                                                   : doc->filePath();
    const QList<ConfigDocument> &docs = doc->documents();
    const int shown = page->form()->documentIndex();
    if (shown >= 0 && shown < docs.size() && !callableConfig(docs.at(shown)).tiers.isEmpty())
        return keyOf(path, shown);
    for (const ConfigDocument &d : docs)
        if (d.kind == ConfigDocument::Kind::TierConfig)
            return keyOf(path, d.index);
    return {};
}
