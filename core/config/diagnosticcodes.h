#pragma once

#include "diagnostic.h"

#include <QStringView>

#include <string_view>

/// Every stable code `tierctl validate` gives (its `[code]`, the `code` of its --json): those of
/// ConfigCodec::parse() and, with the "policy." prefix, RouterPolicyCodec's. One table, with the
/// severity each code always has and what it means.
/// Walk::add() checks every diagnostic it makes against it (debug builds), the golden test
/// (tests/core/config/tst_configgolden.cpp) iterates it, and docs/diagnostic-codes.md is this
/// table rendered. A new code is added here first.
namespace DiagnosticCodes {

/// Which layer of checks gives a code (core/config/README.md, "Two layers of checks").
enum class Layer {
    Structure, ///< reading the YAML: syntax, encoding, limits, kind and apiVersion
    Rules,     ///< TierBench's stricter rules (validatetierconfig.cpp, validatemodelapi.cpp)
    Schema,    ///< the bundled CRD schema, as the API server checks it (schemacheck.cpp)
    Policy     ///< a RouterPolicy document (core/routing/routerpolicycodec.cpp): "policy." codes
};

struct Code
{
    std::string_view code;
    Diagnostic::Severity severity;
    Layer layer;
    std::string_view meaning; ///< one line, for docs/diagnostic-codes.md
    /// False for the codes with no golden case (a file over 10 MB, a missing bundled schema,
    /// the policy's bad-input codes): unit tests cover them instead.
    bool golden = true;
};

using S = Diagnostic::Severity;

inline constexpr Code table[] = {
    // Structure
    {"yaml-syntax", S::Error, Layer::Structure, "the YAML does not parse (yaml-cpp's message, at its line and column)"},
    {"yaml-encoding", S::Error, Layer::Structure, "a NUL byte or invalid UTF-8"},
    {"file-too-large", S::Error, Layer::Structure, "the file is over 10 MB", false},
    {"alias-expansion", S::Error, Layer::Structure, "aliases would expand to more than 1,000,000 nodes"},
    {"alias-cycle", S::Error, Layer::Structure, "an alias that refers to itself"},
    {"nesting-too-deep", S::Error, Layer::Structure, "the tree nests more than 100 levels deep"},
    {"empty-document", S::Error, Layer::Structure, "a document (or the whole file) with nothing in it"},
    {"not-a-mapping", S::Error, Layer::Structure, "a document that is not a mapping"},
    {"duplicate-key", S::Error, Layer::Structure, "the same key twice in one mapping"},
    {"missing-api-version", S::Error, Layer::Structure, "no apiVersion"},
    {"api-version", S::Error, Layer::Structure, "an apiVersion this kind is not served as"},
    {"missing-kind", S::Error, Layer::Structure, "no kind"},
    {"unknown-kind", S::Error, Layer::Structure, "a kind TierBench does not read (not ModelTierConfig, ModelAPI, RouterPolicy or a companion kind)"},
    {"skipped-kind", S::Info, Layer::Structure, "a companion document (Namespace, Agent, Secret...) that TierBench passes over"},
    {"wrong-type", S::Error, Layer::Structure, "a value of the wrong type (a list for a mapping, a number for a string)"},
    {"unknown-field", S::Warning, Layer::Structure, "a field the CRD does not define: the API server drops it"},
    // TierBench's rules
    {"missing-name", S::Error, Layer::Rules, "no metadata.name"},
    {"invalid-name", S::Error, Layer::Rules, "metadata.name is not a DNS-1123 subdomain"},
    {"missing-spec", S::Error, Layer::Rules, "no spec"},
    {"missing-tiers", S::Error, Layer::Rules, "no spec.tiers"},
    {"tiers-not-list", S::Error, Layer::Rules, "spec.tiers is not a list"},
    {"tiers-empty", S::Error, Layer::Rules, "spec.tiers is an empty list"},
    {"tier-not-mapping", S::Error, Layer::Rules, "a tiers item that is not a mapping"},
    {"missing-tier", S::Error, Layer::Rules, "a tier without `tier:`"},
    {"tier-enum", S::Error, Layer::Rules, "a tier other than fast, standard or reasoning"},
    {"duplicate-tier", S::Error, Layer::Rules, "the same tier twice"},
    {"missing-provider", S::Error, Layer::Rules, "a tier without a provider"},
    {"missing-model", S::Error, Layer::Rules, "a tier without a model"},
    {"max-tokens", S::Error, Layer::Rules, "maxTokens is not a positive whole number"},
    {"cost-not-string", S::Error, Layer::Rules, "an unquoted price: the CRD types prices as strings, so quote it"},
    {"cost-invalid", S::Error, Layer::Rules, "a price that is not a plain non-negative decimal"},
    {"cost-too-large", S::Error, Layer::Rules, "a price over 100,000 USD per million tokens (a typo)"},
    {"endpoint-url", S::Error, Layer::Rules, "an endpoint that is not an absolute http(s) URL with a host"},
    {"insecure-endpoint", S::Warning, Layer::Rules, "an http:// endpoint on a host that is not loopback"},
    {"missing-endpoint", S::Warning, Layer::Rules, "a provider other than anthropic or openai without an endpoint"},
    {"missing-auth-type", S::Error, Layer::Rules, "an auth block without a type"},
    {"auth-type", S::Error, Layer::Rules, "an auth type other than apiKey, oauth, serviceAccount, none, custom"},
    {"apikey-no-secret-ref", S::Warning, Layer::Rules, "apiKey auth without a secretRef"},
    {"inline-secret", S::Warning, Layer::Rules, "a value that looks like a pasted API key (never repeated in the message)"},
    {"missing-mode", S::Error, Layer::Rules, "a ModelAPI without spec.mode"},
    {"mode-enum", S::Error, Layer::Rules, "a ModelAPI mode other than Proxy or Hosted"},
    {"proxy-empty", S::Error, Layer::Rules, "a Proxy ModelAPI with no models"},
    {"hosted-no-model", S::Error, Layer::Rules, "a Hosted ModelAPI without a model"},
    {"config-yaml-syntax", S::Error, Layer::Rules, "the nested LiteLLM configYaml does not parse"},
    {"config-yaml-structure", S::Error, Layer::Rules, "the nested LiteLLM configYaml is not a config mapping"},
    // The CRD schema
    {"schema-version", S::Info, Layer::Schema, "which ModelAPI CRD version the document was checked against, and why"},
    {"required-field", S::Error, Layer::Schema, "a required field is missing (or null, which the server prunes)"},
    {"enum-value", S::Error, Layer::Schema, "a value outside the field's enum"},
    {"pattern", S::Error, Layer::Schema, "a string that does not match the field's pattern"},
    {"quantity", S::Error, Layer::Schema, "a resource quantity that is neither an integer nor a quantity string"},
    {"min-items", S::Error, Layer::Schema, "a list shorter than its minItems"},
    {"int-range", S::Error, Layer::Schema, "an integer outside its int32/int64 format"},
    {"number-range", S::Error, Layer::Schema, "a number below the schema's minimum or above its maximum"},
    {"schema-constraint", S::Error, Layer::Schema, "any other schema constraint (maxLength, minLength...)"},
    {"schema-unavailable", S::Error, Layer::Schema, "the bundled schema could not be loaded (a packaging fault)", false},
    // RouterPolicy (checked by core/routing; the codes of its walk carry this prefix)
    {"policy.yaml-syntax", S::Error, Layer::Policy, "the policy's YAML does not parse"},
    {"policy.yaml-encoding", S::Error, Layer::Policy, "a NUL byte or invalid UTF-8 in the policy", false},
    {"policy.alias-expansion", S::Error, Layer::Policy, "aliases would expand to more than 1,000,000 nodes", false},
    {"policy.alias-cycle", S::Error, Layer::Policy, "an alias that refers to itself"},
    {"policy.nesting-too-deep", S::Error, Layer::Policy, "the policy nests more than 100 levels deep", false},
    {"policy.empty-document", S::Error, Layer::Policy, "a policy file with nothing in it"},
    {"policy.multiple-documents", S::Error, Layer::Policy, "a policy file with more than one document"},
    {"policy.not-a-mapping", S::Error, Layer::Policy, "a policy that is not a mapping"},
    {"policy.missing-api-version", S::Error, Layer::Policy, "no apiVersion"},
    {"policy.api-version", S::Error, Layer::Policy, "an apiVersion other than tierbench.io/v1alpha1"},
    {"policy.missing-kind", S::Error, Layer::Policy, "no kind"},
    {"policy.kind", S::Error, Layer::Policy, "a kind other than RouterPolicy"},
    {"policy.duplicate-key", S::Error, Layer::Policy, "the same key twice in one mapping"},
    {"policy.wrong-type", S::Error, Layer::Policy, "a value of the wrong type"},
    {"policy.unknown-field", S::Warning, Layer::Policy, "a field RouterPolicy does not define (kept on save)"},
    {"policy.invalid-name", S::Error, Layer::Policy, "metadata.name is not a DNS-1123 subdomain"},
    {"policy.threshold-range", S::Error, Layer::Policy, "a threshold outside 0 to 1"},
    {"policy.thresholds-order", S::Error, Layer::Policy, "the standard threshold is not below the heavy one"},
    {"policy.weight-negative", S::Error, Layer::Policy, "a negative factor weight"},
    {"policy.weights-zero", S::Error, Layer::Policy, "every factor weight is zero"},
    {"policy.unknown-class", S::Error, Layer::Policy, "a route class other than light, standard or heavy"},
    {"policy.capability-range", S::Error, Layer::Policy, "a capability criticality outside 0 to 1"},
    {"policy.number", S::Error, Layer::Policy, "a value that is not a finite number"},
    {"policy.budget-tokens", S::Error, Layer::Policy, "a token budget that is not a positive whole number"},
    {"policy.budget-usd-not-string", S::Error, Layer::Policy, "an unquoted dollar budget: quote it"},
    {"policy.budget-usd-invalid", S::Error, Layer::Policy, "a dollar budget that is not a plain non-negative decimal"},
    {"policy.budgets-no-default", S::Info, Layer::Policy, "budgets for some tenants but no default for the others"},
};

/// The table entry of `code`, or null when it is not a stable code.
constexpr const Code *find(std::string_view code)
{
    for (const Code &c : table)
        if (c.code == code)
            return &c;
    return nullptr;
}

/// find() for a code as Diagnostic holds it (codes are ASCII).
inline const Code *find(QStringView code)
{
    char buffer[64];
    if (code.size() >= qsizetype(sizeof buffer))
        return nullptr;
    for (qsizetype i = 0; i < code.size(); ++i)
        buffer[i] = char(code.at(i).unicode() < 0x80 ? code.at(i).unicode() : '?');
    return find(std::string_view(buffer, size_t(code.size())));
}

/// "structure", "rules", "schema", "policy".
constexpr std::string_view layerName(Layer layer)
{
    switch (layer) {
    case Layer::Structure: return "structure";
    case Layer::Rules: return "rules";
    case Layer::Schema: return "schema";
    case Layer::Policy: return "policy";
    }
    return {};
}

namespace detail {
constexpr bool unique()
{
    for (const Code &a : table)
        for (const Code &b : table)
            if (&a != &b && a.code == b.code)
                return false;
    return true;
}
} // namespace detail
static_assert(detail::unique(), "a diagnostic code is listed twice");

} // namespace DiagnosticCodes
