// ComparePage: the configs behind the targets, the plan of the next run, and the session.
#include "comparepage.h"

#include "elidedlabel.h"
#include "prompteditor.h"
#include "runcontrols.h"
#include "targetpicker.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTabWidget>

#include <algorithm>

void ComparePage::scheduleRefresh()
{
    m_configsDirty = true;
    if (isVisible())
        m_refreshTimer.start();
}

int ComparePage::configIndex(const QString &key) const
{
    for (int i = 0; i < int(m_configs.size()); ++i)
        if (m_configs.at(i).key == key)
            return i;
    return -1;
}

const CompareConfig *ComparePage::chosenConfig() const
{
    const int i = configIndex(m_chosenKey);
    return i < 0 ? nullptr : &m_configs.at(i);
}

QString ComparePage::chosenLabel() const
{
    const int i = configIndex(m_chosenKey);
    return i < 0 ? QString() : m_labels.at(i);
}

void ComparePage::refreshConfigs()
{
    m_refreshTimer.stop();
    m_configsDirty = false;
    if (!m_context.configs)
        return;
    const QString oldLabel = chosenLabel();
    const QStringList checked = m_picker->checkedIds();
    m_configs = m_context.configs->configs();
    m_labels = CompareTargets::labels(m_configs);
    // The chosen config follows the editor: a new current tab wins over an earlier choice.
    const QString editorKey = m_context.configs->currentKey();
    QString chosen = m_chosenKey;
    if (editorKey != m_lastEditorKey && configIndex(editorKey) >= 0)
        chosen = editorKey;
    m_lastEditorKey = editorKey;
    if (configIndex(chosen) < 0)
        chosen = configIndex(editorKey) >= 0 ? editorKey
               : m_configs.isEmpty()         ? QString()
                                             : m_configs.constFirst().key;
    const bool changed = chosen != m_chosenKey;
    m_chosenKey = chosen;
    {
        const QSignalBlocker blocker(m_configBox);
        m_configBox->clear();
        for (int i = 0; i < int(m_configs.size()); ++i) {
            const CompareConfig &c = m_configs.at(i);
            m_configBox->addItem(m_labels.at(i) + (c.unsaved ? QStringLiteral(" *") : QString()), c.key);
            m_configBox->setItemData(i, c.notes(), Qt::ToolTipRole);
        }
        m_configBox->setCurrentIndex(configIndex(m_chosenKey));
    }
    rebuildTargets();
    if (changed || oldLabel != chosenLabel()) // another config, or this one renamed
        carryChecks(oldLabel, checked);
    applyPendingChoice();
    updateConfigNotes();
    updatePlan();
}

void ComparePage::chooseConfig(const QString &key)
{
    if (configIndex(key) < 0 || key == m_chosenKey)
        return;
    const QString oldLabel = chosenLabel();
    const QStringList checked = m_picker->checkedIds();
    m_chosenKey = key;
    m_configBox->setCurrentIndex(configIndex(key));
    rebuildTargets();
    carryChecks(oldLabel, checked);
    updateConfigNotes();
    updatePlan();
}

void ComparePage::carryChecks(const QString &oldLabel, const QStringList &checked)
{
    // Ticks within the config worked on move to the same tiers of the new one ("fast and
    // reasoning of default" become "fast and reasoning of local-ollama"); ticks across configs
    // are a comparison of their own and stay.
    const QString prefix = oldLabel + u'/';
    const bool withinOld = std::all_of(checked.cbegin(), checked.cend(), [&](const QString &id) {
        return id == u"router" || (!oldLabel.isEmpty() && id.startsWith(prefix));
    });
    if (!withinOld) {
        m_picker->setChecked(checked);
        return;
    }
    const QString label = chosenLabel();
    QStringList carried;
    for (const Target &t : m_picker->targets())
        if (!t.isRouter && t.id.startsWith(label + u'/') && checked.contains(prefix + t.tier))
            carried << t.id;
    if (carried.isEmpty()) {
        applyDefaultChecks();
        return;
    }
    if (checked.contains(QStringLiteral("router")) && m_context.router)
        carried << QStringLiteral("router");
    m_picker->setChecked(carried);
}

