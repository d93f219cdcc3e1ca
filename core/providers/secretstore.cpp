#include "secretstore.h"

#include "config/secretenv.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SecretStore)
};

std::optional<QString> fromEnv(const QString &name)
{
    if (name.isEmpty())
        return std::nullopt;
    const QString value = qEnvironmentVariable(name.toLatin1().constData()).trimmed();
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

} // namespace

KeychainSecretBackend::KeychainSecretBackend(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
}

void KeychainSecretBackend::read(const QString &entry, QObject *context,
                                 std::function<void(std::optional<QString>)> done)
{
    auto answered = std::make_shared<bool>(false);
    auto *job = new QKeychain::ReadPasswordJob(SecretStore::keychainService());
    job->setAutoDelete(true);
    job->setKey(entry);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, answered, done] {
        if (*answered)
            return;
        *answered = true;
        if (job->error() != QKeychain::NoError || job->textData().isEmpty())
            done(std::nullopt);
        else
            done(job->textData());
    });
    QTimer::singleShot(m_timeoutMs, context, [answered, done] {
        if (*answered)
            return;
        *answered = true;
        done(std::nullopt); // a locked keyring: treat as not found
    });
    job->start();
}

void KeychainSecretBackend::write(const QString &entry, const QString &value, QObject *context, WriteDone done)
{
    auto *job = new QKeychain::WritePasswordJob(SecretStore::keychainService());
    job->setAutoDelete(true);
    job->setKey(entry);
    job->setTextData(value);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done] {
        done(job->error() == QKeychain::NoError
                 ? QString()
                 : Tr::tr("The keychain did not store the key: %1").arg(job->errorString()));
    });
    job->start();
}

void KeychainSecretBackend::remove(const QString &entry, QObject *context, WriteDone done)
{
    auto *job = new QKeychain::DeletePasswordJob(SecretStore::keychainService());
    job->setAutoDelete(true);
    job->setKey(entry);
    QObject::connect(job, &QKeychain::Job::finished, context, [job, done] {
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        done(ok ? QString() : Tr::tr("The keychain did not remove the key: %1").arg(job->errorString()));
    });
    job->start();
}

void KeychainSecretBackend::probe(QObject *context, WriteDone done)
{
    // Reading an entry that does not exist: "not found" means a service answered.
    auto answered = std::make_shared<bool>(false);
    auto *job = new QKeychain::ReadPasswordJob(SecretStore::keychainService());
    job->setAutoDelete(true);
    job->setKey(QStringLiteral("tierbench-probe"));
    QObject::connect(job, &QKeychain::Job::finished, context, [job, answered, done] {
        if (*answered)
            return;
        *answered = true;
        const bool ok = job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound;
        QString reason = job->errorString();
        if (job->error() == QKeychain::NoBackendAvailable || reason.isEmpty() || reason == u"Unknown error")
            reason = Tr::tr("no Secret Service (GNOME Keyring, KWallet) answered on D-Bus");
        done(ok ? QString() : reason);
    });
    QTimer::singleShot(m_timeoutMs, context, [answered, done] {
        if (*answered)
            return;
        *answered = true;
        done(Tr::tr("the keychain did not answer (locked?)"));
    });
    job->start();
}

void MemorySecretBackend::read(const QString &entry, QObject *context,
                               std::function<void(std::optional<QString>)> done)
{
    std::optional<QString> value;
    if (auto it = m_values.constFind(entry); it != m_values.cend() && m_unavailable.isEmpty())
        value = *it;
    // Asynchronous like the real keychain, so callers cannot come to rely on a synchronous answer.
    QTimer::singleShot(0, context, [done, value] { done(value); });
}

void MemorySecretBackend::write(const QString &entry, const QString &value, QObject *context, WriteDone done)
{
    const QString error = m_unavailable;
    if (error.isEmpty())
        m_values.insert(entry, value);
    QTimer::singleShot(0, context, [done, error] { done(error); });
}

