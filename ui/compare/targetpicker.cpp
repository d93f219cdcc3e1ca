#include "targetpicker.h"

#include "comparecontext.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

TargetPicker::TargetPicker(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("<b>Targets</b> (one pane each)"), this));
    layout->addWidget(m_list);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * 9); // about seven targets in view
    m_list->setToolTip(tr("Tick two or more targets to compare them side by side."));
    connect(m_list, &QListWidget::itemChanged, this, &TargetPicker::selectionChanged);
}

void TargetPicker::setTargets(const QList<Target> &targets)
{
    const QSignalBlocker blocker(m_list);
    m_targets = targets;
    m_list->clear();
    for (const Target &t : targets) {
        QString text = t.id;
        if (t.isRouter)
            text += tr("  — routes each prompt to a tier");
        else if (isSimulatedProvider(t.provider))
            text += tr("  — %1  [simulated]").arg(t.model);
        else if (!t.model.isEmpty())
            text += QStringLiteral("  — %1 (%2)").arg(t.model, t.provider);
        auto *item = new QListWidgetItem(text, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        if (isSimulatedProvider(t.provider))
            item->setToolTip(tr("The built-in simulator: no key, no network, deterministic text."));
    }
    emit selectionChanged();
}

void TargetPicker::setChecked(const QStringList &ids)
{
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(ids.contains(m_targets.at(i).id) ? Qt::Checked
                                                                         : Qt::Unchecked);
}

QList<Target> TargetPicker::checkedTargets() const
{
    QList<Target> checked;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            checked.append(m_targets.at(i));
    return checked;
}
