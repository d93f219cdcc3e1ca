#include "routerservices.h"

#include "callservices.h"

#include "store/storedreplay.h"

#include <QDir>
#include <QFileInfo>

RouterServices::RouterServices(const QString &workspaceDir, CallServices *calls,
                               std::function<void(const BudgetAlert &)> alertHandler)
{
    m_context.configs = workspaceRouterConfigs(workspaceDir);
    m_context.currentConfig = QStringLiteral("default.yaml");
    // The workspace's policy, when it keeps one beside its configs.
    const QString policy = QDir(workspaceDir).filePath(QStringLiteral("router-policy.yaml"));
    if (!workspaceDir.isEmpty() && QFileInfo::exists(policy))
        m_context.policyPath = policy;
    const TierConfig config = m_context.configs.isEmpty() ? ModelRouter::defaultTierConfig()
                                                          : m_context.configs.constFirst().config;
    m_calls = std::make_unique<RoutedCallService>(calls->client(), calls->recorder(), config);
    m_calls->setSimulated(calls->isSimulated());
    calls->onKeysChanged([this, calls] { m_calls->setSimulated(calls->isSimulated()); });
    m_calls->setCallPolicy(calls->routedCalls()->callPolicy());
    // Budgets come from the page's policy, applied before each Send (the seed's
    // TOKEN_BUDGET_* variables when the policy has no budgets section).
    m_calls->budget().setAlertHandler(std::move(alertHandler));
    m_context.calls = m_calls.get();
    if (calls->database().isValid()) {
        const Database db = calls->database();
        m_context.storedRequests = [db](QString *error) { return ReplayInputs::fromStore(db, error); };
    }
}
