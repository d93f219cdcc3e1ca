#include "modelsservices.h"

#include "bottomdock.h"
#include "callservices.h"
#include "modelspage.h"
#include "pricespage.h"
#include "registrypage.h"
#include "routercontext.h"
#include "settings.h"
#include "registry/modelregistry.h"
#include "registry/priceimport.h"

#include <QFile>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

namespace {

QList<TierConfig> workspaceConfigs(const QString &workspaceDir)
{
    QList<TierConfig> configs;
    for (const RouterConfigChoice &choice : workspaceRouterConfigs(workspaceDir))
        configs.append(choice.config);
    return configs;
}

/// The demo's registry: LiteLLM's bundled prices, and the models of the demo configs as
/// their providers' lists (actor "demo", so the audit log says where they came from).
QString seedRegistry(const Database &db, const QList<TierConfig> &configs)
{
    ModelRegistry registry(db);
    QString error;
    if (!registry.models({}, &error).isEmpty() || !error.isEmpty())
        return error; // seeded before, or the user's own registry
    QFile file(LiteLlmPrices::bundledPath());
    if (!file.open(QIODevice::ReadOnly))
        return file.errorString();
    const PriceImportReport report = LiteLlmPrices::importNow(db, file.readAll(), QStringLiteral("import:litellm"));
    if (!report.ok())
        return report.error.isEmpty() ? report.outcome.error : report.error;
    QHash<QString, QList<ListedModel>> listed;
    for (const TierConfig &c : configs) {
        for (const TierEntry &e : c.tiers) {
            QList<ListedModel> &models = listed[e.provider];
            if (std::none_of(models.cbegin(), models.cend(), [&e](const ListedModel &m) { return m.modelId == e.model; })) {
                ListedModel m;
                m.modelId = e.model;
                models.append(m);
            }
        }
    }
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        const SyncOutcome o = registry.applySync(it.key(), it.value(), QStringLiteral("demo"));
        if (!o.ok())
            return o.error;
    }
    if (!configs.isEmpty())
        registry.applyTierConfig(configs.constFirst(), QStringLiteral("demo"));
    return {};
}

} // namespace

ModelsContext ModelsServices::context(const QString &workspaceDir, CallServices *calls, Settings *settings, BottomDock *dock)
{
    ModelsContext c;
    c.database = calls->database();
    c.keychain = SecretStore::defaultBackend();
    c.network = calls->network();
    const QList<TierConfig> configs = workspaceConfigs(workspaceDir);
    c.tierConfigs = [configs] { return configs; };
    c.keychainChanged = [calls](const QSet<QString> &entries) { calls->setKeychainEntries(entries); };
    c.alert = [dock](const QString &text) { dock->appendAlert(text); };
    c.syncEveryHours = settings->value(SettingKeys::ModelsSyncHours);
    c.setSyncEveryHours = [settings](int hours) { settings->setValue(SettingKeys::ModelsSyncHours, hours); };
    return c;
}

void ModelsServices::seedDemo(ModelsPage *page, const ModelsContext &context, const QString &workspaceDir)
{
    const Database db = context.database;
    if (!db.isValid())
        return;
    const QList<TierConfig> configs = workspaceConfigs(workspaceDir);
    auto *watcher = new QFutureWatcher<QString>(page);
    QObject::connect(watcher, &QFutureWatcherBase::finished, page, [page, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (!error.isEmpty())
            std::fprintf(stderr, "tierbench: the demo registry could not be seeded: %s\n", qPrintable(error));
        page->registry()->reload();
        page->prices()->reload();
    });
    watcher->setFuture(QtConcurrent::run([db, configs] {
        const QString error = seedRegistry(db, configs);
        db.closeThreadConnection();
        return error;
    }));
}
