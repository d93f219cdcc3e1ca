#include "callsession.h"

#include "cliutil.h"
#include "console.h"

#include "config/configcodec.h"
#include "routing/routerpolicy.h"
#include "providers/secretstore.h"
#include "store/database.h"


void CallSession::Options::add(QCommandLineParser &parser, bool routing)
{
    parser.addOptions({config, db, noRecord, policy});
    if (routing)
        parser.addOptions({tenant, taskType, capability, contextTokens, history});
}

int CallSession::Options::fillRequest(const QCommandLineParser &parser, const QString &command,
                                      RoutedCallRequest &request) const
{
    auto count = [&](const QCommandLineOption &o, qint64 *out) {
        if (!parser.isSet(o))
            return true;
        bool ok = false;
        *out = parser.value(o).toLongLong(&ok);
        return ok && *out >= 0;
    };
    qint64 context = 0;
    qint64 turns = 0;
    if (!count(contextTokens, &context))
        return Cli::usageError(command, QStringLiteral("--context-tokens must be a whole number >= 0."));
    if (!count(history, &turns) || turns > 100000)
        return Cli::usageError(command, QStringLiteral("--history must be a whole number >= 0."));
    request.contextTokens = context;
    request.historyTurns = int(turns);
    if (parser.isSet(tenant)) {
        request.tenant = parser.value(tenant).trimmed();
        if (request.tenant.isEmpty())
            return Cli::usageError(command, QStringLiteral("--tenant must not be empty."));
    }
    request.taskType = parser.value(taskType);
    request.capabilities = parser.values(capability);
    return -1;
}

CallSession::CallSession() = default;

CallSession::~CallSession()
{
    m_service.reset();
    m_recorder.reset();
    m_writer.reset(); // commits what is queued
}

int CallSession::open(const QCommandLineParser &parser, const Options &options, const QString &command)
{
    TierConfig config;
    if (parser.isSet(options.config)) {
        TierConfigLoad load = ConfigCodec::loadTierConfig(parser.value(options.config));
        if (!load.config) {
            Cli::err() << command << ": " << load.error << "\n";
            Cli::err().flush();
            return 2;
        }
        config = *load.config;
    }
    m_client = std::make_unique<ProviderClient>(&m_network, SecretStore::defaultBackend());
    if (!parser.isSet(options.noRecord)) {
        const Database db = Cli::database(parser.value(options.db));
        QString error;
        if (db.openAndMigrate(&error)) {
            m_writer = std::make_unique<StoreWriter>(db);
            m_recorder = std::make_unique<StoreCallRecorder>(db, m_writer.get());
            m_recording = true;
        } else {
            Cli::err() << command << ": warning: the call will not be recorded: " << error << "\n";
            Cli::err().flush();
        }
    }
    if (!m_recorder)
        m_recorder = std::make_unique<MemoryCallRecorder>();
    m_service = std::make_unique<RoutedCallService>(m_client.get(), m_recorder.get(), config);
    if (parser.isSet(options.policy)) {
        const std::optional<RouterPolicy> policy = Cli::loadPolicy(command, parser.value(options.policy));
        if (!policy)
            return 2;
        policy->applyTo(m_service->router());
        policy->applyTo(m_service->budget());
    }
    return -1;
}

void CallSession::report(const RoutedCallResult &result, const QString &command) const
{
    for (const BudgetAlert &a : result.alerts)
        Cli::err() << command << ": budget alert: " << BudgetManager::describe(a) << "\n";
    if (m_recording && result.calls > 0 && !result.persisted)
        Cli::err() << command << ": warning: the call was not recorded: " << result.storeError << "\n";
    Cli::err().flush();
}

QJsonObject CallSession::budgetJson(const BudgetCheck &c)
{
    if (c.allowed)
        return {{QStringLiteral("allowed"), true}};
    return {{QStringLiteral("allowed"), false},
            {QStringLiteral("period"), c.period == BudgetPeriod::Day ? QStringLiteral("day") : QStringLiteral("month")},
            {QStringLiteral("metric"), c.metric == BudgetAlert::Metric::Dollars ? QStringLiteral("usd") : QStringLiteral("tokens")},
            {QStringLiteral("used"), c.used},
            {QStringLiteral("limit"), c.limit},
            {QStringLiteral("remaining"), c.remaining},
            {QStringLiteral("resetsAt"), c.resetsAt.toString(Qt::ISODate)},
            {QStringLiteral("reason"), c.reason}};
}

QJsonArray CallSession::alertsJson(const QList<BudgetAlert> &alerts)
{
    QJsonArray out;
    for (const BudgetAlert &a : alerts)
        out.append(QJsonObject{{QStringLiteral("tenant"), a.tenant},
                               {QStringLiteral("period"), a.periodKey},
                               {QStringLiteral("metric"), a.metric == BudgetAlert::Metric::Dollars ? QStringLiteral("usd")
                                                                                                 : QStringLiteral("tokens")},
                               {QStringLiteral("percent"), a.thresholdPercent},
                               {QStringLiteral("used"), a.used},
                               {QStringLiteral("limit"), a.limit}});
    return out;
}

/// The handler only wakes the event loop, which cancels the call, so the partial text and
/// the figures (class cancelled) still come out.
void CallSession::cancelOnSignals(RoutedCall *call)
{
    Console::onInterrupt(call, [call] { call->cancel(); });
}
