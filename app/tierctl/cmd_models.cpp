// tierctl models: the model registry (sync, list, import-prices, resolve, prices, history).
#include "cliutil.h"
#include "commands.h"

#include "config/configcodec.h"
#include "providers/secretstore.h"
#include "registry/modelregistry.h"
#include "registry/modelsync.h"
#include "registry/priceimport.h"
#include "registry/tierresolver.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

namespace {

const QCommandLineOption kDb(QStringLiteral("db"),
                             QStringLiteral("The store: a SQLite file or postgres://user@host:port/db "
                                            "(default: $TIERBENCH_DB, then the workspace database)."),
                             QStringLiteral("PATH|URL"));

int fail(const QString &command, const QString &message, int code = 2)
{
    Cli::err() << command << ": " << message << "\n";
    Cli::err().flush();
    return code;
}

/// Opens and migrates the store named by --db.
std::optional<Database> openStore(const QCommandLineParser &parser, const QString &command)
{
    const Database db = Cli::database(parser.value(kDb));
    QString error;
    if (!db.openAndMigrate(&error)) {
        fail(command, error);
        return std::nullopt;
    }
    return db;
}

/// Reads the ModelTierConfig documents of --config files.
bool readConfigs(const QStringList &files, const QString &command, QList<TierConfig> *configs)
{
    for (const QString &file : files) {
        const std::optional<QByteArray> data = Cli::readFile(command, file);
        if (!data)
            return false;
        const ParsedConfigFile parsed = ConfigCodec::parse(*data);
        for (const ConfigDocument *doc : parsed.documentsOfKind(ConfigDocument::Kind::TierConfig))
            configs->append(doc->tierConfig);
    }
    return true;
}

QString keyVariable(const QString &provider)
{
    if (provider == u"gemini")
        return QStringLiteral("GEMINI_API_KEY");
    return provider.toUpper() + QStringLiteral("_API_KEY");
}

/// Looks up each provider's key through SecretStore (keychain, then the tier config's
/// secretRef variable, then the SDK variable). Keys stay in this process's memory only.
QHash<QString, SecretLookup> lookUpKeys(const QList<ProviderEndpoint> &endpoints, const QList<TierConfig> &configs)
{
    QHash<QString, SecretLookup> found;
    SecretStore store(SecretStore::defaultBackend());
    QEventLoop loop;
    int pending = 0;
    for (const ProviderEndpoint &e : endpoints) {
        if (e.kind == ModelListFormat::Ollama)
            continue; // a local server needs no key
        std::optional<AuthConfig> auth;
        for (const TierConfig &c : configs) {
            for (const TierEntry &entry : c.tiers) {
                if (!auth && entry.provider == e.provider)
                    auth = c.effectiveAuth(entry);
            }
        }
        ++pending;
        const QString provider = e.provider;
        store.lookup(auth ? auth->secretRef : QString(), auth ? auth->secretKey : QString(), keyVariable(provider),
                     &loop, [&, provider](const SecretLookup &result) {
                         found.insert(provider, result);
                         if (--pending == 0)
                             loop.quit();
                     });
    }
    if (pending > 0) {
        QTimer::singleShot(5000, &loop, &QEventLoop::quit); // a locked keyring must not hang the CLI
        loop.exec();
    }
    return found;
}

int runSync(const QStringList &args)
{
    const QString command = args.value(0);
    QCommandLineParser parser;
    parser.addOption(kDb);
    const QCommandLineOption provider(QStringLiteral("provider"),
                                      QStringLiteral("Sync only this provider (openai, anthropic, ollama, openrouter, "
                                                     "gemini); repeatable. Default: every provider with a key, and ollama."),
                                      QStringLiteral("P"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QStringLiteral("A ModelTierConfig YAML: its models raise alerts when they disappear "
                                                   "or get deprecated, and become their tier's default; repeatable."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Per-request timeout in seconds (30)."),
                                     QStringLiteral("S"), QStringLiteral("30"));
    parser.addOptions({provider, config, timeout});
    if (int rc = Cli::parse(parser, args, QStringLiteral("Fetch each provider's model list into the registry.")); rc >= 0)
        return rc;

    QList<ProviderEndpoint> endpoints;
    const QStringList wanted = parser.values(provider);
    for (const QString &name : wanted) {
        const std::optional<ModelListFormat> kind = ModelListParser::kindFromName(name);
        if (!kind)
            return Cli::usageError(command, QStringLiteral("unknown provider '%1'.").arg(name));
        endpoints.append(ProviderEndpoint::defaultFor(*kind));
    }
    if (wanted.isEmpty()) {
        for (ModelListFormat kind : {ModelListFormat::OpenAi, ModelListFormat::Anthropic, ModelListFormat::Ollama,
                                  ModelListFormat::OpenRouter, ModelListFormat::Gemini})
            endpoints.append(ProviderEndpoint::defaultFor(kind));
    }
    QList<TierConfig> configs;
    if (!readConfigs(parser.values(config), command, &configs))
        return 2;
    const QHash<QString, SecretLookup> keys = lookUpKeys(endpoints, configs);
    if (wanted.isEmpty()) { // by default only the providers with a key (and Ollama)
        QList<ProviderEndpoint> usable;
        for (const ProviderEndpoint &e : std::as_const(endpoints)) {
            if (e.kind == ModelListFormat::Ollama || keys.value(e.provider).value)
                usable.append(e);
            else
                Cli::err() << "skipping " << e.provider << ": " << keys.value(e.provider).missingMessage << "\n";
        }
        endpoints = usable;
    }
    const std::optional<Database> db = openStore(parser, command);
    if (!db)
        return 2;

    QNetworkAccessManager network;
    ModelSync sync(*db, &network);
    sync.setEndpoints(endpoints);
    sync.setApiKeyLookup([&keys](const QString &name) { // held in memory for the request headers only
        return keys.value(name).value.value_or(QString());
    });
    sync.setTierConfigs(configs);
    sync.setRequestTimeout(qMax(1, parser.value(timeout).toInt()) * 1000);
    QList<SyncOutcome> outcomes;
    QEventLoop loop;
    QObject::connect(&sync, &ModelSync::alert, &loop, [](const ModelAlert &alert) {
        Cli::err() << "ALERT: " << alert.message << "\n";
    });
    QObject::connect(&sync, &ModelSync::finished, &loop, [&](const QList<SyncOutcome> &result) {
        outcomes = result;
        loop.quit();
    });
    sync.syncNow();
    if (sync.isRunning())
        loop.exec();

    int failed = 0;
    for (const SyncOutcome &o : std::as_const(outcomes)) {
        if (!o.ok()) {
            ++failed;
            Cli::out() << o.provider << ": FAILED, rows left as they were: " << o.error << "\n";
            continue;
        }
        Cli::out() << o.provider << ": " << o.added << " added, " << o.updated << " updated, " << o.reactivated
                   << " reactivated, " << o.deactivated << " marked inactive, " << o.unchanged << " unchanged, "
                   << o.pricesChanged << " price changes\n";
    }
    ModelRegistry registry(*db);
    for (const TierConfig &c : std::as_const(configs)) {
        QString error;
        if (!registry.applyTierConfig(c, QStringLiteral("tierctl models sync"), &error))
            Cli::err() << "tier config '" << c.name << "': " << error << "\n";
    }
    Cli::out().flush();
    Cli::err().flush();
    return failed > 0 ? 1 : 0;
}

QJsonObject toJson(const LLMModel &m)
{
    auto money = [](const std::optional<Decimal> &d) { return d ? QJsonValue(d->toString()) : QJsonValue(); };
    auto time = [](const QDateTime &t) {
        return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    return {
        {QStringLiteral("id"), m.id},
        {QStringLiteral("provider"), m.provider},
        {QStringLiteral("modelId"), m.modelId},
        {QStringLiteral("displayName"), m.displayName},
        {QStringLiteral("tier"), m.tier.isEmpty() ? QJsonValue() : QJsonValue(m.tier)},
        {QStringLiteral("inputPrice"), money(m.inputPrice)},
        {QStringLiteral("outputPrice"), money(m.outputPrice)},
        {QStringLiteral("contextWindow"), m.contextWindow ? QJsonValue(double(*m.contextWindow)) : QJsonValue()},
        {QStringLiteral("isActive"), m.isActive},
        {QStringLiteral("isDefault"), m.isDefault},
        {QStringLiteral("priceSource"), m.priceSource.isEmpty() ? QJsonValue() : QJsonValue(m.priceSource)},
        {QStringLiteral("lastSyncedAt"), time(m.lastSyncedAt)},
    };
}

int runList(const QStringList &args)
{
    const QString command = args.value(0);
    QCommandLineParser parser;
    parser.addOption(kDb);
    const QCommandLineOption tier(QStringLiteral("tier"), QStringLiteral("Only models of this tier."), QStringLiteral("T"));
    const QCommandLineOption provider(QStringLiteral("provider"), QStringLiteral("Only this provider."), QStringLiteral("P"));
    const QCommandLineOption active(QStringLiteral("active"), QStringLiteral("Only active models."));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array (prices are decimal strings per 1M tokens)."));
    parser.addOptions({tier, provider, active, json});
    if (int rc = Cli::parse(parser, args, QStringLiteral("List the models in the registry.")); rc >= 0)
        return rc;
    const std::optional<Database> db = openStore(parser, command);
    if (!db)
        return 2;
    QString error;
    const QList<LLMModel> models = ModelRegistry(*db).models({parser.value(tier), parser.value(provider), parser.isSet(active)}, &error);
    if (!error.isEmpty())
        return fail(command, error);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const LLMModel &m : models)
            array.append(toJson(m));
        Cli::out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        Cli::out().flush();
        return 0;
    }
    auto price = [](const std::optional<Decimal> &d) { return d ? d->toString() : QStringLiteral("-"); };
    for (const LLMModel &m : models) {
        Cli::out() << m.id.leftJustified(48) << ' ' << (m.tier.isEmpty() ? QStringLiteral("-") : m.tier).leftJustified(10)
                   << ' ' << (m.isActive ? "active  " : "inactive") << (m.isDefault ? " default" : "        ") << "  in "
                   << price(m.inputPrice) << " out " << price(m.outputPrice) << " per 1M"
                   << (m.priceSource.isEmpty() ? QString() : QStringLiteral(" (") + m.priceSource + u')') << "\n";
    }
    Cli::out() << models.size() << " model(s)\n";
    Cli::out().flush();
    return 0;
}

int runImportPrices(const QStringList &args)
{
    const QString command = args.value(0);
    QCommandLineParser parser;
    parser.addOption(kDb);
    const QCommandLineOption bundled(QStringLiteral("bundled"), QStringLiteral("Import the copy bundled with TierBench."));
    const QCommandLineOption drift(QStringLiteral("drift"), QStringLiteral("Flag sources that differ by more than this percentage (10)."),
                                   QStringLiteral("PCT"), QStringLiteral("10"));
    parser.addOptions({bundled, drift});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("LiteLLM's model_prices_and_context_window.json"));
    if (int rc = Cli::parse(parser, args, QStringLiteral("Import LiteLLM's price map as exact per-million prices.")); rc >= 0)
        return rc;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1 && !parser.isSet(bundled))
        return Cli::usageError(command, QStringLiteral("give one FILE, or --bundled."));
    QFile file(parser.isSet(bundled) ? LiteLlmPrices::bundledPath() : files.first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(command, QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
    const QByteArray json = file.readAll();
    const std::optional<Database> db = openStore(parser, command);
    if (!db)
        return 2;
    QElapsedTimer timer;
    timer.start();
    const PriceImportReport report = LiteLlmPrices::importNow(*db, json, QStringLiteral("import:litellm"),
                                                              parser.value(drift).toDouble() / 100.0);
    const qint64 ms = timer.elapsed();
    if (!report.ok())
        return fail(command, report.error, 1);
    Cli::out() << report.entries << " entries, " << report.priced << " with prices; " << report.outcome.pricesChanged
               << " registry model(s) repriced; " << report.rounded.size()
               << " value(s) rounded at 12 decimals per 1M; " << ms << " ms (parse " << report.parseMs << " ms, store "
               << report.storeMs << " ms)\n";
    for (const PriceDrift &d : report.outcome.drifts)
        Cli::out() << "DRIFT " << d.modelId << ' ' << d.field << ": " << d.source << ' ' << d.value << " vs "
                   << d.otherSource << ' ' << d.otherValue << " (" << QString::number(d.fraction * 100, 'f', 1) << " %)\n";
    Cli::out().flush();
    return 0;
}

int runResolve(const QStringList &args)
{
    const QString command = args.value(0);
    QCommandLineParser parser;
    parser.addOption(kDb);
    const QCommandLineOption tier(QStringLiteral("tier"), QStringLiteral("The tier to resolve."), QStringLiteral("T"));
    const QCommandLineOption prefer(QStringLiteral("prefer"), QStringLiteral("Prefer this provider."), QStringLiteral("P"));
    const QCommandLineOption provider(QStringLiteral("provider"), QStringLiteral("Only this provider ('any' by default)."), QStringLiteral("P"));
    const QCommandLineOption exact(QStringLiteral("exact"), QStringLiteral("An exact provider:modelId."), QStringLiteral("ID"));
    const QCommandLineOption random(QStringLiteral("random"), QStringLiteral("Pick at random among the candidates (A/B)."));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed for --random."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("A ModelTierConfig whose prices override the registry's."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the resolution as JSON."));
    parser.addOptions({tier, prefer, provider, exact, random, seed, config, json});
    if (int rc = Cli::parse(parser, args, QStringLiteral("Resolve a tier to an active model and explain the choice.")); rc >= 0)
        return rc;
    if (!parser.isSet(tier) && !parser.isSet(exact))
        return Cli::usageError(command, QStringLiteral("give --tier T or --exact provider:modelId."));
    QList<TierConfig> configs;
    if (!readConfigs(parser.values(config), command, &configs))
        return 2;
    const std::optional<Database> db = openStore(parser, command);
    if (!db)
        return 2;
    QString error;
    TierResolver resolver(ModelRegistry(*db).models({}, &error));
    if (!error.isEmpty())
        return fail(command, error);
    for (const TierConfig &c : std::as_const(configs))
        resolver.setTierConfig(c);
    resolver.setSeed(parser.value(seed).toUInt());
    const ModelSpec spec{parser.value(tier), parser.value(provider), parser.value(prefer), parser.value(exact)};
    const Resolution r = resolver.resolve(spec, parser.isSet(random) ? TierResolver::Mode::Random : TierResolver::Mode::Best);
    if (!r.ok())
        return fail(command, r.error, 1);
    if (parser.isSet(json)) {
        QJsonObject o = toJson(*r.model);
        o.insert(QStringLiteral("explanation"), r.explanation);
        o.insert(QStringLiteral("ranking"), QJsonArray::fromStringList(r.ranking));
        if (r.prices.inputPerMillion)
            o.insert(QStringLiteral("inputPrice"), r.prices.inputPerMillion->toString());
        if (r.prices.outputPerMillion)
            o.insert(QStringLiteral("outputPrice"), r.prices.outputPerMillion->toString());
        o.insert(QStringLiteral("priceSource"), r.priceSource);
        Cli::out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        Cli::out() << r.model->id << "\n" << r.explanation << "\n";
        for (int i = 0; i < r.ranking.size(); ++i)
            Cli::out() << "  " << (i + 1) << ". " << r.ranking[i] << "\n";
    }
    Cli::out().flush();
    return 0;
}


QJsonValue moneyJson(const std::optional<Decimal> &d)
{
    return d ? QJsonValue(d->toString()) : QJsonValue();
}

QString moneyText(const std::optional<Decimal> &d)
{
    return d ? d->toString() : QStringLiteral("unknown");
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

int runPrices(const QStringList &args)
{
    const QString command = args.value(0);
    QCommandLineParser parser;
    parser.addOption(kDb);
    const QCommandLineOption search(QStringLiteral("search"), QStringLiteral("Only keys (provider:model) containing TEXT."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption provider(QStringLiteral("provider"), QStringLiteral("Only this provider."), QStringLiteral("P"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array (prices are decimal strings per 1M tokens)."));
    parser.addOptions({search, provider, json});
    if (int rc = Cli::parse(parser, args, QStringLiteral("Browse the imported and synced prices, also of models never synced.")); rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return Cli::usageError(command, QStringLiteral("unexpected argument '%1'.").arg(parser.positionalArguments().first()));
    const std::optional<Database> db = openStore(parser, command);
    if (!db)
        return 2;
    QString error;
    const QList<CatalogPrice> prices = ModelRegistry(*db).priceCatalogue({parser.value(search), parser.value(provider), {}}, &error);
    if (!error.isEmpty())
        return fail(command, error);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const CatalogPrice &c : prices) {
            array.append(QJsonObject{
                {QStringLiteral("key"), c.key()},
                {QStringLiteral("provider"), c.price.provider},
                {QStringLiteral("modelId"), c.price.modelId},
                {QStringLiteral("inputPrice"), moneyJson(c.price.input)},
                {QStringLiteral("outputPrice"), moneyJson(c.price.output)},
                {QStringLiteral("cachedInputPrice"), moneyJson(c.price.cachedInput)},
                {QStringLiteral("contextWindow"), c.price.contextWindow ? QJsonValue(double(*c.price.contextWindow)) : QJsonValue()},
                {QStringLiteral("source"), c.price.source},
                {QStringLiteral("asOf"), timeJson(c.asOf)},
            });
        }
        Cli::out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        Cli::out().flush();
        return 0;
    }
    for (const CatalogPrice &c : prices) {
        Cli::out() << c.key().leftJustified(56) << ' ' << c.price.source.leftJustified(15) << " in "
                   << moneyText(c.price.input) << " out " << moneyText(c.price.output) << " cached "
                   << moneyText(c.price.cachedInput) << " per 1M\n";
    }
    Cli::out() << prices.size() << " price(s)\n";
    Cli::out().flush();
    return 0;
}

int runHistory(const QStringList &args)
{
    const QString command = args.value(0);
    QCommandLineParser parser;
    parser.addOption(kDb);
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print a JSON array."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("provider:modelId"));
    if (int rc = Cli::parse(parser, args, QStringLiteral("Print a model's price history and its sources' prices.")); rc >= 0)
        return rc;
    if (parser.positionalArguments().size() != 1)
        return Cli::usageError(command, QStringLiteral("give one model id (provider:modelId)."));
    const std::optional<Database> db = openStore(parser, command);
    if (!db)
        return 2;
    QString error;
    const QList<PriceHistoryEntry> history = ModelRegistry(*db).priceHistory(parser.positionalArguments().first(), &error);
    if (!error.isEmpty())
        return fail(command, error, 1);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const PriceHistoryEntry &h : history) {
            array.append(QJsonObject{
                {QStringLiteral("asOf"), timeJson(h.asOf)},
                {QStringLiteral("source"), h.source},
                {QStringLiteral("actor"), h.actor.isEmpty() ? QJsonValue() : QJsonValue(h.actor)},
                {QStringLiteral("inputPrice"), moneyJson(h.input)},
                {QStringLiteral("outputPrice"), moneyJson(h.output)},
                {QStringLiteral("cachedInputPrice"), moneyJson(h.cachedInput)},
                {QStringLiteral("current"), h.current},
            });
        }
        Cli::out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        Cli::out().flush();
        return 0;
    }
    bool sources = false;
    for (const PriceHistoryEntry &h : history) {
        if (h.current && !sources) {
            Cli::out() << "sources now:\n";
            sources = true;
        }
        const QString at = h.asOf.isValid() ? h.asOf.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
        Cli::out() << (sources ? "  " : "") << at.leftJustified(21) << ' ' << h.source.leftJustified(15) << " in "
                   << moneyText(h.input) << " out " << moneyText(h.output) << " cached " << moneyText(h.cachedInput)
                   << " per 1M" << (h.actor.isEmpty() ? QString() : QStringLiteral(" (") + h.actor + u')') << "\n";
    }
    if (history.isEmpty())
        Cli::out() << "no prices known\n";
    Cli::out().flush();
    return 0;
}

} // namespace

int runModels(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QString sub = arguments.value(1);
    QStringList rest = arguments.mid(2);
    rest.prepend(command + u' ' + sub);
    if (sub == u"sync")
        return runSync(rest);
    if (sub == u"list")
        return runList(rest);
    if (sub == u"import-prices")
        return runImportPrices(rest);
    if (sub == u"resolve")
        return runResolve(rest);
    if (sub == u"prices")
        return runPrices(rest);
    if (sub == u"history")
        return runHistory(rest);
    QTextStream &stream = (sub == u"--help" || sub == u"-h") ? Cli::out() : Cli::err();
    stream << "Usage: " << command << " <sync|list|import-prices|resolve|prices|history> [options] [--db PATH|URL]\n"
           << "  sync [--provider P]... [--config FILE]   fetch the providers' model lists\n"
           << "  list [--tier T] [--provider P] [--json]  show the registry\n"
           << "  import-prices FILE | --bundled           import LiteLLM's price map\n"
           << "  resolve --tier T [--prefer P]            pick a model for a tier and say why\n"
           << "  prices [--search T] [--provider P] [--json]  browse imported prices\n"
           << "  history ID [--json]                      a model's price history\n";
    stream.flush();
    return (sub == u"--help" || sub == u"-h") ? 0 : 2;
}
