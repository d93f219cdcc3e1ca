// RouterPolicyCodec::toYaml: deterministic RouterPolicy YAML, unknown fields written back.
#include "routerpolicycodec.h"

#include "config/yamlwalk_p.h"

#include <QLocale>

#include <algorithm>

namespace {

std::string number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest).toStdString();
}

/// Dollars keep two decimals when that is exact ("50.00"), else every digit they have.
std::string dollars(const Decimal &d)
{
    return (d.rounded(2) == d ? d.toFixed(2) : d.toString()).toStdString();
}

template<typename T>
QStringList sortedKeys(const QHash<QString, T> &hash)
{
    QStringList keys = hash.keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

struct Writer
{
    YAML::Emitter &out;
    const RouterPolicy &policy;

    /// The kept fields of the mapping at `path`, after its modelled keys.
    void unknown(const QString &path, const QStringList &written)
    {
        for (const UnknownField &f : policy.unknownFields.value(path)) {
            if (written.contains(f.key))
                continue;
            YAML::Node value;
            try {
                value = YAML::Load(f.yaml.constData());
            } catch (const YAML::Exception &) {
                continue; // cannot happen for text made by nodeToYaml(); never write broken YAML
            }
            out << YAML::Key << f.key.toStdString() << YAML::Value;
            ConfigDetail::emitNode(out, value);
        }
    }

    void beginMap(const char *key)
    {
        out << YAML::Key << key << YAML::Value << YAML::BeginMap;
    }
    void endMap(const QString &path, const QStringList &written)
    {
        unknown(path, written);
        out << YAML::EndMap;
    }

    void limits(const BudgetLimits &l, const QString &path)
    {
        out << YAML::BeginMap;
        QStringList written;
        const auto tokens = [&](const char *key, const std::optional<std::int64_t> &v) {
            if (v) {
                out << YAML::Key << key << YAML::Value << *v;
                written << QLatin1StringView(key);
            }
        };
        const auto usd = [&](const char *key, const std::optional<Decimal> &v) {
            if (v) {
                out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << dollars(*v);
                written << QLatin1StringView(key);
            }
        };
        tokens("dailyTokens", l.dailyTokens);
        tokens("monthlyTokens", l.monthlyTokens);
        usd("dailyUsd", l.dailyDollars);
        usd("monthlyUsd", l.monthlyDollars);
        endMap(path, written);
    }

    void budgets()
    {
        const QString path = QStringLiteral("spec.budgets");
        beginMap("budgets");
        QStringList written;
        const BudgetLimits &d = policy.defaultBudget;
        if (d.dailyTokens || d.monthlyTokens || d.dailyDollars || d.monthlyDollars) {
            out << YAML::Key << "default" << YAML::Value;
            limits(d, path + QStringLiteral(".default"));
            written << QStringLiteral("default");
        }
        if (!policy.tenantBudgets.isEmpty()) {
            beginMap("tenants");
            for (const QString &tenant : sortedKeys(policy.tenantBudgets)) {
                out << YAML::Key << tenant.toStdString() << YAML::Value;
                limits(policy.tenantBudgets.value(tenant), path + QStringLiteral(".tenants.") + tenant);
            }
            endMap(path + QStringLiteral(".tenants"), {});
            written << QStringLiteral("tenants");
        }
        endMap(path, written);
    }

    void spec()
    {
        beginMap("spec");
        beginMap("thresholds");
        out << YAML::Key << "standard" << YAML::Value << number(policy.thresholds.standard);
        out << YAML::Key << "heavy" << YAML::Value << number(policy.thresholds.heavy);
        endMap(QStringLiteral("spec.thresholds"), {QStringLiteral("standard"), QStringLiteral("heavy")});

        const ComplexityWeights &w = policy.weights;
        const std::pair<const char *, double> weights[] = {
            {"messageComplexity", w.messageComplexity}, {"contextRequirement", w.contextRequirement},
            {"capabilityCriticality", w.capabilityCriticality}, {"conversationDepth", w.conversationDepth},
            {"keywordSignals", w.keywordSignals}};
        beginMap("weights");
        QStringList written;
        for (const auto &[key, value] : weights) {
            out << YAML::Key << key << YAML::Value << number(value);
            written << QLatin1StringView(key);
        }
        endMap(QStringLiteral("spec.weights"), written);

        // Written even when empty: `{}` means "no overrides", a missing key means the seed's.
        out << YAML::Key << "taskOverrides" << YAML::Value;
        if (policy.taskOverrides.isEmpty())
            out << YAML::Flow;
        out << YAML::BeginMap;
        for (const QString &task : sortedKeys(policy.taskOverrides))
            out << YAML::Key << task.toStdString() << YAML::Value
                << RouteClasses::latin1Name(policy.taskOverrides.value(task));
        out << YAML::EndMap;

        // Written only when it differs from the seed's (standard), so older files round-trip as they were.
        if (policy.defaultClass != RouteClass::Standard)
            out << YAML::Key << "defaultTier" << YAML::Value << RouteClasses::latin1Name(policy.defaultClass);

        out << YAML::Key << "capabilities" << YAML::Value;
        if (policy.capabilities.isEmpty())
            out << YAML::Flow;
        out << YAML::BeginMap;
        for (const QString &capability : sortedKeys(policy.capabilities))
            out << YAML::Key << capability.toStdString() << YAML::Value
                << number(policy.capabilities.value(capability));
        out << YAML::EndMap;

        if (policy.hasBudgets)
            budgets();
        endMap(QStringLiteral("spec"), {QStringLiteral("thresholds"), QStringLiteral("weights"),
                                         QStringLiteral("taskOverrides"), QStringLiteral("defaultTier"),
                                         QStringLiteral("capabilities"), QStringLiteral("budgets")});
    }
};

} // namespace

QByteArray RouterPolicyCodec::toYaml(const RouterPolicy &policy)
{
    YAML::Emitter out;
    out.SetIndent(2);
    Writer w{out, policy};
    out << YAML::BeginMap;
    out << YAML::Key << "apiVersion" << YAML::Value << RouterPolicy::ApiVersion;
    out << YAML::Key << "kind" << YAML::Value << RouterPolicy::Kind;
    w.beginMap("metadata");
    out << YAML::Key << "name" << YAML::Value << policy.name.toStdString();
    w.endMap(QStringLiteral("metadata"), {QStringLiteral("name")});
    w.spec();
    w.unknown(QString(), {QStringLiteral("apiVersion"), QStringLiteral("kind"), QStringLiteral("metadata"),
                          QStringLiteral("spec")});
    out << YAML::EndMap;
    return QByteArray(out.c_str(), qsizetype(out.size())) + '\n';
}
