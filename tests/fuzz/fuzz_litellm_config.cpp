// LiteLLM proxy config.yaml import (and export of what it imported).
#include "config/litellmconfig.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    const LiteLlmConfig::ImportResult imported = LiteLlmConfig::importConfig(yaml);
    (void)LiteLlmConfig::exportConfig(imported.config);
    return 0;
}
