#pragma once

#include "routing/routerpolicy.h"
#include "routercontext.h"
#include "routing/modelrouter.h"

#include <QWidget>

#include <memory>

class CalibrationView;
class PlaygroundView;
class ReplayView;
class RequestSource;
class PolicyDocument;
class PolicyEditor;
class PolicyFileActions;
class Prompter;
class QAction;
class QComboBox;
class QSplitter;
class QTabWidget;
class QToolButton;
class QUndoStack;

/// The Router mode: "why did this request go to that tier?" A playground that scores the
/// request as the user types, a policy editor (thresholds and weights, undoable, saved to a
/// policy file), what-if replay and calibration. The config combo picks which workspace
/// config the policy routes onto.
class RouterPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RouterPage)

public:
    explicit RouterPage(const RouterContext &context, QWidget *parent = nullptr);
    ~RouterPage() override;

    /// Replaces the offered configs (the workspace changed); keeps the current one if it is
    /// still there.
    void setConfigs(const QList<RouterConfigChoice> &configs);
    /// Selects a config by name; false when there is none of that name.
    bool setCurrentConfig(const QString &name);
    QString currentConfig() const;
    const TierConfig &tierConfig() const { return m_router.config(); }

    enum class Tab { Playground, Replay, Calibration };
    void showTab(Tab tab);

    const ModelRouter &router() const { return m_router; }
    PolicyDocument *policy() const { return m_policy; }
    PolicyEditor *policyEditor() const { return m_editor; }
    PolicyFileActions *policyFiles() const { return m_files; }
    PlaygroundView *playground() const { return m_playground; }
    ReplayView *replay() const { return m_replay; }
    CalibrationView *calibration() const { return m_calibration; }
    RequestSource *requests() const { return m_requests; }
    /// Fills the playground with a replayed request and shows it.
    void openInPlayground(const ReplayRequest &request);
    /// The policy's undo stack (the main window's Edit ▸ Undo acts on it in this mode).
    QUndoStack *undoStack() const;
    /// The page's own Undo/Redo buttons; hide them where the window's Edit actions serve.
    void setUndoButtonsVisible(bool visible);
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

signals:
    void currentConfigChanged(const QString &name);

private:
    QWidget *buildToolbar();
    void rebuildRouter();
    ModelRouter routerFor(const RouterPolicy &policy) const;
    void fillConfigCombo();

    RouterContext m_context;
    ModelRouter m_router;
    PolicyDocument *m_policy;
    std::unique_ptr<Prompter> m_ownPrompter;
    PolicyFileActions *m_files;
    PolicyEditor *m_editor;
    PlaygroundView *m_playground;
    RequestSource *m_requests = nullptr;
    ReplayView *m_replay = nullptr;
    CalibrationView *m_calibration = nullptr;
    QTabWidget *m_tabs;
    QSplitter *m_splitter;
    QComboBox *m_configBox;
    QAction *m_undo;
    QAction *m_redo;
    QList<QToolButton *> m_undoButtons;
};
