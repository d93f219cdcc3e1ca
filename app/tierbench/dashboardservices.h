#pragma once

#include "dashboarddata.h"

#include <QString>

#include <functional>

class CallServices;
class DashboardPage;
class QMainWindow;

/// Wires the Dashboard mode: its context (the workspace store, the config, budget limits
/// from the workspace's router-policy.yaml, else TOKEN_BUDGET_*), File ▸ Import calls…, and
/// the demo's 30 days of simulated traffic (seeded once, off the GUI thread).
namespace DashboardServices {
DashboardContext context(const QString &workspaceDir, const CallServices &calls);
/// Adds File ▸ Import calls… (before Close) to `window`; the page refreshes after an import.
void installImportAction(QMainWindow *window, DashboardPage *page, const CallServices &calls);
/// Seeds the demo traffic on a worker thread, then refreshes the page and calls `done`.
void seedDemo(DashboardPage *page, const CallServices &calls, std::function<void()> done = {});
} // namespace DashboardServices
