#pragma once

#include "config/tierconfig.h"
#include "experiments/target.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

/// One tier config Compare can run: a workspace file's document, as the editor holds it when
/// it is open (saved or not), else as it is on disk.
struct CompareConfig
{
    Q_DECLARE_TR_FUNCTIONS(CompareConfig)
public:
    QString key;       ///< absolute path + "#" + document index; "builtin:default" for the seed's
    QString name;      ///< metadata.name, else the file name
    QString fileName;  ///< e.g. "local-ollama.yaml"; empty for the built-in one
    TierConfig config; ///< as it is called: every tier on "simulated" when no tier has a key
    bool simulated = false;
    /// A Proxy ModelAPI's apiBase: its targets are the models the proxy serves (no router).
    QString proxyBase;
    bool unsaved = false; ///< the editor's unsaved text
    bool stale = false;   ///< the editor's YAML does not parse: this is its last valid version
    int errors = 0;

    /// Where the config comes from and what that means for a run, in a few words:
    /// "local-ollama.yaml, unsaved edits", "simulated: no API key".
    QString notes() const;
};

/// Where Compare's configs come from: the workspace and the editor's open documents.
class CompareConfigSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    Q_DISABLE_COPY_MOVE(CompareConfigSource)

    /// Every config with at least one tier, in workspace order.
    virtual QList<CompareConfig> configs() const = 0;
    /// The config of the editor's current tab; empty when none is open.
    virtual QString currentKey() const = 0;

signals:
    /// configs() or currentKey() may have changed.
    void changed();
};

/// A fixed list of configs (compare-preview, tests).
class FixedConfigSource final : public CompareConfigSource
{
    Q_OBJECT
public:
    using CompareConfigSource::CompareConfigSource;
    void setConfigs(const QList<CompareConfig> &configs);
    void setCurrentKey(const QString &key);
    QList<CompareConfig> configs() const override { return m_configs; }
    QString currentKey() const override { return m_current; }

private:
    QList<CompareConfig> m_configs;
    QString m_current;
};

namespace CompareTargets {
/// The name each config is shown under: its metadata.name, or "name (file)" when two
/// configs share a name.
QStringList labels(const QList<CompareConfig> &configs);
/// One target per tier, id "<label>/<tier>", with endpoint, auth and prices from this
/// config only. A price that is not a non-negative decimal is left unknown.
QList<Target> forConfig(const CompareConfig &config, const QString &label);
} // namespace CompareTargets
