#include "workspacestore.h"

#include "settings.h"
#include "store/databasepassword.h"

#include <QCoreApplication>

Database WorkspaceStore::choose(const Settings &settings, QString *source)
{
    QString location = settings.value(SettingKeys::TeamDatabase).trimmed();
    QString why = QCoreApplication::translate("WorkspaceStore", "Settings ▸ Team database");
    if (location.isEmpty()) {
        location = qEnvironmentVariable("TIERBENCH_DB").trimmed();
        why = QStringLiteral("TIERBENCH_DB");
    }
    if (location.isEmpty())
        why = QCoreApplication::translate("WorkspaceStore", "the default workspace database");
    if (source)
        *source = why;
    return DatabasePassword::locate(location);
}
