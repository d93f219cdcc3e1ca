#pragma once

#include <QDockWidget>

#include <functional>

class ProblemsModel;
class QPlainTextEdit;
class QTabWidget;
class QTreeView;
class QListWidget;
class QStackedWidget;

/// The dock shared by all modes: Problems, Output, Alerts.
class BottomDock final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BottomDock)

public:
    explicit BottomDock(QWidget *parent = nullptr);

    ProblemsModel *problems() const { return m_problems; }
    QTreeView *problemsView() const { return m_problemsView; }
    QPlainTextEdit *output() const { return m_output; }
    void appendOutput(const QString &line);
    /// Adds an alert (a budget crossing 80% or 95%, a price drift) with the time it came.
    void appendAlert(const QString &text);
    /// An alert with a button (e.g. "Open config") that runs `action`.
    void appendAlert(const QString &text, const QString &actionText, std::function<void()> action);
    int alertCount() const;
    void showProblems();

signals:
    /// The user clicked, double-clicked or pressed Enter on a problem.
    void problemActivated(int line, int column, const QString &path);

private:
    void updateTitles();

    QTabWidget *m_tabs;
    ProblemsModel *m_problems;
    QTreeView *m_problemsView;
    QPlainTextEdit *m_output;
    QStackedWidget *m_alertsPage;
    QListWidget *m_alerts;
};
