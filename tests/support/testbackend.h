#pragma once

#include "store/database.h"

#include <QString>
#include <QTest>

/// The store backend a test runs against: a SQLite file (the default) or a PostgreSQL
/// server. The suites registered twice in CMake (`tst_runstore` and `tst_runstore_pg`) pick
/// it from TIERBENCH_TEST_BACKEND (`sqlite` | `postgres`); the server comes from
/// TIERBENCH_TEST_PG_URL (`bash tools/start-test-postgres.sh` prints one).
///
/// Each fresh() PostgreSQL database is a new schema on that server, reached through the URL's
/// `options=-csearch_path=...`, so every connection of every thread and process lands in
/// it, parallel ctest runs never meet, and real data is never touched. The schemas are
/// dropped when the test program exits.
namespace TestBackend {

enum class Kind { Sqlite, Postgres };

/// TIERBENCH_TEST_BACKEND: "postgres" (or "pg") selects PostgreSQL; anything else SQLite.
Kind selected();
QString name(Kind kind); ///< "sqlite" | "postgres", for data tags
/// Empty when `kind` can be used here; otherwise why not (no URL, no QPSQL driver, server
/// down).
QString unavailableReason(Kind kind);
/// True under CI (CI=true): a backend that is not available fails the test instead of skipping.
bool mustRun();

/// A fresh, empty (not migrated) database: `sqlitePath` for SQLite, a new schema for
/// PostgreSQL. Invalid (and `error` set) when the schema cannot be created.
Database fresh(Kind kind, const QString &sqlitePath, QString *error = nullptr);
/// fresh() on the selected backend.
inline Database fresh(const QString &sqlitePath, QString *error = nullptr)
{
    return fresh(selected(), sqlitePath, error);
}

} // namespace TestBackend

/// Skips (or, under CI, fails) the calling test function when `kind` cannot be used.
#define TIERBENCH_REQUIRE_BACKEND(kind)                                                                  \
    do {                                                                                                 \
        const QString tierbenchWhyNot = TestBackend::unavailableReason(kind);                           \
        if (!tierbenchWhyNot.isEmpty()) {                                                                \
            if (TestBackend::mustRun())                                                                  \
                QFAIL(qPrintable(QStringLiteral("CI=true but the %1 backend is unavailable: %2")        \
                                     .arg(TestBackend::name(kind), tierbenchWhyNot)));                   \
            QSKIP(qPrintable(tierbenchWhyNot));                                                          \
        }                                                                                                \
    } while (false)

/// Skips a test function that checks something only SQLite has (PRAGMAs, file layout).
#define TIERBENCH_SQLITE_ONLY(database)                                                                  \
    do {                                                                                                 \
        if ((database).isPostgres())                                                                     \
            QSKIP("SQLite only: this checks the embedded file store.");                                  \
    } while (false)
