// LiteLlmConfig::importConfig: LiteLLM config.yaml -> ModelTierConfig.
#include "litellmconfig.h"

#include "configvalidator.h"
#include "yamlguard_p.h"
#include "yamlwalk_p.h"

using namespace ConfigDetail;

namespace {

/// The translation context "LiteLlmConfig" for the free functions below (lupdate reads it).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(LiteLlmConfig)
};

struct Importer
{
    LiteLlmConfig::ImportResult &result;

    void add(Diagnostic::Severity severity, const QString &code, const QString &path,
             const YAML::Mark &mark, const QString &message)
    {
        Diagnostic d;
        d.severity = severity;
        d.code = code;
        d.path = path;
        d.line = mark.line >= 0 ? mark.line + 1 : 0;
        d.column = mark.column >= 0 ? mark.column + 1 : 0;
        d.message = ConfigValidator::redactSecrets(message);
        result.diagnostics.append(d);
    }
    void warn(const QString &code, const QString &path, const YAML::Mark &mark, const QString &message)
    {
        add(Diagnostic::Severity::Warning, code, path, mark, message);
    }

    static QString text(const YAML::Node &n)
    {
        return n && n.IsScalar() && !isNullScalar(n) ? toQString(n.Scalar()) : QString();
    }

    /// Per-token price scalar (number or string, any notation) -> per-million text, exactly.
    QString price(const YAML::Node &n, const QString &path)
    {
        const QString t = text(n);
        if (t.isEmpty())
            return {};
        const std::optional<Decimal> d = Decimal::parse(t);
        if (!d || d->isNegative()) {
            warn(QStringLiteral("price-not-imported"), path, n.Mark(),
                 Tr::tr("Price \"%1\" is not a non-negative decimal with at most 12 fractional digits; "
                     "it was not imported.").arg(t));
            return {};
        }
        // Per-million prices read best with cents: "0.80", "4.00"; longer fractions stay as they
        // are, and zero stays "0".
        QString perMillion = d->mulPow10(6).toString();
        const qsizetype dot = perMillion.indexOf(u'.');
        const qsizetype decimals = dot < 0 ? 0 : perMillion.size() - dot - 1;
        return decimals >= 2 || d->isZero() ? perMillion : d->mulPow10(6).toFixed(2);
    }

    std::optional<AuthConfig> auth(const YAML::Node &key, const QString &path)
    {
        const QString t = text(key);
        if (t.isEmpty())
            return std::nullopt;
        static const QString env = QStringLiteral("os.environ/");
        if (!t.startsWith(env)) {
            warn(QStringLiteral("inline-key-not-imported"), path, key.Mark(),
                 Tr::tr("api_key holds a literal key; it was not imported. Put the key in a Secret and "
                     "set auth.secretRef."));
            return std::nullopt;
        }
        // Invert secretEnvName() so that a re-export writes the same NAME:
        //   <REF>_API_KEY -> secretRef <ref>, secretKey api-key (the CRD default)
        //   <REF>_<KEY>   -> secretRef <ref>, secretKey <key>
        const QString name = t.mid(env.size());
        static const QString suffix = QStringLiteral("_API_KEY");
        AuthConfig a;
        a.type = QStringLiteral("apiKey");
        const auto dashed = [](QString s) { return s.toLower().replace(u'_', u'-'); };
        if (name.endsWith(suffix) && name.size() > suffix.size()) {
            a.secretRef = dashed(name.chopped(suffix.size()));
            a.secretKey = QStringLiteral("api-key");
        } else if (const qsizetype cut = name.lastIndexOf(u'_'); cut > 0 && cut < name.size() - 1) {
            a.secretRef = dashed(name.left(cut));
            a.secretKey = dashed(name.mid(cut + 1));
        } else {
            a.secretRef = dashed(name);
            a.secretKey = QStringLiteral("api-key");
        }
        warn(QStringLiteral("secret-ref-derived"), path, key.Mark(),
             Tr::tr("api_key reads the environment variable %1; auth.secretRef \"%2\" was derived from "
                 "it. Check that this Secret exists.").arg(name, a.secretRef));
        return a;
    }

