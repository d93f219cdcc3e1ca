#pragma once

#include "compareconfigs.h"
#include "comparecontext.h"
#include "experiments/experimentrunner.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class BlindVoteView;
class CellGridFilter;
class CellGridModel;
class ElidedLabel;
class PromptEditor;
class QAction;
class QComboBox;
class QGridLayout;
class QLabel;
class QScrollArea;
class QTabWidget;
class QTableView;
class RunControls;
class RunHistory;
class StreamPane;
class TargetPicker;

/// The Compare mode: pick targets, write a prompt (and test cases), press Ctrl+Enter and
/// watch the answers stream side by side; batches fill the grid; earlier runs can be
/// reopened and diffed; answers can be voted on blind.
///
/// With a config source, the picker offers the tiers of every workspace config (as the
/// editor holds them), grouped by config. One config is chosen: it follows the editor's
/// current tab, or the user picks it here. Its first tiers are checked by default (ticks
/// within the previous config move to the same tiers of the new one), the router routes
/// over it, and the run header names it.
class ComparePage final : public QWidget
{
    Q_OBJECT
public:
    explicit ComparePage(const CompareContext &context, QWidget *parent = nullptr);
    ~ComparePage() override;
    Q_DISABLE_COPY_MOVE(ComparePage)

    /// Replaces the offered targets when there is no config source.
    void setTargets(const QList<Target> &targets);
    /// Starts a run of the current prompt, cases and checked targets. False + message when
    /// nothing can run (no target, a missing variable, a run already going).
    bool run();
    /// Reopens a stored run in the grid and the panes.
    bool openRun(const QString &runId);
    /// Runs the failed cells of the last run again.
    bool retryFailed();
    /// Runs the cells of a cancelled run that never finished; finished ones are kept.
    bool runRemaining();
    /// Writes the grid's cells by extension: .csv and .jsonl (one row per cell, every field),
    /// .md (the per-target summary). Atomic (QSaveFile).
    bool exportCells(const QString &path, QString *error);

    /// The key of the chosen config (see CompareConfig::key); empty without a source.
    QString chosenConfigKey() const { return m_chosenKey; }
    /// Chooses a config as the user would in the Config box.
    void chooseConfig(const QString &key);
    /// Re-reads the config source now (it is read lazily while the page is hidden).
    void refreshConfigs();

    /// Prompt, system prompt, parameters, test cases, chosen config and checked targets,
    /// for the next session (MainWindow stores it).
    Q_INVOKABLE QByteArray saveSessionState() const;
    Q_INVOKABLE void restoreSessionState(const QByteArray &state);

    /// Run, Cancel and Export cells, for the window's toolbar.
    QList<QAction *> toolBarActions() const;

    enum class Tab { Panes, Grid, History, Blind };
    void showTab(Tab tab);

    ExperimentRunner *runner() const { return m_runner; }
    TargetPicker *targetPicker() const { return m_picker; }
    PromptEditor *promptEditor() const { return m_editor; }
    RunControls *runControls() const { return m_controls; }
    QComboBox *configBox() const { return m_configBox; }
    QScrollArea *paneArea() const { return m_paneArea; }
    QList<StreamPane *> panes() const { return m_panes; }
    CellGridModel *gridModel() const { return m_grid; }
    CellGridFilter *gridFilter() const { return m_filter; }
    RunHistory *history() const { return m_history; }
    BlindVoteView *blindView() const { return m_blind; }
    QString message() const;
    /// The line above the panes: the run and the config it runs on.
    QString runHeader() const;
    /// Where the chosen config comes from ("local-ollama.yaml, unsaved edits are used").
    QString configNotes() const;

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildLeftPanel();
    QWidget *buildGridTab();
    void createActions();
    void buildPanes(const QList<Target> &targets);
    void layoutPanes();
    void fitGridColumns();
    void setMessage(const QString &text, bool error = false);
    TokenPrices pricesFor(const CellResult &cell) const;
    QString caseCaption(const CellKey &key) const;

    // Configs and targets (comparepageconfigs.cpp).
    int configIndex(const QString &key) const;
    const CompareConfig *chosenConfig() const;
    QString chosenLabel() const;
    void rebuildTargets();
    void applyDefaultChecks();
    void carryChecks(const QString &oldLabel, const QStringList &checked);
    void applyPendingChoice();
    void updateConfigNotes();
    void updatePlan();
    void scheduleRefresh();

    void onCellStarted(const CellKey &key, const QString &provider, const QString &model);
    void onCellDelta(const CellKey &key, const QString &delta);
    void onCellStateChanged(const CellKey &key, CellState state);
    void onCellFinished(const CellResult &cell);
    void onStatusChanged(RunStatus status);
    void onFinished(RunStatus status);
    void flushPanes();
    void showDiff(const QString &runA, const QString &runB);
    void chooseExportFile();

    CompareContext m_context;
    ExperimentRunner *m_runner;
    TargetPicker *m_picker;
    PromptEditor *m_editor;
    RunControls *m_controls;
    QTabWidget *m_tabs;
    QComboBox *m_configBox = nullptr;
    ElidedLabel *m_configNotes = nullptr;
    ElidedLabel *m_runHeader = nullptr;
    QScrollArea *m_paneArea = nullptr;
    QGridLayout *m_paneGrid = nullptr;
    int m_paneColumns = 0;
    QList<StreamPane *> m_panes;
    QHash<int, CellKey> m_paneKey; ///< target index -> the cell its pane follows
    CellGridModel *m_grid;
    CellGridFilter *m_filter;
    QTableView *m_gridView = nullptr;
    QComboBox *m_filterBox = nullptr;
    RunHistory *m_history = nullptr;
    BlindVoteView *m_blind = nullptr;
    QLabel *m_message;
    QLabel *m_storeBanner = nullptr; ///< shown when runs are kept in memory only
    QTimer m_flushTimer;
    QTimer m_refreshTimer;
    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_exportAction = nullptr;

    QList<CompareConfig> m_configs;
    QStringList m_labels;          ///< parallel to m_configs
    QString m_chosenKey;
    QString m_lastEditorKey;
    bool m_configsDirty = false;
    TierConfig m_routerConfig;     ///< the config the current run's router routes over
    QString m_pendingKey;          ///< a restored choice waiting for its config to be read
    QStringList m_pendingChecks;
    RunStatus m_lastStatus = RunStatus::Idle;
};
