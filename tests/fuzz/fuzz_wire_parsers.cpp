// Each provider's response parser (OpenAI, Anthropic, Ollama), streamed in chunks and whole.
// The first byte picks the provider and the chunk size.
#include "providers/wireprotocol.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const ProviderKind kinds[] = {ProviderKind::OpenAi, ProviderKind::Anthropic, ProviderKind::Ollama};
    const ProviderKind kind = kinds[data[0] % 3];
    const qsizetype step = 1 + (data[0] / 3) % 32;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    const auto streamed = WireParser::create(kind);
    for (qsizetype i = 0; i < bytes.size(); i += step)
        (void)streamed->feed(bytes.mid(i, step));
    (void)streamed->finish();
    const CompletionResult &r = streamed->result();
    for (const auto &count : {r.inputTokens, r.outputTokens, r.cachedInputTokens})
        if (count && (*count < 0 || *count > WireParser::MaxTokenCount))
            std::abort(); // a parser let an impossible token count through

    const auto whole = WireParser::create(kind);
    whole->parseWhole(bytes);
    return 0;
}
