// The LiteLLM price map parser (model_prices_and_context_window.json).
#include "registry/priceimport.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)LiteLlmPrices::parse(json);
    return 0;
}
