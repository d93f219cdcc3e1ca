#pragma once

#include "modelrouter.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>
#include <string>

/// The keys `tierctl route --jsonl --fields` writes per decision. Without "reason" and
/// "alternatives" a decision is made on the lean path (RouteJson::appendRouted): no reason
/// sentence is formatted and no other tier is priced, which is most of a full decision's cost.
struct RouteFields
{
    enum Field : unsigned {
        Id = 1u << 0,           ///< the request's "id", when it has one
        Score = 1u << 1,
        Factors = 1u << 2,
        Signals = 1u << 3,
        Class = 1u << 4,
        Tier = 1u << 5,
        Provider = 1u << 6,
        Model = 1u << 7,
        Rule = 1u << 8,
        Cause = 1u << 9,
        Reason = 1u << 10,
        Alternatives = 1u << 11,
        Cost = 1u << 12,        ///< "estimatedCost" on the chosen tier
    };
    unsigned mask = 0;

    bool has(Field f) const { return mask & f; }
    bool needsFullDecision() const { return mask & (Reason | Alternatives); }

    /// `--compact`: id, score, class, tier, rule, cause.
    static RouteFields compact();
    /// Parses "score,class,tier" (names as the JSON keys; "estimatedCost" or "cost"). Returns
    /// nullopt and sets `error` (naming the known fields) on an unknown or empty list.
    static std::optional<RouteFields> parse(QStringView list, QString *error);
    /// The field names parse() accepts, comma-separated.
    static QString names();
};

namespace RouteJson {

/// Routes one request and appends the object with `fields` only, in the full object's order.
/// A request for which no tier fits gets null tier/provider/model and an "error". `id` is
/// written when non-empty and asked for. Returns false when no tier fits.
bool appendRouted(std::string &out, const ModelRouter &router, QByteArrayView message,
                  const RouteRequest &rest, const RouteFields &fields, const QString &id = {});

} // namespace RouteJson
