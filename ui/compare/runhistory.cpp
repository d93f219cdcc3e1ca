#include "runhistory.h"

#include "formatting.h"
#include "rundiffmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

RunHistory::RunHistory(CellStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_runs(new QTreeWidget(this))
    , m_diff(new RunDiffModel(this))
    , m_diffView(new QTableView(this))
    , m_diffSummary(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    auto *open = new QPushButton(tr("Open"), this);
    open->setToolTip(tr("Show the selected run in the grid and the panes"));
    auto *diff = new QPushButton(tr("Diff two runs"), this);
    diff->setToolTip(tr("Select two runs (Ctrl+click): Δ cost and Δ latency per cell, B − A"));
    bar->addWidget(refreshButton);
    bar->addWidget(open);
    bar->addWidget(diff);
    bar->addStretch();
    layout->addLayout(bar);

    m_runs->setHeaderLabels({tr("name"), tr("run"), tr("status"), tr("started (UTC)")});
    m_runs->setRootIsDecorated(false);
    m_runs->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_diffView->setModel(m_diff);
    m_diffView->horizontalHeader()->setStretchLastSection(true);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_runs);
    auto *diffBox = new QWidget(split);
    auto *diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(m_diffSummary);
    diffLayout->addWidget(m_diffView);
    split->addWidget(diffBox);
    layout->addWidget(split);

    connect(refreshButton, &QPushButton::clicked, this, &RunHistory::refresh);
    connect(open, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedRunIds();
        if (!ids.isEmpty())
            emit openRequested(ids.first());
    });
    connect(m_runs, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { emit openRequested(item->text(1)); });
    connect(diff, &QPushButton::clicked, this, &RunHistory::requestDiff);
    refresh();
}

void RunHistory::refresh()
{
    m_runs->clear();
    if (!m_store)
        return;
    const QList<RunInfo> runs = m_store->listRuns();
    for (const RunInfo &r : runs) {
        auto *item = new QTreeWidgetItem(m_runs, {r.name, r.runId, r.status,
                                                  r.createdAt.toString(Qt::ISODate)});
        item->setToolTip(0, r.name);
    }
    m_runs->sortItems(3, Qt::DescendingOrder);
}

int RunHistory::runCount() const
{
    return m_runs->topLevelItemCount();
}

void RunHistory::select(const QStringList &runIds)
{
    m_runs->clearSelection();
    for (int i = 0; i < m_runs->topLevelItemCount(); ++i)
        if (runIds.contains(m_runs->topLevelItem(i)->text(1)))
            m_runs->topLevelItem(i)->setSelected(true);
}

QStringList RunHistory::selectedRunIds() const
{
    QStringList ids;
    for (QTreeWidgetItem *item : m_runs->selectedItems())
        ids << item->text(1);
    return ids;
}

void RunHistory::requestDiff()
{
    const QStringList ids = selectedRunIds();
    if (ids.size() != 2) {
        m_diffSummary->setText(tr("Select exactly two runs to diff them."));
        return;
    }
    // Older run is A, newer is B (the list is sorted newest first).
    emit diffRequested(ids.at(1), ids.at(0));
}

void RunHistory::showDiff(const QList<CellResult> &a, const QList<CellResult> &b)
{
    m_diff->setRuns(a, b);
    const Decimal d = m_diff->totalDeltaCost();
    m_diffSummary->setText(tr("%1 cells compared; total Δ cost %2%3 (B − A; green is cheaper or faster)")
                               .arg(m_diff->rowCount())
                               .arg(d.isNegative() ? QStringLiteral("−") : QStringLiteral("+"),
                                    Cost::format(d.isNegative() ? -d : d)));
}
