#include "modelscontext.h"

#include "registry/modelsync.h"

ProviderEndpoint ModelsContext::endpoint(const ProviderInfo &provider) const
{
    ProviderEndpoint e;
    e.provider = provider.name;
    e.kind = ModelListParser::kindFromName(provider.name).value_or(ModelListFormat::OpenAi); // openai-compatible
    e.baseUrl = baseUrl(provider);
    return e;
}
