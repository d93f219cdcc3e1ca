#pragma once

#include "modelscontext.h"

#include <QString>

class BottomDock;
class CallServices;
class ConfigsMode;
class MainWindow;
class ModelsPage;
class Settings;

/// Wires the Models mode: its context (the workspace store, the OS keychain unless
/// TIERBENCH_NO_KEYCHAIN=1, CallServices' network manager, the workspace's tier configs for
/// alerts and the resolve preview, the Alerts dock (each alert once, across runs, with a button
/// that opens the config at the tier's line), the sync schedule setting, "Use for tier…"
/// into the configs open in the Configs mode), and the demo's
/// registry (the bundled LiteLLM prices and the models of the demo configs, seeded once off
/// the GUI thread).
namespace ModelsServices {
ModelsContext context(const QString &workspaceDir, CallServices *calls, Settings *settings, BottomDock *dock,
                      ConfigsMode *configs, MainWindow *window);
void seedDemo(ModelsPage *page, const ModelsContext &context, const QString &workspaceDir);
} // namespace ModelsServices
