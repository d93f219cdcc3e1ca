#pragma once

#include <QDateTime>
#include <QStringView>

#include <optional>

/// Timestamps as people and tools write them, read fast and strictly.
namespace TimeText {

/// Milliseconds since the epoch (UTC) of an ISO 8601 date or date-time:
/// "2026-11-30", "2026-11-30T12:00", "2026-11-30T12:00:00Z", "2026-11-30 12:00:00.123456"
/// (LiteLLM's `timestamp(3) without time zone` export), "2026-11-30T12:00:00+02:00".
/// A time without a zone is UTC. Fractions beyond milliseconds are truncated. nullopt for
/// anything else, including impossible dates such as 2026-02-30.
std::optional<qint64> parseUtcMs(QStringView text);

/// The same as a UTC QDateTime; invalid when the text does not parse.
QDateTime parseUtc(QStringView text);

} // namespace TimeText
