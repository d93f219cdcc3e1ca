#pragma once

#include "calls/routedcall.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class RoutedCallService;

/// Send: runs the playground's request as a RoutedCall and shows the streamed answer, which
/// tier served it, every fallback hop and the tenant's budget left. Without a service (the
/// preview harness) the button stays disabled and says why.
class SendPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendPanel)

public:
    /// Returns the request to send, after bringing the service's config and policy in line
    /// with the page's (so the call is routed exactly as the playground shows).
    using Prepare = std::function<RoutedCallRequest()>;

    SendPanel(RoutedCallService *service, Prepare prepare, QWidget *parent = nullptr);

    /// Starts a call; false (and a message in the status line) when one is running or there
    /// is no service.
    bool send();
    void cancel();
    bool isRunning() const { return !m_call.isNull(); }

    QPushButton *sendButton() const { return m_send; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPlainTextEdit *answer() const { return m_answer; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *hopsLabel() const { return m_hops; }
    QLabel *budgetLabel() const { return m_budget; }
    QLabel *simulatedBadge() const { return m_badge; }
    /// Shows the "simulated" badge when the service calls the simulated provider (a key set
    /// or removed since the panel was built changes that).
    void updateBadge();

signals:
    /// The answer area appeared (first Send): the page gives it room.
    void answerShown();
    void finished(const RoutedCallResult &result);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onHop(const FallbackHop &hop);
    void onFinished(const RoutedCallResult &result);
    void showBudget(const QString &tenant);
    void setRunning(bool running);

    RoutedCallService *m_service;
    Prepare m_prepare;
    QPointer<RoutedCall> m_call;
    QString m_tenant;
    QStringList m_hopLines;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QLabel *m_badge;
    QLabel *m_status;
    QPlainTextEdit *m_answer;
    QLabel *m_hops;
    QLabel *m_budget;
};
