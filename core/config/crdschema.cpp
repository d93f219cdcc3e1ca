// The bundled CRD schemas: loaded once from the Qt resources, prepared for valijson, and
// mirrored as a small tree (SchemaNode) for the unknown-field walk and the messages.
#include "configvalidator.h"
#include "crdschema_p.h"
#include "crdschematree_p.h"
#include "kubeflatadapter_p.h"
#include "kubeyamladapter_p.h"

#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>

#include <QFile>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace ConfigDetail {

namespace {

bool isOneOf(const std::string &s, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (s == w)
            return true;
    return false;
}

bool allDigits(const std::string &s, size_t from, const char *digits)
{
    if (from >= s.size())
        return false;
    for (size_t i = from; i < s.size(); ++i)
        if (!std::strchr(digits, s[i]))
            return false;
    return true;
}

bool isFloatText(const std::string &s)
{
    size_t i = (s[0] == '+' || s[0] == '-') ? 1 : 0;
    if (isOneOf(s.substr(i), {".inf", ".Inf", ".INF"}) || isOneOf(s, {".nan", ".NaN", ".NAN"}))
        return true;
    size_t intDigits = 0, fracDigits = 0;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
        ++i, ++intDigits;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
            ++i, ++fracDigits;
    }
    if (intDigits == 0 && fracDigits == 0)
        return false;
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        return allDigits(s, i, "0123456789");
    }
    return i == s.size();
}

} // namespace

bool scalarInteger(const std::string &text, std::int64_t &out)
{
    const char *b = text.data();
    const char *e = b + text.size();
    int base = 10;
    if (text.size() > 2 && text[0] == '0' && (text[1] == 'o' || text[1] == 'x')) {
        base = text[1] == 'o' ? 8 : 16;
        b += 2;
    } else if (b != e && *b == '+') {
        ++b;
    }
    const auto [end, ec] = std::from_chars(b, e, out, base);
    return ec == std::errc() && end == e;
}

double scalarDouble(const std::string &text)
{
    std::int64_t i = 0;
    if (scalarInteger(text, i))
        return double(i);
    const std::string t = (text[0] == '+') ? text.substr(1) : text;
    if (t.find("inf") != std::string::npos || t.find("Inf") != std::string::npos || t.find("INF") != std::string::npos)
        return t[0] == '-' ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    if (t.find("nan") != std::string::npos || t.find("NaN") != std::string::npos || t.find("NAN") != std::string::npos)
        return std::numeric_limits<double>::quiet_NaN();
    return std::strtod(t.c_str(), nullptr);
}

ScalarType scalarType(const YAML::Node &node)
{
    const std::string &tag = node.Tag();
    if (tag == "!" || tag == "tag:yaml.org,2002:str")
        return ScalarType::String;
    const std::string &s = node.Scalar();
    if (s.empty() || isOneOf(s, {"~", "null", "Null", "NULL"}))
        return ScalarType::Null;
    // Most strings start with a letter that no number or boolean starts with.
    if (!std::strchr("0123456789+-.tTfFyYnNoO", s.front()))
        return ScalarType::String;
    // kubectl reads manifests with sigs.k8s.io/yaml (go-yaml v2), whose booleans are YAML 1.1's:
    // `value: yes` reaches the API server as true, and a string field refuses it.
    if (isOneOf(s, {"true", "True", "TRUE", "false", "False", "FALSE", "y", "Y", "yes", "Yes", "YES", "n", "N",
                    "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF"}))
        return ScalarType::Bool;
    const size_t sign = (s[0] == '+' || s[0] == '-') ? 1 : 0;
    const bool octal = s.size() > 2 && s.compare(0, 2, "0o") == 0 && allDigits(s, 2, "01234567");
    const bool hex = s.size() > 2 && s.compare(0, 2, "0x") == 0 && allDigits(s, 2, "0123456789abcdefABCDEF");
    if (octal || hex || allDigits(s, sign, "0123456789")) {
        std::int64_t v = 0;
        return scalarInteger(s, v) ? ScalarType::Integer : ScalarType::Float; // past int64: a float
    }
    return isFloatText(s) ? ScalarType::Float : ScalarType::String;
}

FlatTree::FlatTree(const YAML::Node &root)
{
    nodes.reserve(64);
    nodes.emplace_back();
    fill(0, root);
}

