#include "dashboardpage.h"

#include "dashboardchart.h"
#include "dashboardcharts.h"
#include "wrappinglayout.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace {
constexpr int kAll = 0; // index of "All" in every filter picker
}

DashboardPage::DashboardPage(DashboardContext context, QWidget *parent)
    : QWidget(parent)
    , m_context(std::move(context))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QWidget(this);
    buildControls(bar);
    layout->addWidget(bar);
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("dashboardEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::RichText);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(buildCharts());
    layout->addWidget(m_stack, 1);
    m_empty->setText(tr("Reading the call store…"));
    QMetaObject::invokeMethod(this, &DashboardPage::refresh, Qt::QueuedConnection);
}

DashboardPage::~DashboardPage()
{
    for (QFutureWatcher<DashboardSnapshot> *w : std::as_const(m_running))
        w->waitForFinished();
}

void DashboardPage::buildControls(QWidget *bar)
{
    // The filters wrap onto a second line in a narrow window instead of widening it.
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    auto *filtersBox = new QWidget(bar);
    auto *flow = new WrappingLayout(filtersBox, 12, 4);
    const auto labelled = [filtersBox, flow](const QString &label, const QList<QWidget *> &widgets) {
        auto *group = new QWidget(filtersBox);
        auto *h = new QHBoxLayout(group);
        h->setContentsMargins(0, 0, 0, 0);
        h->addWidget(new QLabel(label, group));
        for (QWidget *w : widgets) {
            w->setParent(group);
            h->addWidget(w);
        }
        flow->addWidget(group);
    };
    m_range = new QComboBox(bar);
    m_range->setObjectName(QStringLiteral("range"));
    m_range->addItem(tr("Last 24 hours"), int(DashboardRange::Day));
    m_range->addItem(tr("Last 7 days"), int(DashboardRange::Week));
    m_range->addItem(tr("Last 30 days"), int(DashboardRange::Month));
    m_range->addItem(tr("Last 90 days"), int(DashboardRange::Quarter));
    m_range->addItem(tr("All time"), int(DashboardRange::All));
    m_range->setCurrentIndex(2);
    m_bucket = new QComboBox(bar);
    m_bucket->setObjectName(QStringLiteral("bucket"));
    m_bucket->addItem(tr("per hour"), int(DashboardBucket::Hour));
    m_bucket->addItem(tr("per day"), int(DashboardBucket::Day));
    m_bucket->addItem(tr("per week"), int(DashboardBucket::Week));
    m_bucket->setCurrentIndex(1);
    labelled(tr("Range:"), {m_range, m_bucket});
    const QList<QPair<DashboardDimension, QString>> filters = {
        {DashboardDimension::Tenant, tr("Tenant:")}, {DashboardDimension::Config, tr("Config:")},
        {DashboardDimension::Provider, tr("Provider:")}, {DashboardDimension::Model, tr("Model:")},
        {DashboardDimension::Source, tr("Source:")}};
    for (const auto &[dim, label] : filters) {
        auto *combo = new QComboBox(bar);
        combo->setObjectName(DashboardQueries::dimensionName(dim));
        // A fixed width that elides long model names; the popup shows them whole.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(dim == DashboardDimension::Model ? 18 : 9);
        combo->addItem(tr("All"));
        labelled(label, {combo});
        m_filters.insert(dim, combo);
        connect(combo, &QComboBox::activated, this, &DashboardPage::refresh);
    }
    row->addWidget(filtersBox, 1);
    m_status = new QLabel(bar);
    row->addWidget(m_status, 0, Qt::AlignTop);
    auto *reload = new QPushButton(tr("Refresh"), bar);
    reload->setShortcut(QKeySequence::Refresh);
    row->addWidget(reload, 0, Qt::AlignTop);
    connect(reload, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(m_range, &QComboBox::activated, this, &DashboardPage::refresh);
    connect(m_bucket, &QComboBox::activated, this, &DashboardPage::refresh);
}

DashboardChart *DashboardPage::addChart(const QString &title, const QString &baseName)
{
    auto *c = new DashboardChart(title, baseName);
    m_charts.append(c);
    return c;
}

QWidget *DashboardPage::buildCharts()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *grid = new QWidget(scroll);
    auto *layout = new QGridLayout(grid);
    DashboardChart *cost = addChart(tr("Cost over time"), QStringLiteral("dashboard-cost"));
    m_perModel = new QCheckBox(tr("per model"), cost);
    m_perModel->setObjectName(QStringLiteral("perModel"));
    m_perModel->setToolTip(tr("Stack the cost by model instead of by tier."));
    cost->addHeaderWidget(m_perModel);
    connect(m_perModel, &QCheckBox::toggled, this, &DashboardPage::drawCharts);
    DashboardChart *latency = addChart(tr("Latency per tier"), QStringLiteral("dashboard-latency"));
    m_logLatency = new QCheckBox(tr("log scale"), latency);
    m_logLatency->setObjectName(QStringLiteral("logLatency"));
    m_logLatency->setChecked(true);
    m_logLatency->setToolTip(tr("A logarithmic ms axis keeps the fast tier readable beside the heavy tier."));
    latency->addHeaderWidget(m_logLatency);
    connect(m_logLatency, &QCheckBox::toggled, this, &DashboardPage::drawCharts);
    addChart(tr("Time to first token per tier"), QStringLiteral("dashboard-ttft"));
    addChart(tr("Output speed per tier"), QStringLiteral("dashboard-tokens-per-second"));
    addChart(tr("Latency per model"), QStringLiteral("dashboard-latency-box"));
    addChart(tr("Tier share"), QStringLiteral("dashboard-tier-share"));
    addChart(tr("Savings against an all-heavy baseline"), QStringLiteral("dashboard-savings"));
    addChart(tr("Error rate per tier and error class"), QStringLiteral("dashboard-errors"));
    addChart(tr("Cost per 1,000 successful calls"), QStringLiteral("dashboard-cost-per-1000"));
    DashboardChart *burn = addChart(tr("Budget burn-down this month"), QStringLiteral("dashboard-burn-down"));
    m_tenant = new QComboBox(burn);
    m_tenant->setObjectName(QStringLiteral("burnDownTenant"));
    m_tenant->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    burn->addHeaderWidget(m_tenant);
    connect(m_tenant, &QComboBox::activated, this, &DashboardPage::drawBurnDown);
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        m_charts.at(i)->setMinimumHeight(330);
        layout->addWidget(m_charts.at(i), int(i / 2), int(i % 2));
    }
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    scroll->setWidget(grid);
    return scroll;
}

