#pragma once

#include "dashboarddata.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

class DashboardChart;
class QCheckBox;
class QComboBox;
class QLabel;
class QStackedWidget;

/// The Dashboard mode: time range, bucket and filter controls over a grid of charts (cost,
/// latency, TTFT, tokens/s, latency per model, tier share, savings, errors, cost per 1,000
/// calls, budget burn-down), read with DashboardQueries on a worker thread. A store with no
/// calls shows how to get some instead of empty axes.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(DashboardContext context, QWidget *parent = nullptr);
    ~DashboardPage() override;

    /// The chart whose export base name is `baseName` (e.g. "dashboard-cost"); null if none.
    DashboardChart *chart(const QString &baseName) const;
    QList<DashboardChart *> charts() const { return m_charts; }
    /// True while the page shows the "how to get data" text instead of the charts.
    bool isShowingEmptyState() const;
    QString emptyStateText() const;
    const DashboardSnapshot &snapshot() const { return m_snapshot; }
    /// Pins "now" (the end of the time range and the burn-down's month); invalid = the clock.
    void setNow(const QDateTime &now) { m_now = now; }

public slots:
    /// Reads the store again with the current controls (off the GUI thread).
    void refresh();

signals:
    /// A snapshot for the current controls has been drawn.
    void refreshed();

private:
    void buildControls(QWidget *bar);
    QWidget *buildCharts();
    DashboardRequest request() const;
    void apply(const DashboardSnapshot &snapshot);
    void fillPickers(const DashboardOptions &options);
    void drawCharts();
    void drawBurnDown();
    DashboardChart *addChart(const QString &title, const QString &baseName);

    DashboardContext m_context;
    DashboardSnapshot m_snapshot;
    quint64 m_generation = 0;
    QDateTime m_now;
    QComboBox *m_range = nullptr;
    QComboBox *m_bucket = nullptr;
    QHash<DashboardDimension, QComboBox *> m_filters;
    QCheckBox *m_perModel = nullptr;
    QCheckBox *m_logLatency = nullptr;
    QComboBox *m_tenant = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<DashboardChart *> m_charts;
    QList<QFutureWatcher<DashboardSnapshot> *> m_running;
};
