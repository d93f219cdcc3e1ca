#include "routercontext.h"

#include "config/configcodec.h"

#include <QDir>

QList<RouterConfigChoice> workspaceRouterConfigs(const QString &workspaceDir)
{
    QList<RouterConfigChoice> configs;
    if (workspaceDir.isEmpty())
        return configs;
    const QDir dir(workspaceDir);
    QStringList files = dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")},
                                      QDir::Files, QDir::Name);
    if (files.removeOne(QStringLiteral("default.yaml")))
        files.prepend(QStringLiteral("default.yaml"));
    for (const QString &file : std::as_const(files)) {
        const TierConfigLoad load = ConfigCodec::loadTierConfig(dir.filePath(file));
        if (load.config && !load.config->tiers.isEmpty())
            configs.append({file, dir.filePath(file), *load.config});
    }
    return configs;
}
