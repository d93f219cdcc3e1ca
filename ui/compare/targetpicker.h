#pragma once

#include "experiments/target.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

/// Checkable targets, grouped: the tiers of each config (the chosen one also holds
/// "router"), registry models. Simulated targets are badged "[simulated]".
class TargetPicker final : public QWidget
{
    Q_OBJECT
public:
    struct Group
    {
        QString title;
        QString toolTip;
        QList<Target> targets;
        bool expanded = true;
    };

    explicit TargetPicker(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TargetPicker)

    /// Replaces the offered targets; ids that are still offered stay checked.
    void setGroups(const QList<Group> &groups);
    /// One ungrouped list.
    void setTargets(const QList<Target> &targets);
    void setChecked(const QStringList &ids);
    QStringList checkedIds() const;
    QList<Target> checkedTargets() const;
    /// Every offered target, in order.
    QList<Target> targets() const { return m_targets; }
    QList<Group> groups() const { return m_groups; }
    QTreeWidget *view() const { return m_tree; }

signals:
    /// The checked set changed (by the user or by setChecked/setGroups).
    void selectionChanged();

private:
    QTreeWidgetItem *addTarget(QTreeWidgetItem *parent, const Target &target, bool checked);

    QTreeWidget *m_tree;
    QList<Group> m_groups;
    QList<Target> m_targets;
    QList<QTreeWidgetItem *> m_items; ///< parallel to m_targets
};
