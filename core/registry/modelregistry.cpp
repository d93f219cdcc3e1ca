#include "modelregistry.h"

#include "config/tierconfig.h"
#include "registrysql_p.h"
#include "store/migrations.h"

#include <QSet>
#include <QSqlError>

using namespace RegistrySql;

namespace {

struct Transaction
{
    explicit Transaction(QSqlDatabase &db) : m_db(db), m_open(db.transaction()) {}
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = false;
        return m_db.commit();
    }
    QSqlDatabase &m_db;
    bool m_open;
};

/// A transaction under the registry's lock (Migrations::beginLocked), rolled back unless committed.
struct LockedTransaction
{
    LockedTransaction(const Database &database, QSqlDatabase &db, QString *error)
        : m_database(database), m_db(db), m_open(Migrations::beginLocked(database, db, Migrations::RegistryLockKey, error))
    {
    }
    ~LockedTransaction()
    {
        if (m_open)
            Migrations::rollback(m_database, m_db);
    }
    bool isOpen() const { return m_open; }
    bool commit(QString *error)
    {
        m_open = false;
        return Migrations::commit(m_database, m_db, error);
    }
    const Database &m_database;
    QSqlDatabase &m_db;
    bool m_open;
};

QString failText(const QSqlQuery &q)
{
    return q.lastError().text();
}

} // namespace

bool writeAudit(QSqlDatabase &db, const AuditEntry &e, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO audit_log (at_ms, actor, action, entity, field, old_value, new_value)"
                             " VALUES (?,?,?,?,?,?,?)"));
    q.addBindValue(e.at.isValid() ? e.at.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(e.actor);
    q.addBindValue(e.action);
    q.addBindValue(e.entity);
    q.addBindValue(text(e.field));
    q.addBindValue(text(e.oldValue));
    q.addBindValue(text(e.newValue));
    if (q.exec())
        return true;
    if (error)
        *error = failText(q);
    return false;
}

ModelRegistry::ModelRegistry(Database database)
    : m_database(std::move(database))
{
}

QList<LLMModel> ModelRegistry::models(const ModelFilter &filter, QString *error) const
{
    QList<LLMModel> out;
    QSqlDatabase db = m_database.connection(error);
    if (!db.isOpen())
        return out;
    QString sql = QStringLiteral("SELECT ") + QLatin1StringView(kModelColumns) + QStringLiteral(" FROM models WHERE 1=1");
    if (!filter.tier.isEmpty())
        sql += QStringLiteral(" AND tier = ?");
    if (!filter.provider.isEmpty())
        sql += QStringLiteral(" AND provider = ?");
    if (filter.activeOnly)
        sql += QStringLiteral(" AND is_active = 1");
    sql += QStringLiteral(" ORDER BY provider, model_id");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!filter.tier.isEmpty())
        q.addBindValue(filter.tier);
    if (!filter.provider.isEmpty())
        q.addBindValue(filter.provider);
    if (!q.exec()) {
        if (error)
            *error = tr("Cannot read the registry: %1").arg(failText(q));
        return out;
    }
    while (q.next())
        out.append(readModel(q));
    return out;
}

std::optional<LLMModel> ModelRegistry::model(const QString &id, QString *error) const
{
    QSqlDatabase db = m_database.connection(error);
    if (!db.isOpen())
        return std::nullopt;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT ") + QLatin1StringView(kModelColumns) + QStringLiteral(" FROM models WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readModel(q);
}

