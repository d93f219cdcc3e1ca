#pragma once

#include "modelregistry.h"
#include "store/database.h"

#include <QByteArray>
#include <QDate>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <functional>

/// The result of importing LiteLLM's model_prices_and_context_window.json.
struct PriceImportReport
{
    int entries = 0;        ///< model entries in the file (sample_spec and non-objects excluded)
    int priced = 0;         ///< entries with an input or output price
    QStringList rounded;    ///< "key.field" whose exact per-million value needed > 12 decimals
    SyncOutcome outcome;    ///< what changed in the registry (prices, drifts, audit rows)
    qint64 parseMs = 0;
    qint64 storeMs = 0;
    QString error;          ///< non-empty: nothing was written

    bool ok() const { return error.isEmpty() && outcome.ok(); }
};

/// LiteLLM's price map: parsing (pure) and importing into the registry.
///
/// Keys are bare ("gpt-4o") or prefixed with their provider ("gemini/gemini-2.0-flash",
/// "openrouter/openai/gpt-4o"); the registry key is (litellm_provider, key without that
/// prefix). USD-per-token doubles become exact decimals per million: the shortest round-trip
/// text of the double, decimal point moved six places (PriceMath).
namespace LiteLlmPrices {

/// The copy bundled with the app (a Qt resource of core_registry).
QString bundledPath();
/// The date of the bundled copy (resources/prices/README.md).
QDate bundledAsOf();
/// Past this many days the bundled copy is flagged as stale.
inline constexpr int StaleAfterDays = 45;

struct Parsed
{
    QList<SourcePrice> prices;
    int entries = 0;
    QStringList rounded;
    QString error;
};

/// Pure: JSON bytes to prices. `progress(done, total)` is called now and then.
Parsed parse(const QByteArray &json, const std::function<void(int, int)> &progress = {});

/// Parses and stores on the calling thread (a worker thread, or the CLI).
PriceImportReport importNow(const Database &database, const QByteArray &json, const QString &actor,
                            double driftThreshold = 0.10, const std::function<void(int, int)> &progress = {});

} // namespace LiteLlmPrices

/// Runs LiteLlmPrices::importNow in QtConcurrent (heavy CPU work stays off the GUI thread) and
/// reports progress and the result by signal.
class PriceImporter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceImporter)

public:
    explicit PriceImporter(Database database, QObject *parent = nullptr);
    ~PriceImporter() override;

    void setDriftThreshold(double fraction) { m_driftThreshold = fraction; }
    /// Starts an import of `json`; ignored while one is running.
    void start(const QByteArray &json, const QString &actor = QStringLiteral("import:litellm"));
    bool isRunning() const { return m_watcher.isRunning(); }
    QFuture<PriceImportReport> future() const { return m_watcher.future(); }

signals:
    void progress(int done, int total);
    void finished(const PriceImportReport &report);

private:
    Database m_database;
    double m_driftThreshold = 0.10;
    QFutureWatcher<PriceImportReport> m_watcher;
};