DashboardRequest DashboardPage::request() const
{
    DashboardRequest r;
    r.generation = m_generation;
    r.now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    r.filter = DashboardData::rangeFilter(DashboardRange(m_range->currentData().toInt()), r.now);
    r.bucket = DashboardBucket(m_bucket->currentData().toInt());
    for (const TierEntry &t : m_context.config.tiers)
        r.tierOrder.append(t.tier);
    if (r.tierOrder.isEmpty())
        r.tierOrder = {QStringLiteral("fast"), QStringLiteral("standard"), QStringLiteral("reasoning")};
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        if (it.value()->currentIndex() == kAll)
            continue;
        const QStringList value{it.value()->currentData().toString()};
        switch (it.key()) {
        case DashboardDimension::Tenant: r.filter.tenants = value; break;
        case DashboardDimension::Config: r.filter.configs = value; break;
        case DashboardDimension::Provider: r.filter.providers = value; break;
        case DashboardDimension::Model: r.filter.models = value; break;
        case DashboardDimension::Source: r.filter.sources = value; break;
        default: break;
        }
    }
    return r;
}

void DashboardPage::refresh()
{
    if (!m_context.database.isValid()) {
        m_empty->setText(tr("No call store is open, so there is nothing to chart. Check the workspace database in Settings."));
        m_stack->setCurrentIndex(0);
        return;
    }
    ++m_generation; // results of earlier requests are dropped when they arrive
    m_status->setText(tr("Updating…"));
    const DashboardRequest r = request();
    const Database db = m_context.database;
    auto *watcher = new QFutureWatcher<DashboardSnapshot>(this);
    m_running.append(watcher);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_running.removeOne(watcher);
        watcher->deleteLater();
        const DashboardSnapshot s = watcher->result();
        if (s.generation == m_generation)
            apply(s);
    });
    watcher->setFuture(QtConcurrent::run([db, r] {
        DashboardSnapshot s = DashboardData::load(db, r);
        db.closeThreadConnection();
        return s;
    }));
}