SyncOutcome ModelRegistry::applySync(const QString &provider, const QList<ListedModel> &listed,
                                     const QString &actor, const QHash<QString, QStringList> &usedBy)
{
    SyncOutcome outcome;
    outcome.provider = provider;
    QSqlDatabase db = m_database.connection(&outcome.error);
    if (!db.isOpen())
        return outcome;

    // Read and write under one lock: two clients syncing the same provider at once would
    // otherwise both see a model as new (a failed INSERT) or both log the same change.
    LockedTransaction tx(m_database, db, &outcome.error);
    if (!tx.isOpen())
        return outcome;
    QHash<QString, LLMModel> existing;
    for (const LLMModel &m : models({QString(), provider, false}, &outcome.error))
        existing.insert(m.modelId, m);
    if (!outcome.error.isEmpty())
        return outcome;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    auto audit = [&](const QString &action, const QString &entity, const QString &field, const QString &oldValue,
                     const QString &newValue) {
        return writeAudit(db, {0, now, actor, action, entity, field, oldValue, newValue}, &outcome.error);
    };
    auto fail = [&](const QSqlQuery &q) {
        outcome.error = tr("Sync of %1 failed while writing: %2").arg(provider, failText(q));
        return outcome;
    };

    QSet<QString> seen;
    QList<SourcePrice> apiPrices;
    for (const ListedModel &item : listed) {
        if (seen.contains(item.modelId))
            continue; // a provider listing a model twice: the first wins
        seen.insert(item.modelId);
        const QString id = LLMModel::makeId(provider, item.modelId);
        if (item.inputPrice || item.outputPrice) {
            apiPrices.append({provider, item.modelId, QString(),
                              item.inputPrice, item.outputPrice, item.cachedInputPrice, item.contextWindow,
                              item.maxOutput, item.deprecationDate});
        }
        QSqlQuery q(db);
        const auto old = existing.constFind(item.modelId);
        if (old == existing.constEnd()) {
            q.prepare(QStringLiteral("INSERT INTO models (id, provider, model_id, display_name, context_window,"
                                     " max_output, is_active, is_default, deprecation_date, released_at_ms,"
                                     " last_synced_at_ms, created_at_ms, updated_at_ms)"
                                     " VALUES (?,?,?,?,?,?,1,0,?,?,?,?,?)"));
            for (const QVariant &v : {QVariant(id), QVariant(provider), QVariant(item.modelId),
                                      text(item.displayName), integer(item.contextWindow), integer(item.maxOutput),
                                      text(item.deprecationDate), time(item.releasedAt), QVariant(nowMs),
                                      QVariant(nowMs), QVariant(nowMs)})
                q.addBindValue(v);
            if (!q.exec())
                return fail(q);
            if (!audit(QStringLiteral("added"), id, {}, {}, item.displayName))
                return outcome;
            ++outcome.added;
            continue;
        }

        // Field-by-field comparison; each change is one audit row.
        const LLMModel &m = *old;
        struct Change { const char *column; const char *field; QString oldText; QString newText; QVariant value; };
        QList<Change> changes;
        if (!item.displayName.isEmpty() && item.displayName != m.displayName)
            changes.append({"display_name", "displayName", m.displayName, item.displayName, item.displayName});
        if (item.contextWindow && item.contextWindow != m.contextWindow)
            changes.append({"context_window", "contextWindow", intText(m.contextWindow), intText(item.contextWindow),
                            *item.contextWindow});
        if (item.maxOutput && item.maxOutput != m.maxOutput)
            changes.append({"max_output", "maxOutput", intText(m.maxOutput), intText(item.maxOutput), *item.maxOutput});
        if (item.deprecationDate != m.deprecationDate && !item.deprecationDate.isEmpty())
            changes.append({"deprecation_date", "deprecationDate", m.deprecationDate, item.deprecationDate,
                            item.deprecationDate});
        if (!m.isActive)
            changes.append({"is_active", "isActive", QStringLiteral("false"), QStringLiteral("true"), 1});

        QString sql = QStringLiteral("UPDATE models SET last_synced_at_ms = ?");
        for (const Change &c : changes)
            sql += QStringLiteral(", ") + QLatin1StringView(c.column) + QStringLiteral(" = ?");
        if (!changes.isEmpty())
            sql += QStringLiteral(", updated_at_ms = ?");
        if (item.releasedAt.isValid())
            sql += QStringLiteral(", released_at_ms = ?");
        sql += QStringLiteral(" WHERE id = ?");
        q.prepare(sql);
        q.addBindValue(nowMs);
        for (const Change &c : changes)
            q.addBindValue(c.value);
        if (!changes.isEmpty())
            q.addBindValue(nowMs);
        if (item.releasedAt.isValid())
            q.addBindValue(item.releasedAt.toMSecsSinceEpoch());
        q.addBindValue(id);
        if (!q.exec())
            return fail(q);

        for (const Change &c : changes) {
            const QString field = QLatin1StringView(c.field);
            QString action = QStringLiteral("changed");
            if (field == u"isActive")
                action = QStringLiteral("reactivated");
            else if (field == u"deprecationDate")
                action = QStringLiteral("deprecated");
            if (!audit(action, id, field, c.oldText, c.newText))
                return outcome;
            if (field == u"deprecationDate" && usedBy.contains(id)) {
                outcome.alerts.append({ModelAlert::Kind::Deprecated, id, usedBy.value(id), c.newText,
                                       tr("%1, used by tier %2, will be retired on %3.")
                                           .arg(id, usedBy.value(id).join(QStringLiteral(", ")), c.newText)});
            }
        }
        if (!m.isActive)
            ++outcome.reactivated;
        else if (!changes.isEmpty())
            ++outcome.updated;
        else
            ++outcome.unchanged;
    }

    // Models the provider no longer lists: inactive, never deleted.
    for (const LLMModel &m : std::as_const(existing)) {
        if (seen.contains(m.modelId) || !m.isActive)
            continue;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE models SET is_active = 0, updated_at_ms = ? WHERE id = ?"));
        q.addBindValue(nowMs);
        q.addBindValue(m.id);
        if (!q.exec())
            return fail(q);
        if (!audit(QStringLiteral("deactivated"), m.id, QStringLiteral("isActive"), QStringLiteral("true"),
                   QStringLiteral("false")))
            return outcome;
        ++outcome.deactivated;
        if (usedBy.contains(m.id)) {
            outcome.alerts.append({ModelAlert::Kind::Disappeared, m.id, usedBy.value(m.id), {},
                                   tr("%1, used by tier %2, is no longer listed by %3.")
                                       .arg(m.id, usedBy.value(m.id).join(QStringLiteral(", ")), provider)});
        }
    }

    const QString apiSource = provider == u"ollama" ? QStringLiteral("local") : provider + QStringLiteral("-api");
    if (!writePrices(db, provider, apiSource, apiPrices, actor, nowMs, outcome))
        return outcome;
    QString commitError;
    if (!tx.commit(&commitError)) {
        outcome.error = tr("Cannot commit the sync of %1: %2").arg(provider, commitError);
        return outcome;
    }
    return outcome;
}

