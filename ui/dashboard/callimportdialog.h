#pragma once

#include "config/tierconfig.h"
#include "store/callimport.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

class QAction;
class QMainWindow;
class QWidget;

/// File ▸ Import calls…: asks for a TierBench call JSONL or LiteLLM spend-log file, imports
/// it on a worker thread behind a progress dialog with Cancel, then says what was imported,
/// skipped as duplicates and left out as bad lines. `done` runs on the GUI thread afterwards.
class CallImportDialog
{
    Q_DECLARE_TR_FUNCTIONS(CallImportDialog)

public:
    static void run(QWidget *parent, const Database &database, const std::optional<TierConfig> &config,
                    std::function<void(const CallImportReport &)> done);
    /// Imports `path` without asking for a file (used by run() and tests).
    static void importPath(QWidget *parent, const Database &database, const QString &path,
                           const std::optional<TierConfig> &config,
                           std::function<void(const CallImportReport &)> done, bool showSummary = true);
    /// Adds File ▸ Import calls… to `window`'s first menu, before the separator that precedes
    /// Close, calling run() with `database` and `config`; disabled when `database` is not valid.
    /// Returns the action, or nullptr when the window has no menu.
    static QAction *installAction(QMainWindow *window, const Database &database, const TierConfig &config,
                                  std::function<void(const CallImportReport &)> done);
    /// The summary text shown afterwards.
    static QString summary(const CallImportReport &report);
};
