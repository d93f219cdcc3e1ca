// checkAgainstSchema(): valijson's findings turned into Diagnostics at the offending node,
// plus the unknown-field walk the API server does when it prunes.
#include "crdschema_p.h"
#include "crdschematree_p.h"
#include "kubeflatadapter_p.h"

#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace ConfigDetail {

namespace {

/// Where one valijson context ("<root>", "[spec]", "[tiers]", "[0]") leads in the document.
struct Target
{
    QString path;
    YAML::Node node;
    bool exists = true; ///< false when the context leaves the document
    const SchemaNode *schema = nullptr;
};

Target resolve(const std::vector<std::string> &context, const YAML::Node &root, const SchemaNode *schema)
{
    Target t{QString(), root, true, schema};
    for (size_t i = 1; i < context.size(); ++i) { // [0] is "<root>"
        const std::string &c = context[i];
        const std::string step = c.size() >= 2 ? c.substr(1, c.size() - 2) : c;
        if (t.exists && t.node.IsSequence()) {
            const size_t index = size_t(std::strtoull(step.c_str(), nullptr, 10));
            t.path = indexPath(t.path, qsizetype(index));
            // reset(), not =: assigning a YAML::Node writes through to the tree it refers to.
            t.exists = t.exists && index < t.node.size();
            if (t.exists)
                t.node.reset(static_cast<const YAML::Node &>(t.node)[index]);
            t.schema = t.schema ? t.schema->items.get() : nullptr;
        } else {
            t.path = joinPath(t.path, toQString(step));
            t.exists = t.exists && t.node.IsMap() && static_cast<const YAML::Node &>(t.node)[step];
            if (t.exists)
                t.node.reset(static_cast<const YAML::Node &>(t.node)[step]);
            const SchemaNode *next = t.schema ? t.schema->property(step) : nullptr;
            t.schema = next ? next : (t.schema ? t.schema->additional.get() : nullptr);
        }
    }
    return t;
}

QString typeName(const std::string &type)
{
    if (type == "string") return ValidatorTr::tr("a string");
    if (type == "integer") return ValidatorTr::tr("an integer");
    if (type == "number") return ValidatorTr::tr("a number");
    if (type == "boolean") return ValidatorTr::tr("a boolean (true or false)");
    if (type == "object") return ValidatorTr::tr("a mapping");
    if (type == "array") return ValidatorTr::tr("a list");
    return QString::fromStdString(type);
}

QString quoted(const QStringList &values)
{
    QStringList q;
    for (const QString &v : values)
        q << u'"' + v + u'"';
    return q.join(u", ");
}

QString valueText(const YAML::Node &node)
{
    return node && node.IsScalar() ? toQString(node.Scalar()) : describe(node);
}

bool isPropagation(const std::string &d)
{
    // valijson repeats a failure at every parent; the deepest finding is the one to show.
    static const char *const prefixes[] = {"Failed to validate item #", "Failed to validate against schema associated",
                                           "Failed to validate against additional", "Failed to validate against child schema",
                                           "Failed to validate against corresponding", "Cannot validate item #"};
    return std::any_of(std::begin(prefixes), std::end(prefixes),
                       [&](const char *p) { return d.rfind(p, 0) == 0; });
}

struct Finding
{
    QString code;
    QString path;
    SourcePosition at;
    QString message;
};

Finding describeError(const std::string &d, const Target &t, const Walk &walk)
{
    const SchemaNode *s = t.schema;
    const SourcePosition at = t.exists ? walk.pos(t.node) : walk.keyOrValue(t.path);
    const QString what = t.exists ? describe(t.node) : ValidatorTr::tr("missing");
    if (d.rfind("Missing required property '", 0) == 0) {
        const std::string name = d.substr(27, d.size() - 29);
        const QString child = joinPath(t.path, toQString(name));
        return {QStringLiteral("required-field"), child, walk.keyOrValue(child),
                ValidatorTr::tr("%1 has no `%2:`, which the CRD requires; the cluster refuses the document without it. Add it.")
                    .arg(t.path.isEmpty() ? ValidatorTr::tr("The document") : t.path, toQString(name))};
    }
    if (s && s->intOrString && (d.rfind("Failed to validate against any schemas allowed by anyOf", 0) == 0
                                || d.rfind("Value type not permitted", 0) == 0))
        return {s->quantity ? QStringLiteral("quantity") : QStringLiteral("wrong-type"), t.path, at,
                s->quantity ? ValidatorTr::tr("%1 must be a Kubernetes quantity: a whole number or a string such as \"500m\", "
                                 "\"2\" or \"8Gi\", not %2.").arg(t.path, what)
                            : ValidatorTr::tr("%1 must be an integer or a string, not %2.").arg(t.path, what)};
    if (d.rfind("Value type not permitted", 0) == 0) {
        QString hint;
        if (s && s->type == "string" && t.exists && t.node.IsScalar())
            hint = ValidatorTr::tr(" Quote it: \"%1\".").arg(valueText(t.node));
        else if (s && (s->type == "integer" || s->type == "boolean") && t.exists && isQuoted(t.node))
            hint = ValidatorTr::tr(" Write it without quotes.");
        return {QStringLiteral("wrong-type"), t.path, at,
                ValidatorTr::tr("%1 must be %2, not %3.").arg(t.path, s ? typeName(s->type) : ValidatorTr::tr("another type"), what) + hint};
    }
    if (d.rfind("Failed to match against any enum", 0) == 0) {
        QStringList allowed;
        for (const std::string &v : s ? s->enumValues : std::vector<std::string>{})
            allowed << toQString(v);
        return {QStringLiteral("enum-value"), t.path, at,
                ValidatorTr::tr("%1 \"%2\" is not one of %3.").arg(t.path, valueText(t.node), quoted(allowed))};
    }
    if (d.rfind("Failed to match regex", 0) == 0) {
        if (s && s->quantity)
            return {QStringLiteral("quantity"), t.path, at,
                    ValidatorTr::tr("%1 \"%2\" is not a Kubernetes quantity; write a number with an optional unit, e.g. "
                       "\"500m\", \"2\", \"1.5\" or \"8Gi\".").arg(t.path, valueText(t.node))};
        return {QStringLiteral("pattern"), t.path, at,
                ValidatorTr::tr("%1 \"%2\" does not match the form the CRD requires (%3).")
                    .arg(t.path, valueText(t.node), s ? toQString(s->pattern) : QString())};
    }
    if (d.rfind("Array should contain no fewer than", 0) == 0)
        return {QStringLiteral("min-items"), t.path, at,
                ValidatorTr::tr("%1 is too short: %2 Add the missing entries.").arg(t.path, toQString(d))};
    if (d.rfind("Expected number", 0) == 0 && s && t.exists && t.node.IsScalar()) {
        const double v = scalarDouble(t.node.Scalar());
        if (s->minimum && v < *s->minimum)
            return {QStringLiteral("number-range"), t.path, at,
                    ValidatorTr::tr("%1 is %2; it must be at least %3.").arg(t.path, valueText(t.node)).arg(*s->minimum)};
        if (s->maximum && v > *s->maximum)
            return {QStringLiteral("number-range"), t.path, at,
                    ValidatorTr::tr("%1 is %2; it must be at most %3.").arg(t.path, valueText(t.node)).arg(*s->maximum)};
    }
    if (d.rfind("Expected number", 0) == 0 && s && !s->format.empty())
        return {QStringLiteral("int-range"), t.path, at,
                ValidatorTr::tr("%1 %2 does not fit in %3 (the CRD's format). Use a smaller number.")
                    .arg(t.path, valueText(t.node), toQString(s->format))};
    return {QStringLiteral("schema-constraint"), t.path, at,
            ValidatorTr::tr("%1: %2").arg(t.path.isEmpty() ? ValidatorTr::tr("The document") : t.path, toQString(d))};
}

void collectErrors(const YAML::Node &root, const LoadedSchema &schema, const Walk &walk, QList<Finding> &out)
{
    thread_local valijson::Validator validator(valijson::Validator::kStrongTypes); // keeps compiled regexes
    const FlatTree flat(root);
    const KubeFlatAdapter target(FlatRef{&flat, 0});
    if (validator.validate(schema.schema, target, nullptr))
        return; // the common case: one pass that stops at nothing
    valijson::ValidationResults results;
    validator.validate(schema.schema, target, &results);
    struct Raw { std::string description; Target target; };
    QList<Raw> raw;
    QSet<QString> anyOfFailed;
    valijson::ValidationResults::Error e;
    while (results.popError(e)) {
        if (isPropagation(e.description))
            continue;
        Raw r{e.description, resolve(e.context, root, schema.tree.get())};
        if (r.description.rfind("Failed to validate against any schemas allowed by anyOf", 0) == 0)
            anyOfFailed.insert(r.target.path);
        raw.append(std::move(r));
    }
    // One finding per node: the most basic fault (a wrong type before a pattern, say).
    const auto rank = [](const QString &code) {
        static const QStringList order = {QStringLiteral("wrong-type"), QStringLiteral("quantity"),
                                          QStringLiteral("required-field"), QStringLiteral("enum-value"),
                                          QStringLiteral("schema-constraint")};
        const qsizetype i = order.indexOf(code);
        return i < 0 ? order.size() : i;
    };
    QHash<QString, qsizetype> byPath;
    for (const Raw &r : raw) {
        // anyOf's alternatives each fail on their own; its one finding says it all.
        if (anyOfFailed.contains(r.target.path) && r.description.rfind("Value type not permitted", 0) == 0)
            continue;
        const Finding f = describeError(r.description, r.target, walk);
        if (const auto it = byPath.constFind(f.path); it != byPath.cend()) {
            if (rank(f.code) < rank(out.at(*it).code))
                out[*it] = f;
            continue;
        }
        byPath.insert(f.path, out.size());
        out.append(f);
    }
}

/// ObjectMeta's fields: the CRDs say only `metadata: {type: object}`; the API server checks
/// it as the ObjectMeta it is.
const QSet<QString> &objectMetaFields()
{
    static const QSet<QString> fields = {
        QStringLiteral("name"), QStringLiteral("generateName"), QStringLiteral("namespace"),
        QStringLiteral("labels"), QStringLiteral("annotations"), QStringLiteral("uid"),
        QStringLiteral("resourceVersion"), QStringLiteral("generation"), QStringLiteral("creationTimestamp"),
        QStringLiteral("deletionTimestamp"), QStringLiteral("deletionGracePeriodSeconds"),
        QStringLiteral("ownerReferences"), QStringLiteral("finalizers"), QStringLiteral("managedFields"),
        QStringLiteral("selfLink")};
    return fields;
}

QString knownList(const SchemaNode &s)
{
    QStringList names;
    for (const auto &p : s.properties)
        names << toQString(p.first);
    if (names.size() > 12)
        return ValidatorTr::tr("%1 and %2 more").arg(names.mid(0, 12).join(u", ")).arg(names.size() - 12);
    return names.join(u", ");
}

/// The path of the node being walked, built into a QString only when something is reported
/// (the walk visits every node of every document: validate's speed budget).
struct LazyPath
{
    struct Step { const std::string *key; qsizetype index; };
    std::vector<Step> steps;
    QString render() const
    {
        QString path;
        for (const Step &s : steps)
            path = s.key ? joinPath(path, toQString(*s.key)) : indexPath(path, s.index);
        return path;
    }
};

void unknownFields(const YAML::Node &node, const SchemaNode &s, LazyPath &path, const Walk &walk,
                   QList<Finding> &out)
{
    if (node.IsMap()) {
        const bool closed = s.hasProperties && !s.preserveUnknown && !s.additional;
        for (const auto &kv : node) {
            if (!kv.first.IsScalar())
                continue;
            const std::string &key = kv.first.Scalar();
            path.steps.push_back({&key, 0});
            if (const SchemaNode *p = s.property(key)) {
                if (path.steps.size() == 1 && key == "metadata" && kv.second.IsMap()) {
                    for (const auto &m : kv.second)
                        if (m.first.IsScalar() && !objectMetaFields().contains(toQString(m.first.Scalar())))
                            out.append({QStringLiteral("unknown-field"),
                                        joinPath(QStringLiteral("metadata"), toQString(m.first.Scalar())),
                                        walk.pos(m.first),
                                        ValidatorTr::tr("Unknown metadata field \"%1\"; the API server drops it. Check the "
                                           "spelling (name, namespace, labels, annotations...).")
                                            .arg(toQString(m.first.Scalar()))});
                } else {
                    unknownFields(kv.second, *p, path, walk, out);
                }
            } else if (s.additional) {
                unknownFields(kv.second, *s.additional, path, walk, out);
            } else if (closed) {
                out.append({QStringLiteral("unknown-field"), path.render(), walk.pos(kv.first),
                            ValidatorTr::tr("Unknown field \"%1\"; the API server drops it (the operator never sees it). "
                               "Known fields here: %2.").arg(toQString(key), knownList(s))});
            }
            path.steps.pop_back();
        }
    } else if (node.IsSequence() && s.items) {
        qsizetype i = 0;
        for (const YAML::Node &item : node) {
            path.steps.push_back({nullptr, i++});
            unknownFields(item, *s.items, path, walk, out);
            path.steps.pop_back();
        }
    }
}

} // namespace

