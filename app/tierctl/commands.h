#pragma once

#include <QStringList>

/// A tierctl command: receives its own arguments (argv[0] is "tierctl <name>") and
/// returns the process exit code (0 ok, 1 findings or failure, 2 usage or I/O error).
using CommandFunction = int (*)(const QStringList &arguments);

struct Command
{
    const char *name;
    const char *summary;
    CommandFunction run;
};

// Each command lives in cmd_<name>.cpp. Register new ones in main.cpp's table.
int runRoute(const QStringList &arguments);
int runValidate(const QStringList &arguments);
int runExport(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runCost(const QStringList &arguments);
int runComplete(const QStringList &arguments);
int runCompare(const QStringList &arguments);
int runModels(const QStringList &arguments);
int runReplay(const QStringList &arguments);    // cmd_replay.cpp
int runCalibrate(const QStringList &arguments); // cmd_replay.cpp
int runBudget(const QStringList &arguments);
int runCalls(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runDb(const QStringList &arguments);
int runEvalRouter(const QStringList &arguments); // cmd_eval_router.cpp
