#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class Database;

/// Versioned schema migrations. Each step runs in its own transaction together with the
/// row that records it in `schema_version`, so a database is always at exactly one version.
///
/// Portability rules for the statements: TEXT, BIGINT, REAL and INTEGER only; money as TEXT
/// decimal strings (Decimal::toString()); timestamps as BIGINT milliseconds since the epoch
/// (UTC); booleans as INTEGER 0/1; `%SERIAL_PK%` for an auto-increment key.
namespace Migrations {

struct Step
{
    int version;
    QString description;
    QStringList statements;
    /// Runs after the statements, in the same transaction: data that SQL alone cannot
    /// build (e.g. the latency sketches of existing calls). Optional.
    std::function<bool(QSqlDatabase &db, QString *error)> code = {};
};

/// All steps, in order; version numbers start at 1 and have no gaps.
const QList<Step> &steps();
int latestVersion();

/// The version recorded in schema_version; 0 for an empty database, -1 on error.
int currentVersion(QSqlDatabase &db, QString *error = nullptr);

/// Applies the missing steps up to `targetVersion`. Refuses to downgrade. Safe when several
/// processes open a new database at once: each step runs under beginExclusive() and the
/// version is read again inside it, so a step that another process applied is skipped.
bool migrate(const Database &database, QSqlDatabase &db, int targetVersion, QString *error = nullptr);

/// Starts a transaction that holds the database's schema lock until commit() or rollback():
/// on SQLite `BEGIN IMMEDIATE` (the write lock; others wait up to the busy timeout), on
/// PostgreSQL a transaction that takes `pg_advisory_xact_lock`. For any read-then-write that
/// two processes must not interleave (migrations, run locks).
bool beginExclusive(const Database &database, QSqlDatabase &db, QString *error = nullptr);
/// beginExclusive() for another shared resource: on PostgreSQL it takes advisory lock
/// `pgLockKey` instead of the schema's, so that unrelated writers do not wait on each other
/// (SQLite has one write lock for everything). Used by the registry's sync.
bool beginLocked(const Database &database, QSqlDatabase &db, qint64 pgLockKey, QString *error = nullptr);
inline constexpr qint64 SchemaLockKey = 7314159265;
inline constexpr qint64 RegistryLockKey = 7314159266;
bool commit(const Database &database, QSqlDatabase &db, QString *error = nullptr);
void rollback(const Database &database, QSqlDatabase &db);

} // namespace Migrations
