// RouterPolicyCodec::parse: walks a RouterPolicy document, fills RouterPolicy, reports what is
// wrong at its line and column. Shares core/config's YAML walk (marks, quoting, kept fields).
#include "routerpolicycodec.h"

#include "config/configvalidator.h"
#include "config/yamlguard_p.h"
#include "config/yamlwalk_p.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

using ConfigDetail::describe;
using ConfigDetail::isNullScalar;
using ConfigDetail::isQuoted;
using ConfigDetail::isStringScalar;
using ConfigDetail::joinPath;
using ConfigDetail::toQString;

namespace {

/// The translation context "RouterPolicyCodec" for the free functions below (lupdate reads it).
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RouterPolicyCodec)
};

QString lit(const char *text)
{
    return QString::fromLatin1(text);
}

QString num(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

/// One walk over one document. Codes are written without the "policy." prefix, which
/// parse() adds to every diagnostic (duplicate keys found by the shared walk included).
struct Reader
{
    ConfigDetail::Walk &walk;
    RouterPolicy &policy;

    SourcePosition at(const YAML::Node &node) const { return walk.pos(node); }
    void error(const char *code, const QString &path, const YAML::Node &node, const QString &message)
    {
        walk.error(lit(code), path, at(node), message);
    }

    void unknownField(const QString &mapPath, const YAML::Node &key, const YAML::Node &value,
                      const QString &known)
    {
        const QString name = toQString(key.Scalar());
        walk.warning(lit("unknown-field"), joinPath(mapPath, name), at(key),
                     Tr::tr("Unknown field \"%1\"; it is kept when saving but the router ignores it. "
                        "Known fields here: %2.").arg(name, known));
        keep(mapPath, key, value);
    }
    void keep(const QString &mapPath, const YAML::Node &key, const YAML::Node &value)
    {
        policy.unknownFields[mapPath].append({toQString(key.Scalar()), ConfigDetail::nodeToYaml(value)});
    }

    /// True when `node` is a mapping; reports it otherwise. A null node is "not written".
    bool isMapping(const YAML::Node &node, const QString &path, const QString &what)
    {
        if (node.IsMap())
            return true;
        error("wrong-type", path, node, Tr::tr("%1 must be a mapping (%2), not %3.").arg(path, what, describe(node)));
        return false;
    }

    /// Calls `f(key, value, name, path)` for each entry; non-scalar keys are reported.
    template<typename F>
    void forEach(const YAML::Node &map, const QString &path, F f)
    {
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!it->first.IsScalar()) {
                error("wrong-type", path, it->first, Tr::tr("A key in %1 must be a plain name, not %2.")
                                                         .arg(path, describe(it->first)));
                continue;
            }
            const QString name = toQString(it->first.Scalar());
            f(it->first, it->second, name, joinPath(path, name));
        }
    }

    std::optional<double> number(const YAML::Node &value, const QString &path, const QString &example);
    void readThresholds(const YAML::Node &node, const QString &path);
    void readWeights(const YAML::Node &node, const QString &path);
    void readTaskOverrides(const YAML::Node &node, const QString &path);
    void readDefaultTier(const YAML::Node &node, const QString &path);
    void readCapabilities(const YAML::Node &node, const QString &path);
    void readBudgets(const YAML::Node &key, const YAML::Node &node, const QString &path);
    BudgetLimits readLimits(const YAML::Node &node, const QString &path);
    void readSpec(const YAML::Node &spec);
    void readMetadata(const YAML::Node &metadata);
    void readRoot(const YAML::Node &root);
};

bool isBoolean(const YAML::Node &node)
{
    const QString text = toQString(node.Scalar());
    return text.compare(u"true", Qt::CaseInsensitive) == 0 || text.compare(u"false", Qt::CaseInsensitive) == 0;
}

std::optional<double> Reader::number(const YAML::Node &value, const QString &path, const QString &example)
{
    if (!value.IsScalar() || isStringScalar(value) || isBoolean(value)) {
        error("wrong-type", path, value,
              isQuoted(value) ? Tr::tr("%1 is a quoted string; write the number without quotes, e.g. %2.")
                                    .arg(path, example)
                              : Tr::tr("%1 must be a number such as %2, not %3.").arg(path, example, describe(value)));
        return std::nullopt;
    }
    bool ok = false;
    const double d = toQString(value.Scalar()).toDouble(&ok);
    if (!ok || !std::isfinite(d)) {
        error("number", path, value, Tr::tr("%1 must be a finite decimal number such as %2, not \"%3\".")
                                         .arg(path, example, toQString(value.Scalar())));
        return std::nullopt;
    }
    return d;
}

