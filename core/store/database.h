#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

/// Where the store lives: a SQLite file (the default, one per workspace) or a shared
/// PostgreSQL database given as `postgres://user:pass@host:port/db`.
///
/// A Database is a cheap value. It opens one named QSqlDatabase connection per thread on
/// first use (Qt SQL connections must not cross threads), so any thread may call
/// connection(). SQLite connections run in WAL mode with foreign keys on,
/// synchronous=FULL (a committed transaction survives kill -9 and power loss) and a busy
/// timeout so that readers and the single writer do not fail on a locked file.
class Database
{
public:
    enum class Kind { Sqlite, Postgres };

    Database() = default;

    /// Interprets `location`: empty means defaultSqlitePath(); `postgres://` or
    /// `postgresql://` URLs select QPSQL; `sqlite:PATH` or any other text is a SQLite file.
    static Database fromLocation(const QString &location);
    /// `<AppDataLocation>/tierbench.sqlite`, the per-user default workspace database.
    static QString defaultSqlitePath();

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }
    bool isValid() const { return !m_target.isEmpty(); }
    /// The path or the URL as given, for handing the same store to a child process. It keeps
    /// a password written into the URL: print displayName() instead.
    QString location() const { return m_target; }
    /// The path or the URL with its password removed; safe to print.
    QString displayName() const;

    /// This thread's connection, opened (and configured) on first use. On failure it
    /// returns a closed connection and sets `error`.
    QSqlDatabase connection(QString *error = nullptr) const;
    /// Opens this thread's connection and migrates the schema to the latest version.
    bool openAndMigrate(QString *error = nullptr) const;
    /// Closes and removes the calling thread's connection (call before a worker thread ends).
    void closeThreadConnection() const;

    /// PostgreSQL: the libpq connection parameters of the URL's query (`?sslmode=verify-full&
    /// sslrootcert=...`), as QPSQL connect options; connect_timeout defaults to 3 s. An
    /// unknown parameter or a value with ';' is an error (nullopt, `error` says which).
    std::optional<QString> postgresOptions(QString *error = nullptr) const;
    /// PostgreSQL: true when the URL carries a password (it then shows in shell history and
    /// process lists); without one libpq reads PGPASSWORD or ~/.pgpass (PGPASSFILE).
    bool passwordInUrl() const;
    /// PostgreSQL: the user, host, port and database of the URL as
    /// `user@host:port/dbname`, the name under which the password is kept in the keychain
    /// (see core/store/databasepassword.h).
    QString credentialKey() const;
    /// A password found outside the URL (the keychain). It is held in memory only, never
    /// shown by displayName(), and the URL's own password still wins.
    void setPassword(const QString &password) { m_password = password; }
    bool hasPassword() const { return passwordInUrl() || !m_password.isEmpty(); }

    /// What to do about a PostgreSQL driver error (`driverText`): the server is down or
    /// unreachable, the password was refused, TLS was asked for but is unavailable, the
    /// certificate does not verify, or the database does not exist. Empty when unrecognised.
    QString openAdvice(const QString &driverText) const;

    /// Substitutes the dialect-specific bits of a DDL statement:
    /// `%SERIAL_PK%` (an auto-increment integer primary key).
    QString dialect(QString ddl) const;

private:
    QString connectionName() const;

    Kind m_kind = Kind::Sqlite;
    QString m_target; ///< SQLite path or the full postgres URL
    QString m_password;
};
