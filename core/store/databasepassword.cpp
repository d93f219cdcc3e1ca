#include "databasepassword.h"

#include "providers/secretstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>

namespace {

/// The translation context "DatabasePassword" for the free functions below (lupdate reads it).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(DatabasePassword)
};

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
        return Tr::tr("the URL");
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
            return Tr::tr("keychain entry %1").arg(entry);
        }
    }
    return Tr::tr("~/.pgpass, or no password (keychain entry %1 not found)").arg(entry);
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
