#pragma once

#include "compareconfigs.h"

#include "config/configcodec.h"

#include <QDateTime>
#include <QHash>

#include <functional>

class ConfigsMode;
class EditorDocument;

/// Compare's configs from the Configs mode: every ModelTierConfig document of the workspace
/// folder and of the open tabs. An open document counts as the editor holds it, unsaved
/// edits included (its last valid version while the YAML does not parse); any other file as
/// it is on disk. With no config at all, the seed's default (built in) keeps Compare usable.
class WorkspaceCompareConfigs final : public CompareConfigSource
{
    Q_OBJECT
public:
    /// Turns a config as written into the one that is called (e.g. every tier on the
    /// simulated provider when no key is set); sets `simulated` when it did that.
    using Callable = std::function<TierConfig(const TierConfig &config, bool *simulated)>;

    explicit WorkspaceCompareConfigs(ConfigsMode *configs, Callable callable = {}, QObject *parent = nullptr);

    QList<CompareConfig> configs() const override;
    QString currentKey() const override;

    static QString keyOf(const QString &filePath, int documentIndex);

private:
    /// What Compare can run of a document: a tier config as it is, a Proxy ModelAPI as the
    /// models it serves (ModelApiTargets), nothing for anything else.
    static TierConfig callableConfig(const ConfigDocument &doc);
    struct DiskEntry
    {
        QDateTime modified;
        qint64 size = -1;
        QList<ConfigDocument> documents;
        Diagnostics diagnostics;
    };
    void append(QList<CompareConfig> &out, const QString &path, const QString &fileName,
                const QList<ConfigDocument> &documents, const Diagnostics &diagnostics,
                const EditorDocument *editor) const;
    const DiskEntry &readDisk(const QString &path) const;

    ConfigsMode *m_configs;
    Callable m_callable;
    mutable QHash<QString, DiskEntry> m_disk;
};