    std::optional<TierEntry> entry(const YAML::Node &item, const QString &path)
    {
        const YAML::Node params = item.IsMap() ? item["litellm_params"] : YAML::Node(); // const: no insert
        if (!params || !params.IsMap() || text(params["model"]).isEmpty()) {
            warn(QStringLiteral("entry-not-imported"), path, item.Mark(),
                 Tr::tr("This model_list entry has no litellm_params.model; it was skipped."));
            return std::nullopt;
        }
        TierEntry t;
        const QString model = text(params["model"]);
        const qsizetype slash = model.indexOf(u'/');
        if (slash > 0) {
            t.provider = model.left(slash);
            t.model = model.mid(slash + 1);
        } else {
            t.provider = QStringLiteral("openai");
            t.model = model;
            warn(QStringLiteral("provider-assumed"), path + QStringLiteral(".litellm_params.model"),
                 params["model"].Mark(),
                 Tr::tr("Model \"%1\" has no provider prefix; LiteLLM treats it as openai, so provider "
                     "\"openai\" was set.").arg(model));
        }
        const QString base = text(params["api_base"]);
        if (ConfigValidator::isHttpUrl(base))
            t.endpoint = base;
        else if (!base.isEmpty())
            warn(QStringLiteral("endpoint-not-imported"), path + QStringLiteral(".litellm_params.api_base"),
                 params["api_base"].Mark(),
                 Tr::tr("api_base \"%1\" is not an http(s) URL; it was not imported.").arg(base));
        t.auth = auth(params["api_key"], path + QStringLiteral(".litellm_params.api_key"));
        t.costPerMillionInput = price(params["input_cost_per_token"], path + QStringLiteral(".litellm_params.input_cost_per_token"));
        t.costPerMillionOutput = price(params["output_cost_per_token"], path + QStringLiteral(".litellm_params.output_cost_per_token"));
        if (const YAML::Node mt = params["max_tokens"]) {
            bool ok = false;
            const int n = text(mt).toInt(&ok);
            if (ok && n > 0)
                t.maxTokens = n;
            else
                warn(QStringLiteral("max-tokens-not-imported"), path + QStringLiteral(".litellm_params.max_tokens"),
                     mt.Mark(), Tr::tr("max_tokens is not a positive integer; it was not imported."));
        }
        QStringList ignored;
        static const QStringList mapped = {QStringLiteral("model"), QStringLiteral("api_base"), QStringLiteral("api_key"),
                                           QStringLiteral("input_cost_per_token"),
                                           QStringLiteral("output_cost_per_token"), QStringLiteral("max_tokens")};
        for (auto it = params.begin(); it != params.end(); ++it)
            if (!mapped.contains(toQString(it->first.Scalar())))
                ignored << toQString(it->first.Scalar());
        if (!ignored.isEmpty())
            warn(QStringLiteral("params-not-imported"), path + QStringLiteral(".litellm_params"), params.Mark(),
                 Tr::tr("litellm_params %1 have no ModelTierConfig field; they were not imported.")
                     .arg(ignored.join(u", ")));
        return t;
    }
};

/// Uses the same auth for every tier as spec.defaultAuth.
void hoistDefaultAuth(TierConfig &config)
{
    if (config.tiers.isEmpty() || !config.tiers.first().auth)
        return;
    const AuthConfig first = *config.tiers.first().auth;
    for (const TierEntry &t : config.tiers)
        if (t.auth != first)
            return;
    config.defaultAuth = first;
    for (TierEntry &t : config.tiers)
        t.auth.reset();
}

} // namespace

