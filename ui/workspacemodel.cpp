#include "workspacemodel.h"

#include "config/atomicfile.h"
#include "config/configcodec.h"

#include <QApplication>
#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QStyle>
#include <QtConcurrent>

WorkspaceModel::WorkspaceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_watcher, &QFutureWatcher<QList<Entry>>::finished, this, &WorkspaceModel::apply);
}

void WorkspaceModel::setDirectory(const QString &directory)
{
    m_directory = directory;
    rescan();
}

QString WorkspaceModel::workspaceName() const
{
    return m_directory.isEmpty() ? QString() : QDir(m_directory).dirName();
}

QStringList WorkspaceModel::files() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        if (!out.contains(e.filePath))
            out.append(e.filePath);
    return out;
}

WorkspaceModel::FileCounts WorkspaceModel::countProblems(const QList<ConfigDocument> &documents,
                                                        const Diagnostics &diagnostics)
{
    FileCounts counts;
    Counts &file = counts[-1];
    for (const Diagnostic &d : diagnostics) {
        file.errors += d.isError() ? 1 : 0;
        file.warnings += d.severity == Diagnostic::Severity::Warning ? 1 : 0;
    }
    for (const ConfigDocument &doc : documents) {
        Counts &c = counts[doc.index];
        for (const Diagnostic &d : diagnostics) {
            if (d.line != 0 && (d.line < doc.startLine || d.line > doc.endLine))
                continue;
            c.errors += d.isError() ? 1 : 0;
            c.warnings += d.severity == Diagnostic::Severity::Warning ? 1 : 0;
        }
    }
    return counts;
}

void WorkspaceModel::rescan()
{
    if (m_watcher.isRunning()) { // one scan at a time; the newest folder wins
        m_rescanPending = true;
        return;
    }
    m_scanning = true;
    m_watcher.setFuture(QtConcurrent::run(&WorkspaceModel::scan, m_directory));
}

void WorkspaceModel::waitForScan()
{
    while (m_scanning) {
        m_watcher.waitForFinished();
        apply();
    }
}

void WorkspaceModel::apply()
{
    if (!m_scanning || !m_watcher.isFinished())
        return; // already applied (waitForScan() ran first), or still running
    m_scanning = false;
    const QList<Entry> entries = m_watcher.result();
    if (m_rescanPending) {
        m_rescanPending = false;
        rescan();
        return;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
    emit scanned();
}

QList<WorkspaceModel::Entry> WorkspaceModel::scan(const QString &directory)
{
    QList<Entry> entries;
    if (!directory.isEmpty()) {
        const QFileInfoList files = QDir(directory).entryInfoList(
            {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            const AtomicFile::ReadResult read = AtomicFile::read(file.absoluteFilePath());
            const ParsedConfigFile parsed = ConfigCodec::parse(read.data);
            const FileCounts counts = countProblems(parsed.documents, parsed.diagnostics);
            const qsizetype before = entries.size();
            for (const ConfigDocument &doc : parsed.documents) {
                // Namespaces, agents and other kinds in the same file are not configs.
                if (doc.kind == ConfigDocument::Kind::Unknown && !doc.kindName.isEmpty())
                    continue;
                Entry e;
                e.filePath = file.absoluteFilePath();
                e.documentIndex = doc.index;
                e.kind = doc.kindName.isEmpty() ? tr("(unknown)") : doc.kindName;
                e.name = doc.kind == ConfigDocument::Kind::TierConfig ? doc.tierConfig.name
                    : doc.kind == ConfigDocument::Kind::ModelApi      ? doc.modelApi.name
                                                                      : QString();
                if (e.name.isEmpty())
                    e.name = file.fileName();
                e.errors = counts.value(doc.index).errors;
                e.warnings = counts.value(doc.index).warnings;
                entries.append(e);
            }
            if (entries.size() == before) { // nothing readable: still list the file
                Entry e;
                e.filePath = file.absoluteFilePath();
                e.wholeFile = true;
                e.kind = tr("(no config)");
                e.name = file.fileName();
                e.errors = counts.value(-1).errors;
                entries.append(e);
            }
        }
    }
    return entries;
}

void WorkspaceModel::setEditorDiagnostics(const QString &filePath, const QList<ConfigDocument> &documents,
                                          const Diagnostics &diagnostics)
{
    m_editorCounts.insert(filePath, countProblems(documents, diagnostics));
    emitFileChanged(filePath);
}

void WorkspaceModel::clearEditorDiagnostics(const QString &filePath)
{
    if (m_editorCounts.remove(filePath) > 0)
        emitFileChanged(filePath);
}

void WorkspaceModel::emitFileChanged(const QString &filePath)
{
    for (int row = 0; row < int(m_entries.size()); ++row)
        if (m_entries.at(row).filePath == filePath)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

WorkspaceModel::Counts WorkspaceModel::countsOf(int row) const
{
    const Entry &e = m_entries.at(row);
    const auto editor = m_editorCounts.constFind(e.filePath);
    if (editor == m_editorCounts.cend())
        return {e.errors, e.warnings};
    return editor->value(e.wholeFile ? -1 : e.documentIndex, editor->value(-1));
}

int WorkspaceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int WorkspaceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkspaceModel::data(const QModelIndex &index, int role) const
{
    if ((!index.isValid() || !checkIndex(index)))
        return {};
    const Entry &e = m_entries.at(index.row());
    const Counts counts = countsOf(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return e.name;
        case KindColumn:
            // Short forms keep the panel narrow; the tooltip has the full kind.
            return e.kind == QLatin1String("ModelTierConfig") ? tr("Tiers")
                : e.kind == QLatin1String("ModelAPI")         ? tr("ModelAPI")
                                                              : e.kind;
        case ProblemsColumn:
            if (counts.errors > 0)
                return QString::number(counts.errors);
            if (counts.warnings > 0)
                return QString::number(counts.warnings);
            return QString();
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == ProblemsColumn) {
            QStyle *style = QApplication::style();
            if (counts.errors > 0)
                return style->standardIcon(QStyle::SP_MessageBoxCritical);
            if (counts.warnings > 0)
                return style->standardIcon(QStyle::SP_MessageBoxWarning);
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        }
        if (index.column() == NameColumn)
            return QApplication::style()->standardIcon(
                counts.errors > 0 ? QStyle::SP_MessageBoxCritical
                             : counts.warnings > 0 ? QStyle::SP_MessageBoxWarning : QStyle::SP_FileIcon);
        return {};
    case Qt::ForegroundRole:
        return index.column() == ProblemsColumn && counts.errors > 0 ? QVariant(QColor(0xc0, 0x10, 0x10))
                                                                : QVariant();
    case Qt::ToolTipRole:
        return QString(e.kind + QStringLiteral(" ") + e.name + QStringLiteral("\n")
                       + tr("%n error(s)", nullptr, counts.errors) + QStringLiteral(", ")
                       + tr("%n warning(s)", nullptr, counts.warnings) + QStringLiteral("\n")
                       + QDir::toNativeSeparators(e.filePath)
                       + (e.documentIndex > 0 ? tr(" (document %1)").arg(e.documentIndex + 1)
                                              : QString()));
    case FilePathRole: return e.filePath;
    case DocumentIndexRole: return e.documentIndex;
    case ErrorCountRole: return counts.errors;
    default: return {};
    }
}

QVariant WorkspaceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Config");
    case KindColumn: return tr("Kind");
    case ProblemsColumn: return tr("Issues");
    }
    return {};
}
