#pragma once

#include "cell.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <optional>

/// A check on one cell's answer, attached to a test case.
/// Types: contains, icontains, regex, is-json, max-latency-ms, max-cost.
struct Assertion
{
    Q_DECLARE_TR_FUNCTIONS(Assertion)
public:
    QString type;
    QString value; ///< substring, pattern, milliseconds or a decimal dollar amount

    bool operator==(const Assertion &) const = default;

    /// Parses "contains:Paris", "regex:^\\d+$", "is-json", "max-cost:0.01". Returns nullopt
    /// and sets `error` when the type is unknown or the value is invalid.
    static std::optional<Assertion> parse(QStringView text, QString *error = nullptr);
    /// Parses {"type": ..., "value": ...} or the string form.
    static std::optional<Assertion> fromJson(const QJsonValue &json, QString *error = nullptr);
    QJsonObject toJson() const;
    /// "contains:Paris", the inverse of parse().
    QString toString() const;

    /// Checks the value is well formed for the type (a valid regex, a number, ...).
    QString validate() const;
    /// Evaluates on a finished cell. Only meaningful for a cell that succeeded.
    AssertionResult evaluate(const CellOutcome &outcome) const;
};