void FlatTree::fill(std::uint32_t index, const YAML::Node &node)
{
    if (node.IsScalar()) {
        nodes[index].type = scalarType(node);
        nodes[index].scalar = &node.Scalar();
        return;
    }
    if (!node.IsMap() && !node.IsSequence())
        return; // null
    const bool map = node.IsMap();
    std::uint32_t count = 0;
    for (const auto &entry : node) // a map's null-valued members are pruned
        count += map && (!entry.first.IsScalar() || isPrunedNull(entry.second)) ? 0 : 1;
    const auto first = std::uint32_t(nodes.size());
    nodes[index].kind = map ? FlatNode::Kind::Map : FlatNode::Kind::Sequence;
    nodes[index].first = first;
    nodes[index].count = count;
    nodes.resize(first + count);
    std::uint32_t i = first;
    for (const auto &entry : node) {
        if (map) {
            if (!entry.first.IsScalar() || isPrunedNull(entry.second))
                continue;
            nodes[i].key = &entry.first.Scalar();
            fill(i++, entry.second);
        } else {
            fill(i++, entry); // a sequence's entry is the item itself
        }
    }
}

namespace {

const char *resourceName(CrdSchemaId id)
{
    switch (id) {
    case CrdSchemaId::TierConfig: return ":/tierbench/crd/modeltierconfig.json";
    case CrdSchemaId::ModelApi202512: return ":/tierbench/crd/modelapi-2025-12.json";
    case CrdSchemaId::ModelApi202601: return ":/tierbench/crd/modelapi-2026-01.json";
    }
    return "";
}

const std::string QuantityPattern = ConfigValidator::QuantityPattern;

std::string scalarOf(const YAML::Node &map, const char *key)
{
    const YAML::Node v = map[key];
    return v && v.IsScalar() ? v.Scalar() : std::string();
}

/// Mirrors `node` as a SchemaNode and adapts it for valijson in place: a `format` of int32 or
/// int64 becomes minimum/maximum (valijson does not check those formats and reads any format
/// as a string); a required property that has a default is not required (the API server
/// applies defaults before it validates).
std::unique_ptr<SchemaNode> prepare(YAML::Node node)
{
    auto out = std::make_unique<SchemaNode>();
    if (!node.IsMap())
        return out;
    const YAML::Node &c = node; // lookups through a const handle never insert

    out->type = scalarOf(node, "type");
    out->format = scalarOf(node, "format");
    out->intOrString = scalarOf(node, "x-kubernetes-int-or-string") == "true";
    out->preserveUnknown = scalarOf(node, "x-kubernetes-preserve-unknown-fields") == "true";
    out->pattern = scalarOf(node, "pattern");
    out->quantity = out->intOrString && out->pattern == QuantityPattern;
    if (const YAML::Node e = c["enum"]; e && e.IsSequence())
        for (const YAML::Node &v : e)
            out->enumValues.push_back(v.Scalar());
    if (const YAML::Node m = c["minimum"]; m && m.IsScalar())
        out->minimum = scalarDouble(m.Scalar());
    if (const YAML::Node m = c["maximum"]; m && m.IsScalar())
        out->maximum = scalarDouble(m.Scalar());
    if (out->format == "int32" || out->format == "int64") {
        const bool is32 = out->format == "int32";
        if (!c["minimum"])
            node["minimum"] = is32 ? std::int64_t(std::numeric_limits<std::int32_t>::min())
                                   : std::numeric_limits<std::int64_t>::min();
        if (!c["maximum"])
            node["maximum"] = is32 ? std::int64_t(std::numeric_limits<std::int32_t>::max())
                                   : std::numeric_limits<std::int64_t>::max();
    }
    if (c["format"])
        node.remove("format");
    if (YAML::Node props = c["properties"]; props && props.IsMap()) {
        out->hasProperties = true;
        for (auto it = props.begin(); it != props.end(); ++it)
            out->properties.emplace(it->first.Scalar(), prepare(it->second));
        if (YAML::Node req = c["required"]; req && req.IsSequence()) {
            YAML::Node kept(YAML::NodeType::Sequence);
            for (const YAML::Node &name : req) {
                const YAML::Node prop = static_cast<const YAML::Node &>(props)[name.Scalar()];
                if (prop && prop.IsMap() && static_cast<const YAML::Node &>(prop)["default"])
                    continue;
                kept.push_back(name);
            }
            node["required"] = kept;
        }
    }
    if (YAML::Node items = c["items"]; items && items.IsMap())
        out->items = prepare(items);
    if (YAML::Node extra = c["additionalProperties"]; extra && extra.IsMap())
        out->additional = prepare(extra);
    else if (extra && extra.IsScalar() && extra.Scalar() == "true")
        out->preserveUnknown = true;
    if (YAML::Node any = c["anyOf"]; any && any.IsSequence())
        for (YAML::Node alt : any)
            prepare(alt);
    return out;
}

std::unique_ptr<LoadedSchema> load(CrdSchemaId id)
{
    auto loaded = std::make_unique<LoadedSchema>();
    QFile file(QLatin1StringView(resourceName(id)));
    if (!file.open(QIODevice::ReadOnly)) {
        loaded->error = QStringLiteral("the bundled schema %1 is missing").arg(file.fileName());
        return loaded;
    }
    try {
        YAML::Node json = YAML::Load(file.readAll().toStdString()); // JSON is YAML
        loaded->tree = prepare(json);
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft4);
        parser.populateSchema(KubeYamlAdapter(json), loaded->schema);
    } catch (const std::exception &e) {
        loaded->error = QStringLiteral("the bundled schema %1 could not be read: %2")
                            .arg(file.fileName(), QString::fromUtf8(e.what()));
    }
    return loaded;
}

} // namespace

