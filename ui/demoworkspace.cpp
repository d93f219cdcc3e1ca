#include "demoworkspace.h"

#include "config/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace DemoWorkspace {

QString install(const QString &directory)
{
    if (!QDir().mkpath(directory))
        return QCoreApplication::translate("DemoWorkspace", "Cannot create the folder %1")
            .arg(QDir::toNativeSeparators(directory));
    QDirIterator it(QStringLiteral(":/demo"), {QStringLiteral("*.yaml")}, QDir::Files);
    while (it.hasNext()) {
        const QString resource = it.next();
        const QString target = QDir(directory).filePath(QFileInfo(resource).fileName());
        if (QFileInfo::exists(target))
            continue;
        QFile in(resource);
        if (!in.open(QIODevice::ReadOnly))
            return QCoreApplication::translate("DemoWorkspace", "Cannot read %1").arg(resource);
        if (const auto error = AtomicFile::write(target, in.readAll()))
            return *error;
    }
    return {};
}

QString defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demo-workspace"));
}

} // namespace DemoWorkspace
