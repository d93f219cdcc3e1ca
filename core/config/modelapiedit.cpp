#include "modelapiedit.h"

#include "kubeyamladapter_p.h"
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

QByteArray leadingLines(const QByteArray &source)
{
    QByteArray lead;
    for (const QByteArray &line : source.split('\n')) {
        const QByteArray t = line.trimmed();
        if (!t.isEmpty() && !t.startsWith('#') && !t.startsWith("---"))
            break;
        lead += line + '\n';
    }
    return lead;
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

} // namespace ModelApiEdit
