#pragma once

#include "store/database.h"

#include <QString>

class Settings;

/// Which store the workbench uses: Settings ▸ Team database (a postgres:// URL), else
/// $TIERBENCH_DB, else the per-user SQLite file. A PostgreSQL password comes from
/// PGPASSWORD, the keychain or ~/.pgpass (core/store/databasepassword.h), never a file
/// TierBench writes.
namespace WorkspaceStore {
/// The chosen store (not opened yet); `source` says which setting chose it.
Database choose(const Settings &settings, QString *source = nullptr);
} // namespace WorkspaceStore
