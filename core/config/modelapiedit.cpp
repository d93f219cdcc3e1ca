#include "modelapiedit.h"

#include "configvalidator.h"
#include "kubeyamladapter_p.h"
#include "modelapiyaml_p.h"
#include "yamlguard_p.h"
#include "yamlwalk_p.h"

using namespace ConfigDetail;

namespace {

YAML::Node quoted(const QString &value)
{
    YAML::Node n(value.toStdString());
    n.SetTag("!"); // emitNode() double-quotes it: a string whatever it looks like
    return n;
}

/// Plain when YAML reads it back as the same string (OPENAI_API_KEY), else quoted ("1").
YAML::Node text(const QString &value)
{
    YAML::Node n(value.toStdString());
    return scalarType(n) == ScalarType::String ? n : quoted(value);
}

/// Loads a private copy of the document's tree, applies `change` to its `spec`, writes it.
template<typename F>
ModelApiEdit::Result edit(const ConfigDocument &doc, F change)
{
    ModelApiEdit::Result result;
    if (doc.kind != ConfigDocument::Kind::ModelApi) {
        result.error = ValidatorTr::tr("Only a ModelAPI document is edited here.");
        return result;
    }
    const YamlLoad load = loadYaml(doc.source);
    if (load.error || !load.root.IsMap()) {
        result.error = ValidatorTr::tr("Fix the YAML first: the document does not parse.");
        return result;
    }
    try {
        YAML::Node root = YAML::Clone(load.root);
        if (root["spec"] && !root["spec"].IsMap()) {
            result.error = ValidatorTr::tr("spec is not a mapping; fix it in the YAML view.");
            return result;
        }
        YAML::Node spec = root["spec"];
        if (const QString e = change(spec); !e.isEmpty()) {
            result.error = e;
            return result;
        }
        result.source = leadingLines(doc.source) + nodeToYaml(root) + '\n';
    } catch (const YAML::Exception &e) {
        result.error = ValidatorTr::tr("The edit could not be applied: %1.").arg(toQString(e.msg));
    }
    return result;
}

/// spec[block] as a mapping (created when missing); empty when it is something else.
QString block(YAML::Node &spec, const std::string &key, YAML::Node &out)
{
    const YAML::Node &c = spec;
    if (c[key] && !c[key].IsMap() && !isNullScalar(c[key]))
        return ValidatorTr::tr("spec.%1 is not a mapping; fix it in the YAML view.").arg(toQString(key));
    if (!c[key] || isNullScalar(c[key]))
        spec[key] = YAML::Node(YAML::NodeType::Map);
    out.reset(spec[key]);
    return {};
}

} // namespace