bool ModelRegistry::assignTier(const QString &id, const QString &tier, bool makeDefault, const QString &actor,
                               QString *error)
{
    QSqlDatabase db = m_database.connection(error);
    if (!db.isOpen())
        return false;
    const std::optional<LLMModel> current = model(id);
    if (!current) {
        if (error)
            *error = tr("No model %1 in the registry.").arg(id);
        return false;
    }
    Transaction tx(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QSqlQuery q(db);
    if (makeDefault) {
        q.prepare(QStringLiteral("UPDATE models SET is_default = 0, updated_at_ms = ? WHERE tier = ? AND is_default = 1 AND id <> ?"));
        q.addBindValue(now.toMSecsSinceEpoch());
        q.addBindValue(tier);
        q.addBindValue(id);
        if (!q.exec()) {
            if (error)
                *error = failText(q);
            return false;
        }
    }
    q.prepare(QStringLiteral("UPDATE models SET tier = ?, is_default = ?, updated_at_ms = ? WHERE id = ?"));
    q.addBindValue(text(tier));
    q.addBindValue(makeDefault ? 1 : 0);
    q.addBindValue(now.toMSecsSinceEpoch());
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = failText(q);
        return false;
    }
    const QString oldText = current->tier + (current->isDefault ? QStringLiteral(" (default)") : QString());
    const QString newText = tier + (makeDefault ? QStringLiteral(" (default)") : QString());
    if (oldText != newText && !writeAudit(db, {0, now, actor, QStringLiteral("tier_assigned"), id,
                                               QStringLiteral("tier"), oldText, newText}, error))
        return false;
    return tx.commit();
}

bool ModelRegistry::applyTierConfig(const TierConfig &config, const QString &actor, QString *error)
{
    QStringList missing;
    for (const TierEntry &entry : config.tiers) {
        const QString id = LLMModel::makeId(entry.provider, entry.model);
        if (!model(id)) {
            missing.append(id);
            continue;
        }
        if (!assignTier(id, entry.tier, true, actor, error))
            return false;
    }
    if (!missing.isEmpty() && error)
        *error = tr("Not in the registry (sync first): %1").arg(missing.join(QStringLiteral(", ")));
    return missing.isEmpty();
}

QList<AuditEntry> ModelRegistry::auditLog(const QString &entity, int limit, QString *error) const
{
    QList<AuditEntry> out;
    QSqlDatabase db = m_database.connection(error);
    if (!db.isOpen())
        return out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at_ms, actor, action, entity, field, old_value, new_value FROM audit_log")
              + (entity.isEmpty() ? QString() : QStringLiteral(" WHERE entity = ?"))
              + QStringLiteral(" ORDER BY at_ms DESC, id DESC LIMIT ?"));
    if (!entity.isEmpty())
        q.addBindValue(entity);
    q.addBindValue(limit);
    if (!q.exec()) {
        if (error)
            *error = failText(q);
        return out;
    }
    while (q.next()) {
        out.append({q.value(0).toLongLong(), readTime(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    }
    return out;
}

QHash<QString, QStringList> ModelRegistry::usage(const QList<TierConfig> &configs)
{
    QHash<QString, QStringList> out;
    for (const TierConfig &config : configs) {
        for (const TierEntry &entry : config.tiers) {
            QStringList &tiers = out[LLMModel::makeId(entry.provider, entry.model)];
            if (!tiers.contains(entry.tier))
                tiers.append(entry.tier);
        }
    }
    return out;
}
