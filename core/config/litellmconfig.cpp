#include "litellmconfig.h"

#include "configvalidator.h"
#include "secretenv.h"
#include "yamlwalk_p.h"

using namespace ConfigDetail;

namespace {

/// The translation context "LiteLlmConfig" for the free functions below (lupdate reads it).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(LiteLlmConfig)
};

/// Per-million price text -> exact per-token decimal, or nullopt when it is not exact.
std::optional<Decimal> perToken(const QString &perMillion)
{
    const std::optional<Decimal> d = Decimal::parse(perMillion);
    if (!d || d->isNegative())
        return std::nullopt;
    const Decimal t = d->divPow10(6);
    if (t.mulPow10(6) != *d)
        return std::nullopt;
    return t;
}

void exportTier(YAML::Emitter &out, const TierConfig &config, const TierEntry &t, Diagnostics &diags)
{
    const QString path = QStringLiteral("spec.tiers[%1]").arg(config.tiers.indexOf(t));
    out << YAML::BeginMap;
    out << YAML::Key << "model_name" << YAML::Value << t.tier.toStdString();
    out << YAML::Key << "litellm_params" << YAML::Value << YAML::BeginMap;
    const QString prefix = t.provider + QLatin1Char('/');
    const QString model = t.model.startsWith(prefix) || t.provider.isEmpty() ? t.model : prefix + t.model;
    out << YAML::Key << "model" << YAML::Value << model.toStdString();
    if (!t.endpoint.isEmpty())
        out << YAML::Key << "api_base" << YAML::Value << t.endpoint.toStdString();
    if (const std::optional<AuthConfig> auth = config.effectiveAuth(t)) {
        if (auth->type == u"apiKey" && !auth->secretRef.isEmpty()) {
            const QString ref = QStringLiteral("os.environ/") + secretEnvName(auth->secretRef, auth->secretKey);
            out << YAML::Key << "api_key" << YAML::Value << ref.toStdString();
        } else if (auth->type != u"none") {
            Diagnostic d;
            d.severity = Diagnostic::Severity::Warning;
            d.code = QStringLiteral("auth-not-exported");
            d.path = path + QStringLiteral(".auth");
            d.message = Tr::tr("Tier %1: auth type \"%2\" without a key reference cannot be written as a "
                            "LiteLLM api_key; set it in the proxy by hand.").arg(t.tier, auth->type);
            d.message = ConfigValidator::redactSecrets(d.message);
            diags.append(d);
        }
    }
    const auto cost = [&](const char *key, const QString &text, const char *field) {
        if (text.isEmpty())
            return;
        if (const std::optional<Decimal> d = perToken(text)) {
            out << YAML::Key << key << YAML::Value << d->toString().toStdString();
            return;
        }
        Diagnostic e;
        e.code = QStringLiteral("cost-invalid");
        e.path = path + QLatin1Char('.') + QLatin1StringView(field);
        e.message = Tr::tr("Tier %1: %2 \"%3\" is not a non-negative decimal that converts exactly to a "
                        "per-token price; it was left out.").arg(t.tier, QLatin1StringView(field), text);
        e.message = ConfigValidator::redactSecrets(e.message);
        diags.append(e);
    };
    cost("input_cost_per_token", t.costPerMillionInput, "costPerMillionInput");
    cost("output_cost_per_token", t.costPerMillionOutput, "costPerMillionOutput");
    if (t.maxTokens)
        out << YAML::Key << "max_tokens" << YAML::Value << *t.maxTokens;
    out << YAML::EndMap << YAML::EndMap;
}

} // namespace

namespace LiteLlmConfig {

ExportResult exportConfig(const TierConfig &config)
{
    ExportResult result;
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap << YAML::Key << "model_list" << YAML::Value << YAML::BeginSeq;
    for (const TierEntry &t : config.tiers)
        exportTier(out, config, t, result.diagnostics);
    out << YAML::EndSeq << YAML::EndMap;
    result.yaml = QByteArray(out.c_str(), qsizetype(out.size())) + '\n';
    return result;
}

} // namespace LiteLlmConfig
