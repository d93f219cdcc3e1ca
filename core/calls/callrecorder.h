#pragma once

#include "routing/budgetledger.h"
#include "routing/budgetmanager.h"
#include "store/database.h"
#include "store/runrecord.h"
#include "store/sqlbudgetledger.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class StoreWriter;

/// Everything one routed call leaves behind: a `runs` row per attempt, the routing decision
/// (when the router chose the target) and the budget usage of the call that served it.
struct CallWrite
{
    QString id;                                ///< the routed call's id
    QList<RunRecord> runs;                     ///< every attempt, in order
    std::optional<RoutingDecisionRecord> decision;
    QString tenant;
    std::optional<UsageDelta> usage;           ///< nullopt when nothing was served
    BudgetLimits limits;                       ///< the tenant's limits when the call was made
    QDateTime at;                              ///< UTC; picks the budget periods
};

struct CallWriteResult
{
    bool ok = false;
    QString error;
    QList<BudgetAlert> alerts; ///< raised by this call's usage, once per period
};

/// Where routed calls are kept. The write is all or nothing: the runs, the decision and the
/// usage commit together or not at all.
class CallRecorder
{
public:
    using Done = std::function<void(const CallWriteResult &)>;
    virtual ~CallRecorder() = default;
    /// Writes `write`; `done` runs later on the caller's thread, exactly once.
    virtual void write(CallWrite write, Done done) = 0;
    /// The ledger budget checks read from (the caller's thread).
    virtual BudgetLedger &ledger() = 0;
};

/// Keeps calls in memory (no store could be opened, and tests).
class MemoryCallRecorder final : public CallRecorder
{
public:
    void write(CallWrite write, Done done) override;
    BudgetLedger &ledger() override { return m_ledger; }
    const QList<CallWrite> &writes() const { return m_writes; }

private:
    InMemoryBudgetLedger m_ledger;
    QList<CallWrite> m_writes;
};

/// Writes through the store's StoreWriter, in one transaction per call; `done` follows the
/// writer's saved()/failed() for that call, so a reported call is durable.
class StoreCallRecorder final : public QObject, public CallRecorder
{
    Q_OBJECT
public:
    StoreCallRecorder(Database database, StoreWriter *writer, QObject *parent = nullptr);
    void write(CallWrite write, Done done) override;
    BudgetLedger &ledger() override { return m_ledger; }

    /// The transaction body, exposed for tests: inserts `write` on `db` and fills `alerts`.
    static bool apply(QSqlDatabase &db, const CallWrite &write, QList<BudgetAlert> *alerts, QString *error);

private:
    struct Pending
    {
        Done done;
        std::shared_ptr<QList<BudgetAlert>> alerts;
    };
    void finish(const QString &id, bool ok, const QString &error);

    SqlBudgetLedger m_ledger;
    QPointer<StoreWriter> m_writer;
    QHash<QString, Pending> m_pending;
};
