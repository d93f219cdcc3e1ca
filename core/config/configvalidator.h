#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

/// The validation rules. ConfigCodec::parse() applies them to every document while it walks
/// the YAML tree (so each diagnostic gets the line/column of its node); the predicates are
/// public so the UI's form editors can check a field as the user types.
///
/// Stable diagnostic codes (severity):
///  structure: yaml-syntax (E), empty-document (E), not-a-mapping (E), missing-api-version (E),
///             api-version (E), missing-kind (E), unknown-kind (E), skipped-kind (I),
///             wrong-type (E), unknown-field (W), duplicate-key (E)
///  names:     missing-name (E), invalid-name (E)
///  tiers:     missing-spec (E), missing-tiers (E), tiers-not-list (E), tiers-empty (E),
///             tier-not-mapping (E), missing-tier (E), tier-enum (E), duplicate-tier (E),
///             missing-provider (E), missing-model (E)
///  numbers:   max-tokens (E), cost-not-string (E), cost-invalid (E), cost-too-large (E: over
///             MaxPricePerMillion), endpoint-url (E), insecure-endpoint (W: http:// to a host that is
///             not loopback), missing-endpoint (W: a provider other than anthropic/openai without endpoint)
///  bad input: yaml-encoding (E: NUL byte or invalid UTF-8), alias-expansion (E: aliases would add
///             more than 1,000,000 nodes), alias-cycle (E), nesting-too-deep (E: over 100 levels),
///             file-too-large (E: over 10 MB)
///  auth:      missing-auth-type (E), auth-type (E), apikey-no-secret-ref (W)
///  secrets:   inline-secret (W) — the message never repeats the value
///  ModelAPI:  missing-mode (E), mode-enum (E), proxy-empty (E), hosted-no-model (E),
///             config-yaml-syntax (E), config-yaml-structure (E)
///  CRD schema (both kinds, also with Checks::SchemaOnly; see core/config/README.md):
///             schema-version (I), wrong-type (E), required-field (E), enum-value (E), pattern (E),
///             quantity (E), min-items (E), int-range (E), number-range (E), schema-constraint (E),
///             unknown-field (W), schema-unavailable (E)
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
