#include "settings.h"

Settings::Settings(std::unique_ptr<QSettings> backend)
    : m_backend(std::move(backend))
{
}

Settings::~Settings()
{
    m_backend->sync();
}

std::unique_ptr<Settings> Settings::fromFile(const QString &iniPath)
{
    return std::make_unique<Settings>(std::make_unique<QSettings>(iniPath, QSettings::IniFormat));
}

void Settings::sync()
{
    m_backend->sync();
}

CallPolicy Settings::callPolicy(CallPolicy base) const
{
    if (contains(SettingKeys::CallDeadlineSeconds))
        base.totalTimeoutMs = qMax(0, value(SettingKeys::CallDeadlineSeconds)) * 1000;
    return base;
}
