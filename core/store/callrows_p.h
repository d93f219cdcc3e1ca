#pragma once

#include "config/tierconfig.h"
#include "runrecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// One input row of a call file turned into a RunRecord (CallImport's parsing half).
/// Pure functions of the row and the context; no I/O.
class CallRows
{
    Q_DECLARE_TR_FUNCTIONS(CallImport)

public:
    /// What --config contributes: tiers by provider and model, their prices, and its name.
    class Context
    {
    public:
        Context() = default;
        explicit Context(const std::optional<TierConfig> &config);

        QString configName;
        /// The config's entry serving provider + model (the model with or without a
        /// "provider/" prefix), or nullptr.
        const TierEntry *entryFor(const QString &provider, const QString &model) const;
        /// The config's entry for a tier name, or nullptr.
        const TierEntry *entryForTier(const QString &tier) const;
        /// Fills tier (when empty) and cost (when unknown) from the config; tier
        /// "unassigned" when nothing says which.
        void complete(RunRecord &run) const;

    private:
        std::optional<TierConfig> m_config;
        QHash<QString, qsizetype> m_byModel;
    };

    /// A TierBench call JSONL object (the README's "Call JSONL" section).
    static bool fromTierBench(const QJsonObject &o, const Context &context, RunRecord *run, QString *error);
    /// A LiteLLM_SpendLogs row: a JSON object, or a CSV row as strings by column name.
    static bool fromLiteLlm(const QJsonObject &o, const Context &context, RunRecord *run, QString *error);

    /// Maps LiteLLM's error_information (error_code, error_class) to TierBench's error classes.
    static QString errorClassFor(const QString &code, const QString &litellmClass);
};

/// Splits CSV text (RFC 4180: quoted fields may hold commas, quotes and newlines) into
/// records, keeping the physical line each record starts on.
class CsvRecords
{
public:
    /// Feeds more bytes; complete records become available through next().
    void append(const QByteArray &bytes) { m_buffer.append(bytes); }
    /// The next complete record; at end of input call finish() first so the last one
    /// (without a newline) counts. Returns false when none is complete yet.
    bool next(QList<QString> *fields, qint64 *line, QString *error);
    void finish() { m_final = true; }

private:
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    bool m_final = false;
};
