#pragma once

#include "calls/callrecorder.h"
#include "calls/routedcallservice.h"

#include "config/tierconfig.h"
#include "providers/providerclient.h"
#include "store/storewriter.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <memory>

/// What a tierctl command needs to make routed calls: the config, the store it records in,
/// the client and the RoutedCallService. Shared by `complete` (and any later command that calls
/// models), so that every one of them takes the same options and records the same way.
class CallSession final
{
public:
    /// --config, --db, --no-record, --policy; with routing also --tenant, --task-type,
    /// --capability, --context-tokens and --history.
    struct Options
    {
        QCommandLineOption config{QStringLiteral("config"), QStringLiteral("ModelTierConfig YAML file."), QStringLiteral("FILE")};
        QCommandLineOption db{QStringLiteral("db"),
                              QStringLiteral("Record the call in this store: a SQLite file or postgres:// URL "
                                             "(default: the workspace database)."),
                              QStringLiteral("PATH|URL")};
        QCommandLineOption noRecord{QStringLiteral("no-record"),
                                    QStringLiteral("Do not record the call (budgets are then checked in memory only).")};
        QCommandLineOption tenant{QStringLiteral("tenant"), QStringLiteral("Bill the call to tenant T (default: default)."),
                                  QStringLiteral("T")};
        QCommandLineOption taskType{QStringLiteral("task-type"), QStringLiteral("Task type, e.g. security_analysis."),
                                    QStringLiteral("T")};
        QCommandLineOption capability{QStringLiteral("capability"),
                                      QStringLiteral("An agent capability (repeatable), e.g. security_analysis."),
                                      QStringLiteral("C")};
        QCommandLineOption contextTokens{QStringLiteral("context-tokens"),
                                         QStringLiteral("Tokens of attached context the model must read."), QStringLiteral("N")};
        QCommandLineOption history{QStringLiteral("history"), QStringLiteral("Earlier turns of the conversation."),
                                   QStringLiteral("N")};
        QCommandLineOption policy{QStringLiteral("policy"),
                                  QStringLiteral("RouterPolicy YAML: thresholds, weights, overrides and tenant budgets "
                                                 "(default: the seed's, with TOKEN_BUDGET_DAILY/MONTHLY)."),
                                  QStringLiteral("FILE")};

        void add(QCommandLineParser &parser, bool routing);
        bool hasConfig(const QCommandLineParser &parser) const { return parser.isSet(config); }
        /// Reads the routing options into `request`; returns 2 after a usage error, else -1.
        int fillRequest(const QCommandLineParser &parser, const QString &command, RoutedCallRequest &request) const;
    };

    CallSession();
    ~CallSession();
    Q_DISABLE_COPY_MOVE(CallSession)

    /// Loads the config and the policy and opens the store; returns 2 after printing why it
    /// cannot, else -1.
    /// A store that cannot be opened is a warning: the call is then not recorded.
    int open(const QCommandLineParser &parser, const Options &options, const QString &command);
    RoutedCallService &service() { return *m_service; }

    /// Budget alerts and store problems of a finished call, on stderr.
    void report(const RoutedCallResult &result, const QString &command) const;

    static QJsonObject budgetJson(const BudgetCheck &check);
    static QJsonArray alertsJson(const QList<BudgetAlert> &alerts);
    /// SIGINT / SIGTERM cancel the call instead of killing the process.
    static void cancelOnSignals(RoutedCall *call);

private:
    QNetworkAccessManager m_network;
    std::unique_ptr<ProviderClient> m_client;
    std::unique_ptr<StoreWriter> m_writer;
    std::unique_ptr<CallRecorder> m_recorder;
    std::unique_ptr<RoutedCallService> m_service;
    bool m_recording = false;
};
