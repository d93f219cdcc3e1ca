#pragma once

#include "experiments/cellstore.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTreeWidget;
class RunDiffModel;

/// Earlier runs from the cell store: open one again, or diff two (Δ cost and Δ latency per cell).
class RunHistory final : public QWidget
{
    Q_OBJECT
public:
    explicit RunHistory(CellStore *store, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(RunHistory)

    void refresh();
    void showDiff(const QList<CellResult> &a, const QList<CellResult> &b);
    int runCount() const;
    RunDiffModel *diffModel() const { return m_diff; }
    /// Selects the runs with these ids (for tests and the keyboard).
    void select(const QStringList &runIds);

signals:
    void openRequested(const QString &runId);
    void diffRequested(const QString &runA, const QString &runB);

private:
    QStringList selectedRunIds() const;
    void requestDiff();

    CellStore *m_store;
    QTreeWidget *m_runs;
    RunDiffModel *m_diff;
    QTableView *m_diffView;
    QLabel *m_diffSummary;
};
