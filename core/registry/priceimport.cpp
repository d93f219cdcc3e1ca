#include "priceimport.h"

#include "pricemath.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace LiteLlmPrices {

namespace {

/// The translation context "LiteLlmPrices" for the free functions below (lupdate reads it).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(LiteLlmPrices)
};

std::optional<Decimal> price(const QJsonObject &o, const QString &field, const QString &key, QStringList &rounded)
{
    const QJsonValue v = o.value(field);
    if (!v.isDouble())
        return std::nullopt;
    const std::optional<PriceMath::Converted> c = PriceMath::perTokenToPerMillion(v.toDouble());
    if (!c)
        return std::nullopt;
    if (c->rounded)
        rounded.append(key + u'.' + field);
    return c->perMillion;
}

std::optional<qint64> count(const QJsonObject &o, const QString &field)
{
    const QJsonValue v = o.value(field);
    // Out of qint64's range (or NaN) the cast would be undefined: such a count is unknown.
    if (!v.isDouble() || !(v.toDouble() >= -9.0e15 && v.toDouble() <= 9.0e15))
        return std::nullopt;
    return qint64(v.toDouble());
}

} // namespace

QDate bundledAsOf()
{
    return QDate(2026, 7, 24); // keep in step with resources/prices/README.md when the copy is replaced
}

QString bundledPath()
{
    return QStringLiteral(":/tierbench/prices/model_prices_and_context_window.json");
}

Parsed parse(const QByteArray &json, const std::function<void(int, int)> &progress)
{
    Parsed out;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        out.error = Tr::tr("The price file is not valid JSON (offset %1): %2").arg(err.offset).arg(err.errorString());
        return out;
    }
    if (!doc.isObject()) {
        out.error = Tr::tr("The price file is not a JSON object of models.");
        return out;
    }
    const QJsonObject root = doc.object();
    const int total = int(root.size());
    int done = 0;
    out.prices.reserve(total);
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (progress && ++done % 250 == 0)
            progress(done, total);
        const QString key = it.key();
        if (!it.value().isObject() || key == u"sample_spec")
            continue;
        const QJsonObject o = it.value().toObject();
        const QString provider = o.value(QStringLiteral("litellm_provider")).toString();
        if (provider.isEmpty())
            continue;
        ++out.entries;
        SourcePrice p;
        p.provider = provider;
        p.modelId = key.startsWith(provider + u'/') ? key.mid(provider.size() + 1) : key;
        p.source = QStringLiteral("litellm");
        p.input = price(o, QStringLiteral("input_cost_per_token"), key, out.rounded);
        p.output = price(o, QStringLiteral("output_cost_per_token"), key, out.rounded);
        p.cachedInput = price(o, QStringLiteral("cache_read_input_token_cost"), key, out.rounded);
        p.contextWindow = count(o, QStringLiteral("max_input_tokens"));
        p.maxOutput = count(o, QStringLiteral("max_output_tokens"));
        p.deprecationDate = o.value(QStringLiteral("deprecation_date")).toString();
        out.prices.append(p);
    }
    if (progress)
        progress(total, total);
    return out;
}

PriceImportReport importNow(const Database &database, const QByteArray &json, const QString &actor,
                            double driftThreshold, const std::function<void(int, int)> &progress)
{
    PriceImportReport report;
    QElapsedTimer timer;
    timer.start();
    Parsed parsed = parse(json, progress);
    report.parseMs = timer.restart();
    if (!parsed.error.isEmpty()) {
        report.error = parsed.error;
        return report;
    }
    report.entries = parsed.entries;
    report.rounded = parsed.rounded;
    for (const SourcePrice &p : std::as_const(parsed.prices))
        report.priced += (p.input || p.output) ? 1 : 0;
    ModelRegistry registry(database);
    registry.setDriftThreshold(driftThreshold);
    report.outcome = registry.storeSourcePrices(QStringLiteral("litellm"), parsed.prices, actor);
    report.storeMs = timer.elapsed();
    if (!report.outcome.ok())
        report.error = report.outcome.error;
    return report;
}

} // namespace LiteLlmPrices

PriceImporter::PriceImporter(Database database, QObject *parent)
    : QObject(parent)
    , m_database(std::move(database))
{
    connect(&m_watcher, &QFutureWatcher<PriceImportReport>::progressValueChanged, this,
            [this](int value) { emit progress(value, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcher<PriceImportReport>::finished, this, [this] {
        const QFuture<PriceImportReport> f = m_watcher.future();
        if (f.resultCount() > 0)
            emit finished(f.result());
    });
}

PriceImporter::~PriceImporter()
{
    m_watcher.waitForFinished();
}

void PriceImporter::start(const QByteArray &json, const QString &actor)
{
    if (m_watcher.isRunning())
        return;
    const Database database = m_database;
    const double threshold = m_driftThreshold;
    m_watcher.setFuture(QtConcurrent::run([database, json, actor, threshold](QPromise<PriceImportReport> &promise) {
        promise.setProgressRange(0, 100);
        const PriceImportReport report = LiteLlmPrices::importNow(
            database, json, actor, threshold, [&promise](int done, int total) {
                // Parsing is most of the work; the last steps are the database transaction.
                promise.setProgressValue(total > 0 ? done * 90 / total : 0);
            });
        database.closeThreadConnection(); // pool threads are reused; do not leave connections behind
        promise.setProgressValue(100);
        promise.addResult(report);
    }));
}
