#pragma once

#include "database.h"

#include <QString>

class SecretBackend;

/// Where a PostgreSQL store's password comes from, in this order:
///  1. the URL itself (discouraged: Database warns);
///  2. `PGPASSWORD`, which libpq reads;
///  3. the keychain entry `postgres/<user@host:port/dbname>` (service "TierBench"), looked up
///     here and held in memory only;
///  4. `~/.pgpass` (or `PGPASSFILE`), which libpq reads when no password was given.
/// TierBench never writes the password to a file.
namespace DatabasePassword {

/// The keychain entry name for `db`'s credentials.
QString keychainEntry(const Database &db);

/// Fills `db`'s password from `backend` when steps 1 and 2 give none. Blocks (a local event
/// loop) for at most the backend's own bound. Returns where the password comes from, for
/// display ("keychain entry postgres/…", "PGPASSWORD", "the URL", "~/.pgpass or none"),
/// never the password. SQLite databases are returned as they are.
QString resolve(Database &db, SecretBackend *backend);

/// The database at `location` (see Database::fromLocation), with a PostgreSQL password
/// resolved from the platform keychain as resolve() does. `source`, when given, receives
/// where the password comes from.
Database locate(const QString &location, QString *source = nullptr);

} // namespace DatabasePassword