void ComparePage::rebuildTargets()
{
    const int chosen = configIndex(m_chosenKey);
    QList<TargetPicker::Group> groups;
    QList<int> order;
    if (chosen >= 0)
        order << chosen;
    for (int i = 0; i < int(m_configs.size()); ++i)
        if (i != chosen)
            order << i;
    for (int i : std::as_const(order)) {
        const CompareConfig &c = m_configs.at(i);
        TargetPicker::Group g;
        g.title = m_labels.at(i);
        g.toolTip = c.notes();
        g.targets = CompareTargets::forConfig(c, m_labels.at(i));
        if (i == chosen && m_context.router && c.proxyBase.isEmpty()) {
            Target router;
            router.id = QStringLiteral("router");
            router.isRouter = true;
            router.provider = QStringLiteral("router");
            g.targets.append(router);
        }
        g.expanded = i == chosen;
        groups.append(g);
    }
    if (chosen >= 0 && m_context.registryTargets) {
        const QList<Target> registry = m_context.registryTargets(m_configs.at(chosen).config);
        if (!registry.isEmpty())
            groups.append({tr("Registry models"),
                           tr("Models your providers list, at the registry's prices"), registry, false});
    }
    m_picker->setGroups(groups);
}

void ComparePage::applyDefaultChecks()
{
    QStringList ids;
    const QList<TargetPicker::Group> groups = m_picker->groups();
    if (!groups.isEmpty()) {
        for (const Target &t : groups.constFirst().targets)
            if (!t.isRouter && ids.size() < 2)
                ids << t.id;
    }
    if (m_context.router)
        ids << QStringLiteral("router");
    m_picker->setChecked(ids);
}

void ComparePage::updateConfigNotes()
{
    const CompareConfig *c = chosenConfig();
    m_configNotes->setVisible(m_context.configs != nullptr);
    m_configNotes->setText(c ? c->notes() : tr("No tier config in the workspace"));
    m_configNotes->setStyleSheet(c && (c->stale || c->errors > 0)
                                     ? QStringLiteral("QLabel { color: #b00020; }")
                                     : QStringLiteral("QLabel { color: palette(mid); }"));
    if (m_runner->status() == RunStatus::Idle && m_runner->runId().isEmpty())
        m_runHeader->setText(c ? tr("Config %1 (%2)").arg(chosenLabel(), c->notes())
                               : tr("Tick targets and press Run (Ctrl+Enter)"));
}

void ComparePage::updatePlan()
{
    const Experiment e = m_editor->experiment();
    const int targets = int(m_picker->checkedTargets().size());
    QString detail = tr("%n target(s)", nullptr, targets) + QStringLiteral(" × ")
                     + tr("%n case(s)", nullptr, int(e.cases.size()));
    if (e.repeats > 1)
        detail += QStringLiteral(" × ") + tr("%n repeat(s)", nullptr, e.repeats);
    m_controls->setPlan(targets * int(e.cases.size()) * e.repeats, detail);
}

void ComparePage::applyPendingChoice()
{
    // The workspace is read in the background: a restored config may only appear later.
    if (m_pendingKey.isEmpty() && m_pendingChecks.isEmpty())
        return;
    if (m_context.configs && !m_pendingKey.isEmpty() && configIndex(m_pendingKey) < 0)
        return;
    if (configIndex(m_pendingKey) >= 0 && m_pendingKey != m_chosenKey) {
        m_chosenKey = m_pendingKey;
        m_configBox->setCurrentIndex(configIndex(m_chosenKey));
        rebuildTargets();
    }
    m_picker->setChecked(m_pendingChecks);
    m_pendingKey.clear();
    m_pendingChecks.clear();
}

QString ComparePage::runHeader() const
{
    return m_runHeader->text();
}

QString ComparePage::configNotes() const
{
    return m_configNotes->text();
}

QByteArray ComparePage::saveSessionState() const
{
    QJsonObject state = m_editor->saveState();
    const bool pending = !m_pendingKey.isEmpty() || !m_pendingChecks.isEmpty(); // not shown yet
    state.insert(QStringLiteral("config"), pending ? m_pendingKey : m_chosenKey);
    state.insert(QStringLiteral("checked"),
                 QJsonArray::fromStringList(pending ? m_pendingChecks : m_picker->checkedIds()));
    state.insert(QStringLiteral("tab"), m_tabs->currentIndex());
    return QJsonDocument(state).toJson(QJsonDocument::Compact);
}

void ComparePage::restoreSessionState(const QByteArray &bytes)
{
    const QJsonObject state = QJsonDocument::fromJson(bytes).object();
    if (state.isEmpty())
        return;
    m_editor->restoreState(state);
    m_pendingKey = state.value(QStringLiteral("config")).toString();
    m_pendingChecks.clear();
    for (const QJsonValue &v : state.value(QStringLiteral("checked")).toArray())
        m_pendingChecks << v.toString();
    applyPendingChoice();
    const int tab = state.value(QStringLiteral("tab")).toInt();
    if (tab >= 0 && tab < m_tabs->count())
        m_tabs->setCurrentIndex(tab);
    updateConfigNotes();
    updatePlan();
}
