#include "cleartextguard.h"

#include "prompter.h"

bool CleartextGuard::approve(const QUrl &url)
{
    const QString origin = url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveUserInfo
                                        | QUrl::RemoveFragment).toString();
    if (m_allowed.contains(origin))
        return true;
    if (m_refused.contains(origin))
        return false;
    const bool yes = m_prompter->confirm(
        tr("Send the key unencrypted?"),
        tr("%1 is a plain http:// endpoint on another machine. The API key and the prompts would cross "
           "the network unencrypted, readable by anyone on the path.\n\nSend them anyway? (Use https:// "
           "to avoid this question.)").arg(origin));
    (yes ? m_allowed : m_refused).insert(origin);
    return yes;
}
