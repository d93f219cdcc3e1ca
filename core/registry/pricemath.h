#pragma once

#include "money/decimal.h"

#include <QString>

#include <optional>

/// Exact conversion of per-token prices (as written in LiteLLM's JSON or OpenRouter's
/// strings) to Decimal per million tokens.
namespace PriceMath {

struct Converted
{
    Decimal perMillion;
    bool rounded = false; ///< the exact value needed more than 12 fractional digits
};

/// A per-token price written as decimal text ("0.00003", "2.9999900000000002e-06") to per
/// million, by shifting the decimal point six places: no binary floating point involved.
/// Values that need more than 12 fractional digits per million are rounded half away from
/// zero at the 12th (and flagged). nullopt for text that is not a number or out of range.
std::optional<Converted> perTokenTextToPerMillion(QStringView text);

/// The same for a double read from JSON: its shortest round-trip text (what
/// Decimal::fromDouble uses), shifted six places.
std::optional<Converted> perTokenToPerMillion(double perToken);

} // namespace PriceMath
