// ConfigCodec::toYaml: deterministic CRD YAML, unknown fields written back.
#include "configcodec.h"
#include "yamlwalk_p.h"

#include <algorithm>

using namespace ConfigDetail;

namespace {

void emitString(YAML::Emitter &out, const char *key, const QString &value)
{
    if (value.isEmpty())
        return;
    out << YAML::Key << key << YAML::Value << value.toStdString();
}

/// Writes the kept fields whose key the struct did not set itself.
void emitUnknown(YAML::Emitter &out, const UnknownFields &fields, const QStringList &written)
{
    for (const UnknownField &f : fields) {
        if (written.contains(f.key))
            continue;
        YAML::Node value;
        try {
            value = YAML::Load(f.yaml.constData());
        } catch (const YAML::Exception &) {
            continue; // cannot happen for text made by nodeToYaml(); never write broken YAML
        }
        out << YAML::Key << f.key.toStdString() << YAML::Value;
        emitNode(out, value);
    }
}

void emitAuth(YAML::Emitter &out, const AuthConfig &auth)
{
    out << YAML::BeginMap;
    QStringList written;
    for (const auto &[key, value] : {std::pair{"type", auth.type}, std::pair{"secretRef", auth.secretRef},
                                     std::pair{"secretKey", auth.secretKey}}) {
        if (value.isEmpty())
            continue;
        emitString(out, key, value);
        written << QLatin1StringView(key);
    }
    emitUnknown(out, auth.unknownFields, written);
    out << YAML::EndMap;
}

void emitTier(YAML::Emitter &out, const TierEntry &t)
{
    out << YAML::BeginMap;
    QStringList written;
    const auto str = [&](const char *key, const QString &value, bool quoted = false) {
        if (value.isEmpty())
            return;
        out << YAML::Key << key << YAML::Value;
        if (quoted)
            out << YAML::DoubleQuoted;
        out << value.toStdString();
        written << QLatin1StringView(key);
    };
    str("tier", t.tier);
    str("provider", t.provider);
    str("model", t.model);
    str("endpoint", t.endpoint);
    if (t.maxTokens) {
        out << YAML::Key << "maxTokens" << YAML::Value << *t.maxTokens;
        written << QStringLiteral("maxTokens");
    }
    str("costPerMillionInput", t.costPerMillionInput, true);
    str("costPerMillionOutput", t.costPerMillionOutput, true);
    if (t.auth) {
        out << YAML::Key << "auth" << YAML::Value;
        emitAuth(out, *t.auth);
        written << QStringLiteral("auth");
    }
    emitUnknown(out, t.unknownFields, written);
    out << YAML::EndMap;
}

} // namespace

namespace ConfigCodec {

QByteArray toYaml(const TierConfig &config)
{
    YAML::Emitter out;
    out.SetIndent(2);
    out << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << TierConfig::ApiVersion;
    out << YAML::Key << "kind" << YAML::Value << TierConfig::Kind;
    out << YAML::Key << "metadata" << YAML::Value << YAML::BeginMap;
    emitString(out, "name", config.name);
    emitUnknown(out, config.metadataFields, config.name.isEmpty() ? QStringList() : QStringList{QStringLiteral("name")});
    out << YAML::EndMap;
    out << YAML::Key << "spec" << YAML::Value << YAML::BeginMap;
    QStringList written;
    if (config.defaultAuth) {
        out << YAML::Key << "defaultAuth" << YAML::Value;
        emitAuth(out, *config.defaultAuth);
        written << QStringLiteral("defaultAuth");
    }
    // A `tiers:` that was not a list is kept as written until the struct has tiers again.
    const bool keptTiers = std::any_of(config.specFields.cbegin(), config.specFields.cend(),
                                       [](const UnknownField &f) { return f.key == u"tiers"; });
    if (!config.tiers.isEmpty() || !keptTiers) {
        out << YAML::Key << "tiers" << YAML::Value << YAML::BeginSeq;
        for (const TierEntry &t : config.tiers)
            emitTier(out, t);
        out << YAML::EndSeq;
        written << QStringLiteral("tiers");
    }
    emitUnknown(out, config.specFields, written);
    out << YAML::EndMap;
    emitUnknown(out, config.topLevelFields,
                {QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("metadata"),
                 QStringLiteral("spec")});
    out << YAML::EndMap;
    return QByteArray(out.c_str(), qsizetype(out.size())) + '\n';
}

QByteArray toYaml(const QList<ConfigDocument> &documents)
{
    QByteArray result;
    for (const ConfigDocument &doc : documents) {
        const qsizetype firstBreak = doc.source.indexOf('\n');
        const QByteArray firstLine = doc.source.left(firstBreak < 0 ? doc.source.size() : firstBreak);
        const bool hasMarker = firstLine == "---" || firstLine.startsWith("--- ") || firstLine.startsWith("---\t");
        QByteArray text = doc.source;
        if (doc.kind == ConfigDocument::Kind::TierConfig) {
            // Regenerate only what was edited: an unchanged document keeps its comments and layout.
            const ParsedConfigFile original = parse(doc.source);
            const bool unchanged = original.documents.size() == 1
                                   && original.documents.constFirst().kind == ConfigDocument::Kind::TierConfig
                                   && original.documents.constFirst().tierConfig == doc.tierConfig;
            if (!unchanged)
                text = (hasMarker ? firstLine + '\n' : QByteArray()) + toYaml(doc.tierConfig);
        }
        if (!result.isEmpty() && !hasMarker)
            result += "---\n";
        result += text;
        if (!result.endsWith('\n'))
            result += '\n';
    }
    return result;
}

std::optional<QByteArray> validatedCrdYaml(const QList<ConfigDocument> &documents, const Diagnostics &diagnostics)
{
    if (::hasErrors(diagnostics))
        return std::nullopt;
    return toYaml(documents);
}

} // namespace ConfigCodec
