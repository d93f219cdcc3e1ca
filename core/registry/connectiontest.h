#pragma once

#include "modelsync.h"

#include <QStringList>

#include <functional>

/// The outcome of "Test connection": the models the provider lists (first page), the time
/// to the answer, or an error that says what to do.
struct ConnectionTest
{
    QString provider;
    QStringList models;
    qint64 latencyMs = -1; ///< request sent to last byte; -1 when there was no answer
    int httpStatus = 0;
    QString error;

    bool ok() const { return error.isEmpty(); }
};

/// Asks `endpoint` for its model list with `key` (empty: none sent) and reports on `context`'s
/// thread. The key goes in a header only; it is scrubbed from any error text.
void testConnection(QNetworkAccessManager *network, const ProviderEndpoint &endpoint, const QString &key,
                    int timeoutMs, QObject *context, std::function<void(ConnectionTest)> done);