void Reader::readThresholds(const YAML::Node &node, const QString &path)
{
    if (!isMapping(node, path, Tr::tr("`standard:` and `heavy:` scores in 0..1")))
        return;
    std::optional<YAML::Node> written[2]; // the values the document sets
    forEach(node, path, [&](const YAML::Node &k, const YAML::Node &v, const QString &name, const QString &child) {
        const int which = name == u"standard" ? 0 : name == u"heavy" ? 1 : -1;
        if (which < 0)
            return unknownField(path, k, v, lit("standard, heavy"));
        if (isNullScalar(v))
            return;
        const std::optional<double> d = number(v, child, which == 0 ? lit("0.3") : lit("0.7"));
        if (!d)
            return;
        if (*d < 0 || *d > 1)
            return error("threshold-range", child, v,
                         Tr::tr("%1 is %2; a threshold is a score between 0 and 1.").arg(child, toQString(v.Scalar())));
        (which == 0 ? policy.thresholds.standard : policy.thresholds.heavy) = *d;
        written[which].emplace(v);
    });
    if (policy.thresholds.standard < policy.thresholds.heavy || (!written[0] && !written[1]))
        return;
    const bool heavy = written[1].has_value();
    error("thresholds-order", joinPath(path, heavy ? lit("heavy") : lit("standard")), *written[heavy ? 1 : 0],
          Tr::tr("The standard threshold (%1) must be below the heavy threshold (%2): scores from standard "
             "up to heavy route to the standard class.")
              .arg(num(policy.thresholds.standard), num(policy.thresholds.heavy)));
}

void Reader::readWeights(const YAML::Node &node, const QString &path)
{
    static const QString known = lit(
        "messageComplexity, contextRequirement, capabilityCriticality, conversationDepth, keywordSignals");
    if (!isMapping(node, path, Tr::tr("one weight per factor")))
        return;
    ComplexityWeights &w = policy.weights;
    const std::pair<const char *, double *> fields[] = {
        {"messageComplexity", &w.messageComplexity}, {"contextRequirement", &w.contextRequirement},
        {"capabilityCriticality", &w.capabilityCriticality}, {"conversationDepth", &w.conversationDepth},
        {"keywordSignals", &w.keywordSignals}};
    bool negative = false;
    forEach(node, path, [&](const YAML::Node &k, const YAML::Node &v, const QString &name, const QString &child) {
        const auto field = std::find_if(std::begin(fields), std::end(fields),
                                        [&](const auto &f) { return name == QLatin1StringView(f.first); });
        if (field == std::end(fields))
            return unknownField(path, k, v, known);
        if (isNullScalar(v))
            return;
        const std::optional<double> d = number(v, child, lit("0.25"));
        if (d && *d < 0) {
            negative = true;
            return error("weight-negative", child, v,
                         Tr::tr("%1 is %2; a weight cannot be negative. Use 0 to ignore the factor.")
                             .arg(child, toQString(v.Scalar())));
        }
        if (d)
            *field->second = *d;
    });
    const double sum = w.messageComplexity + w.contextRequirement + w.capabilityCriticality
                       + w.conversationDepth + w.keywordSignals;
    if (!negative && sum <= 0)
        error("weights-zero", path, node,
              Tr::tr("Every weight is 0, so no request can score above 0. Give at least one factor a "
                 "positive weight."));
}

void Reader::readTaskOverrides(const YAML::Node &node, const QString &path)
{
    policy.taskOverrides.clear();
    if (!isMapping(node, path, Tr::tr("task type: light, standard or heavy")))
        return;
    forEach(node, path, [&](const YAML::Node &, const YAML::Node &v, const QString &name, const QString &child) {
        const QString text = v.IsScalar() ? toQString(v.Scalar()) : QString();
        const std::optional<RouteClass> c = RouteClasses::fromName(text);
        if (!v.IsScalar() || isNullScalar(v))
            return error("unknown-class", child, v,
                         Tr::tr("%1 needs a class: light, standard or heavy, not %2.").arg(child, describe(v)));
        if (!c || text != RouteClasses::name(*c))
            return error("unknown-class", child, v,
                         c ? Tr::tr("Task class \"%1\" is not one of light, standard, heavy; class names are "
                                "lower-case: write \"%2\".").arg(text, RouteClasses::name(*c))
                           : Tr::tr("Task class \"%1\" is not one of light, standard, heavy.").arg(text));
        policy.taskOverrides.insert(name, *c);
    });
}

