#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QUrl>

class Prompter;

/// The GUI's answer to ProviderClient::setCleartextApproval(): before a key goes to a plain
/// http:// endpoint on another machine, the user is asked once per origin in a session.
class CleartextGuard
{
    Q_DECLARE_TR_FUNCTIONS(CleartextGuard)
public:
    explicit CleartextGuard(Prompter *prompter) : m_prompter(prompter) {}
    /// True to send. Asks the first time per scheme://host:port; remembers yes and no.
    bool approve(const QUrl &url);

private:
    Prompter *m_prompter;
    QSet<QString> m_allowed;
    QSet<QString> m_refused;
};
