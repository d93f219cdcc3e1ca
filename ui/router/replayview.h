#pragma once

#include "routing/replay.h"

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class Prompter;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;
class ReplayChangeModel;
class ReplayChart;
class ReplayTierModel;
class RequestSource;

/// What-if replay: the loaded requests routed with the saved policy (before) and the edited
/// one (after), with no model calls, off the GUI thread with a progress bar and Cancel.
/// Shows per-tier share and cost before/after (chart and table), the savings against sending
/// everything to the heaviest tier, and the requests whose tier changed (double-click opens
/// one in the playground). With no requests it says how to get some instead of a 0% chart.
class ReplayView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReplayView)

public:
    struct Routers
    {
        ModelRouter before;
        ModelRouter after;
        QString description; ///< "saved policy → edited policy on default.yaml"
    };
    using RouterSource = std::function<Routers()>;

    ReplayView(RequestSource *source, RouterSource routers, Prompter *prompter, QWidget *parent = nullptr);
    ~ReplayView() override;

    /// Starts a replay of the loaded requests; false when there are none (the empty state
    /// shows why). A replay in flight is cancelled first.
    bool run();
    void cancel();
    /// Runs again shortly (the policy changed), if a result is shown.
    void scheduleRerun();
    bool isRunning() const { return m_watcher.isRunning(); }
    bool hasResult() const { return m_hasResult; }
    const ReplayResult &result() const { return m_result; }
    const QList<ReplayRequest> &replayedRequests() const { return m_requests; }

    ReplayTierModel *tierModel() const { return m_tiers; }
    ReplayChangeModel *changeModel() const { return m_changes; }
    ReplayChart *chart() const { return m_chart; }
    QTableView *changeView() const { return m_changeView; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *emptyLabel() const { return m_empty; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    /// True when the empty state (no chart) is shown.
    bool showsEmptyState() const;

signals:
    void finished();
    void openRequest(const ReplayRequest &request);

private:
    QWidget *buildResults();
    void onSourceLoaded();
    void onFinished();
    void showEmpty();
    QString summaryText() const;
    void fitTierTable();

    RequestSource *m_source;
    RouterSource m_routers;
    QFutureWatcher<ReplayResult> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    QTimer m_rerun;
    ReplayResult m_result;
    QList<ReplayRequest> m_requests;
    bool m_hasResult = false;
    QString m_description;

    QPushButton *m_run;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_routersLabel;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_summary;
    ReplayChart *m_chart;
    ReplayTierModel *m_tiers;
    QTableView *m_tierView;
    class QSplitter *m_top = nullptr;
    ReplayChangeModel *m_changes;
    QTableView *m_changeView;
    QLabel *m_changesLabel;
};