void checkAgainstSchema(const YAML::Node &root, CrdSchemaId id, Walk &walk, qsizetype firstDiagnostic)
{
    const LoadedSchema &schema = loadedSchema(id);
    if (!schema.error.isEmpty() || !schema.tree) {
        walk.error(QStringLiteral("schema-unavailable"), {}, walk.pos(root),
                   ValidatorTr::tr("The document could not be checked against the %1 CRD schema: %2. Reinstall TierBench.")
                       .arg(crdSchemaLabel(id), schema.error));
        return;
    }
    QList<Finding> findings;
    try {
        collectErrors(root, schema, walk, findings);
    } catch (const std::exception &e) {
        walk.error(QStringLiteral("schema-unavailable"), {}, walk.pos(root),
                   ValidatorTr::tr("The schema check stopped: %1.").arg(QString::fromUtf8(e.what())));
    }
    LazyPath path;
    unknownFields(root, *schema.tree, path, walk, findings);

    // TierBench's own rules ran first and say more; one finding per fault.
    QSet<QString> errorPaths;
    QSet<QString> warningPaths;
    for (qsizetype i = firstDiagnostic; i < walk.diagnostics->size(); ++i) {
        const Diagnostic &d = walk.diagnostics->at(i);
        (d.isError() ? errorPaths : warningPaths).insert(d.path);
    }
    for (const Finding &f : findings) {
        const bool warning = f.code == u"unknown-field";
        if (errorPaths.contains(f.path) || (warning && warningPaths.contains(f.path)))
            continue;
        walk.add(warning ? Diagnostic::Severity::Warning : Diagnostic::Severity::Error, f.code, f.path,
                 f.at, f.message);
    }
}

} // namespace ConfigDetail
