#pragma once

#include "experiments/target.h"

#include <QWidget>

class QListWidget;

/// Checkable list of targets: config tiers, registry models, "router" and the simulated demo
/// provider (badged "simulated").
class TargetPicker final : public QWidget
{
    Q_OBJECT
public:
    explicit TargetPicker(QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TargetPicker)

    void setTargets(const QList<Target> &targets);
    void setChecked(const QStringList &ids);
    QList<Target> checkedTargets() const;
    QList<Target> targets() const { return m_targets; }

signals:
    void selectionChanged();

private:
    QListWidget *m_list;
    QList<Target> m_targets;
};
