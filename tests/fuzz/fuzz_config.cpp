// The YAML codec and validator on arbitrary bytes: parse never throws, never reads past its
// limits, and what it writes back for a clean document parses again.
#include "config/configcodec.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    const ParsedConfigFile parsed = ConfigCodec::parse(yaml);
    if (!parsed.hasErrors() && !parsed.documents.isEmpty()) {
        const QByteArray again = ConfigCodec::toYaml(parsed.documents);
        (void)ConfigCodec::parse(again);
    }
    for (const ConfigDocument &doc : parsed.documents)
        if (doc.kind == ConfigDocument::Kind::TierConfig)
            (void)ConfigCodec::toYaml(doc.tierConfig);
    return 0;
}
