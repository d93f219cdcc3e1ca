#pragma once

#include "database.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

/// One table's share of a copy.
struct StoreCopyTable
{
    QString table;
    qint64 read = 0;   ///< rows in the source
    qint64 added = 0;  ///< rows the target did not have
    qint64 kept = 0;   ///< rows the target already had (left as they are)
};

struct StoreCopyReport
{
    QList<StoreCopyTable> tables;
    QString error;   ///< what stopped the copy; batches before it are committed
    bool cancelled = false;
    bool ok() const { return error.isEmpty() && !cancelled; }
};

/// Copies one store into another (a laptop's SQLite file into the team's PostgreSQL), idempotently:
/// a row the target already has, by its key, is left as it is, so copying twice adds nothing.
///  - `runs` go through RunStore::insertRuns, so the target's rollups (the Dashboard) count
///    each new call once;
///  - routing decisions, budget rows, registry models, price sources and the experiment
///    tables (when both stores have them) by their primary keys; a budget period the target
///    already counts keeps the target's totals (reported as kept);
///  - audit entries without an id of their own, matched on all their fields.
/// Each batch is one transaction on the target. Both stores are migrated first.
class StoreCopy
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)

public:
    struct Options
    {
        int batchSize = 2000;
        const std::atomic_bool *cancel = nullptr;
        std::function<void(const StoreCopyTable &)> progress; ///< after each batch
    };

    static StoreCopyReport copy(const Database &from, const Database &to, const Options &options);
    static StoreCopyReport copy(const Database &from, const Database &to) { return copy(from, to, Options{}); }
};
