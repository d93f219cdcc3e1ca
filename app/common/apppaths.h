#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QString>

/// Where an installed TierBench keeps its data, found from the executable so that any prefix
/// works (/usr, /opt/tierbench, an AppImage, a user's folder): `<exe>/../share/tierbench` on
/// Linux and Windows (bin/ beside share/), `<bundle>/Contents/Resources` on macOS. Everything
/// the app needs is also built in (Qt resources), so a build tree or a bare copy still works.
namespace AppPaths {

inline QString dataDir()
{
    const QDir exe(QCoreApplication::applicationDirPath());
#ifdef Q_OS_MACOS
    return QDir::cleanPath(exe.filePath(QStringLiteral("../Resources")));
#else
    return QDir::cleanPath(exe.filePath(QStringLiteral("../share/tierbench")));
#endif
}

/// The installed translations (share/tierbench/translations) when the package put some
/// there, else the copies built into the executable (":/i18n").
inline QString translationsDir()
{
    const QString installed = dataDir() + QStringLiteral("/translations");
    if (!QDir(installed).entryList({QStringLiteral("tierbench_*.qm")}, QDir::Files).isEmpty())
        return installed;
    return QStringLiteral(":/i18n");
}

} // namespace AppPaths
