#pragma once

#include "llmmodel.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <optional>

#include "config/tierconfig.h"

/// What a scenario asks for (the seed's ModelSpec):
/// `{tier: "fast", provider: "any"}`, `{tier: "smart", preferProvider: "anthropic"}` or
/// `{exact: "anthropic:claude-haiku-4-5"}`.
struct ModelSpec
{
    QString tier;
    QString provider;       ///< restricts to one provider; empty or "any" = all
    QString preferProvider; ///< tried first; others when it has no active model in the tier
    QString exact;          ///< "provider:modelId"; when set, tier and providers are ignored

    /// Reads the JSON form; unknown keys are ignored.
    static ModelSpec fromJson(const QJsonObject &object);
    QJsonObject toJson() const;
};

/// The outcome of a resolution: the model, its prices (a tier config's prices override the
/// registry's for that tier), an explanation of the choice, or an error.
struct Resolution
{
    std::optional<LLMModel> model;
    TokenPrices prices;
    QString priceSource;   ///< "tier config" or the registry's priceSource
    QString explanation;   ///< why this model, in one or two sentences
    QStringList ranking;   ///< the candidates in order, best first ("provider:model (reason)")
    QString error;         ///< non-empty when nothing active matches

    bool ok() const { return model.has_value(); }
};

/// Resolves a ModelSpec against the registry's models: active ones only; ranked by isDefault,
/// then price (input + output per 1M; unknown last), then recency (newest first). In random
/// mode (A/B) it picks uniformly among the matching candidates with a seedable generator.
class TierResolver
{
    Q_DECLARE_TR_FUNCTIONS(TierResolver)

public:
    enum class Mode { Best, Random };

    explicit TierResolver(QList<LLMModel> models);

    /// Tier configs whose `costPerMillion*` override the registry for their tier's model.
    void setTierConfig(const TierConfig &config);
    void setSeed(quint32 seed) { m_random.seed(seed); }

    Resolution resolve(const ModelSpec &spec, Mode mode = Mode::Best);

private:
    TokenPrices pricesFor(const LLMModel &model, const QString &tier, QString *source) const;

    QList<LLMModel> m_models;
    QList<TierEntry> m_overrides;
    QRandomGenerator m_random{0x7132u};
};
