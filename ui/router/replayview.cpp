#include "replayview.h"

#include "replaychart.h"
#include "replaymodels.h"
#include "requestsource.h"
#include "requestsourcebar.h"
#include "routerformat.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

ReplayView::ReplayView(RequestSource *source, RouterSource routers, Prompter *prompter, QWidget *parent)
    : QWidget(parent)
    , m_source(source)
    , m_routers(std::move(routers))
    , m_run(new QPushButton(tr("&Run Replay"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_routersLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_chart(new ReplayChart(this))
    , m_tiers(new ReplayTierModel(this))
    , m_changes(new ReplayChangeModel(this))
    , m_changesLabel(new QLabel(this))
{
    m_tierView = makeTable(m_tiers, this);
    m_changeView = makeTable(m_changes, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new RequestSourceBar(source, prompter, this));
    auto *row = new QHBoxLayout;
    m_routersLabel->setWordWrap(true);
    row->addWidget(m_routersLabel, 1);
    row->addWidget(m_progress);
    row->addWidget(m_cancel);
    row->addWidget(m_run);
    layout->addLayout(row);
    m_progress->hide();
    m_cancel->hide();
    m_progress->setMinimumWidth(160);
    m_run->setToolTip(tr("Route every request with the saved and with the edited policy (no model calls)"));

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setMargin(24);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(buildResults());
    layout->addWidget(m_stack, 1);

    m_rerun.setSingleShot(true);
    m_rerun.setInterval(250); // a slider drag re-runs once it pauses
    connect(&m_rerun, &QTimer::timeout, this, &ReplayView::run);
    connect(m_run, &QPushButton::clicked, this, &ReplayView::run);
    connect(m_cancel, &QPushButton::clicked, this, &ReplayView::cancel);
    connect(&m_watcher, &QFutureWatcher<ReplayResult>::finished, this, &ReplayView::onFinished);
    connect(source, &RequestSource::loaded, this, &ReplayView::onSourceLoaded);
    connect(m_changeView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openRequest(m_changes->request(index.row()));
    });
    m_routersLabel->setText(m_routers().description);
    showEmpty();
}

ReplayView::~ReplayView()
{
    cancel();
    m_watcher.waitForFinished();
}

QWidget *ReplayView::buildResults()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    auto *split = new QSplitter(Qt::Vertical, page);
    auto *top = new QSplitter(Qt::Horizontal, split);
    m_top = top;
    top->addWidget(m_chart);
    top->addWidget(m_tierView);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    top->setChildrenCollapsible(false);
    auto *bottom = new QWidget(split);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_changesLabel);
    bottomLayout->addWidget(m_changeView, 1);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);
    return page;
}

bool ReplayView::showsEmptyState() const
{
    return m_stack->currentWidget() == m_empty;
}

void ReplayView::showEmpty()
{
    m_empty->setText(m_source->emptyHint());
    m_stack->setCurrentWidget(m_empty);
}

void ReplayView::onSourceLoaded()
{
    m_hasResult = false;
    if (m_source->isEmpty()) {
        cancel();
        showEmpty();
        return;
    }
    run();
}

bool ReplayView::run()
{
    m_rerun.stop();
    if (m_source->isEmpty()) {
        showEmpty();
        return false;
    }
    if (isRunning()) {
        cancel();
        m_watcher.waitForFinished(); // a cancelled replay stops within a few thousand requests
    }
    Routers routers = m_routers();
    m_description = routers.description;
    m_routersLabel->setText(m_description);
    m_requests = m_source->input().requests;
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_cancelFlag = flag;
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    QPointer<QProgressBar> bar = m_progress;
    const QList<ReplayRequest> requests = m_requests;
    m_watcher.setFuture(QtConcurrent::run([requests, routers = std::move(routers), flag, bar] {
        return Replay::run(requests, routers.before, routers.after, [flag, bar](qint64 done, qint64 total) {
            const int permille = total > 0 ? int(done * 1000 / total) : 1000;
            QMetaObject::invokeMethod(bar, [bar, permille] {
                if (bar)
                    bar->setValue(permille);
            }, Qt::QueuedConnection);
            return !flag->load();
        });
    }));
    return true;
}

void ReplayView::cancel()
{
    m_rerun.stop();
    if (m_cancelFlag)
        m_cancelFlag->store(true);
}

void ReplayView::scheduleRerun()
{
    m_routersLabel->setText(m_routers().description);
    if (m_hasResult || isRunning())
        m_rerun.start();
}

void ReplayView::onFinished()
{
    m_progress->hide();
    m_cancel->hide();
    const ReplayResult result = m_watcher.result();
    if (result.cancelled) {
        if (!m_hasResult)
            m_summary->setText(tr("Replay cancelled."));
        emit finished();
        return;
    }
    m_result = result;
    m_hasResult = true;
    m_chart->setResult(result);
    m_tiers->setResult(result);
    m_changes->setResult(result, m_requests);
    m_summary->setText(summaryText());
    m_changesLabel->setText(tr("<b>%n request(s) changed tier</b> (double-click one to open it in the playground)",
                               nullptr, int(result.changed.size())));
    m_stack->setCurrentIndex(1);
    QTimer::singleShot(0, this, &ReplayView::fitTierTable); // once the results page has its size
    emit finished();
}

void ReplayView::fitTierTable()
{
    // The table as wide as its columns (the chart keeps at least 300 px), so no cost is cut off.
    QHeaderView *header = m_tierView->horizontalHeader();
    header->setStretchLastSection(false);
    m_tierView->resizeColumnsToContents();
    const int wanted = header->length() + 2 * m_tierView->frameWidth() + 4;
    header->setStretchLastSection(true);
    const int total = m_top->width();
    if (total <= 0)
        return;
    const int table = std::min(wanted, std::max(0, total - 300));
    m_top->setSizes({total - table, table});
}

QString ReplayView::summaryText() const
{
    const ReplayResult &r = m_result;
    QString text = tr("Requests replayed: %1. ").arg(RouterFormat::count(r.requests));
    if (!r.allHeavyCostKnown) {
        text += tr("Savings against all-heavy are unknown: the heaviest tier (%1) has no prices.")
                    .arg(r.heaviestTier);
    } else {
        const auto savings = [](const std::optional<double> &p) {
            return p ? RouterFormat::percent(*p / 100.0) : tr("unknown (some costs are unknown)");
        };
        text += tr("Everything on %1 would cost %2. Before: %3, saving %4. After: %5, saving %6.")
                    .arg(r.heaviestTier, Cost::format(r.allHeavyCost), Cost::format(r.beforeCost),
                         savings(r.beforeSavingsPercent), Cost::format(r.afterCost),
                         savings(r.afterSavingsPercent));
    }
    if (r.beforeUnrouted || r.afterUnrouted)
        text += tr(" No tier fitted %1 request(s) before and %2 after.")
                    .arg(RouterFormat::count(r.beforeUnrouted), RouterFormat::count(r.afterUnrouted));
    return text;
}