void DashboardPage::apply(const DashboardSnapshot &snapshot)
{
    m_snapshot = snapshot;
    m_status->clear();
    fillPickers(snapshot.all);
    if (!snapshot.error.isEmpty()) {
        m_empty->setText(tr("The call store could not be read: %1").arg(snapshot.error.toHtmlEscaped()));
        m_stack->setCurrentIndex(0);
    } else if (snapshot.all.calls == 0) {
        m_empty->setText(tr("<h3>No calls yet</h3><p>The dashboard charts the calls in the workspace store. To get some:</p>"
                            "<ul><li><b>File ▸ Import calls…</b> reads a TierBench call JSONL file or LiteLLM spend logs (JSON lines or CSV);</li>"
                            "<li>run a comparison in the <b>Compare</b> mode, or send from the <b>Router</b> mode: every call is recorded;</li>"
                            "<li>or start <tt>tierbench --demo</tt> for 30 days of simulated traffic.</li></ul>"));
        m_stack->setCurrentIndex(0);
    } else if (snapshot.matching == 0) {
        m_empty->setText(tr("<h3>No calls match</h3><p>The store holds %1 calls (%2 to %3), but none in this time range "
                            "with these filters. Pick a longer range or set a filter back to All.</p>")
                             .arg(snapshot.all.calls)
                             .arg(snapshot.all.first.toString(QStringLiteral("yyyy-MM-dd")),
                                  snapshot.all.last.toString(QStringLiteral("yyyy-MM-dd"))));
        m_stack->setCurrentIndex(0);
    } else {
        m_stack->setCurrentIndex(1);
        drawCharts();
    }
    emit refreshed();
}

void DashboardPage::fillPickers(const DashboardOptions &options)
{
    auto fill = [](QComboBox *combo, const QStringList &values, const QString &blank) {
        const QString current = combo->currentIndex() == kAll ? QString() : combo->currentData().toString();
        const bool wasAll = combo->currentIndex() <= kAll;
        combo->clear();
        combo->addItem(tr("All"));
        for (const QString &v : values)
            combo->addItem(v.isEmpty() ? blank : v, v);
        const int at = wasAll ? kAll : combo->findData(current);
        combo->setCurrentIndex(at < 0 ? kAll : at);
    };
    const QString none = tr("(none)");
    fill(m_filters.value(DashboardDimension::Tenant), options.tenants, none);
    fill(m_filters.value(DashboardDimension::Config), options.configs, none);
    fill(m_filters.value(DashboardDimension::Provider), options.providers, none);
    fill(m_filters.value(DashboardDimension::Model), options.models, none);
    fill(m_filters.value(DashboardDimension::Source), options.sources, none);
    const QString tenant = m_tenant->currentData().toString();
    m_tenant->clear();
    for (const QString &t : options.tenants)
        m_tenant->addItem(t.isEmpty() ? tr("(no tenant)") : t, t);
    const int at = m_tenant->findData(tenant);
    m_tenant->setCurrentIndex(at < 0 ? 0 : at);
}

void DashboardPage::drawCharts()
{
    if (m_snapshot.all.calls == 0 || m_snapshot.matching == 0)
        return;
    const DashboardSnapshot &s = m_snapshot;
    DashboardCharts::fillCost(chart(QStringLiteral("dashboard-cost")), s, m_perModel->isChecked());
    DashboardCharts::fillLatency(chart(QStringLiteral("dashboard-latency")), s, m_logLatency->isChecked());
    DashboardCharts::fillTtft(chart(QStringLiteral("dashboard-ttft")), s);
    DashboardCharts::fillTokensPerSecond(chart(QStringLiteral("dashboard-tokens-per-second")), s);
    DashboardCharts::fillLatencyBox(chart(QStringLiteral("dashboard-latency-box")), s);
    DashboardCharts::fillTierShare(chart(QStringLiteral("dashboard-tier-share")), s);
    DashboardCharts::fillSavings(chart(QStringLiteral("dashboard-savings")), s, m_context.config);
    DashboardCharts::fillErrors(chart(QStringLiteral("dashboard-errors")), s);
    DashboardCharts::fillCostPerThousand(chart(QStringLiteral("dashboard-cost-per-1000")), s);
    drawBurnDown();
}

void DashboardPage::drawBurnDown()
{
    const QString tenant = m_tenant->currentData().toString();
    const BudgetLimits limits = m_context.limits ? m_context.limits(tenant) : BudgetLimits{};
    DashboardCharts::fillBurnDown(chart(QStringLiteral("dashboard-burn-down")), m_snapshot, tenant, limits,
                                  m_context.limitsSource.isEmpty() ? tr("no budget source") : m_context.limitsSource);
}

DashboardChart *DashboardPage::chart(const QString &baseName) const
{
    for (DashboardChart *c : m_charts) {
        if (c->objectName() == baseName)
            return c;
    }
    return nullptr;
}

bool DashboardPage::isShowingEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

QString DashboardPage::emptyStateText() const
{
    return m_empty->text();
}