void Reader::readDefaultTier(const YAML::Node &node, const QString &path)
{
    const QString text = node.IsScalar() ? toQString(node.Scalar()) : QString();
    const std::optional<RouteClass> c = RouteClasses::fromName(text);
    if (!node.IsScalar() || !c || text != RouteClasses::name(*c))
        return error("unknown-class", path, node,
                     Tr::tr("%1 is the tier a request without evidence either way routes to: light, "
                        "standard or heavy, not %2.").arg(path, describe(node)));
    policy.defaultClass = *c;
}

void Reader::readCapabilities(const YAML::Node &node, const QString &path)
{
    policy.capabilities.clear();
    if (!isMapping(node, path, Tr::tr("capability: criticality in 0..1")))
        return;
    forEach(node, path, [&](const YAML::Node &, const YAML::Node &v, const QString &name, const QString &child) {
        const std::optional<double> d = number(v, child, lit("0.8"));
        if (d && (*d < 0 || *d > 1))
            return error("capability-range", child, v,
                         Tr::tr("%1 is %2; a capability's criticality is between 0 (trivial) and 1 "
                            "(safety-critical).").arg(child, toQString(v.Scalar())));
        if (d)
            policy.capabilities.insert(name, *d);
    });
}

BudgetLimits Reader::readLimits(const YAML::Node &node, const QString &path)
{
    BudgetLimits limits;
    if (isNullScalar(node) || !isMapping(node, path, Tr::tr("dailyTokens, monthlyTokens, dailyUsd, monthlyUsd")))
        return limits;
    forEach(node, path, [&](const YAML::Node &k, const YAML::Node &v, const QString &name, const QString &child) {
        if (isNullScalar(v) && (name == u"dailyTokens" || name == u"monthlyTokens" || name == u"dailyUsd"
                                || name == u"monthlyUsd"))
            return;
        const QString text = v.IsScalar() ? toQString(v.Scalar()) : QString();
        if (name == u"dailyTokens" || name == u"monthlyTokens") {
            bool ok = false;
            const qlonglong n = text.toLongLong(&ok);
            if (!v.IsScalar() || isQuoted(v) || !ok || n <= 0 || text.startsWith(u'+'))
                return error("budget-tokens", child, v,
                             Tr::tr("%1 must be a whole number of tokens above 0 such as 1000000, without "
                                "quotes (%2). Leave it out for no limit.")
                                 .arg(child, isQuoted(v) ? Tr::tr("it is quoted") : Tr::tr("it is %1").arg(
                                                               v.IsScalar() ? u'"' + text + u'"' : describe(v))));
            (name == u"dailyTokens" ? limits.dailyTokens : limits.monthlyTokens) = n;
        } else if (name == u"dailyUsd" || name == u"monthlyUsd") {
            if (!isStringScalar(v))
                return error("budget-usd-not-string", child, v,
                             v.IsScalar() ? Tr::tr("%1 is a YAML number; dollars are exact decimal strings. Quote "
                                               "it: %2: \"%3\".").arg(child, name, text)
                                          : Tr::tr("%1 must be a decimal string such as \"50.00\", not %2.")
                                                .arg(child, describe(v)));
            const std::optional<Decimal> d = ConfigValidator::isNonNegativeDecimal(text)
                                                 ? Decimal::parse(text) : std::nullopt;
            if (!d || d->isZero())
                return error("budget-usd-invalid", child, v,
                             Tr::tr("%1 \"%2\" is not a dollar amount above 0; write it like \"50.00\" (no sign, "
                                "unit, exponent or more than 12 decimals). Leave it out for no limit.")
                                 .arg(child, text));
            (name == u"dailyUsd" ? limits.dailyDollars : limits.monthlyDollars) = d;
        } else {
            unknownField(path, k, v, lit("dailyTokens, monthlyTokens, dailyUsd, monthlyUsd"));
        }
    });
    return limits;
}

