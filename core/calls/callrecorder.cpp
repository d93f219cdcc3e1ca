#include "callrecorder.h"

#include "store/runstore.h"
#include "store/storewriter.h"

#include <QTimer>

namespace {

/// recordIn() with the limits and time captured when the call was made, so the writer thread
/// reads nothing the GUI thread may change meanwhile.
QList<BudgetAlert> recordUsage(BudgetLedger &ledger, const CallWrite &write)
{
    if (!write.usage)
        return {};
    const QDateTime at = write.at.isValid() ? write.at : QDateTime::currentDateTimeUtc();
    BudgetManager budget(ledger, [at] { return at; });
    budget.setTenantLimits(write.tenant, write.limits);
    return budget.recordIn(ledger, write.tenant, *write.usage);
}

} // namespace

void MemoryCallRecorder::write(CallWrite write, Done done)
{
    CallWriteResult result;
    result.ok = true;
    result.alerts = recordUsage(m_ledger, write);
    m_writes.append(std::move(write));
    QTimer::singleShot(0, [done = std::move(done), result] { done(result); });
}

StoreCallRecorder::StoreCallRecorder(Database database, StoreWriter *writer, QObject *parent)
    : QObject(parent)
    , m_ledger(std::move(database))
    , m_writer(writer)
{
    connect(writer, &StoreWriter::saved, this, [this](const QString &id) { finish(id, true, {}); });
    connect(writer, &StoreWriter::failed, this, [this](const QString &id, const QString &error) {
        finish(id, false, error);
    });
}

bool StoreCallRecorder::apply(QSqlDatabase &db, const CallWrite &write, QList<BudgetAlert> *alerts,
                              QString *error)
{
    alerts->clear(); // the writer may run a failed batch's operations again, one by one
    for (const RunRecord &run : write.runs)
        if (!RunStore::insertRun(db, run, error))
            return false;
    if (write.decision && !RunStore::insertRoutingDecision(db, *write.decision, error))
        return false;
    ConnectionBudgetLedger ledger(db);
    *alerts = recordUsage(ledger, write);
    if (ledger.failed()) {
        if (error)
            *error = ledger.error();
        alerts->clear();
        return false;
    }
    return true;
}

void StoreCallRecorder::write(CallWrite write, Done done)
{
    if (!m_writer) {
        QTimer::singleShot(0, this, [done] { done({false, tr("The store writer is gone."), {}}); });
        return;
    }
    for (RunRecord &run : write.runs)
        RunStore::prepare(run);
    if (write.decision)
        RunStore::prepare(*write.decision);
    auto alerts = std::make_shared<QList<BudgetAlert>>();
    const QString id = write.id;
    m_pending.insert(id, {std::move(done), alerts});
    m_writer->enqueue(id, [write = std::move(write), alerts](QSqlDatabase &db, QString *error) {
        return apply(db, write, alerts.get(), error);
    });
}

void StoreCallRecorder::finish(const QString &id, bool ok, const QString &error)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // another writer client's id
    const Pending pending = *it;
    m_pending.erase(it);
    pending.done({ok, error, ok ? *pending.alerts : QList<BudgetAlert>{}});
}
