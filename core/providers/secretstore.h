#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

/// Where SecretStore reads keychain entries. Implementations call `done` exactly once, on the
/// thread of `context`, and never after `context` is destroyed.
class SecretBackend
{
public:
    /// Called with an empty string on success, else what went wrong and what to do.
    using WriteDone = std::function<void(QString error)>;

    virtual ~SecretBackend() = default;
    virtual void read(const QString &entry, QObject *context,
                      std::function<void(std::optional<QString>)> done) = 0;
    /// Stores `value` under `entry` (the value goes to the keychain only, never to a file).
    virtual void write(const QString &entry, const QString &value, QObject *context, WriteDone done) = 0;
    /// Deletes `entry`; deleting an entry that does not exist succeeds.
    virtual void remove(const QString &entry, QObject *context, WriteDone done) = 0;
    /// Whether a keychain service answers: an empty string when it does, else why not.
    virtual void probe(QObject *context, WriteDone done) = 0;
};

/// The OS keychain through QtKeychain (service "TierBench", entry "<secretRef>/<secretKey>").
/// Any keychain error counts as "not found", and the wait is bounded: on a machine without a
/// secret service QtKeychain fails at once ("Cannot autolaunch D-Bus"), but a locked keyring
/// could otherwise block forever.
class KeychainSecretBackend final : public SecretBackend
{
public:
    explicit KeychainSecretBackend(int timeoutMs = 2000);
    void read(const QString &entry, QObject *context,
              std::function<void(std::optional<QString>)> done) override;
    void write(const QString &entry, const QString &value, QObject *context, WriteDone done) override;
    void remove(const QString &entry, QObject *context, WriteDone done) override;
    void probe(QObject *context, WriteDone done) override;

private:
    int m_timeoutMs;
};

/// An in-memory keychain for tests. With setUnavailable() it acts like a machine without a
/// secret service: reads find nothing, writes fail with that reason.
class MemorySecretBackend final : public SecretBackend
{
public:
    void set(const QString &entry, const QString &value) { m_values.insert(entry, value); }
    bool contains(const QString &entry) const { return m_values.contains(entry); }
    void setUnavailable(const QString &reason) { m_unavailable = reason; }
    void read(const QString &entry, QObject *context,
              std::function<void(std::optional<QString>)> done) override;
    void write(const QString &entry, const QString &value, QObject *context, WriteDone done) override;
    void remove(const QString &entry, QObject *context, WriteDone done) override;
    void probe(QObject *context, WriteDone done) override;

private:
    QHash<QString, QString> m_values;
    QString m_unavailable;
};

/// The outcome of a lookup. `source` names where the value came from ("keychain entry
/// llm-api-key/api-key", "environment variable OPENAI_API_KEY"), never the value itself.
struct SecretLookup
{
    std::optional<QString> value;
    QString source;
    bool fromSdkVariable = false; ///< the value came from the caller's SDK variable (step 3)
    /// When nothing was found: what was tried and how to set one.
    QString missingMessage;
};

/// Resolves secretRef/secretKey without ever writing a secret anywhere:
///  1. the keychain entry "<secretRef>/<secretKey>" (skipped when TIERBENCH_NO_KEYCHAIN=1),
///  2. the environment variable secretEnvName(secretRef, secretKey) (core/config),
///  3. the SDK variable given by the caller (ANTHROPIC_API_KEY, OPENAI_API_KEY): without a
///     secretRef, first the keychain entry of that name (what the Providers page sets), then
///     the environment variable.
/// An empty secretKey means the CRD default "api-key".
class SecretStore
{
public:
    explicit SecretStore(std::shared_ptr<SecretBackend> backend);
    /// The keychain backend, or none when TIERBENCH_NO_KEYCHAIN=1 is set.
    static std::shared_ptr<SecretBackend> defaultBackend();

    void lookup(const QString &secretRef, const QString &secretKey, const QString &sdkEnvVar,
                QObject *context, std::function<void(SecretLookup)> done) const;

    /// Stores `value` in the keychain under `entry` ("<secretRef>/<secretKey>" or an SDK name);
    /// `done` gets an empty string, or what went wrong (no keychain: which variable to set).
    void store(const QString &entry, const QString &value, QObject *context, SecretBackend::WriteDone done) const;
    /// Removes `entry` from the keychain (a missing entry is not an error).
    void remove(const QString &entry, QObject *context, SecretBackend::WriteDone done) const;

    static QString keychainService() { return QStringLiteral("TierBench"); }

private:
    std::shared_ptr<SecretBackend> m_backend;
};
