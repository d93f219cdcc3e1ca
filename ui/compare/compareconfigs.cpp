#include "compareconfigs.h"

#include "config/configvalidator.h"
#include "experiments/targetresolver.h"

#include <algorithm>

QString CompareConfig::notes() const
{
    QStringList parts;
    parts << (fileName.isEmpty() ? tr("built in") : fileName);
    if (!proxyBase.isEmpty())
        parts << tr("Proxy ModelAPI at %1").arg(proxyBase);
    if (stale)
        parts << tr("the YAML does not parse: its last valid version is used");
    else if (unsaved)
        parts << tr("unsaved edits are used");
    if (errors > 0)
        parts << tr("%n error(s)", nullptr, errors);
    if (simulated)
        parts << tr("simulated: no API key");
    return parts.join(QStringLiteral(", "));
}

void FixedConfigSource::setConfigs(const QList<CompareConfig> &configs)
{
    m_configs = configs;
    emit changed();
}

void FixedConfigSource::setCurrentKey(const QString &key)
{
    m_current = key;
    emit changed();
}

QStringList CompareTargets::labels(const QList<CompareConfig> &configs)
{
    QStringList out;
    for (const CompareConfig &c : configs) {
        const qsizetype same = std::count_if(configs.cbegin(), configs.cend(),
                                             [&c](const CompareConfig &o) { return o.name == c.name; });
        out << (same > 1 && !c.fileName.isEmpty() ? QStringLiteral("%1 (%2)").arg(c.name, c.fileName) : c.name);
    }
    return out;
}

QList<Target> CompareTargets::forConfig(const CompareConfig &config, const QString &label)
{
    QList<Target> targets;
    for (const TierEntry &entry : config.config.tiers) {
        Target t = TargetResolver::fromTierEntry(entry, config.config);
        t.id = label + u'/' + entry.tier;
        for (int n = 2; std::any_of(targets.cbegin(), targets.cend(), [&t](const Target &o) { return o.id == t.id; }); ++n)
            t.id = QStringLiteral("%1/%2 (%3)").arg(label, entry.tier).arg(n); // a duplicated tier
        if (!ConfigValidator::isNonNegativeDecimal(entry.costPerMillionInput))
            t.prices.inputPerMillion.reset();
        if (!ConfigValidator::isNonNegativeDecimal(entry.costPerMillionOutput))
            t.prices.outputPerMillion.reset();
        targets.append(t);
    }
    return targets;
}