void MemorySecretBackend::remove(const QString &entry, QObject *context, WriteDone done)
{
    const QString error = m_unavailable;
    if (error.isEmpty())
        m_values.remove(entry);
    QTimer::singleShot(0, context, [done, error] { done(error); });
}

void MemorySecretBackend::probe(QObject *context, WriteDone done)
{
    QTimer::singleShot(0, context, [done, error = m_unavailable] { done(error); });
}

SecretStore::SecretStore(std::shared_ptr<SecretBackend> backend)
    : m_backend(std::move(backend))
{
}

std::shared_ptr<SecretBackend> SecretStore::defaultBackend()
{
    if (qEnvironmentVariableIntValue("TIERBENCH_NO_KEYCHAIN") == 1)
        return {};
    return std::make_shared<KeychainSecretBackend>();
}

void SecretStore::lookup(const QString &secretRef, const QString &secretKey,
                         const QString &sdkEnvVar, QObject *context,
                         std::function<void(SecretLookup)> done) const
{
    const QString key = secretKey.isEmpty() ? QStringLiteral("api-key") : secretKey;
    const QString entry = secretRef.isEmpty() ? QString() : secretRef + u'/' + key;
    const QString derived = secretRef.isEmpty() ? QString() : secretEnvName(secretRef, key);

    // Without a secretRef the keychain entry is the SDK variable's name ("OPENAI_API_KEY").
    const QString keychainEntry = entry.isEmpty() ? sdkEnvVar : entry;
    auto fallBackToEnv = [entry, keychainEntry, derived, sdkEnvVar, done](std::optional<QString> fromKeychain) {
        SecretLookup result;
        if (fromKeychain) {
            result.value = fromKeychain;
            result.source = Tr::tr("keychain entry %1").arg(keychainEntry);
            result.fromSdkVariable = entry.isEmpty();
        } else if (auto v = fromEnv(derived)) {
            result.value = v;
            result.source = Tr::tr("environment variable %1").arg(derived);
        } else if (auto v = fromEnv(sdkEnvVar)) {
            result.value = v;
            result.source = Tr::tr("environment variable %1").arg(sdkEnvVar);
            result.fromSdkVariable = true;
        } else {
            QStringList vars;
            for (const QString &v : {derived, sdkEnvVar}) {
                if (!v.isEmpty())
                    vars << v;
            }
            const QString varText = vars.join(QStringLiteral(" or "));
            if (entry.isEmpty()) {
                result.missingMessage = Tr::tr("%1 is not set: set it (export %2=..., or Models ▸ Providers ▸ "
                                               "Set key…) or set auth.type: none for a server that needs no key.")
                                            .arg(varText, vars.value(0));
            } else {
                result.missingMessage =
                    Tr::tr("%1 is not set and no keychain entry %2 exists: set one (export %3=..., or store "
                           "the key in the OS keychain under service \"%4\", entry \"%2\").")
                        .arg(varText.isEmpty() ? Tr::tr("No environment variable") : varText, entry,
                             vars.value(0), SecretStore::keychainService());
            }
        }
        done(result);
    };
    if (m_backend && !keychainEntry.isEmpty())
        m_backend->read(keychainEntry, context, fallBackToEnv);
    else
        QTimer::singleShot(0, context, [fallBackToEnv] { fallBackToEnv(std::nullopt); });
}

void SecretStore::store(const QString &entry, const QString &value, QObject *context, SecretBackend::WriteDone done) const
{
    if (!m_backend) {
        QTimer::singleShot(0, context, [done, entry] {
            done(Tr::tr("The keychain is switched off (TIERBENCH_NO_KEYCHAIN=1): set the environment variable instead "
                        "(%1 for a provider's own key).").arg(entry));
        });
        return;
    }
    m_backend->write(entry, value, context, std::move(done));
}

void SecretStore::remove(const QString &entry, QObject *context, SecretBackend::WriteDone done) const
{
    if (!m_backend) {
        QTimer::singleShot(0, context, [done] { done(Tr::tr("The keychain is switched off (TIERBENCH_NO_KEYCHAIN=1).")); });
        return;
    }
    m_backend->remove(entry, context, std::move(done));
}
