#pragma once

// Helpers shared by the registry's .cpp files; not part of the public API.

#include "llmmodel.h"

#include <QSqlQuery>
#include <QVariant>

namespace RegistrySql {

inline constexpr char kModelColumns[] =
    "id, provider, model_id, display_name, tier, input_price, output_price, cached_input_price,"
    " context_window, max_output, is_active, is_default, deprecation_date, price_source,"
    " price_updated_at_ms, released_at_ms, last_synced_at_ms, created_at_ms, updated_at_ms";

inline QVariant text(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

inline QVariant money(const std::optional<Decimal> &d)
{
    return d ? QVariant(d->toString()) : QVariant(QMetaType::fromType<QString>());
}

inline QVariant integer(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

inline QVariant time(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

inline std::optional<Decimal> readMoney(const QVariant &v)
{
    return v.isNull() ? std::nullopt : Decimal::parse(v.toString());
}

inline std::optional<qint64> readInt(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

inline QDateTime readTime(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

inline LLMModel readModel(const QSqlQuery &q)
{
    LLMModel m;
    m.id = q.value(0).toString();
    m.provider = q.value(1).toString();
    m.modelId = q.value(2).toString();
    m.displayName = q.value(3).toString();
    m.tier = q.value(4).toString();
    m.inputPrice = readMoney(q.value(5));
    m.outputPrice = readMoney(q.value(6));
    m.cachedInputPrice = readMoney(q.value(7));
    m.contextWindow = readInt(q.value(8));
    m.maxOutput = readInt(q.value(9));
    m.isActive = q.value(10).toInt() != 0;
    m.isDefault = q.value(11).toInt() != 0;
    m.deprecationDate = q.value(12).toString();
    m.priceSource = q.value(13).toString();
    m.priceUpdatedAt = readTime(q.value(14));
    m.releasedAt = readTime(q.value(15));
    m.lastSyncedAt = readTime(q.value(16));
    m.createdAt = readTime(q.value(17));
    m.updatedAt = readTime(q.value(18));
    return m;
}

inline QString moneyText(const std::optional<Decimal> &d)
{
    return d ? d->toString() : QString();
}

inline QString intText(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : QString();
}

} // namespace RegistrySql