const LoadedSchema &loadedSchema(CrdSchemaId id)
{
    // Parsed once per process; function-local statics are initialised thread-safely.
    static const std::unique_ptr<LoadedSchema> tier = load(CrdSchemaId::TierConfig);
    static const std::unique_ptr<LoadedSchema> v202512 = load(CrdSchemaId::ModelApi202512);
    static const std::unique_ptr<LoadedSchema> v202601 = load(CrdSchemaId::ModelApi202601);
    switch (id) {
    case CrdSchemaId::TierConfig: return *tier;
    case CrdSchemaId::ModelApi202512: return *v202512;
    case CrdSchemaId::ModelApi202601: return *v202601;
    }
    return *tier;
}

QString crdSchemaLabel(CrdSchemaId id)
{
    switch (id) {
    case CrdSchemaId::TierConfig: return QStringLiteral("ModelTierConfig (core.infraagent.io/v1alpha1)");
    case CrdSchemaId::ModelApi202512: return QStringLiteral("KAOS ModelAPI 2025-12 (ethical.institute/v1alpha1)");
    case CrdSchemaId::ModelApi202601: return QStringLiteral("KAOS ModelAPI 2026-01 (ethical.institute/v1alpha1)");
    }
    return {};
}

SchemaPick pickModelApiSchema(const YAML::Node &root)
{
    QStringList only202512;
    QStringList only202601;
    if (const YAML::Node spec = root["spec"]; spec && spec.IsMap()) {
        if (!isPrunedNull(spec["serverConfig"]))
            only202512 << QStringLiteral("spec.serverConfig");
        for (const char *key : {"hostedConfig", "podSpec", "gatewayRoute"})
            if (!isPrunedNull(spec[key]))
                only202601 << QStringLiteral("spec.") + QLatin1StringView(key);
        if (const YAML::Node proxy = spec["proxyConfig"]; proxy && proxy.IsMap()) {
            const YAML::Node config = proxy["configYaml"];
            if (config && config.IsScalar() && !isPrunedNull(config))
                only202512 << QStringLiteral("a string spec.proxyConfig.configYaml");
            else if (config && config.IsMap())
                only202601 << QStringLiteral("spec.proxyConfig.configYaml.fromString/fromSecretKeyRef");
        }
    }
    SchemaPick pick;
    if (only202512.size() > only202601.size()) {
        pick.id = CrdSchemaId::ModelApi202512;
        pick.reason = ValidatorTr::tr("it uses %1").arg(only202512.join(u", "));
    } else if (!only202601.isEmpty()) {
        pick.reason = ValidatorTr::tr("it uses %1").arg(only202601.join(u", "));
    } else {
        pick.reason = ValidatorTr::tr("it uses no field that only one version has, so the newer one applies");
    }
    if (!only202512.isEmpty() && !only202601.isEmpty())
        pick.reason += ValidatorTr::tr("; it also has %1 from the other version, which this one does not know")
                           .arg((pick.id == CrdSchemaId::ModelApi202512 ? only202601 : only202512).join(u", "));
    return pick;
}

} // namespace ConfigDetail
