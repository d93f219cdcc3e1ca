#pragma once

#include "comparecontext.h"
#include "experiments/experimentrunner.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class BlindVoteView;
class CellGridFilter;
class CellGridModel;
class PromptEditor;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QTabWidget;
class QTableView;
class RunControls;
class RunHistory;
class StreamPane;
class TargetPicker;

/// The Compare mode: pick targets, write a prompt (and test cases), press Ctrl+Enter and
/// watch the answers stream side by side; batches fill the grid; earlier runs can be
/// reopened and diffed; answers can be voted on blind.
class ComparePage final : public QWidget
{
    Q_OBJECT
public:
    explicit ComparePage(const CompareContext &context, QWidget *parent = nullptr);
    ~ComparePage() override;
    Q_DISABLE_COPY_MOVE(ComparePage)

    /// Replaces the offered targets (e.g. when another config is opened).
    void setTargets(const QList<Target> &targets);
    /// Starts a run of the current prompt, cases and checked targets. False + message when
    /// nothing can run (no target, a missing variable, a run already going).
    bool run();
    /// Reopens a stored run in the grid and the panes.
    bool openRun(const QString &runId);
    /// Runs the failed cells of the last run again.
    bool retryFailed();
    /// Writes the grid's cells by extension: .csv and .jsonl (one row per cell, every field),
    /// .md (the per-target summary). Atomic (QSaveFile).
    bool exportCells(const QString &path, QString *error);

    enum class Tab { Panes, Grid, History, Blind };
    void showTab(Tab tab);

    ExperimentRunner *runner() const { return m_runner; }
    TargetPicker *targetPicker() const { return m_picker; }
    PromptEditor *promptEditor() const { return m_editor; }
    RunControls *runControls() const { return m_controls; }
    QList<StreamPane *> panes() const { return m_panes; }
    CellGridModel *gridModel() const { return m_grid; }
    CellGridFilter *gridFilter() const { return m_filter; }
    RunHistory *history() const { return m_history; }
    BlindVoteView *blindView() const { return m_blind; }
    QString message() const;

private:
    QWidget *buildGridTab();
    void buildPanes(const QList<Target> &targets);
    void fitGridColumns();
    void setMessage(const QString &text, bool error = false);
    TokenPrices pricesFor(const CellResult &cell) const;
    QString caseCaption(const CellKey &key) const;

    void onCellStarted(const CellKey &key, const QString &provider, const QString &model);
    void onCellDelta(const CellKey &key, const QString &delta);
    void onCellStateChanged(const CellKey &key, CellState state);
    void onCellFinished(const CellResult &cell);
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
    QHBoxLayout *m_paneRow = nullptr;
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
};
