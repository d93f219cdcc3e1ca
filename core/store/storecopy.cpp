#include "storecopy.h"

#include "runstore.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

/// Tables copied by their primary key (ON CONFLICT DO NOTHING), in this order.
const char *const kKeyedTables[] = {"routing_decisions", "budget_usage", "models", "model_prices",
                                    "experiment_runs", "experiment_cells"};
/// Tables without a key of their own: a row is new when no row has all the same values.
/// `id` columns are the target's own.
const char *const kUnkeyedTables[] = {"audit_log", "experiment_votes"};

QStringList sharedColumns(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table)
{
    const QSqlRecord source = from.record(table);
    const QSqlRecord target = to.record(table);
    QStringList columns;
    for (int i = 0; i < source.count(); ++i)
        if (target.contains(source.fieldName(i)))
            columns.append(source.fieldName(i));
    return columns;
}

/// Whether `table` is visible on the connection's search path (QPSQL's tables() lists other
/// schemas' tables qualified, so it cannot answer this).
bool hasTable(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM %1 WHERE 1 = 0").arg(table));
}

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(u',');
}

class Copier
{
public:
    Copier(QSqlDatabase from, QSqlDatabase to, const StoreCopy::Options &options, StoreCopyReport &report)
        : m_from(std::move(from)), m_to(std::move(to)), m_options(options), m_report(report)
    {
    }

    void runs()
    {
        StoreCopyTable t{QStringLiteral("runs")};
        QString after;
        while (!stopped()) {
            QString error;
            const QList<RunRecord> batch = RunStore::runsAfter(m_from, after, m_options.batchSize, &error);
            if (!error.isEmpty())
                return fail(error);
            if (batch.isEmpty())
                break;
            QList<bool> inserted;
            if (!m_to.transaction())
                return fail(m_to.lastError().text());
            if (!RunStore::insertRuns(m_to, batch, &inserted, &error) || !m_to.commit()) {
                m_to.rollback();
                return fail(error.isEmpty() ? m_to.lastError().text() : error);
            }
            t.read += batch.size();
            t.added += inserted.count(true);
            t.kept = t.read - t.added;
            after = batch.constLast().id;
            progress(t);
        }
        m_report.tables.append(t);
    }

    void table(const QString &name, bool keyed)
    {
        if (stopped() || !hasTable(m_from, name) || !hasTable(m_to, name))
            return;
        QStringList columns = sharedColumns(m_from, m_to, name);
        if (!keyed)
            columns.removeAll(QStringLiteral("id"));
        StoreCopyTable t{name};
        QSqlQuery read(m_from);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u','), name)))
            return fail(read.lastError().text());
        QSqlQuery insert(m_to);
        insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
                           .arg(name, columns.join(u','), placeholders(columns.size()),
                                keyed ? QStringLiteral(" ON CONFLICT DO NOTHING") : QString()));
        QSqlQuery exists(m_to);
        if (!keyed) {
            QStringList same;
            for (const QString &c : std::as_const(columns))
                same.append(c + QStringLiteral(" IS NOT DISTINCT FROM ?"));
            exists.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE %2 LIMIT 1").arg(name, same.join(QStringLiteral(" AND "))));
        }
        bool open = false;
        while (read.next() && !stopped()) {
            if (!open && !(open = m_to.transaction()))
                return fail(m_to.lastError().text());
            bool add = true;
            if (!keyed) {
                for (int i = 0; i < columns.size(); ++i)
                    exists.bindValue(i, read.value(i));
                if (!exists.exec())
                    return abort(exists.lastError().text());
                add = !exists.next();
            }
            if (add) {
                for (int i = 0; i < columns.size(); ++i)
                    insert.bindValue(i, read.value(i));
                if (!insert.exec())
                    return abort(insert.lastError().text());
                add = insert.numRowsAffected() > 0;
            }
            ++t.read;
            (add ? t.added : t.kept) += 1;
            if (t.read % m_options.batchSize == 0) {
                if (!m_to.commit())
                    return abort(m_to.lastError().text());
                open = false;
                progress(t);
            }
        }
        if (open && !m_to.commit())
            return abort(m_to.lastError().text());
        progress(t);
        m_report.tables.append(t);
    }

private:
    bool stopped()
    {
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed))
            m_report.cancelled = true;
        return m_report.cancelled || !m_report.error.isEmpty();
    }
    void fail(const QString &error) { m_report.error = error; }
    void abort(const QString &error)
    {
        m_to.rollback();
        fail(error);
    }
    void progress(const StoreCopyTable &t)
    {
        if (m_options.progress)
            m_options.progress(t);
    }

    QSqlDatabase m_from;
    QSqlDatabase m_to;
    const StoreCopy::Options &m_options;
    StoreCopyReport &m_report;
};

} // namespace

StoreCopyReport StoreCopy::copy(const Database &from, const Database &to, const Options &options)
{
    StoreCopyReport report;
    if (from.displayName() == to.displayName() && from.kind() == to.kind()) {
        report.error = tr("The source and the target are the same store.");
        return report;
    }
    QString error;
    if (!from.openAndMigrate(&error) || !to.openAndMigrate(&error)) {
        report.error = error;
        return report;
    }
    Copier copier(from.connection(), to.connection(), options, report);
    copier.runs();
    for (const char *table : kKeyedTables)
        copier.table(QLatin1StringView(table), true);
    for (const char *table : kUnkeyedTables)
        copier.table(QLatin1StringView(table), false);
    return report;
}
