#pragma once

#include "config/tierconfig.h"
#include "database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

/// Which file a call import reads. Auto sniffs: a .csv file is LiteLLM CSV; a first JSON
/// line with "request_id" is LiteLLM JSON lines; another JSON object line is TierBench.
enum class CallFormat { Auto, TierBench, LiteLlm };

struct CallImportProgress
{
    qint64 bytesRead = 0, bytesTotal = 0;
    qint64 imported = 0, duplicates = 0, bad = 0;
};

struct CallImportOptions
{
    CallFormat format = CallFormat::Auto;
    /// Tiers for calls without one (by provider + model; a LiteLLM model_group that names
    /// a tier), prices for calls without a cost, and the config name stored with each call.
    std::optional<TierConfig> config;
    int batchSize = 5000;                      ///< rows per transaction
    const std::atomic_bool *cancel = nullptr;  ///< set from any thread to stop after the current row
    /// Called on the importing thread after each committed batch (and once at the end).
    std::function<void(const CallImportProgress &)> progress;
};

struct CallImportLineError
{
    qint64 line = 0;  ///< 1-based; for CSV the physical line the record starts on
    QString message;
};

struct CallImportReport
{
    QString format;                  ///< "tierbench", "litellm-jsonl" or "litellm-csv"
    qint64 rows = 0;                 ///< data rows read (blank lines not counted)
    qint64 imported = 0;             ///< new calls stored
    qint64 duplicates = 0;           ///< ids already stored, or repeated in the file
    QList<CallImportLineError> bad;  ///< rows left out, with why
    bool cancelled = false;          ///< stopped by the cancel flag: the batches before it are stored
    QString error;                   ///< fatal (unreadable file, unknown format, database); earlier batches are stored
    bool ok() const { return error.isEmpty() && !cancelled; }
};

/// Imports call logs into `runs` (and so into the dashboard's rollups): TierBench call
/// JSONL, or LiteLLM spend logs (LiteLLM_SpendLogs columns) as JSON lines or CSV. Bad rows
/// are reported by line and skipped; the rest is stored in transactions of `batchSize`
/// rows, so a batch is stored whole or not at all. Ids already stored are skipped, so
/// importing the same file twice adds nothing. Unknown tokens, latency or cost stay unknown.
/// Runs on the calling thread (the GUI calls it from a worker, e.g. QtConcurrent::run; call
/// database.closeThreadConnection() before that thread ends) with that thread's connection,
/// and reads ahead on a thread-pool thread.
class CallImport
{
    Q_DECLARE_TR_FUNCTIONS(CallImport)

public:
    static CallImportReport importFile(const Database &database, const QString &path,
                                       const CallImportOptions &options = {});
    /// The same from bytes in memory; `fileName` only helps sniffing (".csv").
    static CallImportReport importData(const Database &database, const QByteArray &data,
                                       const CallImportOptions &options = {}, const QString &fileName = {});
    /// "tierbench" / "litellm" -> the format; nullopt for anything else.
    static std::optional<CallFormat> formatFromName(QStringView name);
};
