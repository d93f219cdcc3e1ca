// tierbench: parses the command line, builds the services and hands them to the main window.
#include "cleartextguard.h"
#include "bottomdock.h"
#include "callservices.h"
#include "comparepage.h"
#include "compareservices.h"
#include "configsmode.h"
#include "dashboardpage.h"
#include "dashboardservices.h"
#include "config/configcodec.h"
#include "demoworkspace.h"
#include "mainwindow.h"
#include "modelspage.h"
#include "modelsservices.h"
#include "modelcatalog.h"
#include "prompter.h"
#include "providerspage.h"
#include "registrypage.h"
#include "providers/providerkeys.h"
#include "registry/modelregistry.h"
#include "registrymodelcatalog.h"
#include "routerpage.h"
#include "routerservices.h"
#include "settings.h"
#include "versiontext.h"
#include "apppaths.h"
#include "store/database.h"
#include "translations.h"
#include "workspacestore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>

#include <cstdio>

namespace {
/// The registry's active models (after `tierctl models sync` or a price import); empty when
/// the store cannot be opened.
QList<LLMModel> registryModels(const Database &db, QString *storeName)
{
    *storeName = db.displayName();
    QString error;
    if (!db.openAndMigrate(&error))
        return {};
    ModelFilter filter;
    filter.activeOnly = true;
    return ModelRegistry(db).models(filter, &error);
}

/// The registry's models as the editor's catalog when there are any, else the built-in one.
std::unique_ptr<ModelCatalog> makeCatalog(const QList<LLMModel> &rows, const QString &storeName)
{
    if (!rows.isEmpty())
        return std::make_unique<RegistryModelCatalog>(rows, storeName);
    return std::make_unique<BuiltinModelCatalog>();
}

/// Looks for the keychain entries that hold a key, among those the workspace config and the
/// six providers could read, after start-up: each read is bounded (2 s), and until they are
/// in, calls run simulated as with no key.
void scanKeychain(CallServices *calls, const TierConfig &config, QObject *context)
{
    std::shared_ptr<SecretBackend> backend = SecretStore::defaultBackend();
    if (!backend)
        return;
    SecretBackend *raw = backend.get();
    ProviderKeys::scan(raw, ProviderKeys::candidateEntries({config}), context,
                       [calls, backend = std::move(backend)](const QSet<QString> &found) { calls->setKeychainEntries(found); });
}

/// The workspace's default.yaml when it holds a usable ModelTierConfig, else the seed's default.
TierConfig workspaceTierConfig(const QString &workspaceDir)
{
    if (!workspaceDir.isEmpty()) {
        const TierConfigLoad load =
            ConfigCodec::loadTierConfig(QDir(workspaceDir).filePath(QStringLiteral("default.yaml")));
        if (load.config && !load.config->tiers.isEmpty())
            return *load.config;
    }
    return ModelRouter::defaultTierConfig();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TierBench"));
    QApplication::setApplicationName(QStringLiteral("TierBench"));
    QApplication::setApplicationVersion(QStringLiteral(TIERBENCH_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.tierbench.TierBench"));

    Translations::setDirectory(AppPaths::translationsDir()); // the installed .qm files, else the built-in ones
    Translations::apply({}); // the system's language for --help; the chosen one below

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Workbench for LLM tier configs, routing and model comparison."));
    parser.addHelpOption();
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
        QApplication::translate("main", "Show the versions of TierBench, Qt and yaml-cpp, and the languages built in."));
    const QCommandLineOption demo(QStringLiteral("demo"), QApplication::translate(
        "main", "Open the built-in demo workspace (copied to a writable folder on first use)."));
    const QCommandLineOption workspace(QStringLiteral("workspace"),
        QApplication::translate("main", "Open the configs in folder <dir>."), QStringLiteral("dir"));
    QCommandLineOption settingsFile(QStringLiteral("settings-file"),
        QApplication::translate("main", "Keep settings in INI file <file>."), QStringLiteral("file"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to <png> and quit."),
        QStringLiteral("png"));
    QCommandLineOption mode(QStringLiteral("mode"), QApplication::translate("main", "Start in mode <n> (1-5)."),
                            QStringLiteral("n"));
    QCommandLineOption windowSize(QStringLiteral("window-size"),
        QApplication::translate("main", "Open the window at <WxH> pixels."), QStringLiteral("WxH"));
    QCommandLineOption modelsTab(QStringLiteral("models-tab"),
        QApplication::translate("main", "Show tab <n> (1-4) of the Models mode."), QStringLiteral("n"));
    QCommandLineOption lang(QStringLiteral("lang"),
        QApplication::translate("main", "Use language <code> (de, fr, en) for this run."), QStringLiteral("code"));
    lang.setFlags(QCommandLineOption::HiddenFromHelp);
    modelsTab.setFlags(QCommandLineOption::HiddenFromHelp);
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    windowSize.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({version, demo, workspace, settingsFile, screenshot, mode, windowSize, modelsTab, lang});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Config files to open."),
                                 QStringLiteral("[files...]"));
    parser.process(app);
    if (parser.isSet(version)) {
        std::fputs(qPrintable(versionText(QLatin1StringView("tierbench")) + translationsText(Translations::directory())), stdout);
        return 0;
    }

    std::unique_ptr<Settings> settings = parser.isSet(settingsFile)
        ? Settings::fromFile(parser.value(settingsFile))
        : std::make_unique<Settings>(std::make_unique<QSettings>());
    Translations::apply(parser.isSet(lang) ? parser.value(lang) : settings->value(SettingKeys::Language));
    const Database store = WorkspaceStore::choose(*settings);
    QString storeName;
    const QList<LLMModel> registry = registryModels(store, &storeName);
    const std::unique_ptr<ModelCatalog> catalog = makeCatalog(registry, storeName);
    DialogPrompter prompter(nullptr);
    CleartextGuard cleartext(&prompter); // asks before a key goes out over plain http
    std::unique_ptr<CallServices> calls;      // outlive the window, whose pages use them
    std::unique_ptr<CompareServices> compare;
    std::unique_ptr<RouterServices> routerServices;
    MainWindow window(settings.get(), catalog.get(), &prompter);
    prompter.setParent(&window);
    window.restoreSession();

    ConfigsMode *configs = window.configs();
    QString workspaceDir = settings->value(SettingKeys::DefaultWorkspace);
    if (workspaceDir.isEmpty())
        workspaceDir = settings->value(SettingKeys::Workspace);
    if (parser.isSet(demo)) {
        workspaceDir = DemoWorkspace::defaultDirectory();
        const QString error = DemoWorkspace::install(workspaceDir);
        if (!error.isEmpty())
            std::fprintf(stderr, "tierbench: %s\n", qPrintable(error));
    }
    if (parser.isSet(workspace))
        workspaceDir = parser.value(workspace);
    if (!workspaceDir.isEmpty() && QFileInfo(workspaceDir).isDir())
        configs->setWorkspace(workspaceDir);
    const QStringList files = parser.positionalArguments();
    for (const QString &file : files)
        configs->openFile(file);
    if (configs->pages().isEmpty() && parser.isSet(demo))
        configs->openFile(QDir(workspaceDir).filePath(QStringLiteral("default.yaml")));
    const TierConfig workspaceConfig = workspaceTierConfig(workspaceDir);
    calls = std::make_unique<CallServices>(workspaceConfig, QSet<QString>(), store);
    scanKeychain(calls.get(), workspaceConfig, &window);
    calls->client()->setCleartextApproval([&cleartext](const QUrl &url) { return cleartext.approve(url); });
    if (!calls->storeError().isEmpty())
        std::fprintf(stderr, "tierbench: calls are kept in memory only: %s\n", qPrintable(calls->storeError()));
    if (calls->database().isValid())
        window.setStoreStatus(calls->database().isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"),
                              calls->database().displayName());
    else
        window.setStoreStatus({}, {}, calls->storeError());
    // Settings ▸ Calls: the total deadline of every routed call (Compare, Router, Models).
    const auto applyCallDeadline = [&] {
        for (RoutedCallService *service : {calls->routedCalls(), compare ? compare->routedCalls() : nullptr,
                                           routerServices ? routerServices->calls() : nullptr}) {
            if (service)
                service->setCallPolicy(settings->callPolicy(service->callPolicy()));
        }
    };
    applyCallDeadline(); // before Compare and the Router copy the policy
    BottomDock *dock = window.bottomDock();
    calls->routedCalls()->budget().setAlertHandler([dock](const BudgetAlert &alert) {
        dock->appendAlert(BudgetManager::describe(alert));
    });
    QString storeError;
    compare = std::make_unique<CompareServices>(calls.get(), configs, registry, &storeError);
    compare->routedCalls()->budget().setAlertHandler([dock](const BudgetAlert &alert) {
        dock->appendAlert(BudgetManager::describe(alert));
    });
    auto *comparePage = new ComparePage(compare->context());
    window.setModePage(MainWindow::CompareMode, comparePage);
    window.setModeActions(MainWindow::CompareMode, comparePage->toolBarActions());
    routerServices = std::make_unique<RouterServices>(workspaceDir, calls.get(), [dock](const BudgetAlert &alert) {
        dock->appendAlert(BudgetManager::describe(alert));
    });
    auto *router = new RouterPage(routerServices->context());
    window.setModePage(MainWindow::RouterMode, router);
    window.setModeUndoStack(MainWindow::RouterMode, router->undoStack());
    router->setUndoButtonsVisible(false); // the window's Edit ▸ Undo / Redo act on the policy
    const ModelsContext modelsContext = ModelsServices::context(workspaceDir, calls.get(), settings.get(), dock, configs, &window);
    auto *models = new ModelsPage(modelsContext);
    window.setModePage(MainWindow::ModelsMode, models);
    if (parser.isSet(demo))
        ModelsServices::seedDemo(models, modelsContext, workspaceDir);
    if (parser.isSet(modelsTab))
        models->setCurrentTab(ModelsPage::Tab(qBound(0, parser.value(modelsTab).toInt() - 1, 3)));
    window.addSettingsPage(QApplication::translate("main", "Providers"),
                           [modelsContext] { return new ProvidersPage(modelsContext); });
    QObject::connect(&window, &MainWindow::settingsApplied, &window, [&, models] {
        applyCallDeadline();
        models->registry()->setSyncEveryHours(settings->value(SettingKeys::ModelsSyncHours));
    });
    auto *dashboard = new DashboardPage(DashboardServices::context(workspaceDir, *calls));
    window.setModePage(MainWindow::DashboardMode, dashboard);
    DashboardServices::installImportAction(&window, dashboard, *calls);
    // --screenshot grabs the window 1.5 s after it is shown and the demo traffic is in (the
    // charts load off the GUI thread), then quits.
    const auto grabLater = [&window, &parser, &screenshot] {
        if (!parser.isSet(screenshot))
            return;
        QTimer::singleShot(1500, &window, [&window, target = parser.value(screenshot)] {
            const bool saved = window.grab().save(target);
            if (!saved)
                std::fprintf(stderr, "tierbench: cannot write %s\n", qPrintable(target));
            QApplication::exit(saved ? 0 : 1);
        });
    };
    if (parser.isSet(demo))
        DashboardServices::seedDemo(dashboard, *calls, grabLater);
    if (!storeError.isEmpty())
        std::fprintf(stderr, "tierbench: runs are kept in memory only: %s\n", qPrintable(storeError));
    if (parser.isSet(mode))
        window.setMode(parser.value(mode).toInt() - 1);

    if (parser.isSet(windowSize)) {
        const QStringList wh = parser.value(windowSize).split(u'x');
        if (wh.size() == 2 && wh.at(0).toInt() > 0 && wh.at(1).toInt() > 0)
            window.resize(wh.at(0).toInt(), wh.at(1).toInt());
    }
    window.show();
    if (!parser.isSet(demo))
        QTimer::singleShot(0, &window, grabLater);
    return app.exec();
}
