#include "databasepassword.h"

#include "providers/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabasePassword", text);
}

} // namespace

QString DatabasePassword::keychainEntry(const Database &db)
{
    return QStringLiteral("postgres/") + db.credentialKey();
}

QString DatabasePassword::resolve(Database &db, SecretBackend *backend)
{
    if (!db.isPostgres())
        return {};
    if (db.passwordInUrl())
        return tr("the URL");
    if (!qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return QStringLiteral("PGPASSWORD");
    const QString entry = keychainEntry(db);
    if (backend) {
        std::optional<QString> found;
        bool answered = false;
        QObject context;
        QEventLoop loop;
        backend->read(entry, &context, [&](std::optional<QString> value) {
            found = std::move(value);
            answered = true;
            loop.quit();
        });
        if (!answered)
            loop.exec();
        if (found && !found->isEmpty()) {
            db.setPassword(*found);
            return tr("keychain entry %1").arg(entry);
        }
    }
    return tr("~/.pgpass, or no password (keychain entry %1 not found)").arg(entry);
}

Database DatabasePassword::locate(const QString &location, QString *source)
{
    Database db = Database::fromLocation(location);
    if (db.isPostgres()) {
        const std::shared_ptr<SecretBackend> keychain = SecretStore::defaultBackend();
        const QString from = resolve(db, keychain.get());
        if (source)
            *source = from;
    }
    return db;
}
