#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

/// The validation rules. ConfigCodec::parse() applies them to every document while it walks
/// the YAML tree (so each diagnostic gets the line/column of its node); the predicates are
/// public so the UI's form editors can check a field as the user types.
///
/// The stable diagnostic codes, their severities and meanings: DiagnosticCodes::table
/// (diagnosticcodes.h), rendered in docs/diagnostic-codes.md.
///
/// Cost decision: the CRD types the costs as strings. An unquoted YAML number (`0.80`) is a
/// "cost-not-string" error (the API server rejects it) and it is never coerced; the message
/// says to quote it.
namespace ConfigValidator {

/// The tier enum of the CRD, in order: fast, standard, reasoning.
QStringList tierNames();
/// The auth type enum of the CRD: apiKey, oauth, serviceAccount, none, custom.
QStringList authTypes();

/// RFC 1123 subdomain as Kubernetes uses for metadata.name: at most 253 characters of
/// lower-case alphanumerics, '-' and '.', starting and ending with an alphanumeric.
bool isDns1123Name(QStringView name);
/// A plain non-negative decimal: digits with an optional fraction ("0", "0.80", "15.000").
/// No sign, exponent, spaces, or more than 12 fractional digits.
bool isNonNegativeDecimal(QStringView text);
/// localhost, *.localhost, 127.0.0.0/8 and ::1.
bool isLoopbackHost(const QString &host);
/// An http:// (not https) URL whose host is not loopback: what is sent to it is readable on
/// the network.
bool isCleartextRemote(QStringView url);
/// The largest price per million tokens the validator accepts (USD); above it is a typo.
inline constexpr std::int64_t MaxPricePerMillion = 100'000;
/// An absolute http:// or https:// URL with a host.
bool isHttpUrl(QStringView text);
/// The pattern of a Kubernetes resource.Quantity, as the CRDs' int-or-string fields carry it.
inline constexpr const char *QuantityPattern =
    R"(^(\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\+|-)?(([0-9]+(\.[0-9]*)?)|(\.[0-9]+))))?$)";
/// A Kubernetes quantity: "2", "500m", "8Gi", "1.5".
bool isQuantity(QStringView text);
/// True when the text looks like a real pasted API key: `sk-` or `sk-ant-` followed by at
/// least 16 key characters (so placeholders like "sk-test" or "sk-..." pass), or a value
/// that starts with "Bearer sk-".
bool looksLikeSecret(QStringView text);
/// `text` with every part that looksLikeSecret() replaced by "sk-…(hidden)". Every diagnostic
/// message goes through this, so a pasted key is never echoed into a log or the UI.
QString redactSecrets(const QString &text);

} // namespace ConfigValidator
