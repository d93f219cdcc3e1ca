#include "experiment.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

QList<CellKey> Experiment::cellKeys() const
{
    QList<CellKey> keys;
    keys.reserve(cellCount());
    for (int c = 0; c < cases.size(); ++c)
        for (int r = 0; r < repeats; ++r)
            for (int t = 0; t < targets.size(); ++t)
                keys.append(CellKey{c, t, r});
    return keys;
}

bool Experiment::contains(const CellKey &key) const
{
    return key.caseIndex >= 0 && key.caseIndex < cases.size() && key.targetIndex >= 0
           && key.targetIndex < targets.size() && key.repeat >= 0 && key.repeat < repeats;
}

PromptTemplate::Rendered Experiment::renderPrompt(int caseIndex) const
{
    return promptTemplate.render(cases.value(caseIndex).vars);
}

QString Experiment::validate() const
{
    if (targets.isEmpty())
        return tr("The experiment has no targets.");
    if (cases.isEmpty())
        return tr("The experiment has no test cases.");
    if (repeats < 1)
        return tr("Repeats must be at least 1.");
    for (int c = 0; c < cases.size(); ++c) {
        const PromptTemplate::Rendered r = renderPrompt(c);
        if (!r.ok())
            return cases[c].id + QStringLiteral(": ") + r.error;
    }
    return {};
}

namespace {

QJsonObject targetToJson(const Target &t)
{
    QJsonObject o{{QStringLiteral("id"), t.id},
                  {QStringLiteral("tier"), t.tier},
                  {QStringLiteral("provider"), t.provider},
                  {QStringLiteral("model"), t.model},
                  {QStringLiteral("endpoint"), t.endpoint},
                  {QStringLiteral("router"), t.isRouter}};
    if (t.prices.inputPerMillion)
        o.insert(QStringLiteral("inputPerMillion"), t.prices.inputPerMillion->toString());
    if (t.prices.outputPerMillion)
        o.insert(QStringLiteral("outputPerMillion"), t.prices.outputPerMillion->toString());
    if (t.maxTokens)
        o.insert(QStringLiteral("maxTokens"), *t.maxTokens);
    return o;
}

Target targetFromJson(const QJsonObject &o)
{
    Target t;
    t.id = o.value(QStringLiteral("id")).toString();
    t.tier = o.value(QStringLiteral("tier")).toString();
    t.provider = o.value(QStringLiteral("provider")).toString();
    t.model = o.value(QStringLiteral("model")).toString();
    t.endpoint = o.value(QStringLiteral("endpoint")).toString();
    t.isRouter = o.value(QStringLiteral("router")).toBool();
    if (o.contains(QStringLiteral("inputPerMillion")))
        t.prices.inputPerMillion = Decimal::parse(o.value(QStringLiteral("inputPerMillion")).toString());
    if (o.contains(QStringLiteral("outputPerMillion")))
        t.prices.outputPerMillion = Decimal::parse(o.value(QStringLiteral("outputPerMillion")).toString());
    if (o.contains(QStringLiteral("maxTokens")))
        t.maxTokens = o.value(QStringLiteral("maxTokens")).toInt();
    return t;
}

QJsonObject caseToJson(const TestCase &tc)
{
    QJsonObject vars;
    for (auto it = tc.vars.begin(); it != tc.vars.end(); ++it)
        vars.insert(it.key(), it.value());
    QJsonArray asserts;
    for (const Assertion &a : tc.assertions)
        asserts.append(a.toJson());
    return {{QStringLiteral("id"), tc.id}, {QStringLiteral("vars"), vars},
            {QStringLiteral("assert"), asserts}};
}

} // namespace

QJsonObject Experiment::toJson() const
{
    QJsonArray caseArray;
    for (const TestCase &tc : cases)
        caseArray.append(caseToJson(tc));
    QJsonArray targetArray;
    for (const Target &t : targets)
        targetArray.append(targetToJson(t));
    QJsonObject p;
    if (params.temperature)
        p.insert(QStringLiteral("temperature"), *params.temperature);
    if (params.maxTokens)
        p.insert(QStringLiteral("maxTokens"), *params.maxTokens);
    return {{QStringLiteral("name"), name},
            {QStringLiteral("template"), promptTemplate.text()},
            {QStringLiteral("system"), systemPrompt},
            {QStringLiteral("params"), p},
            {QStringLiteral("cases"), caseArray},
            {QStringLiteral("targets"), targetArray},
            {QStringLiteral("repeats"), repeats}};
}

std::optional<Experiment> Experiment::fromJson(const QJsonObject &json, QString *error)
{
    Experiment e;
    e.name = json.value(QStringLiteral("name")).toString();
    e.promptTemplate = PromptTemplate(json.value(QStringLiteral("template")).toString());
    e.systemPrompt = json.value(QStringLiteral("system")).toString();
    const QJsonObject p = json.value(QStringLiteral("params")).toObject();
    if (p.contains(QStringLiteral("temperature")))
        e.params.temperature = p.value(QStringLiteral("temperature")).toDouble();
    if (p.contains(QStringLiteral("maxTokens")))
        e.params.maxTokens = p.value(QStringLiteral("maxTokens")).toInt();
    e.repeats = json.value(QStringLiteral("repeats")).toInt(1);
    const QJsonArray caseArray = json.value(QStringLiteral("cases")).toArray();
    for (const QJsonValue &v : caseArray) {
        const QJsonObject o = v.toObject();
        TestCase tc;
        tc.id = o.value(QStringLiteral("id")).toString();
        const QJsonObject vars = o.value(QStringLiteral("vars")).toObject();
        for (auto it = vars.begin(); it != vars.end(); ++it)
            tc.vars.insert(it.key(), it.value().toString());
        const QJsonArray asserts = o.value(QStringLiteral("assert")).toArray();
        for (const QJsonValue &a : asserts) {
            const auto parsed = Assertion::fromJson(a, error);
            if (!parsed)
                return std::nullopt;
            tc.assertions.append(*parsed);
        }
        e.cases.append(tc);
    }
    const QJsonArray targetArray = json.value(QStringLiteral("targets")).toArray();
    for (const QJsonValue &v : targetArray)
        e.targets.append(targetFromJson(v.toObject()));
    return e;
}

QString Experiment::fingerprint() const
{
    QJsonObject json = toJson();
    json.remove(QStringLiteral("name"));
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}
