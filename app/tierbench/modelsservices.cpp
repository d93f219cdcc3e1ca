#include "modelsservices.h"

#include "bottomdock.h"
#include "callservices.h"
#include "configsmode.h"
#include "editordocument.h"
#include "editorpage.h"
#include "mainwindow.h"
#include "modelspage.h"
#include "pricespage.h"
#include "registrypage.h"
#include "routercontext.h"
#include "settings.h"
#include "registry/modelregistry.h"
#include "registry/priceimport.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
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

struct OpenConfig
{
    EditorDocument *document = nullptr;
    int index = 0;
    QString label;
};

/// Every ModelTierConfig of every open document, in tab order.
QList<OpenConfig> openConfigs(ConfigsMode *configs)
{
    QList<OpenConfig> out;
    for (EditorPage *page : configs->pages()) {
        EditorDocument *doc = page->document();
        const QList<ConfigDocument> &docs = doc->documents();
        int tierConfigs = 0;
        for (const ConfigDocument &d : docs)
            tierConfigs += d.kind == ConfigDocument::Kind::TierConfig ? 1 : 0;
        for (int i = 0; i < docs.size(); ++i) {
            if (docs.at(i).kind != ConfigDocument::Kind::TierConfig)
                continue;
            const QString name = docs.at(i).tierConfig.name;
            out.append({doc, i, tierConfigs > 1 && !name.isEmpty() ? doc->displayName() + QStringLiteral(" — ") + name
                                                                   : doc->displayName()});
        }
    }
    return out;
}

/// Opens `path` in the Configs mode at tier `row` of its config `name`.
void openAtTier(MainWindow *window, ConfigsMode *configs, const QString &path, const QString &name, int row)
{
    EditorPage *page = configs->openFile(path);
    window->setMode(MainWindow::ConfigsModeIndex);
    if (!page)
        return;
    const QList<ConfigDocument> &docs = page->document()->documents();
    int index = 0;
    for (int i = 0; i < docs.size(); ++i) {
        if (docs.at(i).kind == ConfigDocument::Kind::TierConfig && docs.at(i).tierConfig.name == name) {
            index = i;
            break;
        }
    }
    const QString field = QStringLiteral("spec.tiers[%1].model").arg(row);
    const SourcePosition at = page->document()->positionOf(index, field);
    page->jumpTo(at.line, at.column, field);
}

} // namespace

ModelsContext ModelsServices::context(const QString &workspaceDir, CallServices *calls, Settings *settings, BottomDock *dock,
                                      ConfigsMode *configs, MainWindow *window)
{
    ModelsContext c;
    c.database = calls->database();
    c.keychain = SecretStore::defaultBackend();
    c.network = calls->network();
    const QList<TierConfig> workspace = workspaceConfigs(workspaceDir);
    c.tierConfigs = [workspace] { return workspace; };
    c.keychainChanged = [calls](const QSet<QString> &entries) { calls->setKeychainEntries(entries); };
    const QList<RouterConfigChoice> choices = workspaceRouterConfigs(workspaceDir);
    c.alert = [dock, window, configs, choices](const QString &text, const QString &modelId) {
        for (const RouterConfigChoice &choice : choices) {
            for (int row = 0; row < choice.config.tiers.size(); ++row) {
                const TierEntry &t = choice.config.tiers.at(row);
                if (choice.path.isEmpty() || LLMModel::makeId(t.provider, t.model) != modelId)
                    continue;
                const QString path = choice.path;
                const QString name = choice.config.name;
                dock->appendAlert(text, QApplication::translate("ModelsServices", "Open %1").arg(QFileInfo(path).fileName()),
                                  [window, configs, path, name, row] { openAtTier(window, configs, path, name, row); });
                return;
            }
        }
        dock->appendAlert(text);
    };
    c.claimAlert = [settings](const QString &key) {
        QStringList fired = settings->value(SettingKeys::ModelsFiredAlerts);
        if (fired.contains(key))
            return false;
        fired.append(key);
        while (fired.size() > 500)
            fired.removeFirst();
        settings->setValue(SettingKeys::ModelsFiredAlerts, fired);
        return true;
    };
    c.syncEveryHours = settings->value(SettingKeys::ModelsSyncHours);
    c.setSyncEveryHours = [settings](int hours) { settings->setValue(SettingKeys::ModelsSyncHours, hours); };
    c.openConfigs = [configs] {
        QStringList labels;
        for (const OpenConfig &o : openConfigs(configs))
            labels << o.label;
        return labels;
    };
    c.useForTier = [configs](int index, const QString &tier, const LLMModel &model) {
        const QList<OpenConfig> open = openConfigs(configs);
        if (index < 0 || index >= open.size())
            return QApplication::translate("ModelsServices", "That config is no longer open.");
        if (!open.at(index).document->isFormEditable())
            return QApplication::translate("ModelsServices", "%1 has YAML errors: fix them in the Configs mode first.")
                .arg(open.at(index).label);
        auto price = [](const std::optional<Decimal> &d) { return d ? d->toString() : QString(); }; // unknown stays empty
        if (!open.at(index).document->useModelForTier(open.at(index).index, tier, model.provider, model.modelId,
                                                      price(model.inputPrice), price(model.outputPrice)))
            return QApplication::translate("ModelsServices", "Tier %1 of %2 already uses %3 at these prices.")
                .arg(tier, open.at(index).label, model.id);
        return QString();
    };
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
