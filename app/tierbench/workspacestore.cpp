#include "workspacestore.h"

#include "providers/secretstore.h"
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
    Database db = Database::fromLocation(location);
    if (db.isPostgres()) {
        const std::shared_ptr<SecretBackend> keychain = SecretStore::defaultBackend();
        DatabasePassword::resolve(db, keychain.get());
    }
    if (source)
        *source = why;
    return db;
}
