// ModelRegistry: the price catalogue and a model's price history.
#include "modelregistry.h"

#include "registrysql_p.h"

#include <QSqlError>

using namespace RegistrySql;

QList<CatalogPrice> ModelRegistry::priceCatalogue(const CatalogFilter &filter, QString *error) const
{
    QList<CatalogPrice> out;
    QSqlDatabase db = m_database.connection(error);
    if (!db.isOpen())
        return out;
    QString sql = QStringLiteral("SELECT provider, model_id, source, input_price, output_price, cached_input_price,"
                                 " context_window, max_output, deprecation_date, imported_at_ms FROM model_prices WHERE 1 = 1");
    if (!filter.provider.isEmpty())
        sql += QStringLiteral(" AND provider = ?");
    if (!filter.source.isEmpty())
        sql += QStringLiteral(" AND source = ?");
    if (!filter.search.isEmpty())
        sql += QStringLiteral(" AND LOWER(provider || ':' || model_id) LIKE ? ESCAPE '\\'");
    sql += QStringLiteral(" ORDER BY provider, model_id, source");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!filter.provider.isEmpty())
        q.addBindValue(filter.provider);
    if (!filter.source.isEmpty())
        q.addBindValue(filter.source);
    if (!filter.search.isEmpty()) {
        QString pattern = filter.search.toLower();
        pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        q.addBindValue(QString(u'%' + pattern + u'%'));
    }
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot read the price catalogue: %1").arg(q.lastError().text());
        return out;
    }
    while (q.next()) {
        CatalogPrice c;
        c.price = {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), readMoney(q.value(3)),
                   readMoney(q.value(4)), readMoney(q.value(5)), readInt(q.value(6)), readInt(q.value(7)),
                   q.value(8).toString()};
        c.asOf = readTime(q.value(9));
        out.append(c);
    }
    return out;
}

QList<PriceHistoryEntry> ModelRegistry::priceHistory(const QString &id, QString *error) const
{
    QList<PriceHistoryEntry> out;
    const std::optional<LLMModel> current = model(id, error);
    if (!current) {
        if (error && error->isEmpty())
            *error = tr("No model %1 in the registry.").arg(id);
        return out;
    }
    // The audit rows of one repricing share their time and actor: each group is one point.
    // Walking newest first from the current row, a point holds the values in effect after it;
    // its rows' old values then give the values before it.
    PriceHistoryEntry state{current->priceUpdatedAt, current->priceSource, {}, current->inputPrice,
                            current->outputPrice, current->cachedInputPrice, false};
    const PriceHistoryEntry now = state;
    const QList<AuditEntry> log = auditLog(id, 100000, error);
    auto decimal = [](const QString &v) { return v.isEmpty() ? std::nullopt : Decimal::parse(v); };
    for (qsizetype i = 0; i < log.size();) {
        const AuditEntry &head = log.at(i);
        PriceHistoryEntry point = state;
        point.asOf = head.at;
        point.actor = head.actor;
        bool pricing = false;
        for (; i < log.size() && log.at(i).at == head.at && log.at(i).actor == head.actor; ++i) {
            const AuditEntry &a = log.at(i);
            if (a.action == u"price_changed") {
                pricing = true;
                if (a.field == u"inputPrice")
                    state.input = decimal(a.oldValue);
                else if (a.field == u"outputPrice")
                    state.output = decimal(a.oldValue);
                else if (a.field == u"cachedInputPrice")
                    state.cachedInput = decimal(a.oldValue);
            } else if (a.action == u"changed" && a.field == u"priceSource") {
                state.source = a.oldValue;
            }
        }
        if (pricing)
            out.append(point);
    }
    if (out.isEmpty() && (now.input || now.output))
        out.append(now); // priced once, never changed since
    for (const SourcePrice &s : sourcePrices(current->provider, current->modelId)) {
        QSqlDatabase db = m_database.connection();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT imported_at_ms FROM model_prices WHERE provider = ? AND model_id = ? AND source = ?"));
        q.addBindValue(s.provider);
        q.addBindValue(s.modelId);
        q.addBindValue(s.source);
        const QDateTime at = q.exec() && q.next() ? readTime(q.value(0)) : QDateTime();
        out.append({at, s.source, QString(), s.input, s.output, s.cachedInput, true});
    }
    return out;
}
