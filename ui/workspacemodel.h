#pragma once

#include "config/configcodec.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QFutureWatcher>

/// The configs of a workspace folder: one row per YAML document of each *.yaml / *.yml file,
/// with its kind, name and problem count (an error badge in the workspace panel).
/// The files are read and parsed on a worker thread (a hostile or huge file never freezes
/// the window); the rows change when scanned() is emitted.
class WorkspaceModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkspaceModel)

public:
    enum Column { NameColumn, KindColumn, ProblemsColumn, ColumnCount };
    enum Role { FilePathRole = Qt::UserRole + 1, DocumentIndexRole, ErrorCountRole };

    explicit WorkspaceModel(QObject *parent = nullptr);

    /// Sets the folder and starts reading it (scanned() follows).
    void setDirectory(const QString &directory);
    QString directory() const { return m_directory; }
    QString workspaceName() const;
    /// Re-reads the folder in the background (after a save or export); a newer rescan
    /// replaces one still running.
    void rescan();
    bool isScanning() const { return m_scanning; }
    /// Blocks until the running scan is applied (tests, and quitting).
    void waitForScan();
    QStringList files() const;
    /// The problems of an open document's current text, saved or not, replace the file's
    /// counts until clearEditorDiagnostics(); `documents` gives each document's lines.
    void setEditorDiagnostics(const QString &filePath, const QList<ConfigDocument> &documents,
                              const Diagnostics &diagnostics);
    void clearEditorDiagnostics(const QString &filePath);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    /// A scan finished and its rows are in place.
    void scanned();

private:
    struct Counts
    {
        int errors = 0;
        int warnings = 0;
    };
    /// Counts per document index; -1 holds the whole file's.
    using FileCounts = QHash<int, Counts>;
    static FileCounts countProblems(const QList<ConfigDocument> &documents, const Diagnostics &diagnostics);
    Counts countsOf(int row) const;
    void emitFileChanged(const QString &filePath);

    struct Entry
    {
        QString filePath;
        int documentIndex = 0;
        bool wholeFile = false; ///< a file with no readable document: counts are the file's
        QString kind;
        QString name;
        int errors = 0;
        int warnings = 0;
    };
    static QList<Entry> scan(const QString &directory);
    void apply();

    QList<Entry> m_entries;
    QString m_directory;
    QHash<QString, FileCounts> m_editorCounts; ///< by absolute file path
    QFutureWatcher<QList<Entry>> m_watcher;
    bool m_rescanPending = false;
    bool m_scanning = false; ///< a scan was started and its result not applied yet
};
