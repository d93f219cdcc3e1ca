#pragma once

#include "config/diagnostic.h"
#include "config/tierconfig.h"
#include "routing/routerpolicy.h"
#include "store/database.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QString>
#include <QTextStream>

#include <optional>

namespace Cli {

QTextStream &out();
QTextStream &err();

/// Parses `arguments` with `parser` (which gets --help added). On a bad argument it prints
/// the parser's message plus a hint and returns 2; on --help it prints help and returns 0.
/// Returns -1 when the caller should go on.
int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &description);

/// Prints "tierctl <command>: <message>" to stderr and returns 2.
int usageError(const QString &command, const QString &message);

/// The file's bytes, or nullopt after printing "<command>: <why>" to stderr (exit code 2).
std::optional<QByteArray> readFile(const QString &command, const QString &path);

/// Prints one diagnostic as "FILE:LINE:COLUMN: severity: message [code]".
void printDiagnostic(QTextStream &stream, const QString &file, const Diagnostic &d);

/// Loads the first ModelTierConfig of `path` into `config`; prints its errors and
/// "<command>: <why>" to stderr and returns false when it is unusable (exit code 2).
bool loadTierConfig(const QString &command, const QString &path, TierConfig &config);
/// The RouterPolicy of `path` (`--policy FILE`). Its warnings go to stderr; when it cannot be
/// used, its errors and what to do are printed and the result is nullopt. `unreadable` tells
/// an I/O error (exit code 2) from a policy with errors.
std::optional<RouterPolicy> loadPolicy(const QString &command, const QString &path, bool *unreadable = nullptr);

/// Applies --standard-threshold / --heavy-threshold (when set) over `thresholds`. Returns a
/// usage error message (bad value, or standard not below heavy), or empty.
QString overrideThresholds(const QCommandLineParser &parser, const QCommandLineOption &standard,
                           const QCommandLineOption &heavy, ComplexityThresholds &thresholds);

/// The store a `--db` value names: empty means $TIERBENCH_DB, then the default SQLite file.
/// A PostgreSQL URL without a password gets one from PGPASSWORD, the keychain or ~/.pgpass
/// (core/store/databasepassword.h); nothing is opened yet.
Database database(const QString &location);

} // namespace Cli
