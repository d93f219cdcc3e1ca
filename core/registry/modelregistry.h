#pragma once

#include "config/tierconfig.h"
#include "llmmodel.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// One row of `audit_log`: who or what changed which field of which entity, from what to what.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;  ///< "sync:anthropic", "import:litellm", "tierctl", "user:..."
    QString action; ///< added, changed, deactivated, reactivated, deprecated, price_changed, price_drift, tier_assigned
    QString entity; ///< the model id ("provider:modelId")
    QString field;
    QString oldValue;
    QString newValue;
};

/// A model that a tier config uses disappeared from its provider's list or got a deprecation date.
struct ModelAlert
{
    enum class Kind { Disappeared, Deprecated };
    Kind kind = Kind::Disappeared;
    QString modelId;   ///< "provider:modelId"
    QStringList tiers; ///< the tiers that use it
    QString deprecationDate;
    QString message;   ///< translated, ready to show
};

/// Two price sources disagree about a model by more than the drift threshold.
struct PriceDrift
{
    QString modelId;
    QString field;    ///< input, output or cached_input
    QString source;   ///< the source in use
    QString value;    ///< its price per 1M
    QString otherSource;
    QString otherValue;
    double fraction = 0; ///< |other - value| / value
};

/// What one provider's sync (or one price import) changed.
struct SyncOutcome
{
    QString provider;
    int added = 0;
    int updated = 0;
    int deactivated = 0;
    int reactivated = 0;
    int unchanged = 0;
    int pricesChanged = 0;
    QList<ModelAlert> alerts;
    QList<PriceDrift> drifts;
    QString error; ///< non-empty: nothing was written

    bool ok() const { return error.isEmpty(); }
};

/// Filter for ModelRegistry::models(); empty fields match everything.
struct ModelFilter
{
    QString tier;
    QString provider;
    bool activeOnly = false;
};

/// A price of one model from one source, per million tokens (a `model_prices` row).
struct SourcePrice
{
    QString provider;
    QString modelId;
    QString source;
    std::optional<Decimal> input;
    std::optional<Decimal> output;
    std::optional<Decimal> cachedInput;
    std::optional<qint64> contextWindow;
    std::optional<qint64> maxOutput;
    QString deprecationDate;
};

/// One row of the price catalogue: a source's price of a model, registry row or not.
struct CatalogPrice
{
    SourcePrice price;
    QDateTime asOf; ///< when the source's prices were imported or synced

    QString key() const { return LLMModel::makeId(price.provider, price.modelId); }
};

/// What narrows the price catalogue; empty fields match everything.
struct CatalogFilter
{
    QString search;   ///< a substring of provider:modelId, case-insensitive
    QString provider;
    QString source;
};

/// One point of a model's price history: the effective price from `asOf`, or a source's
/// current price (`current`). Prices stay unknown when unknown.
struct PriceHistoryEntry
{
    QDateTime asOf;
    QString source;
    QString actor;
    std::optional<Decimal> input;
    std::optional<Decimal> output;
    std::optional<Decimal> cachedInput;
    bool current = false; ///< a source's price now (model_prices), not a past change
};

/// The model registry in the store: reads, the sync upsert (never deletes; missing models
/// become inactive), tier assignment, price sources with drift checks, and the audit log.
///
/// The effective price of a model comes from its best source: "manual", then the provider's
/// own API ("<provider>-api", "local" for Ollama), then "litellm". Every source stays in
/// `model_prices`. A tier config's prices override these at resolution time (TierResolver).
///
/// Each write runs in one transaction on the calling thread's connection.
class ModelRegistry
{
    Q_DECLARE_TR_FUNCTIONS(ModelRegistry)

public:
    explicit ModelRegistry(Database database);

    const Database &database() const { return m_database; }

    /// Default 0.10: sources more than 10 % apart are flagged.
    void setDriftThreshold(double fraction) { m_driftThreshold = fraction; }
    double driftThreshold() const { return m_driftThreshold; }

    QList<LLMModel> models(const ModelFilter &filter = {}, QString *error = nullptr) const;
    std::optional<LLMModel> model(const QString &id, QString *error = nullptr) const;

    /// Applies one provider's complete list: upserts the listed models, marks the provider's
    /// other models inactive, records every change in audit_log and recomputes prices.
    /// `usedBy` maps model ids to the tiers (of tier configs) that use them; a used model
    /// that disappears or gets a deprecation date raises an alert.
    SyncOutcome applySync(const QString &provider, const QList<ListedModel> &listed, const QString &actor,
                          const QHash<QString, QStringList> &usedBy = {});

    /// Replaces all prices of `source` with `prices` and updates the affected models.
    SyncOutcome storeSourcePrices(const QString &source, const QList<SourcePrice> &prices, const QString &actor);
    QList<SourcePrice> sourcePrices(const QString &provider, const QString &modelId) const;
    /// Every imported or synced price (also of models never synced), sorted by key and source.
    QList<CatalogPrice> priceCatalogue(const CatalogFilter &filter = {}, QString *error = nullptr) const;
    /// The effective prices a model had over time (from its price_changed audit rows, newest
    /// first), then each source's current price.
    QList<PriceHistoryEntry> priceHistory(const QString &id, QString *error = nullptr) const;

    /// Sets a model's tier; with `makeDefault` it becomes the only default of that tier.
    bool assignTier(const QString &id, const QString &tier, bool makeDefault, const QString &actor,
                    QString *error = nullptr);
    /// Assigns each tier entry's model (provider:model) to its tier as that tier's default.
    /// Models not in the registry yet are skipped and named in `error`.
    bool applyTierConfig(const TierConfig &config, const QString &actor, QString *error = nullptr);

    /// Newest first; `entity` filters when not empty.
    QList<AuditEntry> auditLog(const QString &entity = {}, int limit = 1000, QString *error = nullptr) const;

    /// The tiers of `configs` that use each "provider:model".
    static QHash<QString, QStringList> usage(const QList<TierConfig> &configs);

private:
    /// Replaces the `model_prices` rows of (scopeProvider or any, scopeSource) with `prices`
    /// and recomputes the effective price of the registry models concerned.
    bool writePrices(QSqlDatabase &db, const QString &scopeProvider, const QString &scopeSource,
                     const QList<SourcePrice> &prices, const QString &actor, qint64 nowMs, SyncOutcome &outcome);
    bool recomputePrice(QSqlDatabase &db, const LLMModel &current, const QString &actor, qint64 now,
                        bool audit, SyncOutcome &outcome, QString *error);

    Database m_database;
    double m_driftThreshold = 0.10;
};

/// Appends one audit row inside the caller's transaction.
bool writeAudit(QSqlDatabase &db, const AuditEntry &entry, QString *error);
