// The route JSONL request reader (`tierctl route --jsonl`), one input per line.
#include "routing/routejson.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view all(reinterpret_cast<const char *>(data), size);
    std::string message;
    size_t start = 0;
    while (start <= all.size()) {
        const size_t nl = all.find('\n', start);
        const std::string_view line = all.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
        RouteRequest request;
        QString error;
        (void)RouteJson::parseRequest(line, message, request, &error);
        if (nl == std::string_view::npos)
            break;
        start = nl + 1;
    }
    return 0;
}
