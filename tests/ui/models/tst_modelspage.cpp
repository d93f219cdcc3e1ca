// The Models mode against the fake provider server and an in-memory keychain: every model
// passes QAbstractItemModelTester; keys set and removed (and nothing written to disk holds
// the canary key); Test connection; Sync now with progress, a failing provider that keeps its
// rows, and Cancel; tier and default with an audit row; price history; resolve preview.
#include "fakeproviderserver.h"
#include "modelspage.h"
#include "pricespage.h"
#include "providerspage.h"
#include "registrypage.h"

#include "registry/modelregistry.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kCanary = "sk-canary-5e1d2b-not-a-real-key";

} // namespace

class TestModelsPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeProviderServer m_server;
    FakeProviderServer m_slow; ///< answers list-models after 10 s (for Cancel)
    QNetworkAccessManager m_network;
    std::shared_ptr<MemorySecretBackend> m_keychain;
    Database m_db;
    QSet<QString> m_changedEntries;
    QStringList m_alerts;
    QSet<QString> m_claimed; ///< alerts fired so far, across pages (the app keeps them in settings)
    bool m_openAiFails = false;

    ModelsContext context()
    {
        ModelsContext c;
        c.database = m_db;
        c.keychain = m_keychain;
        c.network = &m_network;
        const QString base = m_server.baseUrl().toString();
        c.baseUrls = {{u"openai"_s, QUrl(base + u"/v1"_s)}, {u"anthropic"_s, QUrl(base)}, {u"ollama"_s, QUrl(base)},
                      {u"gemini"_s, QUrl(base)}, {u"openai-compatible"_s, m_slow.baseUrl().resolved(QUrl(u"/v1"_s))}};
        TierConfig config;
        config.name = u"workspace"_s;
        TierEntry fast;
        fast.tier = u"fast"_s;
        fast.provider = u"openai"_s;
        fast.model = u"gpt-fake-mini"_s;
        fast.costPerMillionInput = u"0.20"_s;
        config.tiers.append(fast);
        c.tierConfigs = [config] { return QList<TierConfig>{config}; };
        c.keychainChanged = [this](const QSet<QString> &entries) { m_changedEntries = entries; };
        c.alert = [this](const QString &text, const QString &modelId) { m_alerts.append(modelId + u' ' + text); };
        c.claimAlert = [this](const QString &key) {
            if (m_claimed.contains(key))
                return false;
            m_claimed.insert(key);
            return true;
        };
        c.syncEveryHours = 0;
        c.requestTimeoutMs = 20000;
        return c;
    }

    static void testModel(QAbstractItemModel *model)
    {
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Q_UNUSED(tester);
    }

    /// Every file under the temporary home, the store included: none may hold the key.
    void scanForCanary()
    {
        m_db.closeThreadConnection();
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(kCanary), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files > 0); // the store at least
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("HOME", m_dir.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
        qputenv("XDG_DATA_HOME", m_dir.filePath(u"data"_s).toUtf8());
        for (const char *v : {"OPENAI_API_KEY", "ANTHROPIC_API_KEY", "GEMINI_API_KEY", "OPENROUTER_API_KEY",
                              "OPENAI_COMPATIBLE_BASE_URL", "OLLAMA_HOST", "OPENAI_BASE_URL", "ANTHROPIC_BASE_URL"})
            qunsetenv(v);
        QVERIFY(m_server.start());
        QVERIFY(m_slow.start());
        m_slow.setTotalLatency(10000);
        m_server.setModels({u"gpt-fake-mini"_s, u"gpt-fake-large"_s});
        m_server.addHandler(u"/v1/models"_s, [this](const FakeRequest &r) -> std::optional<FakeResponse> {
            if (r.hasHeader("anthropic-version"))
                return std::nullopt; // the built-in Anthropic list
            if (m_openAiFails)
                return FakeResponse{500, {{"Content-Type", "application/json"}}, R"({"error":{"message":"boom"}})"};
            if (r.header("Authorization") != "Bearer " + kCanary)
                return FakeResponse{401, {{"Content-Type", "application/json"}}, R"({"error":{"message":"bad key"}})"};
            return std::nullopt;
        });
        m_db = Database::fromLocation(m_dir.filePath(u"store.sqlite"_s));
        QString error;
        QVERIFY2(m_db.openAndMigrate(&error), qPrintable(error));
    }

    void init()
    {
        m_keychain = std::make_shared<MemorySecretBackend>();
        m_changedEntries.clear();
        m_alerts.clear();
        m_openAiFails = false;
    }

    void setAndRemoveKey()
    {
        ProvidersPage page(context());
        testModel(page.model());
        QSignalSpy status(&page, &ProvidersPage::statusChanged);
        QVERIFY(status.wait());
        const int anthropic = page.model()->rowOf(u"anthropic"_s);
        QCOMPARE(page.model()->rowCount(), 6);
        QCOMPARE(page.model()->rowAt(anthropic).status.source, KeyStatus::Source::Missing);
        QCOMPARE(page.model()->rowAt(page.model()->rowOf(u"ollama"_s)).status.source, KeyStatus::Source::NotNeeded);
        QVERIFY(page.model()->index(anthropic, ProvidersModel::Where).data().toString().contains(u"ANTHROPIC_API_KEY"));

        page.setKey(u"anthropic"_s, QString::fromLatin1(kCanary));
        QVERIFY(status.wait());
        QCOMPARE(page.model()->rowAt(anthropic).status.source, KeyStatus::Source::Keychain);
        QVERIFY(m_keychain->contains(u"ANTHROPIC_API_KEY"_s));
        QTRY_COMPARE(m_changedEntries, QSet<QString>{u"ANTHROPIC_API_KEY"_s}); // Compare and Router see it
        for (int row = 0; row < page.model()->rowCount(); ++row) { // the key is never shown
            for (int col = 0; col < ProvidersModel::ColumnCount; ++col) {
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    QVERIFY(!page.model()->index(row, col).data(role).toString().contains(QString::fromLatin1(kCanary)));
            }
        }

        page.removeKey(u"anthropic"_s);
        QVERIFY(status.wait());
        QCOMPARE(page.model()->rowAt(anthropic).status.source, KeyStatus::Source::Missing);
        QVERIFY(!m_keychain->contains(u"ANTHROPIC_API_KEY"_s));
        QTRY_VERIFY(m_changedEntries.isEmpty());
    }

    void noKeychainServiceSaysSo()
    {
        m_keychain->setUnavailable(u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s);
        ProvidersPage page(context());
        QSignalSpy status(&page, &ProvidersPage::statusChanged);
        QVERIFY(status.wait());
        QVERIFY(page.bannerText().contains(u"No keychain service"));
        QVERIFY(page.bannerText().contains(u"export OPENAI_API_KEY"));
        QVERIFY(page.keychainProblem().contains(u"D-Bus"));
        page.selectProvider(u"openai"_s);
        const QList<QPushButton *> buttons = page.findChildren<QPushButton *>();
        const auto setKey = std::find_if(buttons.cbegin(), buttons.cend(), [](QPushButton *b) { return b->text().startsWith(u"Set key"); });
        QVERIFY(setKey != buttons.cend());
        QVERIFY(!(*setKey)->isEnabled());
        QVERIFY((*setKey)->toolTip().contains(u"OPENAI_API_KEY")); // says what to set instead
        QSignalSpy failed(&page, &ProvidersPage::keyError);
        page.setKey(u"openai"_s, QString::fromLatin1(kCanary));
        QVERIFY(failed.wait());
        QVERIFY(!m_keychain->contains(u"OPENAI_API_KEY"_s));
    }

    void testConnection()
    {
        m_keychain->set(u"OPENAI_API_KEY"_s, QString::fromLatin1(kCanary));
        ProvidersPage page(context());
        QSignalSpy tested(&page, &ProvidersPage::connectionTested);
        page.selectProvider(u"openai"_s);
        page.testConnection(u"openai"_s);
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.at(0).at(1).toBool(), true);
        const int openai = page.model()->rowOf(u"openai"_s);
        QVERIFY2(page.model()->rowAt(openai).connection.contains(u"2 model(s) in"), qPrintable(page.model()->rowAt(openai).connection));
        QCOMPARE(page.modelList()->count(), 2);
        QCOMPARE(m_server.lastRequest().header("Authorization"), "Bearer " + kCanary);

        m_keychain->set(u"OPENAI_API_KEY"_s, u"sk-wrong-not-real"_s);
        page.testConnection(u"openai"_s);
        QVERIFY(tested.wait(10000));
        QCOMPARE(tested.at(1).at(1).toBool(), false);
        const QString error = page.model()->rowAt(openai).connection;
        QVERIFY2(error.contains(u"401") && error.contains(u"refused"), qPrintable(error)); // says what to do
        QVERIFY(!error.contains(u"sk-wrong-not-real"));
    }

    void syncFailingProviderKeepsRows()
    {
        m_keychain->set(u"OPENAI_API_KEY"_s, QString::fromLatin1(kCanary));
        qputenv("GEMINI_API_KEY", "gm-fake-not-real"); // gemini's list path is not served: 404
        RegistryPage page(context());
        testModel(page.tableModel());
        testModel(page.filterModel());
        testModel(page.historyModel());
        QSignalSpy finished(&page, &RegistryPage::syncFinished);
        QVERIFY(page.syncNow({u"openai"_s, u"ollama"_s, u"gemini"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 15000);
        const auto outcomes = finished.at(0).at(0).value<QList<SyncOutcome>>();
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(page.progressBar()->maximum(), 3);
        QVERIFY(page.syncReport().contains(u"gemini FAILED"));
        QVERIFY(page.tableModel()->rowOf(u"openai:gpt-fake-mini"_s) >= 0);
        QVERIFY(page.tableModel()->rowOf(u"ollama:gpt-fake-large"_s) >= 0);

        // openai now fails: its rows stay, active
        m_openAiFails = true;
        QVERIFY(page.syncNow({u"openai"_s}));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 2, 15000);
        QVERIFY2(page.syncReport().contains(u"openai FAILED"), qPrintable(page.syncReport()));
        const int row = page.tableModel()->rowOf(u"openai:gpt-fake-mini"_s);
        QVERIFY(row >= 0);
        QVERIFY(page.tableModel()->modelAt(row).isActive);
        qunsetenv("GEMINI_API_KEY");
        scanForCanary();
    }

    void cancelKeepsRows()
    {
        RegistryPage page(context());
        const int before = page.tableModel()->rowCount();
        QSignalSpy finished(&page, &RegistryPage::syncFinished);
        QVERIFY(page.syncNow({u"openai-compatible"_s}));
        QTRY_VERIFY(!page.cancelButton()->isHidden());
        QVERIFY(!page.progressBar()->isHidden()); // progress shows while it runs
        QTRY_VERIFY(m_slow.requestCount() > 0);
        QVERIFY(!page.syncNow()); // one sync at a time
        page.cancelSync();
        QVERIFY(finished.wait(5000)); // long before the server's 10 s
        QVERIFY(page.syncReport().contains(u"Cancelled"));
        QVERIFY(page.cancelButton()->isHidden());
        QCOMPARE(page.tableModel()->rowCount(), before);
    }

    void filterSortSearch()
    {
        RegistryPage page(context());
        QVERIFY(page.tableModel()->rowCount() >= 4);
        page.searchField()->setText(u"LARGE"_s);
        for (int r = 0; r < page.filterModel()->rowCount(); ++r)
            QVERIFY(page.filterModel()->index(r, 0).data().toString().contains(u"large"));
        QVERIFY(page.filterModel()->rowCount() >= 1);
        page.searchField()->clear();
        page.filterModel()->setProvider(u"ollama"_s);
        QCOMPARE(page.filterModel()->rowCount(), 2);
        page.filterModel()->setProvider({});
        // an inactive model shows only with "show inactive"
        ModelRegistry(m_db).applySync(u"ollama"_s, {}, u"test"_s);
        page.reload();
        const int shown = page.filterModel()->rowCount();
        page.showInactiveBox()->setChecked(true);
        QCOMPARE(page.filterModel()->rowCount(), shown + 2);
        page.view()->sortByColumn(RegistryTableModel::InputPrice, Qt::AscendingOrder); // unknown prices sort last
        QCOMPARE(page.filterModel()->index(0, RegistryTableModel::InputPrice).data().toString().startsWith(u'$'),
                 std::any_of(page.tableModel()->models().cbegin(), page.tableModel()->models().cend(),
                             [](const LLMModel &m) { return m.inputPrice.has_value(); }));
    }

    void syncScheduleFollowsSettings()
    {
        ModelsContext c = context();
        int stored = -1;
        c.syncEveryHours = 0;
        c.setSyncEveryHours = [&stored](int hours) { stored = hours; };
        RegistryPage page(c);
        QVERIFY(!page.isScheduled());
        page.setSyncEveryHours(6); // what Settings > Models applies
        QVERIFY(page.isScheduled());
        QCOMPARE(page.syncEveryHours(), 6);
        QCOMPARE(stored, 6);
        page.setSyncEveryHours(12); // not one of the box's choices: added to it
        QCOMPARE(page.syncEveryHours(), 12);
        QVERIFY(page.isScheduled());
        page.setSyncEveryHours(0);
        QVERIFY(!page.isScheduled());
        QCOMPARE(stored, 0);
    }

    void tierAndDefaultAreAudited()
    {
        ModelsPage models(context());
        RegistryPage *page = models.registry();
        page->selectModel(u"openai:gpt-fake-large"_s);
        QCOMPARE(page->currentModel(), u"openai:gpt-fake-large"_s);
        QString error;
        QVERIFY2(page->assignTier(u"standard"_s, true, &error), qPrintable(error));
        const LLMModel m = *ModelRegistry(m_db).model(u"openai:gpt-fake-large"_s);
        QCOMPARE(m.tier, u"standard"_s);
        QVERIFY(m.isDefault);
        AuditLogModel *audit = models.audit()->auditModel();
        testModel(audit);
        QVERIFY(audit->rowCount() > 0);
        const AuditEntry top = audit->entries().first();
        QCOMPARE(top.action, u"tier_assigned"_s);
        QCOMPARE(top.entity, u"openai:gpt-fake-large"_s);
        QCOMPARE(top.newValue, u"standard (default)"_s);
        models.audit()->modelFilter()->setText(u"gpt-fake-large"_s);
        QTRY_VERIFY(std::all_of(audit->entries().cbegin(), audit->entries().cend(),
                                [](const AuditEntry &a) { return a.entity.contains(u"gpt-fake-large"); }));

        // resolve preview: the default of "standard"
        page->previewResolve(u"standard"_s, u"any"_s);
        QVERIFY2(page->resolveText().contains(u"openai:gpt-fake-large"), qPrintable(page->resolveText()));
        page->previewResolve(u"nonexistent"_s, u"any"_s);
        QVERIFY(!page->resolveText().contains(u"openai:gpt-fake-large"));
    }

    void priceHistoryAndCatalogue()
    {
        ModelRegistry registry(m_db);
        SourcePrice p;
        p.provider = u"openai"_s;
        p.modelId = u"gpt-fake-mini"_s;
        p.input = Decimal::parse(u"0.15");
        p.output = Decimal::parse(u"0.6");
        SourcePrice unpriced;
        unpriced.provider = u"openai"_s;
        unpriced.modelId = u"never-synced"_s;
        QVERIFY(registry.storeSourcePrices(u"litellm"_s, {p, unpriced}, u"import:litellm"_s).ok());
        QTest::qWait(5);
        p.input = Decimal::parse(u"0.3");
        QVERIFY(registry.storeSourcePrices(u"litellm"_s, {p, unpriced}, u"import:litellm"_s).ok());

        ModelsPage models(context());
        models.registry()->selectModel(u"openai:gpt-fake-mini"_s);
        PriceHistoryModel *history = models.registry()->historyModel();
        testModel(history);
        QCOMPARE(history->rowCount(), 4); // two repricings, the litellm source now, the config's own price
        QCOMPARE(history->index(3, PriceHistoryModel::Source).data().toString(), u"config workspace, tier fast"_s);
        QCOMPARE(history->index(3, PriceHistoryModel::Input).data().toString(), u"$0.2"_s);
        QCOMPARE(history->index(3, PriceHistoryModel::Output).data().toString(), u"unknown"_s);
        QCOMPARE(history->index(0, PriceHistoryModel::Input).data().toString(), u"$0.3"_s);
        QCOMPARE(history->index(1, PriceHistoryModel::Input).data().toString(), u"$0.15"_s);
        QCOMPARE(history->index(1, PriceHistoryModel::Cached).data().toString(), u"unknown"_s);

        PriceCatalogModel *catalogue = models.prices()->catalogModel();
        testModel(catalogue);
        QCOMPARE(catalogue->rowCount(), 2);
        const int never = catalogue->prices().at(0).price.modelId == u"never-synced" ? 0 : 1;
        QCOMPARE(catalogue->index(never, PriceCatalogModel::Input).data().toString(), u"unknown"_s); // never $0
        models.prices()->searchField()->setText(u"never"_s);
        QTRY_COMPARE(catalogue->rowCount(), 1);
    }

    void importNewerLiteLlmFile()
    {
        QFile file(m_dir.filePath(u"prices.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"fake-model-x": {"input_cost_per_token": 1e-06, "output_cost_per_token": 2.5e-06,
                       "litellm_provider": "openai", "mode": "chat", "max_input_tokens": 64000}})");
        file.close();
        ModelsPage models(context());
        PricesPage *prices = models.prices();
        QSignalSpy imported(prices, &PricesPage::imported);
        QVERIFY(prices->importFile(file.fileName()));
        QVERIFY(imported.wait(10000)); // parsed and stored off the GUI thread
        QVERIFY2(imported.at(0).at(1).toBool(), qPrintable(imported.at(0).at(0).toString()));
        prices->searchField()->setText(u"fake-model-x"_s);
        QTRY_COMPARE(prices->catalogModel()->rowCount(), 1);
        QCOMPARE(prices->catalogModel()->index(0, PriceCatalogModel::Input).data().toString(), u"$1"_s);
        QCOMPARE(prices->catalogModel()->index(0, PriceCatalogModel::Output).data().toString(), u"$2.5"_s);
        QVERIFY(!prices->importFile(m_dir.filePath(u"missing.json"_s)));
    }

    // Last: it makes openai:gpt-fake-mini vanish.
    void alertsFireOnce()
    {
        m_keychain->set(u"OPENAI_API_KEY"_s, QString::fromLatin1(kCanary));
        auto syncOpenAi = [this](RegistryPage &page) {
            QSignalSpy finished(&page, &RegistryPage::syncFinished);
            QVERIFY(page.syncNow({u"openai"_s}));
            QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 15000);
        };
        auto vanished = [this] {
            return std::count_if(m_alerts.cbegin(), m_alerts.cend(), [](const QString &a) {
                return a.startsWith(u"openai:gpt-fake-mini ") && a.contains(u"no longer listed");
            });
        };
        {
            RegistryPage page(context());
            syncOpenAi(page);
            QCOMPARE(vanished(), 0);
            m_server.setModels({u"gpt-fake-large"_s}); // the model the tier config uses is gone
            syncOpenAi(page);
            QCOMPARE(vanished(), 1);
            syncOpenAi(page);
            QCOMPARE(vanished(), 1); // once, not on every sync
        }
        RegistryPage later(context()); // a later run: still once
        syncOpenAi(later);
        QCOMPARE(vanished(), 1);
        m_server.setModels({u"gpt-fake-mini"_s, u"gpt-fake-large"_s});
    }
};

QTEST_MAIN(TestModelsPage)
#include "tst_modelspage.moc"
