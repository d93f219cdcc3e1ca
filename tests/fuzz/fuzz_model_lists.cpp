// The list-models parsers of every provider kind.
#include "registry/modellistparser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const ModelListFormat kinds[] = {ModelListFormat::OpenAi, ModelListFormat::Anthropic, ModelListFormat::Ollama,
                                         ModelListFormat::OpenRouter, ModelListFormat::Gemini};
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    (void)ModelListParser::parse(kinds[data[0] % 5], body);
    return 0;
}
