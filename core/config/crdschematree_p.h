#pragma once

// Internal to core/config: a loaded CRD schema (see crdschema.cpp).

#include "crdschema_p.h"

#include <valijson/schema.hpp>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ConfigDetail {

/// What the unknown-field walk and the messages need of one schema node.
struct SchemaNode
{
    std::string type;   ///< "string", "integer", "object"... or empty
    std::string format; ///< "int32", "int64", "date-time"... or empty
    std::string pattern;
    std::vector<std::string> enumValues;
    std::optional<double> minimum; ///< as the CRD has it (not the format's range)
    std::optional<double> maximum;
    bool intOrString = false;     ///< x-kubernetes-int-or-string
    bool quantity = false;        ///< int-or-string with the resource.Quantity pattern
    bool preserveUnknown = false; ///< x-kubernetes-preserve-unknown-fields or additionalProperties: true
    bool hasProperties = false;
    std::map<std::string, std::unique_ptr<SchemaNode>> properties;
    std::unique_ptr<SchemaNode> items;
    std::unique_ptr<SchemaNode> additional; ///< additionalProperties' schema

    const SchemaNode *property(const std::string &name) const
    {
        const auto it = properties.find(name);
        return it == properties.end() ? nullptr : it->second.get();
    }
};

struct LoadedSchema
{
    valijson::Schema schema;
    std::unique_ptr<SchemaNode> tree;
    QString error; ///< set when the bundled schema could not be loaded (a packaging fault)
};

/// The schema `id`, parsed on first use and kept for the process.
const LoadedSchema &loadedSchema(CrdSchemaId id);

} // namespace ConfigDetail