void Reader::readBudgets(const YAML::Node &key, const YAML::Node &node, const QString &path)
{
    policy.hasBudgets = true;
    policy.defaultBudget = {};
    if (!isMapping(node, path, Tr::tr("`default:` and `tenants:` limits")))
        return;
    bool hasDefault = false;
    forEach(node, path, [&](const YAML::Node &k, const YAML::Node &v, const QString &name, const QString &child) {
        if (name == u"default") {
            hasDefault = true;
            policy.defaultBudget = readLimits(v, child);
        } else if (name == u"tenants") {
            if (isNullScalar(v) || !isMapping(v, child, Tr::tr("tenant: limits")))
                return;
            forEach(v, child, [&](const YAML::Node &, const YAML::Node &limits, const QString &tenant,
                                  const QString &tenantPath) {
                policy.tenantBudgets.insert(tenant, readLimits(limits, tenantPath));
            });
        } else {
            unknownField(path, k, v, lit("default, tenants"));
        }
    });
    if (!hasDefault)
        walk.add(Diagnostic::Severity::Info, lit("budgets-no-default"), joinPath(path, lit("default")), at(key),
                 Tr::tr("spec.budgets has no `default:`, so a tenant without its own limits is unlimited. "
                    "TOKEN_BUDGET_DAILY and TOKEN_BUDGET_MONTHLY are not used when the policy has budgets."));
}

void Reader::readSpec(const YAML::Node &spec)
{
    const QString path = lit("spec");
    if (!isMapping(spec, path, Tr::tr("thresholds, weights, taskOverrides, defaultTier, capabilities, budgets")))
        return;
    forEach(spec, path, [&](const YAML::Node &k, const YAML::Node &v, const QString &name, const QString &child) {
        if (isNullScalar(v))
            return; // not written: the seed's value stays
        if (name == u"thresholds")
            readThresholds(v, child);
        else if (name == u"weights")
            readWeights(v, child);
        else if (name == u"taskOverrides")
            readTaskOverrides(v, child);
        else if (name == u"defaultTier")
            readDefaultTier(v, child);
        else if (name == u"capabilities")
            readCapabilities(v, child);
        else if (name == u"budgets")
            readBudgets(k, v, child);
        else
            unknownField(path, k, v, lit("thresholds, weights, taskOverrides, defaultTier, capabilities, budgets"));
    });
}

void Reader::readMetadata(const YAML::Node &metadata)
{
    const QString path = lit("metadata");
    if (!isMapping(metadata, path, Tr::tr("with a `name:`")))
        return;
    forEach(metadata, path, [&](const YAML::Node &k, const YAML::Node &v, const QString &name, const QString &child) {
        if (name != u"name")
            return keep(path, k, v); // labels, annotations...: kept as written
        if (isNullScalar(v))
            return;
        const QString text = v.IsScalar() ? toQString(v.Scalar()) : QString();
        if (!isStringScalar(v) || !ConfigValidator::isDns1123Name(text))
            return error("invalid-name", child, v,
                         Tr::tr("metadata.name \"%1\" is not a valid DNS-1123 name: use lower-case letters, "
                            "digits, '-' and '.', starting and ending with a letter or digit.").arg(text));
        policy.name = text;
    });
}

void Reader::readRoot(const YAML::Node &root)
{
    const YAML::Node apiVersion = root["apiVersion"];
    const YAML::Node kind = root["kind"];
    const QString version = apiVersion && apiVersion.IsScalar() ? toQString(apiVersion.Scalar()) : QString();
    const QString kindName = kind && kind.IsScalar() ? toQString(kind.Scalar()) : QString();
    if (!kindName.isEmpty() && kindName != QLatin1StringView(RouterPolicy::Kind)) {
        error("kind", lit("kind"), kind,
              Tr::tr("This is a %1 document, not a RouterPolicy. Give a file with `kind: RouterPolicy` "
                 "(thresholds, weights, overrides and budgets).").arg(kindName));
        return;
    }
    if (version.isEmpty())
        walk.error(lit("missing-api-version"), lit("apiVersion"), at(root),
                   Tr::tr("The document has no apiVersion. Add `apiVersion: %1`.").arg(lit(RouterPolicy::ApiVersion)));
    else if (version != QLatin1StringView(RouterPolicy::ApiVersion))
        error("api-version", lit("apiVersion"), apiVersion,
              Tr::tr("apiVersion \"%1\" is not supported for kind RouterPolicy; use `apiVersion: %2`.")
                  .arg(version, lit(RouterPolicy::ApiVersion)));
    if (kindName.isEmpty()) {
        walk.error(lit("missing-kind"), lit("kind"), at(root),
                   Tr::tr("The document has no kind. A router policy starts with `kind: RouterPolicy`."));
        return;
    }
    forEach(root, QString(), [&](const YAML::Node &k, const YAML::Node &v, const QString &name, const QString &) {
        if (name == u"metadata") {
            if (!isNullScalar(v))
                readMetadata(v);
        } else if (name == u"spec") {
            if (!isNullScalar(v))
                readSpec(v);
        } else if (name != u"apiVersion" && name != u"kind") {
            unknownField(QString(), k, v, lit("apiVersion, kind, metadata, spec"));
        }
    });
}

