#include "targetpicker.h"

#include "comparecontext.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

TargetPicker::TargetPicker(QWidget *parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>Targets</b> (one pane each)"), this);
    layout->addWidget(title);
    layout->addWidget(m_tree, 1);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Targets"));
    m_tree->setMinimumHeight(m_tree->fontMetrics().height() * 9); // a config's tiers and a few groups
    m_tree->setToolTip(tr("Tick two or more targets to compare them side by side."));
    m_tree->header()->setStretchLastSection(true);
    connect(m_tree, &QTreeWidget::itemChanged, this, &TargetPicker::selectionChanged);
}

QTreeWidgetItem *TargetPicker::addTarget(QTreeWidgetItem *parent, const Target &t, bool checked)
{
    QString text = t.isRouter ? tr("router") : t.id.section(u'/', -1);
    if (!parent)
        text = t.id;
    if (t.isRouter)
        text += tr("  — routes each prompt to a tier");
    else if (isSimulatedProvider(t.provider))
        text += tr("  — %1  [simulated]").arg(t.model);
    else if (!t.model.isEmpty())
        text += QStringLiteral("  — %1 (%2)").arg(t.model, t.provider);
    auto *item = parent ? new QTreeWidgetItem(parent, {text}) : new QTreeWidgetItem(m_tree, {text});
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
    QString tip = t.id;
    if (!t.model.isEmpty())
        tip += QStringLiteral(": %1 (%2)").arg(t.model, t.provider);
    if (isSimulatedProvider(t.provider))
        tip += u'\n' + tr("The built-in simulator: no key, no network, deterministic text.");
    if (!t.isRouter) {
        const auto price = [](const std::optional<Decimal> &p) {
            return p ? QStringLiteral("$%1/M").arg(p->toString()) : tr("unknown");
        };
        tip += u'\n' + tr("Prices: %1 in, %2 out").arg(price(t.prices.inputPerMillion),
                                                        price(t.prices.outputPerMillion));
    }
    item->setToolTip(0, tip);
    m_targets.append(t);
    m_items.append(item);
    return item;
}

void TargetPicker::setGroups(const QList<Group> &groups)
{
    const QStringList checked = checkedIds();
    QStringList collapsed;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->childCount() > 0 && !m_tree->topLevelItem(i)->isExpanded())
            collapsed << m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString();
    {
        const QSignalBlocker blocker(m_tree);
        m_tree->clear();
        m_targets.clear();
        m_items.clear();
        m_groups = groups;
        for (const Group &g : groups) {
            if (g.title.isEmpty()) {
                for (const Target &t : g.targets)
                    addTarget(nullptr, t, checked.contains(t.id));
                continue;
            }
            auto *header = new QTreeWidgetItem(m_tree, {g.title});
            header->setData(0, Qt::UserRole, g.title);
            header->setToolTip(0, g.toolTip);
            QFont bold = header->font(0);
            bold.setBold(true);
            header->setFont(0, bold);
            header->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
            for (const Target &t : g.targets)
                addTarget(header, t, checked.contains(t.id));
            bool anyChecked = false;
            for (const Target &t : g.targets)
                anyChecked = anyChecked || checked.contains(t.id);
            header->setExpanded(anyChecked || (g.expanded && !collapsed.contains(g.title)));
        }
    }
    emit selectionChanged();
}

void TargetPicker::setTargets(const QList<Target> &targets)
{
    setGroups({Group{{}, {}, targets, true}});
}

void TargetPicker::setChecked(const QStringList &ids)
{
    {
        const QSignalBlocker blocker(m_tree);
        for (int i = 0; i < int(m_items.size()); ++i)
            m_items.at(i)->setCheckState(0, ids.contains(m_targets.at(i).id) ? Qt::Checked : Qt::Unchecked);
        for (int i = 0; i < int(m_items.size()); ++i)
            if (m_items.at(i)->parent() && ids.contains(m_targets.at(i).id))
                m_items.at(i)->parent()->setExpanded(true);
    }
    m_tree->viewport()->update();
    emit selectionChanged();
}

QStringList TargetPicker::checkedIds() const
{
    QStringList ids;
    for (int i = 0; i < int(m_items.size()); ++i)
        if (m_items.at(i)->checkState(0) == Qt::Checked)
            ids.append(m_targets.at(i).id);
    return ids;
}

QList<Target> TargetPicker::checkedTargets() const
{
    QList<Target> checked;
    for (int i = 0; i < int(m_items.size()); ++i)
        if (m_items.at(i)->checkState(0) == Qt::Checked)
            checked.append(m_targets.at(i));
    return checked;
}
