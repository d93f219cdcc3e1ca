#pragma once

#include "cell.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// Cells as JSON (the `tierctl compare --format jsonl` row, also the stored form) and CSV.
///
/// JSON fields: run, case, target, repeat, tier, provider, model, text, inputTokens,
/// outputTokens, ttftMs, totalMs, cost (exact decimal string or null), error (null or
/// {class, message}), assertions, decision (router target only); then state, finishReason,
/// tokensPerSecond, attempts, prompt, caseIndex, targetIndex, retryAfterMs.
namespace CellCodec {

QJsonObject toJson(const CellResult &cell);
std::optional<CellResult> fromJson(const QJsonObject &json);

/// The CSV header; one column per field, routing decision fields flattened.
QStringList csvHeader();
QStringList csvRow(const CellResult &cell);
/// RFC 4180 quoting of one record (no line end).
QString csvLine(const QStringList &fields);

/// Whole documents, one row per cell.
QString toCsv(const QList<CellResult> &cells);
QString toJsonl(const QList<CellResult> &cells);

} // namespace CellCodec
