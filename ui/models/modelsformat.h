#pragma once

#include "money/decimal.h"

#include <QDateTime>
#include <QString>

#include <optional>

/// How the Models mode writes values: an unknown price reads "unknown", never $0.
namespace ModelsFormat {
QString price(const std::optional<Decimal> &perMillion);
QString count(const std::optional<qint64> &value);
/// "3 d", "5 h", "12 min", "just now"; "never" when invalid.
QString age(const QDateTime &at, const QDateTime &now = QDateTime::currentDateTimeUtc());
QString time(const QDateTime &at);
} // namespace ModelsFormat