void readDocument(const QByteArray &yaml, RouterPolicy &policy, Diagnostics &diagnostics)
{
    ConfigDocument positions; // keys and values by path: duplicate keys, and where to point
    QList<QByteArray> lines = yaml.split('\n');
    ConfigDetail::Walk walk{&positions, &diagnostics, 0, lines};
    walk.codePrefix = QLatin1StringView("policy.");
    std::vector<YAML::Node> documents;
    if (const auto bad = ConfigDetail::checkUntrustedText(yaml)) { // alias bombs, NUL bytes, bad UTF-8
        YAML::Mark mark;
        mark.line = bad->line;
        mark.column = bad->column;
        walk.error(bad->code, {}, walk.pos(mark), bad->message);
        return;
    }
    try {
        for (const YAML::Node &d : YAML::LoadAll(yaml.constData()))
            if (d && !d.IsNull())
                documents.push_back(d);
    } catch (const YAML::Exception &e) {
        SourcePosition at = walk.pos(e.mark);
        while (lines.size() > 1 && lines.constLast().isEmpty())
            lines.removeLast();
        if (!at.isValid() || at.line > lines.size()) // unclosed at the end of input
            at = {int(lines.size()), int(lines.constLast().size()) + 1};
        walk.error(lit("yaml-syntax"), {}, at, Tr::tr("YAML syntax error: %1.").arg(toQString(e.msg)));
        return;
    }
    if (documents.empty()) {
        walk.error(lit("empty-document"), {}, {1, 1},
                   Tr::tr("The policy file is empty. Start it with `apiVersion: %1` and `kind: RouterPolicy`.")
                       .arg(lit(RouterPolicy::ApiVersion)));
        return;
    }
    if (documents.size() > 1)
        walk.error(lit("multiple-documents"), {}, walk.pos(documents.at(1)),
                   Tr::tr("A policy file holds one RouterPolicy document; this is document %1. Move it to "
                      "its own file.").arg(2));
    const YAML::Node &root = documents.front();
    if (ConfigDetail::isRecursive(root)) {
        walk.error(lit("yaml-syntax"), {}, walk.pos(root),
                   Tr::tr("An alias refers to a collection that contains it (like `a: &x [*x]`); a policy "
                      "cannot be recursive. Replace the alias with the values it stands for."));
        return;
    }
    ConfigDetail::recordPositions(root, {}, walk);
    if (!root.IsMap()) {
        walk.error(lit("not-a-mapping"), {}, walk.pos(root),
                   Tr::tr("The document is %1, not a mapping. A policy starts with `apiVersion:`, `kind:`, "
                      "`metadata:` and `spec:`.").arg(describe(root)));
        return;
    }
    Reader{walk, policy}.readRoot(root);
}

} // namespace

namespace RouterPolicyCodec {

RouterPolicyLoad parse(const QByteArray &yaml)
{
    RouterPolicyLoad load;
    RouterPolicy policy = RouterPolicy::seedDefault();
    try {
        readDocument(yaml, policy, load.diagnostics);
    } catch (const YAML::Exception &e) {
        // A walk step that yaml-cpp refused: never let it out.
        Diagnostic d;
        d.code = lit("yaml-syntax");
        d.line = std::max(1, e.mark.line + 1);
        d.column = std::max(1, e.mark.column + 1);
        d.message = Tr::tr("The policy could not be read: %1.").arg(toQString(e.msg));
        load.diagnostics.append(d);
    }
    for (Diagnostic &d : load.diagnostics)
        d.code.prepend(QStringLiteral("policy."));
    std::stable_sort(load.diagnostics.begin(), load.diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.line, a.column, a.code) < std::tie(b.line, b.column, b.code);
    });
    if (!hasErrors(load.diagnostics))
        load.policy = std::move(policy);
    return load;
}

} // namespace RouterPolicyCodec
