// RegistryPage: Sync now (keys, progress, Cancel, errors), alerts and the schedule.
#include "registrypage.h"

#include "registry/backgroundsync.h"

#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>

#include <memory>

bool RegistryPage::isSyncing() const
{
    return m_sync->isRunning();
}

bool RegistryPage::syncNow(const QStringList &providers)
{
    if (m_sync->isRunning() || m_lookingUpKeys)
        return false;
    m_lookingUpKeys = true;
    QList<ProviderEndpoint> endpoints;
    QStringList skipped;
    const QList<TierConfig> configs = m_context.tierConfigs ? m_context.tierConfigs() : QList<TierConfig>{};
    auto toLookUp = std::make_shared<QList<ProviderInfo>>();
    for (const ProviderInfo &p : ProviderKeys::providers()) {
        if (!providers.isEmpty() && !providers.contains(p.name))
            continue;
        endpoints.append(m_context.endpoint(p));
        if (!p.keyVariable.isEmpty())
            toLookUp->append(p);
    }
    m_syncButton->setEnabled(false);
    m_reportLines.clear();
    m_report->setText(tr("Looking up keys…"));
    // Keys: the keychain entry of the SDK name, then the environment (SecretStore).
    auto keys = std::make_shared<QHash<QString, QString>>();
    auto pending = std::make_shared<int>(int(toLookUp->size()));
    auto store = std::make_shared<SecretStore>(m_context.keychain);
    const bool all = providers.isEmpty();
    auto done = [this, endpoints, keys, all, toLookUp] {
        QList<ProviderEndpoint> run;
        for (const ProviderEndpoint &e : endpoints) {
            const bool needsKey = std::any_of(toLookUp->cbegin(), toLookUp->cend(), [&e](const ProviderInfo &p) {
                return p.name == e.provider && e.provider != u"openai-compatible";
            });
            if (all && needsKey && !keys->contains(e.provider)) {
                m_reportLines.append(tr("%1: skipped, no key (set one on the Providers tab).").arg(e.provider));
                continue;
            }
            if (all && e.provider == u"openai-compatible" && !m_context.baseUrls.contains(e.provider)
                && qEnvironmentVariableIsEmpty("OPENAI_COMPATIBLE_BASE_URL"))
                continue; // no server configured
            run.append(e);
        }
        startWithKeys(run, *keys);
    };
    if (*pending == 0) {
        done();
        return true;
    }
    for (const ProviderInfo &p : std::as_const(*toLookUp)) {
        const QString name = p.name;
        store->lookup({}, {}, p.keyVariable, this, [keys, pending, name, done, store](const SecretLookup &found) {
            if (found.value)
                keys->insert(name, *found.value); // in memory, for the request headers only
            if (--*pending == 0)
                done();
        });
    }
    return true;
}

void RegistryPage::startWithKeys(const QList<ProviderEndpoint> &endpoints, const QHash<QString, QString> &keys)
{
    m_syncStarted = QDateTime::currentDateTimeUtc();
    m_lookingUpKeys = false;
    const QList<TierConfig> configs = m_context.tierConfigs ? m_context.tierConfigs() : QList<TierConfig>{};
    if (!m_sync->start(endpoints, keys, configs)) {
        m_syncButton->setEnabled(true);
        return;
    }
    m_progress->setRange(0, qMax(1, int(endpoints.size())));
    m_progress->setValue(0);
    m_progress->setVisible(!endpoints.isEmpty());
    m_cancel->setVisible(!endpoints.isEmpty());
    m_cancel->setEnabled(true);
    QStringList names;
    for (const ProviderEndpoint &e : endpoints)
        names << e.provider;
    m_report->setText(names.isEmpty() ? m_reportLines.join(u'\n')
                                      : tr("Syncing %1…").arg(names.join(QStringLiteral(", "))));
}

void RegistryPage::cancelSync()
{
    m_cancel->setEnabled(false);
    m_sync->cancel();
}

void RegistryPage::onProgress(int done, int total, const SyncOutcome &o)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    if (o.ok()) {
        m_reportLines.append(tr("%1: %2 added, %3 updated, %4 marked inactive, %5 unchanged.")
                                 .arg(o.provider).arg(o.added).arg(o.updated).arg(o.deactivated).arg(o.unchanged));
    } else {
        m_reportLines.append(tr("%1 FAILED, its rows were kept: %2").arg(o.provider, o.error));
    }
    m_report->setText(m_reportLines.join(u'\n'));
    for (const PriceDrift &d : o.drifts) {
        raiseAlert(QStringLiteral("drift:%1:%2:%3=%4:%5=%6").arg(d.modelId, d.field, d.source, d.value, d.otherSource, d.otherValue),
                   d.modelId, tr("Price drift on %1 (%2): %3 says %4, %5 says %6 per 1M.")
                       .arg(d.modelId, d.field, d.source, d.value, d.otherSource, d.otherValue));
    }
    reload(); // a failing provider's rows are as they were
}

void RegistryPage::onFinished(const QList<SyncOutcome> &outcomes)
{
    m_progress->hide();
    m_cancel->hide();
    m_syncButton->setEnabled(true);
    if (outcomes.isEmpty() && !m_reportLines.isEmpty())
        m_report->setText(m_reportLines.join(u'\n'));
    else if (outcomes.isEmpty())
        m_report->setText(tr("Nothing to sync: set a key on the Providers tab."));
    // A price change on a model a tier config uses.
    const QHash<QString, QStringList> used = ModelRegistry::usage(m_context.tierConfigs ? m_context.tierConfigs()
                                                                                       : QList<TierConfig>{});
    for (const AuditEntry &a : ModelRegistry(m_context.database).auditLog({}, 500)) {
        if (a.at < m_syncStarted.addSecs(-1))
            break;
        if (a.action == u"price_changed" && used.contains(a.entity)) {
            raiseAlert(QStringLiteral("price:%1:%2:%3").arg(a.entity, a.field, a.newValue), a.entity,
                       tr("The %1 price of %2 (used by tier %3) changed from %4 to %5 per 1M.")
                           .arg(a.field, a.entity, used.value(a.entity).join(QStringLiteral(", ")),
                                a.oldValue.isEmpty() ? tr("unknown") : a.oldValue,
                                a.newValue.isEmpty() ? tr("unknown") : a.newValue));
        }
    }
    emit syncFinished(outcomes);
}

void RegistryPage::raiseAlert(const QString &key, const QString &modelId, const QString &text)
{
    if (m_fired.contains(key))
        return;
    m_fired.insert(key);
    if (m_context.claimAlert && !m_context.claimAlert(key))
        return; // fired in an earlier run
    if (m_context.alert)
        m_context.alert(text, modelId);
}

void RegistryPage::setSyncEveryHours(int hours)
{
    int index = m_schedule->findData(hours);
    if (index < 0) {
        m_schedule->addItem(tr("Auto-sync every %n h", nullptr, hours), hours);
        index = m_schedule->count() - 1;
    }
    if (index == m_schedule->currentIndex())
        setSchedule(hours);
    else
        m_schedule->setCurrentIndex(index); // starts the timer and stores the choice
}

int RegistryPage::syncEveryHours() const
{
    return m_schedule->currentData().toInt();
}

void RegistryPage::setSchedule(int hours)
{
    if (hours <= 0)
        m_scheduleTimer.stop();
    else
        m_scheduleTimer.start(hours * 3600 * 1000);
}
