// The ModelTierConfig rules: walks the document, fills TierConfig, reports what is wrong.
#include "configvalidator.h"
#include "yamlwalk_p.h"

#include "money/decimal.h"

#include <QCoreApplication>
#include <limits>

namespace ConfigDetail {

namespace {

void keep(UnknownFields &fields, const YAML::Node &key, const YAML::Node &value)
{
    fields.append({toQString(key.Scalar()), nodeToYaml(value)});
}

/// Reads an optional string field. A wrong-typed value is reported, kept in `fields`, and
/// leaves `target` empty. Returns true when `target` got a value.
bool readString(const YAML::Node &key, const YAML::Node &value, const QString &path, QString &target,
                UnknownFields &fields, Walk &walk)
{
    if (isNullScalar(value))
        return false;
    if (!isStringScalar(value)) {
        walk.error(QStringLiteral("wrong-type"), path, walk.pos(value),
                   ValidatorTr::tr("%1 must be a string, not %2. Quote it if it is meant as text.")
                       .arg(path, describe(value)));
        keep(fields, key, value);
        return false;
    }
    target = toQString(value.Scalar());
    return true;
}

void unknownField(const YAML::Node &key, const YAML::Node &value, const QString &path,
                  UnknownFields &fields, Walk &walk, const QString &known)
{
    walk.warning(QStringLiteral("unknown-field"), path, walk.pos(key),
                 ValidatorTr::tr("Unknown field \"%1\"; it is kept when saving but the operator ignores it. "
                    "Known fields here: %2.").arg(toQString(key.Scalar()), known));
    keep(fields, key, value);
}

void readAuth(const YAML::Node &node, const QString &path, std::optional<AuthConfig> &target,
              Walk &walk)
{
    if (!node.IsMap()) {
        walk.error(QStringLiteral("wrong-type"), path, walk.pos(node),
                   ValidatorTr::tr("%1 must be a mapping with `type:` (and `secretRef:` for apiKey), not %2.")
                       .arg(path, describe(node)));
        return;
    }
    AuthConfig auth;
    bool hasType = false;
    for (const auto &kv : node) { // one iterator dereference per entry
        const QString key = toQString(kv.first.Scalar());
        const QString child = joinPath(path, key);
        if (key == u"type") {
            if (readString(kv.first, kv.second, child, auth.type, auth.unknownFields, walk)) {
                hasType = true;
                if (!ConfigValidator::authTypes().contains(auth.type))
                    walk.error(QStringLiteral("auth-type"), child, walk.pos(kv.second),
                               ValidatorTr::tr("Auth type \"%1\" is not one of %2.")
                                   .arg(auth.type, ConfigValidator::authTypes().join(u", ")));
            } else if (isNullScalar(kv.second)) {
                hasType = false;
            } else {
                hasType = true; // reported as wrong-type
            }
        } else if (key == u"secretRef") {
            readString(kv.first, kv.second, child, auth.secretRef, auth.unknownFields, walk);
        } else if (key == u"secretKey") {
            readString(kv.first, kv.second, child, auth.secretKey, auth.unknownFields, walk);
        } else {
            unknownField(kv.first, kv.second, child, auth.unknownFields, walk,
                         QStringLiteral("type, secretRef, secretKey"));
        }
    }
    if (!hasType)
        walk.error(QStringLiteral("missing-auth-type"), joinPath(path, QStringLiteral("type")),
                   walk.keyOrValue(path),
                   ValidatorTr::tr("%1 has no `type:`. Add one of %2.")
                       .arg(path, ConfigValidator::authTypes().join(u", ")));
    if (auth.type == u"apiKey" && auth.secretRef.isEmpty())
        walk.warning(QStringLiteral("apikey-no-secret-ref"), joinPath(path, QStringLiteral("secretRef")),
                     walk.keyOrValue(joinPath(path, QStringLiteral("type"))),
                     ValidatorTr::tr("apiKey auth without `secretRef:`: the operator will not find a key. Name "
                        "the Secret that holds it, e.g. `secretRef: llm-api-key`."));
    target = auth;
}

void readMaxTokens(const YAML::Node &key, const YAML::Node &value, const QString &path,
                   TierEntry &entry, Walk &walk)
{
    const QString text = value.IsScalar() ? toQString(value.Scalar()) : QString();
    bool ok = false;
    const qlonglong n = text.toLongLong(&ok);
    const bool plainInt = value.IsScalar() && !isQuoted(value) && ok && !text.startsWith(u'+');
    if (plainInt && n > 0 && n <= std::numeric_limits<int>::max()) {
        entry.maxTokens = int(n);
        return;
    }
    QString why;
    if (isQuoted(value))
        why = ValidatorTr::tr("it is a quoted string; write the number without quotes");
    else if (plainInt)
        why = ValidatorTr::tr("it must be between 1 and %1").arg(std::numeric_limits<int>::max());
    else
        why = ValidatorTr::tr("it is %1").arg(describe(value));
    walk.error(QStringLiteral("max-tokens"), path, walk.pos(value),
               ValidatorTr::tr("maxTokens must be a positive whole number such as 4096: %1.").arg(why));
    keep(entry.unknownFields, key, value);
}

void readCost(const YAML::Node &key, const YAML::Node &value, const QString &path, QString &target,
              TierEntry &entry, Walk &walk)
{
    if (isNullScalar(value))
        return;
    const QString text = value.IsScalar() ? toQString(value.Scalar()) : QString();
    if (!isStringScalar(value)) {
        walk.error(QStringLiteral("cost-not-string"), path, walk.pos(value),
                   value.IsScalar() && !isNullScalar(value)
                       ? ValidatorTr::tr("%1 is a YAML number; the CRD wants a decimal string. Quote it: "
                            "%2: \"%3\".").arg(path, toQString(key.Scalar()), text)
                       : ValidatorTr::tr("%1 must be a decimal string such as \"0.80\", not %2.")
                             .arg(path, describe(value)));
        keep(entry.unknownFields, key, value);
        return;
    }
    target = text;
    const std::optional<Decimal> price = Decimal::parse(text); // nullopt past Decimal's range
    if (ConfigValidator::isNonNegativeDecimal(text)
        && (!price || *price > Decimal::fromInt(ConfigValidator::MaxPricePerMillion)))
        walk.error(QStringLiteral("cost-too-large"), path, walk.pos(value),
                   ValidatorTr::tr("%1 \"%2\" is more than %3 USD per million tokens, which no model costs; check the "
                      "number (it is USD per million tokens, not per token).")
                       .arg(path, text).arg(ConfigValidator::MaxPricePerMillion));
    else if (!ConfigValidator::isNonNegativeDecimal(text))
        walk.error(QStringLiteral("cost-invalid"), path, walk.pos(value),
                   ValidatorTr::tr("%1 \"%2\" is not a non-negative decimal in USD per million tokens; write "
                      "it like \"0.80\" or \"0\" (no sign, unit, exponent or more than 12 decimals).")
                       .arg(path, text));
}

void readTier(const YAML::Node &node, const QString &path, TierEntry &entry, Walk &walk)
{
    static const QString known = QStringLiteral(
        "tier, provider, model, endpoint, maxTokens, costPerMillionInput, costPerMillionOutput, auth");
    for (const auto &kv : node) { // one iterator dereference per entry
        // `kv` lives for the whole iteration (a reference into `it->` would dangle).
        const YAML::Node &k = kv.first;
        const YAML::Node &v = kv.second;
        const QString key = toQString(k.Scalar());
        const QString child = joinPath(path, key);
        if (key == u"tier") {
            if (readString(k, v, child, entry.tier, entry.unknownFields, walk)
                && !ConfigValidator::tierNames().contains(entry.tier)) {
                const QString lower = entry.tier.toLower();
                walk.error(QStringLiteral("tier-enum"), child, walk.pos(v),
                           ConfigValidator::tierNames().contains(lower)
                               ? ValidatorTr::tr("Tier \"%1\" is not one of %2; tier names are lower-case: "
                                    "write \"%3\".").arg(entry.tier, ConfigValidator::tierNames().join(u", "), lower)
                               : ValidatorTr::tr("Tier \"%1\" is not one of %2.")
                                     .arg(entry.tier, ConfigValidator::tierNames().join(u", ")));
            }
        } else if (key == u"provider") {
            readString(k, v, child, entry.provider, entry.unknownFields, walk);
        } else if (key == u"model") {
            readString(k, v, child, entry.model, entry.unknownFields, walk);
        } else if (key == u"endpoint") {
            if (readString(k, v, child, entry.endpoint, entry.unknownFields, walk)
                && !ConfigValidator::isHttpUrl(entry.endpoint))
                walk.error(QStringLiteral("endpoint-url"), child, walk.pos(v),
                           ValidatorTr::tr("endpoint \"%1\" is not an http:// or https:// URL with a host, e.g. "
                              "http://localhost:11434/v1.").arg(entry.endpoint));
            else if (ConfigValidator::isCleartextRemote(entry.endpoint))
                walk.warning(QStringLiteral("insecure-endpoint"), child, walk.pos(v),
                             ValidatorTr::tr("endpoint \"%1\" is plain http:// to another machine: keys and prompts cross "
                                "the network unencrypted. Use https://, or a loopback address for a local "
                                "server.").arg(entry.endpoint));
        } else if (key == u"maxTokens") {
            if (!isNullScalar(v))
                readMaxTokens(k, v, child, entry, walk);
        } else if (key == u"costPerMillionInput") {
            readCost(k, v, child, entry.costPerMillionInput, entry, walk);
        } else if (key == u"costPerMillionOutput") {
            readCost(k, v, child, entry.costPerMillionOutput, entry, walk);
        } else if (key == u"auth") {
            readAuth(v, child, entry.auth, walk);
            if (!v.IsMap())
                keep(entry.unknownFields, k, v); // reported; kept as written
        } else {
            unknownField(k, v, child, entry.unknownFields, walk, known);
        }
    }
    const auto requireField = [&](const QString &field, const QString &value, const QString &code,
                                  const QString &example) {
        if (!value.isEmpty())
            return;
        if (const YAML::Node v = node[field.toStdString()]; v && !isNullScalar(v))
            return; // present but wrong-typed: already reported

        walk.error(code, joinPath(path, field), walk.keyOrValue(joinPath(path, field)),
                   ValidatorTr::tr("%1 has no `%2:`. Add one, e.g. `%2: %3`.").arg(path, field, example));
    };
    requireField(QStringLiteral("tier"), entry.tier, QStringLiteral("missing-tier"), QStringLiteral("standard"));
    requireField(QStringLiteral("provider"), entry.provider, QStringLiteral("missing-provider"), QStringLiteral("anthropic"));
    requireField(QStringLiteral("model"), entry.model, QStringLiteral("missing-model"), QStringLiteral("claude-sonnet-4-20250514"));
    // Only anthropic and openai have a built-in endpoint (seed: "Provider Support").
    static const QStringList builtIn = {QStringLiteral("anthropic"), QStringLiteral("openai")};
    if (!entry.provider.isEmpty() && entry.endpoint.isEmpty() && !builtIn.contains(entry.provider)
        && !node["endpoint"])
        walk.warning(QStringLiteral("missing-endpoint"), joinPath(path, QStringLiteral("endpoint")),
                     walk.pos(node["provider"]),
                     ValidatorTr::tr("Provider \"%1\" has no built-in endpoint. Set `endpoint:` (e.g. "
                        "http://localhost:11434/v1 for Ollama) unless the operator's environment "
                        "provides it.").arg(entry.provider));
}

void readTiers(const YAML::Node &tiers, const QString &path, TierConfig &config, Walk &walk)
{
    if (!tiers.IsSequence()) {
        walk.error(QStringLiteral("tiers-not-list"), path, walk.pos(tiers),
                   ValidatorTr::tr("spec.tiers must be a list of `- tier: ...` entries, not %1.").arg(describe(tiers)));
        return;
    }
    if (tiers.size() == 0) {
        walk.error(QStringLiteral("tiers-empty"), path, walk.pos(tiers),
                   ValidatorTr::tr("spec.tiers is empty. Add at least one tier (fast, standard or reasoning)."));
        return;
    }
    QHash<QString, int> firstLine;
    qsizetype i = 0;
    for (const YAML::Node &item : tiers) {
        const QString itemPath = indexPath(path, i++);
        if (!item.IsMap()) {
            walk.error(QStringLiteral("tier-not-mapping"), itemPath, walk.pos(item),
                       ValidatorTr::tr("%1 must be a mapping with tier, provider and model, not %2.")
                           .arg(itemPath, describe(item)));
            continue;
        }
        TierEntry entry;
        readTier(item, itemPath, entry, walk);
        if (!entry.tier.isEmpty()) {
            const SourcePosition at = walk.pos(item["tier"]);
            if (firstLine.contains(entry.tier))
                walk.error(QStringLiteral("duplicate-tier"), joinPath(itemPath, QStringLiteral("tier")), at,
                           ValidatorTr::tr("Tier \"%1\" is already defined on line %2; each tier may appear once.")
                               .arg(entry.tier, QString::number(firstLine.value(entry.tier))));
            else
                firstLine.insert(entry.tier, at.line);
        }
        config.tiers.append(entry);
    }
}

void readSpec(const YAML::Node &spec, TierConfig &config, Walk &walk)
{
    const QString path = QStringLiteral("spec");
    if (!spec.IsMap()) {
        walk.error(QStringLiteral("wrong-type"), path, walk.pos(spec),
                   ValidatorTr::tr("spec must be a mapping with `tiers:`, not %1.").arg(describe(spec)));
        return;
    }
    bool hasTiers = false;
    for (const auto &kv : spec) { // one iterator dereference per entry
        const QString key = toQString(kv.first.Scalar());
        const QString child = joinPath(path, key);
        if (key == u"defaultAuth") {
            readAuth(kv.second, child, config.defaultAuth, walk);
            if (!kv.second.IsMap())
                keep(config.specFields, kv.first, kv.second); // reported; kept as written
        } else if (key == u"tiers") {
            if (isNullScalar(kv.second))
                continue;
            hasTiers = true;
            readTiers(kv.second, child, config, walk);
            if (!kv.second.IsSequence())
                keep(config.specFields, kv.first, kv.second); // reported; kept as written
        } else {
            unknownField(kv.first, kv.second, child, config.specFields, walk,
                         QStringLiteral("defaultAuth, tiers"));
        }
    }
    if (!hasTiers)
        walk.error(QStringLiteral("missing-tiers"), QStringLiteral("spec.tiers"),
                   walk.keyOrValue(QStringLiteral("spec.tiers")),
                   ValidatorTr::tr("spec has no `tiers:`. Add a list with at least one `- tier: ...` entry."));
}

} // namespace

void readTierConfig(const YAML::Node &root, Walk &walk)
{
    TierConfig &config = walk.doc->tierConfig;
    config.name = readMetadataName(root, walk);
    for (const auto &kv : root) { // one iterator dereference per entry
        const QString key = toQString(kv.first.Scalar());
        if (key == u"apiVersion" || key == u"kind" || key == u"spec")
            continue;
        if (key == u"metadata") {
            if (kv.second.IsMap())
                for (auto m = kv.second.begin(); m != kv.second.end(); ++m)
                    if (m->first.Scalar() != "name" || config.name.isEmpty())
                        keep(config.metadataFields, m->first, m->second);
        } else if (key == u"status") {
            keep(config.topLevelFields, kv.first, kv.second);
        } else {
            unknownField(kv.first, kv.second, key, config.topLevelFields, walk,
                         QStringLiteral("apiVersion, kind, metadata, spec, status"));
        }
    }
    const YAML::Node spec = root["spec"];
    if (!spec || isNullScalar(spec)) {
        walk.error(QStringLiteral("missing-spec"), QStringLiteral("spec"), walk.keyOrValue(QStringLiteral("spec")),
                   ValidatorTr::tr("The ModelTierConfig has no `spec:`. Add `spec:` with a `tiers:` list."));
        return;
    }
    readSpec(spec, config, walk);
}

} // namespace ConfigDetail