namespace ModelApiEdit {

QString hostedBlock(const ConfigDocument &doc)
{
    return doc.schemaName.contains(u"2025-12") ? QStringLiteral("serverConfig") : QStringLiteral("hostedConfig");
}

Result setField(const ConfigDocument &doc, Field field, const QString &value)
{
    return edit(doc, [&](YAML::Node &spec) -> QString {
        if (field == Field::Mode) {
            if (value.isEmpty())
                spec.remove("mode");
            else
                spec["mode"] = value.toStdString(); // an enum: plain, as the samples write it
            return {};
        }
        const std::string blockKey = field == Field::HostedModel ? hostedBlock(doc).toStdString() : "proxyConfig";
        const std::string key = field == Field::ApiBase ? "apiBase" : "model";
        YAML::Node b;
        if (const QString e = block(spec, blockKey, b); !e.isEmpty())
            return e;
        if (value.isEmpty())
            b.remove(key);
        else
            b[key] = quoted(value);
        return {};
    });
}

Result setEnv(const ConfigDocument &doc, bool hosted, const QList<EnvVar> &env)
{
    return edit(doc, [&](YAML::Node &spec) -> QString {
        YAML::Node b;
        if (const QString e = block(spec, hosted ? hostedBlock(doc).toStdString() : "proxyConfig", b); !e.isEmpty())
            return e;
        if (env.isEmpty()) {
            b.remove("env");
            return {};
        }
        YAML::Node list(YAML::NodeType::Sequence);
        for (const EnvVar &v : env) {
            YAML::Node item(YAML::NodeType::Map);
            item["name"] = text(v.name);
            if (!v.secretName.isEmpty() || !v.secretKey.isEmpty()) {
                YAML::Node ref(YAML::NodeType::Map);
                ref["name"] = text(v.secretName);
                ref["key"] = text(v.secretKey);
                item["valueFrom"]["secretKeyRef"] = ref;
            } else {
                item["value"] = quoted(v.value);
            }
            list.push_back(item);
        }
        b["env"] = list;
        return {};
    });
}

Result setResources(const ConfigDocument &doc, const QMap<QString, QString> &requests,
                    const QMap<QString, QString> &limits)
{
    for (const QMap<QString, QString> *group : {&requests, &limits})
        for (auto it = group->cbegin(); it != group->cend(); ++it)
            if (!ConfigValidator::isQuantity(it.value()))
                return {{}, ValidatorTr::tr("%1 \"%2\" is not a Kubernetes quantity: write a number with an optional unit, "
                               "e.g. 500m, 2 or 8Gi.").arg(it.key(), it.value())};
    return edit(doc, [&](YAML::Node &spec) -> QString {
        const bool none = requests.isEmpty() && limits.isEmpty();
        YAML::Node resources(YAML::NodeType::Map);
        for (const auto &[key, group] : {std::pair{"requests", &requests}, std::pair{"limits", &limits}}) {
            if (group->isEmpty())
                continue;
            YAML::Node values(YAML::NodeType::Map);
            for (auto it = group->cbegin(); it != group->cend(); ++it)
                values[it.key().toStdString()] = quoted(it.value());
            resources[key] = values;
        }
        if (doc.schemaName.contains(u"2025-12")) {
            YAML::Node b;
            if (const QString e = block(spec, "serverConfig", b); !e.isEmpty())
                return e;
            if (none)
                b.remove("resources");
            else
                b["resources"] = resources;
            return {};
        }
        if (spec["podSpec"] && !spec["podSpec"].IsMap())
            return ValidatorTr::tr("spec.podSpec is not a mapping; fix it in the YAML view.");
        if (none && !spec["podSpec"])
            return {};
        spec["podSpec"] = withResources(spec["podSpec"], none ? YAML::Node(YAML::NodeType::Null) : resources);
        return {};
    });
}

Result setConfigYaml(const ConfigDocument &doc, const QString &text)
{
    return edit(doc, [&](YAML::Node &spec) -> QString {
        YAML::Node b;
        if (const QString e = block(spec, "proxyConfig", b); !e.isEmpty())
            return e;
        if (!doc.modelApi.proxyConfig.configYamlSecretName.isEmpty())
            return ValidatorTr::tr("This config comes from a Secret (configYaml.fromSecretKeyRef); edit it there.");
        if (text.trimmed().isEmpty()) {
            b.remove("configYaml");
            return {};
        }
        // A trailing newline makes the literal block "|" rather than "|-".
        const QString body = text.endsWith(u'\n') ? text : text + u'\n';
        if (doc.schemaName.contains(u"2025-12")) {
            b["configYaml"] = body.toStdString();
        } else {
            YAML::Node from(YAML::NodeType::Map);
            from["fromString"] = body.toStdString();
            b["configYaml"] = from;
        }
        return {};
    });
}

Diagnostics nestedConfigDiagnostics(const ConfigDocument &doc, const Diagnostics &fileDiagnostics)
{
    Diagnostics nested;
    const int first = doc.modelApi.proxyConfig.configYamlLine;
    const int indent = doc.modelApi.proxyConfig.configYamlColumn - 1;
    for (const Diagnostic &d : fileDiagnostics) {
        if (!d.path.startsWith(u"spec.proxyConfig.configYaml") || d.line < doc.startLine || d.line > doc.endLine)
            continue;
        Diagnostic inner = d;
        inner.line = first > 0 && d.line >= first ? d.line - first + 1 : 1;
        inner.column = indent >= 0 && d.column > indent ? d.column - indent : 1;
        nested.append(inner);
    }
    return nested;
}

} // namespace ModelApiEdit
