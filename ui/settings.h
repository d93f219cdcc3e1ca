#pragma once

#include "providers/completion.h"

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

/// One declared setting: its key, its type and its default. Every key lives in SettingKeys.
template<typename T>
struct SettingKey
{
    QLatin1StringView key;
    T defaultValue;
};

namespace SettingKeys {
inline const SettingKey<QByteArray> WindowGeometry{QLatin1StringView("window/geometry"), {}};
inline const SettingKey<QByteArray> WindowState{QLatin1StringView("window/state"), {}};
inline const SettingKey<int> Mode{QLatin1StringView("window/mode"), 0};
inline const SettingKey<QByteArray> ConfigsSplitter{QLatin1StringView("configs/splitter"), {}};
inline const SettingKey<QByteArray> EditorSplitter{QLatin1StringView("configs/editorSplitter"), {}};
inline const SettingKey<QStringList> OpenDocuments{QLatin1StringView("session/openDocuments"), {}};
inline const SettingKey<QString> CurrentDocument{QLatin1StringView("session/currentDocument"), {}};
/// The session of a mode page that keeps one (Compare's prompt, cases and targets), by mode.
inline const SettingKey<QByteArray> ModeStates[] = {
    {QLatin1StringView("session/mode1State"), {}}, {QLatin1StringView("session/mode2State"), {}},
    {QLatin1StringView("session/mode3State"), {}}, {QLatin1StringView("session/mode4State"), {}},
    {QLatin1StringView("session/mode5State"), {}}};
inline const SettingKey<QString> Workspace{QLatin1StringView("session/workspace"), {}};
inline const SettingKey<QStringList> RecentFiles{QLatin1StringView("files/recent"), {}};
/// The workspace folders opened, newest first (the welcome page lists them).
inline const SettingKey<QStringList> RecentWorkspaces{QLatin1StringView("files/recentWorkspaces"), {}};
/// Opened at start when no --workspace is given; empty: the last workspace opened.
inline const SettingKey<QString> DefaultWorkspace{QLatin1StringView("session/defaultWorkspace"), {}};
/// The UI language ("de", "fr", "en"); empty: the system's.
inline const SettingKey<QString> Language{QLatin1StringView("ui/language"), {}};
/// The whole of one model call, retries included, in seconds (0 = no limit). Unset: 600, or
/// TIERBENCH_CALL_TIMEOUT from the environment (CallPolicy::defaultTotalTimeoutMs()).
inline const SettingKey<int> CallDeadlineSeconds{QLatin1StringView("calls/totalDeadlineSeconds"), 600};
inline const SettingKey<QString> ExportDirectory{QLatin1StringView("files/exportDirectory"), {}};
/// Models mode: sync the registry every N hours while running (0 = off; daily by default).
inline const SettingKey<int> ModelsSyncHours{QLatin1StringView("models/syncEveryHours"), 24};
/// Models mode: the alerts already raised (an alert fires once, not on every sync).
inline const SettingKey<QStringList> ModelsFiredAlerts{QLatin1StringView("models/firedAlerts"), {}};
inline const SettingKey<int> CostInputTokens{QLatin1StringView("costPreview/inputTokens"), 3200};
/// The shared store (a postgres:// URL, never with a password in it); empty: the local file.
inline const SettingKey<QString> TeamDatabase{QLatin1StringView("store/teamDatabase"), {}};
inline const SettingKey<int> CostOutputTokens{QLatin1StringView("costPreview/outputTokens"), 1800};
} // namespace SettingKeys

/// Typed access to the application settings. Built in app/ and passed in; tests give it
/// a QSettings on a temporary INI file.
class Settings final
{
public:
    explicit Settings(std::unique_ptr<QSettings> backend);
    ~Settings();
    Q_DISABLE_COPY_MOVE(Settings)

    /// Settings stored in an INI file (tests, portable runs).
    static std::unique_ptr<Settings> fromFile(const QString &iniPath);

    template<typename T>
    T value(const SettingKey<T> &key) const
    {
        const QVariant v = m_backend->value(QString(key.key));
        if (!v.isValid() || !v.canConvert<T>())
            return key.defaultValue;
        return v.value<T>();
    }

    template<typename T>
    void setValue(const SettingKey<T> &key, const T &value)
    {
        m_backend->setValue(QString(key.key), QVariant::fromValue(value));
    }

    /// Whether `key` was ever set (else value() is its default).
    template<typename T>
    bool contains(const SettingKey<T> &key) const
    {
        return m_backend->contains(QString(key.key));
    }

    template<typename T>
    void remove(const SettingKey<T> &key)
    {
        m_backend->remove(QString(key.key));
    }

    void sync();

    /// `base` with the total call deadline of Settings ▸ Calls when one was set (else the
    /// base's, i.e. CallPolicy's default: 10 minutes or TIERBENCH_CALL_TIMEOUT).
    CallPolicy callPolicy(CallPolicy base) const;

private:
    std::unique_ptr<QSettings> m_backend;
};
