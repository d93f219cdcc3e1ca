#include "storewriter.h"

#include "runstore.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlError>
#include <QTimer>

#include <utility>

/// Lives on StoreWriter's thread; owns that thread's connection.
class StoreWriterWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoreWriterWorker)

public:
    explicit StoreWriterWorker(Database database)
        : m_database(std::move(database))
    {
    }

    void add(const QString &id, const StoreWriter::Operation &operation)
    {
        m_pending.append({id, operation});
        if (m_pending.size() >= m_maxBatch) {
            flush();
        } else if (!m_flushScheduled) {
            // Everything already queued to this thread arrives before the timer fires,
            // so it lands in the same transaction.
            m_flushScheduled = true;
            QTimer::singleShot(0, this, &StoreWriterWorker::flush);
        }
    }

    void setMaxBatch(int size) { m_maxBatch = qMax(1, size); }

    void flush()
    {
        m_flushScheduled = false;
        if (m_pending.isEmpty())
            return;
        const QList<Pending> batch = std::exchange(m_pending, {});
        QString error;
        QSqlDatabase db = m_database.connection(&error);
        if (!db.isOpen()) {
            for (const Pending &p : batch)
                emit failed(p.id, error);
            return;
        }
        if (runBatch(db, batch, &error)) {
            QStringList ids;
            ids.reserve(batch.size());
            for (const Pending &p : batch)
                ids.append(p.id);
            emit committed(ids);
            return;
        }
        // Retry one by one so that one bad write does not sink the others.
        for (const Pending &p : batch) {
            QString one;
            if (runBatch(db, {p}, &one))
                emit committed({p.id});
            else
                emit failed(p.id, one);
        }
    }

    void shutdown()
    {
        flush();
        m_database.closeThreadConnection();
    }

signals:
    void committed(const QStringList &ids);
    void failed(const QString &id, const QString &error);

private:
    struct Pending
    {
        QString id;
        StoreWriter::Operation operation;
    };

    static bool runBatch(QSqlDatabase &db, const QList<Pending> &batch, QString *error)
    {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        for (const Pending &p : batch) {
            if (!p.operation(db, error)) {
                db.rollback();
                return false;
            }
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            db.rollback();
            return false;
        }
        return true;
    }

    Database m_database;
    QList<Pending> m_pending;
    int m_maxBatch = 500;
    bool m_flushScheduled = false;
};

StoreWriter::StoreWriter(Database database, QObject *parent)
    : QObject(parent)
    , m_worker(new StoreWriterWorker(std::move(database)))
{
    m_thread.setObjectName(QStringLiteral("StoreWriter"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &StoreWriterWorker::committed, this, &StoreWriter::onCommitted);
    connect(m_worker, &StoreWriterWorker::failed, this, &StoreWriter::failed);
    m_thread.start();
}

StoreWriter::~StoreWriter()
{
    QMetaObject::invokeMethod(m_worker, &StoreWriterWorker::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StoreWriter::enqueue(const QString &id, Operation operation)
{
    StoreWriterWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, id, op = std::move(operation)] { worker->add(id, op); }, Qt::QueuedConnection);
}

QString StoreWriter::enqueueRun(RunRecord run)
{
    RunStore::prepare(run);
    const QString id = run.id;
    enqueue(id, [run](QSqlDatabase &db, QString *error) { return RunStore::insertRun(db, run, error); });
    return id;
}

QString StoreWriter::enqueueRoutingDecision(RoutingDecisionRecord decision)
{
    RunStore::prepare(decision);
    const QString id = decision.id;
    enqueue(id, [decision](QSqlDatabase &db, QString *error) {
        return RunStore::insertRoutingDecision(db, decision, error);
    });
    return id;
}

void StoreWriter::setMaxBatchSize(int size)
{
    StoreWriterWorker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [worker, size] { worker->setMaxBatch(size); }, Qt::QueuedConnection);
}

void StoreWriter::waitForIdle()
{
    QMetaObject::invokeMethod(m_worker, &StoreWriterWorker::flush, Qt::BlockingQueuedConnection);
}

void StoreWriter::onCommitted(const QStringList &ids)
{
    emit batchCommitted(ids);
    for (const QString &id : ids)
        emit saved(id);
}

#include "storewriter.moc"