namespace LiteLlmConfig {

namespace {
ImportResult importUnguarded(const QByteArray &litellmYaml, const QString &name);
}

ImportResult importConfig(const QByteArray &litellmYaml, const QString &name)
{
    try {
        return importUnguarded(litellmYaml, name);
    } catch (const YAML::Exception &e) {
        ImportResult result;
        Diagnostic d;
        d.code = QStringLiteral("yaml-syntax");
        d.line = e.mark.line >= 0 ? e.mark.line + 1 : 1;
        d.column = e.mark.column >= 0 ? e.mark.column + 1 : 1;
        d.message = Tr::tr("The file could not be read: %1.").arg(toQString(e.msg));
        result.diagnostics.append(d);
        return result;
    }
}

namespace {

ImportResult importUnguarded(const QByteArray &litellmYaml, const QString &name)
{
    ImportResult result;
    result.config.name = name;
    Importer im{result};
    const YamlLoad load = loadYaml(litellmYaml);
    if (load.error) {
        YAML::Mark mark;
        mark.line = load.error->line;
        mark.column = load.error->column;
        im.add(Diagnostic::Severity::Error, load.error->code, {}, mark, load.error->message);
        return result;
    }
    const YAML::Node root = load.root;
    const YAML::Node list = root.IsMap() ? root["model_list"] : YAML::Node();
    if (!list || !list.IsSequence() || list.size() == 0) {
        im.add(Diagnostic::Severity::Error, QStringLiteral("no-model-list"), QStringLiteral("model_list"),
               root.Mark(), Tr::tr("The file has no `model_list:` with entries; nothing to import."));
        return result;
    }
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it->first.Scalar() != "model_list")
            im.warn(QStringLiteral("setting-not-imported"), toQString(it->first.Scalar()), it->first.Mark(),
                    Tr::tr("%1 has no ModelTierConfig equivalent; it was not imported.")
                        .arg(toQString(it->first.Scalar())));

    // Entries named after a tier take it; the others fill the free tiers in order.
    const QStringList tierNames = ConfigValidator::tierNames();
    QList<std::pair<QString, TierEntry>> placed;
    QList<std::pair<qsizetype, TierEntry>> unplaced;
    qsizetype i = 0;
    for (const YAML::Node &item : list) {
        const QString path = QStringLiteral("model_list[%1]").arg(i);
        // An auto router (e.g. tierctl export --to litellm-router) routes to other entries; it is no tier.
        const YAML::Node params = item.IsMap() ? item["litellm_params"] : YAML::Node(); // const: no insert
        const QString routed = params && params.IsMap() ? Importer::text(params["model"]) : QString();
        if (routed.startsWith(QStringLiteral("auto_router/"))) {
            im.warn(QStringLiteral("entry-not-imported"), path, item.Mark(),
                    Tr::tr("model \"%1\" is a LiteLLM auto router (%2), not a model; it was not imported.")
                        .arg(Importer::text(item["model_name"]), routed));
            ++i;
            continue;
        }
        std::optional<TierEntry> t = im.entry(item, path);
        const QString modelName = item.IsMap() ? Importer::text(item["model_name"]) : QString();
        if (t) {
            const bool taken = std::any_of(placed.cbegin(), placed.cend(),
                                           [&](const auto &p) { return p.first == modelName; });
            if (tierNames.contains(modelName) && !taken)
                placed.append({modelName, *t});
            else
                unplaced.append({i, *t});
        }
        ++i;
    }
    for (const auto &[index, t] : unplaced) {
        const YAML::Node item = list[std::size_t(index)];
        const QString path = QStringLiteral("model_list[%1]").arg(index);
        const auto free = std::find_if(tierNames.cbegin(), tierNames.cend(), [&](const QString &n) {
            return std::none_of(placed.cbegin(), placed.cend(), [&](const auto &p) { return p.first == n; });
        });
        if (free == tierNames.cend()) {
            im.warn(QStringLiteral("entry-not-imported"), path, item.Mark(),
                    Tr::tr("model \"%1\": all three tiers are taken; this entry was not imported.")
                        .arg(Importer::text(item["model_name"])));
            continue;
        }
        im.warn(QStringLiteral("tier-assigned"), path + QStringLiteral(".model_name"), item.Mark(),
                Tr::tr("model_name \"%1\" is not a tier name; it was imported as tier \"%2\".")
                    .arg(Importer::text(item["model_name"]), *free));
        placed.append({*free, t});
    }
    for (const QString &tier : tierNames) {
        for (auto &[name, t] : placed) {
            if (name == tier) {
                t.tier = tier;
                result.config.tiers.append(t);
            }
        }
    }
    hoistDefaultAuth(result.config);
    std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    return result;
}

} // namespace

} // namespace LiteLlmConfig
